package vietnam_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Letters of other scripts are letters: two names in Chinese, Russian,
// Greek or Korean compare equal only when they are the same name. The
// expansions are those of Unicode's compatibility decompositions and of
// the transliteration tables search engines use (unidecode, ICU Latin-ASCII):
// ß is ss, æ ae, œ oe, ĳ ij, þ th, the ligature ﬁ fi. Symbols and emoji
// separate words.
func TestFoldOtherScripts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"张伟", "张伟"},
		{"李娜", "李娜"},
		{"ИВАНОВ Иван", "иванов иван"},
		{"Йошкар-Ола", "иошкар-ола"}, // й without its breve, as NFD input gives
		{"ΣΟΦΊΑ", "σοφια"},
		{"σοφία", "σοφια"},
		{"Ὀδυσσεύς", "οδυσσευσ"},        // final sigma is sigma
		{"김민준", norm.NFD.String("김민준")}, // Hangul as jamo, as NFD input has it
		{"Straße", "strasse"},
		{"STRASSE", "strasse"},
		{"Æbelø Œuvre", "aebelo oeuvre"},
		{"ĳsselmeer Ĳmuiden", "ijsselmeer ijmuiden"},
		{"Þór", "thor"},
		{"ﬁnal ﬂow ﬀ", "final flow ff"},
		{"Ｈà Ｎội", "ha noi"}, // fullwidth
		{"Hà Nội❤️2025", "ha noi 2025"},
		{"Hà Nội 😀 Huế", "ha noi hue"},
		{"Nguyễn™ Văn©A", "nguyen van a"},
		{"a→b ★ c", "a b c"},
		{"¿Qué? ¡Sí!", "que? si!"},
		{"Hà·Nội", "ha noi"},
		{"Hà\u0085Nội", "ha noi"}, // NEL is a line break, a space as for Normalize
		{"नमस्ते", "नमसते"},       // Devanagari: vowel signs kept, the virama (an attached mark) dropped
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, vietnam.Fold(tt.in))
			assert.Equal(t, tt.want, vietnam.Fold(norm.NFD.String(tt.in)), "NFD input")
			assert.Equal(t, tt.want, string(vietnam.AppendFold([]byte{}, tt.in)))
			assert.True(t, vietnam.EqualFold(tt.in, tt.want))
		})
	}
	for _, pair := range [][2]string{
		{"张伟", "李娜"}, {"Иванов", "Петров"}, {"김민준", "이서연"}, {"😀", "😢x"}, {"Σοφία", "Σοφίε"},
	} {
		assert.False(t, vietnam.EqualFold(pair[0], pair[1]), "%q %q", pair[0], pair[1])
	}
	assert.True(t, vietnam.EqualFold("Straße", "STRASSE"))
	assert.True(t, vietnam.EqualFold("Σοφία", "ΣΟΦΙΑ"))
}
