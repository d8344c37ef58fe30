package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// limits bounds what one request may send.
type limits struct {
	Body    int64 // JSON bodies, bytes
	Upload  int64 // roster files, bytes
	Records int   // records per batch
}

var defaultLimits = limits{Body: 8 << 20, Upload: 64 << 20, Records: 20_000}

// server answers the API and the dashboard. Its fields are set once by
// newServer; a server is safe for concurrent use.
type server struct {
	w     *world
	db    *store
	pseud *metrics.Pseudonymizer // keys subjects before anything stores them
	limit limits
	fails *limiter
	now   func() time.Time
	asOf  vietnam.Date // the report day when a request names none; zero: today
	log   *slog.Logger
	mux   *http.ServeMux
}

type config struct {
	// Pseudonyms keys every subject (CCCD, learner ID) before it is
	// stored.
	Pseudonyms *metrics.Pseudonymizer
	Limits     limits
	// AsOf pins the day reports are made for when a request names none;
	// zero means today in Vietnam.
	AsOf vietnam.Date
	Now  func() time.Time
	Log  *slog.Logger
}

func newServer(w *world, db *store, cfg config) *server {
	s := &server{w: w, db: db, pseud: cfg.Pseudonyms, limit: cfg.Limits, asOf: cfg.AsOf, now: cfg.Now, log: cfg.Log,
		fails: newLimiter(20, 3*time.Second)}
	if s.limit == (limits{}) {
		s.limit = defaultLimits
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.routes()
	return s
}

// route is an endpoint: a ServeMux pattern and its handler.
type route struct {
	pattern string
	h       http.Handler
}

// routeTable lists every endpoint; README.md lists them too (a test keeps
// the two in step).
func (s *server) routeTable() []route {
	return []route{
		{"GET /healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })},
		{"GET /api/tree", s.auth(s.getTree)},
		{"GET /api/campaign", s.auth(s.getCampaign)},
		{"POST /api/records", s.auth(s.postRecords)},
		{"POST /api/units/{unit}/rosters", s.auth(s.postRoster)},
		{"PUT /api/units/{unit}/reports/{period}", s.auth(s.putReport)},
		{"GET /api/units/{unit}/completeness", s.auth(s.getCompleteness)},
		{"GET /api/units/{unit}/report", s.auth(s.getReport)},
		{"GET /api/units/{unit}/audit", s.auth(s.getAudit)},
		{"GET /api/units/{unit}/tokens", s.auth(s.getTokens)},
		{"DELETE /api/tokens/{id}", s.auth(s.deleteToken)},
		{"GET /units/{unit}", s.authPage(s.dashboard)},
		// The browser's way in: the form, the cookie, and the root that
		// sends a signed-in reader to their unit.
		{"GET /login", http.HandlerFunc(s.loginForm)},
		{"POST /login", http.HandlerFunc(s.login)},
		{"GET /{$}", s.authPage(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/units/"+string(tokenOf(r.Context()).Unit)+langQuery(r), http.StatusSeeOther)
		})},
	}
}

func (s *server) routes() {
	m := http.NewServeMux()
	for _, rt := range s.routeTable() {
		m.Handle(rt.pattern, rt.h)
	}
	s.mux = m
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
	// Field is the path of the offending value in the request body, such
	// as "records[3].date", when there is one.
	Field string `json:"field,omitempty"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code int, field, format string, args ...any) {
	writeJSON(w, code, apiError{Error: fmt.Sprintf(format, args...), Field: field})
}

// failErr answers an error from reading a body or from the database.
func (s *server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	var tooBig *http.MaxBytesError
	var fe *fieldError
	var ce *ConflictError
	switch {
	case errors.As(err, &tooBig):
		fail(w, http.StatusRequestEntityTooLarge, "", "request body over %d bytes", tooBig.Limit)
	case errors.As(err, &fe):
		fail(w, http.StatusBadRequest, fe.Field, "%s", fe.Msg)
	case errors.As(err, &ce):
		writeJSON(w, http.StatusConflict, map[string]any{"error": ce.Error(), "stored": ce.Stored, "sent": ce.Record})
	case errors.Is(err, context.Canceled):
		// The client went away; nothing to answer.
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		fail(w, http.StatusInternalServerError, "", "internal error")
	}
}

// fieldError is a bad value at a path of the request.
type fieldError struct {
	Field, Msg string
}

func (e *fieldError) Error() string { return e.Field + ": " + e.Msg }

// auth admits requests with a valid token, and refuses clients that failed
// too often with 429 before looking at their token.
func (s *server) auth(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client := clientOf(r)
		if !s.fails.allowed(client) {
			w.Header().Set("Retry-After", strconv.Itoa(int(s.fails.every.Seconds())+1))
			fail(w, http.StatusTooManyRequests, "", "too many failed authentications; wait and retry")
			return
		}
		t, err := s.authenticate(r)
		if errors.Is(err, errUnauthorized) {
			s.fails.failed(client)
			w.Header().Set("WWW-Authenticate", `Bearer realm="hocvuso"`)
			fail(w, http.StatusUnauthorized, "", "%v", err)
			return
		}
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		h(w, r.WithContext(withToken(r.Context(), t)))
	})
}

// unitOf reads the {unit} of the path and checks the token may read it
// (write: and write for it). It answers 404 for a unit not in the tree
// and 403 outside the token's subtree.
func (s *server) unitOf(w http.ResponseWriter, r *http.Request, write bool) (org.Unit, bool) {
	id := org.ID(r.PathValue("unit"))
	u, ok := s.w.tree.Unit(id)
	if !ok {
		fail(w, http.StatusNotFound, "unit", "no unit %q", id)
		return u, false
	}
	return u, s.allow(w, tokenOf(r.Context()), id, write)
}

// allow checks that the token may read (or write for) the unit: its own
// unit and every unit below it; writing also needs a writing token.
func (s *server) allow(w http.ResponseWriter, t token, unit org.ID, write bool) bool {
	if !s.w.within(t.Unit, unit) {
		fail(w, http.StatusForbidden, "unit", "token of %s may not access %s", t.Unit, unit)
		return false
	}
	if write && !t.CanWrite {
		fail(w, http.StatusForbidden, "", "read-only token")
		return false
	}
	return true
}

// today is the report day: the request's ?date=, else the server's pinned
// day, else today in Vietnam.
func (s *server) day(r *http.Request) (vietnam.Date, error) {
	if q := r.URL.Query().Get("date"); q != "" {
		d, err := vietnam.ParseDate(q)
		if err != nil {
			return d, &fieldError{Field: "date", Msg: err.Error()}
		}
		return d, nil
	}
	if !s.asOf.IsZero() {
		return s.asOf, nil
	}
	return vietnam.Today(s.now()), nil
}

// wholeParam reads the query parameter name, a whole number from lo to
// hi; def when it is absent.
func wholeParam(r *http.Request, name string, def, lo, hi int64) (int64, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < lo || n > hi {
		return def, &fieldError{Field: name, Msg: fmt.Sprintf("want a whole number from %d to %d, got %q", lo, hi, v)}
	}
	return n, nil
}

// lang reads ?lang= (Vietnamese by default).
func lang(r *http.Request) vietnam.Lang {
	l, _ := vietnam.ParseLang(r.URL.Query().Get("lang"))
	return l
}

func langQuery(r *http.Request) string {
	if lang(r) == vietnam.English {
		return "?lang=en"
	}
	return ""
}

// span is the campaign's days from its first through asOf (or its last);
// ok is false before it starts, when nothing has counted yet.
func (s *server) span(asOf vietnam.Date) (metrics.Period, bool) {
	p := s.w.window.Period()
	if asOf.Before(p.From) {
		return p, false
	}
	if asOf.Before(p.To) {
		p.To = asOf
	}
	return p, true
}

// rollupOver computes the values over p; nothing has counted when
// counted is false (a day before the campaign).
func (s *server) rollupOver(ctx context.Context, p metrics.Period, counted bool) (*metrics.Rollup, error) {
	if !counted {
		return metrics.Aggregate(s.w.tree, s.w.cat, func(func(metrics.Record) bool) {}, metrics.Options{Period: p}), nil
	}
	return s.db.rollup(ctx, s.w.tree, s.w.cat, p)
}

// notCounted names the units of stored records that a rollup could not
// count because the tree does not have them: records written before the
// scenario's tree changed. They are in no total; the JSON report lists
// them and the log warns, rather than letting them vanish unnoticed.
type notCounted struct {
	UnknownUnits []org.ID `json:"unknown_units"`
}

// notCounted returns what ru could not count, nil when it counted
// everything.
func (s *server) notCounted(ru *metrics.Rollup) *notCounted {
	sk := ru.Skipped()
	if sk.Err() == nil {
		return nil
	}
	s.log.Warn("records not counted", "err", sk.Err())
	return &notCounted{UnknownUnits: slices.Sorted(maps.Keys(sk.UnknownUnits))}
}

// reportSpan reads what a report covers: ?period= (a week "2025W28", a
// month "2025-07", a quarter, a day, or their labels), its days within the
// campaign, without targets (they are the campaign's); else the campaign
// from its first day through the report day, against its targets.
func (s *server) reportSpan(r *http.Request) (span metrics.Period, counted bool, asOf vietnam.Date, targets *metrics.Targets, err error) {
	text := r.URL.Query().Get("period")
	if text == "" {
		if asOf, err = s.day(r); err != nil {
			return span, false, asOf, nil, err
		}
		span, counted = s.span(asOf)
		return span, counted, asOf, s.w.targets, nil
	}
	p, err := metrics.ParsePeriod(text)
	if err != nil {
		return span, false, asOf, nil, &fieldError{Field: "period", Msg: err.Error()}
	}
	w := s.w.window.Period()
	span = metrics.Period{From: p.From, To: p.To}
	if span.From.Before(w.From) {
		span.From = w.From
	}
	if w.To.Before(span.To) {
		span.To = w.To
	}
	if span.To.Before(span.From) {
		return span, false, asOf, nil, &fieldError{Field: "period", Msg: fmt.Sprintf("%s is outside the campaign %s", p.ID(), s.w.window)}
	}
	return span, true, span.To, s.w.noTargets, nil
}
