package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The official conversion table of 2025 spells some pre-2025 communes
// otherwise than the list of units does ("Cư Yang" for Xã Cư Jang, "Vân
// Sơn" for Xã Văn Sơn, "Thạnh An" for Thị trấn Thanh An), and people
// write them either way: on ID cards, in customer lists (another parser's
// list of real addresses wrote "Thôn 4, Cư Yang, Ea Kar, Đắk Lắk"). Both
// spellings read as the commune, with the tones each has; a name that now
// fits two communes of the district is ambiguous.
func TestResolveConversionTableSpellings(t *testing.T) {
	tests := []struct {
		in        string
		commune   string   // the one current commune; "" when ambiguous
		ambiguous []string // the candidates when ambiguous
	}{
		{"Thôn 4, Cư Yang, Ea Kar, Đắk Lắk", "24406", nil},
		{"Xã Cư Jang, Huyện Ea Kar, Tỉnh Đắk Lắk", "24406", nil}, // the list's spelling still reads
		{"Kim Trung, Hưng Hà, Thái Bình", "12586", nil},
		{"thôn Đông, xã vân sơn, huyện triệu sơn, thanh hoá", "15715", nil},
		{"Xã Văn Sơn, Triệu Sơn, Thanh Hóa", "15715", nil},
		{"Sủng Cháng, Yên Minh, Hà Giang", "00829", nil},
		{"Tổ 5, P. Quan Triều, TP Thái Nguyên", "05482", nil},
		// Vĩnh Thạnh had a town and a commune both named Thạnh An (the
		// list wrote the town Thanh An): the type word tells them apart
		{"Ấp Qui Long, TT Thạnh An, Vĩnh Thạnh, TP Cần Thơ", "31231", nil},
		{"Xã Thạnh An, H. Vĩnh Thạnh, Cần Thơ", "31246", nil},
		{"Thạnh An, Vĩnh Thạnh, Cần Thơ", "", []string{"31231", "31246"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assertCurrent(t, res, tt.commune)
			if tt.ambiguous != nil {
				assert.True(t, res.Ambiguous)
				var got []string
				for _, c := range res.Candidates {
					got = append(got, c.Unit.Code().String())
				}
				assert.ElementsMatch(t, tt.ambiguous, got)
			}
		})
	}
}
