package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A word that folds like a street's or alley's word but is written with
// other tones is a word of a name: "Ngọ" of Trần Thành Ngọ and "Dương" of
// Nam Dương fold to "ngo" and "duong" as "Ngõ" and "Đường" do. Map
// services write the commune and district in one part ("Nam Dương Hải
// Châu, Đà Nẵng"), shop lists join them with a dash ("Ba Hàng - Phổ
// Yên"): the name before the district is the commune, not an alley or
// street that hides the district. Written with the street word's tones,
// or without tones, the word still opens a street.
func TestResolveStreetWordTones(t *testing.T) {
	tests := []struct {
		in       string
		commune  string   // current commune; "" for none
		cands    []string // candidates when ambiguous
		district string   // the pre-2025 district read; "" for none
	}{
		{in: "263 Hoàng Diệu, Nam Dương Hải Châu, Đà Nẵng, Việt Nam", commune: "20242", district: "492"},
		{in: "48 Lê Quốc Uy, Trần Thành Ngọ Kiến An, Hải Phòng, Việt Nam", cands: []string{"11443", "11446"}, district: "307"},
		{in: "Ba Hàng - Phổ Yên", commune: "05860", district: "172"},
		{in: "K479/8 Lê Duẩn  Xã Tân Dương  Lai Vung District  Dong Thap Province", commune: "30214", district: "876"},
		// the street's word as written: a street, the district after it
		{in: "Ngõ Nam Dương Hải Châu, Đà Nẵng", district: "492"},
		{in: "Đường Trần Thành Ngọ Kiến An, Hải Phòng", district: "307"},
		{in: "Phố Ba Hàng Phổ Yên, Thái Nguyên", district: "172"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.district, codeOf(res.District))
			if tt.cands != nil {
				assert.True(t, res.Ambiguous)
				assert.Equal(t, tt.cands, candidateCodes(res))
				return
			}
			assertCurrent(t, res, tt.commune)
			if tt.commune == "" {
				assert.Empty(t, res.Candidates)
			}
		})
	}
}

// ParseAddress reads a part that opens with such a word as a unit, not a
// street: "Dương Huy, Cẩm Phả" is a commune and its district, "Ngõ 12,
// Cẩm Phả" an alley.
func TestParseAddressStreetWordTones(t *testing.T) {
	tests := []struct {
		in   string
		want admin.Address
	}{
		{"Dương Huy, Cẩm Phả, Quảng Ninh", admin.Address{Commune: "Dương Huy", District: "Cẩm Phả", Province: "Quảng Ninh"}},
		{"Phổ Hòa, Đức Phổ, Quảng Ngãi", admin.Address{Commune: "Phổ Hòa", District: "Đức Phổ", Province: "Quảng Ngãi"}},
		{"Xã Cao Dương Huyện Thanh Oai, Thành phố Hà Nội", admin.Address{Commune: "Xã Cao Dương", District: "Huyện Thanh Oai", Province: "Thành phố Hà Nội"}},
		{"Ngõ 12, Cẩm Phả, Quảng Ninh", admin.Address{Street: "Ngõ 12", Commune: "Cẩm Phả", Province: "Quảng Ninh"}},
		{"Duong Huy, Cam Pha, Quang Ninh", admin.Address{Street: "Duong Huy", Commune: "Cam Pha", Province: "Quang Ninh"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := admin.ParseAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a)
		})
	}
}
