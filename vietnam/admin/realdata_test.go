package admin_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Examples from the real data, each checked in SOURCES.md against the text
// of the resolutions.

var lastOldDay = vietnam.MustDate(2025, time.June, 30)

// findOne finds name in d and requires exactly one candidate.
func findOne(t *testing.T, d *admin.Directory, name string, opts ...admin.FindOption) admin.Unit {
	t.Helper()
	ms := d.Find(name, opts...)
	require.Len(t, ms, 1, "Find(%q): %v", name, ms)
	return ms[0].Unit
}

func successorCodes(u admin.Unit) []string {
	var out []string
	for _, s := range admin.Successors(u.Code()) {
		out = append(out, s.New.Code().String()+" "+s.New.FullName()+" "+s.New.Province().String()+" "+s.Kind.String())
	}
	return out
}

func TestRealSuccession(t *testing.T) {
	old := admin.At(lastOldDay)
	binhDuong := findOne(t, old, "Tỉnh Bình Dương")
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"Lái Thiêu", "P. Lái Thiêu", []string{"25966 Phường Lái Thiêu 79 whole"}},
		{"Dĩ An", "phuong Di An", []string{"25942 Phường Dĩ An 79 whole"}},
		{"Dầu Tiếng, thị trấn to xã", "TT. Dầu Tiếng", []string{"25777 Xã Dầu Tiếng 79 whole"}},
		{"Vĩnh Phú, split", "Vĩnh Phú", []string{"25966 Phường Lái Thiêu 79 partial", "25987 Phường Bình Hòa 79 partial"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := findOne(t, old, tt.in, admin.Within(binhDuong.Code()), admin.OfLevel(admin.LevelCommune))
			if diff := cmp.Diff(tt.want, successorCodes(u)); diff != "" {
				t.Errorf("Successors(%s) (-want +got):\n%s", u, diff)
			}
		})
	}

	// Phường Dĩ An absorbed An Bình whole and part of Tân Đông Hiệp.
	var preds []string
	for _, s := range admin.Predecessors(admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25942")) {
		preds = append(preds, s.Old.FullName()+" "+s.Kind.String())
	}
	assert.ElementsMatch(t, []string{"Phường Dĩ An whole", "Phường An Bình whole", "Phường Tân Đông Hiệp partial"}, preds)

	// Thành phố Hồ Chí Minh = old HCM + Bình Dương + Bà Rịa - Vũng Tàu.
	var provinces []string
	for _, s := range admin.Predecessors(admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")) {
		provinces = append(provinces, s.Old.Code().String())
	}
	assert.Equal(t, []string{"74", "77", "79"}, provinces)
}

// communesOf lists the communes of a province in d, through districts in
// the old era.
func communesOf(d *admin.Directory, province admin.Code) []admin.Unit {
	var out []admin.Unit
	for u := range d.Descendants(province) {
		if u.Level() == admin.LevelCommune {
			out = append(out, u)
		}
	}
	return out
}

func TestRealProvinces(t *testing.T) {
	old, now := admin.At(lastOldDay), admin.Current()

	t.Run("Bắc Kạn now in Thái Nguyên", func(t *testing.T) {
		bacKan := findOne(t, old, "Bắc Kạn", admin.OfLevel(admin.LevelProvince))
		thaiNguyen := findOne(t, now, "Thai Nguyen", admin.OfLevel(admin.LevelProvince))
		assert.Equal(t, "19", thaiNguyen.Code().String())
		communes := communesOf(old, bacKan.Code())
		assert.Len(t, communes, 108)
		for _, c := range communes {
			for _, s := range admin.Successors(c.Code()) {
				assert.Equal(t, thaiNguyen.Code(), s.New.Province(), "%s → %s", c, s.New)
			}
		}
		succ := admin.Successors(bacKan.Code())
		require.Len(t, succ, 1)
		assert.Equal(t, thaiNguyen, succ[0].New)
		assert.Equal(t, admin.KindWhole, succ[0].Kind)
	})

	t.Run("Điện Biên 129 communes now 45", func(t *testing.T) {
		oldDB := findOne(t, old, "Tỉnh Điện Biên")
		newDB := findOne(t, now, "tinh dien bien")
		oldCommunes, newCommunes := communesOf(old, oldDB.Code()), communesOf(now, newDB.Code())
		assert.Len(t, oldCommunes, 129)
		assert.Len(t, newCommunes, 45)
		targets := map[admin.Code]bool{}
		for _, c := range oldCommunes {
			for _, s := range admin.Successors(c.Code()) {
				targets[s.New.Code()] = true
			}
		}
		assert.Len(t, targets, 45, "the 129 old communes went into exactly the 45 new ones")
		for _, c := range newCommunes {
			assert.True(t, targets[c.Code()], "%s", c)
			for _, s := range admin.Predecessors(c.Code()) {
				assert.Equal(t, oldDB.Code(), s.Old.Province(), "%s came from another province", c)
			}
		}
		succ := admin.Successors(oldDB.Code())
		require.Len(t, succ, 1)
		assert.Equal(t, admin.KindUnchanged, succ[0].Kind)
	})
}

func TestRealNumberedWards(t *testing.T) {
	old := admin.At(lastOldDay)
	hcm := findOne(t, old, "TP. Hồ Chí Minh")
	quan3 := findOne(t, old, "Quận 3", admin.Within(hcm.Code()))
	assert.Equal(t, "770", quan3.Code().String())
	quan1 := findOne(t, old, "Q.1", admin.Within(hcm.Code()))
	assert.Equal(t, "Quận 1", quan1.FullName(), "Quận 1 is not Quận 10, 11 or 12")
	assert.Equal(t, "Quận 10", findOne(t, old, "Q10").FullName())
	for _, in := range []string{"P.1", "P1", "Phường 01", "phuong 1", "F1", "p. 01"} {
		u := findOne(t, old, in, admin.Within(quan3.Code()))
		assert.Equal(t, "27160", u.Code().String(), in)
	}
	// Across the city there are many wards 1; all are returned.
	assert.Greater(t, len(old.Find("Phường 1", admin.Within(hcm.Code()))), 5)
	// Every old numbered ward went somewhere in the new city.
	for _, s := range admin.Successors(admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "27160")) {
		assert.Equal(t, "79", s.New.Province().String())
	}
}

func TestRealTones(t *testing.T) {
	now := admin.Current()
	codes := func(ms []admin.Match) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Unit.Code().String()+" "+m.Quality.String())
		}
		return out
	}
	tests := []struct {
		in   string
		want []string
	}{
		// Xã Yên Hoa (Tuyên Quang) and Phường/Xã Yên Hòa are different places.
		{"Yên Hoa", []string{"02248 exact"}},
		{"Yên Hòa", []string{"00175 exact", "16909 exact", "18682 exact"}},
		{"Yên Hoà", []string{"00175 exact", "16909 exact", "18682 exact"}},
		{"yen hoa", []string{"00175 folded", "02248 folded", "16909 folded", "18682 folded"}},
		// Xã Ba Dinh (Quảng Ngãi) is written without tones officially.
		{"Ba Đình", []string{"00004 exact", "16171 exact"}},
		{"ba dinh", []string{"21499 exact", "00004 folded", "16171 folded"}},
		{"P. Ba Dinh", []string{"00004 folded"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, codes(now.Find(tt.in))); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestFindEveryUnit looks every unit of both eras up by its full name and
// by its folded name, and requires it among the candidates.
func TestFindEveryUnit(t *testing.T) {
	for _, d := range []*admin.Directory{admin.At(lastOldDay), admin.Current()} {
		for _, level := range []admin.Level{admin.LevelProvince, admin.LevelDistrict, admin.LevelCommune} {
			for u := range all(d, level) {
				for _, in := range []string{u.FullName(), vietnam.Fold(u.Name())} {
					if !containsUnit(d.Find(in, admin.Within(u.Parent())), u) {
						t.Fatalf("Find(%q) in %s misses %s", in, u.Parent(), u)
					}
				}
			}
		}
	}
}

func all(d *admin.Directory, level admin.Level) func(func(admin.Unit) bool) {
	switch level {
	case admin.LevelProvince:
		return d.Provinces()
	case admin.LevelDistrict:
		return d.Districts()
	}
	return d.Communes()
}

func containsUnit(ms []admin.Match, u admin.Unit) bool {
	for _, m := range ms {
		if m.Unit == u {
			return true
		}
	}
	return false
}

// TestFindZeroOption holds FindOption's zero value to its doc: it narrows
// nothing, and it does not undo an earlier option.
func TestFindZeroOption(t *testing.T) {
	dir := admin.At(vietnam.MustDate(2025, time.June, 30))
	binhDuong := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	all := dir.Find("An Bình")
	require.NotEmpty(t, all)
	inBD := dir.Find("An Bình", admin.Within(binhDuong))
	require.NotEmpty(t, inBD)
	require.Less(t, len(inBD), len(all), "the scope must narrow for the cases below to mean anything")

	tests := []struct {
		name string
		opts []admin.FindOption
		want []admin.Match
	}{
		{"zero alone", []admin.FindOption{{}}, all},
		{"zero code and level", []admin.FindOption{admin.Within(admin.Code{}), admin.OfLevel(admin.LevelUnknown)}, all},
		{"zero after Within", []admin.FindOption{admin.Within(binhDuong), {}}, inBD},
		{"zero code after Within", []admin.FindOption{admin.Within(binhDuong), admin.Within(admin.Code{})}, inBD},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, dir.Find("An Bình", tt.opts...)); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
