package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/xlsx"
	"github.com/hocvuso/hocvuso/vietnam"
)

// getTree answers the units of the token's subtree, in tree order.
func (s *server) getTree(w http.ResponseWriter, r *http.Request) {
	t := tokenOf(r.Context())
	sub, _ := s.w.tree.Subtree(t.Unit)
	writeJSON(w, http.StatusOK, map[string]any{"root": t.Unit, "units": sub.Units()})
}

// getCampaign answers the campaign: window, indicators, and the targets of
// the token's subtree.
func (s *server) getCampaign(w http.ResponseWriter, r *http.Request) {
	t := tokenOf(r.Context())
	var inds []metrics.Indicator
	for ind := range s.w.cat.All() {
		inds = append(inds, ind)
	}
	targets := []metrics.Target{}
	for tg := range s.w.targets.All() {
		if s.w.within(t.Unit, tg.Unit) {
			targets = append(targets, tg)
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"id": s.w.spec.ID, "name_vi": s.w.spec.NameVI, "name_en": s.w.spec.NameEN,
		"owner": s.w.root.ID, "window": s.w.window, "indicators": inds, "targets": targets,
	})
}

// wireRecord is a metrics.Record as a client sends it (snake_case keys,
// ISO days). The days are read here rather than by vietnam.Date, so that a
// bad one is answered with its path. Subject is the person's key (a CCCD,
// the client's learner ID) or already a pseudonym; the server keeps only
// the pseudonym.
type wireRecord struct {
	metrics.Record
	Date string `json:"date"`
	End  string `json:"end"`
	// Tags place the record in the breakdowns: {"sex": "nu", "age":
	// "thanh_nien"}, the options training's roster importer gives (see
	// categories).
	Tags map[metrics.Category]string `json:"tags"`
}

// decodeStrict decodes one JSON value, refusing unknown fields and trailing
// data, and names the path of a bad value under prefix.
func decodeStrict(data []byte, v any, prefix string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("data after the JSON value")
	}
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	field := prefix
	msg := err.Error()
	switch {
	case errors.As(err, &te):
		// encoding/json names an embedded struct in the path
		// ("Record.value"); the client wrote no such level.
		field = joinPath(prefix, strings.TrimPrefix(te.Field, "Record."))
		msg = fmt.Sprintf("want a JSON %s, got %s", te.Type, te.Value)
	case errors.As(err, &se):
		msg = fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se)
	case strings.HasPrefix(msg, "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(msg, "json: unknown field "))
		field, msg = joinPath(prefix, name), "unknown field"
	case errors.Is(err, io.EOF):
		msg = "empty body"
	}
	return &fieldError{Field: field, Msg: msg}
}

func joinPath(prefix, field string) string {
	switch {
	case prefix == "":
		return field
	case field == "":
		return prefix
	}
	return prefix + "." + field
}

// postRecords stores a batch of records, idempotently by ID. Every record
// is checked (fields, unit within the token's subtree) before anything is
// written: one bad or foreign record refuses the whole batch.
func (s *server) postRecords(w http.ResponseWriter, r *http.Request) {
	t := tokenOf(r.Context())
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.limit.Body))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var batch struct {
		Records []json.RawMessage `json:"records"`
	}
	if err := decodeStrict(body, &batch, ""); err != nil {
		s.failErr(w, r, err)
		return
	}
	if len(batch.Records) == 0 {
		fail(w, http.StatusBadRequest, "records", "no records")
		return
	}
	if len(batch.Records) > s.limit.Records {
		fail(w, http.StatusRequestEntityTooLarge, "records", "%d records, at most %d per request", len(batch.Records), s.limit.Records)
		return
	}
	recs := make([]metrics.Tagged, len(batch.Records))
	seen := make(map[string]int, len(recs))
	for i, raw := range batch.Records {
		path := fmt.Sprintf("records[%d]", i)
		var wr wireRecord
		if err := decodeStrict(raw, &wr, path); err != nil {
			s.failErr(w, r, err)
			return
		}
		rec, err := s.check(wr, path)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		if !s.allow(w, t, rec.Record.Unit, true) {
			return
		}
		if j, dup := seen[rec.Record.ID]; dup {
			if !sameContent(recs[j], rec) {
				fail(w, http.StatusBadRequest, path+".id", "id %q also at records[%d] with other content", rec.Record.ID, j)
				return
			}
		}
		seen[rec.Record.ID] = i
		recs[i] = rec
	}
	scope := recs[0].Record.Unit
	for _, rec := range recs[1:] {
		c, _ := s.w.tree.CommonAncestor(scope, rec.Record.Unit)
		scope = c.ID
	}
	res, err := s.db.saveRecords(r.Context(), t, scope, recs)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// check validates a sent record and keys its subject.
func (s *server) check(wr wireRecord, path string) (metrics.Tagged, error) {
	bad := func(field, format string, args ...any) (metrics.Tagged, error) {
		return metrics.Tagged{}, &fieldError{Field: path + "." + field, Msg: fmt.Sprintf(format, args...)}
	}
	rec := wr.Record
	if rec.ID == "" || len(rec.ID) > 200 {
		return bad("id", "want 1 to 200 characters")
	}
	if len(rec.Source) > 200 {
		return bad("source", "want at most 200 characters")
	}
	if rec.Source == "" {
		rec.Source = "api"
	}
	ind, ok := s.w.cat.Indicator(rec.Indicator)
	switch {
	case !ok:
		return bad("indicator", "unknown indicator %q", rec.Indicator)
	case ind.Aggregation == metrics.Ratio:
		return bad("indicator", "%q is computed from %s and %s; send those", rec.Indicator, ind.Numerator, ind.Denominator)
	}
	unit, ok := s.w.unitFor(rec.Unit)
	if !ok {
		return bad("unit", "unknown unit %q", rec.Unit)
	}
	rec.Unit = unit
	var err error
	if rec.Date, err = vietnam.ParseDate(wr.Date); err != nil || wr.Date == "" {
		return bad("date", "want an ISO day such as 2025-06-02, got %q", wr.Date)
	}
	if wr.End != "" {
		if rec.End, err = vietnam.ParseDate(wr.End); err != nil {
			return bad("end", "want an ISO day such as 2025-06-08, got %q", wr.End)
		}
		if rec.End.Before(rec.Date) {
			return bad("end", "%s is before date %s", rec.End.ISO(), rec.Date.ISO())
		}
		if rec.End == rec.Date {
			rec.End = vietnam.Date{}
		}
	}
	if rec.Value < 0 {
		return bad("value", "negative value %d", rec.Value)
	}
	if ind.Aggregation == metrics.Distinct && rec.Subject == "" {
		return bad("subject", "indicator %q counts distinct people: subject is required", rec.Indicator)
	}
	var tags []metrics.Tag
	for c, o := range wr.Tags {
		cg, ok := s.w.category(c)
		switch {
		case !ok:
			return bad("tags."+string(c), "unknown category; want one of %s", s.w.categoryNames())
		case o == "":
		case !cg.known(o):
			return bad("tags."+string(c), "unknown option %q of %s", o, c)
		default:
			tags = append(tags, metrics.Tag{Category: c, Option: o})
		}
	}
	// An organisation has no sex: the roster importer leaves it unsaid,
	// and a record that says one is a mistake the client must fix.
	if wr.Tags[training.BySubject] == "to_chuc" && wr.Tags[training.BySex] != "" {
		return bad("tags."+string(training.BySex), "an organisation (subject to_chuc) has no sex")
	}
	return metrics.Tagged{Record: s.pseud.Record(rec), Tags: tagList(tagMap(tags))}, nil
}

// postRoster imports a roster file (CSV in any of the encodings
// training's importer reads, or an .xlsx workbook) for a unit and stores its records with the
// upload, in one transaction. The answer accounts for every row: Rows ==
// Accepted + len(Rejected). Records get IDs made from the file's hash and
// the row, so uploading the same file again adds nothing.
func (s *server) postRoster(w http.ResponseWriter, r *http.Request) {
	u, ok := s.unitOf(w, r, true)
	if !ok {
		return
	}
	t := tokenOf(r.Context())
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.limit.Upload))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if len(data) == 0 {
		fail(w, http.StatusBadRequest, "body", "empty roster")
		return
	}
	sum := sha256.Sum256(data)
	name := r.URL.Query().Get("filename")
	if name == "" {
		name = "roster.csv"
	}
	recs, rep, err := s.importRoster(r.Context(), data, u.ID, name, r.URL.Query().Get("sheet"))
	if err != nil {
		if r.Context().Err() != nil {
			return
		}
		fail(w, http.StatusBadRequest, "body", "roster: %v", err)
		return
	}
	report := importSummary(rep)
	up, res, err := s.db.saveUpload(r.Context(), t, upload{
		Unit: u.ID, Filename: name, SHA256: sum[:], Rows: rep.Rows, Accepted: rep.Accepted,
		Rejected: len(rep.Rejected), Report: report,
	}, recs)
	already := errors.Is(err, errAlreadyUploaded)
	if err != nil && !already {
		s.failErr(w, r, err)
		return
	}
	code := http.StatusCreated
	if already {
		code = http.StatusOK
	}
	writeJSON(w, code, map[string]any{
		"upload": up.ID, "received_at": up.ReceivedAt, "already_uploaded": already,
		"import": report, "records": len(recs), "inserted": res.Inserted, "duplicates": res.Duplicates,
	})
}

// importRoster reads a roster uploaded for unit: a CSV, or an .xlsx
// workbook (its first sheet, or the named one). The records are placed
// (world.place), keyed, and given IDs made from the file's hash and the
// row, so that the same file gives the same records.
func (s *server) importRoster(ctx context.Context, data []byte, unit org.ID, name, sheet string) ([]metrics.Tagged, training.ImportReport, error) {
	sum := sha256.Sum256(data)
	tag := hex.EncodeToString(sum[:12])
	im := training.NewImporter(training.ImportOptions{Resolver: s.w.resolver, Source: "roster-" + tag, Pivot: 2025, Tones: vietnam.ToneClassic})
	var recs []metrics.Tagged
	accept := func(e training.Entry) error {
		e.Learner.Unit = s.w.place(e, unit)
		for _, t := range im.Records(e) {
			t.Record.ID = fmt.Sprintf("roster:%s:%d:%s", tag, e.Row, t.Record.Indicator)
			t.Record.Source = "roster:" + name
			t.Record = s.pseud.Record(t.Record)
			recs = append(recs, t)
		}
		return nil
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		rep, err := im.Import(ctx, bytes.NewReader(data), accept)
		return recs, rep, err
	}
	// A workbook (.xlsx is a zip).
	xr, err := xlsx.Open(bytes.NewReader(data), int64(len(data)), xlsx.Options{Sheet: sheet})
	if err != nil {
		return nil, training.ImportReport{}, err
	}
	defer xr.Close()
	rep, err := im.ImportRows(ctx, xr, accept)
	return recs, rep, err
}

// rowReject is a rejected row as the answer lists it.
type rowReject struct {
	Row    int    `json:"row"`
	Column string `json:"column,omitempty"`
	Value  string `json:"value,omitempty"`
	Reason string `json:"reason"`
}

type importReport struct {
	Encoding string         `json:"encoding"`
	Rows     int            `json:"rows"`
	Accepted int            `json:"accepted"` // warned included
	Warned   int            `json:"warned"`
	Rejected []rowReject    `json:"rejected"`
	Fixes    map[string]int `json:"fixes"`
	Warnings map[string]int `json:"warnings"`
}

func importSummary(rep training.ImportReport) importReport {
	out := importReport{Encoding: rep.Encoding, Rows: rep.Rows, Accepted: rep.Accepted, Warned: rep.Warned,
		Rejected: make([]rowReject, len(rep.Rejected)), Fixes: map[string]int{}, Warnings: map[string]int{}}
	for k, n := range rep.Warnings {
		out.Warnings[k.String()] = n
	}
	for i, e := range rep.Rejected {
		out.Rejected[i] = rowReject{Row: e.Row, Column: jsonbSafe(e.Column), Value: jsonbSafe(e.Value), Reason: jsonbSafe(e.Reason)}
	}
	for k, n := range rep.Fixes {
		out.Fixes[k.String()] = n
	}
	return out
}

// jsonbSafe makes text storable in jsonb, which refuses NUL characters and
// invalid UTF-8 that a broken roster may hold.
func jsonbSafe(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// putReport records that a unit sent its report for a period of the
// weekly data set ("2025W28", or a label such as "Tuần 28/2025"). Only the
// units the data set assigns can; the first receipt counts.
func (s *server) putReport(w http.ResponseWriter, r *http.Request) {
	u, ok := s.unitOf(w, r, true)
	if !ok {
		return
	}
	p, err := s.reportPeriod(r.PathValue("period"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if !s.w.assigned(u) {
		fail(w, http.StatusBadRequest, "unit", "%s does not send %s; %v do", u.ID, s.w.reports.ID, s.w.reports.Kinds)
		return
	}
	at, fresh, err := s.db.submit(r.Context(), tokenOf(r.Context()), u.ID, p.ID(), s.now())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	due := s.w.reports.Deadline.Due(p)
	st := metrics.StateOnTime
	if at.After(due) {
		st = metrics.StateLate
	}
	code := http.StatusCreated
	if !fresh {
		code = http.StatusOK
	}
	writeJSON(w, code, map[string]any{"unit": u.ID, "period": p.ID(), "received_at": at, "deadline": due, "state": st})
}

// reportPeriod reads a period of the weekly data set.
func (s *server) reportPeriod(text string) (metrics.Period, error) {
	p, err := metrics.ParsePeriod(text)
	if err != nil {
		return p, &fieldError{Field: "period", Msg: err.Error()}
	}
	if p.Type() != s.w.reports.PeriodType {
		return p, &fieldError{Field: "period", Msg: fmt.Sprintf("%s is not a period of %s (%s)", p.ID(), s.w.reports.ID, s.w.reports.PeriodType)}
	}
	for q := range s.w.reports.Periods() {
		if q.Equal(p) {
			return p, nil
		}
	}
	return p, &fieldError{Field: "period", Msg: fmt.Sprintf("%s is outside the campaign %s", p.ID(), s.w.window)}
}

// getCompleteness answers a subtree's reporting for a week (?period=,
// by default the week of the report day).
func (s *server) getCompleteness(w http.ResponseWriter, r *http.Request) {
	u, ok := s.unitOf(w, r, false)
	if !ok {
		return
	}
	c, err := s.completeness(r, u.ID)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *server) completeness(r *http.Request, unit org.ID) (completeness, error) {
	var p metrics.Period
	if q := r.URL.Query().Get("period"); q != "" {
		var err error
		if p, err = s.reportPeriod(q); err != nil {
			return completeness{}, err
		}
	} else {
		d, err := s.day(r)
		if err != nil {
			return completeness{}, err
		}
		p = s.w.weekOf(d)
	}
	subs, err := s.db.submissions(r.Context(), p)
	if err != nil {
		return completeness{}, err
	}
	return s.w.completenessOf(unit, p, subs, s.now(), lang(r))
}

// getReport answers the campaign report of a unit's subtree on a day
// (?date=), or the values of a period (?period=; see reportSpan), ?depth=
// levels below the unit (1 by default, 0 for all), as JSON, CSV or .xlsx
// (?format=).
func (s *server) getReport(w http.ResponseWriter, r *http.Request) {
	u, ok := s.unitOf(w, r, false)
	if !ok {
		return
	}
	q := r.URL.Query()
	span, counted, asOf, targets, err := s.reportSpan(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	depth, err := wholeParam(r, "depth", 1, 0, 1000)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	format := q.Get("format")
	if format == "" {
		format = "json"
	}
	if format != "json" && format != "csv" && format != "xlsx" {
		fail(w, http.StatusBadRequest, "format", "want json, csv or xlsx, got %q", format)
		return
	}
	table := q.Get("table")
	if table != "" && table != "rows" && table != "breakdowns" {
		fail(w, http.StatusBadRequest, "table", "want rows or breakdowns, got %q", table)
		return
	}
	// The report's rows alone need no breakdowns: the plain rollup's
	// partials are fewer.
	var bs []*metrics.Breakdown
	var ru *metrics.Rollup
	if format == "csv" && table != "breakdowns" {
		ru, err = s.rollupOver(r.Context(), span, counted)
	} else if bs, err = s.breakdownsOver(r.Context(), span, counted); err == nil {
		ru = bs[0].Total()
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	rep, err := metrics.NewReport(ru, targets, asOf, metrics.ReportOptions{Root: u.ID, MaxDepth: int(depth)})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	l := lang(r)
	var units []org.ID
	for _, row := range rep.Rows {
		if len(units) == 0 || units[len(units)-1] != row.Unit.ID {
			units = append(units, row.Unit.ID)
		}
	}
	var codes []metrics.Code
	for ind := range s.w.cat.All() {
		if broken(ind) {
			codes = append(codes, ind.Code)
		}
	}
	cells := s.w.cells(bs, units, codes, l)
	rows := func(w io.Writer) error { return rep.WriteCSV(w, l) }
	parts := func(w io.Writer) error { return s.w.writeCellsCSV(w, cells, l) }
	name := fmt.Sprintf("bao-cao-%s-%s", strings.NewReplacer("@", "-", ":", "-").Replace(string(u.ID)), asOf.ISO())
	switch format {
	case "json":
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		err = writeReportJSON(w, rep, cells, s.notCounted(ru), l)
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		if table == "breakdowns" {
			name += "-phan-to"
			rows = parts
		}
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
		err = rows(w)
	case "xlsx":
		w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.xlsx"`)
		err = writeXLSX(w, []sheet{{pick(sheetNames[0], l), rows}, {pick(sheetNames[1], l), parts}})
	}
	if err != nil {
		s.log.Error("report", "err", err)
	}
}

// loginForm and login let a browser keep a token in a cookie for the
// dashboard, which sends no Authorization header.
func (s *server) loginForm(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	pages.ExecuteTemplate(w, "login.html", map[string]any{"L": labelsFor(lang(r)), "Lang": lang(r).String()})
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	tok := r.PostFormValue("token")
	r.Header.Set("Authorization", "Bearer "+tok)
	s.auth(func(w http.ResponseWriter, r *http.Request) {
		t := tokenOf(r.Context())
		http.SetCookie(w, &http.Cookie{Name: cookieName, Value: tok, Path: "/", HttpOnly: true,
			SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil, MaxAge: int((30 * 24 * time.Hour).Seconds())})
		http.Redirect(w, r, "/units/"+string(t.Unit)+langQuery(r), http.StatusSeeOther)
	}).ServeHTTP(w, r)
}
