package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A postal code glued to the province's name at the end of the address,
// as exports that join the city and its code with no space write it, is
// read as the same code written apart: the province is its name, not a
// name with a number that reads through a typo or not at all. Five-digit
// codes are the national ones since 2018 (Hà Nội 10000-14000, Long An
// 82000-83000), six-digit ones VNPost's older codes.
func TestResolveGluedPostalCode(t *testing.T) {
	testSamePostalCode(t, []struct{ glued, apart string }{
		{"Số 7, Trúc Bạch, Ba Đình, Hà Nội100000", "Số 7, Trúc Bạch, Ba Đình, Hà Nội 100000"},
		{"Ấp 4, Tân Mỹ, Đức Hòa, Long An82000, Việt Nam", "Ấp 4, Tân Mỹ, Đức Hòa, Long An 82000, Việt Nam"},
		{"Xã Ea Kao, TP Buôn Ma Thuột, Đắk Lắk630000, VN", "Xã Ea Kao, TP Buôn Ma Thuột, Đắk Lắk 630000, VN"},
		{"Thôn 5, Hoài Đức, Hà Nội13100", "Thôn 5, Hoài Đức, Hà Nội 13100"}, // the district alone
		{"12 Hùng Vương, P.1, Mỹ Tho, TIỀN GIANG84000", "12 Hùng Vương, P.1, Mỹ Tho, TIỀN GIANG 84000"},
	})
}

// A postal code of five digits that opens with a zero, as those of the
// north-east do (Quảng Ninh 01000-02000, Hải Dương 03000, Hải Phòng
// 04000-05000), is a postal code as much as "70000": it is dropped, and
// the address reads as it does without it.
func TestResolvePostalCodeLeadingZero(t *testing.T) {
	testSamePostalCode(t, []struct{ glued, apart string }{
		{"Tổ 3, Cẩm Thủy, Cẩm Phả, Quảng Ninh 01000, Việt Nam", "Tổ 3, Cẩm Thủy, Cẩm Phả, Quảng Ninh, Việt Nam"},
		{"Thôn 2, Cẩm Giàng, Hải Dương, 03000", "Thôn 2, Cẩm Giàng, Hải Dương"},
		{"12 Trần Phú, Lãm Hà, Kiến An, Hải Phòng 04000", "12 Trần Phú, Lãm Hà, Kiến An, Hải Phòng"},
		{"Xã Lê Lợi, Huyện An Dương, Hải Phòng 050000", "Xã Lê Lợi, Huyện An Dương, Hải Phòng"},
	})
}

// testSamePostalCode checks that each address with its postal code
// (glued) reads, and parses, as it does written otherwise (apart).
func testSamePostalCode(t *testing.T, tests []struct{ glued, apart string }) {
	t.Helper()
	type read struct {
		Commune, District, Province string
		Candidates                  []string
		Confidence                  float64
	}
	readOf := func(s string) read {
		res, err := admin.ResolveAddress(s)
		require.NoError(t, err, s)
		r := read{Commune: codeOf(res.Commune), District: codeOf(res.District), Province: codeOf(res.Province), Confidence: res.Confidence}
		for _, c := range res.Candidates {
			r.Candidates = append(r.Candidates, codeOf(c.Unit))
		}
		return r
	}
	for _, tt := range tests {
		t.Run(tt.glued, func(t *testing.T) {
			want := readOf(tt.apart)
			require.NotEmpty(t, want.District)
			assert.Empty(t, cmp.Diff(want, readOf(tt.glued)))
			a, err := admin.ParseAddress(tt.glued)
			require.NoError(t, err)
			b, err := admin.ParseAddress(tt.apart)
			require.NoError(t, err)
			assert.Equal(t, b, a)
		})
	}
}
