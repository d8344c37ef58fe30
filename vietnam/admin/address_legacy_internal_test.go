package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFromLegacy(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Phöôøng Beán Ngheù, Quaän 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"}, // VNI
		{"Thµnh phè Hµ Néi", "Thành phố Hà Nội"},                                   // TCVN3
		// VNI with no letter outside Vietnamese: its marks after the vowels give it away
		{"Thoân Taân An", "Thôn Tân An"},
		// Windows-1258: raw bytes, and shown as Windows-1252 (its tones
		// after the vowel)
		{"Ph\xfd\xf5\xccng B\xea\xecn Ngh\xe9, Qu\xe2\xf2n 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"},
		{"PhýõÌng Bêìn Nghé, Quâòn 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"},
		{"Th\xe0nh ph\xf4\xec H\xe0 N\xf4\xf2i", "Thành phố Hà Nội"},
		{"Thành phôì Hà Nôòi", "Thành phố Hà Nội"},
		{"Xa\xde T\xe2n An, Huy\xea\xf2n C\xe2\xccn Giu\xf4\xf2c", "Xã Tân An, Huyện Cần Giuộc"},
		{"S\xf4\xec 5 \xf0\xfd\xf5\xccng L\xea L\xf5\xf2i", "Số 5 đường Lê Lợi"},
		// Unicode with ì, ò after a vowel stays ("quì", "goòng")
		{"Đường Goòng, Phường Quì", "Đường Goòng, Phường Quì"},
		{"Phöôøng 1 – Quaän 3", "Phường 1 – Quận 3"},
		// Unicode, with and without letters of Latin-1, stays as it is
		{"Phường Bến Nghé, Quận 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"},
		{"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ àáâãèéêìíòóôõùúý", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ àáâãèéêìíòóôõùúý"},
		{"Café Müller, Hà Nội", "Café Müller, Hà Nội"},
		{"Ñ", "Ñ"},
		{"", ""},
	} {
		assert.Equal(t, tt.want, fromLegacy(tt.in), tt.in)
	}
}
