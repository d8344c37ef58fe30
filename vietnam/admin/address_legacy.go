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

// asciiAddrKeys reads the ASCII text s once for the keys that the
// steps reading ASCII look for first, and returns those it may have of
// asciiKeyVIQR, asciiKeyTelex and asciiKeySixToNine. Most ASCII
// addresses have none, which vietnam.LooksLegacy, telexMarkMay and
// vniMarkMay each read the text to tell. A byte is a table load and a
// few operations, with no branch: the pairs of bytes it looks for are
// those where what a byte opens (asciiClass's low byte) the next one
// closes (its high byte).
func asciiAddrKeys(s string) (keys uint8) {
	var before, pairs, all uint16
	for i := 0; i < len(s); i++ {
		k := asciiClass[s[i]]
		pairs |= before & (k >> 8)
		all |= k
		before = k & asciiOpens
	}
	if pairs&(asciiPairVowel|asciiPairD) != 0 {
		keys |= asciiKeyVIQR
	}
	if pairs&^asciiPairVowel != 0 || all&asciiW != 0 {
		keys |= asciiKeyTelex
	}
	if all&asciiSixToNine != 0 {
		keys |= asciiKeySixToNine
	}
	return keys
}

// What asciiAddrKeys finds.
const (
	// asciiKeyVIQR: a vowel before a mark of VIQR (^ ( + ` ~ ' ? .) or
	// d twice, of either case, every pair LooksLegacy's reading of
	// VIQR (viqrMarksIn) starts from. Without it LooksLegacy(s) is
	// false and fromLegacy(s) is s.
	asciiKeyVIQR = 1 << iota
	// asciiKeyTelex: what telexMarkMay looks for, a w, or a, e, o or d
	// twice, of either case; telexMarkMay(s) says whether s has it.
	asciiKeyTelex
	// asciiKeySixToNine: a digit 6 to 9, without which vniMarkMay(s)
	// is false.
	asciiKeySixToNine
)

// The pairs of bytes asciiAddrKeys looks for, by the bit a byte that
// opens one has in asciiClass (a byte that closes it has it 8 bits up):
// a vowel and a mark of VIQR, d twice (VIQR's đ and Telex's), a, e, o
// twice (Telex's â, ê, ô), of either case.
const (
	asciiPairVowel = 1 << iota
	asciiPairD
	asciiPairA
	asciiPairE
	asciiPairO
	asciiOpens = 1<<iota - 1
)

// asciiW and asciiSixToNine are the bits in asciiClass of w (either
// case) and of the digits 6 to 9, above those of the pairs it closes.
const (
	asciiW         = 1 << 14
	asciiSixToNine = 1 << 15
)

// asciiClass is, for each byte, what asciiAddrKeys reads of it: 0 for
// most.
var asciiClass = func() (t [256]uint16) {
	both := func(letters string, bits uint16) {
		for _, c := range letters {
			t[c] |= bits
		}
	}
	both("aeiouyAEIOUY", asciiPairVowel)
	both("^(+`~'?.", asciiPairVowel<<8)
	both("dD", asciiPairD|asciiPairD<<8)
	both("aA", asciiPairA|asciiPairA<<8)
	both("eE", asciiPairE|asciiPairE<<8)
	both("oO", asciiPairO|asciiPairO<<8)
	both("wW", asciiW)
	both("6789", asciiSixToNine)
	return t
}()
