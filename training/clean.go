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
	// legacy is the encoding the row was typed in, when some cell of it
	// is legacy text: the cells were typed on the same machine, so every
	// non-ASCII cell that does not read as Unicode is decoded the same way.
	// Short cells alone are poor evidence ("Leâ Thò Mai" reads about as
	// well in TCVN3 as in VNI), so the row's most convincing cell decides.
	legacy vietnam.Encoding
	// decode marks, by column, the cells to decode with legacy.
	decode []bool
}

// detectRow sets the row's legacy encoding from the cell that reads most
// convincingly as legacy text (the highest confidence, then the longest),
// and marks the cells to decode with it: every non-ASCII or VIQR-looking
// cell that does not read as Unicode. Each cell goes through the detector
// at most once; rows with nothing suspicious, almost all of them, do not
// use it at all.
func (c *cleaner) detectRow(rec []string, cols []Field, readings *memo[reading]) {
	var seen map[int]reading
	best, bestConf, bestLen := vietnam.EncodingUnknown, 0.0, 0
	for i, v := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored || !needsDetect(v) {
			continue
		}
		r := detect(v, readings)
		if seen == nil {
			seen = map[int]reading{}
		}
		seen[i] = r
		if r.enc == vietnam.Unicode || r.enc == vietnam.EncodingUnknown || r.conf < 0.5 {
			continue
		}
		if r.conf > bestConf || (r.conf == bestConf && len(v) > bestLen) {
			best, bestConf, bestLen = r.enc, r.conf, len(v)
		}
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
		c.decode[i] = r.enc != vietnam.Unicode || r.conf < 0.5
	}
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
// followed by one of VNI's tone bytes ("Phaùm", "Voõ": in Unicode
// Vietnamese the tone sits on the vowel itself), or VIQR marks. Plain
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
		if legacyLooking(r) || i > 0 && isVowelByte(s[i-1]) && vniTone(r) {
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

// vniTone reports VNI's tone bytes as Windows-1252 shows them, which
// follow a plain vowel in VNI text ("Phaùm", "Voõ"); in Unicode the tone
// sits on the vowel itself.
func vniTone(r rune) bool {
	switch r {
	case 'ù', 'ø', 'û', 'õ', 'ï', 'Ù', 'Ø', 'Û', 'Õ', 'Ï':
		return true
	}
	return false
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
