package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// originRow is what a test compares of an Origin.
type originRow struct {
	District, Parent, Basis, From, To string
	Exact                             bool
}

func originRows(origins []admin.Origin) []originRow {
	var out []originRow
	for _, o := range origins {
		from, to, exact := o.InForce()
		parent := o.ParentName
		if !o.Parent.IsZero() {
			parent = o.Parent.FullName()
		}
		out = append(out, originRow{o.District.FullName(), parent, o.Basis, from.ISO(), to.ISO(), exact})
	}
	return out
}

// The districts a district of 1/3/2025 was formed from, as the decrees
// say, and the period it stood in.
func TestOrigins(t *testing.T) {
	for _, tt := range []struct {
		code string // a district of 1/3/2025
		want []originRow
	}{
		{"767", []originRow{{"Quận Tân Phú", "Quận Tân Bình", "130/2003/NĐ-CP", "2003-11-05", "2025-06-30", false}}},
		{"777", []originRow{{"Quận Bình Tân", "Huyện Bình Chánh", "130/2003/NĐ-CP", "2003-11-05", "2025-06-30", false}}},
		{"008", []originRow{
			{"Quận Hoàng Mai", "Quận Hai Bà Trưng", "132/2003/NĐ-CP", "2003-11-06", "2025-06-30", false},
			{"Quận Hoàng Mai", "Huyện Thanh Trì", "132/2003/NĐ-CP", "2003-11-06", "2025-06-30", false},
		}},
		// a parent in no list of the data: its name alone
		{"021", []originRow{{"Quận Bắc Từ Liêm", "Huyện Từ Liêm", "132/NQ-CP", "2013-12-27", "2025-06-30", false}}},
		// the day it began, where a source gives it
		{"778", []originRow{{"Quận 7", "Huyện Nhà Bè", "03/CP", "1997-04-01", "2025-06-30", true}}},
		{"495", []originRow{{"Quận Cẩm Lệ", "Huyện Hòa Vang", "102/2005/NĐ-CP", "2005-08-26", "2025-06-30", true}}},
		// a parent itself, and a district with no recorded origin
		{"766", nil},
		{"760", nil},
	} {
		t.Run(tt.code, func(t *testing.T) {
			c := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, tt.code)
			if diff := cmp.Diff(tt.want, originRows(admin.Origins(c))); diff != "" {
				t.Errorf("Origins(%s) (-want +got):\n%s", tt.code, diff)
			}
		})
	}
	// not a district of 1/3/2025
	assert.Nil(t, admin.Origins(admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "27013")))
	assert.Nil(t, admin.SplitFrom(admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")))
}

// The districts formed from a district: the other way round.
func TestSplitFrom(t *testing.T) {
	for _, tt := range []struct {
		code string
		want []string
	}{
		{"766", []string{"Quận Tân Phú"}},
		{"785", []string{"Quận Bình Tân"}},
		{"784", []string{"Quận 12"}},
		{"007", []string{"Quận Hoàng Mai"}},
		{"020", []string{"Quận Hoàng Mai"}},
		{"601", []string{"Thị xã La Gi"}},
		{"454", []string{"Thị xã Ba Đồn"}},
		{"721", []string{"Huyện Dầu Tiếng"}}, // Huyện Bến Cát then, a city since
		{"798", []string{"Thị xã Kiến Tường"}},
		{"767", nil}, // formed, not a parent
		{"001", nil},
	} {
		t.Run(tt.code, func(t *testing.T) {
			var got []string
			for _, o := range admin.SplitFrom(admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, tt.code)) {
				got = append(got, o.District.FullName())
				assert.Equal(t, tt.code, o.Parent.Code().String())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
