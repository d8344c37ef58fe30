package admin

import (
	"strings"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Lists kept since the 1990s hold addresses typed in the legacy fonts'
// encodings, VNI and TCVN3 (ABC), which come out of a spreadsheet export
// read as Windows-1252: "Ñaék R'Tíh, Tuy Ñöùc, Ñaék Noâng" is VNI for
// "Đắk R'Tíh, Tuy Đức, Đắk Nông", "Thµnh phè Hµ Néi" TCVN3 for "Thành
// phố Hà Nội". fromLegacy converts such text when vietnam.Detect finds it
// clearly in one of them.

// fromLegacy returns s decoded from VNI or TCVN3 when it reads so, and s
// itself otherwise. Text with no letter of Latin-1 outside the Vietnamese
// alphabet ("ñ", "ö", "µ", "§"…) is Unicode: Detect, which reads the text
// in every encoding, runs only on the rest, of two words or more.
func fromLegacy(s string) string {
	if !hasLegacyLatin1(s) || strings.IndexByte(strings.TrimSpace(s), ' ') < 0 {
		return s // Unicode, or one word: too little to tell ("Ñ" is TCVN3 "ẹ")
	}
	switch e, _ := vietnam.Detect(s); e {
	case vietnam.VNI, vietnam.TCVN3:
		return e.Decode(s)
	}
	return s
}

// hasLegacyLatin1 reports whether s has a character of U+0080–U+00FF that
// Vietnamese written in Unicode does not use.
func hasLegacyLatin1(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < 0x80 || r > 0xff {
			continue
		}
		switch r | 0x20 { // the small letter of À–Ý
		case 'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý':
			if r >= 0xc0 {
				continue
			}
		}
		return true
	}
	return false
}
