package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A house number before a street named like a ward of the district
// written ("7 Lê Lợi, Thành phố Vinh": Vinh has a Phường Lê Lợi, 16669,
// now in Phường Thành Vinh, 16681) is an address on that street: the
// number is not the one letter wrong of a typo, whatever its length. A
// name in a part of its own, slipped or not, and digits typed inside a
// word stay what they were.
func TestResolveHouseNumberBeforeStreet(t *testing.T) {
	vinh := resolved{District: "Thành phố Vinh", Province: "Tỉnh Nghệ An", Within: true}
	leLoi := resolved{Commune: "Phường Lê Lợi", District: "Thành phố Vinh", Province: "Tỉnh Nghệ An", Candidates: "16681"}
	tests := []struct {
		in   string
		want resolved
	}{
		{"7 Lê Lợi, Thành phố Vinh, Nghệ An", vinh},
		{"77 Lê Lợi, Thành phố Vinh, Nghệ An", vinh},
		{"7 Quang Trung, TP Vinh, Nghệ An", vinh},
		{"3 Quang Trung, Thành phố Uông Bí, Quảng Ninh", resolved{District: "Thành phố Uông Bí", Province: "Tỉnh Quảng Ninh", Within: true}},
		{"Lê Lợi, Thành phố Vinh, Nghệ An", leLoi},
		{"Phường Lê Lợi, Thành phố Vinh, Nghệ An", leLoi},
		{"7, Lê Lọi, Thành phố Vinh, Nghệ An", resolved{Commune: "Phường Lê Lợi", District: "Thành phố Vinh", Province: "Tỉnh Nghệ An",
			Candidates: "16681", Flags: "typo"}},
		{"Xã Giao Thủy, Nam Đị8nh", resolved{Commune: "Xã Giao Thủy", Province: "Tỉnh Nam Định", Candidates: "14167"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, resolvedOf(tt.in)); diff != "" {
				t.Errorf("ResolveAddress(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
