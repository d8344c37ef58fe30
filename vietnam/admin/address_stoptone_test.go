package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The lists spell the word "Đắk" of the Central Highlands' names three
// ways: "Tỉnh Đắk Lắk", "Huyện Đăk Glong", "Xã Đak Ơ". A syllable that
// ends in a stop carries sắc or nặng in Vietnamese, so "Đăk" and "Đak"
// transcribe the word with no tone at all, and forms write it "Đắk"
// whichever the list has. Sắc so written reads as the name (not as a
// typo); nặng is another tone, as anywhere.
func TestResolveStopWithoutTone(t *testing.T) {
	tests := []struct {
		in      string
		commune string // current commune; "" for none
		typo    bool
	}{
		// Xã Đak Ơ of Bù Gia Mập (pre-2025 list), Xã Đăk Ơ since 2025
		{"Xã Đắk Ơ, H. Bù Gia Mập, Bình Phước", "25225", false},
		{"thôn 3 đắk ơ, bù gia mập, bình phước", "25225", false},
		{"Xã Đắk Ơ, Bình Phước", "25225", false},
		// Huyện Đăk Glong: the district was read only as a typo
		{"Xã Quảng Khê, Huyện Đắk Glong, Đắk Nông", "24631", false},
		{"Thôn 2 Quảng Sơn Đắk Glong, Đắk Glong, Đắk Nông", "24616", false},
		// written as the list has it, as before
		{"Xã Đăk Ơ, Huyện Bù Gia Mập, Tỉnh Bình Phước", "25225", false},
		{"Xa Dak O, Bu Gia Map, Binh Phuoc", "25225", false},
		// written with no tone and other vowel marks than the list's, as
		// the lists themselves do: a 2025 list of Gia Lai's communes has
		// "Xã Đăk Đoa" (Xã Đak Đoa since 2025, Thị trấn Đăk Đoa before), a
		// shop's seed data "Đak Song" (Huyện Đắk Song)
		{"Xã Đăk Đoa, Gia Lai", "23677", false},
		{"Làng Kon Gang, xã Kon Gang, huyện Đak Đoa, Gia Lai", "23701", false},
		{"Xã Đak Song, Gia Lai", "23842", false},
		{"Huyện Đak Song, Tỉnh Đắk Nông", "", false},
		// nặng is another tone: no commune of that name
		{"Xã Đạk Ơ, H. Bù Gia Mập, Bình Phước", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assertCurrent(t, res, tt.commune)
			assert.Equal(t, tt.typo, res.Flags.Has(admin.FlagTypo), "flags %v", res.Flags)
		})
	}
}
