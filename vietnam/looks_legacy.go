package vietnam

import (
	"strings"
	"unicode/utf8"
)

// LooksLegacy reports whether s may be Vietnamese in a legacy encoding,
// and so is worth Detect's time: Detect reads a text in every encoding and
// judges each reading word by word, while LooksLegacy makes one pass over
// the bytes, allocates nothing and answers false for the text most
// programs see, plain ASCII and Vietnamese in Unicode. A program that
// reads many cells or addresses (an importer, an address parser) asks it
// first and calls Detect only when it says true.
//
// It says true for text with the marks that VNI and TCVN3 bytes leave
// when a spreadsheet or a database driver shows them as Windows-1252 or
// Latin-1, and that Unicode Vietnamese never has:
//
//   - bytes that are not UTF-8 (a legacy file read as it is);
//   - a character of Latin-1 outside the Vietnamese alphabet: a symbol
//     ("§Æng V¨n B×nh" is TCVN3 for "Đặng Văn Bình"), a letter of another
//     language ("Ñaék Noâng" is VNI for "Đắk Nông"), a control character;
//   - a vowel followed by what VNI's separate mark byte shows as, in a
//     pair no Vietnamese syllable has: a tone alone (ù ø û õ ï) after a
//     vowel but i ("Phaïm", "Voõ", "Môùi"), and the circumflex or breve,
//     toned or not, after a or e ("Nguyeãn", "Leâ", "Vaên"): Unicode has
//     "giùm", "quá", "hoà", "tuân" and "khuê", so only these pairs prove
//     anything;
//   - a capital of Latin-1 after a small letter, which is how TCVN3's
//     small toned letters look ("NguyÔn" is "Nguyễn"): Vietnamese never
//     puts a capital inside a word;
//   - a vowel followed by ì, Ì, ò or Ò, which are how Windows-1258's
//     acute, grave, dot below and hook (bytes EC, CC, F2, D2) look after
//     the vowel they mark ("Viêòt", "Bêìn", "PhýõÌng" are "Việt", "Bến",
//     "Phường"): Unicode writes no toned i or o after another vowel but
//     in "quì", "giò" and the oo of "goòng" (its tilde, DE, shows as Þ,
//     a letter Vietnamese does not have);
//   - in ASCII text, the marks of VIQR that English does not have
//     ("Nguye^~n", "Va(n", "Thu+o+ng") and its tones before a word's
//     final consonant ("ho.c", "pa't"; but for English's "I'm" and
//     abbreviations such as "a.m."), except in text with '@' or '/',
//     e-mail and web addresses and dates, which VIQR is not.
//
// The no-break space is not among them (no legacy encoding has it and
// web pages are full of it), nor is the typographic punctuation of
// Windows-1252 ("–", "“", "…"), which Unicode text has and VNI and TCVN3
// do not use.
//
// A true answer is a suspicion, not a verdict: "Müller" and "Ñandú" look
// legacy, and Detect then keeps them as they are. A false answer may
// miss a short legacy text whose bytes happen to show as Vietnamese
// letters (TCVN3 "Thèng" for "Thống"), which no test that cheap can tell
// from Unicode.
func LooksLegacy(s string) bool {
	ascii := true
	var prev rune // the rune before s[i]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			prev = rune(c)
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || legacyLatin1(r) || vniMarkShown(prev, r) || tcvn3SmallShown(prev, r) ||
			(r|0x20 == 'ì' || r|0x20 == 'ò') && cp1258ToneShown(prev, r) {
			return true
		}
		prev = r
		i += size
	}
	if !ascii || strings.ContainsAny(s, "@/") {
		return false
	}
	strong, tones, _ := viqrMarksIn(s)
	return strong || tones > 0
}

// legacyLatin1 reports the characters of Latin-1 (U+0080–U+00FF) that
// Vietnamese in Unicode does not use, but the no-break space: all but
// the 32 vowels À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their small letters.
func legacyLatin1(r rune) bool {
	if r < 0x80 || r > 0xFF || r == 0xA0 {
		return false
	}
	_, ok := vowelLetter(r)
	return !ok
}

// vniMarkShown reports whether r after prev is how Windows-1252 shows a
// VNI mark byte there, in a pair that Unicode Vietnamese does not have.
// VNI types a vowel's marks after it. A tone alone shows as ù ø û õ ï,
// which no Vietnamese vowel is followed by but the i of gi ("giùm"):
// Unicode puts the tone on the vowel itself, and VNI writes a toned i in
// one byte, so the tone bytes count after the other vowels ("Phaïm",
// "Voõ") and after VNI's ơ, shown as ô ("Môùi" is "Mới"). The circumflex
// of â, ê, ô shows as â, and with a tone as á à å ã ä ("Noâng",
// "Nguyeãn"); the breve of ă as ê, and with a tone as é è ú ü ë ("Vaên",
// "Ñaék"). Unicode has "quá", "già", "hoà", "khoè", "tuân" and "tiên", so
// a toned a or e after o, u or i, and ê after anything but a, prove
// nothing; but no Vietnamese syllable has a or e before â, á, à, ã, nor
// a before ê, é, è, ú (å, ä, ü and ë are not Vietnamese letters at all:
// legacyLatin1).
func vniMarkShown(prev, r rune) bool {
	switch r {
	case 'ù', 'ø', 'û', 'õ', 'ï', 'Ù', 'Ø', 'Û', 'Õ', 'Ï':
		switch prev {
		case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y', 'ô', 'Ô':
			return true
		}
		return false
	}
	switch prev {
	case 'a', 'A':
		switch r {
		case 'â', 'á', 'à', 'ã', 'ê', 'é', 'è', 'ú', 'Â', 'Á', 'À', 'Ã', 'Ê', 'É', 'È', 'Ú':
			return true
		}
	case 'e', 'E':
		switch r {
		case 'â', 'á', 'à', 'ã', 'Â', 'Á', 'À', 'Ã':
			return true
		}
	case 'o', 'O':
		return r == 'â' || r == 'Â'
	}
	return false
}

// tcvn3SmallShown reports a capital of Latin-1 after a small ASCII
// letter: what TCVN3's small toned letters (bytes C0–DE; "NguyÔn" is
// "Nguyễn") look like read as Windows-1252.
func tcvn3SmallShown(prev, r rune) bool {
	return 'a' <= prev && prev <= 'z' && 0xC0 <= r && r <= 0xDE && r != 0xD7
}

// cp1258ToneShown reports whether r after prev is how Windows-1252 shows
// a tone byte of Windows-1258 after the vowel it marks: ì, Ì (acute, EC;
// grave, CC) or ò, Ò (dot below, F2; hook, D2) after a vowel of the code
// page as shown (a e i o u y, and â ê ô, ã õ ý for its ă ơ ư). Unicode
// has such a pair only in "quì", "giò" and the oo of loan words
// ("goòng"), which it leaves out, so the dot below after i ("thiò",
// thị) counts only beside other marks.
func cp1258ToneShown(prev, r rune) bool {
	switch r {
	case 'ì', 'Ì':
		if prev == 'u' || prev == 'U' {
			return false // "quì"
		}
	case 'ò', 'Ò':
		switch prev {
		case 'o', 'O', 'i', 'I':
			return false // "goòng", "giò"
		}
	default:
		return false
	}
	return prev <= 0xFF && cp1258Vowel(byte(prev))
}
