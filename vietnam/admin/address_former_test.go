package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A name that a commune had between 2019 and 2025 and that a 2025 commune
// of the same province has today names either when no district is written
// and the province is called alike in both eras. Codes are read off
// internal/data: Phường Ninh Xá (09184) of Thành phố Bắc Ninh was renamed
// Tiền Ninh Vệ (changes_2019_2025.csv), which went whole into Phường Kinh
// Bắc (09187); Xã Ninh Xá (09445) of Thuận Thành became a phường in 2023
// and keeps its name and code in 2025 (commune_mapping_2025.csv). Xã Lao
// Chải (03028) of Sa Pa became Phường Cầu Mây, now in 03006; the 2025 Xã
// Lao Chải (04474) was in Yên Bái, merged into Lào Cai in 2025.
func TestResolveFormerNameElsewhere(t *testing.T) {
	tests := []struct {
		in   string
		want resolved
	}{
		// the shop's list from before 2025 and a form of today read alike
		{"98 Huyền Quang, Phường Ninh Xá, Bắc Ninh, Việt Nam", resolved{Commune: "Phường Ninh Xá", Province: "Tỉnh Bắc Ninh",
			Candidates: "09187|09445", Ambiguous: true, Flags: "former"}},
		{"Lao Chải, tỉnh Lào Cai", resolved{Commune: "Xã Lao Chải", Province: "Tỉnh Lào Cai",
			Candidates: "03006|04474", Ambiguous: true, Flags: "former"}},
		// a district written dates the address: one unit, either way
		{"Phường Ninh Xá, Thành phố Bắc Ninh, Bắc Ninh", resolved{Commune: "Phường Ninh Xá", District: "Thành phố Bắc Ninh",
			Province: "Tỉnh Bắc Ninh", Candidates: "09187", Flags: "former"}},
		{"Phường Ninh Xá, Thuận Thành, Bắc Ninh", resolved{Commune: "Phường Ninh Xá", District: "Thị xã Thuận Thành",
			Province: "Tỉnh Bắc Ninh", Candidates: "09445"}},
		// a 2025 name that no other commune of the province had stays itself
		{"Phường Kinh Bắc, Bắc Ninh", resolved{Commune: "Phường Kinh Bắc", Province: "Tỉnh Bắc Ninh", Candidates: "09187"}},
		// a former name whose successor is the 2025 namesake is one place:
		// Phường Ninh Xá of Thuận Thành was Xã Ninh Xá until 2023
		{"Xã Ninh Xá, Bắc Ninh", resolved{Commune: "Xã Ninh Xá", Province: "Tỉnh Bắc Ninh", Candidates: "09445", Flags: "former"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := resolvedOf(tt.in)
			got.Within, got.Unread = false, ""
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ResolveAddress(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
