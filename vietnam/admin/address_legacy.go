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

// asciiMayBeVIQR reports whether the ASCII text s may have what
// vietnam.LooksLegacy looks for in ASCII, the marks of VIQR: every one
// it reads is a vowel followed by ^ ( + ` ~ ' ? or ., or d twice, of
// either case. Where it says false, LooksLegacy(s) is false and
// fromLegacy(s) is s: most ASCII addresses, which LooksLegacy read
// three times (TestASCIIMayBeVIQR). One read, a load of viqrPairClass
// a byte.
func asciiMayBeVIQR(s string) bool {
	var before uint8 // what the byte before is of viqrOpens
	for i := 0; i < len(s); i++ {
		k := viqrPairClass[s[i]]
		if before&(k>>4) != 0 {
			return true
		}
		before = k & 15
	}
	return false
}

// The halves of a byte of viqrPairClass: what a byte opens of a pair of
// VIQR (its low four bits), what it closes (its high four).
const (
	viqrVowel = 1 // a vowel, which a mark follows
	viqrD     = 2 // d, which d follows
)

// viqrPairClass is, for each byte, the pairs of asciiMayBeVIQR it opens
// (viqrVowel, viqrD), and those it closes, shifted by 4: a mark closes
// a vowel's, d a d's.
var viqrPairClass = func() (t [256]uint8) {
	for _, c := range "aeiouyAEIOUY" {
		t[c] |= viqrVowel
	}
	for _, c := range "^(+`~'?." {
		t[c] |= viqrVowel << 4
	}
	for _, c := range "dD" {
		t[c] |= viqrD | viqrD<<4
	}
	return t
}()
