package admin_test

import "testing"

// A province's name typed with the shift key held a letter too long
// ("THái Bình", "PHú Yên", "THừa Thiên Huế") is cut as a type letter and
// a name ("T. Hái Bình"); the name that the letter and the next word
// make reads as the province, with less confidence, and no typo is
// needed. Codes are read off internal/data/commune_mapping_2025.csv.
func TestResolveShiftSlipProvince(t *testing.T) {
	tb, vq := "Tỉnh Thái Bình", "Xã Vũ Quí"
	checkUnsure(t, []resolvedCase{
		{"THái Bình", resolved{Province: tb}},
		{"Xã Vũ Quý, Kiến Xương, THái Bình", resolved{Commune: vq, District: "Huyện Kiến Xương", Province: tb, Candidates: "13141"}},
		{"Xã Vũ Quý, Huyện KIến Xương, Tỉnh THái Bình", resolved{Commune: vq, District: "Huyện Kiến Xương", Province: tb, Candidates: "13141"}},
		{"Xã An Dân, Tuy An, PHú Yên", resolved{Commune: "Xã An Dân", District: "Huyện Tuy An", Province: "Tỉnh Phú Yên", Candidates: "22114"}},
		// a province's other name: Thừa Thiên Huế is Thành phố Huế since 1/1/2025
		{"Xã Quảng Phú, Quảng Điền, THừa Thiên Huế", resolved{Commune: "Xã Quảng Phú", District: "Huyện Quảng Điền",
			Province: "Thành phố Huế", Candidates: "19885"}},
		{"Xã Tân Hội, Cai Lậy, TIền Giang", resolved{Commune: "Xã Tân Hội", District: "Thị xã Cai Lậy",
			Province: "Tỉnh Tiền Giang", Candidates: "28468"}},
		{"Phường Lái Thiêu, Thuận An, BÌnh Dương", resolved{Commune: "Phường Lái Thiêu", District: "Thành phố Thuận An",
			Province: "Tỉnh Bình Dương", Candidates: "25966"}},
		{"Phường Bến Nghé, Quận 1, SÀi Gòn", resolved{Commune: "Phường Bến Nghé", District: "Quận 1",
			Province: "Thành phố Hồ Chí Minh", Candidates: "26740"}},
	})
	// A type letter before a province's own name stays one: "THà Nam"
	// is T. Hà Nam.
	checkResolved(t, []resolvedCase{
		{"THà Nam", resolved{Province: "Tỉnh Hà Nam"}},
		{"Xã Thanh Hà, Thanh Liêm, THà Nam", resolved{Commune: "Xã Thanh Hà", District: "Huyện Thanh Liêm",
			Province: "Tỉnh Hà Nam", Candidates: "13456"}},
	})
}
