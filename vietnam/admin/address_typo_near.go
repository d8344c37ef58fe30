package admin

import "math/bits"

// Most runs of words the typo search reads are one edit from no name at
// all: of the 9,888 searches of oneEditIn on the 3,770 addresses of the
// labelled set (BenchmarkResolveAddressSet), 6,842 were for words no
// unit anywhere is one edit from (streets, hamlets, house numbers; the
// words of a name are read by toneSlip, not by it). Each reads the
// names of about the text's length in every pool asked. typoIndex.near
// tells those words apart before any pool is read, by the names' one-edit
// neighbourhoods (symmetric deletion): two keys one edit apart (a letter
// inserted, deleted or replaced, or two neighbours swapped) have a key in
// common among each with one letter or none deleted, so a text none of
// whose such keys is one of a name's is one edit from no name. A name's
// such keys are kept as fingerprints in an open hash table: a key shared
// by chance lets a search through, never stops one. Each slot also holds
// the classes of the units whose names gave it (nearClass): most words
// one edit from a name are one edit from a commune's only, and the
// search for a district or a province passes them by (spanNearFor).

// nearMaxGlen bounds the keys, spaces aside, that typoIndex.near holds:
// the table is made only when every unit's key is shorter, else every
// text is let through.
const nearMaxGlen = 40

// nearPow holds nameHashMul to the powers 0 to nearMaxGlen.
var nearPow = func() (p [nearMaxGlen + 1]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * nameHashMul
	}
	return p
}()

// nameHashInv is the inverse of nameHashMul (odd) modulo 2^64:
// multiplying by it divides by nameHashMul a power of it (nearKey). Each
// step of Newton's x(2-ax) doubles the bits of the inverse that are right,
// from the three of a itself.
var nameHashInv = func() uint64 {
	x := uint64(nameHashMul)
	for range 5 {
		x *= 2 - nameHashMul*x
	}
	return x
}()

// nearMix spreads the bits of h, the polynomial hash of a key (as
// nameHash, without its mixing), over the word: the table's slot is its
// high bits, the fingerprint (nearPrint) the bits below them.
func nearMix(h uint64) uint64 { return (h ^ h>>29) * 0x9e3779b97f4a7c15 }

// nearPrint returns the fingerprint of mixed hash m, its two low bits
// clear: a slot holds it with the classes of the names that gave it
// (nearClasses), never 0, an empty slot.
func nearPrint(m uint64) uint16 { return uint16(m>>32) &^ nearClasses }

// The classes of units a slot of typoIndex.near tells apart, in its two
// low bits: the typo search reads the units of one level at a time.
const (
	nearCommune = 1 << iota
	nearAbove   // a district or a province
	nearClasses = nearCommune | nearAbove
)

// nearClass returns the class of units of level in typoIndex.near.
func nearClass(level Level) uint16 {
	if level == LevelCommune {
		return nearCommune
	}
	return nearAbove
}

// nearDel returns the hash of a key of hash whole with its byte at j
// deleted, the hash of its first j bytes being p and of its first j+1
// next, of n bytes in all: the first j then the rest, whose hash is
// whole-next*B^(n-1-j).
func nearDel(whole, p, next uint64, j, n int) uint64 {
	return whole + (p-next)*nearPow[n-1-j]
}

// nearHashes writes to hs the mixed hash of glued, a key without spaces
// of nearMaxGlen bytes or fewer, and of each key it gives with one byte
// deleted, and returns how many it wrote: len(glued)+1.
func nearHashes(glued []byte, hs *[nearMaxGlen + 1]uint64) int {
	n := len(glued)
	whole := nameHashOf(glued)
	hs[0] = nearMix(whole)
	p := uint64(0)
	for j, c := range glued {
		next := p*nameHashMul + uint64(c)
		hs[j+1] = nearMix(nearDel(whole, p, next, j, n))
		p = next
	}
	return n + 1
}

// nameHashOf returns the polynomial hash of key (nearDel's).
func nameHashOf(key []byte) uint64 {
	h := uint64(0)
	for _, c := range key {
		h = h*nameHashMul + uint64(c)
	}
	return h
}

// buildNear returns the table of typoIndex.near for the keys of x's
// units, and the lengths of the shortest and longest, spaces aside.
func buildNear(x *nameIndex) (t []uint16, shortest, longest uint8) {
	seen := map[string]int{} // 1 + the place in keys
	var keys [][]byte
	var classes []uint16
	n := 0
	for i := range x.units {
		g := appendNoSpace(make([]byte, 0, nearMaxGlen), x.key(int32(i)))
		if len(g) >= nearMaxGlen {
			return nil, 0, 0 // a name the table would miss
		}
		c := nearClass(Level(x.units[i].level))
		if k := seen[string(g)]; k > 0 {
			classes[k-1] |= c
			continue
		}
		keys, classes = append(keys, g), append(classes, c)
		seen[string(g)] = len(keys)
		n += len(g) + 1
		if len(keys) == 1 || len(g) < int(shortest) {
			shortest = uint8(len(g))
		}
		longest = max(longest, uint8(len(g)))
	}
	// at most half full: a search for a key not there reads about two slots
	size := 1 << max(10, bits.Len(uint(2*n)))
	t = make([]uint16, size)
	shift := 64 - bits.Len(uint(size-1))
	var hs [nearMaxGlen + 1]uint64
	for k, g := range keys {
		for _, m := range hs[:nearHashes(g, &hs)] {
			s := int(m >> shift)
			for t[s] != 0 && t[s]&^nearClasses != nearPrint(m) {
				s = (s + 1) & (size - 1)
			}
			t[s] |= nearPrint(m) | classes[k]
		}
	}
	return t, shortest, longest
}

// typoNearAny reports whether some unit's key may be one edit from glued,
// a key without spaces: false only when none is.
func (ti *typoIndex) typoNearAny(glued []byte) bool {
	return ti.nearKey(glued, nameHashOf(glued), len(glued), nearClasses) != 0
}

// nearKey returns the classes (nearClass) of the units whose keys may be
// one edit from key without its spaces, whose n bytes hash to whole
// (nameHashOf): none only when no unit of the class is. It returns as
// soon as it finds one of the classes want, with those found so far;
// else all it found. The typo search asks it of the key of a run of
// words, whose hash without spaces spanNames made. It reads the same
// hashes as nearHashes, made and looked up one at a time: most texts
// stop at none, and an array would be cleared first.
func (ti *typoIndex) nearKey(key []byte, whole uint64, n int, want uint16) uint16 {
	t := ti.near
	if len(t) == 0 {
		return nearClasses
	}
	if n > int(ti.nearLongest)+1 || n+1 < int(ti.nearShortest) {
		return 0 // one edit from no name by length alone
	}
	shift := 64 - bits.Len(uint(len(t)-1))
	got := nearSlot(t, nearMix(whole), shift)
	if got&want != 0 {
		return got
	}
	// then with each byte deleted in turn: the hash of the bytes before
	// it is p, its weight in whole pw (nearDel's nearPow[n-1-j], kept
	// by multiplying with the inverse of nameHashMul rather than read
	// from the table)
	p, pw := uint64(0), nearPow[max(n, 1)-1]
	for _, c := range key {
		if c == ' ' {
			continue
		}
		next := p*nameHashMul + uint64(c)
		if got |= nearSlot(t, nearMix(whole+(p-next)*pw), shift); got&want != 0 {
			return got
		}
		p, pw = next, pw*nameHashInv
	}
	return got
}

// nearSlot returns the classes of the slot of table t (typoIndex.near,
// of 2^(64-shift) slots) that holds the fingerprint of mixed hash m,
// none where none does: a fingerprint has one slot.
func nearSlot(t []uint16, m uint64, shift int) uint16 {
	fp := nearPrint(m)
	for s := int(m >> shift); ; s = (s + 1) & (len(t) - 1) {
		v := t[s]
		if v == 0 {
			return 0
		}
		if v^fp <= nearClasses {
			return v & nearClasses
		}
	}
}

// nearSpaced is nearKey of key: every class it may be one edit from.
func (ti *typoIndex) nearSpaced(key []byte) uint16 {
	whole, n := uint64(0), 0
	for _, c := range key {
		if c != ' ' {
			whole = whole*nameHashMul + uint64(c)
			n++
		}
	}
	return ti.nearKey(key, whole, n, 0)
}

// The typo search reads a run of words for each filter a resolution
// asks for a unit ending there, and most runs are one edit from no name
// at all. spanNear and spanYKey ask the gate of a run once for them all
// (kept in its spanNames), before any pool is made or read.

// spanNear reports whether the words of sp, spaces aside, may be one
// edit from some unit's name (typoNearAny): false only when none is.
func (st *resolveState) spanNear(sp *spanNames) bool {
	return st.spanNearOf(sp, nearClasses)
}

// spanNearFor reports whether the words of sp, spaces aside, may be one
// edit from the name of some unit of level: false only when none is.
func (st *resolveState) spanNearFor(sp *spanNames, level Level) bool {
	return st.spanNearOf(sp, nearClass(level))
}

// spanNearOf reports whether the words of sp may be one edit from the
// name of some unit of the classes cs. What nearKey tells is kept in
// sp: the classes found (near) and those it told of, found or not
// (nearKnown); it is asked again only of a class it did not tell of,
// as where it stopped at the first class asked.
func (st *resolveState) spanNearOf(sp *spanNames, cs uint16) bool {
	if uint16(sp.nearKnown)&cs == 0 {
		got := uint16(0) // no letters: one edit from no name
		if sp.glen > 0 {
			got = st.ds.typoIndex(st.x).nearKey(sp.key, sp.gluedHash, int(sp.glen), cs)
		}
		known := uint16(nearClasses) // read to the end
		if got&cs != 0 {
			known = got
		}
		sp.near |= uint8(got)
		sp.nearKnown |= uint8(known)
	}
	return uint16(sp.near)&cs != 0
}

// spanYKey returns the key of sp with its last i written y
// (appendFinalY) where that changes the key and the key so written may
// be one edit from some unit's name; nil otherwise. The key is written
// once, in spanKeys (sp.yAt), when the gate says yes.
func (st *resolveState) spanYKey(sp *spanNames) []byte {
	return st.spanYKeyOf(sp, nearClasses)
}

// spanYKeyFor is spanYKey where the key so written may be one edit from
// the name of some unit of level.
func (st *resolveState) spanYKeyFor(sp *spanNames, level Level) []byte {
	return st.spanYKeyOf(sp, nearClass(level))
}

// spanYKeyOf is spanYKey for units of the classes cs.
func (st *resolveState) spanYKeyOf(sp *spanNames, cs uint16) []byte {
	if sp.yNear == 0 {
		sp.yNear = 1
		at := len(st.spanKeys)
		y, changed := appendFinalY(st.spanKeys, sp.key)
		if changed {
			if c := st.ds.typoIndex(st.x).nearSpaced(y[at:]); c != 0 {
				sp.yNear += uint8(c)
				st.spanKeys, sp.yAt = y, [2]int32{int32(at), int32(len(y))}
			}
		}
	}
	if uint16(sp.yNear-1)&cs == 0 {
		return nil
	}
	return st.spanKeys[sp.yAt[0]:sp.yAt[1]:sp.yAt[1]]
}
