package main

import (
	"context"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// migrations are the schema's SQL files, applied in order by goose when the
// server starts; the binary carries them, so a deployment is one file.
//
//go:embed migrations/*.sql
var migrations embed.FS

// store is the server's PostgreSQL database. Every statement is
// parameterised; no value from a request is ever spliced into SQL text.
type store struct {
	pool *pgxpool.Pool
}

// openStore connects to the database and brings its schema up to date.
func openStore(ctx context.Context, dsn string) (*store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("database: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("database: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	return &store{pool: pool}, nil
}

// migrate applies the embedded migrations that the database lacks.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	return nil
}

func (s *store) close() { s.pool.Close() }

// token is a stored API token, without its secret.
type token struct {
	ID       int64
	Hash     []byte
	Unit     org.ID
	Name     string
	CanWrite bool
}

// addToken stores the hash of a new token.
func (s *store) addToken(ctx context.Context, hash []byte, unit org.ID, name string, canWrite bool) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx,
		`INSERT INTO tokens (hash, unit, name, can_write) VALUES ($1, $2, $3, $4) RETURNING id`,
		hash, string(unit), name, canWrite).Scan(&id)
	return id, err
}

// consoleAudit writes an entry for a command run at the console (token ID
// 0): by names who ran it.
func (s *store) consoleAudit(ctx context.Context, by, action string, unit org.ID, detail map[string]any) error {
	detail["by"] = by
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return audit(ctx, tx, 0, action, unit, nil, detail) })
}

// tokenByHash returns the live token with the hash; pgx.ErrNoRows when none.
func (s *store) tokenByHash(ctx context.Context, hash []byte) (token, error) {
	var t token
	var unit string
	err := s.pool.QueryRow(ctx,
		`SELECT id, hash, unit, name, can_write FROM tokens WHERE hash = $1 AND revoked_at IS NULL`, hash).
		Scan(&t.ID, &t.Hash, &unit, &t.Name, &t.CanWrite)
	t.Unit = org.ID(unit)
	return t, err
}

// sameContent reports whether two records with one ID say the same thing:
// their source does not count, as metrics.Aggregator.Ingest decides; their
// tags do, since they place the record in the breakdowns.
func sameContent(at, bt metrics.Tagged) bool {
	a, b := at.Record, bt.Record
	return a.Indicator == b.Indicator && a.Unit == b.Unit && a.Date == b.Date && a.End == b.End &&
		a.Value == b.Value && a.Subject == b.Subject && maps.Equal(tagMap(at.Tags), tagMap(bt.Tags))
}

// ConflictError is a record ID already stored with other content. It wraps
// metrics.ConflictError, so errors.Is(err, metrics.ErrConflict) holds, and
// keeps both records for the answer.
type ConflictError struct {
	metrics.ConflictError
	Stored metrics.Record
}

// insertResult counts what a write did.
type insertResult struct {
	Inserted   int `json:"inserted"`
	Duplicates int `json:"duplicates"` // IDs already stored with the same content
}

// columns turns records into the arrays of one unnest.
type columns struct {
	ids, sources, inds, units []string
	days                      []time.Time
	ends                      []*time.Time
	values                    []int64
	subjects, tags            []*string
}

func columnsOf(recs []metrics.Tagged) (columns, error) {
	n := len(recs)
	c := columns{ids: make([]string, n), sources: make([]string, n), inds: make([]string, n), units: make([]string, n),
		days: make([]time.Time, n), ends: make([]*time.Time, n), values: make([]int64, n), subjects: make([]*string, n), tags: make([]*string, n)}
	for i, t := range recs {
		r := t.Record
		c.ids[i], c.sources[i], c.inds[i], c.units[i] = r.ID, r.Source, string(r.Indicator), string(r.Unit)
		c.days[i] = dateTime(r.Date)
		if !r.End.IsZero() {
			e := dateTime(r.End)
			c.ends[i] = &e
		}
		c.values[i] = r.Value
		if r.Subject != "" {
			c.subjects[i] = &r.Subject
		}
		if m := tagMap(t.Tags); m != nil {
			b, err := json.Marshal(m)
			if err != nil {
				return c, err
			}
			js := string(b)
			c.tags[i] = &js
		}
	}
	return c, nil
}

// tagMap returns the tags as the jsonb object records keep ({"sex":
// "nu"}); an untagged record has none (NULL). An empty option is "not
// known", as no tag: it is not stored.
func tagMap(tags []metrics.Tag) map[metrics.Category]string {
	var m map[metrics.Category]string
	for _, tg := range tags {
		if tg.Option == "" {
			continue
		}
		if m == nil {
			m = make(map[metrics.Category]string, len(tags))
		}
		m[tg.Category] = tg.Option
	}
	return m
}

// tagList is the inverse of tagMap, in the order of categories.
func tagList(m map[metrics.Category]string) []metrics.Tag {
	if len(m) == 0 {
		return nil
	}
	tags := make([]metrics.Tag, 0, len(m))
	for c, o := range m {
		tags = append(tags, metrics.Tag{Category: c, Option: o})
	}
	slices.SortFunc(tags, func(a, b metrics.Tag) int { return strings.Compare(string(a.Category), string(b.Category)) })
	return tags
}

func dateTime(d vietnam.Date) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

func dateOf(t time.Time) vietnam.Date {
	return vietnam.MustDate(t.Year(), t.Month(), t.Day())
}

// insertRecords stores records in tx, skipping IDs already stored with the
// same content; an ID stored with other content is a *ConflictError and the
// caller rolls back. Every record must have an ID.
func insertRecords(ctx context.Context, tx pgx.Tx, recs []metrics.Tagged, tokenID int64, upload *int64) (insertResult, error) {
	if len(recs) == 0 {
		return insertResult{}, nil
	}
	c, err := columnsOf(recs)
	if err != nil {
		return insertResult{}, err
	}
	rows, err := tx.Query(ctx, `
		INSERT INTO records (id, source, indicator, unit, day, end_day, value, subject, tags, token_id, upload_id)
		SELECT id, source, indicator, unit, day, end_day, value, subject, tags::jsonb, $10, $11
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::bigint[], $8::text[], $9::text[])
			AS t(id, source, indicator, unit, day, end_day, value, subject, tags)
		ON CONFLICT (id) DO NOTHING
		RETURNING id`, c.ids, c.sources, c.inds, c.units, c.days, c.ends, c.values, c.subjects, c.tags, tokenID, upload)
	if err != nil {
		return insertResult{}, err
	}
	done := make(map[string]bool, len(recs))
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return insertResult{}, err
		}
		done[id] = true
	}
	if err := rows.Err(); err != nil {
		return insertResult{}, err
	}
	res := insertResult{Inserted: len(done), Duplicates: len(recs) - len(done)}
	if res.Duplicates == 0 {
		return res, nil
	}
	// The IDs not inserted were there already (or came in concurrently and
	// are committed now: this statement sees them). They must match.
	sent := make(map[string]metrics.Tagged, res.Duplicates)
	var again []string
	for _, t := range recs {
		if !done[t.Record.ID] {
			sent[t.Record.ID] = t
			again = append(again, t.Record.ID)
		}
	}
	rows, err = tx.Query(ctx, `SELECT id, source, indicator, unit, day, end_day, value, coalesce(subject, ''), tags FROM records WHERE id = ANY($1)`, again)
	if err != nil {
		return insertResult{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var r metrics.Record
		var ind, unit string
		var day time.Time
		var end *time.Time
		var tags map[metrics.Category]string
		if err := rows.Scan(&r.ID, &r.Source, &ind, &unit, &day, &end, &r.Value, &r.Subject, &tags); err != nil {
			return insertResult{}, err
		}
		r.Indicator, r.Unit, r.Date = metrics.Code(ind), org.ID(unit), dateOf(day)
		if end != nil {
			r.End = dateOf(*end)
		}
		stored := metrics.Tagged{Record: r, Tags: tagList(tags)}
		if s := sent[r.ID]; !sameContent(s, stored) {
			return insertResult{}, &ConflictError{
				ConflictError: metrics.ConflictError{ID: r.ID, Source: s.Record.Source, FirstSource: r.Source, Record: s.Record},
				Stored:        r,
			}
		}
	}
	return res, rows.Err()
}

// audit writes who did what in tx. Token ID 0 is the console: a command
// run by whoever holds the database (token, revoke), who names themselves
// in detail. touched lists the units that written records were for (nil
// for other writes): each of them reads the entry in its log.
func audit(ctx context.Context, tx pgx.Tx, tokenID int64, action string, unit org.ID, touched []string, detail any) error {
	_, err := tx.Exec(ctx, `INSERT INTO audit (token_id, action, unit, units, detail) VALUES (NULLIF($1::bigint, 0), $2, $3, $4, $5)`,
		tokenID, action, string(unit), touched, detail)
	return err
}

// unitsOf returns the units of the records, each once.
func unitsOf(recs []metrics.Tagged) []string {
	var out []string
	for _, r := range recs {
		out = append(out, string(r.Record.Unit))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// saveRecords stores a batch of records in one transaction with its audit
// entry, filed under unit (the lowest unit that holds them all) and
// naming every unit of the records, so that a commune reads the writes a
// district or the province made for it.
func (s *store) saveRecords(ctx context.Context, t token, unit org.ID, recs []metrics.Tagged) (insertResult, error) {
	var res insertResult
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var err error
		if res, err = insertRecords(ctx, tx, recs, t.ID, nil); err != nil {
			return err
		}
		return audit(ctx, tx, t.ID, "records", unit, unitsOf(recs), res)
	})
	return res, err
}

// upload is a roster file and what became of it.
type upload struct {
	ID         int64     `json:"id"`
	Unit       org.ID    `json:"unit"`
	Filename   string    `json:"filename"`
	SHA256     []byte    `json:"-"`
	ReceivedAt time.Time `json:"received_at"`
	Rows       int       `json:"rows"`
	Accepted   int       `json:"accepted"`
	Rejected   int       `json:"rejected"`
	Records    int       `json:"records"`
	Report     any       `json:"report"`
}

// errAlreadyUploaded says the same file was already stored for the unit.
var errAlreadyUploaded = errors.New("roster already uploaded")

// saveUpload stores a roster and its records in one transaction: a server
// that dies half-way leaves nothing of it. The same file uploaded again for
// the same unit returns the first upload and errAlreadyUploaded.
func (s *store) saveUpload(ctx context.Context, t token, up upload, recs []metrics.Tagged) (upload, insertResult, error) {
	var res insertResult
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// One upload of a file per unit at a time: a concurrent retry
		// waits here, then finds the first one.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, string(up.Unit)+" "+hex.EncodeToString(up.SHA256)); err != nil {
			return err
		}
		err := tx.QueryRow(ctx, `SELECT id, received_at FROM uploads WHERE unit = $1 AND sha256 = $2`, string(up.Unit), up.SHA256).
			Scan(&up.ID, &up.ReceivedAt)
		if err == nil {
			return errAlreadyUploaded
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		err = tx.QueryRow(ctx, `
			INSERT INTO uploads (unit, token_id, filename, sha256, rows, accepted, rejected, records, report)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, received_at`,
			string(up.Unit), t.ID, up.Filename, up.SHA256, up.Rows, up.Accepted, up.Rejected, len(recs), up.Report).
			Scan(&up.ID, &up.ReceivedAt)
		if err != nil {
			return err
		}
		up.Records = len(recs)
		for start := 0; start < len(recs); start += 5000 {
			part, err := insertRecords(ctx, tx, recs[start:min(start+5000, len(recs))], t.ID, &up.ID)
			if err != nil {
				return err
			}
			res.Inserted += part.Inserted
			res.Duplicates += part.Duplicates
		}
		return audit(ctx, tx, t.ID, "upload", up.Unit, unitsOf(recs), map[string]any{
			"upload": up.ID, "filename": up.Filename, "rows": up.Rows, "accepted": up.Accepted,
			"inserted": res.Inserted, "duplicates": res.Duplicates})
	})
	return up, res, err
}

// submit records a unit's report for a period. The first receipt counts:
// sending again returns the time of the first.
func (s *store) submit(ctx context.Context, t token, unit org.ID, period string, at time.Time) (time.Time, bool, error) {
	var received time.Time
	var fresh bool
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `
			INSERT INTO submissions (unit, period, received_at, token_id) VALUES ($1, $2, $3, $4)
			ON CONFLICT (unit, period) DO NOTHING RETURNING received_at`, string(unit), period, at, t.ID).Scan(&received)
		switch {
		case err == nil:
			fresh = true
		case errors.Is(err, pgx.ErrNoRows):
			err = tx.QueryRow(ctx, `SELECT received_at FROM submissions WHERE unit = $1 AND period = $2`,
				string(unit), period).Scan(&received)
			if err != nil {
				return err
			}
		default:
			return err
		}
		return audit(ctx, tx, t.ID, "submission", unit, nil, map[string]any{"period": period, "received_at": received, "first": fresh})
	})
	return received, fresh, err
}

// submissions returns the reports received for a period.
func (s *store) submissions(ctx context.Context, p metrics.Period) ([]metrics.Submission, error) {
	rows, err := s.pool.Query(ctx, `SELECT unit, received_at FROM submissions WHERE period = $1`, p.ID())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []metrics.Submission
	for rows.Next() {
		var unit string
		var at time.Time
		if err := rows.Scan(&unit, &at); err != nil {
			return nil, err
		}
		out = append(out, metrics.Submission{Unit: org.ID(unit), Period: p, Received: at})
	}
	return out, rows.Err()
}
