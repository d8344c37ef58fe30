package campaign

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The tests below take Report's steps one at a time; the package's other
// tests run them together.

func day(d, m int) vietnam.Date { return vietnam.MustDate(2025, time.Month(m), d) }

// historyTree holds Bình Dương's union until 30/6/2025 and the city's from
// 1/7/2025.
func historyTree(t *testing.T) *org.Tree {
	t.Helper()
	tree, err := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, ValidTo: day(30, 6)},
		{ID: "hcm", Name: "Thành đoàn TP.HCM", Kind: org.KindProvinceUnion, ValidFrom: day(1, 7)},
	})
	require.NoError(t, err)
	return tree
}

func TestViewResolve(t *testing.T) {
	tree := historyTree(t)
	toCity := func(org.ID) (org.ID, bool) { return "hcm", true }
	tests := []struct {
		name    string
		view    View
		asOf    vietnam.Date
		wantDay vietnam.Date
		owner   org.ID // the unit "bd" is in the view, "" for none
	}{
		{"zero view, before the reform", View{}, day(15, 6), day(15, 6), "bd"},
		{"zero view, after the reform", View{}, day(15, 7), day(15, 7), ""},
		{"following", Following(toCity), day(15, 7), day(15, 7), "hcm"},
		{"following nothing", Following(nil), day(15, 7), day(15, 7), ""},
		{"after the reform without a mapping", AfterReform(nil), day(15, 7), day(15, 7), ""},
		{"before the reform, reported after it", BeforeReform(nil), day(15, 7), day(30, 6), "bd"},
		{"before the reform, reported before it", BeforeReform(nil), day(15, 6), day(15, 6), "bd"},
		{"before the reform, reported on its eve", BeforeReform(nil), day(30, 6), day(30, 6), "bd"},
		{"units of a day after the report date", UnitsOn(day(1, 7)), day(15, 6), day(1, 7), ""},
		{"units of a day before the report date", UnitsOn(day(30, 6)), day(15, 8), day(30, 6), "bd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.view.resolve(tree, tt.asOf)
			assert.Equal(t, tt.wantDay, s.day)
			got, _ := s.follow("bd")
			assert.Equal(t, tt.owner, got)
		})
	}
}

// binhDuong returns the union tree of Bình Dương on 30/6/2025 and what
// org.Migrate made of it, with the units named by their admin codes.
func binhDuong(t *testing.T) (old, current *org.Tree, m *org.Mapping, province, thuanAn, laiThieu org.ID) {
	t.Helper()
	bd := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	old, err := org.MirrorUnion(admin.At(day(30, 6)), bd)
	require.NoError(t, err)
	current, m, err = org.Migrate(old, org.MigrateOptions{SettleSplits: true})
	require.NoError(t, err)
	// Phường Lái Thiêu (25966) of 2025 was formed inside Thuận An (725).
	ward := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	for u := range current.ForAdmin(ward) {
		laiThieu = u.ID
	}
	require.NotEmpty(t, laiThieu)
	return old, current, m, org.IDFor(org.KindProvinceUnion, bd),
		org.IDFor(org.KindDistrictUnion, admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "725")), laiThieu
}

func TestSeenRetiredAndRecords(t *testing.T) {
	old, current, m, province, thuanAn, laiThieu := binhDuong(t)
	after, before := AfterReform(m).resolve(current, day(15, 7)), BeforeReform(m).resolve(old, day(15, 7))

	assert.True(t, after.retired(thuanAn), "the reform closed the district union")
	assert.False(t, after.retired(province), "the province union merged: its target goes on")
	assert.False(t, after.retired(laiThieu), "a unit in force is never retired")
	assert.False(t, before.retired(thuanAn), "the old view keeps the district")
	assert.False(t, Following(m.New).resolve(current, day(15, 7)).retired(thuanAn), "only a mapping retires targets")

	records := []metrics.Record{
		{Indicator: "trained", Unit: laiThieu, Date: day(30, 6), Value: 1},
		{Indicator: "trained", Unit: laiThieu, Date: day(1, 7), Value: 2},
	}
	units := func(s seen) (out []org.ID) {
		for r := range s.records(slices.Values(records)) {
			out = append(out, r.Unit)
		}
		return out
	}
	assert.Equal(t, []org.ID{laiThieu, laiThieu}, units(after))
	assert.Equal(t, []org.ID{laiThieu, thuanAn}, units(before), "only a record dated from the reform goes back")
}

func TestCampaignCounted(t *testing.T) {
	summer := Campaign{Window: MustParseWindow("29/5/2025–15/8/2025")}
	open := Campaign{Window: MustParseWindow("từ ngày 22/4/2025")}
	tests := []struct {
		name string
		c    Campaign
		asOf vietnam.Date
		want metrics.Period
	}{
		{"before the window", summer, day(1, 5), metrics.Period{From: day(29, 5), To: day(29, 5)}},
		{"first day", summer, day(29, 5), metrics.Period{From: day(29, 5), To: day(29, 5)}},
		{"inside", summer, day(1, 7), metrics.Period{From: day(29, 5), To: day(1, 7)}},
		{"after the window", summer, day(20, 8), metrics.Period{From: day(29, 5), To: day(15, 8)}},
		{"open-ended", open, day(1, 5), metrics.Period{From: day(22, 4), To: day(1, 5)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.counted(tt.asOf))
		})
	}
}

func TestCampaignStanding(t *testing.T) {
	peak, err := Peak("15 ngày cao điểm", day(1, 7), 15)
	require.NoError(t, err)
	c := Campaign{ID: "he-2025", Name: "Hè 2025", Window: MustParseWindow("29/5/2025–15/8/2025"), Phases: []Phase{peak}}
	tests := []struct {
		asOf    vietnam.Date
		status  Status
		days    int
		elapsed Fraction
		phases  int
	}{
		{day(28, 5), StatusUpcoming, 0, Fraction{0, 1}, 0},
		{day(1, 7), StatusRunning, 34, Fraction{34, 79}, 1},
		{day(16, 7), StatusRunning, 49, Fraction{49, 79}, 0},
		{day(16, 8), StatusEnded, 79, Fraction{1, 1}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.asOf.String(), func(t *testing.T) {
			r := c.standing(tt.asOf)
			assert.Equal(t, tt.status, r.Status)
			assert.Equal(t, tt.days, r.DaysThrough)
			assert.Equal(t, tt.elapsed, r.Elapsed)
			assert.Len(t, r.Phases, tt.phases)
			assert.Equal(t, tt.asOf, r.TreeDate, "the view's day is the report date until a view says otherwise")
		})
	}
}
