package metrics_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func smallReport(t *testing.T, opt metrics.ReportOptions) *metrics.Report {
	t.Helper()
	cat := smallCatalog(t)
	r := metrics.Aggregate(smallTree(t), cat, slices.Values(smallRecords()), smallOptions())
	w := metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}
	ts, err := metrics.NewTargets(cat,
		metrics.Target{Indicator: "visits", Unit: "bd", Value: decimal.NewFromInt(52000), Window: w},
		metrics.Target{Indicator: "visits", Unit: "tdm", Value: decimal.NewFromInt(12), Window: w},
		metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(18), Window: w},
		metrics.Target{Indicator: "share", Unit: "bd", Kind: metrics.Percentage, Value: decimal.NewFromInt(4), Window: w},
		metrics.Target{Indicator: "visits", Unit: "bn", Value: decimal.NewFromInt(10), Window: metrics.Period{From: d("1/8/2025"), To: d("31/8/2025")}},
	)
	require.NoError(t, err)
	rp, err := metrics.NewReport(r, ts, d("1/7/2025"), opt)
	require.NoError(t, err)
	return rp
}

func TestReportText(t *testing.T) {
	rp := smallReport(t, metrics.ReportOptions{Indicators: []metrics.Code{"visits", "share"}, MaxDepth: 2})
	var b bytes.Buffer
	require.NoError(t, rp.WriteText(&b, vietnam.Vietnamese))
	want := `Tính đến ngày 01/07/2025
Đơn vị           Chỉ tiêu                      Thực hiện  Mục tiêu    Đạt  Kỳ vọng  Trạng thái
Việt Nam         Lượt hỗ trợ                          14
Việt Nam         Tỷ lệ thanh niên được hỗ trợ       2,7%
  Bình Dương     Lượt hỗ trợ                          14    52.000     0%   22.380  Chậm
  Bình Dương     Tỷ lệ thanh niên được hỗ trợ         2%        4%    50%     1,7%  Đúng tiến độ
    Thủ Dầu Một  Lượt hỗ trợ                           5        12  41,7%        5  Đúng tiến độ
    Thủ Dầu Một  Tỷ lệ thanh niên được hỗ trợ         2%
    Lái Thiêu    Lượt hỗ trợ                           9        18    50%        8  Đúng tiến độ
    Lái Thiêu    Tỷ lệ thanh niên được hỗ trợ         4%
  Hồ Chí Minh    Lượt hỗ trợ                           0
  Hồ Chí Minh    Tỷ lệ thanh niên được hỗ trợ
    Bến Nghé     Lượt hỗ trợ                           0        10     0%        0  Chưa bắt đầu
    Bến Nghé     Tỷ lệ thanh niên được hỗ trợ
`
	assert.Equal(t, want, b.String())

	b.Reset()
	require.NoError(t, rp.WriteText(&b, vietnam.English))
	lines := strings.Split(b.String(), "\n")
	assert.Equal(t, "As of 01/07/2025", lines[0])
	assert.Equal(t, "Unit             Indicator              Actual  Target  Achieved  Expected  Status", lines[1])
	assert.Equal(t, "  Bình Dương     Visits                     14  52,000        0%    22,380  Behind", lines[4])
	assert.Equal(t, "  Bình Dương     Share of youth helped      2%      4%       50%      1.7%  On track", lines[5])
	assert.Equal(t, "    Thủ Dầu Một  Visits                      5      12     41.7%         5  On track", lines[6])
}

func TestReportCSV(t *testing.T) {
	rp := smallReport(t, metrics.ReportOptions{OnlyTargets: true})
	var b bytes.Buffer
	require.NoError(t, rp.WriteCSV(&b, vietnam.English))
	got, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	want := [][]string{
		{"Unit ID", "Unit", "Indicator code", "Indicator", "Actual", "Target", "Achieved", "Expected", "Status code", "Status"},
		{"bd", "Bình Dương", "visits", "Visits", "14", "52000", "0", "22379.7", "behind", "Behind"},
		{"bd", "Bình Dương", "share", "Share of youth helped", "2", "4", "50", "1.7", "on_track", "On track"},
		{"tdm", "Thủ Dầu Một", "visits", "Visits", "5", "12", "41.7", "5.2", "on_track", "On track"},
		{"lt", "Lái Thiêu", "visits", "Visits", "9", "18", "50", "7.7", "on_track", "On track"},
		{"bn", "Bến Nghé", "visits", "Visits", "0", "10", "0", "0", "not_started", "Not started"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("CSV (-want +got):\n%s", d)
	}
	b.Reset()
	require.NoError(t, rp.WriteCSV(&b, vietnam.Vietnamese))
	head, _, _ := strings.Cut(b.String(), "\n")
	assert.Equal(t, "Mã đơn vị,Đơn vị,Mã chỉ tiêu,Chỉ tiêu,Thực hiện,Mục tiêu,Đạt,Kỳ vọng,Mã trạng thái,Trạng thái", head)
}

func TestReportJSON(t *testing.T) {
	rp := smallReport(t, metrics.ReportOptions{Root: "bd", MaxDepth: 1, Indicators: []metrics.Code{"visits"}})
	var b bytes.Buffer
	require.NoError(t, rp.WriteJSON(&b, vietnam.Vietnamese))
	var got struct {
		AsOf string `json:"as_of"`
		Lang string `json:"lang"`
		Rows []map[string]any
	}
	dec := json.NewDecoder(&b)
	dec.UseNumber()
	require.NoError(t, dec.Decode(&got))
	assert.Equal(t, "2025-07-01", got.AsOf)
	assert.Equal(t, "vi", got.Lang)
	require.Len(t, got.Rows, 3)
	first := got.Rows[0]
	assert.Equal(t, "bd", first["unit_id"])
	assert.Equal(t, "Bình Dương", first["unit"])
	assert.Equal(t, json.Number("14"), first["actual"])
	assert.Equal(t, json.Number("52000"), first["target"])
	assert.Equal(t, "behind", first["status"])
	assert.Equal(t, "Chậm", first["status_label"])
	assert.Equal(t, "lượt", first["count_unit"])
	expected, err := decimal.NewFromString(string(first["expected"].(json.Number)))
	require.NoError(t, err)
	assert.Equal(t, "22380", expected.Round(0).String())

	rp = smallReport(t, metrics.ReportOptions{Root: "hcm", Indicators: []metrics.Code{"share"}})
	b.Reset()
	require.NoError(t, rp.WriteJSON(&b, vietnam.English))
	assert.Contains(t, b.String(), `"actual": null`, "a missing value is null, not 0")
}

func TestReportSorted(t *testing.T) {
	rp := smallReport(t, metrics.ReportOptions{Indicators: []metrics.Code{"visits"}})
	ids := func(r *metrics.Report) []org.ID {
		var out []org.ID
		for _, row := range r.Rows {
			out = append(out, row.Unit.ID)
		}
		return out
	}
	tree := []org.ID{"vn", "bd", "tdm", "tdm-t1", "lt", "hcm", "bn"}
	tests := []struct {
		col  metrics.Column
		desc bool
		want []org.ID
	}{
		{metrics.ByTree, false, tree},
		{metrics.ByTree, true, []org.ID{"bn", "hcm", "lt", "tdm-t1", "tdm", "bd", "vn"}},
		{metrics.ByActual, true, []org.ID{"vn", "bd", "lt", "tdm", "tdm-t1", "hcm", "bn"}},
		{metrics.ByActual, false, []org.ID{"hcm", "bn", "tdm-t1", "tdm", "lt", "vn", "bd"}},
		{metrics.ByTarget, false, []org.ID{"bn", "tdm", "lt", "bd", "vn", "tdm-t1", "hcm"}}, // no target last
		{metrics.ByAchieved, true, []org.ID{"lt", "tdm", "bd", "bn", "vn", "tdm-t1", "hcm"}},
		{metrics.ByExpected, true, []org.ID{"bd", "lt", "tdm", "bn", "vn", "tdm-t1", "hcm"}},
		{metrics.ByPace, false, []org.ID{"bd", "tdm", "bn", "lt", "vn", "tdm-t1", "hcm"}}, // bn: nothing due yet, pace 1
		{metrics.ByStatus, false, []org.ID{"bd", "tdm", "lt", "bn", "vn", "tdm-t1", "hcm"}},
		{metrics.ByUnit, false, []org.ID{"bn", "bd", "hcm", "lt", "tdm", "tdm-t1", "vn"}},
		{metrics.ByIndicator, false, tree},
	}
	for _, tt := range tests {
		got := rp.Sorted(tt.col, tt.desc)
		if d := cmp.Diff(tt.want, ids(got)); d != "" {
			t.Errorf("Sorted(%d, %v) (-want +got):\n%s", tt.col, tt.desc, d)
		}
	}
	assert.Equal(t, tree, ids(rp), "Sorted returns a copy")
}

func TestReportOptionsErrors(t *testing.T) {
	cat := smallCatalog(t)
	r := metrics.Aggregate(smallTree(t), cat, slices.Values(smallRecords()), smallOptions())
	for _, tt := range []struct {
		opt  metrics.ReportOptions
		text string
	}{
		{metrics.ReportOptions{Root: "x"}, `metrics: report: root "x" not in the tree`},
		{metrics.ReportOptions{Indicators: []metrics.Code{"x"}}, `metrics: report: indicator "x" not in the catalog`},
		{metrics.ReportOptions{MaxDepth: -1}, "metrics: report: negative MaxDepth -1"},
		{metrics.ReportOptions{Bands: metrics.Bands{OnTrack: dec("0.1"), AtRisk: dec("0.2")}}, "metrics: bands need 0 < AtRisk ≤ OnTrack: AtRisk 0.2, OnTrack 0.1"},
	} {
		_, err := metrics.NewReport(r, nil, d("1/7/2025"), tt.opt)
		assert.EqualError(t, err, tt.text)
		if tt.opt.Bands.OnTrack.IsZero() {
			assert.ErrorIs(t, err, metrics.ErrReport)
		} else {
			assert.ErrorIs(t, err, metrics.ErrBands)
		}
	}
	rp, err := metrics.NewReport(r, nil, d("1/7/2025"), metrics.ReportOptions{})
	require.NoError(t, err)
	assert.Len(t, rp.Rows, 7*5, "every unit × every indicator without targets")
}
