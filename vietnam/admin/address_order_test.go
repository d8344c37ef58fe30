package admin_test

import (
	"testing"
)

// The province written first and the rest after it, with no type word to
// show the order, reads as if turned around; the parts below the commune
// stay before it. Xã Long Hậu (28168) of Cần Giuộc went whole into Xã Cần
// Giuộc (28159), Phường Tân An (24163) of Buôn Ma Thuột stayed, Phường Lái
// Thiêu (25966) took in others (internal/data/commune_mapping_2025.csv).
func TestResolveProvinceFirst(t *testing.T) {
	longHau := resolved{Commune: "Xã Long Hậu", District: "Huyện Cần Giuộc", Province: "Tỉnh Long An", Candidates: "28159"}
	tests := []resolvedCase{
		// read as written, Long Hậu was the province's place and Long An
		// a commune: Phước Vĩnh Tây (28201) at 0.68
		{"Long An, Cần Giuộc, Long Hậu", longHau},
		{"Tỉnh Long An, Cần Giuộc, Long Hậu", longHau},
		{"Bình Dương, Thuận An, Lái Thiêu, 12 Nguyễn Trãi", resolved{Commune: "Phường Lái Thiêu", District: "Thành phố Thuận An",
			Province: "Tỉnh Bình Dương", Candidates: "25966"}},
		// a province's name first that is also the commune's, the
		// province last: as written (Xã Hòa Bình of Đồng Hỷ, 05671, went
		// whole into Xã Văn Lăng, 05665)
		{"Hòa Bình, Đồng Hỷ, Thái Nguyên", resolved{Commune: "Xã Hòa Bình", District: "Huyện Đồng Hỷ", Province: "Tỉnh Thái Nguyên", Candidates: "05665"}},
		{"Hòa Bình, Đồng Hỷ", resolved{Commune: "Xã Hòa Bình", District: "Huyện Đồng Hỷ", Province: "Tỉnh Thái Nguyên", Candidates: "05665"}},
	}
	checkResolved(t, tests)
}

// A house and street written after the units, as English forms and an
// address converter's tests put them, read as if written first; a last
// part that only opens like a street or hamlet ("H. Củ Chi", "Lạng Sơn"
// like "Làng") stays where it is. Phường Bến Nghé (26740); Xã Tân Thông
// Hội (27556) of Củ Chi went whole into Xã Củ Chi (27553)
// (internal/data/commune_mapping_2025.csv).
func TestResolveStreetLast(t *testing.T) {
	benNghe := resolved{Commune: "Phường Bến Nghé", District: "Quận 1", Province: "Thành phố Hồ Chí Minh", Candidates: "26740"}
	tests := []resolvedCase{
		{"Phường Bến Nghé, Quận 1, TP HCM, 12 Lê Lợi", benNghe},
		{"Phường Bến Nghé, Quận 1, TP HCM, Số 12 Đường Lê Lợi", benNghe},
		// another parser's suite: the district and the province alone
		{"Quận 7, Thành phố Hồ Chí Minh, 321 Pine Street", resolved{District: "Quận 7", Province: "Thành phố Hồ Chí Minh", Within: true}},
		// (Đồng Nai numbered no ward: the commune's part is unread)
		{"Phường 3, Tỉnh Đồng Nai, 789 Oak Street", resolved{Province: "Tỉnh Đồng Nai", Flags: "commune unknown", Unread: "Phường 3"}},
		// not a street
		{"Xã Tân Thông Hội, H. Củ Chi", resolved{Commune: "Xã Tân Thông Hội", District: "Huyện Củ Chi", Province: "Thành phố Hồ Chí Minh", Candidates: "27553"}},
		{"Xã Tân Thông Hội, Huyện Củ Chi, TP HCM, Ấp 3", resolved{Commune: "Xã Tân Thông Hội", District: "Huyện Củ Chi", Province: "Thành phố Hồ Chí Minh", Candidates: "27553"}},
	}
	checkResolved(t, tests)
}
