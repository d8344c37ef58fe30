package vietnam

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	if isCleanText(s) {
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

// isCleanText reports whether Normalize would return s as it is: printable
// ASCII and precomposed letters (cleanLetter), single inner spaces, no
// space at either end. Most cells of a roster are such text; the check
// spares them the builder and the NFC pass.
func isCleanText(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !cleanLetter(r) {
				return false
			}
			i += size
			continue
		}
		if c < ' ' || c == 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
		i++
	}
	return true
}

// cleanLetter reports the precomposed letters that Normalize keeps and
// that are in NFC whatever surrounds them: Latin-1 letters but the eth
// look-alikes, Latin Extended-A and -B, and Latin Extended Additional,
// where most Vietnamese letters with a tone live (ạ…ỹ). Each starts a
// new NFC segment, so nothing before it composes with it.
func cleanLetter(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD0 && r != 0xF0 && r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	return false
}

func isSpaceRune(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isInvisible reports format and control characters that carry nothing in
// Vietnamese text: zero-width space/joiners, BOM, soft hyphen, bidi marks,
// the C1 controls but NEL (U+0085), which is a line break and so a space
// (isSpaceRune) for Fold as for Normalize.
func isInvisible(r rune) bool {
	switch r {
	case 0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF:
		return true
	}
	return (r >= 0x80 && r < 0xA0 && r != 0x85) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// Title returns s normalized and in proper case for personal and place
// names: the first letter of every word upper case, the others lower
// case, tone marks kept. Words are separated by spaces, hyphens,
// apostrophes and other punctuation, so "nguyễn VĂN a" gives "Nguyễn Văn A", "đỗ  thị hồng"
// gives "Đỗ Thị Hồng" and "h'hen niê" gives "H'Hen Niê".
func Title(s string) string {
	s = Normalize(s)
	start := true
	for i, r := range s {
		wasStart := start
		if titleCase(r, &start) != r {
			return titleFrom(s, i, wasStart)
		}
	}
	return s // already in proper case: nothing to build
}

// titleCase returns r as Title writes it; start says whether r begins a
// word, and is updated for the next rune.
func titleCase(r rune, start *bool) rune {
	switch {
	case !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r):
		*start = true // spaces, hyphens, apostrophes, quotes, brackets
	case unicode.Is(unicode.Mn, r):
		// A combining mark keeps its form: U+0345 (Greek ypogegrammeni)
		// has an upper case that is a letter, Ι.
	case *start:
		*start = false
		return unicode.ToUpper(r)
	default:
		return unicode.ToLower(r)
	}
	return r
}

// titleFrom is Title of s from byte i, where the first rune to change is;
// start is titleCase's state there.
func titleFrom(s string, i int, start bool) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	// A letter whose case changed may compose with the mark after it
	// where the letter as written did not: İ lowers to i and ı uppers to
	// I, which take an accent; Ϋ lowers to ϋ, which takes a grave (ῢ)
	// where Ϋ takes none. Then the text is put in NFC again.
	recompose, changed := false, false
	for j, r := range s[i:] {
		if changed && !recompose && !norm.NFC.PropertiesString(s[i+j:]).BoundaryBefore() {
			recompose = true
		}
		t := titleCase(r, &start)
		changed = t != r
		b.WriteRune(t)
	}
	if recompose {
		return norm.NFC.String(b.String())
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
