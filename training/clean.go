package training

import (
	"strings"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// cleaner tracks the fixes of one row.
type cleaner struct {
	fixes []Fix
	// legacy is the encoding the row was typed in, when its text is
	// legacy text: the cells were typed on the same machine, so every
	// non-ASCII cell that does not read as Unicode is decoded the same way.
	legacy vietnam.Encoding
	// decode marks, by column, the cells to decode with legacy.
	decode []bool
}

// legacyCut is the confidence vietnam.Detect must give a legacy reading
// for the importer to decode it: below it, foreign names are taken for
// legacy text ("João" reads as TCVN3 with confidence 0).
const legacyCut = 0.5

// detectRow decides whether the row was typed in a legacy encoding, and
// marks the cells to decode: every non-ASCII or VIQR-looking cell that
// does not read as Unicode or has the marks of legacy text. The evidence is the row's text, not one cell:
// a short name reads about as well in TCVN3 as in VNI ("Leâ Thò Mai"), and
// an address of the Central Highlands is mostly minority words that are
// not syllables of the national language ("Ñaék R'Tíh, Tuy Ñöùc, Ñaék
// Noâng" is VNI with confidence 0.40), while the cells together give the
// detector every word the typist wrote. The row is legacy text when its
// most convincing cell reaches legacyCut, or else when its cells that
// could be legacy text, read together, do. Each cell goes through the
// detector at most once, and the row as a whole only when no cell alone
// decides; rows with nothing suspicious, almost all of them, do not use
// it at all.
func (c *cleaner) detectRow(rec []string, cols []Field, readings *memo[reading]) {
	var seen map[int]reading
	best, bestConf, bestLen := vietnam.EncodingUnknown, 0.0, 0
	hint := false // a cell has a legacy reading, though not a convincing one
	for i, v := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored || !needsDetect(v) {
			continue
		}
		r := detect(v, readings)
		if seen == nil {
			seen = map[int]reading{}
		}
		seen[i] = r
		if r.enc == vietnam.Unicode || r.enc == vietnam.EncodingUnknown {
			continue
		}
		hint = true
		if r.conf < legacyCut {
			continue
		}
		if r.conf > bestConf || (r.conf == bestConf && len(v) > bestLen) {
			best, bestConf, bestLen = r.enc, r.conf, len(v)
		}
	}
	if best == vietnam.EncodingUnknown && hint {
		best = rowEncoding(rec, cols)
	}
	c.legacy, c.decode = best, nil
	if best == vietnam.EncodingUnknown {
		return
	}
	c.decode = make([]bool, len(rec))
	for i, v := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored || isASCII(v) && !needsDetect(v) {
			continue
		}
		r, ok := seen[i]
		if !ok {
			r = detect(v, readings)
		}
		// A cell with the marks of legacy text is decoded even when it
		// does not read as Vietnamese alone ("Phöôùc" has letters of other
		// alphabets as it stands, and Detect leaves such text as it is):
		// the row says how it was typed.
		c.decode[i] = r.enc != vietnam.Unicode || r.conf < legacyCut || needsDetect(v) && windows1252Only(v)
	}
}

// rowEncoding is the legacy encoding the row's cells that may be legacy
// text read in together, when the detector is convinced, or
// EncodingUnknown. A cell may be legacy text when it is not ASCII, or
// looks like VIQR, and has only characters that Windows-1252 shows bytes
// as: a cell with "ư" or "ạ" was typed in Unicode, and would keep the
// detector from reading the others in TCVN3 or VNI.
func rowEncoding(rec []string, cols []Field) vietnam.Encoding {
	var b strings.Builder
	for i, v := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored || isASCII(v) && !needsDetect(v) || !windows1252Only(v) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v)
	}
	enc, conf := vietnam.Detect(b.String())
	if enc == vietnam.Unicode || conf < legacyCut {
		return vietnam.EncodingUnknown
	}
	return enc
}

// windows1252Only reports whether every character of s is one that
// Windows-1252 shows a byte as, or a byte that is not UTF-8.
func windows1252Only(s string) bool {
	for _, r := range s {
		if r >= 0x100 && r != utf8.RuneError && !legacyLooking(r) {
			return false
		}
	}
	return true
}

// detect is vietnam.Detect through the import's memo: a legacy row's
// group, service and commune are texts other rows have too.
func detect(v string, readings *memo[reading]) reading {
	r, ok := readings.get(v)
	if !ok {
		r.enc, r.conf = vietnam.Detect(v)
		readings.put(v, r)
	}
	return r
}

// text decodes the cell in column i if detectRow said so, normalizes it,
// and notes the fixes.
func (c *cleaner) text(i int, col, raw string) string {
	s := raw
	if i < len(c.decode) && c.decode[i] {
		s = c.legacy.Decode(s)
	}
	if s != raw {
		c.fixes = append(c.fixes, Fix{FixEncoding, col, raw, s})
	}
	n := vietnam.Normalize(s)
	if n != s && strings.TrimSpace(s) != n {
		c.fixes = append(c.fixes, Fix{FixSpacing, col, s, n})
	}
	return n
}

// date notes a date that was not written in the canonical dd/mm/yyyy form.
func (c *cleaner) date(col, written string, d vietnam.Date) {
	if !isCanonicalDate(written, d) {
		c.fixes = append(c.fixes, Fix{FixDate, col, written, d.String()})
	}
}

// isCanonicalDate reports whether s is d.String(), without building it:
// most rows write their dates canonically.
func isCanonicalDate(s string, d vietnam.Date) bool {
	y := d.Year()
	if len(s) != 10 || y < 1000 || y > 9999 {
		return s == d.String()
	}
	b := [10]byte{byte('0' + d.Day()/10), byte('0' + d.Day()%10), '/', byte('0' + d.Month()/10), byte('0' + d.Month()%10), '/',
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
	return string(b[:]) == s
}

// needsDetect reports whether a cell may be in a legacy encoding: it has
// Windows-1252 symbols or Latin-1 letters that Vietnamese does not use
// (how TCVN3 and VNI bytes look when read as Windows-1252), a plain vowel
// followed by one of VNI's mark bytes where Unicode Vietnamese has no such
// pair (vniMark: "Phaùm", "Voõ", "Nguyeãn", "Vaên"), a capital inside a
// word (tcvn3Small: "NguyÔn"), or VIQR marks. Plain
// Unicode Vietnamese and plain ASCII skip the detector.
func needsDetect(s string) bool {
	ascii := true
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return true // raw bytes of a legacy file
		}
		if legacyLooking(r) || i > 0 && (vniMark(s[i-1], r) || tcvn3Small(s[i-1], r)) {
			return true
		}
		i += size
	}
	return ascii && viqrLike(s) && !strings.ContainsAny(s, "@/")
}

// legacyLooking reports the characters TCVN3 and VNI bytes show as when
// read as Windows-1252 that Vietnamese text does not use: C1 controls and
// Latin-1 symbols, the Windows-1252 punctuation and letters above 0xFF,
// and the Latin-1 letters outside Vietnamese.
func legacyLooking(r rune) bool {
	switch {
	case r >= 0x100 && r < 0x2013, r > 0x2122:
		// Vietnamese letters (ă, đ, ơ, ư, ạ…ỹ) and other scripts, but
		// the few Windows-1252 letters above 0xFF.
		switch r {
		case 0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192, 0x2C6, 0x2DC:
			return true
		}
		return false
	case r >= 0x80 && r <= 0xBF, r >= 0x2013 && r <= 0x203A, r == 0x20AC, r == 0x2122:
		return true
	case r >= 0xC0 && r <= 0xFF:
		switch r {
		case 'À', 'Á', 'Â', 'Ã', 'È', 'É', 'Ê', 'Ì', 'Í', 'Ò', 'Ó', 'Ô', 'Õ', 'Ù', 'Ú', 'Ý',
			'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý':
			return false
		}
		return true
	}
	return false
}

// vniMark reports whether r after the ASCII letter prev is how
// Windows-1252 shows a VNI mark byte there, in a pair that Unicode
// Vietnamese does not have. VNI types a vowel's marks after it: a tone
// alone as ù ø û õ ï, which no Vietnamese vowel is followed by ("Phaùm",
// "Voõ"; Unicode puts the tone on the vowel itself); the circumflex of â,
// ê, ô as â, and with a tone as á à å ã ä ("Noâng", "Nguyeãn"); the breve
// of ă as ê, and with a tone as é è ú ü ë ("Vaên", "Ñaék"). Unicode has
// "quá", "già", "hoà", "khoè", "tuân" and "tiên", so a toned a or e after
// o, u or i, and ê after anything but a, prove nothing; but no Vietnamese
// syllable has a or e before â, á, à, ã, nor a before ê, é, è, ú (å, ä, ü
// and ë are not Vietnamese letters at all: legacyLooking).
func vniMark(prev byte, r rune) bool {
	switch r {
	case 'ù', 'ø', 'û', 'õ', 'ï', 'Ù', 'Ø', 'Û', 'Õ', 'Ï':
		return isVowelByte(prev)
	}
	switch prev | 0x20 { // lower case
	case 'a':
		switch r {
		case 'â', 'á', 'à', 'ã', 'ê', 'é', 'è', 'ú', 'Â', 'Á', 'À', 'Ã', 'Ê', 'É', 'È', 'Ú':
			return true
		}
	case 'e':
		switch r {
		case 'â', 'á', 'à', 'ã', 'Â', 'Á', 'À', 'Ã':
			return true
		}
	case 'o':
		return r == 'â' || r == 'Â'
	}
	return false
}

// tcvn3Small reports a Latin-1 capital after a small ASCII letter: what
// TCVN3's small toned letters (bytes C0–DE: "NguyÔn" is "Nguyễn") look like
// read as Windows-1252. Vietnamese never puts a capital inside a word.
func tcvn3Small(prev byte, r rune) bool {
	return 'a' <= prev && prev <= 'z' && 0xC0 <= r && r <= 0xDE && r != 0xD7
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y':
		return true
	}
	return false
}

// viqrLike reports a VIQR mark where VIQR puts one: a breve, circumflex,
// horn, tilde or grave right after a vowel, or a tone after one of the
// first three ("Nguye^~n", "Va(n"). A "+84" phone or a "(KP 2)" is not
// VIQR.
func viqrLike(s string) bool {
	for i := 1; i < len(s); i++ {
		switch c, prev := s[i], s[i-1]; c {
		case '^', '(', '+':
			if isVowelByte(prev) {
				return true
			}
		case '~', '`':
			if isVowelByte(prev) || prev == '^' || prev == '(' || prev == '+' {
				return true
			}
		}
	}
	return false
}

func parseSex(s string) (person.Sex, bool) {
	switch s { // as rosters write it, without folding
	case "Nam", "nam", "NAM":
		return person.Male, true
	case "Nữ", "nữ", "NỮ":
		return person.Female, true
	}
	switch vietnam.Fold(s) {
	case "nam", "m", "male", "trai":
		return person.Male, true
	case "nu", "f", "female", "gai":
		return person.Female, true
	}
	return person.SexUnknown, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
