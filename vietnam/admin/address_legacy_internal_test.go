package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFromLegacy(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Phöôøng Beán Ngheù, Quaän 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"}, // VNI
		{"Thµnh phè Hµ Néi", "Thành phố Hà Nội"},                                   // TCVN3
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

func TestHasLegacyLatin1(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Phường Bến Nghé", false},
		{"Võ Thị Sáu, Quận 3", false},
		{"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý", false},
		{"Ñaék Noâng", true},  // VNI's đ and marks
		{"Thµnh phè", true},   // TCVN3's à
		{"BÕn NghÐ", true},    // TCVN3's ế read as Ð
		{"Ph\u00adêng", true}, // a soft hyphen: TCVN3's ườ
		{"Müller", true},      // German, which Detect leaves as it is
		{"", false},
	} {
		assert.Equal(t, tt.want, hasLegacyLatin1(tt.in), tt.in)
	}
}
