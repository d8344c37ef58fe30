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
func (c *cleaner) detectRow(rec []string, cols []Field) {
	type reading struct {
		enc  vietnam.Encoding
		conf float64
	}
	var seen map[int]reading
	best, bestConf, bestLen := vietnam.EncodingUnknown, 0.0, 0
	for i, v := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored || !needsDetect(v) {
			continue
		}
		enc, conf := vietnam.Detect(v)
		if seen == nil {
			seen = map[int]reading{}
		}
		seen[i] = reading{enc, conf}
		if enc == vietnam.Unicode || enc == vietnam.EncodingUnknown || conf < 0.5 {
			continue
		}
		if conf > bestConf || (conf == bestConf && len(v) > bestLen) {
			best, bestConf, bestLen = enc, conf, len(v)
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
			r.enc, r.conf = vietnam.Detect(v)
		}
		c.decode[i] = r.enc != vietnam.Unicode || r.conf < 0.5
	}
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
	if d.String() != written {
		c.fixes = append(c.fixes, Fix{FixDate, col, written, d.String()})
	}
}

// needsDetect reports whether a cell may be in a legacy encoding: it has
// Windows-1252 symbols or Latin-1 letters that Vietnamese does not use
// (how TCVN3 and VNI bytes look when read as Windows-1252), a plain vowel
// followed by one of VNI's tone bytes ("Phaùm", "Voõ": in Unicode
// Vietnamese the tone sits on the vowel itself), or VIQR marks. Plain
// Unicode Vietnamese and plain ASCII skip the detector.
func needsDetect(s string) bool {
	if !utf8.ValidString(s) {
		return true // raw bytes of a legacy file
	}
	ascii := true
	var prev rune
	for _, r := range s {
		last := prev
		prev = r
		if r < utf8.RuneSelf {
			continue
		}
		ascii = false
		if strings.ContainsRune("ùøûõïÙØÛÕÏ", r) && strings.ContainsRune("aeiouyAEIOUY", last) {
			return true
		}
		switch {
		case r >= 0x80 && r <= 0xBF, r >= 0x2013 && r <= 0x203A, r == 0x20AC, r == 0x2122:
			return true
		case r >= 0xC0 && r <= 0xFF && !strings.ContainsRune("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý", r):
			return true
		case r == 0x152 || r == 0x153 || r == 0x160 || r == 0x161 || r == 0x178 || r == 0x17D || r == 0x17E || r == 0x192 || r == 0x2C6 || r == 0x2DC:
			return true
		}
	}
	return ascii && strings.ContainsAny(s, "^~`(+") && !strings.ContainsAny(s, "@/")
}

func parseSex(s string) (person.Sex, bool) {
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
