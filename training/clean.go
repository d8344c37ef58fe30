package training

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

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
		if i >= len(cols) || cols[i] == FieldIgnored || !vietnam.LooksLegacy(v) {
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
		best = rowEncoding(rec, cols, seen)
	}
	c.legacy, c.decode = best, nil
	if best == vietnam.EncodingUnknown {
		return
	}
	c.decode = make([]bool, len(rec))
	for i, v := range rec {
		// The cells LooksLegacy suspected are those read above.
		r, suspect := seen[i]
		if i >= len(cols) || cols[i] == FieldIgnored || isASCII(v) && !suspect {
			continue
		}
		if !suspect {
			r = detect(v, readings)
		}
		// A cell with the marks of legacy text is decoded even when it
		// does not read as Vietnamese alone ("Phöôùc" has letters of other
		// alphabets as it stands, and Detect leaves such text as it is):
		// the row says how it was typed.
		c.decode[i] = r.enc != vietnam.Unicode || r.conf < legacyCut || suspect && windows1252Only(v)
	}
}

// rowEncoding is the legacy encoding the row's cells that may be legacy
// text read in together, when the detector is convinced, or
// EncodingUnknown. A cell may be legacy text when it is not ASCII, or
// looks like VIQR, and has only characters that Windows-1252 shows bytes
// as: a cell with "ư" or "ạ" was typed in Unicode, and would keep the
// detector from reading the others in TCVN3 or VNI. suspect holds the
// cells vietnam.LooksLegacy suspected.
func rowEncoding(rec []string, cols []Field, suspect map[int]reading) vietnam.Encoding {
	var b strings.Builder
	for i, v := range rec {
		_, looks := suspect[i]
		if i >= len(cols) || cols[i] == FieldIgnored || isASCII(v) && !looks || !windows1252Only(v) {
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
		if r >= 0x100 && r != utf8.RuneError {
			if _, ok := charmap.Windows1252.EncodeRune(r); !ok {
				return false
			}
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
