package vietnam_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// dashes are the hyphens and dashes people type or paste for '-': Word's
// autocorrect gives en and em dashes, a spreadsheet's formula the minus
// sign, Chinese and Japanese input methods the small and full-width forms.
var dashes = []struct {
	name string
	r    rune
}{
	{"hyphen", '\u2010'},
	{"non-breaking hyphen", '\u2011'},
	{"figure dash", '\u2012'},
	{"en dash", '\u2013'},
	{"em dash", '\u2014'},
	{"horizontal bar", '\u2015'},
	{"minus sign", '\u2212'},
	{"small em dash", '\uFE58'},
	{"small hyphen-minus", '\uFE63'},
	{"full-width hyphen-minus", '\uFF0D'},
}

// TestFoldDashes: every dash IsDash names folds to '-', as campaign's
// window parser reads it as a range, so that "Bà Rịa–Vũng Tàu" and
// "Bà Rịa－Vũng Tàu" fold alike.
func TestFoldDashes(t *testing.T) {
	for _, d := range dashes {
		assert.True(t, vietnam.IsDash(d.r), d.name)
		assert.Equal(t, "ba ria-vung tau", vietnam.Fold("Bà Rịa"+string(d.r)+"Vũng Tàu"), d.name)
	}
	for _, r := range []rune{'-', '_', '~', '·', '•', '\u00AD', '\u30FC'} { // hyphen-minus, soft hyphen, katakana long vowel mark
		assert.False(t, vietnam.IsDash(r), "%U", r)
	}
}

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
		{"नमस्ते", "नमस्ते"},      // Devanagari: vowel signs and the virama are spelling
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

// The marks that Fold strips are the accents of Latin, Greek and Cyrillic
// letters. In the scripts of South and Southeast Asia, in kana and in
// Hangul the marks are spelling: a Thai or Lao tone mark, an Indic virama
// or vowel sign, a Myanmar asat or a Khmer coeng makes another word, and
// Japanese dakuten turn ka into ga. The vowel points of Hebrew and Arabic
// (niqqud, tashkil) are written in schoolbooks and scripture and left out
// in everyday text, so they are dropped, as Lucene's ArabicNormalizer and
// search engines do; hamza and madda, which make letters of the Arabic
// keyboard (أ ؤ إ ئ آ), are kept.
func TestFoldMarksOfOtherScripts(t *testing.T) {
	for _, pair := range [][2]string{
		{"ข้าว", "ขาว"},     // Thai: rice, white (mai tho)
		{"ข่าว", "ข้าว"},    // news, rice
		{"ขุด", "ขด"},       // dig, coil (sara u below)
		{"ບ້ານ", "ບານ"},     // Lao: house, without mai tho
		{"क्या", "कया"},     // Hindi: what, with and without virama
		{"फ़ोन", "फोन"},     // nukta
		{"தமிழ்", "தமிழ"},   // Tamil with and without pulli
		{"မြန်မာ", "မြနမာ"}, // Myanmar asat
		{"ខ្មែរ", "ខមែរ"},   // Khmer coeng
		{"がっこう", "かっこう"},    // school, cuckoo (dakuten)
		{"سئل", "سيل"},      // Arabic: was asked, flood (hamza above)
		{"أمل", "امل"},      // hope, with hamza kept
	} {
		assert.False(t, vietnam.EqualFold(pair[0], pair[1]), "%q %q", pair[0], pair[1])
		assert.NotEqual(t, vietnam.Fold(pair[0]), vietnam.Fold(pair[1]), "%q %q", pair[0], pair[1])
		assert.Equal(t, vietnam.Fold(pair[0]), vietnam.Fold(norm.NFD.String(pair[0])), "NFD %q", pair[0])
	}
	for _, tt := range []struct{ in, want string }{
		{"ข้าว", "ข้าว"},
		{"नमस्ते", "नमस्ते"},
		{"ガッコウ", norm.NFD.String("ガッコウ")}, // kana with voicing marks, decomposed like Hangul
		// Thai keyboards let the tone mark be typed before or after the
		// vowel below; Fold writes the marks in canonical order, so both
		// spellings of shrimp give one key.
		{"กุ้ง", "กุ้ง"},
		{"กุ้ง", "กุ้ง"},
		{"שָׁלוֹם", "שלום"},   // Hebrew: shalom with niqqud
		{"מֹשֶׁה", "משה"},     // Moshe
		{"مُحَمَّد", "محمد"},  // Muhammad with tashkil
		{"Ἀθῆναι", "αθηναι"},  // Greek: accents and breathings go
		{"Ёлка", "елка"},      // Cyrillic: the diaeresis goes
		{"Мо́сква", "москва"}, // a stress mark
	} {
		assert.Equal(t, tt.want, vietnam.Fold(tt.in), tt.in)
		assert.Equal(t, tt.want, vietnam.Fold(norm.NFD.String(tt.in)), "NFD %q", tt.in)
		assert.Equal(t, "x "+tt.want, string(vietnam.AppendFold([]byte("x "), tt.in)), tt.in)
		assert.True(t, vietnam.EqualFold(tt.in, tt.want), tt.in)
		assert.True(t, vietnam.EqualFold(tt.want, tt.in), tt.in)
	}
	assert.True(t, vietnam.EqualFold("กุ้ง", "กุ้ง"))
	assert.True(t, vietnam.EqualFold("กุ้ง", "กุ้ง"))
}
