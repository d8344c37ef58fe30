package main

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hocvuso/hocvuso/org"
)

// auditEntry is one row of the audit log as the API gives it: who (the
// token, by its ID, name and unit; never its secret), when, what, for
// which unit. A command run at the console (token, revoke) has no token:
// its detail names who ran it ("by").
type auditEntry struct {
	ID     int64           `json:"id"`
	At     time.Time       `json:"at"`
	Action string          `json:"action"`
	Unit   org.ID          `json:"unit"`
	Detail json.RawMessage `json:"detail"`
	Token  *tokenInfo      `json:"token"`
}

// tokenInfo is a stored token as the API shows it.
type tokenInfo struct {
	ID        int64      `json:"id"`
	Unit      org.ID     `json:"unit"`
	Name      string     `json:"name"`
	CanWrite  bool       `json:"can_write"`
	CreatedAt time.Time  `json:"created_at,omitzero"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// subtreeIDs returns the IDs of unit and the units below it, the set a
// token of unit reads.
func (w *world) subtreeIDs(unit org.ID) []string {
	ids := []string{string(unit)}
	for u := range w.tree.Descendants(unit) {
		ids = append(ids, string(u.ID))
	}
	return ids
}

// auditLog returns the entries for the units, newest first, before the
// entry with ID before (0: from the newest), at most limit, of one action
// when action is not empty. An entry is for a unit filed under it or
// writing records for it; which other units a batch wrote for is not
// shown.
func (s *store) auditLog(ctx context.Context, units []string, action string, before int64, limit int) ([]auditEntry, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT a.id, a.at, a.action, a.unit, a.detail, t.id, t.unit, t.name, t.can_write
		FROM audit a LEFT JOIN tokens t ON t.id = a.token_id
		WHERE (a.unit = ANY($1) OR a.units && $1::text[]) AND ($2 = '' OR a.action = $2) AND ($3 = 0 OR a.id < $3)
		ORDER BY a.id DESC
		LIMIT $4`, units, action, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (auditEntry, error) {
		var e auditEntry
		var unit string
		var tid *int64
		var tunit, tname *string
		var twrite *bool
		if err := row.Scan(&e.ID, &e.At, &e.Action, &unit, &e.Detail, &tid, &tunit, &tname, &twrite); err != nil {
			return e, err
		}
		e.Unit = org.ID(unit)
		if tid != nil {
			e.Token = &tokenInfo{ID: *tid, Unit: org.ID(*tunit), Name: *tname, CanWrite: *twrite}
		}
		return e, nil
	})
}

// tokensOf returns the tokens of the units, revoked ones included, oldest
// first.
func (s *store) tokensOf(ctx context.Context, units []string) ([]tokenInfo, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT id, unit, name, can_write, created_at, revoked_at FROM tokens WHERE unit = ANY($1) ORDER BY id`, units)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (tokenInfo, error) {
		var t tokenInfo
		var unit string
		err := row.Scan(&t.ID, &unit, &t.Name, &t.CanWrite, &t.CreatedAt, &t.RevokedAt)
		t.Unit = org.ID(unit)
		return t, err
	})
}

// errNoToken is a token ID the database does not have.
var errNoToken = errors.New("no such token")

// revoke ends a token: from then on it gets 401. may decides whether the
// caller may revoke a token of the unit; a refusal is returned as it is,
// and nothing changes. Revoking a revoked token keeps its first revocation.
// A by with ID 0 is the console, named by by.Name.
func (s *store) revoke(ctx context.Context, by token, id int64, may func(org.ID) error) (tokenInfo, error) {
	var t tokenInfo
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var unit string
		err := tx.QueryRow(ctx, `SELECT id, unit, name, can_write, created_at, revoked_at FROM tokens WHERE id = $1 FOR UPDATE`, id).
			Scan(&t.ID, &unit, &t.Name, &t.CanWrite, &t.CreatedAt, &t.RevokedAt)
		if errors.Is(err, pgx.ErrNoRows) {
			return errNoToken
		}
		if err != nil {
			return err
		}
		t.Unit = org.ID(unit)
		if err := may(t.Unit); err != nil {
			return err
		}
		if t.RevokedAt != nil {
			return nil
		}
		if err := tx.QueryRow(ctx, `UPDATE tokens SET revoked_at = now() WHERE id = $1 RETURNING revoked_at`, id).Scan(&t.RevokedAt); err != nil {
			return err
		}
		detail := map[string]any{"token": t.ID, "name": t.Name}
		if by.ID == 0 {
			detail["by"] = by.Name
		}
		return audit(ctx, tx, by.ID, "revoke", t.Unit, nil, detail)
	})
	return t, err
}

// getAudit answers the audit log of a unit's subtree, newest first:
// ?action= keeps one action, ?limit= (100 by default, at most 1000) and
// ?before= (an entry ID) page back.
func (s *server) getAudit(w http.ResponseWriter, r *http.Request) {
	u, ok := s.unitOf(w, r, false)
	if !ok {
		return
	}
	limit, err := wholeParam(r, "limit", 100, 1, 1000)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	before, err := wholeParam(r, "before", 0, 1, math.MaxInt64)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	entries, err := s.db.auditLog(r.Context(), s.w.subtreeIDs(u.ID), r.URL.Query().Get("action"), before, int(limit))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"unit": u.ID, "entries": entries})
}

// getTokens answers the tokens of a unit's subtree, revoked ones included,
// without their secrets or hashes.
func (s *server) getTokens(w http.ResponseWriter, r *http.Request) {
	u, ok := s.unitOf(w, r, false)
	if !ok {
		return
	}
	toks, err := s.db.tokensOf(r.Context(), s.w.subtreeIDs(u.ID))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"unit": u.ID, "tokens": toks})
}

// deleteToken revokes a token of the caller's subtree: a province's IT
// team ends a lost commune token at once, without touching the database.
// The caller needs a writing token.
func (s *server) deleteToken(w http.ResponseWriter, r *http.Request) {
	t := tokenOf(r.Context())
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		fail(w, http.StatusBadRequest, "id", "want a token ID, got %q", r.PathValue("id"))
		return
	}
	refused := errors.New("refused")
	info, err := s.db.revoke(r.Context(), t, id, func(unit org.ID) error {
		if !s.allow(w, t, unit, true) {
			return refused
		}
		return nil
	})
	switch {
	case errors.Is(err, refused):
		// allow answered.
	case errors.Is(err, errNoToken):
		fail(w, http.StatusNotFound, "id", "no token %d", id)
	case err != nil:
		s.failErr(w, r, err)
	default:
		writeJSON(w, http.StatusOK, info)
	}
}
