package vietnam

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Detect reports the encoding s is most likely in, with a confidence
// between 0 and 1. It reads s in every encoding that could have produced
// it, judges each reading word by word (the rules below), and answers by
// this precedence, each step deciding only what the steps before it left
// open:
//
//  1. Bytes that are not UTF-8 and open with the byte-order mark of
//     UTF-16 or UTF-32 are EncodingUnknown.
//  2. The readings: valid UTF-8 is read as it stands (Unicode); as TCVN3
//     and VNI too when each of its characters stands for a byte of
//     Windows-1252 (legacy bytes shown as Windows-1252); as VIQR too
//     when it has a mark of VIQR or a d. Bytes that are not UTF-8 are
//     read as TCVN3 and VNI only.
//  3. Each reading scores 3 for each marked word that is a well-formed
//     syllable, 1 for each minority or loan word of Vietnamese letters,
//     and -2 for each word no text holds (symbols between letters, two
//     tones, a capital inside a word, letters a table has no code for).
//  4. A legacy reading may replace valid UTF-8 only when it is Vietnamese
//     where the text as it stands is not: it scores above 0 and above
//     the text (or alike with fewer capitals inside words), reads as
//     Vietnamese in three words in four, and has a well-formed syllable,
//     or, made of minority and loan words only, faces text that bears a
//     mark of a legacy table as it stands. A legacy reading of bytes that
//     are not UTF-8 needs a score above 0 and a word with a mark.
//  5. Of the legacy readings that may, the better wins: a higher score,
//     then fewer capitals inside words, then fewer vowel groups that no
//     syllable has, then far commoner syllables (lexMargin) or fewer that
//     no source has, then commoner tones. Two that none of these parts,
//     or two single syllables not far apart in commonness, are a tie:
//     EncodingUnknown.
//  6. When none may, bytes that are not UTF-8 are EncodingUnknown, and
//     valid UTF-8 is Unicode, but where a legacy reading is as good as
//     the text in every count (well-formed syllables only): then a
//     reading far commoner than the text and than every other reading
//     alike wins; one far commoner than the text but not than another
//     reading at least as common as the text leaves a tie,
//     EncodingUnknown; where none is far commoner than the text, the
//     text as it stands wins, with a quarter of the confidence where a
//     legacy reading is as common as it ("bé", and TCVN3 "bộ" shown as
//     Windows-1252).
//  7. Valid text of lone signs that a table reads as letters ("©") is
//     EncodingUnknown.
//
// So valid Unicode is answered Unicode unless a legacy reading is
// strictly better Vietnamese than it or far commoner, or two legacy
// readings that are both leave the choice open.
// Valid text of another language comes back as it is, but for a word
// whose characters are also a legacy table's Vietnamese word shown as
// Windows-1252 ("tôt" is French, and TCVN3's "tụt"; "haït" French, and
// VNI's "hạt"): alone, it is read as that word, as the same characters
// typed in TCVN3 or VNI are; among words of its language it is not
// (three words in four must read as Vietnamese). The rules that judge a
// word:
//
//   - a word with marks that is a well-formed Vietnamese syllable counts
//     for the reading: an onset of the alphabet spelt as the rules want
//     (k, gh and ngh only before i, e, ê; c, g and ng never there), a vowel
//     group with a final it allows (ă, â, iê, uô, ươ need one; ai, ao, ia,
//     ưa… take none; oo only c and ng, uy only ch, nh, p, t: the rhymes of
//     rhymesText), no glide o or u after b, m, p, ph, v, ô after qu
//     only before c and ng ("quốc"), a lone y only after the onsets
//     old-style spelling writes it after, and the tone mark on the vowel
//     the spelling rules put it on (the old or the new style for oa, oe,
//     uy);
//   - a word of Vietnamese letters that breaks those rules (a minority
//     place name such as "Blà", a loan word with p-) counts a little;
//   - a word with a capital letter after a small one, or two tone marks,
//     counts against, as do symbols between letters ("§", "¹", "«" are
//     what TCVN3 letters look like read as Windows-1252), an ñ at the
//     start of a word or beside a consonant (VNI's đ read so: "ñi",
//     "Hñrung"; Spanish puts ñ between vowels), and bytes that are no
//     code of the encoding read. Capitals followed by small toned
//     vowels ("HOà") are how TCVN3 writes toned capitals, so the TCVN3
//     reading accepts them;
//   - letters of other Latin alphabets (å, ß, ñ, ø) count neither way in
//     the Unicode reading: the text may be in another language;
//   - when the text as it stands has symbols between letters ("ki«t",
//     TCVN3 "kiôt" read as Windows-1252), a legacy reading with no symbol
//     or capital inside a word of its own counts its words of Vietnamese
//     letters that break the rules (loan words such as "kiôt") as minority
//     words rather than against it, as does the one legacy reading of raw
//     bytes (not UTF-8) without such symbols when the other has them
//     (TCVN3 "viôlông", VNI "vi«l«ng"). No word ends in đ ("Tom®" is no
//     TCVN3 "Tomđ");
//   - in the Unicode reading, a vowel followed by a letter that VNI
//     writes its marks with and no language writes there (ø or õ after a
//     vowel, "Paø"; see vniMarkAfterVowel) makes the word mangled; such
//     a word, or an ñ where VNI puts its đ, lets the VNI reading count
//     its words of Vietnamese letters that break the rules as minority
//     words, as symbols between letters do ("kioât" is VNI "kiôt"), but
//     not ä or õ after a vowel, which German and Portuguese write where
//     two parts of a word meet ("Klimaänderung", "Joões"). So do, for
//     the TCVN3 reading, a capital outside ASCII after a small letter
//     and ª, º or µ among letters ("khuÒu", "Krªy": TCVN3's "khuều",
//     "Krêy"), which are how TCVN3's letters look read as Windows-1252.
//   - in raw bytes (not UTF-8), a table that reads them as words of
//     Vietnamese letters only counts those that break the rules as
//     minority or loan words when the other table reads a word no text
//     holds there: two tones in a word (TCVN3 reads VNI's mark bytes as
//     toned vowels: VNI "viôlông" is TCVN3 "vioõloõng"), a byte it has
//     no letter for, a capital inside a word.
//   - in raw bytes, and in VIQR, a word of several vowel groups is a loan
//     or minority word only when it reads as syllables glued together
//     (loanSyllables: "giămbông", "hiđrocacbon"): each run of consonants
//     between two groups a final and an onset, and a final or a vowel at
//     its end. Otherwise it counts against the table: the Latin-1 bytes
//     of French "Abaissé", German "Abbrüche", Portuguese "Abafáramos" are
//     no TCVN3 "Abaissộ", "Abbrỹche", "Abafỏramos" (ss, bbr, a final s),
//     German "Sanddorn" no VIQR "Sanđorn" (a final rn);
//   - in the Unicode reading, a capital, then capitals outside ASCII,
//     then small letters ("PÐo", "PÊc") are TCVN3's small toned letters
//     shown as capitals after a capital initial ("Péo", "Pấc"), as a
//     capital after a small letter is (smallAsCapitals).
//
// Text that is valid UTF-8 is Unicode unless a legacy reading is better
// Vietnamese than the text as it stands: it must score higher, contain a
// well-formed syllable, and read as Vietnamese in at least three words in
// four. A reading of minority and loan words only wins where the text as it
// stands has a mark of a legacy table (above), or a word of one vowel group
// that breaks the rules and that the reading makes a group and a final of
// Vietnamese ("Kèc" is TCVN3 "Kốc"): Vietnamese letters in a word of
// several groups ("acuática", "destituído") are other languages' spelling,
// not TCVN3's "acuỏtica", "destituớdo", nor is Catalan's "l·l"
// ("col·lecció") a symbol between letters, French "geâ" ("mangeâmes"),
// Portuguese "õe" ("aldeões") or a German ä opening a word's second part
// ("risikoärmer") VNI's marks, nor "dd" after l or r ("Norddeutsch"), which
// end no Vietnamese syllable, or after n ("Enddaten", Danish "inddata"),
// VIQR's đ, nor ø, å or ä after a vowel VNI's marks where no syllable
// ends after them (Norwegian "kalveøyne", "Spelleåret"). A word is judged whole, up to 24
// letters (longer ones are no word of any table), and in a legacy reading
// the pieces of a word that a letter or byte the table has no code for cuts
// are no words ("Rít" of VNI's "Rít\ufffda" for "Rítõa"; "tí" of the
// Latin-1 bytes of "tírrëtí"). So "Où est la gare?", "daß", "på" and "It's
// 9 a.m. now" are Unicode, while "Ñaïi hoïc" is VNI. Two readings that
// score alike are decided by how common their syllables are in running text
// (counted in public domain sentences and official names): one must be at
// least 64 times as common as the other, or hold only syllables that
// running text or a dictionary (Unihan's Vietnamese readings) has where the
// other holds one that none has; between syllables none has, the text as it
// stands or a legacy reading whose rhyme and tone other syllables share
// beats a legacy reading whose rhyme and tone none has ("khùi" is not TCVN3
// "khựi"), and the text as it stands beats a legacy reading when twice as
// many syllables of the table share its rhyme and tone ("bùm" is not TCVN3
// "bựm"), which never turns text into a legacy reading. A legacy reading
// far commoner than the text as it stands wins even where another reading
// ties with the text, if it is far commoner than that one too, or holds
// only syllables running text has where that one holds one no source has
// ("soáng" is VNI "sống", though TCVN3 reads "soỏng", as rare as "soáng";
// "dôm" is TCVN3 "dụm", not VNI "dơm"). Of one word's syllable as it stands
// and a legacy reading's, both of which no source has, the legacy one wins
// where its tone is far commoner than the tilde of the text ("khõng" is
// TCVN3 "khừng"). Of two readings of minority or loan words alike in all
// else, the one whose vowel groups are Vietnamese ones wins (VNI "Pẻ", not
// TCVN3 "Peỷ"), and whose final ch or nh follows a group that Vietnamese
// writes it after (VNI "pích", not TCVN3 "pớch"). "L\xf2" is TCVN3 "Lũ"
// rather than VNI "Lị", "Thèng" is TCVN3 "Thống" and "ông" is itself, not
// TCVN3 "ụng". Two legacy readings as common as each other are a tie,
// reported as EncodingUnknown with confidence 0 ("Ch\xed" is TCVN3 "Chớ"
// and VNI "Chí"), and ToUnicode leaves such text as it is. Valid UTF-8 that
// is well-formed Vietnamese as it stands and as common as a legacy reading
// of its Windows-1252 display ("bé", and TCVN3 "bộ"; "cá", and TCVN3 "cạ")
// is Unicode, with half the confidence of a near tie (0.25 on one word,
// against 0.5 for "ông", whose syllable is the commoner): the text needs no
// mis-decoding to explain it, the legacy reading does, and a caller who
// knows the encoding from context can tell such a tie from a decision. In
// longer text the commoner tones of all the words break a tie. Text that is
// not valid UTF-8 and reads as Vietnamese in no legacy encoding is
// EncodingUnknown.
//
// The confidence is the share of marked words that are well formed in the
// winner (minority and loan words counting half), down to half of that
// when another reading scores nearly as well; a legacy encoding is never
// answered with confidence 0. Text with no Vietnamese marks in any
// reading (plain ASCII, English) is Unicode, with confidence 1 when
// nothing in it looks foreign. Text that opens with the byte-order mark
// of UTF-16 or UTF-32 is EncodingUnknown; text of lone signs ("©", which
// TCVN3 reads as the letter "â") is EncodingUnknown too.
//
// Windows-1258 is read in raw bytes that write a tone as its own byte
// after a vowel ("Vi\xea\xf2t", Việt), where the readings of TCVN3 and
// VNI each break more words: its precomposed letters and tone bytes are
// letters of TCVN3 too, so words TCVN3 reads as well ("nho\xcc", TCVN3's
// "nhoè", Windows-1258's "nhò") stay TCVN3's. Raw bytes without a tone
// byte whose every byte outside ASCII is a letter of Windows-1258 (ă â ê
// ô ơ ư đ, à á é…) are its text where it alone reads them as Vietnamese
// ("\xf0i", đi) or reads two syllables or more far commoner than the
// other table's ("Th\xf4n T\xe2n An" is "Thôn Tân An", not TCVN3 "Thụn
// Tõn An"); otherwise the other table's reading stays, at half its
// confidence where Windows-1258's is as common, a quarter where it is
// far commoner ("c\xf4ng" is TCVN3's "cụng" at 0.25, and may be "công").
//
// VIQR is recognised by its marks inside words ("Vie^.t"); a full stop,
// question mark or apostrophe at the end of a word, or after a syllable
// that has its tone, is punctuation. A tone before a word's final
// consonant ("ho.c", "pa't") is VIQR's too, but English writes it as
// well ("i'm"): it lets a VIQR reading hold words of no language only
// when the reading has another syllable, and minority words only when
// no word ends in a mark that may be punctuation. English's "I'm" and
// abbreviations of single letters ("a.m.") are no VIQR unless the text
// has another mark of it: "Hi! I'm Tom." is Unicode.
func Detect(s string) (Encoding, float64) {
	valid := utf8.ValidString(s)
	if !valid && (strings.HasPrefix(s, "\xff\xfe") || strings.HasPrefix(s, "\xfe\xff") || strings.HasPrefix(s, "\x00\x00\xfe\xff")) {
		// A byte-order mark of UTF-16 or UTF-32: no 8-bit table, though
		// TCVN3 reads FE as "ỵ".
		return EncodingUnknown, 0
	}
	if valid {
		// UTF-8's byte-order mark says only that the text is UTF-8.
		s = strings.TrimPrefix(s, "\ufeff")
	}
	var cands [5]reading
	n := 0
	memo := newWordMemo(s)
	if valid {
		cands[n] = readingOf(memo, Unicode, norm.NFC.String(s), false, false)
		n++
	}
	if !valid || onlyByteRunes(s) {
		legacy := s
		if valid {
			legacy = blankLoneSoftHyphens(s)
		}
		cands[n] = readingOf(memo, TCVN3, decodeStrict(legacy, TCVN3, !valid), true, !valid)
		cands[n+1] = readingOf(memo, VNI, decodeStrict(legacy, VNI, !valid), true, !valid)
		n += 2
	}
	tones1258 := (!valid || onlyByteRunes(s)) && cp1258Tones(s, !valid)
	if tones1258 || !valid && cp1258Letters(s) {
		// Windows-1258 is read from bytes, raw or shown as Windows-1252,
		// that write a tone as its own byte after a vowel, as the code
		// page does for most toned letters: those bytes are letters of
		// the other tables ("Vi\xea\xf2t" is TCVN3 "Viờũt"), which
		// without it win where one syllable of the text happens to read
		// in them. Raw bytes of its letters alone ("c\xf4ng", công, is
		// TCVN3 "cụng") are read too, as a rival (plainRival).
		cands[n] = readingOf(memo, Windows1258, decodeCP1258(s, !valid), true, !valid)
		n++
	}
	if valid && strings.ContainsAny(s, viqrMarks+"dD") {
		// English's "I'm" is VIQR's "ím" only where the text has another
		// mark of VIQR ("i'm la(.ng" is "ím lặng"): "Hi! I'm Tom." is no
		// "Hi! Ím Tom.", though "hi", "ím" and "tom" are syllables.
		strong, tones, ends := viqrMarksIn(s)
		cands[n] = readingOf(memo, VIQR, norm.NFC.String(decodeVIQR(escapeEnglish(s, !strong && tones == 0))), false, true)
		// A tone before a final is VIQR's mark only where the reading
		// has other Vietnamese in it ("Ca'c ba.n Peter" is "Các bạn
		// Peter"): "i'm fine. are you?" reads as "ím finẹ are yoủ", one
		// syllable among words of no language.
		cands[n].viqrMarks = strong || tones > 0 && cands[n].good >= 2
		cands[n].viqrTones = tones > 0 && ends == 0
		n++
	}
	rs := cands[:n]
	for i := range rs {
		if valid && i > 0 {
			rs[i].dropDigitWords()
		}
		rs[i].placeLone()
		if valid && i > 0 && (rs[0].innerSyms > 0 || rs[0].mangled&byVNI != 0 && rs[i].enc == VNI || rs[0].mangled&byTCVN3 != 0 && rs[i].enc == TCVN3) {
			rs[i].lettersForSymbols()
		}
	}
	if !valid && rs[0].innerSyms != rs[1].innerSyms {
		// Raw bytes that one table reads as letters and the other as
		// symbols between letters (TCVN3 "viôlông" is VNI "vi«l«ng"):
		// the letters explain the bytes, as against text that has such
		// symbols as it stands.
		if rs[0].innerSyms == 0 {
			rs[0].lettersForSymbols()
		} else if rs[1].innerSyms == 0 {
			rs[1].lettersForSymbols()
		}
	} else if !valid {
		lettersAgainstNoWord(&rs[0], &rs[1])
	}

	// plain1258 is Windows-1258's reading of raw bytes with no tone byte,
	// whose letters TCVN3 or VNI read as well: a rival that weighs on the
	// answer's confidence (plainRival) rather than a reading of its own.
	var plain1258 *reading
	if i := slices.IndexFunc(rs, func(r reading) bool { return r.enc == Windows1258 }); i >= 0 &&
		(tones1258 && !brokenElsewhere(&rs[i], rs) || !tones1258 && !onlyReading(&rs[i], rs)) {
		// Windows-1258 writes some letters as TCVN3 and VNI do, and its
		// tone bytes are toned letters of TCVN3 ("nho\xcc" is TCVN3
		// "nhoè" and Windows-1258 "nhò"), and text as it stands may
		// hold a vowel and a toned one ("goòng", Windows-1258 "gọng"):
		// it is read only where the text as it stands, TCVN3 and VNI
		// each break more words. Raw bytes without a tone byte are read
		// so only where it alone reads them as Vietnamese ("\xf0i", đi,
		// which TCVN3 and VNI read as "ði"); elsewhere it is a rival
		// that weighs on the answer's confidence (plainRival).
		if !tones1258 {
			r := rs[i]
			plain1258 = &r
		}
		rs = slices.Delete(rs, i, i+1)
	}
	var uni *reading
	if valid {
		uni = &rs[0]
	}
	best, second := -1, -1
	for i := range rs {
		r := &rs[i]
		if r.enc == Unicode || !r.qualifies(uni) {
			continue
		}
		if uni != nil && r.text == uni.text {
			continue // reads the same as Unicode: no reason to convert
		}
		switch {
		case best < 0 || r.better(&rs[best]):
			second, best = best, i
		case second < 0 || r.better(&rs[second]):
			second = i
		}
	}
	if best >= 0 && second >= 0 && rs[second].text != rs[best].text &&
		(!rs[best].better(&rs[second]) || singleWordTie(&rs[best], &rs[second])) {
		return EncodingUnknown, 0 // two legacy readings, equally good
	}
	if best < 0 {
		if !valid {
			return EncodingUnknown, 0
		}
		switch tie, kept, r := tiesWithUnicode(rs); {
		case r != nil:
			return r.enc, r.confidence(rivalScore(rs, int(r.index)))
		case tie:
			return EncodingUnknown, 0
		case kept:
			// The text wins a tie: half the confidence of a near tie
			// the text wins by its commoner syllables ("ông"), so that
			// a caller who knows the encoding from context can tell a
			// tie from a decision.
			return Unicode, uni.confidence(rivalScore(rs, 0)) / 2
		}
		switch {
		case uni.good == 0 && uni.bad == 0:
			return Unicode, 1
		case uni.good == 0:
			return Unicode, 0.5
		}
		return Unicode, uni.confidence(rivalScore(rs, 0))
	}
	if r := &rs[best]; valid && r.good == 0 && r.weak == r.lone && !strings.ContainsFunc(s, unicode.IsLetter) {
		// Valid text of lone symbols ("©", "¢" alone): the symbols, or
		// TCVN3's letters "â", "Â" named alone; nothing tells which.
		return EncodingUnknown, 0
	}
	conf := rs[best].confidence(rivalScore(rs, best))
	if plain1258 != nil {
		return plainRival(&rs[best], plain1258, conf)
	}
	return rs[best].enc, conf
}

// plainRival decides between win, the legacy reading Detect found for raw
// bytes, and r, Windows-1258's reading of the same bytes, which have no
// tone byte of it: its precomposed letters ("c\xf4ng", công) are toned
// letters of TCVN3 ("cụng") or VNI's ơ ("cơng"). Where r is Vietnamese
// as good as win and not far rarer (lexMargin), the bytes do not say which
// table wrote them, and conf, win's confidence, is halved. Where r is
// far the commoner, it wins in text of two syllables or more ("C\xf4ng
// ty" is "Công ty", not TCVN3 "Cụng ty"); a single word stays win's at a
// quarter of conf ("c\xf4ng" is TCVN3 "cụng" at 0.25).
func plainRival(win, r *reading, conf float64) (Encoding, float64) {
	if r.text == win.text || r.good == 0 || r.bad+r.weak > 0 || r.score() < win.score() || win.seenCommoner(r) {
		return win.enc, conf
	}
	switch {
	case !r.seenCommoner(win):
		return win.enc, conf / 2
	case r.good >= 2:
		return Windows1258, conf / 2
	}
	return win.enc, conf / 4
}

// brokenElsewhere reports whether the Unicode, TCVN3 and VNI readings
// among rs each have more words that break the rules (malformed, or
// Vietnamese letters that are no syllable) than r.
func brokenElsewhere(r *reading, rs []reading) bool {
	for i := range rs {
		if rs[i].enc <= VNI && rs[i].bad+rs[i].weak <= r.bad+r.weak {
			return false
		}
	}
	return true
}

// onlyReading reports whether r is the only reading among rs with a
// well-formed syllable, and the others have no Vietnamese word at all.
func onlyReading(r *reading, rs []reading) bool {
	if r.good == 0 || r.weak+r.bad > 0 {
		return false
	}
	for i := range rs {
		if &rs[i] != r && rs[i].good+rs[i].weak > 0 {
			return false
		}
	}
	return true
}

// cp1258Tones reports whether s, raw bytes or bytes shown as
// Windows-1252 (see unitAt), holds a tone mark of Windows-1258 (bytes
// CC, EC, D2, DE, F2: grave, acute, hook, tilde, dot below) right after
// one of its vowels.
func cp1258Tones(s string, raw bool) bool {
	prev := rune(-1)
	for i := 0; i < len(s); {
		u, n := unitAt(s, i, raw)
		switch u {
		case 0xCC, 0xEC, 0xD2, 0xDE, 0xF2:
			if prev >= 0 && prev <= 0xFF && cp1258Vowel(byte(prev)) {
				return true
			}
		}
		prev = u
		i += n
	}
	return false
}

// cp1258Letters reports whether s, raw bytes, holds a byte outside ASCII
// and each such byte is a letter of Vietnamese in Windows-1258 (ă â ê ô
// ơ ư đ, and the toned letters it has a byte for: à á é í ó ú ý…), so
// that its reading of s may be Vietnamese.
func cp1258Letters(s string) bool {
	any := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			continue
		}
		any = true
		r := charmap.Windows1258.DecodeByte(c)
		if _, ok := vowelLetter(r); !ok && r != 'đ' && r != 'Đ' {
			return false
		}
	}
	return any
}

// cp1258Vowel reports whether byte c is a vowel without a tone in
// Windows-1258: a, e, i, o, u, y, ă, â, ê, ô, ơ, ư and their capitals.
func cp1258Vowel(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'y', 0xE3, 0xE2, 0xEA, 0xF4, 0xF5, 0xFD:
		return true
	}
	return false
}

// blankLoneSoftHyphens returns s, valid UTF-8, with each soft hyphen
// (U+00AD) that no letter or sign of Latin-1 touches turned into a space,
// for the legacy readings. TCVN3 writes "ư" as byte AD, which Windows-1252
// shows as a soft hyphen: within a word, or at its edge ("nh\u00ad" is
// "như", "\u00ad¬ng" is "ương"), it is evidence of TCVN3, as Unicode puts
// a soft hyphen only inside words, where a line may break. Alone between
// spaces, digits or punctuation it would be the word "ư" on its own, an
// interjection rarely written so among other words, while text in
// Unicode holds stray soft hyphens from the web (an "&shy;" left after a
// space or at a line's end) and Normalize drops them as the invisible
// characters they are: "0 \u00ad" is no TCVN3 "0 ư". A soft hyphen that
// is the whole text is still read as "ư": a cell holding only an
// invisible character is no Unicode anyone writes, and a cell holding
// the word "ư" in TCVN3 shows so. Raw bytes are not UTF-8, so AD there is
// TCVN3's wherever it stands.
func blankLoneSoftHyphens(s string) string {
	const shy = "\u00ad"
	if !strings.Contains(s, shy) || strings.TrimSpace(s) == shy {
		return s // alone, it can only be the word "ư" of a single cell
	}
	// touches reports a rune that makes the soft hyphen beside it part of
	// a word: a letter, or a character outside ASCII (TCVN3's other
	// letters shown as Windows-1252 are signs such as "¬", "§").
	touches := func(r rune) bool { return r >= utf8.RuneSelf || isASCIILetter(byte(r)) }
	b := []byte(s)
	for i := 0; i+len(shy) <= len(b); i++ {
		if string(b[i:i+len(shy)]) != shy {
			continue
		}
		before, _ := utf8.DecodeLastRune(b[:i])
		after, _ := utf8.DecodeRune(b[i+len(shy):])
		if i > 0 && touches(before) || i+len(shy) < len(b) && touches(after) {
			continue
		}
		b[i], b[i+1] = ' ', ' '
	}
	return string(b)
}

// tiesWithUnicode decides between the text as it stands and the legacy
// readings exactly as good as it, all being well-formed Vietnamese and
// nothing else: "Thèng" is a syllable, and TCVN3 "Thống" read as
// Windows-1252; "Goái" is one, and VNI "Gối". How common the syllables
// of each are in running text decides when they differ enough: win is
// then the legacy reading if its syllables are the common ones
// ("Thống"). tie is true only where a legacy reading far commoner than
// the text is not far commoner than another reading that beats or ties
// with the text ("chò" is TCVN3 "chũ" and VNI "chị"); otherwise the text
// as it stands stays, by its commoner syllables ("ông", whose bytes are
// TCVN3 "ụng"), or, kept true, in a tie with a reading as common ("bé",
// and TCVN3 "bộ"). rs[0] is the Unicode reading.
func tiesWithUnicode(rs []reading) (tie, kept bool, win *reading) {
	uni := &rs[0]
	if uni.good == 0 || uni.weak+uni.bad+uni.foreign+uni.plainBad > 0 {
		return false, false, nil
	}
	// rival is the commonest reading but win that is also far commoner
	// than the text as it stands: win must be far commoner than it too.
	// "chò" (a tree) is TCVN3 "chũ" (a town) and VNI "chị" (elder
	// sister), both far commoner than "chò" and neither than the other.
	var rival *reading
	var tied [3]*reading // readings as common as the text as it stands
	nt := 0
	for i := 1; i < len(rs); i++ {
		r := &rs[i]
		if r.enc == VIQR || r.text == uni.text || r.good != uni.good || r.weak+r.bad+r.foreign+r.plainBad > 0 ||
			r.score() != uni.score() || r.innerCaps != uni.innerCaps {
			continue
		}
		switch {
		case r.commoner(uni) || likelierTone(r, uni) && !uni.commoner(r):
			r.index = uint8(i)
			if win == nil || r.lex > win.lex {
				win, r = r, win
			}
			if r != nil && (rival == nil || r.lex > rival.lex) {
				rival = r
			}
			continue
		case uni.commoner(r):
			if !uni.seenCommoner(r) && nt < len(tied) {
				// The text beats r by the rhyme of its syllable alone
				// (rhymeCommoner): that keeps the text as it stands, but
				// clears no way for a third reading far commoner than
				// the text. "hón" is not TCVN3 "hún" (a reading Unihan
				// has) for beating VNI "hĩn", which ties with "hún".
				tied[nt] = r
				nt++
			}
			continue
		}
		// A single word: the commoner tone is no evidence against a
		// dictionary's worth of words ("giái" and TCVN3 "giỏi"). In
		// longer text the tones of all words together are.
		if uni.good == 1 || !uni.better(r) {
			tie = true
			if nt < len(tied) {
				tied[nt] = r
				nt++
			}
		}
	}
	if win == nil {
		// The text as it stands ties with a reading of its Windows-1252
		// display ("bé", and TCVN3 "bộ"): it is Vietnamese as it is and
		// needs no mis-decoding to explain it, so it stays Unicode (kept).
		return false, tie, nil
	}
	// A reading far commoner than the text as it stands wins over a tie
	// of the text with another reading only if it is far commoner than
	// that reading too: VNI "sống" shown as Windows-1252 is "soáng", and
	// TCVN3 reads it "soỏng", two syllables no source has.
	if rival != nil && rival.text != win.text && !win.commoner(rival) {
		return true, false, nil
	}
	for _, r := range tied[:nt] {
		// win must be far commoner than r too, or hold fewer syllables
		// no source has, all of them counted in running text: "dôm" is
		// TCVN3 "dụm" (seen there), though VNI "dơm" is as rare as "dôm";
		// "hón" is no TCVN3 "hún", which only Unihan has, for VNI "hĩn".
		if r.text != win.text && win.lex < r.lex+lexMargin && !(win.unseen < r.unseen && win.known == 0) {
			return true, false, nil
		}
	}
	return false, false, win
}

// toneMargin is how much more common, as the natural log of its share of
// syllables (toneLogFreq), the tone of a legacy reading's syllable must be
// than that of the text as it stands for likelierTone.
const toneMargin = 1.0

// likelierTone reports whether r, a legacy reading of one word, beats the
// text as it stands (uni) by its tone alone: both are syllables no source
// of the table has, and r's tone is far commoner (toneMargin: the tilde,
// ngã, against the level tone, the acute, the grave or the dot). TCVN3's
// ó, ú, ừ shown as Windows-1252 are ã, ó, õ: "cãm", "dõ", "xãn" are
// TCVN3 "cóm", "dừ", "xón", syllables as rare as they, with a tone four
// times as common. Measured by TestDetectSingleWords: TCVN3 shown as
// Windows-1252 98.70 -> 98.83% right (10 words), no other answer
// changed, with a margin of 0.6 to 1.4 alike. The other way round,
// keeping the text where its tone is far the commoner made 4 Unicode
// words right and 5 TCVN3 words shown as Windows-1252 wrong, so it is
// not done; nor does a tone beat a syllable the table has (commoner) or
// a rhyme it shares (rhymeCommoner).
func likelierTone(r, uni *reading) bool {
	return uni.good == 1 && r.good == 1 && uni.unseen == 1 && r.unseen == 1 && r.prior >= uni.prior+toneMargin
}

// singleWordTie reports two readings of one word that are both a
// well-formed syllable: the commoner tone is no evidence against a
// dictionary's worth of words (TCVN3 "Lũ" and VNI "Lị" are both words).
// But a vowel group oo or ôô is: only a few loan words have it ("xoong",
// "soóc", "goòng"), while TCVN3 reads every toned ô of VNI so ("doäc",
// VNI's "dộc", is TCVN3's "doọc"). Of two readings alike but for it, the
// one without it wins (reading.better, by its prior). Measured by
// TestDetectSingleWords: VNI as Windows-1252 98.36 -> 98.41% right, VNI
// raw bytes 99.09 -> 99.17% (Unknown answers: "dộc", "thộc", "trộc",
// "vống"), every other row unchanged, the ambiguous words too.
func singleWordTie(a, b *reading) bool {
	return !a.commoner(b) && !b.commoner(a) && a.doubled == b.doubled && a.good == 1 && b.good == 1 && a.score() == b.score() &&
		a.weak+a.bad+a.foreign+a.plainOK+a.plainBad == 0 && b.weak+b.bad+b.foreign+b.plainOK+b.plainBad == 0
}

// rivalScore is the best margin of the readings other than rs[i].
func rivalScore(rs []reading, i int) int {
	m := 0
	for j := range rs {
		if j != i && rs[j].text != rs[i].text {
			m = max(m, rs[j].margin())
		}
	}
	return m
}

// ToUnicode returns s decoded from the encoding Detect finds, in NFC.
// Unicode text, and text Detect cannot place, comes back unchanged but
// for NFC and invalid bytes (replaced by U+FFFD); so does text in another
// language ("Où est la gare?", "daß"). Use Encoding.Decode when the
// encoding is known: detection on a single short word can be wrong.
func ToUnicode(s string) string {
	e, _ := Detect(s)
	return e.Decode(s)
}

// reading is the tally of one reading of the input.
type reading struct {
	enc  Encoding
	text string
	good int // marked words that are well-formed syllables
	weak int // marked words of Vietnamese letters that are not
	bad  int // malformed words and stray symbols
	// Words without marks, which read alike in every encoding: those that
	// are Vietnamese syllables and those that are not.
	plainOK, plainBad int
	foreign           int // words with letters of other Latin alphabets
	junk              int // of bad: stray symbols, µ-like letters, capitals inside words
	letters           int // of bad: words of Vietnamese letters that break the rules (wordLetters)
	// polyLetters counts, of letters, the words of more than one vowel
	// group ("acuática", "adoquín"): Vietnamese writes one syllable a
	// word, so such a word is a word of another language or a loan word
	// written without its hyphens, and no evidence of a legacy table.
	polyLetters int
	// syms counts the stray symbols (of junk): after a digit, or after
	// no letter and before a digit or an ASCII capital (before "Ì" it is
	// TCVN3: "§Ìn" is "Đèn"). "¡Hola", "©2024",
	// "£5", "50°C" are how the world writes them, while a word that
	// breaks the rules, a symbol glued to a word's end ("Bl«", TCVN3
	// "Blô") or before its small letters ("®eca", TCVN3 "đeca"), or alone
	// ("¨", TCVN3 "ă"), is evidence that the text is mangled.
	syms int
	// Marked words of a legacy reading glued to a digit ("Ê5", "â2024":
	// "£5", "©2024" read as TCVN3), their classes and tones: what a
	// symbol beside a number becomes, no evidence for valid UTF-8
	// (dropDigitWords).
	digitGood, digitWeak, digitLex, digitUnseen int
	digitOrphans, digitThin, digitKnown         int
	digitPrior, digitRhymeBits                  float64
	// innerSyms counts the runs of symbols between two letters ("m«ng",
	// "l\u00adßng"): TCVN3 letters read as Windows-1252 look so, and no
	// language writes them.
	innerSyms int
	// Capital letters outside ASCII after a capital initial, in words
	// whose only ASCII letter is that initial: what TCVN3 small toned
	// letters (bytes C0–DF) look like read as Windows-1252 or VNI ("BÌ"
	// for "Bè"). Evidence for the reading that has fewer.
	innerCaps int
	// oddRuns counts the vowel groups of minority and loan words (weak)
	// that Vietnamese spelling has no syllable with (oddVowelRuns).
	oddRuns int
	// oddFinals counts the minority and loan words (weak) that end in
	// consonants no Vietnamese syllable ends in (finalOK).
	oddFinals int
	// lex is the sum of the classes (syllableClass) of the well-formed
	// words: how common they are, in bits.
	lex int
	// unseen counts the well-formed words of class 0: syllables that no
	// source of the table has (commoner); orphans, those of them whose
	// rhyme and tone no syllable of the table has, nor the same letters
	// with another tone, and thin, the others whose rhyme and tone only
	// one has (rhymeRarity).
	unseen, orphans, thin int
	// known counts the well-formed words of syllableKnownClass: syllables
	// a dictionary or a few pages of literature have, no running text
	// counted (tiesWithUnicode).
	known int
	// doubled counts the well-formed words whose vowel group is oo or
	// ôô (singleWordTie).
	doubled int
	// rhymeBits sums, over the unseen words, log₂ of how many syllables
	// of the table share the word's rhyme and tone, plus one half
	// (rhymeRarity, rhymeCommoner).
	rhymeBits float64
	// prior is the log-frequency of the tones of the marked words, which
	// decides between two readings that score alike: the tilde (ngã) is
	// the rarest tone, the level tone the commonest.
	prior float64
	// viqrMarks says the input has a mark of VIQR that English text does
	// not have (viqrMarksIn), or a tone before a final and another
	// syllable: the reading may then hold words of no language.
	// viqrTones says it has a tone before a final ("pa't", "Ka.n") and
	// no mark at a word's end that may be punctuation ("I'm here."): a
	// reading with minority or loan words may then be VIQR.
	viqrMarks, viqrTones bool
	// lone counts the vowels alone that are no syllable ("â"); once
	// placed (placeLone), those that count as weak.
	lone  int
	index uint8 // in the slice of readings, for tiesWithUnicode
	// mangled has the bit of VNI (byVNI) when the reading has words
	// that VNI's marks read as Windows-1252 make (wordMangled: "kioât",
	// "Paø", "ñi"), and that of TCVN3 (byTCVN3) when it has words that
	// TCVN3's letters read so make (wordMangledTCVN3: "khuÒu", "Krªy"):
	// like symbols between letters, what no language writes.
	mangled uint8
}

// The bits of reading.mangled.
const (
	byVNI uint8 = 1 << iota
	byTCVN3
)

func (r *reading) score() int { return 3*r.good + r.weak - 2*r.bad }

// lettersForSymbols counts the words of Vietnamese letters that break
// the rules (wordLetters) as minority or loan words rather than as bad,
// for a legacy reading of input that has symbols between letters as it
// stands (TCVN3 "kiôt", "mayô" read as Windows-1252 are "ki«t", "may«"):
// a reading that turns every such symbol into letters, with no symbol,
// capital inside a word or µ-like letter of its own, explains the text
// where the text as it stands explains nothing.
func (r *reading) lettersForSymbols() {
	if r.enc == VIQR || r.junk > 0 {
		return
	}
	r.bad -= r.letters
	r.weak += r.letters
	r.letters, r.polyLetters = 0, 0
}

// lettersAgainstNoWord counts, for raw bytes (not UTF-8) that one table
// reads as words of Vietnamese letters that break the rules and nothing
// else, and the other as a word no table's text holds, the letters as
// minority or loan words rather than as bad (lettersForSymbols): two
// tones in one word ("Thửoùng", "ngửụớ", TCVN3's reading of VNI
// "Thưọng", "ngươí": VNI's mark bytes are TCVN3's toned vowels), a byte
// the table has no letter for, a capital inside a word. The bytes are
// some legacy table's, and only the letters explain them: the VNI
// reading of those bytes is a loan word or a misspelling, which raw
// bytes otherwise left Unknown. The letters must be as many words as the
// other reading's words of any kind, so that one impossible word among
// others of no language tips nothing.
func lettersAgainstNoWord(a, b *reading) {
	for range 2 {
		if a.letters > 0 && a.bad == a.letters && b.bad > b.letters && a.good+a.weak+a.letters >= b.good+b.weak+b.letters {
			a.lettersForSymbols()
			return
		}
		a, b = b, a
	}
}

// dropDigitWords counts the marked words glued to a digit as words of
// no language, for a legacy reading of valid UTF-8: currency and
// copyright signs, ordinals and degrees are written beside numbers
// ("£5", "©2024", "¥500"), and reading them as TCVN3 letters ("Ê5",
// "â2024", "Ơ500") explains nothing. Vietnamese writes a space there.
func (r *reading) dropDigitWords() {
	r.good -= r.digitGood
	r.weak -= r.digitWeak
	r.lex -= r.digitLex
	r.unseen -= r.digitUnseen
	r.orphans -= r.digitOrphans
	r.thin -= r.digitThin
	r.known -= r.digitKnown
	r.prior -= r.digitPrior
	r.rhymeBits -= r.digitRhymeBits
	r.plainBad += r.digitGood + r.digitWeak
	r.digitGood, r.digitWeak, r.digitLex, r.digitUnseen, r.digitOrphans, r.digitThin, r.digitKnown = 0, 0, 0, 0, 0, 0, 0
	r.digitPrior, r.digitRhymeBits = 0, 0
}

// better reports whether r beats q: a higher score, then fewer inner
// capitals, then more common tones.
func (r *reading) better(q *reading) bool {
	switch {
	case r.score() != q.score():
		return r.score() > q.score()
	case r.innerCaps != q.innerCaps:
		return r.innerCaps < q.innerCaps
	case r.oddRuns != q.oddRuns:
		return r.oddRuns < q.oddRuns
	case r.commoner(q) || q.commoner(r):
		return r.commoner(q)
	}
	return r.prior > q.prior+0.3
}

// lexMargin is how much more common, in bits (syllableClass), the words
// of one reading must be than those of another to decide between them
// when they are alike in every other way: 2⁶, so that of two readings
// that are both words the one meant is the commoner about 64 times in 65.
// Measured again by TestDetectSingleWords with the literature's counts
// (right on the words that are not ambiguous, Unicode, TCVN3 raw and as
// Windows-1252, VNI raw and as Windows-1252: 98.79, 99.41, 98.53, 98.78,
// 97.82%; ambiguous words wrong 8.09, 5.21, 13.95, 6.39, 7.56%): 5 made
// 98.81, 99.43, 98.63, 98.82, 97.86% right but 9.92, 6.52, 16.78, 7.03,
// 8.43% of the ambiguous words wrong (in running text 0.02-0.41 ->
// 0.04-0.46%); 4 made 98.87, 99.43, 98.68, 98.83, 98.02% right, TCVN3 as
// Windows-1252 0.02 point more wrong and 14.02, 8.77, 21.07, 10.54, 12.79%
// of the ambiguous words wrong; 7 made 0.03-0.04 point fewer right (VNI
// raw and as Windows-1252 0.7 point fewer in running text) and 7.23,
// 4.50, 12.00, 5.75, 6.98% of the ambiguous words wrong. A margin of 2⁴
// for a counted syllable (class 5 or more) over one only a dictionary
// knows (syllableKnownClass) made 98.84, 99.42, 98.59, 98.80, 97.85%
// right and 10.90, 7.23, 17.95, 8.31, 9.59% of the ambiguous words wrong.
// Near 2⁶ the two readings of most Unknown words left are words alike
// in frequency, which a margin cannot part without guessing wrong.
// Raw bytes (not UTF-8) that TCVN3 and VNI read as two words: of the
// 5,952 words of hunspell-vi 7.5.0 with a letter outside ASCII (GPL,
// measured outside the repo only), 468 byte strings read as two words of
// the list, of which at most one can be right; 2⁶ decides 319 and leaves
// 149 Unknown. A lower margin for raw bytes alone, at half the
// confidence, made TCVN3 and VNI raw bytes 96.54 and 96.91% right (0.52
// and 0.10% wrong) 96.61 and 97.11% at 2⁵ (0.67, 0.13), 96.81 and 97.45%
// at 2⁴ (0.96, 0.29), 97.06 and 97.66% at 2³ (1.19, 0.54): about as many
// more wrong as right, and TestDetectSingleWords' ambiguous raw words
// 5.21 and 6.07% wrong became 6.52 and 6.71% at 2⁵, 8.77 and 10.22% at
// 2⁴, over their bars, so raw bytes keep 2⁶.
const lexMargin = 6

// commoner reports whether the words of r are far commoner than those of
// q (lexMargin), or fewer of them are syllables no source of the table
// has seen while q's are not far commoner: a syllable that running text
// or a dictionary holds beats one that neither does ("hông" is not
// TCVN3 "hụng", "b\xf3a" is TCVN3 "búa", not VNI "bĩa"). Since Unihan's
// Vietnamese readings joined the table (it then knows 5,160 of the 7,317
// syllables with marks of the Viet74K list where it knew 4,372),
// TestDetectSingleWords measured 0.6–2.5 points more right answers on
// the words that are not ambiguous and at most 0.06 more wrong, but 1.5
// to 2.6 times as many wrong on the ambiguous ones; with a near-complete
// list (that of hunspell-vi, GPL and so only measured) fewer ambiguous
// words were wrong than without the rule.
//
// Between as many syllables no source has, one whose rhyme and tone several
// syllables of the table share beats one whose rhyme and tone none has, nor
// its letters with another tone: "khùi" is itself, not TCVN3 "khựi" ("ùi"
// is the rhyme of "bùi", "lùi", "xùi"; no word ends in "ựi"). That is
// evidence of form, not of a word seen, so it may keep the text as it
// stands but never turns it into a legacy reading: "ngoáp" (a rhyme no
// syllable of the table has) ties with VNI "ngốp", and the text as it
// stands wins the tie, not VNI. Measured by TestDetectSingleWords:
// 0.06–0.18 point more right answers on the words that are not ambiguous,
// no more wrong; one more ambiguous word wrong (of 1,025, TCVN3 as
// Windows-1252).
func (r *reading) commoner(q *reading) bool { return r.seenCommoner(q) || r.rhymeCommoner(q) }

// seenCommoner is commoner without rhymeCommoner.
func (r *reading) seenCommoner(q *reading) bool {
	if r.unseen < q.unseen && r.lex+lexMargin > q.lex {
		return true
	}
	if r.unseen == q.unseen && r.orphans < q.orphans && r.thin == 0 && q.enc != Unicode && r.lex+lexMargin > q.lex {
		return true
	}
	return r.lex >= q.lex+lexMargin
}

// rhymeCommoner reports whether r, the text as it stands, beats q, a
// legacy reading alike in all else, both holding as many syllables no
// source has, by their form: at least twice as many syllables of the
// table share the rhymes and tones of r's (rhymeBits) as q's. "bùm" is
// itself, not TCVN3 "bựm": many syllables end in "ùm" ("chùm", "lùm",
// "trùm"), few in "ựm". Like the orphans of commoner, evidence of form
// keeps the text but never turns it into a legacy reading, which would
// take the Unicode text of syllables no source has ("rém", "hêm") for
// TCVN3's ("rộm", "hờm") as often as not. Measured by
// TestDetectSingleWords: Unicode 98.88 -> 99.01% right (10 words),
// TCVN3 shown as Windows-1252 0.52 -> 0.53% wrong ("rộm" is now "rém"
// rather than Unknown), every other row as before; of the ambiguous
// words, Unicode 24.49 -> 24.70% right, TCVN3 as Windows-1252 13.76 ->
// 13.95% wrong (two words). A factor of 1.6 made Unicode 99.07% right
// but TCVN3 and VNI shown as Windows-1252 0.04 and 0.02 point more
// wrong; one of 2.8 made it 98.93%.
func (r *reading) rhymeCommoner(q *reading) bool {
	return r.enc == Unicode && q.enc != Unicode && r.unseen == q.unseen && r.unseen > 0 &&
		r.lex+lexMargin > q.lex && r.rhymeBits >= q.rhymeBits+1
}

// toneLogFreq is the natural log of each tone's share of syllables in
// running Vietnamese text, rounded (level 30%, grave and acute 20% each,
// dot 15%, hook 10%, tilde 5%).
var toneLogFreq = [numTones]float64{-1.2, -1.6, -1.6, -2.3, -3.0, -1.9}

// qualifies reports whether a legacy reading may replace the input as it
// stands; uni is the Unicode reading, nil when the input is not UTF-8.
func (r *reading) qualifies(uni *reading) bool {
	if r.score() <= 0 || r.good+r.weak == 0 {
		return false
	}
	if uni == nil {
		return true
	}
	// Valid UTF-8 is left alone unless the reading is clearly better
	// Vietnamese: a well-formed syllable (or a mangled Unicode reading),
	// a higher score, and three words in four Vietnamese.
	if r.good == 0 && !(r.enc == VIQR && (r.viqrMarks || r.viqrTones)) && !r.minorityQualifies(uni) {
		return false
	}
	if uni.good > 0 && uni.bad == uni.syms && r.good <= uni.good && (r.weak > uni.weak || r.bad < uni.bad) {
		// The text as it stands has as many syllables: the reading must
		// add one, not win only by minority words made of foreign ones or
		// by symbols gone ("für ¿Qué?" is no TCVN3 "fỹr ¿Quộ?", "così ¥500"
		// no "cosỡ Ơ500"). Symbols glued to letters ("b\u00adím", "§ãn":
		// TCVN3 "bướm", "Đón") split words, and their pieces may be
		// syllables.
		return false
	}
	if r.enc == VIQR && !r.viqrMarks && (r.bad+r.foreign+r.plainBad > 0 || r.weak > 0 && !r.viqrTones) {
		// Without a mark English lacks, VIQR must read as Vietnamese
		// throughout: "what?", "gare." are not "whạt", "garẹ"; minority
		// and loan words only where a tone stands before their final
		// ("pa't", "Ka.n").
		return false
	}
	if uni.junk > 0 {
		// The input is mangled as it stands (symbols inside words, as
		// TCVN3 or VNI bytes shown as Windows-1252 are): only the words
		// the readings disagree on count, so that abbreviations and
		// numbers ("KP 5, X. …, H. …") do not keep the text mangled.
		if 4*(r.good+r.weak) < 3*(r.good+r.weak+r.bad+r.foreign) {
			return false
		}
	} else if words := r.good + r.weak + r.bad + r.plainOK + r.plainBad + r.foreign; 4*(r.good+r.weak+r.plainOK) < 3*words {
		return false
	}
	return r.score() > uni.score() || r.score() == uni.score() && r.innerCaps < uni.innerCaps
}

// minorityQualifies reports whether r, a legacy reading of valid UTF-8
// with no well-formed syllable, may still replace the text as it stands
// (uni) by its minority and loan words. Not against text that may be
// foreign, only where the text breaks the rules of Vietnamese spelling
// as it stands ("Kroâng" is VNI "Krông", "ki«t" TCVN3 "kiôt"), and with
// nothing of its own that is no word. A symbol outside words breaks no
// rule: "¡Hola!" is no TCVN3 "ĂHola!". Nor do Vietnamese letters in a
// word of several vowel groups: Vietnamese writes one syllable a word,
// and "acuática", "adoquín", "destituído" are Spanish and Portuguese,
// not TCVN3 "acuỏtica", "adoquớn", "destituớdo". A word of one group
// that breaks the rules ("Kèc" ends in a stop after the grave, "Koác"
// has the glide o after K) is TCVN3's "Kốc" or VNI's "Kốc" shown as
// Windows-1252 only where that reading's vowel groups are all
// Vietnamese ones (oddVowelRuns): Spanish "León" is no TCVN3 "Leún".
// Symbols between letters and the tables' marks ("ki«t", "Paø") are
// evidence enough.
func (r *reading) minorityQualifies(uni *reading) bool {
	if r.bad > 0 || r.foreign > 0 {
		return false
	}
	if uni.innerSyms > 0 || uni.bad-uni.letters > uni.syms {
		return true
	}
	return uni.bad-uni.polyLetters > uni.syms && r.oddRuns == 0 && r.oddFinals == 0
}

// margin is the plain count of good against bad and foreign words that
// the confidence compares between readings.
func (r *reading) margin() int { return r.good - r.bad - r.foreign }

// confidence is the share of good marked words, minority and loan words
// (weak) counting half, halved when the rival reading (its margin given)
// does as well. A reading Detect answers has a good or weak word, so its
// confidence is above 0.
func (r *reading) confidence(rival int) float64 {
	marked := r.good + r.weak + r.bad
	if marked == 0 {
		return 0
	}
	conf := (float64(r.good) + 0.5*float64(r.weak)) / float64(marked)
	if s := r.margin(); s > 0 && rival > 0 {
		conf *= 0.5 + 0.5*float64(max(s-rival, 0))/float64(s)
	}
	return conf
}

// maxWordRunes is the longest word readingOf judges, in runes: a
// Vietnamese syllable has at most maxSyllable letters, and loan words
// written without their hyphens ("hiđrocacbon", "fomanđehit") a dozen
// or so.
const maxWordRunes = 24

// wordFacts is what readingOf learns of one word from its letters alone,
// in one reading (enc and raw fixed): the same for every time the word
// stands in the text, so that a text of many words judges each distinct
// word once (wordMemo).
type wordFacts struct {
	// of a wordGood: how rare its rhyme is (rhymeRarity) and its tone's
	// prior; of a wordWeak, its tone's prior
	rhymeBits, prior float64
	class            wordClass
	innerCaps        uint8
	lex              uint8 // of a wordGood: its syllableClass
	oddRuns          uint8 // of a wordWeak: its odd vowel groups
	abbrev           bool  // "KP", "X", "TP": skipped
	// of a wordGood: no source has it (an orphan, a thin one), it is only
	// known (syllableKnownClass), its vowel group is oo or ôô
	unseen, orphan, thin, known, doubled bool
	oddFinal                             bool // of a wordWeak: no Vietnamese final
	polyLetters                          bool // of a wordLetters: more than one vowel group
}

// judgeWord finds the facts of word in a reading in enc; raw as for
// readingOf.
func judgeWord(word []rune, enc Encoding, raw bool) wordFacts {
	if isAbbreviation(word) {
		return wordFacts{abbrev: true}
	}
	f := wordFacts{innerCaps: uint8(innerCaps(word))}
	class := classifyWord(word, enc == TCVN3, enc != Unicode)
	if raw && (class == wordWeak || class == wordLetters) && vowelGroups(word) > 1 && !loanSyllables(word) {
		class = wordBad // "Abaissộ", "Abrogêmes": Latin-1 bytes, no syllables glued
	}
	f.class = class
	switch class {
	case wordGood:
		f.lex = syllableClass(word)
		if f.lex == 0 {
			f.unseen = true
			o, th, shared := rhymeRarity(word)
			f.orphan, f.thin = o, !o && th
			f.rhymeBits = math.Log2(float64(shared) + 0.5)
		}
		f.known = f.lex == syllableKnownClass
		f.prior = tonePrior(word)
		if sy, _ := parseSyllable(word); sy.n == 2 && takesCoda(sy.nucleus[:2]) && sy.nucleus[0] != vU {
			f.prior -= 2 // oo, ôô: loan words ("xoong", "soóc"), and VNI ô read as TCVN3
			f.doubled = true
		}
	case wordWeak:
		f.prior = tonePrior(word)
		f.oddRuns = uint8(oddVowelRuns(word))
		f.oddFinal = !finalOK(word)
	case wordLetters:
		f.polyLetters = vowelGroups(word) > 1
	}
	return f
}

// readingOf tallies the words of text, a reading of the input in enc.
// cut says that the pieces of a word that U+FFFD cuts are no words: text,
// a legacy reading, has it for a letter of Windows-1252 that the table
// has no code for (VNI's "Rít\ufffda" for "Rítõa", its tilde after a
// consonant; the byte of "ë" after r in the raw bytes of "tírrëtí"),
// which makes the word no word of the table. raw says that text is a
// legacy reading of bytes that are not UTF-8, or VIQR's of ASCII, whose
// words of several vowel groups must be syllables glued together
// (loanSyllables).
//
// memo keeps the facts of the words judged (wordMemo), for the other
// times they stand in text and for the other readings of the call; nil
// keeps none.
func readingOf(memo *wordMemo, enc Encoding, text string, cut, raw bool) reading {
	r := reading{enc: enc, text: text}
	var w [maxWordRunes]rune
	n := 0
	start := 0 // the byte where the word starts in text
	// digitBefore: the rune before the word is a digit.
	digitBefore, prevDigit := false, false
	// cutBefore: the rune before the word is U+FFFD.
	cutBefore := false
	flush := func(next rune, end int) {
		if n == 0 {
			return
		}
		if n > len(w) {
			// Longer than any word Vietnamese or its minority languages
			// write, loan words without hyphens included: judging its
			// first letters as a word would find in them what is not
			// there (a ñ at the cut taken for a word's end).
			r.plainBad++
			n = 0
			return
		}
		glued := enc != Unicode && (digitBefore || unicode.IsDigit(next))
		word := w[:n]
		n = 0
		if cut && (cutBefore || next == utf8.RuneError) {
			// "Rít" is no syllable of VNI's "Rít\ufffda".
			r.bad++
			r.junk++
			return
		}
		f := memo.facts(text[start:end], word, enc, raw)
		if f.abbrev {
			return // "KP", "X", "TP": the same in every reading and language
		}
		r.innerCaps += int(f.innerCaps)
		switch f.class {
		case wordGood:
			lex, unseen, orphan, thin, known := int(f.lex), b2i(f.unseen), b2i(f.orphan), b2i(f.thin), b2i(f.known)
			r.good++
			r.lex += lex
			r.unseen += unseen
			r.orphans += orphan
			r.thin += thin
			r.rhymeBits += f.rhymeBits
			r.known += known
			r.doubled += b2i(f.doubled)
			r.prior += f.prior
			if glued {
				r.digitGood++
				r.digitLex += lex
				r.digitUnseen += unseen
				r.digitOrphans += orphan
				r.digitThin += thin
				r.digitRhymeBits += f.rhymeBits
				r.digitKnown += known
				r.digitPrior += f.prior
			}
		case wordWeak:
			r.weak++
			r.prior += f.prior
			if !glued {
				r.oddRuns += int(f.oddRuns)
				if f.oddFinal {
					r.oddFinals++
				}
			}
			if glued {
				r.digitWeak++
				r.digitPrior += f.prior
			}
		case wordBad:
			r.bad++
		case wordLetters:
			r.bad++
			r.letters++
			if f.polyLetters {
				r.polyLetters++
			}
		case wordLone:
			r.lone++
		case wordJunk:
			r.bad++
			r.junk++
		case wordMangled:
			r.bad++
			r.junk++
			r.mangled |= byVNI
		case wordMangledTCVN3:
			r.bad++
			r.junk++
			r.mangled |= byTCVN3
		case wordPlainOK:
			r.plainOK++
		case wordPlainBad:
			r.plainBad++
		case wordForeign:
			r.foreign++
		}
	}
	// afterLetter: the runes since the last letter are symbols, and
	// there was a letter.
	afterLetter := false
	// symBefore: the rune before is a symbol after no letter, which is
	// stray (syms) if a digit or an ASCII capital follows it.
	symBefore := false
	prev := rune(0)
	for i, c := range text {
		before := prev
		prev = c
		if symBefore && (unicode.IsDigit(c) || 'A' <= c && c <= 'Z') {
			r.syms++
		}
		symBefore = false
		if isWordRune(c) {
			if afterLetter && n == 0 {
				r.innerSyms++
			}
			if n == 0 {
				digitBefore = prevDigit
				cutBefore = before == utf8.RuneError
				start = i
			}
			prevDigit = false
			afterLetter = false
			if n < len(w) {
				w[n] = c
			}
			n++
			continue
		}
		afterWord := n > 0
		afterLetter = afterLetter || afterWord
		flush(c, i)
		afterDigit := prevDigit
		prevDigit = unicode.IsDigit(c)
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
				r.bad++
				r.junk++
			}
			afterLetter = false
			continue
		}
		if enc == Unicode && c == '·' && isEl(before) && i+len("·") < len(text) && isEl(rune(text[i+len("·")])) {
			// Catalan's ela geminada ("col·lecció", "Marcel·la"): the
			// middle dot between two l is a sign of its spelling, no
			// symbol between letters. TCVN3 reads the dot as "ã", but
			// no Vietnamese syllable ends in l, so "lãl" is no TCVN3.
			afterLetter = false
			continue
		}
		if !isSpaceRune(c) && !isTypographic(c) && !unicode.IsDigit(c) {
			r.bad++ // §, ¹, «, controls, U+FFFD ...
			r.junk++
			switch {
			case afterWord:
			case afterDigit:
				r.syms++
			default:
				symBefore = true
			}
		} else {
			afterLetter = false
		}
	}
	flush(' ', len(text))
	return r
}

// placeLone counts the vowels alone that are no syllable ("â", "ă"),
// letters' names: words when they are all the text or stand among
// syllables ("chữ â"), but among words of no reading symbols read as
// letters ("© 2024 Acme Ltd." as TCVN3 "â 2024 Acme Ltd.", "x © y").
// For a legacy reading of valid UTF-8, after dropDigitWords: "½ £5" is
// no "ẵ Ê5".
func (r *reading) placeLone() {
	if r.good > 0 || r.weak+r.bad+r.foreign+r.plainOK+r.plainBad == 0 {
		r.weak += r.lone
		return
	}
	r.bad += r.lone
	r.letters += r.lone
	r.lone = 0
}

type wordClass uint8

const (
	wordPlainOK  wordClass = iota // ASCII, a Vietnamese syllable
	wordPlainBad                  // ASCII, not a Vietnamese syllable
	wordGood                      // marked, a well-formed syllable
	wordWeak                      // marked, Vietnamese letters only
	wordForeign                   // letters of another Latin alphabet
	wordBad                       // what no Vietnamese text holds
	wordJunk                      // bad, and what a wrong table makes: µ, a capital inside a word
	// junk, and made by VNI's table: its marks after a vowel, its đ
	// beside a consonant (reading.mangled)
	wordMangled
	// junk, and made by TCVN3's table: its small letters read as
	// capitals after a small one, its letters read as ª, º, µ
	// (reading.mangled)
	wordMangledTCVN3
	// bad, but Vietnamese letters in a case Vietnamese writes: a loan
	// word written without its hyphens ("mayô", "kiôt"), a misspelling,
	// or no word at all
	wordLetters
	// a vowel alone that is no syllable ("â", "ă"): a letter's name
	// (reading.lone)
	wordLone
)

// classifyWord judges one word of a reading. tcvn3 allows the
// capitals-with-small-toned-vowels of TCVN3; legacy says the reading is
// of a legacy table, where a syllable with the loan onset p is a
// minority word ("Pà") rather than foreign text.
func classifyWord(w []rune, tcvn3, legacy bool) wordClass {
	marked, foreign := false, false
	// bad: 1 for what no letter of a language is (µ, ª, º, ƒ, marks left
	// over), 2 for ª, º or µ, TCVN3's ê, ơ and à (AA, BA, B5) as
	// Windows-1252 shows them
	bad := uint8(0)
	for _, c := range w {
		switch {
		case c < utf8.RuneSelf:
		case c == 'đ' || c == 'Đ':
			marked = true
		default:
			if _, ok := vowelLetter(c); ok {
				marked = true
			} else if isForeignLetter(c) {
				foreign = true
			} else {
				bad |= 1
				if c == 'ª' || c == 'º' || c == 'µ' {
					bad |= 2
				}
			}
		}
	}
	switch {
	case bad != 0:
		if !legacy && (bad&2 != 0 && len(w) > 1 || capitalInside(w)) {
			return wordMangledTCVN3 // "Krªy", "riµ": TCVN3's ê and à read as Windows-1252
		}
		return wordJunk // ƒ, marks left over
	case !legacy && len(w) >= 3 && w[1] >= utf8.RuneSelf && smallAsCapitals(w):
		return wordMangledTCVN3 // "PÐo", "PÊc": TCVN3's "Péo", "Pấc"
	case foreign && capitalInside(w):
		if !legacy {
			return wordMangledTCVN3 // "pÐc", "NgÑt": TCVN3's small letters (bytes C0–DF) read as capitals
		}
		return wordJunk
	case foreign && vniDStroke(w):
		return wordMangled // "ñenta", "Hñrung": VNI's đ read as Windows-1252
	case !legacy && (foreign || marked):
		switch mark, onlyVNI := vniMarkAfterVowel(w); {
		case onlyVNI:
			return wordMangled // "Paø", "Juùt", "Kuûo", "kioât": VNI's marks read as Windows-1252
		case mark:
			return wordJunk // "Klimaänderung", "Joões" have ä and õ after a vowel, as VNI's ậ and ỗ
		case foreign:
			return wordForeign
		}
	case foreign:
		return wordForeign
	}
	caseOK, tcvn3Caps, capsThenSmall := casePattern(w)
	if !marked {
		if caseOK && strictSyllable(w) == wordGood {
			return wordPlainOK
		}
		return wordPlainBad
	}
	if tones(w) > 1 {
		return wordBad
	}
	// đ inside a word is no Vietnamese syllable; it is a minority word
	// or a loan word written without its hyphens ("Hđrung", "amiđan") at
	// best, as "seđor" ("señor" read as VNI) is.
	if caseOK || tcvn3 && tcvn3Caps {
		switch strictSyllable(w) {
		case wordGood:
			return wordGood
		case wordForeign:
			if legacy {
				return wordWeak // "Pà", a minority word in a legacy table
			}
			return wordForeign
		}
	}
	switch {
	case !caseOK && !capsThenSmall && !(tcvn3 && tcvn3Caps):
		if !legacy && capitalInside(w) {
			return wordMangledTCVN3 // "khuÒu": TCVN3 "khuều" read as Windows-1252
		}
		return wordJunk
	case !caseOK && !capsThenSmall:
		// TCVN3 writes capitals with small toned vowels for want of toned
		// capitals ("HOà"): a Vietnamese syllable in capitals. Any other
		// word so written is no word ("AãB" is "A·B" read as TCVN3).
		return wordBad
	case len(w) > 1 && (w[len(w)-1] == 'đ' || w[len(w)-1] == 'Đ'):
		// No word ends in đ, nor is one written so for want of hyphens:
		// "Tomđ" is "Tom®" read as TCVN3, "thhđ" TCVN3 "thhủ" read as
		// Windows-1252 and then as VNI.
		return wordBad
	case !minorityWord(w):
		return wordLetters
	case len(w) == 1 && isVowelRune(w[0]):
		return wordLone
	}
	return wordWeak
}

// vowelGroups counts the runs of vowel letters in w, separated by other
// letters: a Vietnamese syllable has one.
func vowelGroups(w []rune) int {
	n, in := 0, false
	for _, c := range w {
		v := isVowelRune(c)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// isEl reports the letter l in either case.
func isEl(c rune) bool { return c == 'l' || c == 'L' }

func isVowelRune(c rune) bool {
	_, ok := vowelLetter(c)
	return ok
}

// minorityWord reports whether w, which is no Vietnamese syllable, reads
// as a word of the minority languages written with Vietnamese letters
// (place names such as "Blà", "Avương", "Kdăm", "BHốk"): consonant
// clusters and finals are free, but the vowel group that carries the tone
// still places it as Vietnamese spelling does, so that "daò" (the German
// "daß" read as TCVN3) is not one, a word ends in a stop only after the
// acute or the dot, as in Vietnamese ("Đắk", not "Kèc"), and no vowel
// run is longer than Vietnamese's three ("oai", "ươi"; "Euỷi" is VNI
// "Eủi" read as TCVN3).
func minorityWord(w []rune) bool {
	if c := w[len(w)-1]; c == 'đ' || c == 'Đ' {
		return false // no word ends in đ: "Tomđ" is "Tom®" read as TCVN3
	}
	for i := 0; i < len(w); {
		if _, ok := vowelLetter(w[i]); !ok {
			i++
			continue
		}
		j := i
		toned := false
		for j < len(w) {
			l, ok := vowelLetter(w[j])
			if !ok {
				break
			}
			toned = toned || l.t != toneNone
			j++
		}
		k := j
		for k < len(w) {
			if _, ok := vowelLetter(w[k]); ok {
				break
			}
			k++
		}
		if j-i > 3 || toned && (!tonedRunOK(w[i:j], w[j:k]) || k == len(w) && stopAfterTone(w[i:j], w[j:k])) || !markedRunOK(w[i:j]) {
			return false
		}
		i = k
	}
	return true
}

// oddVowelRuns counts the runs of two or more vowels in w, a minority or
// loan word, that no Vietnamese syllable has ("eỷ", "uoọ", "aùo"), and
// the groups followed by a ch or nh that ends the word where Vietnamese
// spelling writes none (finalRhymeOK: "pớch"). Such
// words take the vowel groups of Vietnamese ("Pẻ", "Puộc", "Phlạo",
// "kiôt"), while VNI's two-byte letters read as TCVN3 split into two
// vowels ("Peỷ", "Puoọc", "Phlaùo", "kioõt"): of two readings alike in
// all else, the one with fewer such groups is the better.
func oddVowelRuns(w []rune) int {
	n := 0
	var vs [4]vowel
	for i := 0; i < len(w); {
		nv := 0
		for ; i < len(w); i++ {
			l, ok := vowelLetter(w[i])
			if !ok {
				break
			}
			if nv < len(vs) {
				vs[nv] = l.v
			}
			nv++
		}
		if nv > len(vs) || nv >= 2 && !nuclei()[nucleusKey(vs[:nv])] {
			n++
		} else if i == len(w)-2 && nv > 0 && !finalRhymeOK(vs[:nv], w[i:]) {
			n++
		}
		if nv == 0 {
			i++
		}
	}
	return n
}

// finalOK reports whether w ends in a vowel or in a final of Vietnamese
// (c, ch, m, n, ng, nh, p, t, and k, which the minority languages write
// for c): "Kốc", "xtốp", "pụa" do, "Luớs" (Portuguese "Luís" read as
// TCVN3) does not.
func finalOK(w []rune) bool {
	i := len(w)
	for i > 0 && !isVowelRune(w[i-1]) {
		i--
	}
	if len(w)-i > 2 {
		return false
	}
	var f [2]byte
	for j, c := range w[i:] {
		if c >= utf8.RuneSelf {
			return false
		}
		f[j] = byte(unicode.ToLower(c))
	}
	fs := string(f[:len(w)-i])
	return fs == "k" || validCoda(fs)
}

// finalRhymeOK reports whether vs, a vowel group of Vietnamese, and the
// letters after it, rest, may end a minority or loan word. The minority
// languages written with Vietnamese letters put finals after groups that
// Vietnamese does not ("Pơng", "Kông"), but ch and nh are how Vietnamese
// spelling writes the finals c and ng after a, ê, i, y, oa, uê and uy
// only (rhymesText): "pích", "zích" are loan words, while VNI's í read as
// TCVN3 is "ớ", and "pớch" no word, nor "hỡinh" (TCVN3's reading of VNI
// "hìinh").
func finalRhymeOK(vs []vowel, rest []rune) bool {
	if len(rest) != 2 || rest[1] != 'h' && rest[1] != 'H' {
		return true
	}
	var coda string
	switch unicode.ToLower(rest[0]) {
	case 'c':
		coda = "ch"
	case 'n':
		coda = "nh"
	default:
		return true
	}
	return rhymes()[uint32(nucleusKey(vs))<<4|codaIndex(coda)]
}

// markedRunOK reports whether a vowel group with a vowel mark (ă, â, ê,
// ô, ơ, ư) is one Vietnamese spells: the minority languages written with
// Vietnamese letters use the same groups ("Buôn", "Kpă", "Ê Đê"), while
// "oâ", "eâ", "aê" are VNI's ô, ê, ă read as Windows-1252.
func markedRunOK(run []rune) bool {
	if len(run) < 2 {
		return true
	}
	vs := make([]vowel, 0, 4)
	marked := false
	for _, c := range run {
		l, _ := vowelLetter(c)
		vs = append(vs, l.v)
		marked = marked || l.v.hasMark()
	}
	return !marked || len(vs) <= 3 && nuclei()[nucleusKey(vs)]
}

// tonedRunOK checks the tone of one vowel group of a minority word: a
// Vietnamese vowel group with the consonants after it (made a Vietnamese
// final where they can be: k is c) must place the tone as a syllable
// would; another group must put it on a vowel with a mark when it has
// one.
func tonedRunOK(run, after []rune) bool {
	vs := make([]vowel, 0, 4)
	toneOn := -1
	marked := -1
	for k, c := range run {
		l, _ := vowelLetter(c)
		vs = append(vs, l.v)
		if l.t != toneNone {
			toneOn = k
		}
		if l.v.hasMark() {
			marked = k
		}
	}
	if len(vs) > 3 || !nuclei()[nucleusKey(vs)] {
		return marked < 0 || toneOn == marked
	}
	// The group is judged after an onset of its own: b, but t before the
	// glide u and a lone y, which strictSyllable judges by the onset
	// before them (no glide u after b, no y after most onsets); a
	// minority word's onset is no Vietnamese one.
	var syl [maxSyllable]rune
	onset := 'b'
	if vs[0] == vU || vs[0] == vY {
		onset = 't'
	}
	n := copy(syl[:], []rune{onset})
	n += copy(syl[n:], run)
	coda := make([]rune, 0, 2)
	for _, c := range after {
		coda = append(coda, unicode.ToLower(c))
	}
	switch cs := string(coda); {
	case validCoda(cs):
	case strings.HasSuffix(cs, "k"):
		coda = []rune{'c'}
	default:
		coda = coda[:0]
	}
	if n+len(coda) <= len(syl) {
		n += copy(syl[n:], coda)
	}
	if strictSyllable(syl[:n]) == wordGood {
		return true
	}
	// A final the group does not take in Vietnamese is common in these
	// languages, but at a word's end not a stop after a tone other than
	// the acute and the dot (stopAfterTone).
	return len(coda) > 0 && strictSyllable(syl[:n-len(coda)]) == wordGood
}

// stopAfterTone reports a word that ends in a stop (c, ch, k, p, t)
// after a vowel group toned other than with the acute or the dot, run and
// the consonants after it, which the minority languages written with
// Vietnamese letters do not write either (the names of their places and
// peoples in the government's lists have none): "Kèc", "pèt", "xtèp"
// are TCVN3's "Kốc", "pốt", "xtốp" read as Windows-1252.
// The rule is parseSyllable's (stopFinal, stopTone), with k, which the
// minority languages write for c.
func stopAfterTone(run, final []rune) bool {
	f := strings.ToLower(string(final))
	if f == "k" {
		f = "c"
	}
	if !stopFinal(f) {
		return false
	}
	for _, c := range run {
		if l, _ := vowelLetter(c); l.t != toneNone {
			return !stopTone(l.t)
		}
	}
	return false
}

// vniMarkAfterVowel reports a vowel followed by a letter that VNI writes
// its tone and vowel marks with and that no language writes there: ø or
// õ after a vowel ("Paø" is VNI "Pà"), ù after a vowel but i and o
// (Italian "più", French "où"), û after one but o and e ("goût", "eût"),
// â, ê or å after a, e or o, and ä after a or o (Finnish "pimeä"): VNI
// spells ô "oâ", ê "eâ", ă "aê", ổ "oå", ộ "oä" (mark). onlyVNI says
// there is such a letter other than ä and õ, which German and Portuguese
// write after a vowel where two parts of a word meet ("Klimaänderung",
// "Joões"): what only VNI makes. ö, VNI's ư, is a vowel there, and ô
// after it is VNI's ươ ("Pöôi" is "Pươi"): no language writes either.
// á, é, à and è count after a (á, à after e too) only before a final
// their tone takes (vniToneBeforeFinal), û after o and e only before a
// nasal, a vowel or the word's end (vniHookEnd). ø, å and ä count only where the
// letters after them may end a VNI syllable and the word (vniRhymeEnd):
// Danish, Norwegian and Swedish write them where two parts of a word
// meet ("kalveøyne", "Spelleåret").
func vniMarkAfterVowel(w []rune) (mark, onlyVNI bool) {
	for i := 1; i < len(w); i++ {
		// The letter first: most letters are none of these, and the test
		// of the one before is the dearer.
		// After any vowel (anyVowel) or after a, e and o, but those of not.
		var anyVowel, shared, seam bool
		var not string
		switch w[i] {
		case 'ø', 'Ø':
			anyVowel, seam = true, true
		case 'õ', 'Õ':
			if i+1 < len(w) && unicode.ToLower(w[i+1]) == 'e' {
				continue // Portuguese "ões", "põe": "Acordeões" is no VNI "Acordeỗes"
			}
			anyVowel, shared = true, true
		case 'ù', 'Ù':
			anyVowel, not = true, "io"
		case 'û', 'Û':
			anyVowel, not = true, "oe"
			if p := unicode.ToLower(w[i-1]); (p == 'o' || p == 'e') && vniHookEnd(w[i+1:]) {
				return true, true // "Aoûn", "Peû": VNI's ỏn, ẻ; French puts û before t, l ("goût", "eût")
			}
		case 'â', 'Â':
			if i >= 2 && unicode.ToLower(w[i-1]) == 'e' && unicode.ToLower(w[i-2]) == 'g' {
				// French writes e between g and â to keep the g soft
				// ("mangeâmes", "plongeât"), where VNI's "geâ" would be
				// "gê", which Vietnamese spells "ghê".
				continue
			}
		case 'ê', 'Ê':
		case 'ô', 'Ô':
			if p := unicode.ToLower(w[i-1]); p == 'ö' {
				return true, true // "Pöôi": VNI's ươ, which no language writes
			}
			continue
		case 'á', 'Á', 'é', 'É', 'à', 'À', 'è', 'È':
			if vniToneBeforeFinal(w[i-1], w[i], w[i+1:]) {
				return true, true
			}
			continue
		case 'å', 'Å':
			seam = true
		case 'ä', 'Ä':
			if germanSeam(w[i+1:]) {
				continue // "Klimaänderung", "risikoärmer": ä opens the second word
			}
			not, shared, seam = "e", true, true
		default:
			continue
		}
		p := unicode.ToLower(w[i-1])
		var found bool
		if anyVowel {
			_, ok := vowelLetter(p)
			found = (ok || p == 'ö') && !strings.ContainsRune(not, p)
		} else {
			found = (p == 'a' || p == 'e' || p == 'o') && !strings.ContainsRune(not, p)
		}
		found = found && (!seam || vniRhymeEnd(w[i+1:]))
		if found && !shared {
			return true, true
		}
		mark = mark || found
	}
	return mark, false
}

// vniToneBeforeFinal reports whether m after p, and then rest, the end of
// the word, are VNI's â or ă with the acute or grave before a final:
// after a ("aác", "aèn": ấc, ằn) or, for â's, after e ("eát": ết), the
// acute before a stop (c, ch, p, t), the grave before a nasal (m, n, ng,
// nh), as Vietnamese spelling wants. No language writes those vowels so
// there, and Vietnamese Unicode has no group "aa" or "ea"; Spanish "Jaén",
// Irish "Seán", Catalan "creà" and Portuguese "passeá" put the acute
// before a nasal or the accent at the end.
func vniToneBeforeFinal(p, m rune, rest []rune) bool {
	p, m = unicode.ToLower(p), unicode.ToLower(m)
	if p != 'a' && (p != 'e' || m == 'é' || m == 'è') || len(rest) == 0 {
		return false
	}
	f, n, ok := lowerFinal(rest)
	if !ok {
		return false
	}
	switch string(f[:n]) {
	case "c", "ch", "p", "t":
		return m == 'á' || m == 'é'
	case "m", "n", "ng", "nh":
		return m == 'à' || m == 'è'
	}
	return false
}

// vniHookEnd reports whether rest, the letters after VNI's hook (û) on o
// or e, end a syllable and the word as Vietnamese spelling allows after
// the hook: a vowel of the group at most, then a nasal (m, n, ng, nh) or
// nothing, as no stop follows the hook. French writes û after o and e
// only before t and l ("goût", "août", "eût", "soûl").
func vniHookEnd(rest []rune) bool {
	f, n, ok := lowerFinal(skipGlide(rest))
	if !ok {
		return false
	}
	switch string(f[:n]) {
	case "", "m", "n", "ng", "nh":
		return true
	}
	return false
}

// vniRhymeEnd reports whether rest, the letters after a tone mark of
// VNI on a vowel (ø, or å or ä, which write the circumflex too), end a
// Vietnamese syllable and the word: a vowel of the group at most ("aøi",
// "muøa": ài, mùa), then a final (c, ch, m, n, ng, nh, p, t, or k, which
// the minority languages write for c) or nothing. The Scandinavian
// languages write ø, å and ä after a vowel where two parts of a word
// meet ("kalveøyne", "Spelleåret", "uønskede", "poängtera": no VNI
// "kalvèyne", "Spellểret"), and no Vietnamese syllable ends in r, s, l
// or a vowel and a consonant.
func vniRhymeEnd(rest []rune) bool {
	f, n, ok := lowerFinal(skipGlide(rest))
	return ok && (string(f[:n]) == "k" || validCoda(string(f[:n])))
}

// skipGlide is rest without its first letter when that is a vowel of
// ASCII: the vowel of a group after VNI's mark ("aøi", "muøa").
func skipGlide(rest []rune) []rune {
	if len(rest) > 0 && strings.ContainsRune("aeiouyAEIOUY", rest[0]) {
		return rest[1:]
	}
	return rest
}

// lowerFinal returns rest in lower case when it is at most two ASCII
// letters, as a final is: its n bytes in f.
func lowerFinal(rest []rune) (f [2]byte, n int, ok bool) {
	if len(rest) > len(f) {
		return f, 0, false
	}
	for i, c := range rest {
		if c >= utf8.RuneSelf {
			return f, 0, false
		}
		f[i] = byte(unicode.ToLower(c))
	}
	return f, len(rest), true
}

// germanSeam reports whether rest, the letters after an ä that follows
// a vowel, opens with two consonants that are no final of Vietnamese
// (c, ch, m, n, ng, nh, p, t: only ch, ng, nh are two letters): German
// compounds put ä there where the second word opens with it
// ("Klimaänderung", "risikoärmer"), while VNI's ä is a tone on the
// vowel before it, which a final or nothing follows ("Poäng" is "Pộng").
func germanSeam(rest []rune) bool {
	if len(rest) < 2 || isVowelRune(rest[0]) || isVowelRune(rest[1]) || !unicode.IsLetter(rest[0]) || !unicode.IsLetter(rest[1]) {
		return false
	}
	a, b := unicode.ToLower(rest[0]), unicode.ToLower(rest[1])
	twoLetterFinal := a == 'c' && b == 'h' || a == 'n' && (b == 'g' || b == 'h')
	return !twoLetterFinal
}

// vniDStroke reports an ñ that no language spelling with it writes there:
// at the start of a word or next to a consonant. Spanish puts it between
// vowels ("año", "señor"); VNI writes đ with that byte, which starts
// words and follows the consonants of loan and minority words ("ñi",
// "anñehit", "Hñrung").
func vniDStroke(w []rune) bool {
	isVowel := func(i int) bool {
		if i < 0 || i >= len(w) {
			return false
		}
		_, ok := vowelLetter(w[i])
		return ok || strings.ContainsRune("äëïöüåæøœœéèêëàâîôûùÿ", unicode.ToLower(w[i]))
	}
	for i, c := range w {
		if (c == 'ñ' || c == 'Ñ') && !(isVowel(i-1) && isVowel(i+1)) {
			return true
		}
	}
	return false
}

// tonePrior is the log-frequency of the tones written in w.
func tonePrior(w []rune) float64 {
	p := 0.0
	for _, c := range w {
		if l, ok := vowelLetter(c); ok && l.t != toneNone {
			p += toneLogFreq[l.t]
		}
	}
	return p
}

// capitalInside reports a capital outside ASCII after a small letter,
// which words of other languages do not have ("iPhone" is ASCII).
func capitalInside(w []rune) bool {
	small := false
	for _, c := range w {
		switch {
		case c < utf8.RuneSelf:
			small = small || 'a' <= c && c <= 'z'
		case unicode.IsLower(c):
			small = true
		case small && unicode.IsUpper(c):
			return true
		}
	}
	return false
}

// smallAsCapitals reports a word of a capital, then capitals outside
// ASCII, then small letters ("PÐo", "PÊc"): TCVN3's small toned letters
// (bytes C0–DF) shown as Windows-1252 capitals after a capital initial.
// Words of other languages are capitalised (one capital, then small
// letters) or in capitals, and the minority place names written with
// capitals before small letters put ASCII capitals there ("BHốk").
func smallAsCapitals(w []rune) bool {
	if len(w) < 3 || !unicode.IsUpper(w[0]) || w[1] < utf8.RuneSelf || !unicode.IsUpper(w[1]) {
		return false
	}
	i := 2
	for i < len(w) && unicode.IsUpper(w[i]) {
		i++
	}
	for ; i < len(w); i++ {
		if !unicode.IsLower(w[i]) {
			return false
		}
	}
	return unicode.IsLower(w[len(w)-1])
}

// innerCaps counts the capitals outside ASCII after the initial of w,
// when the initial is w's only ASCII letter (see reading.innerCaps).
func innerCaps(w []rune) int {
	n := 0
	for i, c := range w {
		switch {
		case c < utf8.RuneSelf && i > 0 && isASCIILetter(byte(c)):
			return 0
		case i > 0 && c >= utf8.RuneSelf && unicode.IsUpper(c):
			n++
		}
	}
	if len(w) == 0 || !unicode.IsUpper(w[0]) {
		return 0
	}
	return n
}

// tones counts the tone marks in w.
func tones(w []rune) int {
	n := 0
	for _, c := range w {
		if l, ok := vowelLetter(c); ok && l.t != toneNone {
			n++
		}
	}
	return n
}

// casePattern reports whether w is in lower case, capitalised or in
// capitals; tcvn3Caps, whether it is capitals but for small toned vowels,
// the way TCVN3 writes "HOÀ" ("HOà"); capsThenSmall, whether it is some
// capitals followed by small letters ("BHốk"), as a few minority place
// names are written.
func casePattern(w []rune) (ok, tcvn3Caps, capsThenSmall bool) {
	upper, lower, smallToned := 0, 0, 0
	upperAfterLower := false
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			upperAfterLower = upperAfterLower || lower > 0
			upper++
		case unicode.IsLower(c):
			lower++
			if l, ok := vowelLetter(c); ok && l.t != toneNone {
				smallToned++
			}
		}
	}
	switch {
	case upper == 0 || lower == 0:
		return true, false, false
	case upper == 1 && unicode.IsUpper(w[0]):
		return true, false, false
	}
	return false, upper >= 2 && smallToned == lower, !upperAfterLower
}

// isForeignLetter reports the letters of other Latin alphabets that a
// text in French, German, the Nordic languages, Spanish or Portuguese
// holds: å, ß, ç, ñ, ø, œ...
func isForeignLetter(c rune) bool {
	switch c {
	case 'ª', 'º', 'µ', 'ƒ':
		return false // ordinal indicators and the micro sign are symbols
	}
	return c >= 0xC0 && c <= 0x24F && unicode.IsLetter(c) || c > 0x24F && unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c)
}

// strictSyllable reports whether w (letters, any case) is a Vietnamese
// syllable spelt by the rules: wordGood if so, wordForeign for the loan
// onset p, wordBad otherwise.
func strictSyllable(w []rune) wordClass {
	sy, ok := parseSyllable(w)
	if !ok {
		return wordBad
	}
	// The onset before the first vowel letter, and that vowel.
	k := 0
	var on [3]byte
	for k < len(w) && k < len(on) && isConsonant(w[k]) {
		on[k] = lowerConsonant(w[k])
		k++
	}
	l, _ := vowelLetter(w[k])
	front := l.v == vI || l.v == vE || l.v == vEcirc // i, e, ê
	switch string(on[:k]) {
	case "k":
		if !front && l.v != vY {
			return wordBad
		}
	case "gh", "ngh":
		if !front {
			return wordBad
		}
	case "c", "ng":
		if front || l.v == vY {
			return wordBad
		}
	case "g":
		if l.v == vE || l.v == vEcirc {
			return wordBad
		}
	}
	// The glide o or u before another vowel (hoa, hoe, tuy, tuân, quê):
	// after c and k it is spelt qu ("qua", not "coa"), and it does not
	// follow the lip consonants b, m, p, ph, v ("Boá" is VNI "Bố" read as
	// Windows-1252, no word).
	if k < len(w)-1 {
		next, ok := vowelLetter(w[k+1])
		glideO := ok && l.v == vO && (next.v == vA || next.v == vAbreve || next.v == vE)
		glideU := ok && l.v == vU && (next.v == vY || next.v == vEcirc || next.v == vAcirc || next.v == vOhorn)
		switch string(on[:k]) {
		case "c", "k":
			if glideO || glideU {
				return wordBad
			}
		case "q":
			// The u of qu is a glide, and ô follows it only in "quốc"
			// and "quông": "quén" is itself, not TCVN3 "quộn"; "quô" is
			// VNI "quơ" shown as Windows-1252.
			if ok && next.v == vOcirc && !quOcircFinal(w[k+2:]) {
				return wordBad
			}
		case "b", "m", "p", "ph", "v":
			// Nor does the glide u, but in the loan words with uy and a
			// final ("buýt", "tuýp"): "muỷ", "buỷa" are VNI's "mủ",
			// "bủa" read as TCVN3.
			if glideO || glideU && !(next.v == vY && sy.coda) {
				return wordBad
			}
		}
	}
	// A lone y is the vowel i as old-style spelling writes it after h, k,
	// l, m, t and in names (hy, kỳ, lý, mỹ, tỷ; Vy, Sỹ, Ny), or the y of
	// quý, quýt, quỳnh: it takes a final only after qu, and no y follows
	// the other onsets ("nhỵ", "rỵ", "vỵt" are TCVN3's "nhợ", "rợ", "vợt"
	// read as VNI).
	if sy.n == 1 && sy.nucleus[0] == vY && !lonelyYOK(string(on[:k]), sy.coda) {
		return wordBad
	}
	// Vowel groups and finals.
	last := sy.nucleus[sy.n-1]
	switch {
	case sy.n >= 2 && !sy.coda && needsCoda(sy.nucleus[:sy.n]):
		return wordBad
	case sy.n >= 2 && sy.coda && (isGlide(last) && !takesCoda(sy.nucleus[:sy.n]) || isOpenOnly(sy.nucleus[:sy.n])):
		return wordBad
	case !rhymeOK(w, &sy):
		return wordBad
	}
	// The tone on the vowel the rules choose (either style for oa, oe, uy).
	if sy.t != toneNone {
		at := sy.toneAt - sy.at
		if at != sy.toneIndex(ToneClassic) && at != sy.toneIndex(ToneModern) {
			return wordBad
		}
	}
	if string(on[:k]) == "p" {
		return wordForeign // pin, pa-nô: loan words only, and "på" read as TCVN3
	}
	return wordGood
}

// quOcircFinal reports whether the letters after the ô of qu are one of
// the finals it takes: c ("quốc") and ng ("quông").
func quOcircFinal(rest []rune) bool {
	var f [2]byte
	for i, c := range rest {
		if i == len(f) || c >= utf8.RuneSelf {
			return false
		}
		f[i] = lowerConsonant(c)
	}
	switch string(f[:len(rest)]) {
	case "c", "ng":
		return true
	}
	return false
}

// needsCoda reports the vowel groups that are never final: iê, yê, uô,
// ươ, uâ, oă, uyê, oo, ôô ("tiên", "muốn", "người" has i after ươ).
func needsCoda(vs []vowel) bool {
	switch nucleusKey(vs) {
	case nucleusKey([]vowel{vI, vEcirc}), nucleusKey([]vowel{vY, vEcirc}), nucleusKey([]vowel{vU, vOcirc}),
		nucleusKey([]vowel{vUhorn, vOhorn}), nucleusKey([]vowel{vU, vAcirc}), nucleusKey([]vowel{vO, vAbreve}),
		nucleusKey([]vowel{vU, vY, vEcirc}), nucleusKey([]vowel{vO, vO}), nucleusKey([]vowel{vOcirc, vOcirc}):
		return true
	}
	return false
}

// isGlide reports the vowels that end a group as a glide (ai, ao, au,
// ay, âu, eo, iu...) and so cannot be followed by a final consonant.
func isGlide(v vowel) bool { return v == vI || v == vY || v == vO || v == vU }

// takesCoda reports the groups ending in o, u or y that are vowels, not
// glides, and so take a final: oo, ôô ("xoong"), uy ("huỳnh", "khuynh").
func takesCoda(vs []vowel) bool {
	k := nucleusKey(vs)
	return k == nucleusKey([]vowel{vO, vO}) || k == nucleusKey([]vowel{vOcirc, vOcirc}) || k == nucleusKey([]vowel{vU, vY})
}

// isOpenOnly reports the falling diphthongs ia, ua, ưa, which take no
// final ("mía", "mùa", "mưa"; with a final they are spelt iê, uô, ươ).
func isOpenOnly(vs []vowel) bool {
	if len(vs) != 2 || vs[1] != vA {
		return false
	}
	return vs[0] == vI || vs[0] == vU || vs[0] == vUhorn
}

// onlyByteRunes reports whether every rune of s can stand for one byte
// read as Windows-1252 or Latin-1, as mis-decoded legacy text does.
func onlyByteRunes(s string) bool {
	for _, r := range s {
		if r > 0xFF {
			if _, ok := charmap.Windows1252.EncodeRune(r); !ok {
				return false
			}
		}
	}
	return true
}

// escapeEnglish escapes, for detection, the full stops of abbreviations
// made of single letters ("e.g.", "a.m.", "U.S."; VIQR would read "a.m."
// as "ạm.", a syllable) and, when contractions, the apostrophe of the
// English "I'm" (englishIm).
func escapeEnglish(s string, contractions bool) string {
	if !strings.Contains(s, ".") && !(contractions && strings.Contains(s, "'")) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		if j := abbreviationEnd(s, i); j > i {
			for k := i; k < j; k += 2 {
				b.WriteByte(s[k])
				b.WriteString(`\.`)
			}
			i = j
			continue
		}
		if contractions && englishIm(s, i) {
			b.WriteString(s[i:i+1] + `\'m`)
			i += 3
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// abbreviationEnd is the end of the abbreviation made of single letters
// each followed by a full stop ("e.g.", "a.m.", "U.S.A.") that starts at
// s[i], or i when none does: at least two letters, and no letter before
// or after.
func abbreviationEnd(s string, i int) int {
	if i > 0 && isASCIILetter(s[i-1]) {
		return i
	}
	j := i
	for j+1 < len(s) && isASCIILetter(s[j]) && s[j+1] == '.' {
		j += 2
	}
	if j-i < 4 || j < len(s) && isASCIILetter(s[j]) {
		return i
	}
	return j
}

// englishIm reports whether the word "I'm" (or "i'm") starts at s[i]:
// the only contraction of English whose apostrophe stands between a vowel
// and a final consonant of Vietnamese, where VIQR writes the acute ("i'm"
// is "ím"). "don't", "we're", "it's" and "o'clock" put no final there.
func englishIm(s string, i int) bool {
	return i+3 <= len(s) && (s[i] == 'I' || s[i] == 'i') && s[i+1] == '\'' && s[i+2] == 'm' &&
		(i == 0 || !isASCIILetter(s[i-1])) && (i+3 == len(s) || !isASCIILetter(s[i+3]))
}

// viqrMarksIn reports the marks of VIQR that English text does not
// have (strong): a vowel followed by ^, ( or + and then a letter or a
// tone ("Vie^.t", "Avu+o+ng", "ca(n"), or at the end of a word ("Hre^",
// "nito+", "Kpa("); a grave accent or tilde after a vowel ("Bla`",
// "Ngu~"); and dd for đ where English has no double d: at the start of a
// word or after a consonant but l, n and r, before a small letter ("ddi",
// "DDinh", "Hddrung"). It counts apart (tones) the tones written between a vowel
// and a small final consonant that ends the word ("Bu'k", "ho.c"),
// which English writes too ("I'm"): the reading decides what they are
// worth (Detect); and (ends) the full stops, question marks and
// apostrophes after a vowel at a word's end, tones or punctuation.
func viqrMarksIn(s string) (strong bool, tones, ends int) {
	for i := 0; i+1 < len(s); i++ {
		// Every mark below has its second byte among these; most text has
		// few of them, so this one test skips nearly every byte
		// (BenchmarkLooksLegacy/ASCII, an 80-byte address: 480–550 ns
		// before it, 180–200 ns with it).
		switch s[i+1] {
		case '^', '(', '+', '`', '~', '\'', '?', '.', 'd', 'D':
		default:
			continue
		}
		if (s[i] == 'd' || s[i] == 'D') && (s[i+1] == 'd' || s[i+1] == 'D') && i+2 < len(s) &&
			'a' <= s[i+2] && s[i+2] <= 'z' && (i == 0 || strings.IndexByte("aeiouyAEIOUYlnrLNR", s[i-1]) < 0) {
			// Not in capitals: "LDD" is an abbreviation. Nor after l or
			// r, which end no Vietnamese syllable: German compounds glue
			// a word ending in ld, rd to one opening with d ("Golddeckung",
			// "Norddeutsch"). Nor after n: German, Danish, Norwegian and
			// Swedish glue nd to d too ("Enddaten", "inddata",
			// "handduk"), which VIQR's "anddehit" (anđehit), a loan
			// word, cannot be told from without another mark of VIQR.
			return true, tones, ends
		}
		if strings.IndexByte("aAeEiIoOuUyY", s[i]) < 0 {
			continue
		}
		m := s[i+1]
		var next byte
		if i+2 < len(s) {
			next = s[i+2]
		}
		switch {
		case strings.IndexByte("^(+", m) >= 0 && (isASCIILetter(next) || strings.IndexByte(viqrTones, next) >= 0):
			return true, tones, ends
		case !isASCIILetter(next) && (next < '0' || next > '9') &&
			(m == '^' || m == '+' && strings.IndexByte("oOuU", s[i]) >= 0 || m == '(' && (s[i] == 'a' || s[i] == 'A')):
			// ê, ô, ơ, ư, ă at the end of a word ("Kito^", "nito+", "Kpa("):
			// x^2 has no vowel, a grade "A+" no o or u.
			return true, tones, ends
		case m == '`' || m == '~':
			return true, tones, ends
		case strings.IndexByte("'?.", m) >= 0 && strings.IndexByte("cmnpt", next) >= 0 && next != 0:
			// The final ends the word: "o'clock" has none. English's
			// "I'm" and "a.m." are no evidence of VIQR (escapeEnglish).
			end := i + 3
			if end < len(s) && (next == 'c' || next == 'n') && (s[end] == 'h' || next == 'n' && s[end] == 'g') {
				end++
			}
			if end < len(s) && isASCIILetter(s[end]) || englishIm(s, i) || m == '.' && abbreviationEnd(s, i) > i {
				continue
			}
			tones++
		case strings.IndexByte("'?.", m) >= 0 && !isASCIILetter(next) && (next < '0' || next > '9'):
			ends++
		}
	}
	return false, tones, ends
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isTypographic reports the punctuation of well-typed Vietnamese text.
func isTypographic(r rune) bool {
	switch r {
	case '‘', '’', '“', '”', '–', '—', '…', '•':
		return true
	}
	return false
}

// isAbbreviation reports whether word is one to three ASCII capitals, as
// the type words of addresses are abbreviated ("KP 1, X. Minh Hòa, H. Dầu
// Tiếng"). Such a word reads alike in every encoding and is no evidence
// for or against any of them.
func isAbbreviation(word []rune) bool {
	if len(word) > 3 {
		return false
	}
	for _, c := range word {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// rhymesText lists the rhymes of Vietnamese spelling: each vowel group
// with the finals it takes ("-" for none), as the tables of rhymes taught
// in primary school give them (Tiếng Việt 1), with the finals of a few
// dialect words (ư with m and n: "chưn", "hừm"). A group that is not here
// takes no final (ai, ao, ia, ưa, iêu...). The finals a group lacks are
// those Vietnamese phonology does not put after it: no ng or c after ê,
// i or ơ; oo and ôô, the long o of loan words, only before c and ng
// ("xoong", "soóc"); uy only before ch, nh and t ("huỳnh", "huých",
// "suýt") and the p of loans ("tuýp"); uâ only before n, ng and t
// ("xuân", "khuâng", "thuật"). TestRhymesOfTheCorpus checks the table
// against every syllable of the corpus of syllable_table.go.
const rhymesText = "a:- c ch m n ng nh p t  ă:c m n ng p t  â:c m n ng p t  " +
	"e:- c m n ng p t  ê:- ch m n nh p t  i:- ch m n nh p t  " +
	"o:- c m n ng p t  ô:- c m n ng p t  ơ:- m n p t  " +
	"u:- c m n ng p t  ư:- c m n ng t  y:- ch nh t  " +
	"iê:c m n ng p t  yê:m n ng t  uô:c m n ng t  ươ:c m n ng p t  " +
	"oa:- c ch m n ng nh p t  oă:c m n ng t  oe:- m n ng t  uâ:n ng t  " +
	"uê:- ch n nh  uơ:-  uy:- ch nh p t  uyê:n t  oo:c ng  ôô:c ng"

// codaIndex numbers the finals of validCoda, 1 to 8, and "" as 0.
func codaIndex(s string) uint32 {
	switch s {
	case "c":
		return 1
	case "ch":
		return 2
	case "m":
		return 3
	case "n":
		return 4
	case "ng":
		return 5
	case "nh":
		return 6
	case "p":
		return 7
	case "t":
		return 8
	}
	return 0
}

// rhymes is the set of the rhymes of rhymesText, each the nucleusKey of
// its vowel group shifted left by 4 and its codaIndex, built on first use.
var rhymes = sync.OnceValue(func() map[uint32]bool {
	set := make(map[uint32]bool, 160)
	for _, group := range strings.Split(rhymesText, "  ") {
		nucleus, finals, _ := strings.Cut(strings.TrimSpace(group), ":")
		var vs []vowel
		for _, c := range nucleus {
			l, _ := vowelLetter(c)
			vs = append(vs, l.v)
		}
		for _, f := range strings.Fields(finals) {
			if f == "-" {
				f = ""
			}
			set[uint32(nucleusKey(vs))<<4|codaIndex(f)] = true
		}
	}
	return set
})

// rhymeOK reports whether the vowel group of sy and the final consonants
// of w after it form a rhyme of rhymesText. After gi the i belongs to the
// onset but the rhyme is that of iê: "giếng", "giết".
func rhymeOK(w []rune, sy *syllable) bool {
	var coda [2]byte
	nc := 0
	for _, c := range w[sy.at+sy.n:] {
		if nc == len(coda) {
			return false
		}
		coda[nc] = lowerConsonant(c)
		nc++
	}
	vs := sy.nucleus[:sy.n]
	if len(vs) == 1 && vs[0] == vEcirc && nc > 0 && sy.at > 0 {
		if l, ok := vowelLetter(w[sy.at-1]); ok && l.v == vI {
			vs = []vowel{vI, vEcirc}
		}
	}
	key := uint32(nucleusKey(vs))<<4 | codaIndex(string(coda[:nc]))
	set := rhymes()
	if set[key] {
		return true
	}
	// Groups not in the table take no final.
	for c := uint32(0); c <= 8; c++ {
		if set[uint32(nucleusKey(vs))<<4|c] {
			return false
		}
	}
	return nc == 0
}

// lonelyYOK reports whether y alone may follow the onset on (as
// strictSyllable spells it, đ as 'D'; "q" for qu), with a final when
// coda: only qu takes one.
func lonelyYOK(on string, coda bool) bool {
	switch on {
	case "q":
		return true
	case "", "d", "h", "k", "l", "m", "n", "s", "t", "th", "v", "x":
		return !coda
	}
	return false
}

// loanSyllables reports whether w, a word of several vowel groups, reads
// as syllables glued together, as loan and minority words written without
// their hyphens are ("viôlông", "giămbông", "hiđrocacbon", "găngxtơ"):
// each run of consonants between two vowel groups is a final of
// Vietnamese (or none, or k, or the x loan words write there: "vixcô")
// followed by an onset (none; a consonant; ch,
// gh, kh, ng, ngh, nh, ph, th, tr; a consonant and l or r, "đr", "cl";
// s or x and t or p, "xt"), and the word ends in a vowel or a final
// (finalOK). Words of other languages glue their syllables otherwise
// ("Abaissé", "Abbatté", "Schlüssel": ss, bb, sch are no final and
// onset; "Abrogeâmes" ends in s).
func loanSyllables(w []rune) bool {
	i := 0
	for i < len(w) && !isVowelRune(w[i]) {
		i++ // the onset of the first syllable: minority words' are free
	}
	for i < len(w) {
		for i < len(w) && isVowelRune(w[i]) {
			i++
		}
		j := i
		for j < len(w) && !isVowelRune(w[j]) {
			j++
		}
		if j == len(w) {
			return finalOK(w)
		}
		if !finalThenOnset(w[i:j]) {
			return false
		}
		i = j
	}
	return true
}

// finalThenOnset reports whether run, the consonants between two vowel
// groups of a word, splits into a final and an onset (loanSyllables).
func finalThenOnset(run []rune) bool {
	var b [6]byte
	if len(run) > len(b) {
		return false
	}
	for k, c := range run {
		switch {
		case c == 'đ' || c == 'Đ':
			b[k] = 'D'
		case c < utf8.RuneSelf && isASCIILetter(byte(c)):
			b[k] = byte(unicode.ToLower(c))
		default:
			return false
		}
	}
	s := string(b[:len(run)])
	for k := 0; k <= len(s); k++ {
		if (validCoda(s[:k]) || s[:k] == "k" || s[:k] == "x") && loanOnset(s[k:]) {
			return true
		}
	}
	return false
}

// loanOnset reports whether s, in lower case with đ as 'D', opens a
// syllable of a loan or minority word (finalThenOnset).
func loanOnset(s string) bool {
	switch len(s) {
	case 0, 1:
		return true
	case 2:
		switch s {
		case "ch", "gh", "kh", "ng", "nh", "ph", "th", "tr":
			return true
		}
		if s[1] == 'l' || s[1] == 'r' {
			return strings.IndexByte("bcdDfgkptv", s[0]) >= 0
		}
		return (s[0] == 's' || s[0] == 'x') && (s[1] == 't' || s[1] == 'p')
	case 3:
		return s == "ngh" || (s[0] == 's' || s[0] == 'x') && s[1:] == "tr"
	}
	return false
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// wordMemo keeps the facts of the words of one Detect call's readings,
// keyed by the word's bytes and the reading's table: Vietnamese text
// repeats its syllables, so a long text judges each distinct word of a
// reading once rather than each time it stands. Open addressing over a
// few slots: a word that finds them taken is judged again, with the same
// facts.
type wordMemo struct {
	slots []wordSlot
	mask  uint32
}

type wordSlot struct {
	key   string // empty: a free slot
	enc   Encoding
	raw   bool
	facts wordFacts
}

// Sizes of a wordMemo: none for text under wordMemoMin bytes, whose words
// are few; a slot for every wordMemoBytes bytes of text above it, up to
// wordMemoMax slots, the syllables of running text in the readings of one
// call several times over.
const (
	wordMemoMin   = 256
	wordMemoBytes = 4
	wordMemoMax   = 1 << 16
	wordMemoProbe = 4 // slots a word may take after its own
)

// newWordMemo returns a memo for the readings of s, or nil where s is too
// short for one to pay.
func newWordMemo(s string) *wordMemo {
	if len(s) < wordMemoMin {
		return nil
	}
	n := uint32(64)
	for int(n) < len(s)/wordMemoBytes && n < wordMemoMax {
		n <<= 1
	}
	return &wordMemo{slots: make([]wordSlot, n), mask: n - 1}
}

// facts returns the facts of word, whose bytes in the reading's text are
// key, as judgeWord finds them; from the memo when it has them (m may be
// nil).
func (m *wordMemo) facts(key string, word []rune, enc Encoding, raw bool) wordFacts {
	if m == nil {
		return judgeWord(word, enc, raw)
	}
	h, ascii := uint32(2166136261), true
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
		ascii = ascii && key[i] < utf8.RuneSelf
	}
	if ascii {
		// A word of ASCII letters has no mark: it is plain, alike in
		// every reading (classifyWord), so the readings share it.
		enc, raw = Unicode, false
	}
	h ^= uint32(enc)<<1 | uint32(b2i(raw))
	for p := range wordMemoProbe + 1 {
		sl := &m.slots[(h+uint32(p))&m.mask]
		switch {
		case sl.key == "":
			f := judgeWord(word, enc, raw)
			*sl = wordSlot{key: key, enc: enc, raw: raw, facts: f}
			return f
		case sl.enc == enc && sl.raw == raw && sl.key == key:
			return sl.facts
		}
	}
	return judgeWord(word, enc, raw)
}
