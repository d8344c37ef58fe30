package admin

import (
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Lists kept since the 1990s hold addresses typed in the legacy fonts'
// encodings, VNI and TCVN3 (ABC), which come out of a spreadsheet export
// read as Windows-1252: "Ñaék R'Tíh, Tuy Ñöùc, Ñaék Noâng" is VNI for
// "Đắk R'Tíh, Tuy Đức, Đắk Nông", "Thµnh phè Hµ Néi" TCVN3 for "Thành
// phố Hà Nội". Files saved on Vietnamese Windows without UTF-8 are in its
// code page, Windows-1258, which writes most tones as a byte after the
// vowel: "PhýõÌng Bêìn Nghé" is "Phường Bến Nghé" so read. fromLegacy
// converts such text when vietnam.Detect finds it clearly in one of them.

// fromLegacy returns s decoded from VNI, TCVN3 or Windows-1258 when it
// reads so, and s itself otherwise. Detect, which reads the text in every encoding, runs
// only on text of two words or more that vietnam.LooksLegacy suspects:
// almost every address is plain Unicode or ASCII.
func fromLegacy(s string) string {
	if !vietnam.LooksLegacy(s) || strings.IndexByte(strings.TrimSpace(s), ' ') < 0 {
		return s // Unicode, or one word: too little to tell ("Ñ" is TCVN3 "ẹ")
	}
	switch e, _ := vietnam.Detect(s); e {
	case vietnam.VNI, vietnam.TCVN3, vietnam.Windows1258:
		return e.Decode(s)
	}
	return s
}
