package vietnam

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the search key of s: Normalize's clean-up, then lower case,
// no tone marks, no vowel marks, and đ/Đ folded to d, so that
// "Đặng Thị Ánh  Tuyết" gives "dang thi anh tuyet" and "Hoà" and "Hòa"
// fold alike. Other Latin letters lose their marks too (é→e, ñ→n, ø→o),
// and the letters and ligatures that stand for two are written out: ß→ss,
// æ→ae, œ→oe, ĳ→ij, þ→th, ﬁ→fi.
//
// Letters of other scripts are kept, in lower case and without their
// accents (Д→д, ά→α, 张伟 stays 张伟), so that two names in another
// script compare equal only when they are the same name. The accents
// stripped are those of Latin, Greek and Cyrillic and the vowel points of
// Hebrew and Arabic, which everyday text leaves out; the marks that spell
// words in other scripts stay, in canonical order: Thai and Lao tone
// marks, Indic viramas and vowel signs, kana voicing marks ("ข้าว" is not
// "ขาว"). Hangul syllables are written as their jamo and voiced kana as
// kana and mark (ガ as カ and U+3099), as in NFD, so that decomposed input
// folds alike. Digits, single spaces and the ASCII punctuation of s are
// kept (typographic quotes and dashes become ' " and -); other symbols
// and emoji separate words like a space.
//
// Fold does not allocate when s is already a folded ASCII key.
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	b := AppendFold(make([]byte, 0, len(s)+8), s)
	if len(b) == 0 {
		return ""
	}
	// b is new and never written again, so it can back the string without
	// the copy string(b) would make (strings.Builder does the same).
	return unsafe.String(&b[0], len(b))
}

// AppendFold appends the fold of s to dst and returns the extended buffer.
// It lets hot loops reuse one buffer, whose spare capacity past the
// result it may use as scratch. ASCII at the start of s is lower-cased
// eight bytes at a time, and the rest through tables, by a tight loop
// that reads the two- and three-byte letters of Vietnamese from tables
// indexed by their bytes.
func AppendFold(dst []byte, s string) []byte {
	base := len(dst)
	// Output is written by index into spare capacity: a fold is never
	// longer than its input but for a few expansions, which grow it, and
	// eight bytes more leave room for a word written whole.
	if cap(dst)-len(dst) < len(s)+8 {
		dst = growFold(dst, len(s)+8)
	}
	n := len(dst)
	d := dst[:cap(dst)]
	// A space is written only after something other than a space, so
	// that leading spaces and runs of spaces go; a trailing one is cut at
	// the end.
	i := 0
	if len(s) >= 8 && le64(s)&highs == 0 {
		// Text that starts with eight bytes of ASCII (a name typed
		// without tones, an English sentence) is read, checked and
		// lower-cased eight bytes a step for as long as its ASCII lasts.
		// Elsewhere a byte loop copies the runs: in names they are a few
		// letters long, between accented ones, and a word a run costs
		// more than the bytes (TestAppendFoldWordsAgree checks the two
		// agree).
		var prev uint64 = 0x80 // a space at the start goes
		for i+8 <= len(s) {
			k, lower, last := asciiWord(le64(s[i:]), prev)
			binary.LittleEndian.PutUint64(d[n:n+8], lower)
			n += k
			i += k
			if k < 8 {
				break
			}
			prev = last
		}
	}
	// One loop folds the rest, a character a step: a byte of ASCII is
	// written as foldByte gives it, and the two- and three-byte letters of
	// Vietnamese are read from tables indexed by their bytes, without
	// decoding them or checking them first; what is left (other
	// characters, letters that fold to more than a byte, bytes that are
	// not UTF-8) goes to appendFoldRune, out of the loop so that it keeps
	// its registers.
	//
	// Every way round the loop ends in its i++ (a character of several
	// bytes adds the rest first), which keeps i in one register: with an
	// i += size of its own on each way, the compiler moved it between two.
	//
	// The loop reads and writes through pointers: i < len(s) is checked,
	// and n < cap(d) holds as the fold of s[:i] is never longer than i
	// bytes but for expansions, after which appendFoldRune grows d.
	out, in := unsafe.Pointer(unsafe.SliceData(d)), unsafe.Pointer(unsafe.StringData(s))
	for ; i < len(s); i++ {
		c := *(*byte)(unsafe.Add(in, i))
		f := foldByte[c]
		if f > ' ' {
			*(*byte)(unsafe.Add(out, n)) = f
			n++
			continue
		}
		more := 0 // the bytes of the character after c
		switch {
		case f == ' ':
			// A space is written only after something other than a
			// space, so that leading spaces and runs of spaces go; a
			// trailing one is cut at the end.
			if n != base && *(*byte)(unsafe.Add(out, n-1)) != ' ' {
				*(*byte)(unsafe.Add(out, n)) = ' '
				n++
			}
			continue
		case f == foldLead2 && i+1 < len(s):
			// The code of every two-byte character up to U+037F
			// (Latin-1's no-break space and punctuation, the Latin
			// extensions, the accents of decomposed text), from a table
			// indexed by the lead byte less C2 and the second byte.
			f = *(*byte)(unsafe.Add(unsafe.Pointer(&foldTwo), uint(c)<<8|uint(*(*byte)(unsafe.Add(in, i+1)))-0xC200))
			if int8(f) > ' ' {
				*(*byte)(unsafe.Add(out, n)) = f
				n++
				i++
				continue
			}
			more = 1
		case f == foldLead3 && i+2 < len(s) && uint(*(*byte)(unsafe.Add(in, i+1)))-0xBA < 2:
			// The letters of Latin Extended Additional, U+1E80–U+1EFF
			// (E1 BA xx and E1 BB xx).
			f = foldViet[(uint(*(*byte)(unsafe.Add(in, i+1)))-0xBA)<<8|uint(*(*byte)(unsafe.Add(in, i+2)))]
			if int8(f) > ' ' {
				*(*byte)(unsafe.Add(out, n)) = f
				n++
				i += 2
				continue
			}
			more = 2
		case c < utf8.RuneSelf:
			f = asciiFold[c] // a control: white space or nothing
		default:
			f = foldSlow
		}
		if f == ' ' {
			i += more
			if n != base && *(*byte)(unsafe.Add(out, n-1)) != ' ' {
				*(*byte)(unsafe.Add(out, n)) = ' '
				n++
			}
			continue
		}
		if f == foldDrop {
			i += more // a control, an accent of decomposed text
			continue
		}
		// A letter that folds to more than a byte, any other character,
		// or bytes that are not UTF-8.
		d, n, i = appendFoldRune(d, n, base, s, i)
		out = unsafe.Pointer(unsafe.SliceData(d))
		i-- // for the loop's i++
	}
	if n != base && *(*byte)(unsafe.Add(out, n-1)) == ' ' {
		n--
	}
	return d[:n]
}

// le64 reads the first eight bytes of s, the first in the low byte, in
// one load (the compiler merges the bytes' loads).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Byte-wise constants for asciiWord.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// asciiWord reads w, eight bytes of text (the first in the low byte), as
// a run of ASCII: it returns how many of its first bytes fold to
// themselves but for case (printable ASCII, and spaces not after a space;
// prev is 0x80 when the byte before w is a space or there is none), w
// with A–Z in lower case, and the prev of the word after w. Each test
// works on the eight bytes at once, reading the top bit of each byte of
// a sum: a sum carries into the next byte only from a byte that is not
// printable ASCII, and the bytes after the first of those do not count.
func asciiWord(w, prev uint64) (int, uint64, uint64) {
	printable := (w + (0x80-0x20)*ones) &^ (w + ones) // 0x20–0x7E
	space := ^((w ^ 0x20*ones) + 0x7F*ones) & highs   // 0x20
	stop := (^printable | space&(space<<8|prev)) & highs
	upper := (w + (0x80-'A')*ones) &^ (w + (0x80-'Z'-1)*ones) & highs
	return bits.TrailingZeros64(stop) >> 3, w | upper>>2, space >> 56
}

// The codes of foldCode for the two- and three-byte characters that
// Vietnamese text is made of: foldTwoCodes covers U+0080–U+037F (lead
// bytes C2–CD: Latin-1, the Latin extensions, and the combining accents
// of decomposed text), indexed by the lead byte less C2 and the low six
// bits of the second; foldVietCodes covers U+1E80–U+1EFF (E1 BA xx and
// E1 BB xx), indexed by the last bit of the second byte and the low six
// of the third. TestFoldByteTables derives both from foldCode and prints
// them when they disagree.
const (
	foldTwoCodes = "\x00\x00\x00\x00\x00 \x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00          a\" \x00    23 \x80   1o\"    " +
		"aaaaaa\x83ceeeeiiiidnooooo ouuuuy\x85\x82aaaaaa\x83ceeeeiiiidnooooo ouuuuy\x85y" +
		"aaaaaaccccccccddddeeeeeeeeeegggggggghh\x80\x80iiiiiiiiii\x81\x81jjkk\x80llllll\x80" +
		"\x80llnnnnnn\x80\x80\x80oooooo\x84\x84rrrrrrsssssssstttt\x80\x80uuuuuuuuuuuuwwyyyzzzzzzs" +
		"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80oo\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80uu\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80" +
		"\x80\x80\x80\x80\x81\x81\x81\x81\x81\x81\x81\x81\x81aaiioouuuuuuuuuu\x80aaaa\x83\x83\x80\x80ggkkoooo\x80\x80j\x81\x81\x81gg\x80\x80nnaa\x83\x83oo" +
		"aaaaeeeeiiiioooorrrruuuusstt\x80\x80hh\x80\x80\x80\x80\x80\x80aaeeooooooooyy\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80" +
		"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80" +
		"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80h\x80jr\x80\x80\x80wy\x80\x80\x80'\x80\x80\x80" +
		"\x80\x80    \x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80              \x80lsx\x80       \x80 \x80                 " +
		"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
		"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x80\x80\x80\x80 \x80\x80  \x80\x80\x80\x80;\x80"
	foldVietCodes = "wwwwwwwwwwxxxxyyzzzzzzhtwy\x80s\x80\x80\x82\x80aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
		"eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\x80\x80\x80\x80\x80\x80"
)

// foldSlow marks, in foldTwo and foldViet, the sequences that are not
// UTF-8 (a second or third byte outside 80–BF); AppendFold hands them,
// like the characters of the codes from foldKeep up, to appendFoldRune.
const foldSlow byte = 0xFF

// foldTwo and foldViet are foldTwoCodes and foldVietCodes indexed by
// whole bytes, so that AppendFold looks a character up without checking
// its continuation bytes first: foldTwo by the lead byte less C2 and the
// second byte (C2 00 to CD FF), foldViet by the second byte less BA and
// the third (E1 BA 00 to E1 BB FF). A continuation byte outside 80–BF
// marks the sequence invalid, foldSlow.
var foldTwo, foldViet = func() (two [12 << 8]byte, viet [2 << 8]byte) {
	for k := range two {
		two[k] = foldSlow
		if b := k & 0xFF; b&0xC0 == 0x80 {
			two[k] = foldTwoCodes[k>>8<<6|b&0x3F]
		}
	}
	for k := range viet {
		viet[k] = foldSlow
		if b := k & 0xFF; b&0xC0 == 0x80 {
			viet[k] = foldVietCodes[k>>8<<6|b&0x3F]
		}
	}
	return two, viet
}()

// growFold is slices.Grow, out of AppendFold's way.
//
//go:noinline
func growFold(b []byte, n int) []byte { return slices.Grow(b, n) }

// appendFoldRune folds the character at s[i] into d[:n], whose fold
// starts at base, and returns the buffer (grown to hold the fold of the
// rest of s), its length and the index after the character.
//
//go:noinline
func appendFoldRune(d []byte, n, base int, s string, i int) ([]byte, int, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	i += size
	code := foldCode(r)
	if code < utf8.RuneSelf {
		if code > ' ' || code == ' ' && n > base && d[n-1] != ' ' {
			d[n] = code
			n++
		}
		return d, n, i
	}
	dst := appendFoldSpecial(d[:n], base, r, code)
	dst = slices.Grow(dst, len(s)-i+8)
	return dst[:cap(dst)], len(dst), i
}

// asciiFold maps each ASCII byte to its fold: lower case, ' ' for white
// space, 0 for the other controls.
var asciiFold = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] = ' '
		case c < ' ' || c == 0x7f:
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// Classes of foldByte for the lead bytes of the characters that
// AppendFold reads from its tables.
const (
	foldLead2 byte = 1 // C2–CD: U+0080–U+037F
	foldLead3 byte = 2 // E1: U+1000–U+1FFF
)

// foldByte maps each byte to what AppendFold's loop does with it: the
// fold of the letters, digits, punctuation and space of ASCII, foldLead2
// or foldLead3 for the lead bytes of its tables, and 0 for the rest.
var foldByte = func() (t [256]byte) {
	for c := ' '; c < 0x7f; c++ {
		t[c] = asciiFold[c]
	}
	for c := 0xC2; c <= 0xCD; c++ {
		t[c] = foldLead2
	}
	t[0xE1] = foldLead3
	return t
}()

// isFoldedASCII reports whether Fold(s) == s without computing it.
func isFoldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || c == 0x7f || (c >= 'A' && c <= 'Z') {
			return false
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// What foldCode returns for a non-ASCII rune: an ASCII byte to write,
// ' ' for a word separator, or one of these.
const (
	foldDrop   byte = 0    // nothing: combining accents, invisible characters, invalid bytes
	foldKeep   byte = 0x80 // the rune itself, lower case, its accents removed
	foldCompat byte = 0x81 // its compatibility decomposition, all ASCII: ﬁ → fi, ĳ → ij
	foldSS     byte = 0x82 // ß → ss
	foldAE     byte = 0x83 // æ → ae
	foldOE     byte = 0x84 // œ → oe
	foldTH     byte = 0x85 // þ → th
)

// foldCode classifies a non-ASCII rune for folding.
func foldCode(r rune) byte {
	switch {
	case r >= foldLo && r < foldLatinHi:
		return foldTable()[r-foldLo]
	case r >= foldVietLo && r < foldVietHi:
		return foldTable()[foldLatinHi-foldLo+r-foldVietLo]
	case isCombining(r) || isInvisible(r) || r == utf8.RuneError:
		return foldDrop
	case isSpaceRune(r):
		return ' '
	}
	if IsDash(r) {
		return '-'
	}
	switch r {
	case '‘', '’', '‚', '‛', '′', 'ʼ':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '…':
		return '.'
	case 'ı': // dotless i, whose capital is I
		return 'i'
	}
	if r < foldLo {
		return foldLatin1(r)
	}
	return foldOther(r)
}

// IsDash reports whether r is one of the typographic hyphens and dashes
// that stand for the ASCII hyphen-minus in text people type or paste:
// hyphen ‐, non-breaking hyphen ‑, figure dash ‒, en dash –, em dash —,
// horizontal bar ―, minus sign −, and the small and full-width forms
// ﹘ ﹣ － of East Asian input methods. Fold writes each as '-', and
// parsers that read a range ("29/5–15/8") accept each; '-' itself is not
// one, since it is also a date's separator.
func IsDash(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return true
	}
	return false
}

// foldsToASCII reports whether r folds to ASCII letters, digits or
// punctuation (not to a separator, nothing, or a letter of another
// script).
func foldsToASCII(r rune) bool {
	c := foldCode(r)
	return c != foldDrop && c != ' ' && c != foldKeep
}

// foldLatin1 classifies U+0080–U+00BF: spaces, punctuation and symbols,
// and the ordinal indicators and micro sign, which are letters.
func foldLatin1(r rune) byte {
	switch r {
	case 'ª':
		return 'a'
	case 'º':
		return 'o'
	case 'µ':
		return foldKeep // μ
	case '¹':
		return '1'
	case '²':
		return '2'
	case '³':
		return '3'
	}
	return ' '
}

// foldOther classifies a rune outside the table and Latin-1.
func foldOther(r rune) byte {
	switch {
	case r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF || r >= 0xE0000 && r <= 0xE007F:
		return foldDrop // variation selectors and tags (emoji presentation, flags)
	case unicode.Is(unicode.Latin, r):
		if c := latinCode(r); c != 0 {
			return c
		}
		return foldKeep
	case unicode.IsLetter(r):
		return foldKeep
	case unicode.IsNumber(r):
		if c := compatASCII(r); c != 0 {
			return c
		}
		return foldKeep
	case unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
		if isAccent(r) {
			return foldDrop
		}
		return foldKeep
	}
	// A few characters decompose canonically to ASCII (U+037E GREEK
	// QUESTION MARK is ';', U+1FEF is '`'); fold them as their
	// decomposition so that Fold(s) == Fold(NFD(s)).
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		first, _ := utf8.DecodeRune(d)
		switch {
		case first >= 'A' && first <= 'Z':
			return byte(first) + 'a' - 'A'
		case first > ' ' && first < 0x7f:
			return byte(first)
		case first >= utf8.RuneSelf && first != r:
			return foldCode(first)
		}
	}
	return ' ' // symbols, emoji, other punctuation: a word boundary
}

// compatASCII returns, for a rune whose compatibility decomposition is a
// single ASCII letter or digit (fullwidth Ａ, ①), that byte in lower case,
// foldCompat when it is several ASCII letters (ﬁ, ĳ, ǆ), and 0 otherwise.
func compatASCII(r rune) byte {
	d := compatLetters(r, nil)
	switch {
	case len(d) == 1:
		return d[0]
	case len(d) > 1:
		return foldCompat
	}
	return 0
}

// compatLetters appends to dst the ASCII letters and digits of r's
// compatibility decomposition without its accents, lower-cased, or
// returns dst unchanged if the decomposition has anything else.
func compatLetters(r rune, dst []byte) []byte {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFKD.Properties(buf[:n]).Decomposition()
	if len(d) == 0 {
		return dst
	}
	start := len(dst)
	for len(d) > 0 {
		c, size := utf8.DecodeRune(d)
		d = d[size:]
		switch {
		case isCombining(c):
		case c >= 'A' && c <= 'Z':
			dst = append(dst, byte(c)+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			dst = append(dst, byte(c))
		default:
			return dst[:start]
		}
	}
	return dst
}

// latinCode folds a Latin letter: to the ASCII letter it is built on, to
// a written-out pair, or 0 when it has no ASCII form.
func latinCode(r rune) byte {
	switch r {
	case 'Đ', 'đ', 'Ð', 'ð':
		return 'd'
	case 'Ø', 'ø':
		return 'o'
	case 'Ł', 'ł':
		return 'l'
	case 'ß', 'ẞ':
		return foldSS
	case 'Æ', 'æ':
		return foldAE
	case 'Œ', 'œ':
		return foldOE
	case 'Þ', 'þ':
		return foldTH
	}
	if c := compatASCII(r); c != 0 {
		return c
	}
	// A letter built on a letter that has no decomposition of its own
	// (Ǿ is Ø with an acute, ǣ is æ with a macron): fold as that letter.
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFKD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		if first, _ := utf8.DecodeRune(d); first >= utf8.RuneSelf && first != r {
			return latinCode(first)
		}
	}
	return 0
}

// appendFoldSpecial writes the fold of r for the codes above 0x7f; the
// fold of the text starts at dst[base].
func appendFoldSpecial(dst []byte, base int, r rune, code byte) []byte {
	switch code {
	case foldSS:
		return append(dst, 's', 's')
	case foldAE:
		return append(dst, 'a', 'e')
	case foldOE:
		return append(dst, 'o', 'e')
	case foldTH:
		return append(dst, 't', 'h')
	case foldCompat:
		return compatLetters(r, dst)
	}
	return appendKept(dst, base, r)
}

// appendKept writes a letter or mark of another script: its canonical
// decomposition (Hangul syllables as jamo, so that NFD input folds alike)
// without its accents, each rune in lower case; final sigma is sigma.
// The marks kept are put in canonical order among the marks before them
// (back to dst[base]), as NFD would, so that "กุ้ง" typed tone mark
// first folds as typed vowel first.
func appendKept(dst []byte, base int, r rune) []byte {
	if r >= hangulFirst && r <= hangulLast {
		// Unicode's algorithmic decomposition (chapter 3.12): leading
		// consonant, vowel, and trailing consonant if any.
		k := r - hangulFirst
		dst = utf8.AppendRune(dst, 0x1100+k/588)
		dst = utf8.AppendRune(dst, 0x1161+k%588/28)
		if t := k % 28; t != 0 {
			dst = utf8.AppendRune(dst, 0x11A7+t)
		}
		return dst
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Properties(buf[:n]).Decomposition()
	if len(d) == 0 {
		d = buf[:n]
	}
	for len(d) > 0 {
		c, size := utf8.DecodeRune(d)
		ccc := norm.NFD.Properties(d[:size]).CCC()
		d = d[size:]
		if ccc == 0 {
			dst = utf8.AppendRune(dst, foldCase(c))
			continue
		}
		if isAccent(c) {
			continue
		}
		at := len(dst)
		dst = utf8.AppendRune(dst, c)
		moveMark(dst, base, at, ccc)
	}
	return dst
}

// moveMark moves the mark at dst[at:], of combining class ccc, back over
// the marks before it (not before dst[base]) of a higher class: the
// canonical ordering of Unicode's chapter 3.11, one insertion at a time.
func moveMark(dst []byte, base, at int, ccc uint8) {
	j := at
	for j > base {
		_, size := utf8.DecodeLastRune(dst[base:j])
		if c := norm.NFD.Properties(dst[j-size : j]).CCC(); c <= ccc {
			break
		}
		j -= size
	}
	if j == at {
		return
	}
	var m [utf8.UTFMax]byte
	k := copy(m[:], dst[at:])
	copy(dst[j+k:], dst[j:at])
	copy(dst[j:], m[:k])
}

// isAccent reports whether the mark r is one Fold strips: the accents of
// Latin, Greek and Cyrillic letters (the combining diacritics, which
// carry the tones and vowel marks of decomposed Vietnamese, their
// extensions and the Cyrillic marks), and the vowel points and
// cantillation of Hebrew and the tashkil of Arabic, which everyday text
// leaves out. The marks of other scripts are spelling and kept: Indic
// viramas, nuktas and vowel signs, Thai and Lao tone marks, kana voicing
// marks. Arabic hamza and madda (U+0653–U+0655) are kept too: with alef,
// waw and yeh they are letters of their own (أ ؤ إ ئ آ).
func isAccent(r rune) bool {
	switch {
	case r >= 0x0300 && r <= 0x036F, // combining diacritical marks
		r >= 0x0483 && r <= 0x0489, // Cyrillic titlo, palatalization, enclosing signs
		r >= 0x0591 && r <= 0x05C7, // Hebrew cantillation and points
		r >= 0x0610 && r <= 0x061A, // Arabic honorifics and small letters
		r >= 0x064B && r <= 0x0652, // Arabic tanwin, harakat, shadda, sukun
		r >= 0x0656 && r <= 0x065F, // further Arabic vowel marks
		r == 0x0670,                // superscript alef
		r >= 0x06D6 && r <= 0x06ED, // Quranic annotation
		r >= 0x08D3 && r <= 0x08FF, // Arabic Extended-A marks
		r >= 0x1AB0 && r <= 0x1AFF, // combining diacritical marks extended
		r >= 0x1DC0 && r <= 0x1DFF, // combining diacritical marks supplement
		r >= 0x20D0 && r <= 0x20FF, // combining marks for symbols
		r >= 0x2DE0 && r <= 0x2DFF, // Cyrillic Extended-A
		r >= 0xA66F && r <= 0xA69F, // Cyrillic Extended-B marks
		r >= 0xFE20 && r <= 0xFE2F: // combining half marks
		return true
	}
	return false
}

// The precomposed Hangul syllables.
const hangulFirst, hangulLast = 0xAC00, 0xD7A3

// foldCase maps every case form of a letter to one: the lower case of its
// upper case, so that ς and σ, or ſ and s, fold alike.
func foldCase(r rune) rune { return unicode.ToLower(unicode.ToUpper(r)) }

// isCombining reports the combining diacritical marks (U+0300–U+036F),
// which carry the tones and vowel marks of decomposed Vietnamese.
func isCombining(r rune) bool { return r >= 0x0300 && r <= 0x036F }

// The fold table covers Latin-1 Supplement and Latin Extended-A/B
// (U+00C0–U+024F) and the Vietnamese block of Latin Extended Additional
// (U+1EA0–U+1EF9): every precomposed Vietnamese letter is in one of them.
const (
	foldLo      = 0x00C0
	foldLatinHi = 0x0250
	foldVietLo  = 0x1EA0
	foldVietHi  = 0x1EFA

	foldTableLen = foldLatinHi - foldLo + foldVietHi - foldVietLo
)

// foldTable is derived from Unicode's decompositions on first use rather
// than typed by hand; it is read-only afterwards.
var foldTable = sync.OnceValue(func() *[foldTableLen]byte {
	var t [foldTableLen]byte
	code := func(r rune) byte {
		switch {
		case !unicode.IsLetter(r):
			return ' ' // × and ÷
		case r == 'ı':
			return 'i'
		}
		if c := latinCode(r); c != 0 {
			return c
		}
		return foldKeep
	}
	for r := rune(foldLo); r < foldLatinHi; r++ {
		t[r-foldLo] = code(r)
	}
	for r := rune(foldVietLo); r < foldVietHi; r++ {
		t[foldLatinHi-foldLo+r-foldVietLo] = code(r)
	}
	return &t
})

// EqualFold reports whether a and b have the same Fold, without building
// either key: but for text with a combining mark Fold keeps (a Thai tone
// mark, a virama), whose canonical order may move it before marks already
// compared, and which it folds whole.
func EqualFold(a, b string) bool {
	i, j := 0, 0
	var fa, fb folder
	for {
		ca, ni := fa.next(a, i)
		cb, nj := fb.next(b, j)
		if fa.marks || fb.marks {
			// A kept mark may yet move before marks already compared.
			return Fold(a) == Fold(b)
		}
		if ca != cb {
			return false
		}
		if ca == 0 {
			return true
		}
		i, j = ni, nj
	}
}

// folder yields the bytes of Fold(s) one at a time.
type folder struct {
	started bool     // a byte has been produced
	marks   bool     // a kept combining mark was met, which canonical order may move
	pending bool     // a space is owed before the next byte
	buf     [32]byte // bytes of the current character still to yield
	at, n   uint8
}

// next returns the next folded byte of s starting at byte i and the new
// position; 0 at the end.
func (f *folder) next(s string, i int) (byte, int) {
	if f.at < f.n {
		c := f.buf[f.at]
		f.at++
		return c, i
	}
	for i < len(s) {
		var c byte
		fromBuf := false
		if s[i] < utf8.RuneSelf {
			c = s[i]
			i++
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == ' ' || (c >= '\t' && c <= '\r') {
				c = ' '
			} else if c < ' ' || c == 0x7f {
				continue
			}
		} else {
			// The letters of Vietnamese from the tables, as in
			// AppendFold; the rest decoded.
			code, size := foldSlow, 1
			if i+1 < len(s) {
				c, b1 := s[i], s[i+1]
				if k := uint(c)<<8 | uint(b1) - 0xC200; k < uint(len(foldTwo)) {
					code, size = foldTwo[k], 2
				} else if k := uint(b1)<<8 - 0xBA00; c == 0xE1 && k < uint(len(foldViet)) && i+2 < len(s) {
					code, size = foldViet[(k|uint(s[i+2]))&uint(len(foldViet)-1)], 3
				}
			}
			var r rune
			if code >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
				code = foldCode(r)
			}
			i += size
			switch {
			case code == foldDrop:
				continue
			case code < utf8.RuneSelf:
				c = code
			default:
				out := appendFoldSpecial(f.buf[:0], 0, r, code)
				if len(out) == 0 {
					continue
				}
				if len(out) > len(f.buf) {
					out = out[:len(f.buf)] // a decomposition this long does not exist
				}
				for k := 0; k < len(out); {
					_, size := utf8.DecodeRune(out[k:])
					f.marks = f.marks || norm.NFD.Properties(out[k:k+size]).CCC() != 0
					k += size
				}
				f.n = uint8(copy(f.buf[:], out))
				c, f.at, fromBuf = f.buf[0], 1, true
			}
		}
		if c == ' ' {
			f.pending = f.started
			continue
		}
		f.started = true
		if f.pending {
			// Yield the space now and this character next.
			f.pending = false
			if fromBuf {
				f.at = 0
			} else {
				f.buf[0], f.at, f.n = c, 0, 1
			}
			return ' ', i
		}
		return c, i
	}
	return 0, i
}
