package admin_test

import "testing"

// "TP", "TX" and "TT" glued to the name in capitals, where no change of
// case tells where the name starts ("TPTHỦ ĐỨC"), or in small letters
// without tones ("tpthu duc"), in a part of their own, are the type word
// and the name: no syllable opens with tp, tx or tt.
func TestResolveGluedTypeInCapitals(t *testing.T) {
	tests := []struct {
		in       string
		commune  string
		district string // the code of the pre-2025 district read
	}{
		{"Phường Linh Trung, TPTHỦ ĐỨC, TP HCM", "26800", "769"},
		{"Phường Linh Trung, tpthu duc, tp hcm", "26800", "769"},
		{"Phường 3, TPTÂY NINH", "25459", "703"},
		{"Xã Tân Hòa, TXPHÚ MỸ, BRVT", "26710", "754"},
		{"TTCHỜ, Yên Phong, Bắc Ninh", "09193", "258"},
		// a word that only opens so is no unit: the bank's name
		{"TPBank, Phường 17, Bình Thạnh, Hồ Chí Minh", "26944", "765"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assertCommuneDistrict(t, tt.in, tt.commune, tt.district) })
	}
}
