package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestToneOfIsWordTone holds toneOf, which makes the tone key of a marked
// token with appendToneWord at once, to appendAddrWordTone, the tone key
// Find and the index make, for every token of the labelled addresses and
// of texts whose words mix marks with apostrophes, digits, capitals and a
// final y: a marked token is neither a number nor a word without marks.
func TestToneOfIsWordTone(t *testing.T) {
	marked := 0
	check := func(s string, st *resolveState) {
		for x := range st.toks {
			want := string(appendAddrWordTone(nil, st.norm, st.toks[x]))
			require.Equal(t, want, string(st.toneOf(x)), "%q token %d", s, x)
			if st.toks[x].marked {
				marked++
			}
		}
	}
	ds := Embedded()
	for _, s := range []string{
		"Xã Ia H'Drai, Huyện Ia H’Drai, Kon Tum",
		"P8Q10 Lê Hồng Phong, Phường Kỳ Bá",
		"Thôn 2A Đắk Ơ, Bù Gia Mập, BÌNH PHƯỚC",
		"số 12b/3 Ngõ Quỳnh, Hai Bà Trưng, Hà Nội",
		"Xã Quý Lộc, Yên Định, Thanh Hoá",
		"ap Moi, xa Tan Phu Dong, Go Cong",
	} {
		st, ok := newLook(ds, s)
		require.True(t, ok, s)
		check(s, &st)
	}
	eachFirstLook(t, check)
	assert.Greater(t, marked, 10000)
}
