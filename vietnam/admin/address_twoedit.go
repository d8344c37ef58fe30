package admin

import (
	"math/bits"
	"slices"
	"unicode"
)

// A scan can damage one name twice ("Tam Amnh NZm" for Tam Anh Nam,
// "ThăngFBìh" for Thăng Bình, "Tin GJiang" for Tiền Giang). Two edits
// reach much further than one: most short names are two edits from
// several others. So the second look (see secondLook) reads a name two
// edits off only when it is long (twoEditMinLetters letters or more, and
// so the words written), the one name within two edits in the scope
// the rest of the text established (the units of the district for a
// commune, of the province for a district, the provinces for a province)
// and in the province around it, and it weighs less than a typo of one
// letter: never a confident answer. A province so read counts only with
// a district or commune of it read before it (see keepConfirmed).

const (
	twoEditMinLetters = 8
	scoreTwoEdits     = -2   // and scoreTypo
	twoEditConf       = 0.85 // and the typo's 0.8
)

// twoEdits returns the one unit of pools passing f whose key is two
// edits from key (and not one: typo looked first), under the guards
// above; false when there is none or more than one name.
func (st *resolveState) twoEdits(pools []listRun, key []byte, f addrFilter) (int32, bool) {
	var gb [2 * addrMaxNameTokens * 16]byte
	glued := appendNoSpace(gb[:0], key)
	if len(glued) < twoEditMinLetters-1 || !hasLetters(glued, twoEditMinLetters-1) ||
		f.level != LevelProvince && f.parent < 0 {
		return -1, false // short, or no district (province) to hold a commune (district)
	}
	found := int32(-1)
	if !st.twoEditIn(pools, glued, f, &found) {
		return -1, false
	}
	if found < 0 || int(st.x.unit(found).glen) < twoEditMinLetters {
		return -1, false
	}
	// no other name within two edits in the province around the scope
	if f.level == LevelCommune {
		wide := addrFilter{level: f.level, parent: -1, parentVia: -1, prov: st.x.unit(f.parent).prov, via: -1}
		if wide.prov >= 0 && !st.twoEditIn([]listRun{st.x.inProvRun(wide.prov)}, glued, wide, &found) {
			return -1, false
		}
	}
	return found, st.marksWithinTwo(found)
}

// twoEditsMay reports whether twoEdits may find a unit passing f two
// edits from a key with twoEditMinLetters-1 letters or more where long
// is set (typoGate's typoLong): false only where it would not (key
// short, or no district or province to hold the unit sought).
func twoEditsMay(long bool, f addrFilter) bool {
	// letters are not spaces: enough letters are enough length (twoEdits)
	return (f.level == LevelProvince || f.parent >= 0) && long
}

// twoEditIn looks in pools for units passing f within two edits of
// glued; it reports false when one has another name than *found, which
// it sets to the first (a former unit giving way to one of 1/3/2025 of
// the same name).
func (st *resolveState) twoEditIn(pools []listRun, glued []byte, f addrFilter, found *int32) bool {
	keys := st.ds.typoKeys(st.x)
	sign := typoLetters(glued)
	bag := bagOf(glued)
	var nb [2 * addrMaxNameTokens * 16]byte
	for _, pool := range pools {
		for _, u := range glenBand(st.x.list(pool), keys, len(glued)-2, len(glued)+2) {
			if !twoEditsNear(keys[u], sign) || !st.accept(u, f) {
				continue
			}
			if name := appendNoSpace(nb[:0], st.x.key(u)); !bagWithinTwo(bag, name, len(glued)) || !withinTwoEdits(name, glued) {
				continue
			}
			switch v := *found; {
			case v < 0:
				*found = u
			case st.x.key(v) != st.x.key(u):
				return false
			case st.x.unit(v).former && !st.x.unit(u).former:
				*found = u
			}
		}
	}
	return true
}

// twoEditsNear reports whether a name of signature name (typoKeys) may
// be two edits from a text of letters text (typoLetters): each edit adds
// at most one letter the other has not, either way (see typoLetters).
// Most names of a province fail it, and it reads no text.
func twoEditsNear(name uint64, text uint32) bool {
	n := uint32(name >> 32)
	return bits.OnesCount32(n&^text) <= 2 && bits.OnesCount32(text&^n) <= 2
}

// A letterBag counts the bytes of a key, each by its low six bits: bytes
// that share a count only make two keys look nearer (see bagWithinTwo).
type letterBag [64]int8

// bagOf returns the letterBag of key. A byte more than 127 times would
// wrap its count: no name is within two bytes of so long a key, and
// twoEditIn reads none that is not.
func bagOf(key []byte) (b letterBag) {
	for _, c := range key {
		b[c&63]++
	}
	return b
}

// bagWithinTwo reports whether name may be two edits from a text of n
// bytes whose letterBag is text: an edit leaves at most one byte of each
// key that the other has not (a letter inserted, deleted, or replaced;
// two swapped leave none), so two keys two edits apart have at most two
// such each way, whatever their order. Most names of the scope that
// share the text's letters (twoEditsNear) hold some of them more often
// or less, and it costs a read of the name where withinTwoEdits fills a
// table.
func bagWithinTwo(text letterBag, name []byte, n int) bool {
	extra := 0 // bytes of name the text has not
	for _, c := range name {
		text[c&63]--
		if text[c&63] < 0 {
			extra++
		}
	}
	return extra <= 2 && n-(len(name)-extra) <= 2
}

// withinTwoEdits reports whether a and b are at most two edits apart:
// letters inserted, deleted or replaced, or two neighbours swapped (the
// optimal string alignment distance). It is editsWithinTwo for bytes,
// written out and reading only the cells within two of the diagonal,
// the only ones a distance of two passes through: the search runs it
// for every name of the scope. The letters both start and end with are
// left out first: they change no distance (a name compared shares most
// of its letters with the text, often the first word whole), and the
// table of the rest is smaller.
func withinTwoEdits(a, b []byte) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 2 || len(b) > 64 {
		return false
	}
	for len(a) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	n, m := len(a), len(b)
	if n == 0 {
		return m <= 2
	}
	const far = 3 // more than two: out of the band
	// bytes, not ints: the rows are cleared at every call
	var r0, r1, r2 [66]int8
	prev2, prev, cur := r0[:], r1[:], r2[:]
	for j := 0; j <= m+1; j++ {
		prev[j] = int8(min(j, far))
		prev2[j] = far
	}
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-2), min(m, i+2)
		cur[0] = int8(min(i, far))
		if lo > 1 {
			cur[lo-1] = far
		}
		least := int8(far)
		for j := lo; j <= hi; j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			d = min(d, prev[j]+1, cur[j-1]+1)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = min(d, far)
			least = min(least, cur[j])
		}
		cur[hi+1] = far
		if least > 2 {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m] <= 2
}

// editsWithinTwo reports whether two sequences of n and m symbols, whose
// symbols i and j are alike when same(i, j), are at most two edits
// apart; free(i, j), when not nil, says that the second's symbol j may
// be passed over after the first's i (-1 before the first) at no cost.
func editsWithinTwo(n, m int, same func(i, j int) bool, free func(i, j int) bool) bool {
	if n > 64 || m > 64 || free == nil && (n-m > 2 || m-n > 2) {
		return false // what free passes over may make up a longer second
	}
	// rows of the distance table, two back for the swaps
	var r0, r1, r2 [65]int
	prev2, prev, cur := r0[:m+1], r1[:m+1], r2[:m+1]
	prev[0] = 0
	for j := 1; j <= m; j++ {
		prev[j] = prev[j-1] + skipCost(free, -1, j-1)
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		least := cur[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if same(i-1, j-1) {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+skipCost(free, i-1, j-1), prev[j-1]+cost)
			if i > 1 && j > 1 && same(i-1, j-2) && same(i-2, j-1) {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			least = min(least, d)
		}
		if least > 2 {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m] <= 2
}

func skipCost(free func(i, j int) bool, i, j int) int {
	if free != nil && free(i, j) {
		return 0
	}
	return 1
}

// A markedRune is a letter of a name as written, with its vowel marks,
// or a tone (the digit of a tone key); loose when its word was written
// without marks, so that it stands for the letter with any mark.
type markedRune struct {
	r     rune
	loose bool
}

// marksWithinTwo reports whether unit u, found two edits from the words
// of the run being read (st.twoAt) with marks aside, is still two edits
// from them with the marks written: a letter with another vowel mark
// ("Diêm" and "Điều") or a word with another tone ("Thông" and "Thống")
// is a letter wrong. Words written without marks accept any. A name
// two letters off is a guess; marks written that disagree too make it
// one too many.
func (st *resolveState) marksWithinTwo(u int32) bool {
	var wb, ub [2 * addrMaxNameTokens * 16]markedRune
	w := wb[:0]
	for x := st.twoAt[0]; x < st.twoAt[1] && len(w) < cap(w)-16; x++ {
		loose := !st.toks[x].marked
		word := st.toks[x].key
		if !loose {
			word = string(st.toneOf(x))
		}
		for _, r := range word {
			w = append(w, markedRune{unicode.ToLower(r), loose})
		}
	}
	un := ub[:0]
	for _, r := range st.x.tone(u) {
		if r != ' ' && len(un) < cap(un) {
			un = append(un, markedRune{r: unicode.ToLower(r)})
		}
	}
	same := func(i, j int) bool {
		a, b := w[i], un[j]
		return a.r == b.r || a.loose && a.r == unmarked(b.r)
	}
	// a tone of the name where the words were written without marks
	free := func(i, j int) bool {
		r := un[j].r
		return r >= '1' && r <= '5' && (i >= 0 && w[i].loose || i < 0 && len(w) > 0 && w[0].loose)
	}
	return editsWithinTwo(len(w), len(un), same, free)
}

// unmarked returns the letter of a tone key without its vowel mark.
func unmarked(r rune) rune {
	switch r {
	case 'â', 'ă':
		return 'a'
	case 'ê':
		return 'e'
	case 'ô', 'ơ':
		return 'o'
	case 'ư':
		return 'u'
	case 'đ':
		return 'd'
	}
	return r
}

// keepConfirmed drops the readings whose province was read two edits
// off (twoProv) with nothing read under it.
func (st *resolveState) keepConfirmed() {
	if len(st.twoProv) == 0 {
		return
	}
	st.rs = slices.DeleteFunc(st.rs, func(r addrReading) bool {
		return r.dist < 0 && r.comm < 0 && slices.Contains(st.twoProv, r.prov)
	})
}
