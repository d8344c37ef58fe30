package admin_test

import (
	"testing"
)

// A city's type word before a name that is both a province (a tỉnh) and
// its capital names the capital, a district before 1/7/2025: "Phường 3,
// TP Cà Mau" and "Ward 3, Ca Mau City" are in Thành phố Cà Mau, whose
// Phường 3 no list since 2019 knows (the district, commune unknown), not
// anywhere in Tỉnh Cà Mau. "Tỉnh Cà Mau" stays the province, and a
// province that became a city ("Thành phố Huế") stays the province.
func TestResolveProvincialCity(t *testing.T) {
	caMau := resolved{District: "Thành phố Cà Mau", Province: "Tỉnh Cà Mau", Within: true}
	tests := []resolvedCase{
		{"Ward 3, Ca Mau City", resolved{District: caMau.District, Province: caMau.Province, Flags: "commune unknown", Unread: "Ward 3", Within: true}},
		{"Phường 3, TP Cà Mau", resolved{District: caMau.District, Province: caMau.Province, Flags: "commune unknown", Unread: "Phường 3", Within: true}},
		{"TP Cà Mau", caMau},
		{"Khóm 4, TP Trà Vinh", resolved{District: "Thành phố Trà Vinh", Province: "Tỉnh Trà Vinh", Within: true}},
		// the province where it is written as one
		{"Tỉnh Cà Mau", resolved{Province: "Tỉnh Cà Mau"}},
		{"Thành phố Huế", resolved{Province: "Thành phố Huế"}},
		// Phường Tân Thành (32025) of TP Cà Mau is also a 2025 ward
		{"Phường Tân Thành, TP Cà Mau", resolved{Commune: "Phường Tân Thành", District: "Thành phố Cà Mau", Province: "Tỉnh Cà Mau", Candidates: "32025"}},
	}
	checkResolved(t, tests)
}
