package vietnam_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/hocvuso/hocvuso/vietnam"
)

func ExampleLooksLegacy() {
	for _, s := range []string{
		"Nguyễn Văn Bình, Phường Bến Nghé", // Unicode
		"Nguyen Van Binh",     // ASCII
		"Nguyeãn Vaên Bình",   // VNI shown as Windows-1252
		"§Æng V¨n B×nh",       // TCVN3 shown as Windows-1252
		"Nguye^~n Va(n Bi`nh", // VIQR
	} {
		fmt.Println(vietnam.LooksLegacy(s), s)
	}
	// Output:
	// false Nguyễn Văn Bình, Phường Bến Nghé
	// false Nguyen Van Binh
	// true Nguyeãn Vaên Bình
	// true §Æng V¨n B×nh
	// true Nguye^~n Va(n Bi`nh
}

// TestLooksLegacy checks the text of rosters and address lists: legacy
// text and VIQR look so, Unicode and ASCII with the same symbols used
// otherwise ("+84" phones, brackets, dashes, quotes) do not.
func TestLooksLegacy(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"", false},
		{"Nguyễn Văn An", false},
		{"Nguyen Van An", false},
		{"Võ Thị Sáu, Quận 3", false},
		{"À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý à á â ã è é ê ì í ò ó ô õ ù ú ý", false},
		{"giùm, Giùi", false},
		{"José", false},
		{"+84 912 345 678", false},
		{"(+84) 912.345.678", false},
		{"Tổ 3 (KP 2), P. Lái Thiêu", false},
		{"Phường 1 – Quận 3 “Chợ Lớn”…", false}, // Windows-1252's punctuation, typed in Unicode
		{"Phường\u00a0Bến Nghé", false},         // a no-break space, pasted from a web page
		// Unicode has these vowel pairs, which VNI's marks also make
		{"Quá Giàu, Hoà Khánh", false},
		{"Tuân, Khuê, Nguyên", false},
		{"Thuý, khoẻ, hoè", false},
		{"Hoàng Thị Ánh", false},
		// VIQR
		{"Nguye^~n Va(n Giang", true},
		{"Tra^`n Thi. Thu+o+ng", true},
		{"thu+o+ng@mail.vn", false}, // an e-mail address
		{"i'm la(.ng", true},
		{"ho.c sinh", true},
		// English's "I'm" and "a.m." put a VIQR tone before a final,
		// and are no VIQR (escapeEnglish)
		{"I'm", false},
		{"Hi! I'm Tom.", false},
		{"a.m.", false},
		{"Open 9 a.m. to 5 p.m.", false},
		// VNI read as Windows-1252: Latin-1 letters outside Vietnamese,
		// and a mark byte after a vowel where Unicode has no such pair
		{"Traàn Thò Thuûy", true},
		{"Ñaék R'Tíh, Tuy Ñöùc, Ñaék Noâng", true},
		{"Phöôøng Beán Ngheù, Quaän 1, TP.HCM", true},
		{"Nguyeãn Minh Loan", true},
		{"Nguyeãn Vaên An", true},
		{"Leâ Thò Mai", true},
		{"Buoân Ma Thuoät", true},
		{"Voõ Vaên Kieät", true},
		{"Môùi", true}, // VNI's ơ shows as ô
		// TCVN3 read as Windows-1252: symbols, and small toned letters
		// that show as capitals inside a word
		{"§Æng V¨n B×nh", true},
		{"Thµnh phè Hµ Néi", true},
		{"BÕn NghÐ", true},
		{"Ph\u00adêng", true}, // a soft hyphen: TCVN3's ườ
		{"NguyÔn Minh Loan", true},
		// raw bytes of a legacy file
		{"Ph\xad\xeang", true},
		// other languages: for Detect to keep as they are
		{"Müller", true},
		{"Ñandú", true},
		// Windows-1258 read as Windows-1252: a tone byte after a vowel
		{"Viêòt Nam", true},
		{"PhýõÌng Bêìn Nghé, Quâòn 1, TP.HCM", true},
		{"Thành phôì Hà Nôòi", true},
		{"TRÝÕÌNG", true},
		// Unicode has ì after the u of qu, ò after the i of gi and in the
		// oo of loan words, and its misspellings put a tone after ơ, ư
		{"quì, Quì, QUÌ", false},
		{"giò, GIÒN", false},
		{"goòng, xoòng, GOÒNG", false},
		{"tươì, lưòi", false},
	} {
		assert.Equal(t, tt.want, vietnam.LooksLegacy(tt.in), tt.in)
	}
}

// TestLooksLegacyWords checks LooksLegacy on every syllable of a
// Vietnamese dictionary (detectWords) and on its VNI and TCVN3 forms as
// Windows-1252 shows them. No word written in Unicode, in small letters
// or capitals, looks legacy. A legacy form that does not is one whose
// characters are all ASCII or Vietnamese letters ("Thèng" is TCVN3 for
// "Thống", "Moïi" VNI for "Mọi"): only Detect, reading the words, can
// tell. go test -run TestLooksLegacyWords -v prints how many of the
// legacy forms LooksLegacy catches.
func TestLooksLegacyWords(t *testing.T) {
	words := detectWords(t)
	caught := map[vietnam.Encoding][2]int{} // caught, all
	for _, w := range words {
		for _, u := range []string{w, strings.ToUpper(w)} {
			assert.False(t, vietnam.LooksLegacy(u), "Unicode %q", u)
		}
		for _, e := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.Windows1258} {
			raw, err := e.Encode(w)
			require.NoError(t, err, w)
			if e == vietnam.VNI {
				raw = vniEncode(w)
			}
			if !utf8.ValidString(raw) {
				assert.True(t, vietnam.LooksLegacy(raw), "%v raw bytes of %q", e, w)
			}
			shown, err := charmap.Windows1252.NewDecoder().String(raw)
			require.NoError(t, err)
			if shown == w {
				continue
			}
			n := caught[e]
			n[1]++
			if vietnam.LooksLegacy(shown) {
				n[0]++
			} else {
				for _, r := range shown {
					assert.True(t, r < utf8.RuneSelf || isVietnameseLetter(r), "%v %q (%q) does not look legacy, and has %q", e, shown, w, r)
				}
			}
			caught[e] = n
		}
	}
	for e, n := range caught {
		t.Logf("%v shown as Windows-1252: %d of %d words look legacy (%.1f%%)", e, n[0], n[1], 100*float64(n[0])/float64(n[1]))
	}
}

// isVietnameseLetter reports the letters of the Vietnamese alphabet
// outside ASCII, in either case.
func isVietnameseLetter(r rune) bool {
	const letters = "đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
	return strings.ContainsRune(letters, unicode.ToLower(r))
}

// FuzzLooksLegacy checks that LooksLegacy never panics, that bytes that
// are not UTF-8 always look legacy, and that its evidence is local: text
// that looks legacy for a character outside ASCII still does with other
// text before or after it.
func FuzzLooksLegacy(f *testing.F) {
	for _, s := range []string{"", "Nguyễn Văn An", "Nguyeãn Vaên An", "§Æng V¨n B×nh", "NguyÔn", "Nguye^~n", "Môùi", "\xff", "a\xc3", "–"} {
		f.Add(s, "Phường Bến Nghé")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		got := vietnam.LooksLegacy(a)
		if !utf8.ValidString(a) && !got {
			t.Fatalf("LooksLegacy(%q) = false for bytes that are not UTF-8", a)
		}
		if !got || isASCII(a) {
			return
		}
		for _, s := range []string{a + " " + b, b + " " + a} {
			if !vietnam.LooksLegacy(s) {
				t.Fatalf("LooksLegacy(%q) = true, but LooksLegacy(%q) = false", a, s)
			}
		}
	})
}

// BenchmarkLooksLegacy compares LooksLegacy with what a program would do
// without it, Detect on every text, on the texts an importer meets.
func BenchmarkLooksLegacy(b *testing.B) {
	for _, tt := range []struct{ name, s string }{
		{"Unicode", "Tổ 3, Khu phố Bình Đức, Phường Lái Thiêu, Thành phố Thuận An, Tỉnh Bình Dương"},
		{"ASCII", "To 3, Khu pho Binh Duc, Phuong Lai Thieu, Thanh pho Thuan An, Tinh Binh Duong"},
		{"VNI", "Toå 3, Khu phoá Bình Ñöùc, Phöôøng Laùi Thieâu, Thaønh phoá Thuaän An, Tænh Bình Döông"},
	} {
		b.Run(tt.name+"/LooksLegacy", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBool = vietnam.LooksLegacy(tt.s)
			}
		})
		b.Run(tt.name+"/BaselineDetect", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				e, _ := vietnam.Detect(tt.s)
				sinkBool = e != vietnam.Unicode
			}
		})
	}
}
