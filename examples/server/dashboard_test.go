package main

import (
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDashboardPage: the page is Vietnamese first and English with
// ?lang=en, says when a unit closed (the district unions on 30/6/2025),
// links down the tree and back up to the token's unit, draws each
// bar with its pace mark, and writes every status as a word beside its
// colour and shape.
func TestDashboardPage(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var res insertResult
	require.Equal(t, http.StatusOK, f.doJSON("province", "POST", "/api/records", map[string]any{"records": []any{
		withTags(rec("d1", f.communeA, "2025-06-02", "a"), map[string]string{"sex": "nu"})}}, &res))
	tests := []struct {
		query, lang string
		words       []string // fixed words of the page in its language
		other       string   // the link to the other language
	}{
		{"", "vi", []string{"Báo cáo tuần", "chỉ tiêu", "Đơn vị trực thuộc", "Phân tổ", "Giới tính", "Nữ", "Chậm", "Hoạt động đến hết ngày 30/06/2025"}, `href="?lang=en"`},
		{"?lang=en", "en", []string{"Weekly reports", "target", "Units below", "Breakdowns", "Sex", "Female", "Behind", "In force until 30/06/2025"}, `href="?lang=vi"`},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			code, body := f.do("distA", "GET", "/units/"+string(f.distA)+tc.query, nil)
			require.Equal(t, http.StatusOK, code)
			page := string(body)
			assert.Contains(t, page, `<html lang="`+tc.lang+`">`)
			for _, w := range tc.words {
				assert.Contains(t, page, w)
			}
			assert.Contains(t, page, tc.other)
			// Links down to every commune of the district, keeping the
			// language; none up past the token's unit.
			for u := range f.w.tree.Children(f.distA) {
				assert.Contains(t, page, `href="/units/`+url.PathEscape(string(u.ID))+tc.query+`"`, "%s", u.ID)
			}
			assert.NotContains(t, page, `href="/units/`+url.PathEscape(string(f.province)))
			// A bar per indicator with a target, its fill and its pace
			// mark; each status has its word.
			assert.Equal(t, 2, strings.Count(page, `class="pace"`))
			for _, m := range regexp.MustCompile(`<span class="badge[^"]*">([^<]*)</span>`).FindAllStringSubmatch(page, -1) {
				icon, word, ok := strings.Cut(strings.TrimSpace(m[1]), " ")
				assert.True(t, ok && icon != "" && word != "", "a status with a shape and a word: %q", m[1])
			}
		})
	}
	// The commune's page links back up to the district, not the province,
	// and breaks its counts down though it has no target of its own.
	code, body := f.do("distA", "GET", "/units/"+string(f.communeA), nil)
	require.Equal(t, http.StatusOK, code)
	assert.NotContains(t, string(body), `class="pace"`, "no target, no bar")
	assert.Regexp(t, `<tr data-option="nu"><th scope="row">Nữ</th><td class="n" data-indicator="hoc_vien" data-actual="1">1</td>`, string(body))
	nav := regexp.MustCompile(`(?s)<nav class="path">(.*?)</nav>`).FindStringSubmatch(string(body))
	require.NotNil(t, nav)
	assert.Contains(t, nav[1], string(f.distA))
	assert.NotContains(t, nav[1], string(f.province))
}

// TestLogin: a browser signs in with a token once and the dashboard then
// reads it from a cookie; without one it is sent to the form.
func TestLogin(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	client := *f.ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

	res, err := client.Get(f.ts.URL + "/units/" + string(f.communeA) + "?lang=en")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusSeeOther, res.StatusCode)
	assert.Equal(t, "/login?lang=en", res.Header.Get("Location"))

	res, err = client.PostForm(f.ts.URL+"/login", url.Values{"token": {"hvs_wrong"}})
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode)

	res, err = client.PostForm(f.ts.URL+"/login", url.Values{"token": {f.tok["communeA"]}})
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	assert.Equal(t, "/units/"+string(f.communeA), res.Header.Get("Location"))
	var cookie *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == cookieName {
			cookie = c
		}
	}
	require.NotNil(t, cookie)
	assert.True(t, cookie.HttpOnly)
	assert.Equal(t, http.SameSiteStrictMode, cookie.SameSite)

	req, err := http.NewRequest("GET", f.ts.URL+"/units/"+string(f.communeA), nil)
	require.NoError(t, err)
	req.AddCookie(cookie)
	res, err = client.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
}

// TestReadmeListsEndpoints: the README's table of what the server serves
// names every endpoint the server has, and no other.
func TestReadmeListsEndpoints(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	var listed []string
	for _, m := range regexp.MustCompile("(?m)^\\| `([A-Z]+ /[^`?]*)").FindAllStringSubmatch(string(readme), -1) {
		listed = append(listed, m[1])
	}
	var served []string
	for _, rt := range (&server{}).routeTable() {
		if strings.HasSuffix(rt.pattern, " /login") || strings.HasSuffix(rt.pattern, "{$}") {
			assert.Contains(t, string(readme), "`/login`", "the README names the login form")
			continue
		}
		served = append(served, rt.pattern)
	}
	assert.ElementsMatch(t, served, listed)
}
