package vietnam_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Text in other languages is valid Unicode and must come back as it is,
// even where its letters are also codes of TCVN3 or VNI ("ù" is the VNI
// mark that makes "Où" read as "Ó"; "å" is TCVN3 "ồ").
func TestToUnicodeLeavesForeignTextAlone(t *testing.T) {
	for _, s := range []string{
		"Où est la gare?", "daß", "på", "può", "It's 9 a.m. now",
		"Ich weiß es nicht.", "Smørrebrød på bordet", "Où êtes-vous?", "città", "perché",
		"señor", "São Paulo", "Zürich", "naïve café", "crème brûlée", "déjà vu",
		"le goût d'août", "pimeä", "Camões", "Høyre", "Færøerne",
		// ä and õ after a vowel where two parts of a word meet, as VNI
		// writes ậ and ỗ: no evidence for VNI's loan words.
		"Klimaänderung", "Joões",
		// á, à after a or e and é after a, as VNI's marks look shown as
		// Windows-1252 ("Paác" is VNI "Pấc"), in names people write.
		"Jaén, España", "Universidad de Jaén", "Creà", "breá",
		// An acute before a nasal: not VNI's â or ă, which take it before
		// a stop only ("Paác" is VNI "Pấc").
		"Seán Ó Riada", "el deán de la catedral", "loán", "leány",
		// û after o and e before t and l, as French writes it: not
		// VNI's hook, which no stop follows ("Aoûn" is VNI "Aỏn").
		"coût", "eût", "soûl", "Qu'il eût su.",
		"Hello, world. What's up?", "e.g. the U.S. office", "Tom®", "Sony® Xperia", "Don't stop.", "O'Neil", "I'm fine. Are you?", "I'm here.", "See you at 5 o'clock.", "Grade A+ in C++", "x^2 + y^2",
		// "hi", "i'm" and "tom" are VIQR syllables ("ím"), but "I'm" and
		// "a.m." are English's, and nothing else in the text is VIQR.
		"Hi! I'm Tom.", "I'm Tom.", "I'm", "i'm", "a.m.", "Open 9 a.m. to 5 p.m.",
	} {
		t.Run(s, func(t *testing.T) {
			assert.Equal(t, s, vietnam.ToUnicode(s))
			got, _ := vietnam.Detect(s)
			assert.Equal(t, vietnam.Unicode, got)
		})
	}
}

// TestToUnicodeLeavesSymbolsAlone: foreign text as the world writes it,
// with the signs of prices, notices and punctuation that are also codes
// of TCVN3 ("£" is "Ê", "©" is "â", "¡" is "Ă", "·" is "ã", "¥" is "Ơ"):
// a sign at a word's edge or beside a number is no Vietnamese letter.
// Detect says Unicode, or Unknown where a lone sign may be itself or a
// TCVN3 letter named alone ("©" is "â"), never a legacy encoding: "A·B"
// reads as TCVN3 "AãB", which no capitals-with-small-toned-vowels word
// of TCVN3 spells, and "© 2024 Acme Ltd." as "â 2024 Acme Ltd.", a
// letter alone among words of no language.
func TestToUnicodeLeavesSymbolsAlone(t *testing.T) {
	for _, s := range []string{
		"£5", "Only £5 a month", "€10", "¥500", "Price: ¥1,200", "5£", "¢50",
		"©2024 Company", "© 2024 Acme Ltd.", "Acme™", "Tom®", "Sony® Xperia", "Copyright ©2019 Example Inc. All rights reserved.",
		"¡Hola!", "¡Hola, amigo!", "¿Qué?", "¿Dónde está la estación?", "¡Vamos!",
		"A·B", "Catalan col·lecció", "50°C", "It is 20°C in Köln", "½ cup", "x © y", "©", "¢", "Price ¢ 50",
		"café", "naïve", "Mañana", "Où est la gare?", "Ölstraße", "Grüß Gott", "Smørrebrød", "Ærø", "città", "perché",
	} {
		t.Run(s, func(t *testing.T) {
			assert.Equal(t, norm.NFC.String(s), vietnam.ToUnicode(s))
			got, _ := vietnam.Detect(s)
			assert.Contains(t, []vietnam.Encoding{vietnam.Unicode, vietnam.EncodingUnknown}, got)
		})
	}
}

// The reading that wins must be spelt as Vietnamese is spelt.
func TestDetectSpellingRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want vietnam.Encoding
	}{
		// VNI "Bá" read as Unicode is "Baù": the tone of "au" goes on a.
		{"tone on the vowel the rules choose", "Baù", vietnam.VNI},
		// TCVN3 "Kiên" read as VNI has k before a back vowel.
		{"k only before i, e, ê, y", "Ki\xaan", vietnam.TCVN3},
		// VNI "Ñoàng" (Đồng); TCVN3 reads it "Ñoàng" too, with ñ no letter of its own.
		{"vowel groups and their finals", "Ñoàng", vietnam.VNI},
		// TCVN3 "tØnh" (tỉnh): a capital after a small letter is a TCVN3 letter.
		{"capital in the middle of a word", "tØnh", vietnam.TCVN3},
		{"capital in the middle, sentence", "TØnh B×nh D\u00ad¬ng", vietnam.TCVN3},
		// TCVN3 "Ngẹt": Ñ is a letter of Spanish, but no language puts a
		// capital after a small letter.
		{"foreign capital in the middle", "NgÑt", vietnam.TCVN3},
		// "BÌ" is TCVN3 "Bè" (small è is byte CC): the capital after the
		// initial is TCVN3's evidence.
		{"title word in TCVN3", "BÌ", vietnam.TCVN3},
		// Raw bytes that read as Vietnamese in no table.
		{"invalid UTF-8", "\xff\xfe\x00\x01", vietnam.EncodingUnknown},
		{"invalid UTF-8 in Unicode text", "Hà Nội\xff", vietnam.EncodingUnknown},
		// "ch\xe6": VNI "chỉ" (only) or TCVN3 "chổ", a misspelling of
		// "chỗ" that web text has, about 180 times less often (their
		// ranks in Tesseract's word list, 59 and 10,460).
		{"one word, two tables, a common word", "ch\xe6", vietnam.VNI},
		{"two words, common words", "ch\xe6 co\xf9", vietnam.VNI},
		// "L\xf2": TCVN3 "Lũ" (flood) or VNI "Lị" (as in "huyện lị", a
		// district's seat), both words, and web text has "lị" a third
		// as often as "lũ": a tie. The commoner tone (nặng over ngã)
		// alone would be no evidence on one word.
		{"one word, two tables, two words", "L\xf2", vietnam.EncodingUnknown},
		// "Ch\xed": TCVN3 "Chớ" or VNI "Chí", both with the acute and
		// both common: a tie.
		{"a tie is unknown", "Ch\xed", vietnam.EncodingUnknown},
		// "bé" is a word and TCVN3 "bộ" read as Windows-1252, both
		// common: the text as it stands needs no mis-decoding, so it
		// wins the tie (TestDetectTextAsItStands).
		{"a tie with Unicode is the text", "bé", vietnam.Unicode},
		// "chò" (a tree) read as TCVN3 is "chũ" (a town's name) and as
		// VNI "chị" (elder sister): both are commoner than the text as it
		// stands, and neither is far commoner than the other, so the
		// first table tried does not win.
		{"two legacy readings commoner than the text", "chò", vietnam.EncodingUnknown},
		// "Thèng" is a syllable nobody writes, and TCVN3 "Thống" read as
		// Windows-1252; "ông" is a common word, and TCVN3 "ụng" none.
		{"a common word over a rare syllable", "Thèng", vietnam.TCVN3},
		{"the text as it stands, a common word", "ông", vietnam.Unicode},
		{"VNI over a rare syllable", "Goái", vietnam.VNI},
		// "soáng" is VNI "sống" shown as Windows-1252, and TCVN3
		// "soỏng": neither the text nor the TCVN3 reading is a syllable
		// any source has, and "sống" is far commoner than both.
		{"a common reading over a tie of two rare ones", "soáng", vietnam.VNI},
		{"a common reading over a tie of two rare ones, capitals", "Chôi", vietnam.VNI},
		// "dôm" is TCVN3 "dụm" ("dành dụm", to save) shown as
		// Windows-1252, and VNI "dơm": "dôm" and "dơm" are syllables no
		// source has, "dụm" one that running text has. "roáng" is VNI
		// "rống" (to roar), TCVN3 "roỏng".
		{"a counted reading over a tie of two unseen ones", "dôm", vietnam.TCVN3},
		{"a counted reading over a tie of two unseen ones, VNI", "roáng", vietnam.VNI},
		// "khõng" is TCVN3 "khừng" ("khừng khừng") shown as Windows-1252,
		// "dõ" TCVN3 "dừ" ("nhừ dừ"): as rare as the text, with a tone
		// four times as common as the tilde. "cũng" and "nghĩ", which
		// running text has, stay as they are.
		{"a commoner tone over the tilde", "khõng", vietnam.TCVN3},
		{"a commoner tone over the tilde, two letters", "dõ", vietnam.TCVN3},
		{"the tilde of a common word", "cũng", vietnam.Unicode},
		{"the tilde of a common word, two", "nghĩ", vietnam.Unicode},
		// "bùm" and its TCVN3 reading "bựm" are syllables no source has;
		// many syllables end in "ùm" ("chùm", "lùm"), few in "ựm": the
		// text stays. "phòi" is TCVN3 "phũi", VNI "phịi", rarer rhymes.
		{"the text's rhyme over a rarer one", "bùm", vietnam.Unicode},
		{"the text's rhyme over two rarer ones", "phòi", vietnam.Unicode},
		// "hón" beats VNI "hĩn" by its rhyme alone, which keeps the text
		// but does not make TCVN3 "hún" (known to a dictionary, no more
		// common than "hĩn") the answer: a tie.
		{"a rhyme clears no way for a third reading", "hón", vietnam.EncodingUnknown},
		// "Pe\xfb" is VNI "Pẻ" (a minority word) and TCVN3 "Peỷ": no
		// Vietnamese syllable has the group "ey"; "Pu\xf9a" is VNI "Pụa",
		// TCVN3 "Puùa".
		{"minority word with a Vietnamese vowel group", "Pe\xfb", vietnam.VNI},
		{"minority word with a Vietnamese vowel group, two", "Pu\xefa", vietnam.VNI},
		// VNI writes đ with the byte of ñ, which Spanish puts only
		// between vowels: "ñinamit" is VNI "đinamit", "Hñrung" "Hđrung".
		{"VNI đ at the start of a word", "ñinamit", vietnam.VNI},
		{"VNI đ after a consonant", "Hñrung", vietnam.VNI},
		// VIQR dd where English has no double d.
		{"VIQR dd at the start of a word", "ddinamit", vietnam.VIQR},
		{"VIQR dd after a consonant", "Hddrung", vietnam.VIQR},
		// VNI "Cốc" and "Bố" read as Windows-1252: the glide o is spelt
		// qu after c, and never follows b, m, p, ph, v.
		{"no glide after c", "Coác", vietnam.VNI},
		{"no glide after a lip consonant", "Boá", vietnam.VNI},
		// VNI "Krông": "oâ" is no vowel group of Vietnamese, even in the
		// minority words written with its letters.
		{"vowel groups with a mark", "Kroâng", vietnam.VNI},
		// VNI "Pấc", "Pằn", "pết" read as Windows-1252: â's and ă's
		// acute before a stop, grave before a nasal, after a or e.
		{"VNI's ấ before a stop", "Paác", vietnam.VNI},
		{"VNI's ằ before a nasal", "Paèn", vietnam.VNI},
		{"VNI's ế before a stop", "peát", vietnam.VNI},
		// VNI "Aỏn", "Pẻ" read as Windows-1252: the hook (û) on o or e
		// before a nasal or at the end, where French writes no û.
		{"VNI's hook on o before a nasal", "Aoûn", vietnam.VNI},
		{"VNI's hook on e at a word's end", "Peû", vietnam.VNI},
		// VNI "dộc", "trộc": TCVN3 reads them "doọc", "troọc", whose oo
		// only loan words have ("xoong", "soóc").
		{"oo of loan words against a syllable", "doäc", vietnam.VNI},
		{"oo of loan words against a syllable, raw bytes", "troäc", vietnam.VNI},
		// TCVN3 "Pà" and "amiđan": a loan onset and đ inside a word are
		// minority and loan words in a legacy reading, and the text as
		// it stands has symbols inside words.
		{"loan onset p in a legacy table", "Pµ", vietnam.TCVN3},
		{"đ inside a loan word", "ami®an", vietnam.TCVN3},
		// TCVN3 "kiôt" (kiosk) read as Windows-1252: no syllable and no
		// minority word, but the text as it stands has a symbol between
		// letters, which the TCVN3 reading turns into a letter.
		{"symbols between letters", "ki«t", vietnam.TCVN3},
		// TCVN3 "Plốc" and "Krốt" read as Windows-1252: as they stand
		// they end in a stop after the grave, which neither Vietnamese
		// nor the minority languages written with its letters write.
		{"no stop final after the grave", "Plèc", vietnam.TCVN3},
		{"no stop final after the grave, t", "Krèt", vietnam.TCVN3},
		// VNI "Eủi", "Baỏi" as raw bytes: TCVN3 reads "Euỷi", "Baoỷi", a
		// run of four vowels, which no word of Vietnamese or of the
		// minority languages written with its letters has.
		{"no run of four vowels", "Eu\xfbi", vietnam.VNI},
		{"no run of four vowels, after a consonant", "Bao\xfbi", vietnam.VNI},
		// VNI "pích" and "zích" (loan words) as raw bytes: TCVN3 reads
		// "pớch", "zớch", and ch ends a syllable only after a, ê, i, y,
		// oa, uê and uy, as Vietnamese spells c there: loan and minority
		// words take the final ch as Vietnamese does.
		{"ch only after the groups that take it", "p\xedch", vietnam.VNI},
		{"ch only after the groups that take it, z", "z\xedch", vietnam.VNI},
		// VNI "Pà" and "Jút" (minority place names) read as Windows-1252:
		// ø after a vowel, ù after u, are VNI's tones; no language writes
		// them there.
		{"VNI tone after a vowel: ø", "Paø", vietnam.VNI},
		{"VNI tone after a vowel: ù", "Juùt", vietnam.VNI},
		// VNI "kiôt" and "viôlông", loan words written without their
		// hyphens, read as Windows-1252: "oâ" is VNI's ô, which no
		// language writes, so the VNI reading explains the text though
		// its words are no syllables, as TCVN3's does where the text has
		// symbols between letters ("ki«t"). No word ends in đ: "thhñ" is
		// TCVN3 "thhủ" (a misspelling), not VNI "thhđ".
		{"VNI marks in a loan word", "kioât", vietnam.VNI},
		{"VNI marks in a loan word of two syllables", "vioâloâng", vietnam.VNI},
		{"no word ends in đ", "thhñ", vietnam.TCVN3},
		// TCVN3 "khuều" and "Krêy" read as Windows-1252: a capital after
		// a small letter, and ª among letters, are TCVN3's small letters
		// as Windows-1252 shows them; its reading explains the text,
		// though "khuều" is no syllable (a misspelling of "khều") and
		// "Krêy" a minority word, as it does where there are symbols
		// between letters.
		{"TCVN3 capital inside a word", "khuÒu", vietnam.TCVN3},
		{"TCVN3 ª inside a word", "Krªy", vietnam.TCVN3},
		// VIQR ê, ơ, ă at the end of a word.
		{"VIQR circumflex at the end", "Kito^", vietnam.VIQR},
		{"VIQR horn at the end", "nito+", vietnam.VIQR},
		{"VIQR breve at the end", "Kpa(", vietnam.VIQR},
		// A tone before a final consonant is VIQR ("to'c", "ca'ch"; the
		// lower-case "i'm" is "ím"), but the English pronoun "I'm" is not,
		// nor is "o'clock".
		{"VIQR tone before a final", "to'c ngu+a", vietnam.VIQR},
		{"VIQR tone before ch", "ca'ch la`m", vietnam.VIQR},
		{"VIQR ím", "i'm la(.ng", vietnam.VIQR},
		{"English I'm", "I'm fine. Are you?", vietnam.Unicode},
		{"English o'clock", "It's 5 o'clock.", vietnam.Unicode},
		// The tone before a final is VIQR's mark where the reading has
		// other Vietnamese in it, whatever the case of the pronoun: chat
		// English writes "i'm" ("ím finẹ are yoủ" is one syllable among
		// words of no language); nor does "o'clock" end in a final.
		{"English i'm", "i'm fine. are you?", vietnam.Unicode},
		{"English i'm, full stop", "i'm here.", vietnam.Unicode},
		{"o'clock alone", "o'clock", vietnam.Unicode},
		{"VIQR loan word, tone before its final", "pa't", vietnam.VIQR},
		// "D\xf2ng" is TCVN3 "Dũng"; VNI reads "Dịng", and i alone takes
		// no ng (inh); "b\xf4ng" is TCVN3 "bụng", VNI "bơng" (ơ alone takes
		// no ng either).
		{"no ng after i", "D\xf2ng", vietnam.TCVN3},
		{"no ng after ơ", "b\xf4ng", vietnam.TCVN3},
		// The rhymes of the spelling: each vowel group takes only some
		// finals. "xo\xe4n" is VNI "xộn"; TCVN3 reads "xoọn", and the
		// long oo of loan words comes only before c and ng ("xoong").
		{"oo only before c and ng", "xo\xe4n", vietnam.VNI},
		// VNI "ủng" (boots); TCVN3 reads "uỷng", and uy takes only ch,
		// nh, t ("huỳnh", "huých", "suýt") and the p of loans ("tuýp").
		{"uy only before ch, nh, p, t", "u\xfbng", vietnam.VNI},
		// "vuông" (square) as it stands; VNI reads its bytes "vuơng",
		// and uơ takes no final ("thuở", "huơ").
		{"uơ takes no final", "vuông", vietnam.Unicode},
		// A lone y takes a final only after qu ("quýt"): "xúm" is itself,
		// not TCVN3 "xỳm"; "v\xeet" is TCVN3 "vợt", not VNI "vỵt".
		{"lone y with a final only after qu", "xúm", vietnam.Unicode},
		{"lone y with a final, legacy tables", "v\xeet", vietnam.TCVN3},
		// y alone follows only the onsets of old-style spelling and
		// names (hy, kỳ, lý, mỹ, tỷ, Vy, Sỹ): "r\xee" is TCVN3 "rợ", not
		// VNI "rỵ".
		{"lone y after few onsets", "r\xee", vietnam.TCVN3},
		// ô follows qu only before c and ng ("quốc", "quông"): "quén" is
		// itself, not TCVN3 "quộn"; "quô" is VNI "quơ" read as
		// Windows-1252, not a syllable as it stands.
		{"ô after qu only before c and ng", "quén", vietnam.Unicode},
		{"ô after qu only before c and ng, VNI", "quô", vietnam.VNI},
		// VNI "bủa" read as Windows-1252: TCVN3 reads "buỷa", and the
		// glide u follows no lip consonant (b, m, p, ph, v).
		{"no glide u after a lip consonant", "buûa", vietnam.VNI},
		// A syllable that running text or a dictionary has beats one that
		// none has: "b\xf3a" is TCVN3 "búa" (hammer), not VNI "bĩa";
		// "Ngöu" is VNI "Ngưu" (a surname), not TCVN3 "Ngửu"; "Doãn" (a
		// surname) and "hông" (hip) are themselves, not VNI "Dỗn" nor
		// TCVN3 "hụng" read from their bytes.
		{"a known syllable beats an unknown one, TCVN3", "b\xf3a", vietnam.TCVN3},
		{"a known syllable beats an unknown one, VNI", "Ngöu", vietnam.VNI},
		{"a known syllable beats an unknown one, Unicode", "Doãn", vietnam.Unicode},
		{"a known syllable beats an unknown one, Unicode hông", "hông", vietnam.Unicode},
		// Of two syllables no source has, one whose rhyme and tone other
		// syllables have ("ùi" of "bùi", "lùi") beats one whose rhyme and
		// tone none has: "khùi" and "khõm" are themselves, not TCVN3
		// "khựi" and "khừm". That may keep the text as it stands, never
		// turn it into a legacy reading: "ngoáp" (no syllable rhymes "oáp")
		// ties with VNI "ngốp", and the text as it stands wins the tie.
		{"a rhyme other words have, TCVN3 ựi", "khùi", vietnam.Unicode},
		{"a rhyme other words have, TCVN3 ừm", "khõm", vietnam.Unicode},
		{"a rhyme no word has does not convert", "ngoáp", vietnam.Unicode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := vietnam.Detect(tt.in)
			assert.Equal(t, tt.want, got, "%q", tt.in)
			if tt.want == vietnam.EncodingUnknown {
				assert.Zero(t, conf)
			}
		})
	}
}

// RFC 1456: a full stop, question mark or apostrophe after a syllable
// that has its tone ends the sentence or quotes; before the tone it is
// the tone.
func TestVIQRPunctuationAfterTone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"to^'i.", "tối."},
		{"Ha` No^.i?", "Hà Nội?"},
		{"To^i ddi ho.c.", "Tôi đi học."},
		{"'Vie^.t Nam'", "'Việt Nam'"},
		{"Ba'.", "Bá."},
		{"Ba.", "Bạ"},           // no tone yet: the full stop is the tone
		{"ho?i", "hỏi"},         // inside the word: the hook
		{"Vui\\.", "Vui."},      // the escape still works
		{"Kho^ng?", "Không?"},   // no tone: the question mark is the hook
		{"Kho^ng\\?", "Không?"}, // escaped
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, vietnam.VIQR.Decode(tt.in), tt.in)
	}
	enc, _ := vietnam.Detect("To^i ddi ho.c.")
	assert.Equal(t, vietnam.VIQR, enc)
}

// foreignWords are words of French, German, the Nordic languages,
// Italian, Spanish, Portuguese and English, spelt as those languages
// spell them. Words that are also Vietnamese are left out ("la", "não",
// "São"), and so is "où", which is also the VNI bytes of "ó": a sentence
// of such words is Vietnamese as much as foreign (the test above keeps
// "Où est la gare?" as it is).
var foreignWords = []string{
	"est", "gare", "déjà", "garçon", "naïve", "être", "père", "élève", "cœur", "Noël",
	"daß", "Straße", "schön", "über", "Mädchen", "Köln", "weiß", "für", "Grüße", "goût", "août", "eût",
	"på", "smørrebrød", "æble", "søster", "Århus", "blåbær", "København", "Høyre", "Bøe", "pimeä", "leveä",
	"può", "città", "perché", "così", "più", "caffè",
	"señor", "niño", "año", "mañana", "corazón", "acción", "ação", "coração",
	"It's", "don't", "a.m.", "e.g.", "U.S.", "what?", "naïveté", "résumé", "Zürich", "I'm", "Hi!", "Tom",
	// Signs as the world writes them, beside numbers and words.
	"£5", "€10", "¥500", "5£", "©2024", "Acme™", "Sony®", "¡Hola!", "¿Qué?", "¡Vamos", "50°C", "½", "Grüß", "Ærø",
}

// FuzzDetectForeignText: any sentence of foreign words is valid Unicode
// that is not Vietnamese, and Detect and ToUnicode leave it as it is.
func FuzzDetectForeignText(f *testing.F) {
	f.Add(uint8(0), uint8(1), uint8(2), uint8(3), " ")
	f.Add(uint8(20), uint8(28), uint8(30), uint8(45), ", ")
	f.Add(uint8(7), uint8(7), uint8(7), uint8(7), "? ")
	f.Add(uint8(56), uint8(57), uint8(60), uint8(63), " ")
	f.Fuzz(func(t *testing.T, a, b, c, d uint8, sep string) {
		if !strings.Contains(sep, " ") || len(sep) > 4 {
			return // words are separated by a space, with punctuation
		}
		for _, r := range sep {
			if r > 0x7f || r != ' ' && r != ',' && r != '.' && r != '?' && r != '!' && r != ';' && r != ':' {
				return
			}
		}
		pick := func(i uint8) string { return foreignWords[int(i)%len(foreignWords)] }
		s := pick(a) + sep + pick(b) + sep + pick(c) + sep + pick(d)
		if got, _ := vietnam.Detect(s); got != vietnam.Unicode {
			t.Fatalf("Detect(%q) = %v, want Unicode", s, got)
		}
		if got := vietnam.ToUnicode(s); got != norm.NFC.String(s) {
			t.Fatalf("ToUnicode(%q) = %q", s, got)
		}
	})
}

// TestDetectAddressesWithAbbreviations: addresses typed in TCVN3 or VNI and
// opened as Windows-1252, as roster exports show them. Their abbreviated
// type words ("KP", "X.", "H.", "TP.") read alike in every encoding and must
// not keep the mangled text as it stands.
func TestDetectAddressesWithAbbreviations(t *testing.T) {
	checkLegacy(t, []legacyCase{
		{"KP 1, X. T©n Kh¸nh, H. Phó B×nh, Th¸i Nguyªn", vietnam.TCVN3, "KP 1, X. Tân Khánh, H. Phú Bình, Thái Nguyên"},
		{"KP 5, X. Khe Mo, H. §ång Hû, Th¸i Nguyªn", vietnam.TCVN3, "KP 5, X. Khe Mo, H. Đồng Hỷ, Thái Nguyên"},
		{"Tæ 9, X. P¸ Mú, H. M\u00adêng NhÐ, §iÖn Biªn", vietnam.TCVN3, "Tổ 9, X. Pá Mỳ, H. Mường Nhé, Điện Biên"},
		{"KP 1, X. Minh Hoaø, H. Daàu Tieáng, Bình Döông", vietnam.VNI, "KP 1, X. Minh Hoà, H. Dầu Tiếng, Bình Dương"},
		{"KP 1, P. Thuaän Giao, TP. Thuaän An, Bình Döông", vietnam.VNI, "KP 1, P. Thuận Giao, TP. Thuận An, Bình Dương"},
		{"KP 3, P. Uyeân Höng, TP. Taân Uyeân, Bình Döông", vietnam.VNI, "KP 3, P. Uyên Hưng, TP. Tân Uyên, Bình Dương"},
	})
	// Abbreviations do not make foreign text Vietnamese.
	for _, in := range []string{"Où est la gare? TGV", "Straße, BW, DE", "Malmö, SE", "LDD, Köln"} {
		assert.Equal(t, in, vietnam.ToUnicode(in), in)
	}
}

// TestDetectByteOrderMark: FF FE and FE FF open UTF-16 (and UTF-32)
// text, which no 8-bit table wrote, though TCVN3 reads FE as "ỵ"; the
// byte-order mark of UTF-8 says only that the text is UTF-8.
func TestDetectByteOrderMark(t *testing.T) {
	for _, s := range []string{"\xff\xfe", "\xfe\xff", "\xff\xfeH\x00i\x00", "\xfe\xff\x00H\x00i", "\xff\xfe\x00\x00H\x00\x00\x00", "\x00\x00\xfe\xff"} {
		got, conf := vietnam.Detect(s)
		assert.Equal(t, vietnam.EncodingUnknown, got, "%q", s)
		assert.Zero(t, conf, "%q", s)
	}
	got, conf := vietnam.Detect("\ufeffXin chào các bạn")
	assert.Equal(t, vietnam.Unicode, got)
	assert.InDelta(t, 1, conf, 1e-9)
}

// TestToUnicodeMinorityWords: a legacy reading of loan and minority
// words only, of text mangled as it stands, is the answer, with a
// confidence above 0, and ToUnicode takes it (TCVN3 "kiôt", VNI
// "Krông", VIQR "Kpă"). So is one of raw bytes that one table reads as
// letters and the other as symbols between letters: TCVN3 "kiôt",
// "sôcôla", "ôtô" are VNI "ki«t", "s«c«la", "«t«".
func TestToUnicodeMinorityWords(t *testing.T) {
	checkLegacy(t, []legacyCase{
		{"ki«t", vietnam.TCVN3, "kiôt"},
		{"Kroâng", vietnam.VNI, "Krông"},
		// ô after ö is VNI's ươ, which no language writes ("Pươi", a
		// minority place name).
		{"Pöôi", vietnam.VNI, "Pươi"},
		{"Kpa(", vietnam.VIQR, "Kpă"},
		// "i'm" is VIQR's "ím" where the text has another mark of VIQR.
		{"i'm la(.ng", vietnam.VIQR, "ím lặng"},
		{"I'm la(.ng", vietnam.VIQR, "Ím lặng"},
		{"ki\xabt", vietnam.TCVN3, "kiôt"},
		{"s\xabc\xabla", vietnam.TCVN3, "sôcôla"},
		{"\xabt\xab", vietnam.TCVN3, "ôtô"},
		{"xe \xabt\xab", vietnam.TCVN3, "xe ôtô"},
		// Raw bytes whose other reading is a word no table's text holds:
		// TCVN3 reads VNI's mark bytes as toned vowels, two tones a word
		// ("vioõloõng", "raủioõ"), and VNI has no letter for TCVN3's «
		// at a word's end ("may«").
		{"vio\xe2lo\xe2ng", vietnam.VNI, "viôlông"},
		{"ra\xf1io\xe2", vietnam.VNI, "rađiô"},
		{"ba\xf9nh m\xec gia\xeambo\xe2ng", vietnam.VNI, "bánh mì giămbông"},
		{"may\xab", vietnam.TCVN3, "mayô"},
	})
}

// legacyCase is text in a legacy encoding, the encoding, and the text in
// Unicode.
type legacyCase struct {
	in   string
	enc  vietnam.Encoding
	want string
}

// checkLegacy checks that Detect finds each case's encoding with a
// confidence above 0 and that ToUnicode decodes it.
func checkLegacy(t *testing.T, cases []legacyCase) {
	t.Helper()
	for _, tc := range cases {
		got, conf := vietnam.Detect(tc.in)
		assert.Equal(t, tc.enc, got, tc.in)
		assert.Greater(t, conf, 0.0, tc.in)
		assert.Equal(t, tc.want, vietnam.ToUnicode(tc.in), tc.in)
	}
}

// TestDetectLoneSoftHyphen: TCVN3 writes "ư" as byte AD, a soft hyphen in
// Windows-1252. Touching a word it is TCVN3's letter ("nh\u00ad" is
// "như"); alone between spaces, digits or punctuation it is the soft
// hyphen Unicode text carries from the web, not the word "ư" alone
// (FuzzParseAddress found "0\v\u00ad" read as TCVN3 "0 ư"), unless it is
// the whole text. Raw bytes are not UTF-8: AD there is TCVN3's "ư"
// wherever it stands.
func TestDetectLoneSoftHyphen(t *testing.T) {
	tests := []struct {
		in   string
		want vietnam.Encoding
	}{
		{"\u00ad", vietnam.TCVN3}, // the whole text: the word "ư" alone
		{"0 \u00ad", vietnam.Unicode},
		{"0\v\u00ad", vietnam.Unicode},
		{"1 \u00ad 2", vietnam.Unicode},
		{"\u00ad.", vietnam.Unicode},
		{"nh\u00ad", vietnam.TCVN3},          // như
		{"\u00ad¬ng", vietnam.TCVN3},         // ương
		{"\u00adu ti\u00aan", vietnam.TCVN3}, // ưu tiên
		{"c\u00ad d\u00a9n", vietnam.TCVN3},  // cư dân
		{"Ph\u00ad\u00eang", vietnam.TCVN3},  // Phường
		{"nh\u00ad v\u00cby", vietnam.TCVN3}, // như vậy
		// Raw bytes: thư ư. (This case was "th\u00ad \xad", whose C2 byte,
		// the first of UTF-8's soft hyphen, TCVN3 has no letter for: a
		// byte that cuts the word "thư", no TCVN3.)
		{"th\xad \xad", vietnam.TCVN3},
		{"Kh\xad\xac ng \xad", vietnam.TCVN3}, // raw bytes, a lone ư among words
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _ := vietnam.Detect(tt.in)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestDetectLatin1Words: the Latin-1 bytes of words of other languages
// (raw, not UTF-8) are no legacy table's where the table would read a
// word of several vowel groups whose consonants between them are no
// final and onset of glued syllables ("Abaissé": ss), or that ends in no
// final of Vietnamese ("Abafáramos": s), nor where a byte the table has
// no letter for cuts the word: Detect says Unknown, and ToUnicode gives
// the bytes back as U+FFFD. Loan words glued without
// their hyphens stay their table's ("giămbông", "hiđrocacbon",
// "vixcô", "găngxtơ").
func TestDetectLatin1Words(t *testing.T) {
	latin1 := func(s string) string {
		b, err := charmap.Windows1252.NewEncoder().String(s)
		require.NoError(t, err)
		return b
	}
	for _, tc := range []struct {
		lang, word string
		before     vietnam.Encoding // what Detect said before the rule
	}{
		{"French", "Abaissé", vietnam.TCVN3},
		{"French", "Abaissâmes", vietnam.TCVN3},
		{"French", "Accroîtrais", vietnam.VNI},
		{"Spanish", "Abdicación", vietnam.VNI},
		{"Portuguese", "Abafáramos", vietnam.TCVN3},
		{"Italian", "Abbandonò", vietnam.VNI},
		{"Italian", "Abbatté", vietnam.TCVN3},
		{"German", "Abbrüche", vietnam.TCVN3},
		{"German", "Abbaumöglichkeit", vietnam.VNI},
		{"Catalan", "Abelló", vietnam.TCVN3},
		// A byte the table has no letter for cuts a word into pieces that
		// are no words (VNI has none for ë after r): "tí" is no syllable
		// of "tírr\ufffdtí". Found by FuzzDetectLatin1Words.
		{"fuzz", "tírrëtí", vietnam.VNI},
	} {
		t.Run(tc.lang+" "+tc.word, func(t *testing.T) {
			got, conf := vietnam.Detect(latin1(tc.word))
			assert.Equal(t, vietnam.EncodingUnknown, got, "was %v", tc.before)
			assert.Zero(t, conf)
		})
	}
	checkLegacy(t, []legacyCase{
		{"gi\xa8mb\xabng", vietnam.TCVN3, "giămbông"},
		{"hi\xaerocacbon", vietnam.TCVN3, "hiđrocacbon"},
		{"vixc\xab", vietnam.TCVN3, "vixcô"},
		{"vixco\xe2", vietnam.VNI, "vixcô"},
		{"ga\xeangxt\xf4", vietnam.VNI, "găngxtơ"},
		{"vio\xe2lo\xe2ng", vietnam.VNI, "viôlông"},
		{"c\xabngxect\xab", vietnam.TCVN3, "côngxectô"},
	})
}

// TestLoanSyllables: a word of several vowel groups is syllables glued
// together when each run of consonants between groups is a final (or
// none, k or x) and an onset, and the word ends in a vowel or a final.
func TestLoanSyllables(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"viôlông", true}, {"giămbông", true}, {"hiđrocacbon", true}, {"găngxtơ", true},
		{"vixcô", true}, {"commăng", true}, {"sôpphơ", true}, {"rôcket", true}, {"ơristic", true},
		{"côngxectô", true}, {"mộngtriệu", true}, {"clohiđric", true},
		{"Abaissộ", false},    // ss
		{"Abbrỹche", false},   // bbr
		{"Abafỏramos", false}, // ends in s
		{"Bhallê", false},     // ll: an entry of the test's list that is lost
		{"êbur", false},       // ends in r: likewise
	} {
		assert.Equal(t, tc.want, vietnam.LoanSyllables(tc.word), tc.word)
	}
}

// TestDetectSmallAsCapitals: TCVN3's small toned letters (bytes C0–DF)
// shown as Windows-1252 are capitals, and after a capital initial and
// before small letters ("PÐo") they are TCVN3's, as a capital after a
// small letter is; a minority place name with an ASCII capital there
// ("BHốk") and words in capitals ("ÉCOLE") stay as they are.
func TestDetectSmallAsCapitals(t *testing.T) {
	checkLegacy(t, []legacyCase{
		{"PÐo", vietnam.TCVN3, "Péo"},
		{"PÊc", vietnam.TCVN3, "Pấc"},
	})
	for _, s := range []string{"BHốk", "ÉCOLE", "Émile", "ÀLA"} {
		got, _ := vietnam.Detect(s)
		assert.Contains(t, []vietnam.Encoding{vietnam.Unicode, vietnam.EncodingUnknown}, got, s)
		assert.Equal(t, s, vietnam.ToUnicode(s))
	}
}

// TestDetectPrecedence: one case for each step of Detect's precedence, as
// its documentation states them.
func TestDetectPrecedence(t *testing.T) {
	for _, tc := range []struct {
		step int
		in   string
		want vietnam.Encoding
	}{
		{1, "\xff\xfeH\x00i\x00", vietnam.EncodingUnknown}, // UTF-16's byte-order mark
		{2, "Xin chào các bạn", vietnam.Unicode},           // has runes no byte stands for: Unicode only
		{4, "Où est la gare?", vietnam.Unicode},            // no legacy reading better Vietnamese
		{4, "§¹i häc", vietnam.TCVN3},                      // TCVN3 shown as Windows-1252
		{4, "\xa7\xb9i h\xe4c", vietnam.TCVN3},             // the raw bytes
		{5, "Ch\xed", vietnam.EncodingUnknown},             // TCVN3 "Chớ", VNI "Chí": a tie
		{6, "Thèng", vietnam.TCVN3},                        // "Thống" is far commoner
		{6, "ông", vietnam.Unicode},                        // TCVN3 "ụng" is the rarer
		{6, "bé", vietnam.Unicode},                         // TCVN3 "bộ": alike, the text as it stands
		{6, "chò", vietnam.EncodingUnknown},                // TCVN3 "chũ", VNI "chị": far commoner, alike
		{6, "\x80\x81", vietnam.EncodingUnknown},           // no reading: not UTF-8
		{7, "©", vietnam.EncodingUnknown},                  // a sign, or TCVN3's "â"
		{0, "tôt", vietnam.TCVN3},                          // French, and TCVN3 "tụt" alone
		{0, "Il est tôt.", vietnam.Unicode},                // among French words
		{0, "Ñaïi hoïc", vietnam.VNI},                      // VNI shown as Windows-1252
	} {
		got, _ := vietnam.Detect(tc.in)
		assert.Equal(t, tc.want, got, "step %d: %q", tc.step, tc.in)
	}
}

// TestDetectTextAsItStands: valid UTF-8 that is well-formed Vietnamese as
// it stands and as common as a legacy reading of its Windows-1252 display
// is the text itself, at half the confidence of a near tie the text wins
// by its commoner syllables ("ông", 0.5): "cá" and "bé" are words,
// and TCVN3 "cạ" and "bộ" would need the text to have been mis-decoded.
// A legacy reading still wins on its own evidence: far commoner
// ("Thèng", "soáng"), a tone far commoner where no source has either
// syllable ("khõng"), a capital inside the word ("khuÒu"); two legacy
// readings far commoner than the text and alike stay a tie ("chò").
func TestDetectTextAsItStands(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want vietnam.Encoding
		conf float64 // 0: not checked
		out  string
	}{
		{"cá", vietnam.Unicode, 0.25, "cá"},       // TCVN3 "cạ"
		{"bé", vietnam.Unicode, 0.25, "bé"},       // TCVN3 "bộ"
		{"Dèng", vietnam.Unicode, 0.25, "Dèng"},   // TCVN3 "Dống"
		{"thôm", vietnam.Unicode, 0.25, "thôm"},   // VNI "thơm"
		{"ngoáp", vietnam.Unicode, 0.25, "ngoáp"}, // VNI "ngốp"
		{"cá bé", vietnam.Unicode, 0.5, "cá bé"},  // TCVN3 "cạ bộ": the tones decide
		{"ông", vietnam.Unicode, 0.5, "ông"},      // TCVN3 "ụng", the rarer
		{"Tôi là cá", vietnam.Unicode, 1, "Tôi là cá"},
		{"Thèng", vietnam.TCVN3, 0, "Thống"},               // far commoner
		{"soáng", vietnam.VNI, 0, "sống"},                  // far commoner
		{"dôm", vietnam.TCVN3, 0, "dụm"},                   // seen in running text
		{"khõng", vietnam.TCVN3, 0, "khừng"},               // a far commoner tone
		{"khuÒu", vietnam.TCVN3, 0, "khuều"},               // a capital inside a word
		{"chò", vietnam.EncodingUnknown, 0, "chò"},         // TCVN3 "chũ", VNI "chị"
		{"Ch\xed", vietnam.EncodingUnknown, 0, "Ch\ufffd"}, // raw: TCVN3 "Chớ", VNI "Chí"
	} {
		got, conf := vietnam.Detect(tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
		if tc.conf > 0 {
			assert.InDelta(t, tc.conf, conf, 1e-9, "%q", tc.in)
		}
		if got == vietnam.EncodingUnknown {
			assert.Zero(t, conf, "%q", tc.in)
		} else {
			assert.Positive(t, conf, "%q", tc.in)
		}
		assert.Equal(t, tc.out, vietnam.ToUnicode(tc.in), "%q", tc.in)
	}
}
