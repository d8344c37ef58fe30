package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A type word written without tones ("tinh", "xa") before a name is the
// name's type word, unless it ends the name of a district or commune
// written with the words before it: "son tinh quang ngai" is Sơn Tịnh,
// Quảng Ngãi, read as "Sơn Tịnh, Quảng Ngãi" is (the district, or the
// 2025 commune of that name: ambiguous), not Tỉnh Quảng Ngãi alone.
func TestResolveTinhEndsName(t *testing.T) {
	tests := []struct {
		in       string
		district string // the pre-2025 district read
		commune  string // a candidate the answer must hold
	}{
		{"son tinh quang ngai", "Huyện Sơn Tịnh", "21220"},
		{"SON TINH QUANG NGAI", "Huyện Sơn Tịnh", "21220"},
		{"Sơn tinh Quảng Ngãi", "Huyện Sơn Tịnh", "21220"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.district, res.District.FullName())
			assert.True(t, res.Ambiguous)
			assert.Contains(t, candidateCodes(res), tt.commune)
		})
	}
	// "tinh" that ends no name there is the province's type word
	for _, in := range []string{"123 le loi tinh quang ngai", "thon 1 xa tinh ha huyen son tinh tinh quang ngai"} {
		res, err := admin.ResolveAddress(in)
		require.NoError(t, err)
		assert.Equal(t, "Tỉnh Quảng Ngãi", res.Province.FullName(), in)
	}
}

// So "xa" without tones after a word it ends a commune's name with:
// "lieu xa yen my hung yen" is Liêu Xá (the only one), Yên Mỹ, Hưng Yên,
// not Xã Yên Mỹ with "lieu" left over.
func TestResolveXaEndsName(t *testing.T) {
	for _, in := range []string{"lieu xa yen my hung yen", "LIEU XA YEN MY HUNG YEN", "xa lieu xa huyen yen my tinh hung yen"} {
		t.Run(in, func(t *testing.T) {
			res, err := admin.ResolveAddress(in)
			require.NoError(t, err)
			assertCurrent(t, res, "12064")
			assert.Equal(t, "Xã Liêu Xá", res.Commune.FullName())
			assert.Equal(t, "Huyện Yên Mỹ", res.District.FullName())
		})
	}
	// with no name before it, "xa" is the type word
	res, err := admin.ResolveAddress("thon 2 xa yen my hung yen")
	require.NoError(t, err)
	assertCurrent(t, res, "12073")
}
