package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
)

// chromium is Debian's Chromium, which .ci/run installs.
const chromium = "/usr/bin/chromium"

// browser starts a headless Chromium with a fresh profile and no network
// beyond the test server, and a viewport of a phone 390 px wide.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing and CI=true: .ci/run installs it (apt-get install chromium)", chromium)
		}
		t.Skipf("browser test: %s not found; install Debian's chromium to run it", chromium)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(390, 844),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// TestDashboardInBrowser opens the province's dashboard in Chromium on a
// 390 px wide screen: the page renders, the numbers in the DOM are the
// API's, nothing overflows the screen, and a screenshot is kept as a test
// artifact (go test -artifacts keeps it).
func TestDashboardInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browser(t)
	f := newFixture(t)

	// Records in two districts, and this week's reports: one on time, one
	// late.
	var recs []any
	i := 0
	for _, u := range f.w.reporters[:30] {
		for n := range 40 + i%60 {
			// Tags as rosters give them, some left unsaid; a person's
			// later records may say otherwise (n%35 repeats people).
			tags := map[string]string{"sex": [...]string{"nam", "nu", "nu", ""}[n%4], "age": [...]string{"thanh_nien", "khac", "", "nguoi_cao_tuoi", "thanh_nien"}[n%5]}
			if i%7 == 0 {
				tags["ethnicity"] = "05"
			}
			recs = append(recs, withTags(rec(fmt.Sprintf("b-%d-%d", i, n), u.ID, fmt.Sprintf("2025-06-%02d", 1+n%28), fmt.Sprintf("%s-%d", u.ID, n%35)), tags))
			// SmartCA accounts of people and, one in five, of
			// businesses (no sex).
			who := map[string]string{"sex": [...]string{"nu", "nam", ""}[n%3], "subject": "ca_nhan"}
			if n%5 == 0 {
				who = map[string]string{"subject": "to_chuc"}
			}
			recs = append(recs, map[string]any{"id": fmt.Sprintf("s-%d-%d", i, n), "indicator": string(training.ServiceUsers(training.SmartCA)),
				"unit": string(u.ID), "date": "2025-07-01", "value": 1, "subject": fmt.Sprintf("%s-%d", u.ID, n), "tags": who})
		}
		i++
	}
	var res insertResult
	require.Equal(t, http.StatusOK, f.doJSON("province", "POST", "/api/records", map[string]any{"records": recs}, &res))
	f.now = time.Date(2025, 7, 11, 8, 0, 0, 0, time.UTC)
	f.doJSON("communeA", "PUT", "/api/units/"+string(f.communeA)+"/reports/2025W29", nil, nil)
	f.now = time.Date(2025, 7, 18, 12, 0, 0, 0, time.UTC)
	f.doJSON("communeB", "PUT", "/api/units/"+string(f.communeB)+"/reports/2025W29", nil, nil)

	// What the API says.
	var api struct {
		Rows []struct {
			Unit      string   `json:"unit_id"`
			Indicator string   `json:"indicator"`
			Actual    *float64 `json:"actual"`
			Target    *float64 `json:"target"`
		} `json:"rows"`
		Breakdowns []breakdownCell `json:"breakdowns"`
	}
	code, body := f.do("province", "GET", "/api/units/"+string(f.province)+"/report?date=2025-07-16&depth=1", nil)
	require.Equal(t, http.StatusOK, code)
	require.NoError(t, json.Unmarshal(body, &api))
	want := map[string]*float64{} // unit|indicator → actual, rows with a target
	for _, r := range api.Rows {
		if r.Target != nil {
			want[r.Unit+"|"+r.Indicator] = r.Actual
		}
	}
	var week completeness
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/completeness?date=2025-07-16", nil, &week))

	// What the page shows.
	type shown struct{ Unit, Indicator, Raw, Text string }
	url := f.ts.URL + "/units/" + string(f.province) + "?date=2025-07-16"
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, tg, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{
				Headers: network.Headers{"Authorization": "Bearer " + f.tok["province"]}})
			return err
		}),
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.CSS("#unit")),
	))
	title := eval[string](t, ctx, `document.querySelector("#unit").textContent`)
	bars := eval[[]shown](t, ctx, `[...document.querySelectorAll("article.ind")].map(a => ({Unit: document.querySelector("#unit").dataset.unit, Indicator: a.dataset.indicator, Raw: a.querySelector(".actual").dataset.actual, Text: a.querySelector(".actual").textContent}))`)
	cells := eval[[]shown](t, ctx, `[...document.querySelectorAll("section.breakdown tr[data-unit]")].map(tr => ({Unit: tr.dataset.unit, Indicator: tr.closest("section").dataset.indicator, Raw: tr.querySelector(".actual").dataset.actual, Text: tr.querySelector(".actual").textContent}))`)
	type part struct{ Category, Option, Indicator, Raw, Text string }
	parts := eval[[]part](t, ctx, `[...document.querySelectorAll("#by-category table.cat tr")].flatMap(tr => [...tr.querySelectorAll("td")].map(td => ({Category: tr.closest("table").dataset.category, Option: tr.dataset.option ?? "total", Indicator: td.dataset.indicator, Raw: td.dataset.actual, Text: td.textContent})))`)
	expected := eval[string](t, ctx, `document.querySelector("#week").dataset.expected`)
	received := eval[string](t, ctx, `document.querySelector("#week").dataset.received`)
	missingShown := eval[int](t, ctx, `document.querySelectorAll("ul.missing li").length`)
	lateShown := eval[int](t, ctx, `document.querySelectorAll("ul.late li").length`)
	scrollWidth := eval[int](t, ctx, `document.documentElement.scrollWidth`)
	innerWidth := eval[int](t, ctx, `window.innerWidth`)
	overflowing := eval[[]string](t, ctx, `[...document.querySelectorAll("body *")].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5) }).map(e => e.tagName + "." + e.className + ": " + e.textContent.slice(0, 40))`)
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)

	assert.Equal(t, f.w.root.Name, title)
	require.Len(t, bars, 2, "one bar per indicator with a target")
	require.NotEmpty(t, cells, "the breakdown by district")
	withData := 0
	for _, s := range append(bars, cells...) {
		a, ok := want[s.Unit+"|"+s.Indicator]
		require.True(t, ok, "the page shows %s %s, which the API has not", s.Unit, s.Indicator)
		if a == nil {
			// Nothing recorded: a dash, not a zero.
			assert.Equal(t, "", s.Raw, "%s %s", s.Unit, s.Indicator)
			assert.Equal(t, "–", s.Text, "%s %s", s.Unit, s.Indicator)
			continue
		}
		assert.Equal(t, strconv.FormatFloat(*a, 'f', -1, 64), s.Raw, "%s %s", s.Unit, s.Indicator)
		// The text is the same number as a Vietnamese reader writes it.
		assert.Equal(t, vietnameseInt(*a), s.Text, "%s %s", s.Unit, s.Indicator)
		withData++
	}
	assert.Len(t, cells, len(want)-len(bars), "every district row of the API is on the page")
	assert.Greater(t, withData, len(bars), "districts with records")
	// The tables by category: every number is the API's, and the options
	// of a distinct count add up to the total, which is the bar's.
	wantParts := map[string]string{} // category|option|indicator → value
	for _, c := range api.Breakdowns {
		if c.Unit == f.province {
			wantParts[string(c.Category)+"|"+c.Option+"|"+string(c.Indicator)] = c.Value.String()
		}
	}
	barOf := map[string]string{}
	for _, b := range bars {
		barOf[b.Indicator] = b.Raw
	}
	sums := map[string]int{} // category|indicator → sum of the options
	tables := map[string]bool{}
	for _, p := range parts {
		tables[p.Category] = true
		if p.Option == "total" {
			assert.Equal(t, barOf[p.Indicator], p.Raw, "%s total of %s is the bar's", p.Category, p.Indicator)
			continue
		}
		v, ok := wantParts[p.Category+"|"+p.Option+"|"+p.Indicator]
		if !ok {
			assert.Equal(t, "–", p.Text, "%s %q %s: no value in the API, a dash on the page", p.Category, p.Option, p.Indicator)
			continue
		}
		assert.Equal(t, v, p.Raw, "%s %q %s", p.Category, p.Option, p.Indicator)
		n, err := strconv.Atoi(v)
		require.NoError(t, err)
		assert.Equal(t, vietnameseInt(float64(n)), p.Text)
		sums[p.Category+"|"+p.Indicator] += n
	}
	assert.Equal(t, map[string]bool{"sex": true, "age": true, "group": true, "ethnicity": true, "subject": true}, tables,
		"sex, age and group always; ethnicity and subject where the records say; no area (no record says)")
	for k, n := range sums {
		ind := k[strings.IndexByte(k, '|')+1:]
		assert.Equal(t, barOf[ind], strconv.Itoa(n), "%s: the options add up to the total", k)
	}
	assert.Len(t, sums, 5*2, "two indicators in each table")
	assert.Equal(t, strconv.Itoa(week.Expected), expected)
	assert.Equal(t, strconv.Itoa(week.Received), received)
	assert.Equal(t, len(week.Missing), missingShown)
	assert.Equal(t, len(week.Late), lateShown)
	assert.Equal(t, 1, lateShown)

	assert.Equal(t, 390, innerWidth)
	assert.LessOrEqual(t, scrollWidth, innerWidth, "the page scrolls sideways on a phone")
	assert.Empty(t, overflowing, "elements past the right edge at 390 px")

	dir := t.ArtifactDir()
	path := filepath.Join(dir, "dashboard-390.png")
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

// eval returns the value of a JavaScript expression on the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	require.NoError(t, err, "%s", expr)
	return v
}

// vietnameseInt writes a whole number as Vietnamese do, "12.345", without
// the library's formatter, so that the page is checked against a second
// opinion.
func vietnameseInt(f float64) string {
	s := strconv.FormatInt(int64(f), 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
