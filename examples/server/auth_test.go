package main

import (
	"fmt"
	"net/http"
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
	actions := []action{
		{"read report", false, func(role string, u org.ID, _ int) int {
			code, _ := f.do(role, "GET", "/api/units/"+string(u)+"/report", nil)
			return code
		}},
		{"read completeness", false, func(role string, u org.ID, _ int) int {
			code, _ := f.do(role, "GET", "/api/units/"+string(u)+"/completeness", nil)
			return code
		}},
		{"read dashboard", false, func(role string, u org.ID, _ int) int {
			code, _ := f.do(role, "GET", "/units/"+string(u), nil)
			return code
		}},
		{"write records", true, func(role string, u org.ID, i int) int {
			var e apiError
			return f.doJSON(role, "POST", "/api/records", map[string]any{"records": []any{rec(fmt.Sprintf("m%d", i), u, "2025-06-02", "s")}}, &e)
		}},
		{"upload roster", true, func(role string, u org.ID, i int) int {
			code, _ := f.do(role, "POST", "/api/units/"+string(u)+"/rosters", []byte(fmt.Sprintf("Họ và tên,Ngày\nNguyễn Văn An,%d/6/2025\n", 1+i%28)))
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
					before := f.count(`SELECT count(*) FROM records`) + f.count(`SELECT count(*) FROM uploads`)
					code := a.do(tc.role, unit(g), i)
					ok := tc.allowed[g] && (tc.write || !a.write)
					if !ok {
						assert.Equal(t, http.StatusForbidden, code)
						after := f.count(`SELECT count(*) FROM records`) + f.count(`SELECT count(*) FROM uploads`)
						assert.Equal(t, before, after, "a refused request writes nothing")
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
