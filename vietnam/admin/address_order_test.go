package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The province written first and the rest after it, with no type word to
// show the order, reads as if turned around; the parts below the commune
// stay before it. Xã Long Hậu (28168) of Cần Giuộc went whole into Xã Cần
// Giuộc (28159), Phường Tân An (24163) of Buôn Ma Thuột stayed, Phường Lái
// Thiêu (25966) took in others (internal/data/commune_mapping_2025.csv).
func TestResolveProvinceFirst(t *testing.T) {
	longHau := resolved{Commune: "Xã Long Hậu", District: "Huyện Cần Giuộc", Province: "Tỉnh Long An", Candidates: "28159"}
	tests := []struct {
		in   string
		want resolved
	}{
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
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, resolvedOf(tt.in))
		})
	}
}
