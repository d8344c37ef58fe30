package admin

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

// TestScanAddrText: what the scan finds in the forms an address takes.
func TestScanAddrText(t *testing.T) {
	const slow, ascii, dash, clean, longS = addrTextSlow, addrTextASCII, addrTextDash, addrTextClean, addrTextLongS
	for _, tt := range []struct {
		in   string
		want addrTextFlags
	}{
		{"", ascii},
		{"phuong lai thieu, binh duong", ascii},
		{"Thôn 5 - Văn Chấn", dash},
		{"thon 5 - van chan", ascii | dash},
		{"Phường Lái Thiêu, Thành phố Thuận An, Tỉnh Bình Dương", 0},
		{"HÀ NỘI", 0},
		{"Ngõ 4\nHà Nội", slow},                                  // a line break
		{"Hà  Nội", slow},                                        // two spaces
		{" Hà Nội", slow},                                        // a space before
		{"Hà Nội ", slow},                                        // a space after
		{"Hà\tNội", slow},                                        // a tab
		{"Hà\u00a0Nội", slow},                                    // a no-break space
		{"Thôn 5 – Văn Chấn", slow},                              // a dash but '-'
		{"Ñaék R'Tíh, Tuy Ñöùc", slow},                           // VNI read as Windows-1252
		{"Thµnh phè Hµ Néi", slow},                               // TCVN3
		{"NguyÔn", slow},                                         // TCVN3: a capital after a small letter
		{"Phaïm", slow},                                          // VNI: a tone after a vowel
		{"Leâ", slow},                                            // VNI: a circumflex after e
		{"Môùi", slow},                                           // VNI: a tone after ô
		{"Phù Mỹ, Cù Lao", 0},                                    // ù after a consonant: Vietnamese
		{"Khuê, Quá, Hoà", 0},                                    // ê after u, á after u, à after o
		{"\xff Hà", slow},                                        // not UTF-8
		{"H\xc3", slow},                                          // a rune cut short
		{"Ðông", slow},                                           // Normalize writes Đ
		{"Hà Nội \u2013 Việt Nam", slow},                         // an en dash
		{"e\u0301", slow},                                        // a tone apart, which Normalize composes
		{"Đường 30/4, Quận Ninh Kiều", 0},                        // đ, ư, ơ past Latin-1
		{"TỉnhThái Nguyên - Việt Nam", dash | clean},             // a capital after a small letter
		{"TPHàNội", clean},                                       // capitals, then a small letter
		{"Huyệnđô Lương", clean},                                 // a type word glued to the name
		{"Huyện Đô Lương, huyệnđô", 0},                           // glued, but not where first met
		{"Cai Lậy (Thị xã)", clean},                              // a bracket
		{"ĐT 0353222111 Hà Nội", clean},                          // nine digits
		{"Nam Đị8nh", clean},                                     // a digit after a letter with a tone
		{"Lô8, Hà Nội", clean},                                   // after a letter of two bytes
		{"Lo8, Ha Noi", ascii},                                   // after an ASCII letter
		{"Số 8, Hà Nội", 0},                                      // after a space
		{"123 Lê Lợi, gần chợ Bến Thành", clean},                 // a landmark
		{"đối diện chợ, Quận 1", clean},                          // a landmark, with đ
		{"Binh Thanh District, Ho Chi Minh City", ascii | clean}, // English type words
		{"Binh Thanh CITY 5", ascii | clean},
		{"Binh Thanh Diſtrict Hà Nội", longS}, // a long s: not a word of addrCleanWords
		{"TỉnhThái Nguyên\nHà Nội", slow},     // cleaning, then a line break
		{"TỉnhThái  Nguyên", slow},            // cleaning, then two spaces
	} {
		assert.Equal(t, tt.want, scanAddrText(tt.in), "%q", tt.in)
		checkScanAddrText(t, tt.in)
	}
}

// checkScanAddrText reports where the scan's answer for s breaks its
// promise (scanAddrText): it may say addrTextSlow where nothing needs it,
// but nowhere else.
func checkScanAddrText(t *testing.T, s string) {
	t.Helper()
	f := scanAddrText(s)
	if f&addrTextSlow != 0 {
		return
	}
	if f&addrTextClean == 0 && (f&addrTextLongS != 0) != strings.Contains(s, "ſ") {
		t.Errorf("%q: scan %05b, but ſ %v", s, f, strings.Contains(s, "ſ"))
	}
	if f&addrTextClean == 0 && !strings.Contains(s, "ſ") {
		// no English type word, before its dashes are read as commas
		// or after (tokenizeAddress skips splitAddrEnglish)
		dashed, _ := splitAddrDashes(nil, s)
		if englishTypeBeforeSpace(s) || englishTypeBeforeSpace(dashed) {
			t.Errorf("%q: scan %04b, but an English type word", s, f)
		}
	}
	// and of s with its dashes read as commas (tokenizeAddress asks
	// the scan of either)
	if dashed, _ := splitAddrDashes(nil, s); needsAddrClean(dashed) != (f&addrTextClean != 0) ||
		hasMarks(dashed) != (f&addrTextASCII == 0) {
		t.Errorf("%q: scan %04b, dashes read as commas %q: needsAddrClean %v, marks %v",
			s, f, dashed, needsAddrClean(dashed), hasMarks(dashed))
	}
	if hasAddrLineBreak(s) || vietnam.Normalize(s) != s || hasAddrDash(s) != (f&addrTextDash != 0) ||
		f&addrTextASCII == 0 && vietnam.LooksLegacy(s) || needsAddrClean(s) != (f&addrTextClean != 0) {
		t.Errorf("%q: scan %04b, line break %v, Normalize %q, dash %v, LooksLegacy %v, needsAddrClean %v",
			s, f, hasAddrLineBreak(s), vietnam.Normalize(s), hasAddrDash(s), vietnam.LooksLegacy(s), needsAddrClean(s))
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if f&addrTextASCII != 0 {
				t.Errorf("%q: scan says ASCII", s)
			}
			return
		}
	}
}

// TestScanAddrTextPairs: LooksLegacy and Normalize judge a rune by itself
// and the one before it, so the scan keeps its promise on any text if it
// does on every pair (and on each pair between letters), and it is exact
// where both are ASCII or runes of addrRunes: it says addrTextSlow only
// where LooksLegacy or Normalize would act.
func TestScanAddrTextPairs(t *testing.T) {
	var rs []rune
	for r := rune(0); r < utf8.RuneSelf; r++ {
		rs = append(rs, r)
	}
	inTable := map[rune]bool{}
	for k := range addrRunes() {
		var b [3]byte
		enc := b[:2]
		if k < 4<<6 {
			b[0], b[1] = 0xC3+byte(k>>6), 0x80|byte(k&0x3F)
		} else {
			b[0], b[1], b[2] = 0xE1, 0xBA+byte((k-4<<6)>>6), 0x80|byte(k&0x3F)
			enc = b[:3]
		}
		r, _ := utf8.DecodeRune(enc)
		rs = append(rs, r)
		inTable[r] = true
	}
	rs = append(rs, 0x80, 0x85, 0xA0, 0xAD, 0xBF, 0x1C0, 0x24F, 0x0301, 0x1E00, 0x2013, 0x2028, 0x200B, 0xFEFF, 0xFF0D, utf8.RuneError)
	for _, p := range rs {
		for _, r := range rs {
			pair := string(p) + string(r)
			for _, s := range []string{pair, "b" + pair + "b", "a " + pair + " a"} {
				checkScanAddrText(t, s)
			}
			if (p < utf8.RuneSelf || inTable[p]) && (r < utf8.RuneSelf || inTable[r]) {
				slow := scanAddrText(pair)&addrTextSlow != 0
				ascii := p < utf8.RuneSelf && r < utf8.RuneSelf
				want := hasAddrLineBreak(pair) || vietnam.Normalize(pair) != pair || !ascii && vietnam.LooksLegacy(pair)
				if slow != want {
					t.Errorf("%q: scan says slow %v, want %v", pair, slow, want)
				}
			}
		}
	}
}

// TestScanAddrTextDashes: needsAddrClean says of a text with its dashes
// read as commas (splitAddrDashes) what the scan said of it, which
// tokenizeAddress takes: every word of addrCleanWords, glued, cut or
// not, and every rune of addrRunes and ASCII, before and after a dash
// that separates parts, spaced and between words in a list.
func TestScanAddrTextDashes(t *testing.T) {
	var words []string
	for _, ws := range addrCleanWords {
		for _, w := range ws {
			words = append(words, w.w)
		}
	}
	for _, w := range addrCleanDWords {
		words = append(words, w.w)
	}
	rs := addrTestRunes(0x21)
	split := 0
	check := func(s string) {
		t.Helper()
		if d, _ := splitAddrDashes(nil, s); d != s {
			split++
		}
		checkScanAddrText(t, s)
	}
	for _, w := range words {
		up := strings.ToUpper(w[:1]) + w[1:]
		for _, v := range []string{w, up, strings.TrimSpace(w)} {
			for _, r := range rs {
				check(v + " - " + r + "a")
				check(v + r + " - " + v + r)
				check("a" + r + " - " + v + " - Hà")
				check("Tân" + r + "-" + v + "-Đắk")
				check(v + "-" + r + "b-Lắk")
			}
			for k := 1; k < len(v); k++ {
				if utf8.RuneStart(v[k]) {
					check(v[:k] + " - " + v[k:] + "x")
					check("Tân-" + v[:k] + "-" + v[k:] + "-Lắk")
				}
			}
		}
	}
	assert.Greater(t, split, 10000, "texts whose dashes were read as commas")
}

// TestScanAddrTextSet: the scan keeps its promise on every address of the
// labelled sets, written as they are, without tones, in capitals.
func TestScanAddrTextSet(t *testing.T) {
	data, err := os.ReadFile("testdata/addresses/addresses.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var slow []string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		in, _, _ := strings.Cut(line, "\t")
		for _, v := range []string{in, vietnam.Fold(in), strings.ToUpper(in), strings.ToLower(in)} {
			checkScanAddrText(t, v)
			if scanAddrText(v)&addrTextSlow != 0 {
				// the text tokenizeAddress scans again
				w := vietnam.Normalize(fromLegacy(addrLinesAsParts(v)))
				checkScanAddrText(t, w)
				slow = append(slow, w)
			}
		}
	}
	// and finds it slow rarely: the second scan is worth it
	still := 0
	for _, w := range slow {
		if scanAddrText(w)&addrTextSlow != 0 {
			still++
		}
	}
	assert.NotEmpty(t, slow)
	assert.Less(t, still*10, len(slow), "texts Normalize wrote that the scan finds slow")
}

// FuzzScanAddrText: the scan keeps its promise on any text.
func FuzzScanAddrText(f *testing.F) {
	for _, s := range []string{
		"Phường Lái Thiêu, Thành phố Thuận An", "thon 5 - van chan", "Ñaék R'Tíh", "NguyÔn", "Môùi", "Hà  Nội", "H\xc3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScanAddrText(t, s)
		if scanAddrText(s)&addrTextSlow != 0 {
			// the text tokenizeAddress scans again
			checkScanAddrText(t, vietnam.Normalize(fromLegacy(addrLinesAsParts(s))))
		}
	})
}

// TestCleanASCIIText: on ASCII text the scan has read, cleanASCIIText,
// told by the scan whether there is more than Telex or VNI to clean,
// cleans as cleanAddrText: every address of the labelled sets without
// tones, in capitals, in small letters, and typed in Telex or VNI.
func TestCleanASCIIText(t *testing.T) {
	data, err := os.ReadFile("testdata/addresses/addresses.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ins := []string{"Phuwowngf Beens Nghes, Quaanj 1", "Phuong72 Ben61 Nghe1 (gan cho)", "Huyeenj Ddoo Luwowng"}
	for _, line := range strings.Split(string(data), "\n") {
		if in, _, _ := strings.Cut(line, "\t"); in != "" && !strings.HasPrefix(in, "#") {
			f := vietnam.Fold(in)
			ins = append(ins, f, strings.ToUpper(f), strings.ToLower(f))
		}
	}
	var a, b addrScratch
	for _, s := range ins {
		if f := scanAddrText(s); f&(addrTextSlow|addrTextASCII) == addrTextASCII {
			assert.Equal(t, a.cleanAddrText(s), b.cleanASCIIText(s, f&addrTextClean != 0, asciiAddrKeys(s)), "%q", s)
		}
	}
}

// TestAddrCaseSplits holds the constant addrCaseSplits to its rule, for
// each three runes' cases as scanAddrText keeps them: a capital after a
// small letter, or two capitals then a small letter.
func TestAddrCaseSplits(t *testing.T) {
	for h := range 64 {
		prev2, prev, cls := int8(h>>4), int8(h>>2&3), int8(h&3)
		want := cls == addrRuneUpper && prev == addrRuneLower ||
			prev2 == addrRuneUpper && prev == addrRuneUpper && cls == addrRuneLower
		assert.Equal(t, want, uint64(addrCaseSplits)>>h&1 != 0, "cases %02b %02b %02b", prev2, prev, cls)
	}
}

// TestScanAddrTextGluedForms: the scan passes a type word as texts most
// often write it (addrGluedFormAt) without reading its letters, where
// needsAddrClean reads them: both say the same of each form, not glued
// or glued to what follows, after what may make its letters' cases a
// glued word's, and met once before or not.
func TestScanAddrTextGluedForms(t *testing.T) {
	befores := []string{"", "a ", "Số 5, ", "b", "B", "BB", "ab", "Ạ", "ạ", "1", "(", "-"}
	afters := []string{"", " ", ",", ".", ")", "-", "'", "1", "12345678", "a", "A", "ạ", "Ạ", "đ", "\u0301", "ſ", " Bến Nghé", " bến", "Bến"}
	for c, forms := range addrGluedForms {
		for _, g := range forms {
			require.Equal(t, byte(c), g.w[0], "%q", g.w)
			for _, b := range befores {
				for _, a := range afters {
					for _, s := range []string{b + g.w + a, g.w + " 1, " + b + g.w + a, b + g.w + a + ", " + g.w + "bến"} {
						checkScanAddrText(t, s)
					}
				}
			}
		}
	}
	// each word in each form
	var n int
	for _, forms := range addrGluedForms {
		n += len(forms)
	}
	assert.Equal(t, 3*len(addrGluedTypeWords), n)
}

// TestAddrCleanThirds: where addrCleanThirds says no word of a pair
// opens (scanAddrText then reads on), addrCleanWordAt finds none and
// notes none in seen: for every ASCII letter that opens words, in either
// case, every second, and every ASCII byte and rune of addrRunes after
// it, at the end of a text and before the rest of each word.
func TestAddrCleanThirds(t *testing.T) {
	// and runes past addrRunes that lower-case to ASCII letters (İ is
	// one of them)
	thirds := append(addrTestRunes(0), "\u212a", "\u1e9e", "\u0345")
	var tails []string
	for _, ws := range addrCleanWords {
		for _, w := range ws {
			tails = append(tails, w.w[3:], strings.ToUpper(w.w[3:]))
		}
	}
	skipped := 0
	for k := range addrCleanPairs {
		for x, ws := range addrCleanPairs[k] {
			if len(ws) == 0 {
				continue
			}
			for _, lead := range []byte{'a' + byte(k), 'A' + byte(k)} {
				for _, second := range []byte{'a' + byte(x), 'A' + byte(x)} {
					for _, third := range thirds {
						if addrCleanThirds[k][x]&addrThirdBit[third[0]] != 0 {
							continue
						}
						skipped++
						for _, tail := range tails {
							s := string([]byte{lead, second}) + third + tail
							var seen uint8
							if addrCleanWordAt(s, 0, rune('a'+k), &seen) || seen != 0 {
								t.Errorf("%q: addrCleanThirds passes it over, but addrCleanWordAt finds a word (seen %b)", s, seen)
							}
						}
					}
				}
			}
		}
	}
	assert.Positive(t, skipped)
}

// addrTestRunes returns, one a string, each ASCII rune from first on and
// each rune of addrRunes.
func addrTestRunes(first rune) []string {
	var rs []string
	for r := first; r < utf8.RuneSelf; r++ {
		rs = append(rs, string(r))
	}
	for r := rune(0xC0); r < 0x1C0; r++ {
		rs = append(rs, string(r))
	}
	for r := rune(0x1E80); r < 0x1F00; r++ {
		rs = append(rs, string(r))
	}
	return rs
}

// TestAddrLowerBits: the walk of a rune's case orbit finds the bits of
// every rune past ASCII and below U+2000 that lowerAddrRune makes it, as
// a reading of each rune of the range finds them, for every rune that
// lowerAddrRune makes (the thirds of addrCleanPairs among them).
func TestAddrLowerBits(t *testing.T) {
	want := map[rune]uint32{}
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < 0x2000; r++ {
		want[lowerAddrRune(r)] |= addrThirdBit[utf8.AppendRune(buf[:0], r)[0]]
	}
	for l := rune(0); l < 0x2000; l++ {
		require.Equal(t, want[l], addrLowerBits(l), "%U %q", l, l)
	}
}
