package admin

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestClearTypeWordNoise(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		changed  bool
	}{
		{"Huyện Chợ Gạo Tỉ,nh Tiền Giang", "Huyện Chợ Gạo Tỉnh Tiền Giang", true},
		{"P. Phong Cốc Th,ị xã Quảng Yên", "P. Phong Cốc Thị xã Quảng Yên", true},
		{"X. Lộc Thanh,T0P Bảo Lộc", "X. Lộc Thanh,TP Bảo Lộc", true},
		{"P4 T.Ph9ốĐông Hà", "P4 T.PhốĐông Hà", true},
		{"Huy.ện Tam Đảo, T1nh Vĩnh Phúc", "Huyện Tam Đảo, Tinh Vĩnh Phúc", true},
		{"Xã Tân Phú,Huyện Đồng Phú", "Xã Tân Phú,Huyện Đồng Phú", false}, // a comma between words
		{"Phường Bình,Tân", "Phường Bình,Tân", false},                     // "bìnhtân" is no type word
		{"P.12,Q.3", "P.12,Q.3", false},
		{"T.P Hồ Chí Minh", "T.P Hồ Chí Minh", false}, // "T.P" reads already
		{"Ph1ú Yên", "Ph1ú Yên", false},               // "phiu" is no type word
		{",", ",", false},
		{"", "", false},
	} {
		got, changed := clearTypeWordNoise(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.changed, changed, tt.in)
	}
}

// clearTypeWordNoise passes over a mark with a byte that is of no letter
// on either side (letterMayStart) before it reads the letters there: the
// bytes it passes over are those of ASCII runes isLetterRune rejects.
func TestLetterMayStart(t *testing.T) {
	for c := range 256 {
		want := c >= utf8.RuneSelf || isLetterRune(rune(c))
		assert.Equal(t, want, letterMayStart(byte(c)), "byte %#x", c)
	}
}
