package admin_test

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The behaviour tests below run on testdata/fixture (see its README): a
// small hand-made dataset passed as a value, so that each expectation can
// be checked by reading a few CSV lines.

var loadFixture = sync.OnceValues(func() (*admin.Dataset, error) {
	return admin.LoadDataset(os.DirFS("testdata/fixture"))
})

func fixture(t testing.TB) *admin.Dataset {
	t.Helper()
	ds, err := loadFixture()
	require.NoError(t, err)
	return ds
}

var (
	fixPre    = vietnam.MustDate(2025, time.June, 30)
	fixReform = vietnam.MustDate(2025, time.July, 1)
	fixBefore = vietnam.MustDate(2025, time.December, 31) // the day before the fixture's later change
	fixLater  = vietnam.MustDate(2026, time.January, 1)
)

// unitView is what the tests compare of a Unit.
type unitView struct {
	Code, FullName, Name, Type, Parent, Province string
	Era                                          admin.Era
}

func view(u admin.Unit) unitView {
	return unitView{
		Code: u.Code().String(), FullName: u.FullName(), Name: u.Name(), Type: u.Type().Key(),
		Parent: u.Parent().String(), Province: u.Province().String(), Era: u.Era(),
	}
}

func TestFixtureLookup(t *testing.T) {
	ds := fixture(t)
	tests := []struct {
		name  string
		date  vietnam.Date
		level admin.Level
		code  string
		want  *unitView // nil: not found
	}{
		{"old commune 00004", fixPre, admin.LevelCommune, "00004",
			&unitView{"00004", "Phường 1", "1", "phuong", "002", "01", admin.EraPre2025}},
		{"new commune 00004", fixReform, admin.LevelCommune, "00004",
			&unitView{"00004", "Phường Bến Thành", "Bến Thành", "phuong", "01", "01", admin.Era2025}},
		{"zeros dropped", fixReform, admin.LevelCommune, "4",
			&unitView{"00004", "Phường Bến Thành", "Bến Thành", "phuong", "01", "01", admin.Era2025}},
		{"district", fixPre, admin.LevelDistrict, "002",
			&unitView{"002", "Quận 10", "10", "quan", "01", "01", admin.EraPre2025}},
		{"province before its change", fixBefore, admin.LevelProvince, "02",
			&unitView{"02", "Tỉnh Núi Đá", "Núi Đá", "tinh", "", "02", admin.Era2025}},
		{"province after its change", fixLater, admin.LevelProvince, "02",
			&unitView{"02", "Thành phố Núi Đá", "Núi Đá", "thanh_pho_truc_thuoc_trung_uong", "", "02", admin.Era2025}},
		{"commune before its change", fixBefore, admin.LevelCommune, "00006",
			&unitView{"00006", "Xã Hòa An", "Hòa An", "xa", "02", "02", admin.Era2025}},
		{"commune after its change", fixLater, admin.LevelCommune, "00006",
			&unitView{"00006", "Phường Hòa An", "Hòa An", "phuong", "02", "02", admin.Era2025}},
		{"no districts since 2025", fixReform, admin.LevelDistrict, "001", nil},
		{"abolished commune", fixReform, admin.LevelCommune, "00002", nil},
		{"unknown code", fixPre, admin.LevelCommune, "00099", nil},
		{"malformed code", fixPre, admin.LevelCommune, "0000x", nil},
		{"too long", fixPre, admin.LevelProvince, "001", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ds.At(tt.date)
			u, ok := d.Lookup(tt.level, tt.code)
			if tt.want == nil {
				assert.False(t, ok)
				assert.True(t, u.IsZero())
				return
			}
			require.True(t, ok)
			if diff := cmp.Diff(*tt.want, view(u)); diff != "" {
				t.Errorf("Lookup (-want +got):\n%s", diff)
			}
			// Unit by Code agrees with Lookup, and the code round-trips.
			again, ok := d.Unit(u.Code())
			assert.True(t, ok)
			assert.Equal(t, u, again)
			back, err := admin.ParseCode(u.Era(), u.Level(), u.Code().String())
			require.NoError(t, err)
			assert.Equal(t, u.Code(), back)
		})
	}
}

func TestFixtureDirectory(t *testing.T) {
	ds := fixture(t)
	assert.Equal(t, "2026-01-01", ds.Version())
	cur := ds.Current()
	assert.Equal(t, admin.Era2025, cur.Era())
	assert.Equal(t, fixLater, cur.Date())
	assert.Same(t, ds, cur.Dataset())
	assert.Equal(t, cur.Date(), ds.At(vietnam.Date{}).Date(), "the zero date is the current state")

	pre := ds.At(fixPre)
	assert.Equal(t, admin.EraPre2025, pre.Era())
	counts := func(d *admin.Directory) [3]int {
		return [3]int{d.Len(admin.LevelProvince), d.Len(admin.LevelDistrict), d.Len(admin.LevelCommune)}
	}
	assert.Equal(t, [3]int{3, 6, 10}, counts(pre))
	assert.Equal(t, [3]int{2, 0, 7}, counts(cur))
	assert.Equal(t, 0, cur.Len(admin.LevelUnknown))

	codes := func(seq func(func(admin.Unit) bool)) []string {
		var out []string
		for u := range seq {
			out = append(out, u.Code().String())
		}
		return out
	}
	code := admin.MustParseCode
	tests := []struct {
		name string
		seq  func(func(admin.Unit) bool)
		want []string
	}{
		{"pre provinces", pre.Provinces(), []string{"01", "02", "03"}},
		{"pre districts", pre.Districts(), []string{"001", "002", "003", "004", "005", "006"}},
		{"new districts", cur.Districts(), nil},
		{"new communes", cur.Communes(), []string{"00001", "00004", "00006", "00008", "00009", "00010", "00011"}},
		{"children of a pre province", pre.Children(code(admin.EraPre2025, admin.LevelProvince, "01")), []string{"001", "002"}},
		{"children of a district", pre.Children(code(admin.EraPre2025, admin.LevelDistrict, "001")), []string{"00001", "00002", "00003"}},
		{"island district", pre.Children(code(admin.EraPre2025, admin.LevelDistrict, "005")), nil},
		{"children of a new province", cur.Children(code(admin.Era2025, admin.LevelProvince, "01")), []string{"00001", "00004", "00010", "00011"}},
		{"children of a commune", cur.Children(code(admin.Era2025, admin.LevelCommune, "00001")), nil},
		{"code of the other era", cur.Children(code(admin.EraPre2025, admin.LevelProvince, "01")), nil},
		{"zero code", cur.Children(admin.Code{}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, codes(tt.seq))
		})
	}

	// Walks stop when the loop does.
	n := 0
	for range pre.Communes() {
		n++
		break
	}
	assert.Equal(t, 1, n)

	u, _ := pre.Lookup(admin.LevelCommune, "00002")
	p, ok := pre.Parent(u)
	require.True(t, ok)
	assert.Equal(t, "Quận 1", p.FullName())
	assert.Equal(t, "001", u.District().String())
	assert.Equal(t, "001", p.District().String())
	pp, _ := pre.Parent(p)
	_, ok = pre.Parent(pp)
	assert.False(t, ok, "a province has no parent")
	assert.True(t, pp.District().IsZero())
}

// link is what the tests compare of a Succession.
type link struct {
	Old, New  string
	Kind      admin.Kind
	Note      string
	AllPeople bool
}

func links(ss []admin.Succession) []link {
	var out []link
	for _, s := range ss {
		out = append(out, link{s.Old.FullName() + " " + s.Old.Code().String(), s.New.FullName() + " " + s.New.Code().String(), s.Kind, s.Note, s.AllPopulation()})
		if s.Partial() != (s.Kind == admin.KindPartial) {
			panic("Partial disagrees with Kind")
		}
	}
	return out
}

// TestFixtureSuccessions walks the links of the fixture both ways:
// Successors from a pre-2025 code, Predecessors from a 2025 one.
func TestFixtureSuccessions(t *testing.T) {
	ds := fixture(t)
	code := admin.MustParseCode
	const pre, now = admin.EraPre2025, admin.Era2025
	type walkCase struct {
		name string
		c    admin.Code
		want []link
	}
	for _, walk := range []struct {
		name  string
		fn    func(admin.Code) []admin.Succession
		cases []walkCase
	}{
		{"Successors", ds.Successors, []walkCase{
			{"merged whole", code(pre, admin.LevelCommune, "00001"), []link{
				{"Phường 1 00001", "Phường Sài Gòn 00001", admin.KindWhole, "Nhập toàn bộ", true}}},
			{"split: every part, partial", code(pre, admin.LevelCommune, "00002"), []link{
				{"Phường 10 00002", "Phường Sài Gòn 00001", admin.KindPartial, "Nhập một phần", false},
				{"Phường 10 00002", "Phường Bến Thành 00004", admin.KindPartial, "Phần còn lại", false}}},
			{"split with the whole population on one side", code(pre, admin.LevelCommune, "00005"), []link{
				{"Phường Hòa An 00005", "Phường Sài Gòn 00001", admin.KindPartial, "Nhập một phần diện tích", false},
				{"Phường Hòa An 00005", "Phường Bến Thành 00004", admin.KindPartial, "Nhập một phần diện tích, toàn bộ dân số", true}}},
			{"thị trấn to xã, as it stands now", code(pre, admin.LevelCommune, "00006"), []link{
				{"Thị trấn Hòa An 00006", "Phường Hòa An 00006", admin.KindWhole, "Đổi loại hình", true}}},
			{"unchanged", code(pre, admin.LevelCommune, "00008"), []link{
				{"Xã Đông Sơn 00008", "Xã Đông Sơn 00008", admin.KindUnchanged, "Giữ nguyên", true}}},
			{"district through its communes", code(pre, admin.LevelDistrict, "001"), []link{
				{"Quận 1 001", "Phường Sài Gòn 00001", admin.KindPartial, "", false},
				{"Quận 1 001", "Phường Bến Thành 00004", admin.KindPartial, "", false}}},
			{"district whole into one commune", code(pre, admin.LevelDistrict, "004"), []link{
				{"Thị xã Hoa An 004", "Phường Thủy Tiên 00009", admin.KindWhole, "", true}}},
			{"island district", code(pre, admin.LevelDistrict, "005"), []link{
				{"Huyện Đảo Xa 005", "Đặc khu Đảo Xa 00010", admin.KindIslandDistrict, "Sắp xếp toàn bộ huyện Đảo Xa thành đặc khu Đảo Xa", true}}},
			{"merged province", code(pre, admin.LevelProvince, "03"), []link{
				{"Tỉnh Hòa Bình 03", "Thành phố Sông Lam 01", admin.KindWhole, "", true}}},
			{"unchanged province", code(pre, admin.LevelProvince, "02"), []link{
				{"Tỉnh Núi Đá 02", "Thành phố Núi Đá 02", admin.KindUnchanged, "", true}}},
			{"a new code has no successors", code(now, admin.LevelCommune, "00001"), nil},
			{"unknown code", code(pre, admin.LevelCommune, "00099"), nil},
			{"zero code", admin.Code{}, nil},
		}},
		{"Predecessors", ds.Predecessors, []walkCase{
			{"commune", code(admin.Era2025, admin.LevelCommune, "00004"), []link{
				{"Phường 10 00002", "Phường Bến Thành 00004", admin.KindPartial, "Phần còn lại", false},
				{"Phường Bến Nghé 00003", "Phường Bến Thành 00004", admin.KindWhole, "Nhập toàn bộ", true},
				{"Phường 1 00004", "Phường Bến Thành 00004", admin.KindWhole, "Nhập toàn bộ", true},
				{"Phường Hòa An 00005", "Phường Bến Thành 00004", admin.KindPartial, "Nhập một phần diện tích, toàn bộ dân số", true}}},
			{"đặc khu from an island district", code(admin.Era2025, admin.LevelCommune, "00010"), []link{
				{"Huyện Đảo Xa 005", "Đặc khu Đảo Xa 00010", admin.KindIslandDistrict, "Sắp xếp toàn bộ huyện Đảo Xa thành đặc khu Đảo Xa", true}}},
			{"province", code(admin.Era2025, admin.LevelProvince, "01"), []link{
				{"Thành phố Sông Lam 01", "Thành phố Sông Lam 01", admin.KindWhole, "", true},
				{"Tỉnh Hòa Bình 03", "Thành phố Sông Lam 01", admin.KindWhole, "", true}}},
			{"an old code has no predecessors", code(admin.EraPre2025, admin.LevelCommune, "00004"), nil},
			{"unknown code", code(admin.Era2025, admin.LevelCommune, "00002"), nil},
		}},
	} {
		for _, tt := range walk.cases {
			t.Run(walk.name+"/"+tt.name, func(t *testing.T) {
				if diff := cmp.Diff(tt.want, links(walk.fn(tt.c))); diff != "" {
					t.Errorf("%s (-want +got):\n%s", walk.name, diff)
				}
			})
		}
	}
}

// found renders Find's result as "code quality" strings.
func found(ms []admin.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Unit.Code().String()+" "+m.Quality.String())
	}
	return out
}

func TestFixtureFind(t *testing.T) {
	ds := fixture(t)
	code := admin.MustParseCode
	quan1 := code(admin.EraPre2025, admin.LevelDistrict, "001")
	quan10 := code(admin.EraPre2025, admin.LevelDistrict, "002")
	tests := []struct {
		date vietnam.Date
		in   string
		opts []admin.FindOption
		want []string
	}{
		// Numbered districts and wards: one unit whatever the form, and
		// never the unit with a longer number.
		{fixPre, "Quận 1", nil, []string{"001 exact"}},
		{fixPre, "quan 01", nil, []string{"001 exact"}},
		{fixPre, "Q1", nil, []string{"001 exact"}},
		{fixPre, "Q.10", nil, []string{"002 exact"}},
		{fixPre, "q 10", nil, []string{"002 exact"}},
		{fixPre, "P.1", nil, []string{"00001 exact", "00004 exact"}},
		{fixPre, "P1", nil, []string{"00001 exact", "00004 exact"}},
		{fixPre, "Phường 01", nil, []string{"00001 exact", "00004 exact"}},
		{fixPre, "phuong 1", nil, []string{"00001 exact", "00004 exact"}},
		{fixPre, "F1", nil, []string{"00001 exact", "00004 exact"}},
		{fixPre, "P.1", []admin.FindOption{admin.Within(quan10)}, []string{"00004 exact"}},
		{fixPre, "Phường 10", nil, []string{"00002 exact"}},
		{fixPre, "P10", []admin.FindOption{admin.Within(quan1)}, []string{"00002 exact"}},
		{fixPre, "P.10", []admin.FindOption{admin.Within(quan10)}, nil},
		{fixPre, "1", nil, []string{"001 exact", "00001 exact", "00004 exact"}},
		{fixPre, "1", []admin.FindOption{admin.OfLevel(admin.LevelDistrict)}, []string{"001 exact"}},
		// Tones: exact tones win when given; without tones, everything.
		{fixPre, "Hòa An", nil, []string{"003 exact", "00005 exact", "00006 exact"}},
		{fixPre, "hoà an", nil, []string{"003 exact", "00005 exact", "00006 exact"}},
		{fixPre, "HÒA AN", nil, []string{"003 exact", "00005 exact", "00006 exact"}},
		{fixPre, "Hoa An", nil, []string{"004 exact", "00007 exact", "003 folded", "00005 folded", "00006 folded"}},
		{fixPre, "Hóa An", nil, []string{"003 folded", "004 folded", "00005 folded", "00006 folded", "00007 folded"}},
		// Type words narrow, tones first.
		{fixPre, "TT Hòa An", nil, []string{"00006 exact"}},
		{fixPre, "Thị trấn Hoa An", nil, []string{"00006 folded"}},
		{fixPre, "X. Hoa An", nil, []string{"00007 exact"}},
		{fixPre, "Xã Hòa An", nil, []string{"003 other type", "00005 other type", "00006 other type"}},
		{fixPre, "TX Hoa An", nil, []string{"004 exact"}},
		{fixPre, "T.X. Hoa An", nil, []string{"004 exact"}},
		{fixPre, "H. Hòa An", nil, []string{"003 exact"}},
		{fixPre, "Huyện Hòa An", []admin.FindOption{admin.OfLevel(admin.LevelCommune)}, []string{"00005 other type", "00006 other type"}},
		// Tone placement and spelling of marks.
		{fixPre, "Thủy Tiên", nil, []string{"00009 exact"}},
		{fixPre, "P. Thuỷ Tiên", nil, []string{"00009 exact"}},
		{fixPre, "Ph. Thuy Tien", nil, []string{"00009 folded"}},
		{fixPre, "Thu\u0309y Tie\u0302n", nil, []string{"00009 exact"}}, // decomposed (NFD)
		{fixPre, "Ea H'Leo", nil, []string{"00011 exact"}},
		{fixPre, "Ea H’Leo", nil, []string{"00011 exact"}},
		{fixPre, "ea hleo", nil, []string{"00011 exact"}},
		// Provinces and cities.
		{fixPre, "TP. Sông Lam", nil, []string{"01 exact"}},
		{fixPre, "T.P Sông Lam", nil, []string{"01 exact"}},
		{fixPre, "Tp Song Lam", nil, []string{"01 folded"}},
		{fixPre, "Tỉnh Sông Lam", nil, []string{"01 other type"}},
		{fixPre, "Thành phố Núi Đá", nil, []string{"02 other type"}},
		{fixLater, "Thành phố Núi Đá", nil, []string{"02 exact"}},
		// Scope, level and era.
		{fixPre, "Đông Sơn", []admin.FindOption{admin.Within(code(admin.EraPre2025, admin.LevelProvince, "02"))}, []string{"00008 exact"}},
		{fixPre, "Đông Sơn", []admin.FindOption{admin.Within(code(admin.EraPre2025, admin.LevelProvince, "01"))}, nil},
		{fixPre, "Đông Sơn", []admin.FindOption{admin.Within(code(admin.Era2025, admin.LevelProvince, "02"))}, nil},
		{fixPre, "Sông Lam", []admin.FindOption{admin.Within(code(admin.EraPre2025, admin.LevelProvince, "01"))}, nil},
		{fixReform, "Sông Lam", []admin.FindOption{admin.OfLevel(admin.LevelCommune)}, nil},
		{fixReform, "Sông Lam", []admin.FindOption{admin.OfLevel(admin.LevelCommune), admin.OfLevel(admin.LevelProvince)}, []string{"01 exact"}},
		{fixBefore, "Xã Hòa An", nil, []string{"00006 exact"}},
		{fixLater, "Xã Hòa An", nil, []string{"00006 other type"}},
		{fixLater, "Phường Hòa An", nil, []string{"00006 exact"}},
		{fixReform, "Quận 1", nil, nil},
		// Nothing to find.
		{fixPre, "", nil, nil},
		{fixPre, " . , ", nil, nil},
		{fixPre, "Phường", nil, nil},
		{fixPre, "Bến Thành", nil, nil},
		{fixPre, strings.Repeat("Hòa An ", 40), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.date.ISO()+"/"+tt.in, func(t *testing.T) {
			got := found(ds.At(tt.date).Find(tt.in, tt.opts...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestFindSpellings checks the accepted i/y spellings on the real data.
func TestFindSpellings(t *testing.T) {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	tests := []struct{ in, want string }{
		{"Thị xã Kỳ Anh", "Thị xã Kỳ Anh 449"},
		{"Thị xã Kì Anh", "Thị xã Kỳ Anh 449"},
		{"tx ki anh", "Thị xã Kỳ Anh 449"},
		{"Huyện Lý Sơn", "Huyện Lý Sơn 536"},
		{"Huyện Lí Sơn", "Huyện Lý Sơn 536"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ms := old.Find(tt.in)
			require.Len(t, ms, 1)
			assert.Equal(t, tt.want, ms[0].Unit.FullName()+" "+ms[0].Unit.Code().String())
		})
	}
	// "Thúy" and "Thuy" keep their y: u is a vowel.
	assert.Empty(t, old.Find("Xã Thúi"))
}

func TestFixtureDescendants(t *testing.T) {
	ds := fixture(t)
	code := admin.MustParseCode
	names := func(d *admin.Directory, c admin.Code, stop int) []string {
		var out []string
		for u := range d.Descendants(c) {
			out = append(out, u.FullName())
			if len(out) == stop {
				break
			}
		}
		return out
	}
	pre, now := ds.At(fixPre), ds.Current()
	assert.Equal(t, []string{"Quận 1", "Phường 1", "Phường 10", "Phường Bến Nghé", "Quận 10", "Phường 1", "Phường Hòa An"},
		names(pre, code(admin.EraPre2025, admin.LevelProvince, "01"), 0))
	assert.Equal(t, []string{"Quận 1", "Phường 1"}, names(pre, code(admin.EraPre2025, admin.LevelProvince, "01"), 2), "stops when the loop does")
	assert.Equal(t, []string{"Phường 1", "Phường 10", "Phường Bến Nghé"}, names(pre, code(admin.EraPre2025, admin.LevelDistrict, "001"), 0))
	assert.Equal(t, []string{"Xã Hòa An", "Xã Đông Sơn", "Phường Thủy Tiên"}, names(ds.At(fixReform), code(admin.Era2025, admin.LevelProvince, "02"), 0))
	assert.Empty(t, names(now, code(admin.Era2025, admin.LevelCommune, "00001"), 0))
	assert.Empty(t, names(now, code(admin.EraPre2025, admin.LevelProvince, "01"), 0))
}
