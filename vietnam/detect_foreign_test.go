package vietnam_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// foreignSpelling is text of other languages written as they write it.
// Its letters are also codes of TCVN3 and VNI read as Windows-1252 ("á"
// is TCVN3 "ỏ", "í" is "ớ", "·" is "ã"; VNI writes ô as "oâ"), and the
// words are no Vietnamese syllables: a reading of them as a legacy table
// is minority or loan words at best, which is no evidence against text
// that breaks no rule of a legacy table as it stands.
var foreignSpelling = []struct{ lang, text string }{
	// Words of several vowel groups, Vietnamese letters in them: each
	// was read as TCVN3 or VNI ("destituído" as TCVN3 "destituớdo").
	{"Portuguese", "destituído"}, {"Portuguese", "coágulo"}, {"Portuguese", "perdoável"},
	{"Portuguese", "Conceição"}, {"Portuguese", "saúde"}, {"Portuguese", "país"}, {"Portuguese", "Luís"},
	{"Spanish", "acuática"}, {"Spanish", "adoquín"}, {"Spanish", "acordeón"}, {"Spanish", "Adrián"},
	{"Spanish", "alquímico"}, {"Spanish", "antiácido"}, {"Spanish", "Raúl"}, {"Spanish", "Andalucía"},
	{"French", "Acariâtre"}, {"French", "théâtre"}, {"French", "aboyâmes"}, {"French", "Noël"},
	{"Italian", "portò"}, {"Italian", "perché"}, {"Italian", "Niccolò"},
	// One vowel group that breaks the rules, whose legacy reading has a
	// vowel group or final Vietnamese lacks: "León" is no TCVN3 "Leún".
	{"Spanish", "León"}, {"Spanish", "Eón"}, {"Spanish", "Duán"}, {"Afrikaans", "Bóer"},
	{"Catalan", "Lluís"}, {"Portuguese", "Ruís"},
	// Catalan's ela geminada: the middle dot between two l.
	{"Catalan", "col·lecció"}, {"Catalan", "Marcel·la"}, {"Catalan", "il·lusió"}, {"Catalan", "paral·lel"},
	{"Catalan", "intel·ligència"}, {"Catalan", "Brussel·les"}, {"Catalan", "tol·le-tol·le"},
	{"Catalan", "L'Ajuntament col·labora amb la Generalitat."},
	// French writes e between g and â ("mangeâmes"); Portuguese writes õ
	// before e ("ões"); German glues a word opening with ä to one ending
	// in a vowel: none of them is VNI's mark after a vowel.
	{"French", "mangeâmes"}, {"French", "Plongeât"}, {"French", "corrigeâtes"},
	{"Portuguese", "aldeões"}, {"Portuguese", "Acordeões"}, {"Portuguese", "camaleões"},
	{"German", "risikoärmer"}, {"German", "Klimaänderung"},
	// Danish, Norwegian and Swedish write ø, å and ä after a vowel where
	// two parts of a word meet, with letters after them that end no
	// syllable (vniRhymeEnd): each was read as VNI ("kalveøyne" as
	// "kalvèyne", "Spelleåret" as "Spellểret").
	{"Norwegian", "kalveøyne"}, {"Norwegian", "Spelleåret"}, {"Norwegian", "uønskede"}, {"Norwegian", "familieøkonomi"},
	{"Norwegian", "Menneskeøret"}, {"Norwegian", "Juleøl"}, {"Norwegian", "skoleår"}, {"Norwegian", "Skilsmisseårsak"},
	{"Danish", "Jomfruøerne"}, {"Danish", "socioøkonomisk"}, {"Danish", "skriveøvelser"}, {"Danish", "ambiguøs"},
	{"Swedish", "treårigt"}, {"Swedish", "poängtera"}, {"Swedish", "fyrtioåtta"},
	// German, Danish, Norwegian and Swedish glue nd to d: no VIQR đ
	// ("inddata" was VIQR "inđata").
	{"German", "Enddaten"}, {"German", "Grunddilemma"}, {"Danish", "inddata"}, {"Danish", "underinddeling"},
	{"Norwegian", "handdokka"}, {"Norwegian", "bestanddelen"}, {"Swedish", "handduk"},
	// Words longer than any Vietnamese word: judged whole, not by their
	// first letters ("costarriqueñ" cut short ends in ñ, as VNI's đ).
	{"Spanish", "costarriqueña"}, {"Spanish", "Guadalajareño"}, {"Spanish", "portorriqueño"},
	// German compounds that glue ld, nd, rd to d: no VIQR đ.
	{"German", "Norddeutschland"}, {"German", "Golddeckung"}, {"German", "Bilddarstellung"}, {"German", "Erddruck"},
	// German compounds that glue nd to d, whose VIQR reading is no
	// syllables glued together (loanSyllables: a final rn, rm, r).
	{"German", "Sanddorn"}, {"German", "Blinddarm"}, {"German", "Handdrucker"}, {"German", "Monddurchmesser"},
	// Other alphabets of Latin letters.
	{"Turkish", "İstanbul"}, {"Turkish", "Şişli"}, {"Turkish", "Gülşen çiçek aldı"}, {"Turkish", "ağaç"},
	{"Polish", "Łódź"}, {"Polish", "źródło"}, {"Polish", "Wrocław"}, {"Polish", "Zażółć gęślą jaźń"},
	{"Czech", "Dvořák"}, {"Czech", "Příliš žluťoučký kůň"}, {"Hungarian", "Győr"},
	{"Nordic", "Århus"}, {"Nordic", "Tänk på det"}, {"Nordic", "Ærøskøbing"}, {"Nordic", "Þórshöfn"},
	{"Icelandic", "Reykjavík"}, {"Romanian", "București"}, {"Estonian", "Võru"}, {"Estonian", "Põlva ja Jõgeva"},
	// Sentences.
	{"Spanish", "El niño está en la ciudad de León."},
	{"Portuguese", "Não sei onde está o João."},
	{"French", "Ça va très bien, merci."},
	{"German", "Ich möchte ein Stück Käse."},
	{"Italian", "Il caffè è più buono."},
}

// TestToUnicodeLeavesForeignSpellingAlone: the words of other languages
// that a legacy reading turns into minority words come back unchanged,
// and Detect says Unicode or Unknown.
func TestToUnicodeLeavesForeignSpellingAlone(t *testing.T) {
	for _, tc := range foreignSpelling {
		t.Run(tc.lang+" "+tc.text, func(t *testing.T) {
			assert.Equal(t, norm.NFC.String(tc.text), vietnam.ToUnicode(tc.text))
			got, _ := vietnam.Detect(tc.text)
			assert.Contains(t, []vietnam.Encoding{vietnam.Unicode, vietnam.EncodingUnknown}, got)
		})
	}
}

// Letters FuzzDetectForeignWords builds words of: consonants (ASCII, and
// of Latin Extended-A, which no legacy table reads as a vowel as TCVN3
// reads "ß" and "ç": "Qußa" is TCVN3 "Quòa"), vowels that open a group
// (of any language writing Latin-1 letters), and second vowels of a
// group that are no mark of VNI after a vowel.
var (
	fuzzConsonants = []string{
		"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "z",
		"st", "tr", "nd", "rm", "ch", "gl", "l·l", "ł", "ś", "ż", "ş", "ğ", "ř",
	}
	fuzzVowels = []string{
		"a", "e", "i", "o", "u", "y", "á", "à", "â", "ä", "ã", "å", "é", "è", "ê", "ë", "í", "ì", "î", "ï",
		"ó", "ò", "ô", "õ", "ö", "ú", "ù", "û", "ü", "ý", "æ", "ø", "œ",
	}
	fuzzSecondVowels = []string{"", "", "", "a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "à", "è", "ò"}
)

// FuzzDetectForeignWords: a word of Latin letters with two or more vowel
// groups is no Vietnamese syllable, whatever its letters, and one with no
// mark of a legacy table as it stands (no symbol between letters, no
// capital after a small letter, no VNI mark after a vowel: its groups
// are one vowel, or one and a plain or accented vowel that VNI writes no
// mark with) is no evidence of one: Detect says Unicode or Unknown, and
// ToUnicode returns it as it is, as it does a sentence of such words.
// The words are built from the fuzzer's bytes, a consonant run and a
// vowel group at a time; before the rule that a reading of only minority
// words needs such a mark, this found "acuática"-like words read as TCVN3.
func FuzzDetectForeignWords(f *testing.F) {
	f.Add([]byte{2, 6, 19, 29, 3, 1}, false)
	f.Add([]byte{11, 0, 9, 6, 0, 8, 0, 1}, true)
	f.Add([]byte{28, 7, 4, 0, 13, 0}, false)
	f.Add([]byte{0, 21, 3, 12, 6, 1, 255, 2, 8, 3, 5}, true)
	// "Rítõa bamòa": VNI reads "Rít\ufffda bamịa", its tilde after t being
	// no letter; "Rít" is no syllable there.
	f.Add([]byte{46, 16, 15, 122, 255, 0, 0, 9, 120}, true)
	f.Fuzz(func(t *testing.T, b []byte, capital bool) {
		var words []string
		var w strings.Builder
		groups := 0
		end := func() {
			if groups >= 2 {
				words = append(words, w.String())
			}
			w.Reset()
			groups = 0
		}
		for i := 0; i+1 < len(b) && len(words) < 4; i += 2 {
			if b[i] == 255 {
				end() // a space between words
				i--
				continue
			}
			if c := int(b[i]) % len(fuzzConsonants); groups > 0 || b[i]&1 == 0 {
				w.WriteString(fuzzConsonants[c]) // groups apart: a consonant between
			}
			v := int(b[i+1])
			w.WriteString(fuzzVowels[v%len(fuzzVowels)])
			w.WriteString(fuzzSecondVowels[v/len(fuzzVowels)%len(fuzzSecondVowels)])
			groups++
			if b[i+1]&0x80 != 0 && (i+2 >= len(b) || b[i+2] == 255) {
				w.WriteString(fuzzConsonants[v%len(fuzzConsonants)]) // a final consonant
			}
		}
		end()
		if len(words) == 0 {
			return
		}
		if capital {
			r, n := utf8.DecodeRuneInString(words[0])
			words[0] = string(unicode.ToUpper(r)) + words[0][n:]
		}
		s := strings.Join(words, " ")
		if got, _ := vietnam.Detect(s); got != vietnam.Unicode && got != vietnam.EncodingUnknown {
			t.Fatalf("Detect(%q) = %v (%q)", s, got, got.Decode(s))
		}
		if got := vietnam.ToUnicode(s); got != norm.NFC.String(s) {
			t.Fatalf("ToUnicode(%q) = %q", s, got)
		}
	})
}

// FuzzDetectLatin1Words: the Latin-1 bytes (raw, not UTF-8) of a word of
// two or more vowel groups, one pair of them joined by a doubled
// consonant that is no final of Vietnamese followed by an onset (ss, ll,
// rr, ff, bb, gg, zz: "Abaissé", "Abbatté"), are no syllables glued
// together (loanSyllables): Detect reads them as neither TCVN3 nor VNI.
// The letters are those of FuzzDetectForeignWords that Latin-1 has, and
// no l·l, whose middle dot cuts a word in two as any symbol does.
func FuzzDetectLatin1Words(f *testing.F) {
	f.Add([]byte{2, 6, 19, 29, 3, 1}, uint8(0))
	f.Add([]byte{11, 0, 9, 6, 0, 8, 0, 1}, uint8(3))
	f.Add([]byte{0, 21, 0, 12, 6, 1}, uint8(6))
	doubled := []string{"ss", "ll", "rr", "ff", "bb", "gg", "zz"}
	consonants := slices.DeleteFunc(slices.Clone(fuzzConsonants), func(c string) bool { return strings.Contains(c, "·") })
	f.Fuzz(func(t *testing.T, b []byte, d uint8) {
		var w strings.Builder
		groups := 0
		for i := 0; i+1 < len(b) && groups < 5; i += 2 {
			switch c := int(b[i]) % len(consonants); {
			case groups == 1:
				w.WriteString(doubled[int(d)%len(doubled)])
			case groups > 0 || b[i]&1 == 0:
				w.WriteString(consonants[c])
			}
			v := int(b[i+1])
			w.WriteString(fuzzVowels[v%len(fuzzVowels)])
			w.WriteString(fuzzSecondVowels[v/len(fuzzVowels)%len(fuzzSecondVowels)])
			groups++
		}
		if groups < 2 {
			return
		}
		raw, err := charmap.ISO8859_1.NewEncoder().String(w.String())
		if err != nil || utf8.ValidString(raw) {
			return // a letter Latin-1 lacks (œ), or ASCII: no raw bytes
		}
		if got, _ := vietnam.Detect(raw); got == vietnam.TCVN3 || got == vietnam.VNI || got == vietnam.Windows1258 {
			t.Fatalf("Detect(%q, the bytes of %q) = %v (%q)", raw, w.String(), got, got.Decode(raw))
		}
	})
}
