package example_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

var (
	members = metrics.Indicator{Code: "doan_vien", NameVI: "Đoàn viên", NameEN: "Members", Unit: metrics.People, Aggregation: metrics.Distinct}
	held    = metrics.Indicator{Code: "lop", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: "mo", Denominator: "ke_hoach"}
	d       = decimal.RequireFromString
)

// TestSheetWriteCSV: one layout for every example: the import summary,
// the rows of each view (a percentage's actual, target and expected as
// fractions, like the achieved share) and the totals check.
func TestSheetWriteCSV(t *testing.T) {
	unit := org.Unit{ID: "tinh", Name: "Tỉnh đoàn", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")}
	in := &example.Intake{Source: "roster", Report: training.ImportReport{Rows: 5, Accepted: 4, Rejected: make([]*training.RowError, 1)},
		Entries: make([]example.Entry, 4), People: 3, NotFound: 1, Ambiguous: 2}
	sheet := example.Sheet{
		Imports: []*example.Intake{in},
		Views: []example.View{{Name: "old", Rows: []metrics.Row{
			{Unit: unit, Indicator: members, Actual: metrics.ValueOf(d("120")), HasTarget: true, Target: metrics.Target{Value: d("200")},
				Progress: metrics.Progress{Achieved: d("0.6"), Expected: d("150.333"), Status: metrics.StatusBehind, Projection: d("160.4")}},
			{Unit: unit, Indicator: held, Actual: metrics.RatioOf(d("8"), d("9"), d("100")), HasTarget: true, Target: metrics.Target{Value: d("100")},
				Progress: metrics.Progress{Achieved: d("0.888888"), Expected: d("60.76"), Status: metrics.StatusOnTrack}},
		}}},
		Checks: []example.Check{{Indicator: members, Old: metrics.ValueOf(d("120")), New: metrics.ValueOf(d("119"))}},
	}
	var b bytes.Buffer
	require.NoError(t, sheet.WriteCSV(&b))
	want := `section,view,unit_id,admin_code,unit,indicator,actual,target,achieved,expected,status,projection
import,,,,roster,rows,5,,,,,
import,,,,roster,accepted,4,,,,,
import,,,,roster,rejected,1,,,,,
import,,,,roster,duplicates_merged,1,,,,,
import,,,,roster,people,3,,,,,
import,,,,roster,address_not_found,1,,,,,
import,,,,roster,address_ambiguous,2,,,,,
import,,,,roster,rows_without_date,0,,,,,
progress,old,tinh,74,Tỉnh đoàn,doan_vien,120,200,0.6,150.33,behind,160
progress,old,tinh,74,Tỉnh đoàn,lop,0.8889,1,0.8889,0.6076,on_track,
check,old,,,,doan_vien,120,,,,mismatch,
check,new,,,,doan_vien,119,,,,mismatch,
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	sections, err := example.ReadCSV(&b)
	require.NoError(t, err)
	assert.Len(t, sections["import"], 8)
	assert.Equal(t, "0.8889", sections["progress"][1]["actual"])
	assert.Equal(t, "mismatch", sections["check"][1]["status"])
	_, err = example.ReadCSV(strings.NewReader("view,unit\nold,x\n"))
	assert.ErrorContains(t, err, "header")
}

// TestTotal: over several roots a count is summed and a ratio is the
// ratio of the summed parts, never an average of ratios.
func TestTotal(t *testing.T) {
	tree, err := org.Build([]org.Unit{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}})
	require.NoError(t, err)
	cat, err := metrics.NewCatalog(members,
		metrics.Indicator{Code: "mo", Unit: metrics.Classes, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "ke_hoach", Unit: metrics.Classes, Aggregation: metrics.Sum}, held)
	require.NoError(t, err)
	day := vietnam.MustDate(2025, 6, 1)
	recs := []metrics.Record{
		{Indicator: "doan_vien", Unit: "a", Date: day, Value: 1, Subject: "x"},
		{Indicator: "doan_vien", Unit: "b", Date: day, Value: 1, Subject: "y"},
		{Indicator: "doan_vien", Unit: "b", Date: day, Value: 1, Subject: "z"},
		{Indicator: "ke_hoach", Unit: "a", Date: day, Value: 1},
		{Indicator: "ke_hoach", Unit: "b", Date: day, Value: 3},
		{Indicator: "mo", Unit: "a", Date: day, Value: 1},
	}
	r := metrics.Aggregate(tree, cat, slices.Values(recs), metrics.Options{})
	assert.Equal(t, "3", example.Total(r, []org.ID{"a", "b"}, members).Decimal().String())
	assert.Equal(t, "25", example.Total(r, []org.ID{"a", "b"}, held).Decimal().String(), "1 of 4 classes, not the mean of 100% and 0%")
	assert.True(t, example.Total(r, []org.ID{"a"}, held).Equal(metrics.RatioOf(d("1"), d("1"), d("100"))))
	assert.True(t, example.Total(r, []org.ID{"a", "b"}, metrics.Indicator{Code: "none"}).IsMissing())
}

// TestAllocate: a count target is split by the claims, or stays on the
// root without them; a percentage is kept by every unit.
func TestAllocate(t *testing.T) {
	c := example.Campaign{Window: "1/3/2025–1/6/2025", Targets: []example.Target{
		{Indicator: "doan_vien", Value: 10}, {Indicator: "lop", Value: 100, Percent: true}}}
	window, err := c.ParseWindow()
	require.NoError(t, err)
	value := func(ts []metrics.Target) []string {
		var out []string
		for _, t := range ts {
			out = append(out, string(t.Unit)+" "+string(t.Indicator)+" "+t.Value.String()+" "+t.Kind.String())
		}
		return out
	}
	province, all, err := c.Allocate("tinh", window, []org.ID{"a", "b"}, []metrics.Claim{{Weight: 2}, {Weight: 1}})
	require.NoError(t, err)
	assert.Len(t, province, 2)
	assert.Equal(t, []string{"tinh doan_vien 10 absolute", "a doan_vien 7 absolute", "b doan_vien 3 absolute",
		"tinh lop 100 percentage", "a lop 100 percentage", "b lop 100 percentage"}, value(all))
	_, all, err = c.Allocate("tinh", window, []org.ID{"a", "b"}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"tinh doan_vien 10 absolute", "tinh lop 100 percentage", "a lop 100 percentage", "b lop 100 percentage"}, value(all))
	_, err = example.Campaign{Window: "mai"}.ParseWindow()
	assert.ErrorContains(t, err, "scenario: ")
}

func TestAgeOn(t *testing.T) {
	day := vietnam.MustDate(2025, 6, 15)
	for _, tt := range []struct {
		l    training.Learner
		want int
	}{
		{training.Learner{BirthDate: vietnam.MustDate(1995, 6, 15)}, 30},
		{training.Learner{BirthDate: vietnam.MustDate(1995, 6, 16)}, 29},
		{training.Learner{BirthDate: vietnam.MustDate(1995, 7, 1)}, 29},
		{training.Learner{BirthYear: 2009}, 16},
		{training.Learner{}, -1},
	} {
		assert.Equal(t, tt.want, example.AgeOn(tt.l, day), "%+v", tt.l)
	}
}

// TestWorld places addresses on Bình Dương's units on both sides of the
// reform, and counts its units.
func TestWorld(t *testing.T) {
	w, err := example.NewWorld("74", nil, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"74"}, w.Codes())
	laiThieuOld := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966")
	laiThieuNew := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	oldID, ok := w.OldUnit(laiThieuOld)
	require.True(t, ok)
	newID, ok := w.CurUnit(laiThieuNew)
	require.True(t, ok)
	thuanAn, err := w.District("725")
	require.NoError(t, err)

	// Thanh An (from Bình Dương's Dầu Tiếng) and Thạnh An (Cần Giờ), both
	// of Thành phố Hồ Chí Minh since 2025.
	thanhAn := []admin.Code{admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25807"), admin.MustParseCode(admin.Era2025, admin.LevelCommune, "27676")}
	thanhAnID, ok := w.CurUnit(thanhAn[0])
	require.True(t, ok)
	dauTieng, err := w.District("720")
	require.NoError(t, err)
	for _, tt := range []struct {
		name       string
		written    admin.Code
		candidates []admin.Code
		address    string
		want       example.Place
	}{
		{"old commune", laiThieuOld, nil, "", example.Place{Old: oldID, Cur: newID, Found: true}},
		{"new commune, on its former district", laiThieuNew, nil, "", example.Place{Old: thuanAn, Cur: newID, Found: true}},
		{"unknown commune of a known district", admin.Code{}, nil, "Xã Không Tên, Thành phố Thuận An, Tỉnh Bình Dương", example.Place{Old: thuanAn, Cur: w.NewUnion.ID}},
		{"nothing known", admin.Code{}, nil, "", example.Place{Old: "home", Cur: w.NewUnion.ID}},
		{"two communes, none picked", admin.Code{}, thanhAn, "xa thanh an, thanh pho ho chi minh", example.Place{Old: "home", Cur: w.NewUnion.ID, Ambiguous: true}},
		{"one of them, written with tones", thanhAn[0], nil, "Xã Thanh An, TP. Hồ Chí Minh", example.Place{Old: dauTieng, Cur: thanhAnID, Found: true}},
	} {
		e := training.Entry{Written: tt.written, Candidates: tt.candidates, Learner: training.Learner{Address: tt.address}}
		assert.Equal(t, tt.want, w.Locate(e, "home"), tt.name)
	}
	districts, communes, since := w.Sizes()
	assert.Equal(t, []int{9, 91, 36}, []int{districts, communes, since})
	before, after := w.Names(0)
	assert.Equal(t, []string{"Bình Dương", "Hồ Chí Minh"}, []string{before, after})
	_, err = w.District("760")
	assert.ErrorContains(t, err, `scenario: district "760" is not in province 74`)
	units, claims, err := example.Claims(w.Old, []example.Weight{{District: "725", Name: "Thuận An", Value: 3}, {District: "720", Name: "Dầu Tiếng", Value: 1}})
	require.NoError(t, err)
	assert.Equal(t, []org.ID{thuanAn, dauTieng}, units)
	assert.Equal(t, []metrics.Claim{{Weight: 3}, {Weight: 1}}, claims)
	for _, tt := range []struct {
		weight example.Weight
		err    string
	}{
		{example.Weight{District: "725", Name: "Dĩ An", Value: 1}, `scenario: district 725 is "Thành đoàn Thuận An", not "Dĩ An"`},
		{example.Weight{District: "760", Name: "Quận 1", Value: 1}, `scenario: district "760" is not in the provinces of the tree`},
		{example.Weight{District: "72x", Name: "Thuận An", Value: 1}, "scenario: "},
	} {
		_, _, err = example.Claims(w.Old, []example.Weight{tt.weight})
		assert.ErrorContains(t, err, tt.err, tt.weight)
	}
}

// TestRosterOpen: a roster of several provinces has one header and the
// rows of each, whose people differ.
func TestRosterOpen(t *testing.T) {
	r := example.Roster{Seed: 7, Rows: 10}
	window := campaign.MustParseWindow("1/3/2025–1/6/2025")
	cfgs := r.Configs([]string{"68", "67"}, 10, window)
	require.Len(t, cfgs, 2)
	assert.Equal(t, uint64(7), cfgs[0].Seed)
	assert.NotEqual(t, cfgs[0].Seed, cfgs[1].Seed)
	assert.Equal(t, "67", cfgs[1].Province)
	data, err := r.Open("", []string{"68", "67"}, 10, window)
	require.NoError(t, err)
	assert.Equal(t, 1+20, strings.Count(string(data), "\n"))
}
