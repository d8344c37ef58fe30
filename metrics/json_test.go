package metrics_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/internal/scan/scantest"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

func goldenReport(t *testing.T) *metrics.Report {
	d := vietnam.MustParseDate
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	ts, err := metrics.NewTargets(exampleCatalog(), metrics.Target{Indicator: "visits", Unit: "bd", Value: decimal.NewFromInt(10),
		Window: metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}})
	require.NoError(t, err)
	rp, err := metrics.NewReport(r, ts, d("1/7/2025"), metrics.ReportOptions{Indicators: []metrics.Code{"visits", "share"}})
	require.NoError(t, err)
	return rp
}

// TestGoldenJSON pins the JSON of every stored metrics type to a file in
// testdata and checks that it reads back; go test -update rewrites them.
func TestGoldenJSON(t *testing.T) {
	d := vietnam.MustParseDate
	periods := []metrics.Period{{}, {From: d("29/5/2025"), To: d("15/8/2025")}, {From: d("29/5/2025")}}
	for _, id := range []string{"2025-06-05", "2025W23", "2026W1", "2025-06", "2025Q1", "2025S2", "2025", "2025-05-29/2025-08-15:W3"} {
		periods = append(periods, metrics.MustParsePeriod(id))
	}
	golden.RoundTrip(t, "period", periods)

	values := map[string]metrics.Value{
		"missing":        {},
		"plain":          metrics.ValueOf(decimal.RequireFromString("52000")),
		"fraction":       metrics.ValueOf(decimal.RequireFromString("0.1234567891")),
		"ratio":          metrics.RatioOf(decimal.NewFromInt(853), decimal.NewFromInt(1000), decimal.NewFromInt(100)),
		"zero_over_zero": metrics.RatioOf(decimal.NewFromInt(5), decimal.Zero, decimal.NewFromInt(100)),
	}
	golden.RoundTrip(t, "value", values)

	rec := []metrics.Record{
		{ID: "hvs-web:7f3c9a", Source: "hvs-web", Indicator: "people", Unit: "tdm", Date: d("2/6/2025"),
			Subject: "s1:Wm9f2xQpJ8dVbq0Yt3nR5A"},
		{ID: "lai-thieu.csv:17", Source: "roster", Indicator: "visits", Unit: "lt", Date: d("1/6/2025"), End: d("30/6/2025"), Value: 12},
	}
	golden.RoundTrip(t, "record", rec)

	_, ds, subs := weeklyExample()
	golden.RoundTrip(t, "dataset", ds)
	golden.RoundTrip(t, "submission", subs)

	rp := goldenReport(t)
	golden.RoundTrip(t, "report", rp)
	golden.RoundTrip(t, "row", rp.Rows[0])
	golden.RoundTrip(t, "progress", rp.Rows[0].Progress)
	golden.RoundTrip(t, "target", rp.Rows[0].Target)
}

func TestValueJSONErrors(t *testing.T) {
	for _, in := range []string{`{"numerator":"1"}`, `{"value":"1","numerator":"1","denominator":"0"}`,
		`{"numerator":"1","denominator":"2"}`, `{"value":"x"}`, `"abc"`, `{"valeu":"1"}`} {
		var v metrics.Value
		assert.ErrorIs(t, json.Unmarshal([]byte(in), &v), metrics.ErrSyntax, in)
	}
	var v metrics.Value
	require.NoError(t, json.Unmarshal([]byte(`52000`), &v))
	assert.Equal(t, "52000", v.String(), "a bare number is a present value")
	require.NoError(t, json.Unmarshal([]byte(`"85.3"`), &v))
	assert.Equal(t, "85.3", v.String())
	require.NoError(t, json.Unmarshal([]byte(`null`), &v))
	assert.True(t, v.IsMissing())
}

// TestScanValue scans what database/sql drivers return for NUMERIC,
// INTEGER and REAL columns.
func TestScanValue(t *testing.T) {
	tests := []struct {
		src  any
		want string // "" for missing
	}{
		{nil, ""},
		{int64(52000), "52000"},
		{float64(85.3), "85.3"},
		{"52000.50", "52000.5"},
		{[]byte("0.1234567891"), "0.1234567891"},
	}
	for _, tt := range tests {
		var v metrics.Value
		require.NoError(t, v.Scan(tt.src), "%T", tt.src)
		assert.Equal(t, tt.want, v.String())
		assert.Equal(t, tt.want == "", v.IsMissing())
	}
	var v metrics.Value
	err := v.Scan(time.Now())
	require.ErrorIs(t, err, vietnam.ErrScan)
	assert.EqualError(t, err, "vietnam: scan time.Time into metrics.Value: unsupported driver type")
	err = v.Scan("năm mươi")
	require.ErrorIs(t, err, vietnam.ErrScan)
	assert.ErrorIs(t, err, metrics.ErrSyntax)

	got, err := metrics.ValueOf(decimal.RequireFromString("52000.50")).Value()
	require.NoError(t, err)
	assert.Equal(t, "52000.5", got)
	got, err = metrics.Value{}.Value()
	require.NoError(t, err)
	assert.Nil(t, got, "a missing value is NULL")
}

func TestScanPeriod(t *testing.T) {
	scantest.Run(t, scantest.Cases[metrics.Period]{
		Into:        "metrics.Period",
		Want:        metrics.MustParsePeriod("2025W23"),
		Good:        []any{"2025W23", []byte("2025W23"), "tuần 23/2025"},
		Value:       "2025W23",
		Unsupported: []any{int64(202523), time.Now(), 2.5},
		Bad:         map[string]error{"2025W54": metrics.ErrPeriodRange},
	})
	scantest.Run(t, scantest.Cases[metrics.Period]{Into: "metrics.Period", Want: metrics.MustParsePeriod("quý I/2025"), Value: "2025Q1"})
}
