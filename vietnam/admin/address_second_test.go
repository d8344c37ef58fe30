package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A second look at an address the first reading left without a commune
// reads a name one letter off where the first does not look for one:
// after a damaged type word, after other words of its part (the whole
// text when it has no comma). Such answers are flagged as typos and
// weigh less; where two names fit, or the words are a type letter and a
// name, or a word for a name of two, nothing is guessed. Codes are read
// off internal/data/commune_mapping_2025.csv.
func TestResolveSecondLookTypos(t *testing.T) {
	bmt, dl := "Thành phố Buôn Ma Thuột", "Tỉnh Đắk Lắk"
	tests := []struct {
		in   string
		want resolved
	}{
		// "Thành Phw" (phố one letter off) before "Buôn Ma Thuộ" (the
		// last t lost): Phường Tân An 24124 went whole into 24163
		{"Phường Tân An, Thành Phw Buôn Ma Thuộ, Đắk Lắk", resolved{Commune: "Phường Tân An", District: bmt, Province: dl,
			Candidates: "24163", Flags: "typo"}},
		// no comma at all
		{"Phường Tân An Buôn Ma Thuộ Đắk Lắk", resolved{Commune: "Phường Tân An", District: bmt, Province: dl,
			Candidates: "24163", Flags: "typo"}},
		// the commune and the misspelt district in one part: Xã Hòa
		// Thắng 24166 went whole into Phường Tân Lập 24121
		{"Hòa Thắng Buôn Ma Thuộ, Đắk Lắk", resolved{Commune: "Xã Hòa Thắng", District: bmt, Province: dl,
			Candidates: "24121", Flags: "typo"}},
		// a letter doubled: Xã Đạo Trù 08914 of Tam Đảo kept its code
		{"Xã Đạo Trù Tam Đảoo Vĩnh Phúc", resolved{Commune: "Xã Đạo Trù", District: "Huyện Tam Đảo", Province: "Tỉnh Vĩnh Phúc",
			Candidates: "08914", Flags: "typo"}},
		// "Thanh Tai" is one letter from Thanh Trì and from Thanh Oai
		{"Xã Tam Hiệp Thanh Tai Hà Nội", resolved{Province: "Thành phố Hà Nội"}},
		// one word is not a name of two, one letter off: "Phượng" is not
		// Phù Đổng
		{"số 615 Hai Bà Trưng Phượng, Hà Nội", resolved{Province: "Thành phố Hà Nội"}},
		// a type letter is no letter of a typo: "H Tân Thành" is Huyện
		// Tân Thành, not Phường Tân Thành with an h inserted
		{"Xã Tân Hải H Tân Thành Bà Rịa Vũng Tàu", resolved{Province: "Tỉnh Bà Rịa - Vũng Tàu"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Empty(t, cmp.Diff(tt.want, resolvedOf(tt.in)))
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			if !res.Commune.IsZero() {
				assert.Less(t, res.Confidence, 0.9, "a typo weighs less")
			}
		})
	}
}
