package admin_test

import "testing"

// Telecom and post-office lists write a provincial city or town by its
// type word and its initials glued in capitals ("P1, TPVL, Vĩnh Long":
// Thành phố Vĩnh Long; "TPBMT": Buôn Ma Thuột), and the initials may
// carry Đ ("TP ĐBP": Điện Biên Phủ). Read so, the district counts with
// the commune written before it, as initials do; a glued type word that
// is not the district's ("TXVL": Vĩnh Long is a city) reads nothing. They
// may end the commune's part ("P. Mường Thanh TPĐBP, Điện Biên").
// Codes of districts_pre2025.csv and commune_mapping_2025.csv.
func TestResolveDistrictInitialsGlued(t *testing.T) {
	tests := []struct {
		in      string
		commune string // current commune; "" for none
		dist    string // pre-2025 district read; "" for none
	}{
		{"Số 3 Trưng Nữ Vương, P1, TPVL, Vĩnh Long", "29551", "855"},
		{"Số 05 Hưng Đạo Vương, Phường 1, TPVL, Vĩnh Long", "29551", "855"},
		{"P. Tân An, TPBMT, Đắk Lắk", "24163", "643"},
		{"Phường Thịnh Đán, TPTN, Thái Nguyên", "05455", "164"},
		{"Phường Mường Thanh, TP ĐBP, Điện Biên", "03127", "094"},
		{"Phường Mường Thanh, TPĐBP, Điện Biên", "03127", "094"},
		// ending the commune's part, with the type word: the commune
		// read before them confirms them
		{"P. Mường Thanh TPĐBP, Điện Biên", "03127", "094"},
		{"Tổ 3, P. Tân Thanh TP ĐBP, tỉnh Điện Biên", "03127", "094"},
		{"Số 05 Hưng Đạo Vương, Phường 1 TPVL, Vĩnh Long", "29551", "855"},
		{"P. Tân An TPBMT, Đắk Lắk", "24163", "643"},
		// a street's words before them confirm nothing
		{"12 Nguyễn Văn Cừ TPVL, Vĩnh Long", "", ""},
		// the glued type word is not the district's
		{"Phường 1, TXVL, Vĩnh Long", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assertCommuneDistrict(t, tt.in, tt.commune, tt.dist) })
	}
}
