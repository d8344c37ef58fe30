package vietnam

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in the form every comparison and display in this
// library starts from:
//
//   - Unicode NFC, so decomposed (NFD) and mixed input give the same bytes;
//   - every run of white space (spaces, tabs, newlines, no-break spaces and
//     the other Unicode spaces) becomes one ASCII space, and the ends are
//     trimmed;
//   - zero-width characters, the byte-order mark and control characters
//     are removed;
//   - invalid UTF-8 bytes become U+FFFD;
//   - the look-alike letters Ð/ð (eth, U+00D0/U+00F0), which Vietnamese
//     text gets from Western keyboards and OCR, become Đ/đ.
//
// Spelling, case and tone placement are kept as written; see ToneStyle.Apply
// to make tone placement canonical.
func Normalize(s string) string {
	if isCleanASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || (c >= '\t' && c <= '\r'):
				space = b.Len() > 0
				continue
			case c < ' ' || c == 0x7f:
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			r = utf8.RuneError
		case isSpaceRune(r):
			space = b.Len() > 0
			continue
		case isInvisible(r):
			continue
		case r == 'Ð':
			r = 'Đ'
		case r == 'ð':
			r = 'đ'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// isCleanASCII reports whether s is printable ASCII with single inner
// spaces and no space at either end: Normalize's and Title's fast path.
func isCleanASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || c == 0x7f {
			return false
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

func isSpaceRune(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isInvisible reports format and control characters that carry nothing in
// Vietnamese text: zero-width space/joiners, BOM, soft hyphen, bidi marks.
func isInvisible(r rune) bool {
	switch r {
	case 0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF:
		return true
	}
	return (r >= 0x80 && r < 0xA0) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// Fold returns the search key of s: Normalize's clean-up, then lower case,
// no tone marks, no vowel marks, and đ/Đ folded to d, so that
// "Đặng Thị Ánh  Tuyết" gives "dang thi anh tuyet" and "Hoà" and "Hòa"
// fold alike. Other Latin letters lose their marks too (é→e, ñ→n).
//
// The result contains only ASCII: letters, digits, single spaces and the
// ASCII punctuation of s (typographic quotes and dashes become ' " and -).
// Characters with no ASCII form (CJK, emoji, symbols) are dropped.
//
// Fold does not allocate when s is already a folded ASCII key.
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	b := AppendFold(make([]byte, 0, len(s)), s)
	if len(b) == 0 {
		return ""
	}
	// b is new and never written again, so it can back the string without
	// the copy string(b) would make (strings.Builder does the same).
	return unsafe.String(&b[0], len(b))
}

// AppendFold appends the fold of s to dst and returns the extended buffer.
// It lets hot loops reuse one buffer.
func AppendFold(dst []byte, s string) []byte {
	base := len(dst)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == ' ' || (c >= '\t' && c <= '\r') {
				space = len(dst) > base
				continue
			} else if c < ' ' || c == 0x7f {
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		f := foldRune(r)
		switch f {
		case 0:
			continue
		case ' ':
			space = len(dst) > base
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, f)
	}
	return dst
}

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

// foldRune maps a non-ASCII rune to its folded ASCII byte, ' ' for a space,
// or 0 to drop it.
func foldRune(r rune) byte {
	switch {
	case isCombining(r): // the marks of NFD input
		return 0
	case r >= foldLo && r < foldLatinHi:
		return foldTable()[r-foldLo]
	case r >= foldVietLo && r < foldVietHi:
		return foldTable()[foldLatinHi-foldLo+r-foldVietLo]
	case isSpaceRune(r):
		return ' '
	}
	switch r {
	case '‘', '’', '‚', '‛', '′', 'ʼ':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '…':
		return '.'
	}
	if unicode.Is(unicode.Latin, r) {
		return baseLetter(r)
	}
	// A few characters outside Latin decompose canonically to ASCII
	// (U+037E GREEK QUESTION MARK is ';', U+1FEF is '`'); fold them as
	// their decomposition so that Fold(s) == Fold(NFD(s)).
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
			return foldRune(first)
		}
	}
	return 0
}

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
)

// foldTable is derived from Unicode's decompositions on first use rather
// than typed by hand; it is read-only afterwards.
var foldTable = sync.OnceValue(func() *[foldLatinHi - foldLo + foldVietHi - foldVietLo]byte {
	var t [foldLatinHi - foldLo + foldVietHi - foldVietLo]byte
	for r := rune(foldLo); r < foldLatinHi; r++ {
		t[r-foldLo] = baseLetter(r)
	}
	for r := rune(foldVietLo); r < foldVietHi; r++ {
		t[foldLatinHi-foldLo+r-foldVietLo] = baseLetter(r)
	}
	return &t
})

// baseLetter returns the lower-case ASCII letter a Latin letter is built
// on, or 0. Đ/đ and the look-alike Ð/ð have no decomposition in Unicode,
// which is why "NFD and strip marks" recipes leave them; they fold to d.
func baseLetter(r rune) byte {
	switch r {
	case 'Đ', 'đ', 'Ð', 'ð':
		return 'd'
	case 'Ø', 'ø':
		return 'o'
	case 'Ł', 'ł':
		return 'l'
	case 'ı': // dotless i, whose capital is I
		return 'i'
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFKD.Properties(buf[:n]).Decomposition()
	if len(d) == 0 {
		return 0
	}
	if first, _ := utf8.DecodeRune(d); first >= utf8.RuneSelf {
		// A letter built on a letter that has no decomposition of its own
		// (Ǿ is Ø with an acute): fold as that letter does, so that Fold
		// gives the same key for the precomposed and the NFD form.
		if first == r {
			return 0
		}
		return baseLetter(first)
	}
	c := d[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	if c >= 'a' && c <= 'z' {
		return c
	}
	return 0
}

// EqualFold reports whether a and b have the same Fold, without building
// either key.
func EqualFold(a, b string) bool {
	i, j := 0, 0
	var fa, fb folder
	for {
		ca, ni := fa.next(a, i)
		cb, nj := fb.next(b, j)
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
	started bool // a byte has been produced
	pending bool // a space is owed before the next byte
	held    byte // a byte read while paying the pending space
}

// next returns the next folded byte of s starting at byte i and the new
// position; 0 at the end.
func (f *folder) next(s string, i int) (byte, int) {
	if f.held != 0 {
		c := f.held
		f.held = 0
		return c, i
	}
	for i < len(s) {
		var c byte
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
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if c = foldRune(r); c == 0 {
				continue
			}
		}
		if c == ' ' {
			f.pending = f.started
			continue
		}
		f.started = true
		if f.pending {
			f.pending = false
			f.held = c
			return ' ', i
		}
		return c, i
	}
	return 0, i
}

// Title returns s normalized and in proper case for personal and place
// names: the first letter of every word upper case, the others lower
// case, tone marks kept. Words are separated by spaces, hyphens,
// apostrophes and other punctuation, so "nguyễn VĂN a" gives "Nguyễn Văn A", "đỗ  thị hồng"
// gives "Đỗ Thị Hồng" and "h'hen niê" gives "H'Hen Niê".
func Title(s string) string {
	s = Normalize(s)
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r):
			start = true // spaces, hyphens, apostrophes, quotes, brackets
		case start:
			r = unicode.ToUpper(r)
			start = false
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// validUTF8 returns s with every invalid byte replaced by U+FFFD, as
// Normalize does (strings.ToValidUTF8 would merge a run of bad bytes into
// one replacement).
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
