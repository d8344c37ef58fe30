package campaign_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// reformTree is a small Youth Union tree across the reform of 1/7/2025:
// Tỉnh đoàn Bình Dương with two district unions and their ward unions
// until 30/6, and from 1/7 the wards under Thành đoàn Thành phố Hồ Chí
// Minh, Lái Thiêu having absorbed Bình Hòa.
func reformTree(t testing.TB) *org.Tree {
	t.Helper()
	end := date("30/6/2025")
	from := date("1/7/2025")
	tree, err := org.Build([]org.Unit{
		{ID: "tw", Name: "Trung ương Đoàn", Kind: org.KindCentralUnion},
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, Parent: "tw", ValidTo: end},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: end},
		{ID: "lt-old", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "ta", ValidTo: end},
		{ID: "bh-old", Name: "Đoàn phường Bình Hòa", Kind: org.KindCommuneUnion, Parent: "ta", ValidTo: end},
		{ID: "dt", Name: "Huyện đoàn Dầu Tiếng", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: end},
		{ID: "dt-tt", Name: "Đoàn thị trấn Dầu Tiếng", Kind: org.KindCommuneUnion, Parent: "dt", ValidTo: end},
		{ID: "hcm", Name: "Thành đoàn Thành phố Hồ Chí Minh", Kind: org.KindProvinceUnion, Parent: "tw"},
		{ID: "sg", Name: "Đoàn phường Sài Gòn", Kind: org.KindCommuneUnion, Parent: "hcm"},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "hcm", ValidFrom: from},
		{ID: "dt25", Name: "Đoàn xã Dầu Tiếng", Kind: org.KindCommuneUnion, Parent: "hcm", ValidFrom: from},
	})
	require.NoError(t, err)
	return tree
}

// reformSuccessor stands for the *org.Mapping that org.Migrate returns:
// merged wards go to their 2025 ward, closed unions to the nearest
// surviving ancestor.
func reformSuccessor(old org.ID) (org.ID, bool) {
	id, ok := map[org.ID]org.ID{
		"bd": "hcm", "ta": "hcm", "dt": "hcm",
		"lt-old": "lt", "bh-old": "lt", "dt-tt": "dt25",
	}[old]
	return id, ok
}

// reformData is the input of a report on the summer campaign.
func reformData(t testing.TB) campaign.Data {
	return campaign.Data{Tree: reformTree(t), Catalog: catalog(t), Records: slices.Values(reformRecords()), View: campaign.Following(reformSuccessor)}
}

func catalog(t testing.TB) *metrics.Catalog {
	t.Helper()
	cat, err := metrics.NewCatalog(
		metrics.Indicator{Code: "trained", NameVI: "Đoàn viên được nâng cao năng lực số", Unit: metrics.People, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "smartca", NameVI: "Tài khoản SmartCA", Unit: metrics.Accounts, Aggregation: metrics.Sum},
	)
	require.NoError(t, err)
	return cat
}

func rec(code metrics.Code, unit org.ID, day string, v int64) metrics.Record {
	return metrics.Record{Indicator: code, Unit: unit, Date: date(day), Value: v}
}

// reformRecords are the campaign's records: June on the old units, July
// and August on the new ones, one before the window and one of a unit
// nobody knows.
func reformRecords() []metrics.Record {
	return []metrics.Record{
		rec("trained", "lt-old", "10/6/2025", 300),
		rec("trained", "bh-old", "10/6/2025", 200),
		rec("trained", "dt-tt", "10/6/2025", 100),
		rec("smartca", "bh-old", "12/6/2025", 1000),
		rec("trained", "lt-old", "20/6/2025", 50),
		rec("trained", "lt", "1/7/2025", 400),
		rec("trained", "dt25", "5/7/2025", 60),
		rec("trained", "lt", "10/8/2025", 90),
		rec("trained", "lt", "1/5/2025", 999),  // before the window
		rec("trained", "ghost", "2/7/2025", 7), // unknown unit
	}
}

// mustReport is c's report on day over data, which must not fail.
func mustReport(t *testing.T, c campaign.Campaign, day string, data campaign.Data) *campaign.Report {
	t.Helper()
	r, err := c.Report(date(day), data)
	require.NoError(t, err)
	return r
}

func summerCampaign() campaign.Campaign {
	peak, _ := campaign.Peak("15 ngày cao điểm", date("1/7/2025"), 15)
	return campaign.Campaign{
		ID:     "bdhvs-he-2025",
		Name:   "Chiến dịch Bình dân học vụ số hè 2025",
		Owner:  "bd",
		Window: campaign.MustParseWindow("29/5/2025–15/8/2025"),
		Phases: []campaign.Phase{{Name: "Ra quân", Window: campaign.MustParseWindow("29/5/2025–30/6/2025")}, peak},
		Targets: []metrics.Target{
			{Indicator: "trained", Value: decimal.NewFromInt(52000)},
			{Indicator: "trained", Unit: "lt-old", Value: decimal.NewFromInt(1000)},
			{Indicator: "smartca", Value: decimal.NewFromInt(200000)},
		},
	}
}

func TestCampaignStatus(t *testing.T) {
	c := summerCampaign()
	newYork := time.FixedZone("EDT", -4*3600)
	tests := []struct {
		name string
		t    time.Time
		want campaign.Status
	}{
		{"a day before", vn(2025, time.May, 28, 12, 0), campaign.StatusUpcoming},
		{"first minute", vn(2025, time.May, 29, 0, 0), campaign.StatusRunning},
		{"15/8 23:59 Vietnam", vn(2025, time.August, 15, 23, 59), campaign.StatusRunning},
		{"16/8 00:00 Vietnam", vn(2025, time.August, 16, 0, 0), campaign.StatusEnded},
		{"15/8 12:59 New York", time.Date(2025, time.August, 15, 12, 59, 0, 0, newYork), campaign.StatusRunning},
		{"15/8 13:00 New York", time.Date(2025, time.August, 15, 13, 0, 0, 0, newYork), campaign.StatusEnded},
		{"zero time", time.Time{}, campaign.StatusUpcoming},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), campaign.StatusEnded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, c.StatusAt(tt.t))
		})
	}
	assert.Equal(t, campaign.StatusRunning, c.StatusOn(date("15/8/2025")))
	assert.Equal(t, campaign.StatusEnded, c.StatusOn(date("16/8/2025")))
	assert.Equal(t, campaign.StatusUnknown, c.StatusOn(vietnam.Date{}))
	assert.Equal(t, campaign.StatusUnknown, campaign.Campaign{}.StatusAt(vn(2025, time.May, 29, 0, 0)))
	assert.Equal(t, campaign.StatusUnknown, campaign.Campaign{}.StatusAt(time.Time{}))

	open := campaign.Campaign{Window: campaign.MustParseWindow("từ 22/4/2025")}
	assert.Equal(t, campaign.StatusRunning, open.StatusOn(date("31/12/9999")))
	assert.Equal(t, campaign.StatusRunning, open.StatusAt(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, campaign.StatusUpcoming, open.StatusOn(date("21/4/2025")))
}

func TestStatusText(t *testing.T) {
	tests := []struct {
		s        campaign.Status
		code, vi string
	}{
		{campaign.StatusUnknown, "unknown", "Không rõ"},
		{campaign.StatusUpcoming, "upcoming", "Sắp diễn ra"},
		{campaign.StatusRunning, "running", "Đang diễn ra"},
		{campaign.StatusEnded, "ended", "Đã kết thúc"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			assert.Equal(t, tt.code, tt.s.String())
			assert.Equal(t, tt.vi, tt.s.Label(vietnam.Vietnamese))
			for _, in := range []string{tt.code, tt.vi, vietnam.Fold(tt.vi)} {
				got, err := campaign.ParseStatus(in)
				require.NoError(t, err, in)
				assert.Equal(t, tt.s, got, in)
			}
		})
	}
	enumtexttest.Cases[campaign.Status]{
		Err:     campaign.ErrStatus,
		Codes:   map[campaign.Status]string{campaign.StatusUnknown: "unknown", campaign.StatusUpcoming: "upcoming", campaign.StatusRunning: "running", campaign.StatusEnded: "ended"},
		Aliases: map[string]campaign.Status{"Running": campaign.StatusRunning, "da ket thuc": campaign.StatusEnded},
		Bad:     map[string]string{"paused": `campaign: status "paused": want upcoming, running or ended: not a campaign status`},
		Names:   enumtexttest.Labels[campaign.Status],
	}.Run(t, (*campaign.Status).UnmarshalText)
	assert.Equal(t, "Status(9)", campaign.Status(9).String())
	assert.Equal(t, "Status(9)", campaign.Status(9).Label(vietnam.Vietnamese))
	assert.Equal(t, "Running", campaign.StatusRunning.Label(vietnam.English))
	_, err := campaign.ParseStatus("paused")
	assert.ErrorIs(t, err, campaign.ErrStatus)
	assert.EqualError(t, err, `campaign: status "paused": want upcoming, running or ended: not a campaign status`)
}

func TestCampaignValidate(t *testing.T) {
	assert.NoError(t, summerCampaign().Validate())

	c := summerCampaign()
	c.ID = " "
	c.Name = ""
	c.Owner = ""
	c.Targets = append(c.Targets, metrics.Target{Indicator: "trained", Unit: "dt", Value: decimal.NewFromInt(5),
		Window: campaign.MustParseWindow("1/7/2025–15/7/2025").Period()})
	c.Phases = append(c.Phases, campaign.Phase{Name: "Tháng Thanh niên", Window: campaign.YouthMonth.In(2025)})
	err := c.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, campaign.ErrCampaign)
	assert.ErrorIs(t, err, campaign.ErrPhaseOutside)
	want := `campaign: " ": ID: empty
campaign: " ": Name: empty
campaign: " ": Owner: empty
campaign: " ": Targets[3].Window: 01/07/2025–15/07/2025 differs from the campaign's 29/05/2025–15/08/2025
campaign: phase 2 "Tháng Thanh niên": 01/03/2025–31/03/2025 is not inside 29/05/2025–15/08/2025`
	assert.Equal(t, want, err.Error())

	open := summerCampaign()
	open.Window = campaign.MustParseWindow("từ 29/5/2025")
	open.Phases = nil
	assert.EqualError(t, open.Validate(), `campaign: "bdhvs-he-2025": Window: open-ended, but targets need a deadline`)
	open.Targets = nil
	assert.NoError(t, open.Validate())

	none := summerCampaign()
	none.Window = campaign.Window{}
	none.Phases = nil
	assert.EqualError(t, none.Validate(), `campaign: "bdhvs-he-2025": Window: no window`)

	var ce *campaign.Error
	require.ErrorAs(t, none.Validate(), &ce)
	assert.Equal(t, campaign.Error{Campaign: "bdhvs-he-2025", Field: "Window", Reason: "no window"}, *ce)
}

func TestMetricsTargets(t *testing.T) {
	c := summerCampaign()
	c.Targets[0].Schedule = metrics.Schedule{c.Phases[1].Milestone(decimal.RequireFromString("0.6"))}
	got := c.MetricsTargets()
	period := metrics.Period{From: date("29/5/2025"), To: date("15/8/2025")}
	want := []metrics.Target{
		{Indicator: "trained", Unit: "bd", Value: decimal.NewFromInt(52000), Window: period,
			Schedule: metrics.Schedule{{Date: date("15/7/2025"), Share: decimal.RequireFromString("0.6")}}},
		{Indicator: "trained", Unit: "lt-old", Value: decimal.NewFromInt(1000), Window: period},
		{Indicator: "smartca", Unit: "bd", Value: decimal.NewFromInt(200000), Window: period},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("MetricsTargets mismatch (-want +got):\n%s", diff)
	}
	// The campaign itself is untouched, and the copies share nothing.
	assert.Empty(t, c.Targets[0].Unit)
	got[0].Schedule[0].Share = decimal.Zero
	assert.Equal(t, "0.6", c.Targets[0].Schedule[0].Share.String())
	for _, tt := range got {
		require.NoError(t, tt.Validate())
	}
}

func TestWindowPeriod(t *testing.T) {
	assert.Equal(t, metrics.Period{From: date("29/5/2025"), To: date("15/8/2025")}, campaign.MustParseWindow("29/5/2025–15/8/2025").Period())
	assert.Equal(t, 79, campaign.MustParseWindow("29/5/2025–15/8/2025").Period().Days())
	assert.Equal(t, metrics.Period{From: date("22/4/2025")}, campaign.MustParseWindow("từ 22/4/2025").Period())
	assert.Equal(t, metrics.Period{}, campaign.Window{}.Period())
}

func actual(t *testing.T, r *campaign.Report, unit org.ID, code metrics.Code) string {
	t.Helper()
	row, ok := r.Progress(unit, code)
	require.True(t, ok, "no row for %s %s", unit, code)
	return row.Actual.String()
}

// TestCampaignReportTimeline follows the summer campaign (29/5–15/8, 79
// days) through the reform: where it stands on each day, and on whose tree.
func TestCampaignReportTimeline(t *testing.T) {
	data := reformData(t)
	tests := []struct {
		day     string
		status  campaign.Status
		through int
		elapsed campaign.Fraction
		phases  []string
		owner   org.ID
	}{
		{"1/5/2025", campaign.StatusUpcoming, 0, campaign.Fraction{Num: 0, Den: 1}, nil, "bd"},
		{"15/6/2025", campaign.StatusRunning, 18, campaign.Fraction{Num: 18, Den: 79}, []string{"Ra quân"}, "bd"},
		// The day of the reform: the peak under way, and the owner merged,
		// so the report is on the tree of the day.
		{"1/7/2025", campaign.StatusRunning, 34, campaign.Fraction{Num: 34, Den: 79}, []string{"15 ngày cao điểm"}, "hcm"},
		{"15/8/2025", campaign.StatusRunning, 79, campaign.Fraction{Num: 1, Den: 1}, nil, "hcm"},
		{"1/9/2025", campaign.StatusEnded, 79, campaign.Fraction{Num: 1, Den: 1}, nil, "hcm"},
	}
	for _, tt := range tests {
		t.Run(tt.day, func(t *testing.T) {
			r := mustReport(t, summerCampaign(), tt.day, data)
			assert.Equal(t, tt.status, r.Status)
			assert.Equal(t, tt.through, r.DaysThrough)
			assert.Equal(t, tt.elapsed, r.Elapsed)
			assert.Equal(t, tt.phases, phaseNames(r.Phases))
			assert.Equal(t, tt.owner, r.Owner.ID)
		})
	}
}

func TestCampaignReportBeforeReform(t *testing.T) {
	data := reformData(t)
	r := mustReport(t, summerCampaign(), "15/6/2025", data)

	// The 20/6, July and August records are after the report date.
	assert.Equal(t, "600", actual(t, r, "bd", "trained"))
	assert.Equal(t, "500", actual(t, r, "ta", "trained"))
	assert.Equal(t, "300", actual(t, r, "lt-old", "trained"))
	assert.Equal(t, "1000", actual(t, r, "bd", "smartca"))
	_, ok := r.Progress("hcm", "trained")
	assert.False(t, ok, "Hồ Chí Minh City is outside the owner's subtree")

	row, _ := r.Progress("lt-old", "trained")
	assert.True(t, row.HasTarget)
	assert.Equal(t, "1000", row.Target.Value.String())
	row, _ = r.Progress("dt", "trained")
	assert.False(t, row.HasTarget, "targets are not invented for children")
	// Units × indicators with a target, in tree order: bd, ta, lt-old,
	// bh-old, dt, dt-tt for trained and smartca.
	assert.Len(t, r.Table.Rows, 12)
}

func TestCampaignReportAcrossReform(t *testing.T) {
	data := reformData(t)
	c := summerCampaign()
	r := mustReport(t, c, "15/8/2025", data)

	// June's records on old units carried over to the 2025 wards.
	assert.Equal(t, "1200", actual(t, r, "hcm", "trained"))
	assert.Equal(t, "1040", actual(t, r, "lt", "trained")) // 300 + 200 + 50 + 400 + 90
	assert.Equal(t, "160", actual(t, r, "dt25", "trained"))
	assert.Equal(t, "", actual(t, r, "sg", "trained"), "nothing recorded is missing, not zero")
	assert.Equal(t, "1000", actual(t, r, "hcm", "smartca"))
	_, ok := r.Progress("bd", "trained")
	assert.False(t, ok, "Bình Dương's union is not in force on 15/8")

	// The targets moved with their units.
	row, ok := r.Progress("hcm", "trained")
	require.True(t, ok)
	require.True(t, row.HasTarget)
	assert.Equal(t, "52000", row.Target.Value.String())
	assert.Equal(t, metrics.StatusBehind, row.Progress.Status)
	row, _ = r.Progress("lt", "trained")
	assert.Equal(t, metrics.StatusComplete, row.Progress.Status)
	assert.Empty(t, r.Retired)

	// Two wards merged into one: their targets add up there.
	c.Targets = append(c.Targets, metrics.Target{Indicator: "trained", Unit: "bh-old", Value: decimal.NewFromInt(800)})
	r = mustReport(t, c, "15/8/2025", reformData(t))
	row, _ = r.Progress("lt", "trained")
	assert.Equal(t, "1800", row.Target.Value.String())
	assert.Equal(t, metrics.StatusBehind, row.Progress.Status, "1040 of 1800 at the deadline")
	c.Targets = c.Targets[:len(c.Targets)-1]

	// Nothing is dropped silently: the May record is out of period, the
	// ghost unit is reported.
	assert.Equal(t, map[org.ID]int{"ghost": 1}, r.Skipped.UnknownUnits)
	assert.Equal(t, 1, r.Skipped.OutOfPeriod)

	// The day of the reform: 34 days of 79, the peak under way.
	r = mustReport(t, c, "1/7/2025", data)
	assert.Equal(t, "1050", actual(t, r, "hcm", "trained"))
	row, _ = r.Progress("hcm", "trained")
	assert.Equal(t, "22379.75", row.Progress.Expected.Round(2).String())
}

func TestCampaignReportBeforeAndAfter(t *testing.T) {
	data := reformData(t)
	c := summerCampaign()
	r := mustReport(t, c, "1/5/2025", data)
	assert.Equal(t, "", actual(t, r, "bd", "trained"), "no record counts before the window")
	row, _ := r.Progress("bd", "trained")
	assert.Equal(t, metrics.StatusNotStarted, row.Progress.Status)

	r = mustReport(t, c, "1/9/2025", data)
	assert.Equal(t, "1200", actual(t, r, "hcm", "trained"), "records stop at the end of the window")

	// No records at all.
	data.Records = nil
	r = mustReport(t, c, "1/7/2025", data)
	assert.Equal(t, "", actual(t, r, "hcm", "trained"))
}

func TestCampaignReportErrors(t *testing.T) {
	tree, cat := reformTree(t), catalog(t)
	data := campaign.Data{Tree: tree, Catalog: cat, View: campaign.Following(reformSuccessor)}
	tests := []struct {
		name   string
		change func(*campaign.Campaign, *campaign.Data)
		asOf   string
		msg    string
	}{
		{"invalid campaign", func(c *campaign.Campaign, _ *campaign.Data) { c.Name = "" }, "1/7/2025",
			`campaign: "bdhvs-he-2025": Name: empty`},
		{"no tree", func(_ *campaign.Campaign, d *campaign.Data) { d.Tree = nil }, "1/7/2025",
			`campaign: "bdhvs-he-2025": Data.Tree: no tree`},
		{"no catalog", func(_ *campaign.Campaign, d *campaign.Data) { d.Catalog = nil }, "1/7/2025",
			`campaign: "bdhvs-he-2025": Data.Catalog: no catalog`},
		{"owner without successor", func(_ *campaign.Campaign, d *campaign.Data) { d.View = campaign.View{} }, "1/7/2025",
			`campaign: "bdhvs-he-2025": Owner: "bd" has no unit in force on 01/07/2025`},
		{"successor loop", func(_ *campaign.Campaign, d *campaign.Data) {
			d.View = campaign.Following(func(id org.ID) (org.ID, bool) { return id, true })
		}, "1/7/2025", `campaign: "bdhvs-he-2025": Owner: "bd" has no unit in force on 01/07/2025`},
		{"target unit unknown", func(c *campaign.Campaign, _ *campaign.Data) { c.Targets[1].Unit = "nowhere" }, "1/7/2025",
			`campaign: "bdhvs-he-2025": Targets[1].Unit: "nowhere" has no unit in force on 01/07/2025`},
		{"target outside the subtree", func(c *campaign.Campaign, _ *campaign.Data) { c.Targets[1].Unit = "hcm"; c.Owner = "ta" }, "15/6/2025",
			`campaign: "bdhvs-he-2025": Targets[1].Unit: "hcm" is outside the subtree of "ta"`},
		{"targets on one unit that cannot be added", func(c *campaign.Campaign, _ *campaign.Data) {
			peak := c.Phases[1].Milestone(decimal.RequireFromString("0.6"))
			c.Targets = append(c.Targets, metrics.Target{Indicator: "trained", Unit: "bh-old", Value: decimal.NewFromInt(800), Schedule: metrics.Schedule{peak}})
		}, "1/7/2025", `campaign: "bdhvs-he-2025": Targets[3].Unit: lands on "lt" with another "trained" target, and they cannot be added`},
		{"unknown indicator", func(c *campaign.Campaign, _ *campaign.Data) { c.Targets[2].Indicator = "vneid" }, "1/7/2025", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, d := summerCampaign(), data
			tt.change(&c, &d)
			r, err := c.Report(date(tt.asOf), d)
			require.Error(t, err)
			assert.Nil(t, r)
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
				assert.ErrorIs(t, err, campaign.ErrCampaign)
			} else {
				assert.True(t, errors.Is(err, metrics.ErrTarget), "%v", err)
			}
		})
	}
	_, err := summerCampaign().Report(vietnam.Date{}, data)
	assert.EqualError(t, err, `campaign: "bdhvs-he-2025": AsOf: no report date`)
}

func TestReportProgressNil(t *testing.T) {
	var r *campaign.Report
	_, ok := r.Progress("bd", "trained")
	assert.False(t, ok)
}

func TestCampaignPhasesAt(t *testing.T) {
	c := summerCampaign()
	var names []string
	for p := range c.PhasesAt(vn(2025, time.July, 3, 8, 0)) {
		names = append(names, p.Name)
	}
	assert.Equal(t, []string{"15 ngày cao điểm"}, names)
}

func phaseNames(ps []campaign.Phase) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestCampaignJSON(t *testing.T) {
	c := summerCampaign()
	b, err := json.Marshal(c)
	require.NoError(t, err)
	var back campaign.Campaign
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(c, back); diff != "" {
		t.Fatalf("JSON round trip (-want +got):\n%s", diff)
	}
	var head struct {
		ID     string `json:"id"`
		Window string `json:"window"`
		Phases []struct {
			Name, Window string
		} `json:"phases"`
	}
	require.NoError(t, json.Unmarshal(b, &head))
	assert.Equal(t, "bdhvs-he-2025", head.ID)
	assert.Equal(t, "2025-05-29/2025-08-15", head.Window)
	assert.Equal(t, "2025-07-01/2025-07-15", head.Phases[1].Window)

	// A province writes the window as its plan does.
	in := `{"id":"tn-2026","name":"Tháng Thanh niên 2026","owner":"tinh_doan@2025:19",
		"window":"từ ngày 1/3/2026 đến hết ngày 31/3/2026",
		"phases":[{"name":"Ngày hội","window":"26/3/2026"}]}`
	require.NoError(t, json.Unmarshal([]byte(in), &back))
	assert.Equal(t, campaign.YouthMonth.In(2026), back.Window)
	assert.NoError(t, back.Validate())
	assert.Error(t, json.Unmarshal([]byte(`{"window":"29/5–15/8"}`), &back))
}

func TestCampaignReportWithoutTargets(t *testing.T) {
	c := summerCampaign()
	c.Targets = nil
	r := mustReport(t, c, "15/6/2025", reformData(t))
	// Every indicator of the catalog, for each of the six units of Bình Dương.
	assert.Len(t, r.Table.Rows, 12)
	assert.Equal(t, "1000", actual(t, r, "bd", "smartca"))
	for _, row := range r.Table.Rows {
		assert.False(t, row.HasTarget)
	}
}

// A percentage target ("100% of cadres' classes") is measured against the
// ratio of summed parts at every unit, across the reform too.
func TestCampaignReportPercentage(t *testing.T) {
	cat, err := metrics.NewCatalog(
		metrics.Indicator{Code: "classes_done", Unit: metrics.Classes, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "classes_planned", Unit: metrics.Classes, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "classes_pct", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: "classes_done", Denominator: "classes_planned"},
	)
	require.NoError(t, err)
	c := summerCampaign()
	c.Targets = []metrics.Target{{Indicator: "classes_pct", Kind: metrics.Percentage, Value: decimal.NewFromInt(100)}}
	records := []metrics.Record{
		rec("classes_planned", "lt-old", "1/6/2025", 10),
		rec("classes_done", "lt-old", "20/6/2025", 4),
		rec("classes_planned", "dt-tt", "1/6/2025", 30),
		rec("classes_done", "dt25", "10/7/2025", 6),
	}
	r := mustReport(t, c, "15/7/2025", campaign.Data{Tree: reformTree(t), Catalog: cat, Records: slices.Values(records), View: campaign.Following(reformSuccessor)})
	row, ok := r.Progress("hcm", "classes_pct")
	require.True(t, ok)
	num, den, ok := row.Actual.Ratio()
	require.True(t, ok)
	assert.Equal(t, "10", num.String())
	assert.Equal(t, "40", den.String())
	assert.Equal(t, "25", row.Actual.String(), "(4 + 6) / (10 + 30), not the mean of 40% and 20%")
	row, _ = r.Progress("dt25", "classes_pct")
	assert.Equal(t, "20", row.Actual.String())
}

func TestCampaignReportTable(t *testing.T) {
	c := summerCampaign()
	units := func(r *campaign.Report) []org.ID {
		var out []org.ID
		for _, row := range r.Table.Rows {
			if row.Indicator.Code == "trained" {
				out = append(out, row.Unit.ID)
			}
		}
		return out
	}
	tests := []struct {
		name string
		opts metrics.ReportOptions
		asOf string
		want []org.ID
	}{
		{"whole subtree", metrics.ReportOptions{}, "15/8/2025", []org.ID{"hcm", "sg", "lt", "dt25"}},
		{"one level", metrics.ReportOptions{MaxDepth: 1}, "15/6/2025", []org.ID{"bd", "ta", "dt"}},
		{"only targets", metrics.ReportOptions{OnlyTargets: true}, "15/8/2025", []org.ID{"hcm", "lt"}},
		{"a ward, by its old ID", metrics.ReportOptions{Root: "lt-old"}, "15/8/2025", []org.ID{"lt"}},
		{"a district union before the reform", metrics.ReportOptions{Root: "ta"}, "15/6/2025", []org.ID{"ta", "lt-old", "bh-old"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := reformData(t)
			data.Table = tt.opts
			r := mustReport(t, c, tt.asOf, data)
			assert.Equal(t, tt.want, units(r))
		})
	}

	data := reformData(t)
	data.Table = metrics.ReportOptions{Indicators: []metrics.Code{"smartca"}}
	r := mustReport(t, c, "15/8/2025", data)
	assert.Empty(t, units(r))
	assert.Len(t, r.Table.Rows, 4)

	data.Table = metrics.ReportOptions{Root: "tw"}
	_, err := c.Report(date("15/8/2025"), data)
	assert.EqualError(t, err, `campaign: "bdhvs-he-2025": Data.Table.Root: "tw" is outside the subtree of "hcm"`)
	data.Table = metrics.ReportOptions{Root: "nowhere"}
	_, err = c.Report(date("15/8/2025"), data)
	assert.EqualError(t, err, `campaign: "bdhvs-he-2025": Data.Table.Root: "nowhere" has no unit in force on 15/08/2025`)
	data.Table = metrics.ReportOptions{Bands: metrics.Bands{OnTrack: decimal.NewFromInt(-1)}}
	_, err = c.Report(date("15/8/2025"), data)
	assert.Error(t, err)
}
