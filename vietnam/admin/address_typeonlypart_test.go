package admin_test

import "testing"

// A part that is a type word alone, as forms with a box for the type of
// the unit in the box before write it ("Phúc Yên, Thị xã"), names no
// unit: the district before it is read, not hidden behind a part that
// reads as nothing.
func TestResolveTypeWordAlonePart(t *testing.T) {
	tests := []struct {
		in       string
		commune  string // "" for none
		district string // the code of the pre-2025 district read
	}{
		{"Phường Xuân Hòa, Phúc Yên, Thị xã, Vĩnh Phúc", "08746", "244"},
		{"Đông Hòa, Dĩ An, Thị xã, Bình Dương", "25951", "724"},
		{"Xã Long Hiệp, Trà Cú, Huyện, Trà Vinh", "29506", "849"},
		{"xa long hiep, tra cu, huyen, tra vinh", "29506", "849"},
		{"Phường 7, Bạc Liêu, TP, Bạc Liêu", "31825", "954"},
		{"Thị xã, Phú Mỹ, Bà Rịa Vũng Tàu", "", "754"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assertCommuneDistrict(t, tt.in, tt.commune, tt.district) })
	}
}
