package vietnam

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Encoding names a way Vietnamese text has been stored. Before Unicode
// became common (around 2001 for government offices), Vietnamese was
// typed in 8-bit font encodings, and files, spreadsheets and databases
// from that time are still read today.
//
// The zero Encoding is EncodingUnknown.
type Encoding uint8

const (
	// EncodingUnknown is what Detect returns when no encoding fits.
	EncodingUnknown Encoding = iota
	// Unicode is UTF-8 text, precomposed (NFC) or decomposed (NFD).
	Unicode
	// TCVN3 is the national standard TCVN 5712:1993 in its VN3 form, the
	// "ABC" encoding of the .VnTime family of fonts: one byte per letter.
	// It has codes for lower-case toned letters only; capitals with a
	// tone mark were typed with the same codes in separate capital fonts
	// (.VnTimeH), so the case of those letters is lost in the bytes.
	TCVN3
	// VNI is the VNI-Windows encoding of the VNI fonts: a base letter
	// followed by one byte for the vowel mark and tone ("Ñöôøng" is
	// "Đường"), with single bytes for đ, ơ, ư and the toned i.
	VNI
	// VIQR is the 7-bit ASCII convention of RFC 1456: marks typed after
	// the vowel ("Vie^.t Nam", "dd" for đ).
	VIQR
	// Windows1258 is Microsoft's Vietnamese code page (CP1258, the ANSI
	// code page of Vietnamese Windows, "windows-1258" of the WHATWG
	// Encoding Standard): one byte for ă, â, đ, ê, ô, ơ, ư and a few
	// toned letters, and the five tones as combining marks after the
	// vowel (bytes CC, EC, D2, DE, F2: "Vi\xea\xf2t" is "Việt").
	Windows1258
)

// String returns "unknown", "Unicode", "TCVN3", "VNI", "VIQR" or
// "Windows-1258".
func (e Encoding) String() string { return enumName(encodingNames[:], "Encoding", e) }

var encodingNames = [...]string{EncodingUnknown: "unknown", Unicode: "Unicode", TCVN3: "TCVN3", VNI: "VNI", VIQR: "VIQR", Windows1258: "Windows-1258"}

// Decode converts text in encoding e to Unicode NFC.
//
// Legacy 8-bit text reaches a Go program in one of two forms, and Decode
// accepts both: the raw bytes, as read from a file (a string that is not
// valid UTF-8), or, far more often, a valid UTF-8 string whose characters
// are those bytes read as Windows-1252 or Latin-1 by Excel, a CSV reader
// or a database driver: "§¹i häc" for "Đại học" in TCVN3, "Ñaïi hoïc" in
// VNI. Characters that cannot stand for a byte (real Vietnamese letters,
// CJK) are kept, so text that is partly converted already survives.
//
// A short run of raw legacy bytes can happen to be valid UTF-8 (TCVN3
// "ÌÀ" is the bytes D7 B5, which UTF-8 reads as U+05F5) and is then taken
// for text; use DecodeBytes for bytes read from a file.
//
// VIQR is plain ASCII; its escape convention is RFC 1456's: a backslash
// before a mark character or a d makes it literal ("Ha\." is "Ha."
// while "Ha." would be "Hạ"). A backslash before another backslash is
// one backslash. A full stop, question mark or apostrophe after a
// syllable that already has its tone is punctuation without a backslash:
// "to^'i." is "tối.", "Ha` No^.i?" is "Hà Nội?". So is one after the
// last vowel of a word when the word would not be a syllable with its
// tone where the spelling puts it: "ye^u." is "yêu." (yêu takes its tone
// on ê), "Vui." is "Vui." (vui on u).
//
// Unicode and EncodingUnknown return s in NFC with invalid UTF-8 bytes
// replaced by U+FFFD. Decode never fails: a byte with no Vietnamese
// meaning is kept as its Windows-1252 character.
func (e Encoding) Decode(s string) string {
	switch e {
	case TCVN3, VNI:
		return decodeBytes(s, e, !utf8.ValidString(s))
	case VIQR:
		return norm.NFC.String(decodeVIQR(validUTF8(s)))
	case Windows1258:
		return decodeCP1258(s, !utf8.ValidString(s))
	}
	return norm.NFC.String(validUTF8(s))
}

// decodeCP1258 decodes s as Windows-1258, raw bytes or those bytes read
// as Windows-1252 text (see unitAt), to NFC: the tone marks it writes
// after the vowel become the precomposed letters. A byte the code page
// leaves undefined is U+FFFD.
func decodeCP1258(s string, raw bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(s); {
		u, n := unitAt(s, i, raw)
		switch {
		case u > 0xFF:
			b.WriteString(s[i : i+n])
		default:
			b.WriteRune(charmap.Windows1258.DecodeByte(byte(u)))
		}
		i += n
	}
	return norm.NFC.String(b.String())
}

// encodeCP1258 writes r in Windows-1258: as its own byte where the code
// page has one, else as the letter without its tone and the tone's
// combining mark ("ệ" is ê and the dot below).
func encodeCP1258(b *strings.Builder, r rune) bool {
	if c, ok := charmap.Windows1258.EncodeRune(r); ok {
		b.WriteByte(c)
		return true
	}
	d := norm.NFD.String(string(r))
	var base, tone []rune
	for _, x := range d {
		switch x {
		case 0x300, 0x301, 0x303, 0x309, 0x323:
			tone = append(tone, x)
		default:
			base = append(base, x)
		}
	}
	composed := []rune(norm.NFC.String(string(base)))
	if len(tone) != 1 || len(composed) != 1 {
		return false
	}
	c, ok := charmap.Windows1258.EncodeRune(composed[0])
	t, tok := charmap.Windows1258.EncodeRune(tone[0])
	if !ok || !tok {
		return false
	}
	b.WriteByte(c)
	b.WriteByte(t)
	return true
}

// DecodeBytes is like Decode for raw bytes, as read from a legacy file:
// every byte is one code of the encoding, even where the bytes would
// also be valid UTF-8. For VIQR, Unicode and EncodingUnknown it is
// Decode(string(b)); Windows-1258 reads every byte as one, like TCVN3
// and VNI.
func (e Encoding) DecodeBytes(b []byte) string {
	switch e {
	case TCVN3, VNI:
		return decodeBytes(string(b), e, true)
	case Windows1258:
		return decodeCP1258(string(b), true)
	}
	return e.Decode(string(b))
}

// Encode converts Unicode text to encoding e, for round trips and for
// feeding old systems. TCVN3, VNI and Windows-1258 results are raw bytes
// in a string (not UTF-8); VIQR results are ASCII, escaped as Decode
// expects. Windows-1258 writes a toned letter it has no byte for as the
// letter and the tone's combining mark, as Windows does.
//
// TCVN3 has no capitals with a tone mark: Encode writes them with the
// lower-case code, as a .VnTimeH font user typed them, so "HOÀ" decodes
// back as "HOà". Characters the encoding cannot represent are an error
// (*EncodeError); in VIQR that includes a second acute, hook or dot tone
// in one word, and one on the last vowel of a word that is not a
// syllable with its tone there ("yêụ"), which would read back as
// punctuation. Unicode returns s in NFC; EncodingUnknown is an error.
func (e Encoding) Encode(s string) (string, error) {
	s = norm.NFC.String(s)
	switch e {
	case Unicode:
		return s, nil
	case TCVN3, VNI, VIQR, Windows1258:
	default:
		return "", &EncodeError{Encoding: e, Input: truncate(s, 64), Offset: -1}
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	toned := false // VIQR: the current word has its tone
	word := 0      // VIQR: where the current word starts in s
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var ok bool
		switch {
		case r == utf8.RuneError && size == 1:
			ok = false // invalid UTF-8 stands for no character
		case e == VIQR:
			// A second tone written . ? or ' in a word reads back as
			// punctuation (see Decode): VIQR cannot represent it.
			l, isVowel := vowelLetter(r)
			// So is one after a word's last vowel where it would not
			// make a syllable.
			punct := isVowel && (l.t == toneDot || l.t == toneHook || l.t == toneAcute) &&
				(toned || wordEnds(s[i+size:]) && viqrTonePunct(s[word:i], r))
			ok = !punct && encodeVIQR(&b, r, s[i+size:])
			switch {
			case isVowel && l.t != toneNone:
				toned = true
			case !isWordRune(r):
				toned = false
				word = i + size
			}
		case e == Windows1258:
			ok = encodeCP1258(&b, r)
		default:
			ok = encode8bit(&b, r, e)
		}
		if !ok {
			return "", &EncodeError{Encoding: e, Input: truncate(s, 64), Rune: r, Offset: i}
		}
		i += size
	}
	return b.String(), nil
}

// EncodeError reports a character that an encoding cannot represent.
type EncodeError struct {
	Encoding Encoding
	Input    string // the text being encoded (cut after 64 bytes)
	Rune     rune   // the character
	Offset   int    // its byte offset in the NFC form of the input; -1 if the encoding is not usable
}

func (e *EncodeError) Error() string {
	if e.Offset < 0 {
		return fmt.Sprintf("vietnam: cannot encode %q in %v", e.Input, e.Encoding)
	}
	return fmt.Sprintf("vietnam: %v cannot encode %q at byte %d of %q", e.Encoding, e.Rune, e.Offset, e.Input)
}

// unitAt returns the byte value that the character at s[i] stands for
// (see Decode) and its size; a character that stands for no byte comes
// back as itself, above 0xFF. raw says s is raw bytes, not UTF-8.
func unitAt(s string, i int, raw bool) (rune, int) {
	if raw || s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r > 0xFF {
		if b, ok := charmap.Windows1252.EncodeRune(r); ok {
			r = rune(b)
		}
	}
	return r, n
}

// decodeBytes decodes s with the TCVN3 or VNI table; raw says whether s
// holds the bytes themselves or the bytes read as Windows-1252 text.
func decodeBytes(s string, e Encoding, raw bool) string { return decodeTable(s, e, raw, false) }

// decodeStrict is decodeBytes for Detect: a byte that is no code of the
// encoding and would read as a letter becomes U+FFFD, since real text in
// the encoding does not hold it.
func decodeStrict(s string, e Encoding, raw bool) string { return decodeTable(s, e, raw, true) }

func decodeTable(s string, e Encoding, raw, strict bool) string {
	tcvn3, vni := tcvn3Table(), vniTable()
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	passed := false // a character was kept as is, so NFC may have work
	for i := 0; i < len(s); {
		u, n := unitAt(s, i, raw)
		if u > 0xFF {
			b.WriteString(s[i : i+n])
			passed = true
			i += n
			continue
		}
		var r rune
		if e == VNI {
			// Two bytes before one: the ơ of "ôø" (ờ) must not be read
			// alone, the trap that turns "Đường" into "Đươøng" in other
			// converters.
			if i+n < len(s) {
				if u2, n2 := unitAt(s, i+n, raw); u2 <= 0xFF {
					if r = vni.pair(byte(u), byte(u2)); r != 0 {
						b.WriteRune(r)
						i += n + n2
						continue
					}
				}
			}
			r = vni.one[u]
		} else {
			r = tcvn3[u]
		}
		if r == 0 {
			r = cp1252Rune(byte(u))
			if strict && u >= utf8.RuneSelf && unicode.IsLetter(r) {
				r = utf8.RuneError
			}
		}
		b.WriteRune(r)
		i += n
	}
	if !passed {
		return b.String() // table letters and Windows-1252 characters are NFC
	}
	return norm.NFC.String(b.String())
}

func cp1252Rune(c byte) rune {
	if c < utf8.RuneSelf {
		return rune(c)
	}
	return charmap.Windows1252.DecodeByte(c)
}

// TCVN3 codes of the lower-case vowels, by vowel and tone (none, grave,
// acute, hook, tilde, dot), and of the untoned capitals, by vowel.
const (
	tcvn3Lower = "a\xb5\xb8\xb6\xb7\xb9" + // a
		"\xa8\xbb\xbe\xbc\xbd\xc6" + // ă
		"\xa9\xc7\xca\xc8\xc9\xcb" + // â
		"e\xcc\xd0\xce\xcf\xd1" + // e
		"\xaa\xd2\xd5\xd3\xd4\xd6" + // ê
		"i\xd7\xdd\xd8\xdc\xde" + // i
		"o\xdf\xe3\xe1\xe2\xe4" + // o
		"\xab\xe5\xe8\xe6\xe7\xe9" + // ô
		"\xac\xea\xed\xeb\xec\xee" + // ơ
		"u\xef\xf3\xf1\xf2\xf4" + // u
		"\xad\xf5\xf8\xf6\xf7\xf9" + // ư
		"y\xfa\xfd\xfb\xfc\xfe" // y
	tcvn3Upper  = "A\xa1\xa2E\xa3IO\xa4\xa5U\xa6Y"
	tcvn3DLower = 0xAE // đ
	tcvn3DUpper = 0xA7 // Đ
)

// tcvn3Table maps each TCVN3 byte to its rune (0 for bytes that keep
// their Windows-1252 meaning); built on first use, read-only after.
var tcvn3Table = sync.OnceValue(func() *[256]rune {
	var t [256]rune
	for v := range numVowels {
		for tn := range numTones {
			t[tcvn3Lower[int(v)*int(numTones)+int(tn)]] = letter{v: v, t: tn}.rune()
		}
		t[tcvn3Upper[v]] = letter{v: v, upper: true}.rune()
	}
	t[tcvn3DLower] = 'đ'
	t[tcvn3DUpper] = 'Đ'
	return &t
})

// encode8bit writes r in TCVN3 or VNI: vowels by their table, đ and Đ
// by their byte, ASCII as itself; it reports false for anything else.
func encode8bit(b *strings.Builder, r rune, e Encoding) bool {
	if l, ok := vowelLetter(r); ok {
		switch {
		case e == VNI:
			code, n := vniCode(l)
			b.Write(code[:n])
		case l.upper && l.t == toneNone:
			b.WriteByte(tcvn3Upper[l.v])
		default: // TCVN3 writes toned capitals with the lower-case code
			b.WriteByte(tcvn3Lower[int(l.v)*int(numTones)+int(l.t)])
		}
		return true
	}
	switch {
	case r == 'đ' && e == VNI:
		b.WriteByte(vniD)
	case r == 'Đ' && e == VNI:
		b.WriteByte(vniD - vniUpper)
	case r == 'đ':
		b.WriteByte(tcvn3DLower)
	case r == 'Đ':
		b.WriteByte(tcvn3DUpper)
	case r < utf8.RuneSelf:
		b.WriteByte(byte(r))
	default:
		return false
	}
	return true
}

// VNI-Windows mark bytes (lower case; capitals are 0x20 lower), by tone
// (grave, acute, hook, tilde, dot).
const (
	vniTone      = "\xf8\xf9\xfb\xf5\xef" // after a, e, o, u, y, ơ, ư
	vniCircTone  = "\xe0\xe1\xe5\xe3\xe4" // circumflex and tone after a, e, o
	vniBreveTone = "\xe8\xe9\xfa\xfc\xeb" // breve and tone after a
	vniITone     = "\xec\xed\xe6\xf3\xf2" // the toned i, one byte each
	vniCirc      = 0xE2                   // â ê ô: circumflex alone
	vniBreve     = 0xEA                   // ă: breve alone
	vniYDot      = 0xEE                   // ỵ, one byte
	vniOhorn     = 0xF4                   // ơ
	vniUhorn     = 0xF6                   // ư
	vniD         = 0xF1                   // đ
	vniUpper     = 0x20                   // capital = lower-case byte - 0x20
)

// vniCode returns the VNI bytes of a vowel letter.
func vniCode(l letter) (code [2]byte, n int) {
	var up byte
	if l.upper {
		up = vniUpper
	}
	base := vowelBase[l.v]
	if l.upper {
		base -= 'a' - 'A'
	}
	t := int(l.t) - 1 // index into the mark strings; -1 for no tone
	switch l.v {
	case vI:
		if t >= 0 {
			return [2]byte{vniITone[t] - up}, 1
		}
	case vY:
		if l.t == toneDot {
			return [2]byte{vniYDot - up}, 1
		}
	case vAcirc, vEcirc, vOcirc:
		if t >= 0 {
			return [2]byte{base, vniCircTone[t] - up}, 2
		}
		return [2]byte{base, vniCirc - up}, 2
	case vAbreve:
		if t >= 0 {
			return [2]byte{base, vniBreveTone[t] - up}, 2
		}
		return [2]byte{base, vniBreve - up}, 2
	case vOhorn:
		base = vniOhorn - up
	case vUhorn:
		base = vniUhorn - up
	}
	if t >= 0 {
		return [2]byte{base, vniTone[t] - up}, 2
	}
	return [2]byte{base}, 1
}

// vniTables is the inverse of vniCode. A two-byte letter is a base (a,
// e, o, u, y, ơ, ư in either case) and a mark byte; both are numbered so
// that the pair indexes a small array instead of a map.
type vniTables struct {
	one  [256]rune    // single-byte letters
	base [256]uint8   // 1 + index of a base byte, 0 if none
	mark [256]uint8   // 1 + index of a mark byte, 0 if none
	two  [14][34]rune // [base][mark], 0 if the pair is not a letter
	nb   int          // bases numbered so far (while building)
	nm   int          // marks numbered so far (while building)
}

func (t *vniTables) pair(b0, b1 byte) rune {
	bi, mi := t.base[b0], t.mark[b1]
	if bi == 0 || mi == 0 {
		return 0
	}
	return t.two[bi-1][mi-1]
}

// add records the two-byte code of r, numbering new bytes.
func (t *vniTables) add(b0, b1 byte, r rune) {
	if t.base[b0] == 0 {
		t.nb++
		t.base[b0] = uint8(t.nb)
	}
	if t.mark[b1] == 0 {
		t.nm++
		t.mark[b1] = uint8(t.nm)
	}
	t.two[t.base[b0]-1][t.mark[b1]-1] = r
}

// vniTable is built on first use and read-only after. Decoding also
// accepts a mark byte whose case differs from its base ("Aù" for "Á"),
// which mixed-case fonts produce, and "yï" for ỵ.
var vniTable = sync.OnceValue(func() *vniTables {
	t := new(vniTables)
	for v := range numVowels {
		for tn := range numTones {
			for _, up := range []bool{false, true} {
				l := letter{v: v, t: tn, upper: up}
				code, n := vniCode(l)
				if n == 1 {
					if code[0] >= utf8.RuneSelf {
						t.one[code[0]] = l.rune()
					}
					continue
				}
				t.add(code[0], code[1], l.rune())
				t.add(code[0], code[1]^vniUpper, l.rune())
			}
		}
	}
	dot := vniTone[toneDot-1]
	t.add('y', dot, 'ỵ')
	t.add('y', dot-vniUpper, 'ỵ')
	t.add('Y', dot, 'Ỵ')
	t.add('Y', dot-vniUpper, 'Ỵ')
	t.one[vniD] = 'đ'
	t.one[vniD-vniUpper] = 'Đ'
	return t
})

// VIQR mark characters: tones in tone order (grave, acute, hook, tilde,
// dot), then the vowel marks.
const (
	viqrTones = "`'?~."
	viqrMarks = viqrTones + "^(+"
)

// viqrVowelMarks is the mark each vowel takes in VIQR after its base
// letter (a^ â, a( ă, e^ ê, o^ ô, o+ ơ, u+ ư), 0 for a plain vowel.
var viqrVowelMarks = [numVowels]byte{vAbreve: '(', vAcirc: '^', vEcirc: '^', vOcirc: '^', vOhorn: '+', vUhorn: '+'}

// viqrVowelMark returns the vowel that mark m makes of plain vowel v, if
// any.
func viqrVowelMark(v vowel, m byte) (vowel, bool) {
	if m != 0 && viqrVowelMarks[v] == 0 {
		for w, wm := range viqrVowelMarks {
			if wm == m && vowelBase[w] == vowelBase[v] {
				return vowel(w), true
			}
		}
	}
	return v, false
}

func decodeVIQR(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	toned := false // the current word already has its tone
	word := 0      // where the current word starts in b
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && (strings.IndexByte(viqrMarks, s[i+1]) >= 0 || s[i+1] == 'd' || s[i+1] == 'D' || s[i+1] == '\\'):
			b.WriteByte(s[i+1])
			i += 2
			toned = false
			if s[i-1] != 'd' && s[i-1] != 'D' {
				word = b.Len()
			}
			continue
		case (c == 'd' || c == 'D') && i+1 < len(s) && (s[i+1] == 'd' || s[i+1] == 'D'):
			if c == 'd' {
				b.WriteRune('đ')
			} else {
				b.WriteRune('Đ')
			}
			i += 2
			continue
		}
		l, ok := vowelLetter(rune(c))
		if !ok || c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(r)
			i += size
			if !isWordRune(r) {
				toned = false
				word = b.Len()
			}
			continue
		}
		i++
		if i < len(s) {
			if v, ok := viqrVowelMark(l.v, s[i]); ok {
				l.v = v
				i++
			}
		}
		if i < len(s) {
			// A full stop, question mark or apostrophe after a syllable
			// that has its tone is punctuation ("to^'i." is "tối."), as
			// RFC 1456 readers take it; so is one after a word's last
			// vowel that would not make a syllable with its tone there
			// ("ye^u." is "yêu.").
			if t := strings.IndexByte(viqrTones, s[i]); t >= 0 {
				toned1 := l
				toned1.t = tone(t + 1)
				if strings.IndexByte(".?'", s[i]) < 0 || !toned && !(viqrWordEnds(s[i+1:]) && viqrTonePunct(b.String()[word:], toned1.rune())) {
					l = toned1
					toned = true
					i++
				}
			}
		}
		b.WriteRune(l.rune())
	}
	return b.String()
}

// viqrWordEnds reports whether the VIQR text rest, which follows a
// letter, starts with something other than a letter (an escaped d is
// one).
func viqrWordEnds(rest string) bool {
	if len(rest) > 1 && rest[0] == '\\' && (rest[1] == 'd' || rest[1] == 'D') {
		return false
	}
	return wordEnds(rest)
}

// wordEnds reports whether rest, which follows a letter, starts with
// something other than a letter.
func wordEnds(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !isWordRune(r)
}

// viqrTonePunct reports whether a full stop, question mark or
// apostrophe typed after the last letter of a word is punctuation rather
// than that letter's tone: prefix is the word before the letter, last
// the letter with the tone. It is the tone only if the word is then a
// well-formed Vietnamese syllable with its tone on the vowel either
// style of tone placement puts it on ("hạ", "hoạ", "họa"); "yêụ", "vuị",
// "ă?" are not. Whether the syllable is a known word is not asked: the
// frequency table lacks rare but real syllables of the Viet74K word list
// such as "gạ", "bụ", "khoé", which would then lose their tone.
func viqrTonePunct(prefix string, last rune) bool {
	var w [maxSyllable]rune
	n := 0
	for _, r := range prefix {
		if n == len(w)-1 {
			return true
		}
		w[n] = r
		n++
	}
	w[n] = last
	n++
	sy, ok := parseSyllable(w[:n])
	return !ok || sy.toneAt != sy.at+sy.toneIndex(ToneClassic) && sy.toneAt != sy.at+sy.toneIndex(ToneModern)
}

// encodeVIQR writes r in VIQR; rest is the text after r, which decides
// whether a literal d needs its escape.
func encodeVIQR(b *strings.Builder, r rune, rest string) bool {
	switch r {
	case 'đ':
		b.WriteString("dd")
		return true
	case 'Đ':
		b.WriteString("DD")
		return true
	case '\\':
		b.WriteString(`\\`)
		return true
	}
	if l, ok := vowelLetter(r); ok {
		c := vowelBase[l.v]
		if l.upper {
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
		if m := viqrVowelMarks[l.v]; m != 0 {
			b.WriteByte(m)
		}
		if l.t != toneNone {
			b.WriteByte(viqrTones[l.t-1])
		}
		return true
	}
	if r >= utf8.RuneSelf {
		return false
	}
	c := byte(r)
	escape := false
	switch {
	case c == 'd' || c == 'D':
		// A d before another d (or đ) would read as đ.
		if len(rest) > 0 {
			n, _ := utf8.DecodeRuneInString(rest)
			escape = n == 'd' || n == 'D' || n == 'đ' || n == 'Đ'
		}
	case strings.IndexByte(viqrMarks, c) >= 0:
		// A mark after a vowel or after another mark would join the
		// vowel; escaping one more often than needed is harmless.
		if out := b.String(); len(out) > 0 {
			p := out[len(out)-1]
			escape = strings.IndexByte(viqrMarks, p) >= 0 || strings.IndexByte("aeiouyAEIOUY", p) >= 0
		}
	}
	if escape {
		b.WriteByte('\\')
	}
	b.WriteByte(c)
	return true
}
