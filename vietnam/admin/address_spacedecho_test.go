package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Post-office and shop lists write the district after the commune in the
// first part and again as a part of its own, each with its own spaces: a
// name of a minority language splits off a letter or glues it ("Đắk R
// lấp", "Đắk RLấp", "Đắk R'Lấp" are one Đắk R'Lấp). The first writing is
// the district's copy, as it is when both are spaced alike, and the
// commune before it is read; a commune of another district still is not.
func TestResolveDistrictCopySpacedOtherwise(t *testing.T) {
	tests := []struct {
		in       string
		commune  string // current commune; "" for none
		district string // pre-2025 district
	}{
		{"Thôn 4 Quảng Tín Đắk R lấp, Đắk RLấp, Đắk Nông", "24760", "666"},
		{"Thôn 4 Quảng Tín Đắk R lấp, Đắk R'Lấp, Đắk Nông", "24760", "666"},
		{"thôn 2 đắk ru đắk r lấp, đắk r'lấp, đắk nông", "24760", "666"},
		{"Kiến Đức, Đắk R lấp, Đắk R'Lấp, Đắk Nông", "24733", "666"},
		{"Thôn 3 Ea Nam Ea H leo, Ea H'Leo, Đắk Lắk", "24208", "645"},
		// spaced alike, as before
		{"Thôn 4 Quảng Tín Đắk Rlấp, Đắk Rlấp, Đắk Nông", "24760", "666"},
		// Kiến Đức is a commune of Đắk R'Lấp, not of Cư Jút
		{"Thôn 4 Kiến Đức Cư Jút, Cư Jút, Đắk Nông", "", "662"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assertCurrent(t, res, tt.commune)
			assert.Equal(t, tt.district, codeOf(res.District))
		})
	}
}
