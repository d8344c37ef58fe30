package admin

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/internal/asciinum"
)

// MaxFindLen is the longest name, in bytes, that Find looks up; longer
// input finds nothing. No unit name comes near it, and the bound keeps the
// cost of a lookup small whatever a caller passes.
const MaxFindLen = 200

// Quality says how well a unit's name matched the text given to Find.
// Higher is better.
//
// The zero Quality is QualityNone.
type Quality uint8

const (
	QualityNone Quality = iota
	// QualityOtherType: the name matches but the unit is not of the type
	// the text named ("Xã Dầu Tiếng" for Thị trấn Dầu Tiếng). Returned only
	// when no unit of the named type matches.
	QualityOtherType
	// QualityFolded: the name matches once tones and marks are ignored
	// ("Hoa An" for Hòa An).
	QualityFolded
	// QualityExact: the name matches letter for letter, tones included
	// (tone placement and case aside: "hoà an" for Hòa An), and so does the
	// type word if the text had one.
	QualityExact
)

// String returns "exact", "folded", "other type" or "none".
func (q Quality) String() string {
	switch q {
	case QualityExact:
		return "exact"
	case QualityFolded:
		return "folded"
	case QualityOtherType:
		return "other type"
	}
	return "none"
}

// Match is one candidate unit found by Find.
type Match struct {
	Unit    Unit
	Quality Quality
}

// FindOption narrows Find; build one with Within or OfLevel. Options
// combine; a later one of the same kind replaces an earlier one. The zero
// FindOption, like Within of the zero Code or OfLevel(LevelUnknown),
// narrows nothing and replaces nothing.
type FindOption struct {
	scope Code
	level Level
}

// Within keeps the units inside c: a province or (before 2025) a district
// of the directory's era. A code of another era finds nothing.
func Within(c Code) FindOption { return FindOption{scope: c} }

// OfLevel keeps the units at level l.
func OfLevel(l Level) FindOption { return FindOption{level: l} }

// Find returns the units of the directory whose name matches name, best
// first (then by level and code). It accepts the forms people type:
//
//   - with or without the type word, in full or abbreviated: "Phường",
//     "P.", "Ph.", "F" (phường, as Saigon writes it), "Quận"/"Q.",
//     "Huyện"/"H.", "Xã"/"X.", "Thị xã"/"TX."/"Tx", "Thị trấn"/"TT.",
//     "Thành phố"/"TP."/"T.P"/"Tp", "Tỉnh", "Đặc khu";
//   - with or without tones, and with either tone placement ("Hòa"/"Hoà");
//   - with i or y in the syllables that accept both ("Kì Anh" for Kỳ Anh,
//     "Quí" for Quý), matched as QualityFolded;
//   - numbered wards and districts in any form: "P.1", "P1", "Phường 01"
//     and "phuong 1" name one ward, and "Quận 1" never matches Quận 10.
//
// When the text carries tones and some unit matches them, only those are
// returned: "Hòa An" and "Hoa An" are different places. Text without
// tones matches every unit whose name folds alike, all returned, so the
// caller sees the ambiguity. A type word narrows the result to units of
// that type when any match, and is otherwise reported as
// QualityOtherType. Find returns nil when nothing matches, and for text
// longer than MaxFindLen.
func (d *Directory) Find(name string, opts ...FindOption) []Match {
	if len(name) > MaxFindLen {
		return nil
	}
	var o FindOption
	for _, opt := range opts {
		if !opt.scope.IsZero() {
			o.scope = opt.scope
		}
		if opt.level != LevelUnknown {
			o.level = opt.level
		}
	}
	if !o.scope.IsZero() && o.scope.era != d.era {
		return nil
	}
	var q nameQuery
	if !q.parse(name) {
		return nil
	}
	idx := d.ds.nameIndex()
	var out []Match
	out = d.collect(out, idx, &q, q.typed, o)
	if q.typed.words != q.whole.words {
		out = d.collect(out, idx, &q, q.whole, o)
	}
	if len(out) == 0 {
		return nil
	}
	// Keep each unit once, with its best quality.
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(compareUnits(a.Unit, b.Unit), -cmp.Compare(a.Quality&^otherType, b.Quality&^otherType), cmp.Compare(a.Quality&otherType, b.Quality&otherType))
	})
	out = slices.CompactFunc(out, func(a, b Match) bool { return a.Unit.code == b.Unit.code })
	// Tones given and matched: the units whose tones differ are other
	// places, whatever their type. Tones are stronger evidence than the
	// type word, which old addresses often get wrong (Xã for a thị trấn).
	if q.toned && slices.ContainsFunc(out, func(m Match) bool { return m.Quality&^otherType == QualityExact }) {
		out = slices.DeleteFunc(out, func(m Match) bool { return m.Quality&^otherType != QualityExact })
	}
	// A type word given and matched: units of other types are other places.
	if slices.ContainsFunc(out, func(m Match) bool { return m.Quality&otherType == 0 }) {
		out = slices.DeleteFunc(out, func(m Match) bool { return m.Quality&otherType != 0 })
	}
	for i := range out {
		if out[i].Quality&otherType != 0 {
			out[i].Quality = QualityOtherType
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int { return -cmp.Compare(a.Quality, b.Quality) })
	return out
}

// otherType marks, while Find sorts candidates out, a name match whose
// type is not the one the text named.
const otherType Quality = 0x80

// compareUnits orders units by level, then code.
func compareUnits(a, b Unit) int {
	return cmp.Or(cmp.Compare(a.code.level, b.code.level), cmp.Compare(a.code.n, b.code.n))
}

// collect appends the units whose name key is the key of nameReading r.
func (d *Directory) collect(out []Match, idx *nameIndex, q *nameQuery, r nameReading, o FindOption) []Match {
	key := q.key()[r.keyStart:]
	tone := q.tone()[r.toneStart:]
	for _, e := range idx.lookup(kindName, key) {
		a := &idx.units[e.unit]
		if e.alias || a.former || Era(a.era) != d.era {
			continue
		}
		level := Level(a.level)
		if o.level != LevelUnknown && level != o.level {
			continue
		}
		u := d.unitAt(d.ds.table(d.era, level), level, int(a.pos))
		if !o.scope.IsZero() && (u.code == o.scope || u.province != o.scope && u.District() != o.scope) {
			continue
		}
		quality := QualityFolded
		if idx.tone(e.unit) == string(tone) {
			quality = QualityExact
		}
		if r.types != 0 && r.types&(1<<u.typ) == 0 {
			quality |= otherType
		}
		out = append(out, Match{Unit: u, Quality: quality})
	}
	return out
}

// typeMask is a set of Types, bit t for Type t.
type typeMask uint16

// nameReading is one way to read a nameQuery: the name key from keyStart in
// nameQuery.key (and from toneStart in nameQuery.tone), and the types a leading
// type word asked for (0 for none).
type nameReading struct {
	keyStart, toneStart int
	words               int // words before the name: 0 for the whole text
	types               typeMask
}

// nameQuery is a name split into words and turned into keys. Its buffers
// live in the struct, and it records lengths rather than slices of its
// own arrays, so that it can stay on the stack of Find.
type nameQuery struct {
	keyArr, toneArr [2*MaxFindLen + 16]byte
	keyLen, toneLen int // of the folded and the tone key of the whole text
	overflow        bool
	words           [MaxFindLen/2 + 1]nameWord
	nwords          int
	whole, typed    nameReading
	toned           bool // the name part carries tone or vowel marks
}

// word is one word of a nameQuery: its folded form (in nameQuery.key) and tone
// key (in nameQuery.tone), and whether a dot followed it.
type nameWord struct {
	key, tone [2]int // start and end in nameQuery.key, nameQuery.tone
	dot       bool
}

func (q *nameQuery) key() []byte  { return q.keyArr[:q.keyLen] }
func (q *nameQuery) tone() []byte { return q.toneArr[:q.toneLen] }

// is reports whether the word is s.
func (w *nameWord) is(q *nameQuery, s string) bool { return string(q.keyArr[w.key[0]:w.key[1]]) == s }

// parse splits s into words, builds its keys and finds a leading type
// word. It reports false when s has no word.
func (q *nameQuery) parse(s string) bool {
	// Combining marks typed apart (NFD) fold alike but would not give one
	// tone key; compose them first. (norm's IsNormalString allocates, and
	// marks are what matter here.)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x0300 && r <= 0x036F {
			s = norm.NFC.String(s)
			break
		}
		i += size
	}
	if len(s) > MaxFindLen {
		return false
	}
	q.keyLen, q.toneLen, q.overflow = 0, 0, false
	q.nwords = 0
	q.toned = false
	for i := 0; i < len(s) && q.nwords < len(q.words); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if r == '.' && q.nwords > 0 {
				q.words[q.nwords-1].dot = true
			}
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		q.addWord(s[i:j])
		i = j
	}
	if q.nwords == 0 || q.overflow {
		return false
	}
	q.whole = nameReading{}
	q.typed = q.whole
	q.findType()
	// Tone keys differ from folded keys exactly when the text has tones,
	// vowel marks or đ.
	q.toned = string(q.tone()[q.typed.toneStart:]) != string(q.key()[q.typed.keyStart:])
	return true
}

// isWordRune reports whether r belongs to a word: letters, numbers, marks
// and the apostrophes of names such as "Ea H'Leo" (dropped from keys).
// Numbers include superscripts and the like ("1²"), which folding turns
// into digits: a word is read as vietnam.Fold reads it.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) || r == '’' || r == 'ʼ'
}

// addWord appends w to the keys, splitting "P1", "Q10", "F7" into the
// type letter and the number.
func (q *nameQuery) addWord(w string) {
	if len(w) >= 2 && len(w) <= 4 && strings.ContainsRune("pPqQfF", rune(w[0])) && asciinum.All(w[1:]) && q.nwords+1 < len(q.words) {
		q.appendWord(w[:1])
		w = w[1:]
	}
	q.appendWord(w)
}

// appendWord adds one word: its folded key (numbers without leading
// zeros, no apostrophes) and its tone key.
func (q *nameQuery) appendWord(w string) {
	key, tone := q.key(), q.tone()
	if q.nwords > 0 {
		key = append(key, ' ')
		tone = append(tone, ' ')
	}
	wd := &q.words[q.nwords]
	*wd = nameWord{}
	q.nwords++
	wd.key[0], wd.tone[0] = len(key), len(tone)
	key = appendFoldWord(key, w)
	tone = appendWordTone(tone, w, key[wd.key[0]:])
	// The arrays hold twice the longest text, more than Vietnamese letters
	// need; anything longer is refused rather than trusted.
	if len(key) > len(q.keyArr) || len(tone) > len(q.toneArr) {
		q.overflow = true
		return
	}
	q.keyLen, q.toneLen = len(key), len(tone)
	wd.key[1], wd.tone[1] = len(key), len(tone)
}

// typePrefixes lists the type words and abbreviations a name may start with,
// as folded words. Longer phrases come first so that "thanh pho" wins
// over nothing and "thi xa" over "xa".
var typePrefixes = [...]struct {
	words []string
	types typeMask
}{
	{[]string{"thanh", "pho"}, cityTypes},
	{[]string{"thi", "xa"}, 1 << TypeTown},
	{[]string{"thi", "tran"}, 1 << TypeTownship},
	{[]string{"dac", "khu"}, 1 << TypeSpecialZone},
	{[]string{"t", "p"}, cityTypes},
	{[]string{"t", "x"}, 1 << TypeTown},
	{[]string{"t", "t"}, 1 << TypeTownship},
	{[]string{"tinh"}, 1 << TypeProvince},
	{[]string{"quan"}, 1 << TypeUrbanDistrict},
	{[]string{"huyen"}, 1 << TypeRuralDistrict},
	{[]string{"xa"}, 1 << TypeCommune},
	{[]string{"phuong"}, 1 << TypeWard},
	{[]string{"tp"}, cityTypes},
	{[]string{"tx"}, 1 << TypeTown},
	{[]string{"tt"}, 1 << TypeTownship},
	{[]string{"ph"}, 1 << TypeWard},
	{[]string{"p"}, 1 << TypeWard},
	{[]string{"f"}, 1 << TypeWard},
	{[]string{"q"}, 1 << TypeUrbanDistrict},
	{[]string{"h"}, 1 << TypeRuralDistrict},
	{[]string{"x"}, 1 << TypeCommune},
	{[]string{"t"}, 1 << TypeProvince},
}

const cityTypes = 1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity

// findType sets q.typed when the text starts with a type word followed by
// a name.
func (q *nameQuery) findType() {
	for _, tw := range typePrefixes {
		n := len(tw.words)
		if q.nwords <= n {
			continue
		}
		ok := true
		for i, w := range tw.words {
			if !q.words[i].is(q, w) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// "t p" must be written "T.P" or "T. P.", never two bare words.
		if n == 2 && len(tw.words[0]) == 1 && !q.words[0].dot {
			continue
		}
		next := &q.words[n]
		q.typed = nameReading{keyStart: next.key[0], toneStart: next.tone[0], words: n, types: tw.types}
		return
	}
}
