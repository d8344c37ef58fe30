package admin

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWithinTwoEdits(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"tamanhnam", "tamanhnam", true},
		{"tamanhnam", "tamamnhnzm", true}, // one inserted, one replaced
		{"thangbinh", "thangfbih", true},  // one inserted, one lost
		{"tiengiang", "tingjiang", true},
		{"thanhphong", "thanhphongjc", true}, // two inserted
		{"thanhphong", "htanhphnog", true},   // two swaps
		{"thanhphong", "thanhphongjcx", false},
		{"vinhdieu", "ninhdiem", true}, // marks aside: marksWithinTwo tells these apart
		{"bennghe", "benmnhe", true},
		{"quangngai", "quannqaix", false},
		{"", "ab", true},
		{"", "abc", false},
	} {
		assert.Equal(t, tt.want, withinTwoEdits([]byte(tt.a), []byte(tt.b)), "%s %s", tt.a, tt.b)
		assert.Equal(t, tt.want, withinTwoEdits([]byte(tt.b), []byte(tt.a)), "%s %s", tt.b, tt.a)
	}
}

// TestWithinTwoEditsEveryWord holds withinTwoEdits, which leaves out the
// letters both words start and end with, to editsWithinTwo, which reads
// the whole table, on every pair of words of up to six letters of three
// (swaps, repeats and shared ends are many).
func TestWithinTwoEditsEveryWord(t *testing.T) {
	words := abcWords()
	require.Len(t, words, 1093)
	near := 0
	for _, a := range words {
		for _, b := range words {
			if len(a)-len(b) > 2 || len(b)-len(a) > 2 {
				continue
			}
			full := editsWithinTwo(len(a), len(b), func(i, j int) bool { return a[i] == b[j] }, nil)
			if full {
				near++
			}
			if full != withinTwoEdits(a, b) {
				t.Fatalf("withinTwoEdits(%q, %q) = %v, editsWithinTwo %v", a, b, !full, full)
			}
		}
	}
	assert.Greater(t, near, 100000)
}

// abcWords returns every word of up to six letters of three, the empty
// one first.
func abcWords() [][]byte {
	words := [][]byte{{}}
	for at := 0; at < len(words); at++ {
		if w := words[at]; len(w) < 6 {
			for _, c := range []byte("abc") {
				words = append(words, append(slices.Clone(w), c))
			}
		}
	}
	return words
}

// withinTwoEdits, which reads only the band of the table a distance of
// two passes through, agrees with editsWithinTwo, which reads it all, on
// words made of few letters (so that near ones are many).
func TestWithinTwoEditsBand(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2))
	word := func() []byte {
		w := make([]byte, rng.IntN(12))
		for i := range w {
			w[i] = "abc"[rng.IntN(3)]
		}
		return w
	}
	near := 0
	for range 20000 {
		a, b := word(), word()
		full := editsWithinTwo(len(a), len(b), func(i, j int) bool { return a[i] == b[j] }, nil)
		if full {
			near++
		}
		if !assert.Equal(t, full, withinTwoEdits(a, b), "%s %s", a, b) {
			return
		}
	}
	assert.Greater(t, near, 1000, "the words compared should often be near")
}

// twoEditsNear, the twoEdits search's filter on the letters alone, never
// drops a name withinTwoEdits would read, and drops most that it would
// not: words from an alphabet with digits, which share bits.
func TestTwoEditsNear(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 3))
	word := func() []byte {
		w := make([]byte, 3+rng.IntN(10))
		for i := range w {
			w[i] = "abcdefghnt0179"[rng.IntN(14)]
		}
		return w
	}
	edit := func(w []byte) []byte {
		w = append([]byte(nil), w...)
		switch i := rng.IntN(len(w)); rng.IntN(4) {
		case 0:
			return append(w[:i], w[i+1:]...)
		case 1:
			return append(w[:i], append([]byte{"xyz5"[rng.IntN(4)]}, w[i:]...)...)
		case 2:
			w[i] = "xyz5"[rng.IntN(4)]
		default:
			if i+1 < len(w) {
				w[i], w[i+1] = w[i+1], w[i]
			}
		}
		return w
	}
	near := func(a, b []byte) bool { return twoEditsNear(uint64(typoLetters(a))<<32, typoLetters(b)) }
	dropped := 0
	for range 20000 {
		a := word()
		b := a
		for range rng.IntN(4) {
			if len(b) > 1 {
				b = edit(b)
			}
		}
		if withinTwoEdits(a, b) && !assert.True(t, near(a, b), "%s %s", a, b) {
			return
		}
		if c := word(); !near(a, c) {
			assert.False(t, withinTwoEdits(a, c), "%s %s", a, c)
			dropped++
		}
	}
	assert.Greater(t, dropped, 5000, "most unrelated words should be dropped")
	assert.False(t, near([]byte("tiengiang"), []byte("thanhphong")))
	assert.True(t, near([]byte("tiengiang"), []byte("tingjiang")))
}

// bagWithinTwo, twoEditIn's filter on the count of each byte, never
// drops a name withinTwoEdits would read, on every pair of words of up
// to six letters of three (near ones are many) and on words with digits,
// which share a count with letters, two edits apart; and it drops most
// pairs of those words that twoEditsNear lets through and are further.
func TestBagWithinTwo(t *testing.T) {
	words := abcWords()
	letters := func(w []byte) uint64 { return uint64(typoLetters(w)) << 32 }
	near, dropped := 0, 0
	for _, a := range words {
		for _, b := range words {
			if len(a)-len(b) > 2 || len(b)-len(a) > 2 {
				continue
			}
			bag := bagWithinTwo(bagOf(b), a, len(b))
			if withinTwoEdits(a, b) {
				near++
				require.True(t, bag, "%q %q", a, b)
			} else if twoEditsNear(letters(a), typoLetters(b)) && !bag {
				dropped++
			}
		}
	}
	assert.Greater(t, near, 100000)
	assert.Greater(t, dropped, 100000)
	rng := rand.New(rand.NewPCG(11, 4))
	for range 20000 {
		a := make([]byte, 3+rng.IntN(12))
		for i := range a {
			a[i] = "ahnpqy0179 "[rng.IntN(11)]
		}
		b := slices.Clone(a)
		for range 2 {
			i := rng.IntN(len(b))
			switch rng.IntN(4) {
			case 0:
				b = append(b[:i], b[i+1:]...)
			case 1:
				b = slices.Insert(b, i, "pq05"[rng.IntN(4)])
			case 2:
				b[i] = "pq05"[rng.IntN(4)]
			default:
				if i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			}
		}
		require.True(t, bagWithinTwo(bagOf(b), a, len(b)), "%q %q", a, b)
		require.True(t, bagWithinTwo(bagOf(a), b, len(a)), "%q %q", b, a)
	}
	assert.True(t, bagWithinTwo(bagOf([]byte("thanhhoa")), []byte("thanhhai"), 8))
	assert.False(t, bagWithinTwo(bagOf([]byte("annhonn")), []byte("anhhooo"), 7))
}

// appendFinalY writes y for the last i of each word after a consonant,
// and leaves dst as it was when there is none.
func TestAppendFinalY(t *testing.T) {
	for _, tt := range []struct {
		key, want string
		changed   bool
	}{
		{"son thi", "son thy", true},
		{"ki anh", "ky anh", true},
		{"thi thi", "thy thy", true},
		{"hoai nhon", "", false}, // after a vowel
		{"i", "", false},         // a word of one letter
		{"a i", "", false},
		{"binh minh", "", false},
		{"", "", false},
		{"son la", "", false}, // no i: key not copied
		{"in", "", false},     // the first letter only
	} {
		got, changed := appendFinalY([]byte("x"), []byte(tt.key))
		assert.Equal(t, tt.changed, changed, tt.key)
		assert.Equal(t, "x"+tt.want, string(got), tt.key)
	}
}

// oneEditIn keeps its answers for the resolution: asked again, of the
// same pool or of another, it gives what a fresh search gives.
func TestOneEditInKept(t *testing.T) {
	ds := &embedded
	x := ds.nameIndex()
	provs := x.provinceList()
	var hn int32 = -1
	for _, p := range provs {
		if x.key(p) == "ha noi" && x.unit(p).Era() == Era2025 {
			hn = p
		}
	}
	if !assert.GreaterOrEqual(t, hn, int32(0)) {
		return
	}
	pools := []listRun{x.provinces, x.inProvRun(hn), x.kidsRun(hn)}
	keys := []string{"quang mngai", "ha nii", "thanh tri", "long bien"}
	fresh := func(pool listRun, key string) []int32 {
		st := resolveState{ds: ds, x: x, resolveScratch: &resolveScratch{}}
		return append([]int32{}, st.oneEditIn([]listRun{pool}, []byte(key))...)
	}
	st := resolveState{ds: ds, x: x, resolveScratch: &resolveScratch{}}
	found := 0
	for range 2 {
		for _, pool := range pools {
			for _, key := range keys {
				want := fresh(pool, key)
				assert.Equal(t, want, append([]int32{}, st.oneEditIn([]listRun{pool}, []byte(key))...), key)
				found += len(want)
			}
		}
	}
	assert.Positive(t, found)
	assert.Len(t, st.typoRuns, len(pools)*len(keys))
}

// oneEditIn reads in each pool only the names that start or end as the
// text does (typoIndex): it finds what a comparison with every name of
// the pool finds, in the same order, for texts one edit from names of
// every province, changed at the start, the end and inside, and for
// texts two pools share.
func TestOneEditInEveryName(t *testing.T) {
	ds := &embedded
	x := ds.nameIndex()
	scan := func(pools []listRun, key []byte) []int32 { return scanOneEdit(x, pools, key) }
	edits := []func(k string) string{
		func(k string) string { return "q" + k[1:] },                   // the first letter
		func(k string) string { return k[:len(k)-1] + "q" },            // the last
		func(k string) string { return k[:len(k)/2] + k[len(k)/2+1:] }, // one dropped inside
		func(k string) string { return k[1:] },                         // the first dropped
		func(k string) string { return k + "h" },                       // one more at the end
	}
	found, asked := 0, 0
	for _, p := range x.provinceList() {
		pools := []listRun{x.inProvRun(p)}
		if g := x.kidsRun(p); g != (listRun{}) {
			pools = append(pools, g)
		}
		for k, u := range x.list(pools[0]) {
			if k%7 != 0 || len(x.key(u)) < 5 {
				continue
			}
			for _, edit := range edits {
				key := []byte(edit(x.key(u)))
				st := resolveState{ds: ds, x: x, resolveScratch: &resolveScratch{}}
				want := scan(pools, key)
				require.Equal(t, want, append([]int32{}, st.oneEditIn(pools, key)...), "%q", key)
				found += len(want)
				asked++
			}
		}
	}
	assert.Greater(t, found, asked/2)
}

// scanOneEdit is oneEditIn as a comparison with every name of each pool,
// the reference of its indexes and gate.
func scanOneEdit(x *nameIndex, pools []listRun, key []byte) []int32 {
	glued := appendNoSpace(make([]byte, 0, 2*addrMaxNameTokens*16), key)
	out := []int32{}
	for _, pool := range pools {
		from := len(out)
		for _, u := range x.list(pool) {
			if len(glued) > 0 && int(x.unit(u).glen) >= len(glued)-1 && int(x.unit(u).glen) <= len(glued)+1 &&
				oneEdit(x.key(u), glued) && !(int(x.unit(u).glen) == len(glued) && vowelReplaced(x.key(u), glued, key)) {
				out = append(out, u)
			}
		}
		slices.Sort(out[from:])
	}
	return out
}

// TestTwoEditsLongMay holds twoEditsLongMay to twoEdits, which
// secondReadsMore asks only where it says yes: where it says no, twoEdits
// finds nothing, on every run of words and filter the typo search of the
// labelled sets asks where twoEdits may read (twoEditsMay), and on words
// as scans damage province names; and it says no of most short keys.
func TestTwoEditsLongMay(t *testing.T) {
	asked, short, no := 0, 0, 0
	eachTypoAsk(t, func(st *resolveState, pools []listRun, ni, e int, f addrFilter) {
		sp, key := st.spanNames(ni, e)
		if !twoEditsMay(st.typoGate(sp, ni, e)&typoLong != 0, f) {
			return
		}
		key = slices.Clone(key)
		asked++
		if len(appendNoSpace(make([]byte, 0, 2*addrMaxNameTokens*16), key))-2 < twoEditMinLetters {
			short++
		}
		if st.twoEditsLongMay(pools, key, f) {
			return
		}
		no++
		st.twoAt = [2]int{ni, e}
		_, ok := st.twoEdits(pools, key, f)
		require.False(t, ok, "%q %+v", key, f)
	})
	t.Logf("%d asked, %d short keys, %d no", asked, short, no)
	assert.Greater(t, no, short/2)

	ds := &embedded
	for _, tt := range []struct {
		text      string
		may, find bool
	}{
		{"Tin GJiang", true, true},   // Tiền Giang, two letters off
		{"Bac Gianng", true, true},   // Bắc Giang, one off
		{"Hha Nnam", false, false},   // Hà Nam, two letters off, is short
		{"Nghe Annn", false, false},  // so is Nghệ An
		{"Hoa Binhhh", false, false}, // and Hòa Bình
		{"Quang Nai", true, false},   // Quảng Ngãi and Quảng Nam: two names
		{"Tieen Giangg", true, true}, // a long key: twoEdits is asked
		{"Xyz Abcdef", false, false}, // no name near
	} {
		st, ok := newLook(ds, tt.text)
		require.True(t, ok)
		_, key := st.spanNames(0, len(st.toks))
		key = slices.Clone(key)
		f := addrFilter{level: LevelProvince, parent: -1, parentVia: -1, prov: -1, via: -1}
		pools := []listRun{st.x.provinces}
		st.twoAt = [2]int{0, len(st.toks)}
		_, found := st.twoEdits(pools, key, f)
		assert.Equal(t, tt.may, st.twoEditsLongMay(pools, key, f), "may %q", tt.text)
		assert.Equal(t, tt.find, found, "twoEdits %q", tt.text)
	}
}
