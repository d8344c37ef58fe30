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
