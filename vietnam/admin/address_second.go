package admin

import "slices"

// The first reading of an address is strict: a misspelt name is looked
// for only at the start of its part or after a type word, one letter
// off. Scanned and re-typed lists damage more than that, and most of
// their addresses still read. When the first reading leaves an address
// without a commune (in its best reading), a second look reads it again, and also:
//
//   - a name one letter off where the first did not look for one
//     (typoReaches): after a damaged type word, anywhere in text with no
//     comma, after the commune in the part that holds both;
//   - a long name two letters off (twoEdits);
//   - type words with a stray mark or digit inside (clearTypeWordNoise);
//
// Everything the first reading found, the second finds too (it only
// adds matches where the first had none), so an address the first
// read down to a commune is not read twice, and costs nothing more.

// mendedConf weighs the readings of an address whose type words were
// mended (clearTypeWordNoise).
const mendedConf = 0.85

// readCommune reports whether a reading of the best score found a
// commune (before the order of the parts is applied, as bestScore).
func (st *resolveState) readCommune() bool {
	best := st.bestScore()
	return slices.ContainsFunc(st.rs, func(r addrReading) bool { return r.comm >= 0 && r.score == best })
}

// secondLook reads the address s again, as first read by first, with
// the buffers sc, and reports whether it read anything. When no type
// word was mended the words are the first look's, and so are the matches
// it found but where its typo search passed by a run the second reads
// (matchesMemo.firstOnly): the second look reads on in the first's
// buffers, with readings of its own, and searches only those again.
func (r *Resolver) secondLook(s string, first resolveState, sc *resolveScratch) (resolveState, bool) {
	sc.reset()
	st := resolveState{ds: first.ds, x: first.x, norm: first.norm, toks: first.toks, marked: first.marked,
		multiSeg: first.multiSeg, second: true, resolveScratch: sc}
	mended, ok := clearTypeWordNoise(s)
	if ok {
		toks, norm, err := sc.tokenizeAddress(mended)
		if ok = err == nil; ok {
			st.toks, st.norm, st.marked, st.multiSeg = toks, norm, false, false
			st.noteTokens()
		}
	}
	if !ok {
		fsc := first.resolveScratch
		if !first.secondReadsMore() {
			return first, len(first.rs) > 0
		}
		firstRs := fsc.rs
		fsc.rs = sc.rs[:0]
		st.resolveScratch = fsc
		st.run()
		st.keepConfirmed()
		if len(fsc.rs) == 0 {
			fsc.rs, sc.rs = firstRs, fsc.rs
			return first, false
		}
		sc.rs = firstRs
		return st, true
	}
	st.run()
	// read through a mended type word: less sure than as written
	for i := range st.rs {
		st.rs[i].conf *= mendedConf
	}
	st.keepConfirmed()
	return st, len(st.rs) > 0
}

// A passedRun is the run of words of tokens [ni, e) that a first look's
// typo search for a unit of level passed by (see typos); twoScope is
// whether twoEdits may read it (twoEditsMay's scope).
type passedRun struct {
	ni, e    int32
	f        addrFilter
	twoScope bool
}

// A twoSite is a run of words of tokens [ni, e) where a first look's
// typo search for filter f gave up where twoEdits may read: the second
// look's reads it two edits off (see typos).
type twoSite struct {
	ni, e int32
	f     addrFilter
}

// secondReadsMore reports whether a second look over the words of st, a
// first look, may find a match the first did not. Its searches differ
// from the first's only where typoReaches opens a run the first passed
// by, and where twoEdits reads after a failed typo search, which
// returns at once where twoEditsMay is false. When neither happened in
// any search of the first look, the second takes every step the first
// took, finds what it found and reads the same readings (twoProv stays
// empty: keepConfirmed keeps them all), so the answer is the first's.
// A run typoReaches opens where each step of the search gives up before
// it reads a pool (typoMayFind: most runs, streets and hamlets one edit
// from no name) finds nothing there either, and the search goes on to
// the next run as the first's did. Where twoEdits, at a run of a
// twoSite, finds nothing, the search goes on too: it is asked there with
// the words, pools and filter the second look's would ask it with
// (most find nothing: a long name two edits from no other in its scope
// is rare), and the second look is read only where it finds one. True
// also when no first look ran in st's buffers.
func (st *resolveState) secondReadsMore() bool {
	if !st.looked {
		return true
	}
	for _, p := range st.passed {
		if ni, e := int(p.ni), int(p.e); st.typoMayFind(ni, e, p.twoScope) && st.typoReaches(ni, p.f.level) && st.passedFinds(ni, e, p.f) {
			return true
		}
	}
	for _, t := range st.twoSites {
		st.twoAt = [2]int{int(t.ni), int(t.e)}
		pools, key := st.typoPools(t.f), st.madeSpan(int(t.ni), int(t.e)).key
		if !st.twoEditsLongMay(pools, key, t.f) {
			continue
		}
		if _, ok := st.twoEdits(pools, key, t.f); ok {
			return true
		}
	}
	return false
}

// twoEditsLongMay reports whether twoEdits(pools, key, f) may find a
// unit: false only where it finds none, which secondReadsMore then does
// not ask. twoEdits finds a unit only where every name twoEditIn reads
// within two edits of the key in the pools has one key, and that key has
// twoEditMinLetters letters or more: so only where some name of that
// length is within two edits. A key of fewer than twoEditMinLetters+2
// letters has twoEditIn read names from two letters shorter, most of
// them short (most names of a scope are), and most keys of twoSites are
// such: their names of twoEditMinLetters letters or more alone are read
// here, and where none is within two edits, twoEdits finds none, whatever
// the shorter ones are. A longer key has twoEditIn read no shorter name,
// and twoEdits is asked as it is (true). TestTwoEditsLongMay holds it to
// twoEdits.
func (st *resolveState) twoEditsLongMay(pools []listRun, key []byte, f addrFilter) bool {
	var gb [2 * addrMaxNameTokens * 16]byte
	glued := appendNoSpace(gb[:0], key)
	if len(glued)-2 >= twoEditMinLetters {
		return true
	}
	if len(glued) < twoEditMinLetters-1 || !hasLetters(glued, twoEditMinLetters-1) ||
		f.level != LevelProvince && f.parent < 0 {
		return false // twoEdits gives up at once
	}
	keys := st.ds.typoKeys(st.x)
	sign := typoLetters(glued)
	var bag letterBag // made for the first name that may be near
	made := false
	var nb [2 * addrMaxNameTokens * 16]byte
	for _, pool := range pools {
		for _, u := range glenBand(st.x.list(pool), keys, twoEditMinLetters, len(glued)+2) {
			if !twoEditsNear(keys[u], sign) || !st.accept(u, f) {
				continue
			}
			if !made {
				bag, made = bagOf(glued), true
			}
			if name := appendNoSpace(nb[:0], st.x.key(u)); bagWithinTwo(bag, name, len(glued)) && withinTwoEdits(name, glued) {
				return true
			}
		}
	}
	return false
}

// passedFinds reports whether the second look's typo search for f finds
// a unit at the run of words of tokens [ni, e), which the first passed
// by and typoReaches opens to it: the steps of typos there, one edit off
// (typoOneEdit), then two (twoEdits, where twoEditsMay), and the unit's
// words no more than the run's (innerTypoFits). Where it finds none the
// search goes on to the next run as the first's did, and most find none
// (a street or hamlet that typoMayFind lets through for its letters), so
// that the second look, which reads the whole address again, is made
// only for the few that do. The one-edit answers are kept (oneEditIn)
// for the second look to read. toneSlip sets slip and slipNamed for the
// scoring of what it finds: they are put back as they were.
func (st *resolveState) passedFinds(ni, e int, f addrFilter) bool {
	slip, slipNamed := st.slip, st.slipNamed
	sp := st.madeSpan(ni, e) // made by typoMayFind
	long := st.typoGate(sp, ni, e)&typoLong != 0
	var pools []listRun
	u, ok := st.typoOneEdit(sp, &pools, ni, e, f)
	if !ok && twoEditsMay(long, f) {
		st.twoAt = [2]int{ni, e}
		u, ok = st.twoEdits(st.typoPoolsOnce(&pools, f), st.madeSpan(ni, e).key, f)
	}
	st.slip, st.slipNamed = slip, slipNamed
	return ok && st.innerTypoFits(ni, e, u)
}
