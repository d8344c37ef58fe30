package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Sắc written on a word that ends in a stop accepts the unit's word with
// no tone and the same letters, vowel marks aside, and no tone written
// on such a word accepts the unit's with other vowel marks ("Đak" for
// Đăk), and đ and d before another consonant are one letter; nothing
// else changes.
func TestToneWordAcceptsStop(t *testing.T) {
	tests := []struct {
		text, unit string // as written, the unit's
		want       bool
	}{
		{"Đắk", "Đak", true},
		{"Đắk", "Đăk", true},
		{"đắk", "Đak", true},
		{"Búk", "Buk", true},
		{"Bách", "Bach", true},
		{"Pắc", "Pac", true},
		{"Đặk", "Đak", false}, // nặng is another tone
		{"Đắk", "Dak", false}, // đ is not d
		{"Đắk", "Đắc", false}, // other letters
		{"Ánh", "Anh", false}, // no stop: tones as written
		{"Tấn", "Tân", false}, // no stop
		{"Đắk", "Đắk", true},  // the same word
		{"Đăk", "Đắk", true},  // no tone written: any tone, as before
		{"Hòa", "Hoa", false}, // huyền is a tone
		{"Đắt", "Đạt", false}, // the unit's tone is another
		{"Ốt", "Ơt", true},    // a vowel mark other than the list's
		// no tone written on a word that ends in a stop: vowel marks aside
		{"Đăk", "Đak", true},
		{"Đak", "Đăk", true},
		{"Đak", "Đắk", true},
		{"Đâk", "Đắk", true},
		{"Đăk", "Dak", false}, // đ is not d
		{"Đăn", "Đan", false}, // no stop
		{"Ơn", "Ôn", false},   // no stop
		// đ and d before another consonant: a minority language's word
		{"ĐRAN", "D'Ran", true},
		{"Đrăng", "Drăng", true},
		{"Dliê", "ĐLiê", true},
		{"Đrăng", "Drang", false}, // the vowel marks still count
		{"Đan", "Dan", false},     // a vowel after it: Vietnamese, đ is not d
		{"Đrăng", "Trăng", false},
	}
	for _, tt := range tests {
		w, u := addrToneKey(tt.text), addrToneKey(tt.unit)
		assert.Equal(t, tt.want, toneWordAccepts(w, u), "%q (%s) and %q (%s)", tt.text, w, tt.unit, u)
	}
}
