package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// tWriter sends the server's log to the test's.
type tWriter struct{ t *testing.T }

func (w tWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

// fixture is a server on a fresh schema with one token per role.
type fixture struct {
	t     *testing.T
	dsn   string // the fixture's own schema
	w     *world
	db    *store
	srv   *server
	ts    *httptest.Server
	pseud *metrics.Pseudonymizer
	// now is the server's clock; tests move it.
	now time.Time
	// Units: the province, two former districts and a commune of each.
	province, distA, distB, communeA, communeB org.ID
	// tok holds a token per role: "province", "distA", "communeA",
	// "communeB", "reader" (province, read-only).
	tok map[string]string
}

const testSecret = "test-secret-of-the-province-0123"

// mustPseudonymizer keys subjects with testSecret, as the servers the
// tests start do.
func mustPseudonymizer(t testing.TB) *metrics.Pseudonymizer {
	p, err := metrics.NewPseudonymizer([]byte(testSecret))
	require.NoError(t, err)
	return p
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dsn := testDSN(t)
	w := testWorld(t)
	ctx := context.Background()
	db, err := openStore(ctx, dsn)
	require.NoError(t, err)
	t.Cleanup(db.close)
	f := &fixture{t: t, dsn: dsn, w: w, db: db, province: w.root.ID, tok: map[string]string{},
		now: vietnam.MustParseDate("10/7/2025").Start().Add(9 * time.Hour)}
	f.distA, f.communeA = f.districtAndCommune("725") // Thuận An
	f.distB, f.communeB = f.districtAndCommune("724") // Dĩ An
	pseud := mustPseudonymizer(t)
	f.pseud = pseud
	f.srv = newServer(w, db, config{Pseudonyms: pseud, Now: func() time.Time { return f.now },
		AsOf: vietnam.MustParseDate("15/7/2025"), Log: slog.New(slog.NewTextHandler(tWriter{t}, nil))})
	f.ts = httptest.NewServer(f.srv)
	t.Cleanup(f.ts.Close)
	for role, unit := range map[string]org.ID{"province": f.province, "distA": f.distA, "communeA": f.communeA, "communeB": f.communeB} {
		f.tok[role] = f.addToken(unit, true)
	}
	f.tok["reader"] = f.addToken(f.province, false)
	return f
}

func (f *fixture) addToken(unit org.ID, write bool) string {
	tok, hash := newToken()
	_, err := f.db.addToken(context.Background(), hash, unit, "test "+string(unit), write)
	require.NoError(f.t, err)
	return tok
}

// districtAndCommune returns the union of a former district (pre-2025
// code) and its first commune union.
func (f *fixture) districtAndCommune(code string) (org.ID, org.ID) {
	c := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, code)
	d, ok := f.w.byCode[c]
	require.True(f.t, ok, "district %s", code)
	for u := range f.w.tree.Children(d) {
		return d, u.ID
	}
	f.t.Fatalf("district %s has no commune union", code)
	return "", ""
}

// do sends a request with the role's token ("" for none) and returns the
// status and body.
func (f *fixture) do(role, method, path string, body []byte, header ...string) (int, []byte) {
	f.t.Helper()
	req, err := http.NewRequest(method, f.ts.URL+path, bytes.NewReader(body))
	require.NoError(f.t, err)
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+f.tok[role])
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := f.ts.Client().Do(req)
	require.NoError(f.t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(f.t, err)
	return res.StatusCode, b
}

func (f *fixture) doJSON(role, method, path string, body any, out any) int {
	f.t.Helper()
	var raw []byte
	if body != nil {
		var err error
		raw, err = json.Marshal(body)
		require.NoError(f.t, err)
	}
	code, b := f.do(role, method, path, raw, "Content-Type", "application/json")
	if out != nil {
		require.NoError(f.t, json.Unmarshal(b, out), "%s", b)
	}
	return code
}

// count returns a number from the database.
func (f *fixture) count(sql string, args ...any) int {
	var n int
	require.NoError(f.t, f.db.pool.QueryRow(context.Background(), sql, args...).Scan(&n))
	return n
}

// token returns the stored token of a role.
func (f *fixture) token(role string) token { return f.stored(f.tok[role]) }

// stored returns the stored (live) token of a secret.
func (f *fixture) stored(tok string) token {
	t, err := f.db.tokenByHash(context.Background(), hashToken(tok))
	require.NoError(f.t, err)
	return t
}
