package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
)

// TestAuthorisationMatrix checks who may do what: a token writes for its
// unit and below and reads its subtree; the province token reads all; a
// read-only token writes nothing. Every refused write leaves the database
// as it was.
func TestAuthorisationMatrix(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	type target int
	const (
		atProvince target = iota
		atDistA
		atCommuneA
		atCommuneB
	)
	unit := func(g target) org.ID {
		return [...]org.ID{f.province, f.distA, f.communeA, f.communeB}[g]
	}
	type action struct {
		name  string
		write bool
		do    func(role string, u org.ID, i int) int
	}
	get := func(prefix, suffix string) func(string, org.ID, int) int {
		return func(role string, u org.ID, _ int) int {
			code, _ := f.do(role, "GET", prefix+string(u)+suffix, nil)
			return code
		}
	}
	actions := []action{
		{"read report", false, get("/api/units/", "/report")},
		{"read completeness", false, get("/api/units/", "/completeness")},
		{"read dashboard", false, get("/units/", "")},
		{"write records", true, func(role string, u org.ID, i int) int {
			var e apiError
			return f.doJSON(role, "POST", "/api/records", map[string]any{"records": []any{rec(fmt.Sprintf("m%d", i), u, "2025-06-02", "s")}}, &e)
		}},
		{"upload roster", true, func(role string, u org.ID, i int) int {
			code, _ := f.do(role, "POST", "/api/units/"+string(u)+"/rosters", []byte(fmt.Sprintf("Họ và tên,Ngày\nNguyễn Văn An,%d/6/2025\n", 1+i%28)))
			return code
		}},
		{"read audit", false, get("/api/units/", "/audit")},
		{"list tokens", false, get("/api/units/", "/tokens")},
		{"revoke token", true, func(role string, u org.ID, _ int) int {
			victim := f.stored(f.addToken(u, true)).ID
			code, _ := f.do(role, "DELETE", fmt.Sprintf("/api/tokens/%d", victim), nil)
			return code
		}},
	}
	tests := []struct {
		role    string
		allowed map[target]bool // units the role may reach; the rest: 403
		write   bool
	}{
		{"province", map[target]bool{atProvince: true, atDistA: true, atCommuneA: true, atCommuneB: true}, true},
		{"distA", map[target]bool{atDistA: true, atCommuneA: true}, true},
		{"communeA", map[target]bool{atCommuneA: true}, true},
		{"communeB", map[target]bool{atCommuneB: true}, true},
		{"reader", map[target]bool{atProvince: true, atDistA: true, atCommuneA: true, atCommuneB: true}, false},
	}
	i := 0
	for _, tc := range tests {
		for _, a := range actions {
			for _, g := range []target{atProvince, atDistA, atCommuneA, atCommuneB} {
				i++
				t.Run(fmt.Sprintf("%s/%s/%s", tc.role, a.name, unit(g)), func(t *testing.T) {
					const written = `SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM uploads) + (SELECT count(*) FROM tokens WHERE revoked_at IS NOT NULL)`
					before := f.count(written)
					code := a.do(tc.role, unit(g), i)
					ok := tc.allowed[g] && (tc.write || !a.write)
					if !ok {
						assert.Equal(t, http.StatusForbidden, code)
						assert.Equal(t, before, f.count(written), "a refused request writes nothing")
						return
					}
					assert.Contains(t, []int{http.StatusOK, http.StatusCreated}, code)
				})
			}
		}
	}
}

// TestFailedAuthenticationsLimited: after a burst of bad tokens a client
// gets 429, even with a good token, until time forgives its failures.
func TestFailedAuthenticationsLimited(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	clock := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	f.srv.fails.now = func() time.Time { return clock }
	for range f.srv.fails.burst {
		code, _ := f.do("", "GET", "/api/tree", nil, "Authorization", "Bearer hvs_guess")
		require.Equal(t, http.StatusUnauthorized, code)
	}
	code, _ := f.do("", "GET", "/api/tree", nil, "Authorization", "Bearer hvs_guess")
	assert.Equal(t, http.StatusTooManyRequests, code)
	code, _ = f.do("province", "GET", "/api/tree", nil)
	assert.Equal(t, http.StatusTooManyRequests, code, "the client is refused before its token is looked at")
	clock = clock.Add(f.srv.fails.every)
	code, _ = f.do("province", "GET", "/api/tree", nil)
	assert.Equal(t, http.StatusOK, code, "one failure forgiven after the interval")
}

func TestLimiter(t *testing.T) {
	clock := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	l := newLimiter(3, time.Second)
	l.now = func() time.Time { return clock }
	for range 3 {
		require.True(t, l.allowed("a"))
		l.failed("a")
	}
	assert.False(t, l.allowed("a"))
	assert.True(t, l.allowed("b"), "clients are counted apart")
	clock = clock.Add(time.Second)
	assert.True(t, l.allowed("a"), "one failure forgiven a second later")
	l.failed("a")
	assert.False(t, l.allowed("a"))
	clock = clock.Add(time.Hour)
	assert.True(t, l.allowed("a"))
	assert.Empty(t, l.clients, "forgiven clients are forgotten")
}

func TestTokens(t *testing.T) {
	a, ha := newToken()
	b, hb := newToken()
	assert.NotEqual(t, a, b)
	assert.Regexp(t, `^hvs_[A-Za-z0-9_-]{43}$`, a)
	assert.Equal(t, ha, hashToken(a))
	assert.NotEqual(t, ha, hb)
	assert.Len(t, ha, 32)

}

type auditAnswer struct {
	Unit    org.ID       `json:"unit"`
	Entries []auditEntry `json:"entries"`
}

// TestAudit: the log says who did what, when, for which unit; the
// province reads all of it, a district its subtree, a commune its own.
func TestAudit(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var res insertResult
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "POST", "/api/records", map[string]any{"records": []any{rec("x1", f.communeA, "2025-06-02", "a")}}, &res))
	require.Equal(t, http.StatusOK, f.doJSON("communeB", "POST", "/api/records", map[string]any{"records": []any{rec("x2", f.communeB, "2025-06-02", "b")}}, &res))
	code, body := f.do("distA", "POST", "/api/units/"+string(f.communeA)+"/rosters?filename=lop-1.csv", []byte("Họ và tên,Ngày\nNguyễn Văn An,2/6/2025\n"))
	require.Equal(t, http.StatusCreated, code, "%s", body)
	require.Equal(t, http.StatusCreated, f.doJSON("communeA", "PUT", "/api/units/"+string(f.communeA)+"/reports/2025W28", nil, nil))
	require.Equal(t, http.StatusOK, f.doJSON("distA", "POST", "/api/records", map[string]any{"records": []any{rec("x3", f.communeA, "2025-06-03", "c")}}, &res))
	require.Equal(t, http.StatusOK, f.doJSON("province", "POST", "/api/records", map[string]any{"records": []any{
		rec("x4", f.communeA, "2025-06-03", "d"), rec("x5", f.communeB, "2025-06-03", "e")}}, &res))

	var a auditAnswer
	require.Equal(t, http.StatusOK, f.doJSON("reader", "GET", "/api/units/"+string(f.province)+"/audit", nil, &a))
	type seen struct {
		Action, Unit, Who string
	}
	var got []seen
	for _, e := range a.Entries {
		got = append(got, seen{e.Action, string(e.Unit), e.Token.Name})
		assert.WithinDuration(t, time.Now(), e.At, time.Minute)
	}
	assert.Equal(t, []seen{
		{"records", string(f.province), "test " + string(f.province)}, // two districts' communes: filed under the province
		{"records", string(f.communeA), "test " + string(f.distA)},    // the district wrote for commune A
		{"submission", string(f.communeA), "test " + string(f.communeA)},
		{"upload", string(f.communeA), "test " + string(f.distA)},
		{"records", string(f.communeB), "test " + string(f.communeB)},
		{"records", string(f.communeA), "test " + string(f.communeA)},
	}, got, "newest first, the province reads all")
	assert.JSONEq(t, `{"inserted":1,"duplicates":0}`, string(a.Entries[5].Detail))

	// A unit reads the entries filed in its subtree and those of batches
	// that wrote for it: the province's batch for communes A and B is in
	// both their logs, commune B's own in neither A's nor its district's.
	logOf := func(role string, unit org.ID) []seen {
		require.Equal(t, http.StatusOK, f.doJSON(role, "GET", "/api/units/"+string(unit)+"/audit", nil, &a))
		var got []seen
		for _, e := range a.Entries {
			got = append(got, seen{e.Action, string(e.Unit), e.Token.Name})
		}
		return got
	}
	byProvince := seen{"records", string(f.province), "test " + string(f.province)}
	assert.Equal(t, []seen{byProvince,
		{"records", string(f.communeA), "test " + string(f.distA)},
		{"submission", string(f.communeA), "test " + string(f.communeA)},
		{"upload", string(f.communeA), "test " + string(f.distA)},
		{"records", string(f.communeA), "test " + string(f.communeA)},
	}, logOf("distA", f.distA))
	assert.Equal(t, []seen{byProvince, {"records", string(f.communeB), "test " + string(f.communeB)}}, logOf("communeB", f.communeB))
	assert.NotContains(t, string(a.Entries[0].Detail), string(f.communeA), "which other units the batch wrote for is not shown")

	// One action; pages back from an entry.
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/audit?action=records", nil, &a))
	assert.Len(t, a.Entries, 4)
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/audit?limit=1", nil, &a))
	require.Len(t, a.Entries, 1)
	first := a.Entries[0].ID
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", fmt.Sprintf("/api/units/%s/audit?limit=2&before=%d", f.province, first), nil, &a))
	require.Len(t, a.Entries, 2)
	assert.Less(t, a.Entries[0].ID, first)

	var e apiError
	for _, q := range []string{"limit=0", "limit=1001", "limit=x", "before=-3", "before=x"} {
		assert.Equal(t, http.StatusBadRequest, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/audit?"+q, nil, &e), q)
	}
	assert.Equal(t, http.StatusForbidden, f.doJSON("communeA", "GET", "/api/units/"+string(f.distA)+"/audit", nil, &e))
	assert.Equal(t, http.StatusNotFound, f.doJSON("province", "GET", "/api/units/nope/audit", nil, &e))
}

// TestRevokeToken: a writing token revokes a token of its subtree; the
// revoked token gets 401 from then on, and the revocation is audited.
func TestRevokeToken(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	lost := f.addToken(f.communeA, true)
	id := f.stored(lost).ID
	code, _ := f.do("", "GET", "/api/tree", nil, "Authorization", "Bearer "+lost)
	require.Equal(t, http.StatusOK, code)

	var e apiError
	assert.Equal(t, http.StatusForbidden, f.doJSON("communeB", "DELETE", fmt.Sprintf("/api/tokens/%d", id), nil, &e), "another commune's token")
	assert.Equal(t, http.StatusForbidden, f.doJSON("reader", "DELETE", fmt.Sprintf("/api/tokens/%d", id), nil, &e), "a read-only token")
	code, _ = f.do("", "GET", "/api/tree", nil, "Authorization", "Bearer "+lost)
	require.Equal(t, http.StatusOK, code, "a refused revocation changes nothing")

	var info tokenInfo
	require.Equal(t, http.StatusOK, f.doJSON("distA", "DELETE", fmt.Sprintf("/api/tokens/%d", id), nil, &info))
	require.NotNil(t, info.RevokedAt)
	assert.Equal(t, f.communeA, info.Unit)
	for _, path := range []string{"/api/tree", "/api/units/" + string(f.communeA) + "/report", "/units/" + string(f.communeA)} {
		code, _ = f.do("", "GET", path, nil, "Authorization", "Bearer "+lost)
		assert.Equal(t, http.StatusUnauthorized, code, path)
	}
	// Again: the first revocation stays.
	var again tokenInfo
	require.Equal(t, http.StatusOK, f.doJSON("province", "DELETE", fmt.Sprintf("/api/tokens/%d", id), nil, &again))
	assert.Equal(t, info.RevokedAt.UTC(), again.RevokedAt.UTC())
	assert.Equal(t, 1, f.count(`SELECT count(*) FROM audit WHERE action = 'revoke' AND detail->>'token' = $1`, fmt.Sprint(id)))

	// The list shows the token as revoked, and no secret or hash.
	code, body := f.do("communeA", "GET", "/api/units/"+string(f.communeA)+"/tokens", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, string(body), `"revoked_at"`)
	assert.NotContains(t, string(body), "hash")
	assert.NotContains(t, string(body), lost)

	assert.Equal(t, http.StatusNotFound, f.doJSON("province", "DELETE", "/api/tokens/999999", nil, &e))
	assert.Equal(t, http.StatusBadRequest, f.doJSON("province", "DELETE", "/api/tokens/abc", nil, &e))
	assert.Equal(t, "id", e.Field)
}

// TestConsoleTokens: whoever holds the database makes, lists and revokes
// tokens with the binary's commands, the province's token included when
// no token is left to revoke it over the API; each command is audited
// under the name given with -by.
func TestConsoleTokens(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	console := func(args ...string) (string, error) {
		var out, errOut bytes.Buffer
		err := run(ctx, append([]string{"-dsn", f.dsn}, args...), &out, &errOut)
		return out.String(), err
	}
	status := func(tok string) int {
		code, _ := f.do("", "GET", "/api/tree", nil, "Authorization", "Bearer "+tok)
		return code
	}
	out, err := console("token", "-unit", string(f.communeA), "-name", "Bí thư Đoàn xã", "-by", "Phòng CNTT tỉnh")
	require.NoError(t, err)
	tok := strings.TrimSpace(out)
	require.Equal(t, http.StatusOK, status(tok))
	id := f.stored(tok).ID

	// The district's subtree: its own token, the commune's two; not the
	// province's or the other district's. No secret.
	out, err = console("tokens", "-unit", string(f.distA))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, "%s", out)
	assert.Equal(t, fmt.Sprintf("%d\t%s\twrite\tBí thư Đoàn xã", id, f.communeA), lines[2])
	assert.NotContains(t, out, "hvs_")
	assert.NotContains(t, out, string(f.communeB))

	// Revoked at the console: 401 from then on; the province's own token
	// too, which no other token could revoke.
	province := f.token("province").ID
	for _, victim := range []int64{id, province} {
		out, err = console("revoke", "-id", fmt.Sprint(victim), "-by", "Phòng CNTT tỉnh")
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(out, fmt.Sprintf("revoked %d (", victim)), "%s", out)
	}
	assert.Equal(t, http.StatusUnauthorized, status(tok))
	assert.Equal(t, http.StatusUnauthorized, status(f.tok["province"]))
	out, err = console("tokens", "-unit", string(f.communeA))
	require.NoError(t, err)
	assert.Contains(t, out, "Bí thư Đoàn xã\trevoked ")

	// The audit log says who, at the console, for which unit.
	var a auditAnswer
	require.Equal(t, http.StatusOK, f.doJSON("reader", "GET", "/api/units/"+string(f.province)+"/audit", nil, &a))
	type seen struct {
		Action string
		Unit   org.ID
		Token  int64
		By     string
	}
	var got []seen
	for _, e := range a.Entries {
		require.Nil(t, e.Token, "no token: the console")
		var d struct {
			Token int64  `json:"token"`
			By    string `json:"by"`
		}
		require.NoError(t, json.Unmarshal(e.Detail, &d))
		got = append(got, seen{e.Action, e.Unit, d.Token, d.By})
	}
	assert.Equal(t, []seen{
		{"revoke", f.province, province, "Phòng CNTT tỉnh"},
		{"revoke", f.communeA, id, "Phòng CNTT tỉnh"},
		{"token", f.communeA, id, "Phòng CNTT tỉnh"},
	}, got)
	// The commune reads its own entries, not the province's.
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "GET", "/api/units/"+string(f.communeA)+"/audit", nil, &a))
	assert.Len(t, a.Entries, 2)

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"revoke", "-id", "999999", "-by", "x"}, "no token 999999"},
		{[]string{"revoke", "-id", fmt.Sprint(id)}, "give -by"},
		{[]string{"revoke", "-by", "x"}, "give -id"},
		{[]string{"tokens", "-unit", "nope"}, `no unit "nope"`},
		{[]string{"tokenz"}, `unknown command "tokenz"`},
	} {
		_, err := console(tc.args...)
		assert.ErrorContains(t, err, tc.want, "%v", tc.args)
	}
}
