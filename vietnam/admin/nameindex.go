package admin

import (
	"cmp"
	"slices"
	"strings"
)

// The name index: one per Dataset, shared by Directory.Find and the
// address resolver. It lists every unit of both eras (the pre-2025 units
// as they stood the day before the reform, the newest 2025 units) and the
// earlier states since 2019 (Formers), with the keys of their names made
// by the one key function of namekey.go, and the links the resolver
// follows (parent, province, successors). It is flat (offsets into one
// string and a few slices of plain structs) so that the embedded
// dataset's index is generated as constant data (names_index.go, written
// by go generate) and costs nothing at start-up; a loaded Dataset builds
// its own on first use with the same code.
type nameIndex struct {
	text    string      // every key, each stored once
	units   []nameUnit  // see buildNameIndex for the order
	entries []nameEntry // sorted by bucket (nameBucket), kind, key, unit
	// buckets[b] is where the entries of bucket b start; the last value
	// is len(entries).
	buckets []uint32
	// keyBits has bit nameBitOf(nameHash(k)) set for every key k, of
	// every kind: a lookup of a key whose bit is clear, as most are (the
	// resolver looks up every run of words, with and without its spaces,
	// and the short ones as a province's initials), ends there, without
	// reading its bucket.
	keyBits []uint64
	// respaces has bit i set for entry i of kindName when its key, with
	// other spaces, is the key of a unit not named by it (see
	// appendRespaced): "ea cha rang" for Eachà Rang. Most names' keys,
	// glued, are theirs alone ("tanthanh" is only Tân Thạnh's), and
	// respace reads no bucket for them.
	respaces []uint64
	succ     []addrSucc  // successors of units: runs given by nameUnit.succAt, succN
	groups   []nameGroup // units with units under them, by unit
	lists    []int32     // the runs of the groups, then the provinces
	// provinces is the run of lists holding every province of both eras.
	provinces listRun
}

// typoKeys returns, for each unit of the dataset's name index, the length
// of its key without spaces (nameUnit.glen) and the first and last byte
// of that key, in bits 0, 8 and 16, and the letters it holds (typoLetters)
// from bit 32: a name one edit from a text of five letters or more is of
// about its length, starts or ends as it does, and has at most one letter
// the text has not and the text one it has not, which most names of a
// province do not. The typo search compares the names of a province of
// about the length of each run of words that names no unit
// (nameIndex.group2); kept in one array, that takes a read of eight bytes
// each.
func (ds *Dataset) typoKeys(x *nameIndex) []uint64 { return ds.typoIndex(x).keys }

// A typoIndex is what the typo search reads of a dataset's name index
// besides the index: generated for the embedded data (embeddedTypo, in
// derived_index.go), made on first use for a loaded Dataset.
type typoIndex struct {
	keys []uint64 // see typoKeys
	// byFirst and byLast are nameIndex.lists with each run sorted by
	// the first (last) byte of the units' keys, then by glen, then in
	// unit order: the names of a run that start (end) as a text does
	// and are of about its length are together, where the one-edit
	// search reads them (see letterBand) rather than every name of
	// that length.
	byFirst, byLast []int32
	// near holds the fingerprints of the keys of the units' keys with
	// one letter or none deleted, spaces aside (see typoNearAny), each
	// with the classes of the units that gave it (nearClass), whose
	// lengths are nearShortest to nearLongest.
	near                      []uint16
	nearShortest, nearLongest uint8
}

// typoIndex returns the typo index of x, ds's name index: the generated
// one for the embedded data, else made on first use.
func (ds *Dataset) typoIndex(x *nameIndex) *typoIndex {
	if x == &embeddedNames && len(embeddedTypo.keys) > 0 {
		return &embeddedTypo
	}
	return ds.typo.get(func() *typoIndex { return buildTypoIndex(x) })
}

// buildTypoIndex makes the typo index of x.
func buildTypoIndex(x *nameIndex) *typoIndex {
	ks := make([]uint64, len(x.units))
	for i := range x.units {
		k := strings.Trim(x.key(int32(i)), " ")
		if k != "" {
			ks[i] = uint64(x.units[i].glen) | uint64(k[0])<<8 | uint64(k[len(k)-1])<<16 | uint64(typoLetters(k))<<32
		}
	}
	ti := &typoIndex{keys: ks, byFirst: make([]int32, len(x.lists)), byLast: make([]int32, len(x.lists))}
	ti.near, ti.nearShortest, ti.nearLongest = buildNear(x)
	// Each run of x.lists is in order of glen, then unit (group2), so
	// the units dealt by their byte in that order, a counting sort,
	// are in order of the byte, then glen, then unit: letterKey's.
	var at [256]int32
	for _, r := range x.runs() {
		src := x.list(r)
		for _, by := range [...]struct {
			shift int
			list  []int32
		}{{8, ti.byFirst[r[0]:r[1]]}, {16, ti.byLast[r[0]:r[1]]}} {
			clear(at[:])
			for _, u := range src {
				at[byte(ks[u]>>by.shift)]++
			}
			n := int32(0)
			for c, k := range at {
				at[c] = n
				n += k
			}
			for _, u := range src {
				c := byte(ks[u] >> by.shift)
				by.list[at[c]] = u
				at[c]++
			}
		}
	}
	return ti
}

// letterKey returns the byte of typoKeys signature k at bit shift (the
// first or last of the key) and its glen, as one number that sorts by
// the byte, then the length.
func letterKey(k uint64, shift int) uint32 {
	return uint32(k>>shift&0xff)<<16 | uint32(k&0xff)
}

// letterFrom returns the place of the first unit of list, a run of
// typoIndex.byFirst (shift 8) or byLast (shift 16), whose key starts
// (ends) with byte c and has n letters and digits or more, or comes after
// those: a binary search. The units from there to the first of another
// byte or of more than the letters wanted are the band the one-edit
// search reads, a few in a pool of a thousand.
func letterFrom(list []int32, keys []uint64, shift int, c byte, n int) int {
	from := uint32(c)<<16 | uint32(max(n, 0))
	i, j := 0, len(list)
	for i < j {
		m := int(uint(i+j) >> 1)
		if letterKey(keys[list[m]], shift) < from {
			i = m + 1
		} else {
			j = m
		}
	}
	return i
}

// A nameUnit is a unit of either era, or an earlier state of one, as Find
// and the resolver see it. Positions are indexes in nameIndex.units.
type nameUnit struct {
	keyOff, toneOff uint32 // in nameIndex.text
	keyLen, toneLen uint8
	glen            uint8 // letters and digits of the key, spaces aside: the typo search's first filter
	era, level, typ uint8
	former          bool   // an earlier state (see Formers)
	succN           uint8  // successors of an old commune or province
	pos             uint32 // in its table, or in the dataset's Formers
	parent          int32  // district of an old commune, province otherwise; -1 for a province
	prov            int32  // province; itself for a province
	// via is, for a former unit, the unit of the 1/3/2025 list that
	// continues it; -1 when none is known or the unit is not a former one.
	via    int32
	succAt uint32 // in nameIndex.succ
	// grp is 1 + the place of the unit's group in nameIndex.groups; 0
	// when no unit is under it. The typo search asks for the units under
	// a unit or in a province each time it runs (63 times to read the
	// districts of the country): found here in one read rather than by a
	// search of the groups.
	grp uint32
}

// A nameEntry files unit under a key of kind.
type nameEntry struct {
	keyOff uint32
	keyLen uint8
	kind   uint8
	alias  bool // a key other than the unit's name (kindName): a nickname, a number for a Roman numeral
	// run is how many entries, this one and those after it, are filed
	// under its key and kind, 255 for that many or more (keyRunEnd): in
	// the byte the alignment of unit leaves.
	run  uint8
	unit int32
	// level is the unit's level: the resolver asks for the units of one
	// level filed under a key, and most entries it passes by are of
	// another (nameIndex.scopeFrom), told so without a read of the unit.
	level uint8
}

// The kinds of keys.
const (
	kindName     = iota // the folded name, and (alias) the other names people write
	kindGlued           // a name of several words written as one ("hbong"); one-word names are found by kindName
	kindInitials        // province initials ("bd", "brvt"), which need a lower unit to confirm them
	kindAbbr            // a province with its first word cut to its letter ("t giang")
)

// A nameGroup gives the units under a unit: its children (a province's
// districts or 2025 communes, a district's communes, the communes of a
// former district) and, for a province, every unit inside it.
type nameGroup struct {
	unit         int32
	kids, inProv listRun // runs of nameIndex.lists
}

// An addrSucc is a successor of an old commune or province.
type addrSucc struct {
	to     int32
	kind   Kind
	allPop bool // all of the old unit's population went there
}

func (x *nameIndex) key(i int32) string {
	u := &x.units[i]
	return x.text[u.keyOff : u.keyOff+uint32(u.keyLen)]
}

// same returns the unit that unit i is another spelling of (see
// buildNameIndex: the conversion table's spellings of pre-2025 communes),
// else i: readings of the two are one reading.
func (x *nameIndex) same(i int32) int32 {
	if i >= 0 {
		if a := &x.units[i]; !a.former && a.via >= 0 {
			return a.via
		}
	}
	return i
}

func (x *nameIndex) tone(i int32) string {
	u := &x.units[i]
	return x.text[u.toneOff : u.toneOff+uint32(u.toneLen)]
}

func (x *nameIndex) entryKey(e *nameEntry) string {
	return x.text[e.keyOff : e.keyOff+uint32(e.keyLen)]
}

// successors returns the successors of unit i.
func (x *nameIndex) successors(i int32) []addrSucc {
	u := &x.units[i]
	return x.succ[u.succAt : u.succAt+uint32(u.succN) : u.succAt+uint32(u.succN)]
}

// nameBuckets is the number of hash buckets of a nameIndex: about two
// entries each, so that a lookup, which most often finds nothing (the
// resolver tries every run of words), hashes the key and compares it with
// one or two keys rather than searching 30,000. A key's bucket does not
// depend on its kind: the resolver asks for a run of words written
// without spaces under two kinds (respace), and finds both in one bucket.
const (
	nameBucketBits = 14
	nameBuckets    = 1 << nameBucketBits
)

// nameHashMul is the base of nameHash: odd, so that no byte of a key is
// lost to the multiplications.
const nameHashMul = 0x100000001b3

// nameHash returns the hash of key: its bytes as the digits of a number
// in base nameHashMul, modulo 2^64. A caller that reads a key byte by
// byte for another purpose can compute it alongside, one multiplication
// and one addition a byte (spanNames makes the hash of the key with and
// without its spaces in one pass).
func nameHash[K string | []byte](key K) uint64 {
	h := uint64(0)
	for i := 0; i < len(key); i++ {
		h = h*nameHashMul + uint64(key[i])
	}
	return h
}

// nameHashPows are the powers of nameHashMul, from 0: nameHashPow's.
var nameHashPows = func() (p [64]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * nameHashMul
	}
	return p
}()

// nameHashPow returns nameHashMul to the power n, modulo 2^64: what a
// key of n bytes multiplies the nameHash of what is before it by.
func nameHashPow(n int) uint64 {
	if n < len(nameHashPows) {
		return nameHashPows[n]
	}
	p := nameHashPows[len(nameHashPows)-1]
	for n -= len(nameHashPows) - 1; n > 0; n-- {
		p *= nameHashMul
	}
	return p
}

// nameMix mixes the bits of nameHash h into its high bits, which the
// buckets and keyBits read: the low bits of a sum of products depend on
// the low bits of the bytes only.
func nameMix(h uint64) uint64 {
	h ^= h >> 29
	return h * 0xbf58476d1ce4e5b9
}

// nameBucketOf returns the bucket of a key whose nameHash is h.
func nameBucketOf(h uint64) int { return int(nameMix(h) >> (64 - nameBucketBits)) }

// nameKeyBits is the number of bits of nameIndex.keyBits, as a power of
// two: 2^18 bits (32 KiB) for some 15,000 keys, of which a key not filed
// finds its bit set about one time in seventeen (2^17 bits: one in nine,
// 85 instructions more an address). Their high bits are the bucket's.
const nameKeyBits = 18

// nameBitOf returns the bit of nameIndex.keyBits of a key whose nameHash
// is h.
func nameBitOf(h uint64) uint32 { return uint32(nameMix(h) >> (64 - nameKeyBits)) }

// mayHold reports whether a key whose nameHash is h may be filed, of
// any kind: false when it is not.
func (x *nameIndex) mayHold(h uint64) bool {
	b := nameBitOf(h)
	return x.keyBits[b/64]&(1<<(b%64)) != 0
}

// nameBucket returns the bucket of key.
func nameBucket[K string | []byte](key K) int { return nameBucketOf(nameHash(key)) }

// lookup returns the entries of kind filed under key, in unit order.
func (x *nameIndex) lookup(kind uint8, key []byte) []nameEntry {
	return x.entryRun(x.lookupRun(kind, key))
}

// lookupRun returns where the entries of kind filed under key are in
// x.entries: [run[0], run[1]).
func (x *nameIndex) lookupRun(kind uint8, key []byte) [2]uint32 {
	return x.lookupHashed(kind, key, nameHash(key))
}

// lookupHashed is lookupRun of a key whose nameHash is h.
func (x *nameIndex) lookupHashed(kind uint8, key []byte, h uint64) [2]uint32 {
	if !x.mayHold(h) {
		return [2]uint32{}
	}
	return x.lookupHeld(kind, key, h)
}

// lookupHeld is lookupHashed of a key that mayHold says may be filed.
func (x *nameIndex) lookupHeld(kind uint8, key []byte, h uint64) [2]uint32 {
	b := nameBucketOf(h)
	lo, hi := x.buckets[b], x.buckets[b+1]
	es := x.entries[lo:hi]
	// the length first: most keys of a bucket differ in it, and it is
	// read without the text; the entries of a key that is not key are
	// passed by at once
	for i := 0; i < len(es); {
		e := &es[i]
		if e.kind == kind && int(e.keyLen) == len(key) && x.entryKey(e) == string(key) {
			// es[i] is the key: the run goes on while the next entries are it too
			return [2]uint32{lo + uint32(i), lo + uint32(keyRunEnd(es, i))}
		}
		i = keyRunEnd(es, i)
	}
	return [2]uint32{hi, hi} // most lookups find nothing
}

// lookupWord is lookupHeld of a key of kindName without spaces, and
// reports too whether key is filed as a name of several words glued
// (kindGlued), which respace then reads: one scan of the bucket for both.
// Most words whose bit mayHold finds set are no name and no glued one.
func (x *nameIndex) lookupWord(key []byte, h uint64) (name [2]uint32, glued bool) {
	b := nameBucketOf(h)
	lo, hi := x.buckets[b], x.buckets[b+1]
	es := x.entries[lo:hi]
	name = [2]uint32{hi, hi}
	// a bucket's entries are in order of kind: those of kindName, then
	// of kindGlued, then of the others
	for i := 0; i < len(es) && es[i].kind <= kindGlued; {
		e := &es[i]
		j := keyRunEnd(es, i)
		if int(e.keyLen) == len(key) && x.entryKey(e) == string(key) {
			if e.kind == kindGlued {
				return name, true
			}
			name = [2]uint32{lo + uint32(i), lo + uint32(j)}
		}
		i = j
	}
	return name, false
}

// keyRunEnd returns the end of the run of entries of es filed under the
// key and kind of es[i], which es[i].run says unless it is 255 or more:
// the builder stores each key once (nameIndexBuilder.str), so the entries
// of one key share its place in the text and no bytes are compared.
func keyRunEnd(es []nameEntry, i int) int {
	if n := int(es[i].run); n < 255 {
		return i + n
	}
	return sameKeyEnd(es, i, i+255)
}

// setEntryRuns sets the run of every entry of es, sorted by key and kind.
func setEntryRuns(es []nameEntry) {
	for i := len(es) - 1; i >= 0; i-- {
		es[i].run = 1
		if sameKeyEnd(es, i, i+1) > i+1 {
			es[i].run = uint8(min(int(es[i+1].run)+1, 255))
		}
	}
}

// sameKeyEnd returns the end of the run of entries of es filed under the
// key and kind of es[i], looked for from j on.
func sameKeyEnd(es []nameEntry, i, j int) int {
	for j < len(es) && es[j].keyOff == es[i].keyOff && es[j].keyLen == es[i].keyLen && es[j].kind == es[i].kind {
		j++
	}
	return j
}

// gluedRuns returns the runs of entries filed under kindName and
// kindGlued whose key is key without its spaces, of length glen and
// nameHash h: one scan of the bucket for both. The run of kindName is
// empty when key has no spaces (it is its own key, looked up already).
func (x *nameIndex) gluedRuns(key []byte, glen int, h uint64) (one, more [2]uint32) {
	if !x.mayHold(h) {
		return one, more
	}
	b := nameBucketOf(h)
	lo, hi := x.buckets[b], x.buckets[b+1]
	one, more = [2]uint32{hi, hi}, [2]uint32{hi, hi}
	es := x.entries[lo:hi]
	// a bucket's entries are in order of kind: those of kindName, then
	// of kindGlued, then of the others
	for i := 0; i < len(es) && es[i].kind <= kindGlued; i++ {
		if int(es[i].keyLen) != glen || !gluedIs(x.entryKey(&es[i]), key) {
			continue
		}
		j := keyRunEnd(es, i)
		if es[i].kind == kindGlued {
			more = [2]uint32{lo + uint32(i), lo + uint32(j)}
		} else if glen != len(key) {
			one = [2]uint32{lo + uint32(i), lo + uint32(j)}
		}
		i = j - 1
	}
	return one, more
}

// gluedIs reports whether k is key without its spaces, k being as long.
func gluedIs(k string, key []byte) bool {
	j := 0
	for _, c := range key {
		if c != ' ' {
			if k[j] != c {
				return false
			}
			j++
		}
	}
	return true
}

// appendRespaced appends to dst the units whose key is key with other
// spaces, in unit order: key has glen bytes besides spaces, and glued
// the nameHash h; name is its run of kindName (lookupRun). Names of one
// word are filed by their name, names of several words glued apart
// (kindGlued), both in unit order; the glued names include those of the
// units named key, which are left out, as are the aliases.
func (x *nameIndex) appendRespaced(dst []int32, key []byte, glen int, h uint64, name [2]uint32) []int32 {
	// A key without spaces is its own glued key: the names filed under
	// it are the units so named, tried already, or aliases (gluedRuns
	// leaves them out).
	oneRun, moreRun := x.gluedRuns(key, glen, h)
	one, more := x.entryRun(oneRun), x.entryRun(moreRun)
	// The units named key are filed under it, name, and their key is at
	// its place in the text (each key is stored once): they are told by
	// that place, without comparing bytes.
	named := ^uint32(0)
	if name[1] > name[0] {
		named = x.entries[name[0]].keyOff
	}
	for len(one) > 0 || len(more) > 0 {
		var u int32
		if len(more) == 0 || len(one) > 0 && one[0].unit < more[0].unit {
			alias := one[0].alias // "danang" is not a glued name
			u, one = one[0].unit, one[1:]
			if alias {
				continue
			}
		} else {
			u, more = more[0].unit, more[1:]
		}
		if a := &x.units[u]; a.keyOff != named || int(a.keyLen) != len(key) {
			dst = append(dst, u)
		}
	}
	return dst
}

// respacesOthers reports whether the key of entry i, of kindName, names
// other units with other spaces: appendRespaced finds none when not.
func (x *nameIndex) respacesOthers(i uint32) bool { return x.respaces[i/64]&(1<<(i%64)) != 0 }

// setRespaces sets x.respaces, once the entries, their runs and keyBits
// are made.
func (x *nameIndex) setRespaces() {
	x.respaces = make([]uint64, (len(x.entries)+63)/64)
	var glued []int32
	for i := 0; i < len(x.entries); {
		j := keyRunEnd(x.entries, i)
		if e := &x.entries[i]; e.kind == kindName {
			key := []byte(x.entryKey(e))
			g := dropAddrSpaces(slices.Clone(key))
			if glued = x.appendRespaced(glued[:0], key, len(g), nameHash(g), [2]uint32{uint32(i), uint32(j)}); len(glued) > 0 {
				for k := i; k < j; k++ {
					x.respaces[k/64] |= 1 << (k % 64)
				}
			}
		}
		i = j
	}
}

// entryRun returns the entries of a run lookupRun returned.
func (x *nameIndex) entryRun(run [2]uint32) []nameEntry { return x.entries[run[0]:run[1]:run[1]] }

// A listRun is a run of nameIndex.lists: [listRun[0], listRun[1]).
type listRun [2]uint32

// list returns the units of run r.
func (x *nameIndex) list(r listRun) []int32 { return x.lists[r[0]:r[1]:r[1]] }

// runs returns every run of x.lists: the kids and units in the province
// of each group, then the provinces. They do not overlap.
func (x *nameIndex) runs() []listRun {
	rs := make([]listRun, 0, 2*len(x.groups)+1)
	for _, g := range x.groups {
		rs = append(rs, g.kids, g.inProv)
	}
	return append(rs, x.provinces)
}

// kidsRun and inProvRun are kids and inProv as runs of x.lists; empty
// runs are listRun{}.
func (x *nameIndex) kidsRun(i int32) listRun {
	if g := x.group(i); g != nil && g.kids[1] > g.kids[0] {
		return g.kids
	}
	return listRun{}
}

func (x *nameIndex) inProvRun(i int32) listRun {
	if g := x.group(i); g != nil && g.inProv[1] > g.inProv[0] {
		return g.inProv
	}
	return listRun{}
}

// group returns the group of unit i, nil when no unit is under it.
func (x *nameIndex) group(i int32) *nameGroup {
	if g := x.units[i].grp; g > 0 {
		return &x.groups[g-1]
	}
	return nil
}

// kids returns the units under unit i.
func (x *nameIndex) kids(i int32) []int32 {
	if g := x.group(i); g != nil {
		return x.lists[g.kids[0]:g.kids[1]:g.kids[1]]
	}
	return nil
}

// inProv returns the districts and communes of province i.
func (x *nameIndex) inProv(i int32) []int32 {
	if g := x.group(i); g != nil {
		return x.lists[g.inProv[0]:g.inProv[1]:g.inProv[1]]
	}
	return nil
}

// provinceList returns the provinces of both eras.
func (x *nameIndex) provinceList() []int32 {
	return x.lists[x.provinces[0]:x.provinces[1]:x.provinces[1]]
}

func (x *nameIndex) unit(i int32) *nameUnit { return &x.units[i] }

// The era, level, type and code of a unit.
func (u *nameUnit) Era() Era     { return Era(u.era) }
func (u *nameUnit) Level() Level { return Level(u.level) }
func (u *nameUnit) Type() Type   { return Type(u.typ) }

// code returns the code of unit i of x, an index of ds.
func (ds *Dataset) code(x *nameIndex, i int32) Code {
	u := &x.units[i]
	if u.former {
		return Code{n: ds.d.Formers[u.pos].Code, era: EraPre2025, level: Level(u.level)}
	}
	return Code{n: ds.table(Era(u.era), Level(u.level)).Units[u.pos].Code(), era: Era(u.era), level: Level(u.level)}
}

// nameIndex returns the dataset's name index: the generated one for the
// embedded data, else built on first use.
func (ds *Dataset) nameIndex() *nameIndex {
	if ds.d == &embeddedData && len(embeddedNames.units) > 0 {
		return &embeddedNames
	}
	return ds.names.get(func() *nameIndex { return buildNameIndex(ds) })
}

// unitOf returns the Unit at position i of x, an index of ds.
func (ds *Dataset) unitOf(x *nameIndex, i int32) Unit {
	var u Unit
	ds.setUnitOf(&u, x, i)
	return u
}

// setUnitOf sets u to unitOf(x, i), in place.
func (ds *Dataset) setUnitOf(u *Unit, x *nameIndex, i int32) {
	a := &x.units[i]
	if a.former {
		*u = ds.formerUnit(int(a.pos))
		return
	}
	// A pre-2025 unit is as its table has it: beforeReform, the
	// directory of its era, has no later changes (newDirectory).
	era, level := Era(a.era), Level(a.level)
	setTableUnit(u, ds.table(era, level), era, level, int(a.pos))
	if era == Era2025 {
		ds.Current().changes(u)
	}
}

// nameIndexBuilder holds what buildNameIndex needs while it builds.
type nameIndexBuilder struct {
	x    *nameIndex
	text strings.Builder
	at   map[string]uint32 // keys already in text
}

// str stores s in the text once and returns where.
func (b *nameIndexBuilder) str(s string) (uint32, uint8) {
	if off, ok := b.at[s]; ok {
		return off, uint8(len(s))
	}
	// a key inside one already stored ("an" in "an phu") is not looked
	// for: the map keeps the build linear.
	off := uint32(b.text.Len())
	b.text.WriteString(s)
	b.at[s] = off
	return off, uint8(len(s))
}

func (b *nameIndexBuilder) file(kind uint8, key string, unit int32, alias bool) {
	off, n := b.str(key)
	b.x.entries = append(b.x.entries, nameEntry{keyOff: off, keyLen: n, kind: kind, alias: alias, unit: unit, level: b.x.units[unit].level})
}

// buildNameIndex indexes ds. The units come in this order, which is also
// the order in which the resolver meets candidates of equal standing: the
// pre-2025 provinces, districts and communes as of the day before the
// reform, the newest 2025 provinces and communes, then the earlier
// states of districts and communes (Formers).
func buildNameIndex(ds *Dataset) *nameIndex {
	x := &nameIndex{}
	b := &nameIndexBuilder{x: x, at: make(map[string]uint32, 16384)}
	byCode := make(map[Code]int32, 20000)
	parentOf := make([]Code, 0, 20000)
	provOf := make([]Code, 0, 20000)
	var k addrKeyer
	keys := make([]string, 0, 20000)
	add := func(u Unit, pos int, former bool) {
		key, tone := k.keys(u.Name()) // names in the tables are normalized already
		keys = append(keys, key)
		a := nameUnit{era: uint8(u.Era()), level: uint8(u.Level()), typ: uint8(u.Type()), former: former,
			pos: uint32(pos), parent: -1, via: -1,
			glen: uint8(len(key) - strings.Count(key, " "))}
		a.keyOff, a.keyLen = b.str(key)
		a.toneOff, a.toneLen = b.str(tone)
		if !former {
			byCode[u.Code()] = int32(len(x.units))
		}
		x.units = append(x.units, a)
		parentOf = append(parentOf, u.Parent())
		provOf = append(provOf, u.Province())
	}
	for _, d := range []*Directory{ds.beforeReform(), ds.Current()} {
		for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
			t := ds.table(d.era, level)
			if t == nil {
				continue
			}
			for i := range t.Units {
				add(d.unitAt(t, level, i), i, false)
			}
		}
	}
	// The earlier states of districts and communes (provinces: Thừa
	// Thiên Huế is a nickname of Huế already). A former commune's district
	// is the unit of 1/3/2025 with that code when there is one (the same
	// code renamed), else the former district.
	current := int32(len(x.units))
	formerDistricts := map[Code]int32{}
	var successors []Code
	for i := range ds.d.Formers {
		f := ds.former(i)
		if f.Unit.Level() == LevelProvince {
			continue
		}
		if f.Unit.Level() == LevelDistrict {
			formerDistricts[f.Unit.Code()] = int32(len(x.units))
		}
		add(f.Unit, i, true)
		successors = append(successors, f.Successor)
	}
	succ := make([][]addrSucc, len(x.units))
	for i := range x.units {
		a := &x.units[i]
		if p, ok := byCode[parentOf[i]]; ok {
			a.parent = p
		} else if p, ok := formerDistricts[parentOf[i]]; ok && int32(i) >= current {
			a.parent = p
		}
		a.prov = byCode[provOf[i]]
		if int32(i) >= current {
			if v, ok := byCode[successors[int32(i)-current]]; ok {
				a.via = v
			}
		}
		if Era(a.era) == Era2025 && !a.former {
			// Walking the 3,355 new units' predecessors visits each link
			// once, in the order Successors gives (new code), for less
			// than asking each of the 10,098 old units for its successors.
			for _, s := range ds.Predecessors(ds.code(x, int32(i))) {
				if from, ok := byCode[s.Old.Code()]; ok && s.Old.Level() != LevelDistrict {
					succ[from] = append(succ[from], addrSucc{to: int32(i), kind: s.Kind, allPop: s.AllPopulation()})
				}
			}
		}
	}
	for i := range x.units {
		a := &x.units[i]
		from := int32(i)
		if a.former {
			// A former unit leads where the unit continuing it does.
			if a.via < 0 {
				continue
			}
			from = a.via
		}
		if i > int(from) {
			a.succAt, a.succN = x.units[from].succAt, x.units[from].succN
			continue
		}
		a.succAt, a.succN = uint32(len(x.succ)), uint8(len(succ[from]))
		x.succ = append(x.succ, succ[from]...)
	}
	// The conversion table spells some pre-2025 communes otherwise than
	// the list ("Cư Yang" for Xã Cư Jang, "Vân Sơn" for Xã Văn Sơn), and
	// addresses are written with either: each such spelling is the
	// commune again, with its own key and tones, so that its words are
	// read with the tones they have.
	for _, s := range ds.d.Spellings {
		from, ok := byCode[Code{n: s.Code, era: EraPre2025, level: LevelCommune}]
		if !ok {
			continue
		}
		key, tone := k.keys(s.Name)
		a := x.units[from]
		if key == keys[from] && tone == b.text.String()[a.toneOff:a.toneOff+uint32(a.toneLen)] {
			continue
		}
		a.keyOff, a.keyLen = b.str(key)
		a.toneOff, a.toneLen = b.str(tone)
		a.glen = uint8(len(key) - strings.Count(key, " "))
		a.via = from // the unit it spells (same); via is a former's only else
		x.units = append(x.units, a)
		keys = append(keys, key)
	}
	for i := range x.units {
		x.fileKeys(b, int32(i), keys[i])
	}
	x.text = b.text.String()
	slices.SortStableFunc(x.entries, func(a, b nameEntry) int {
		ka, kb := x.entryKey(&a), x.entryKey(&b)
		return cmp.Or(cmp.Compare(nameBucket(ka), nameBucket(kb)),
			cmp.Compare(a.kind, b.kind), strings.Compare(ka, kb), cmp.Compare(a.unit, b.unit))
	})
	setEntryRuns(x.entries)
	x.buckets = make([]uint32, nameBuckets+1)
	for _, e := range x.entries {
		x.buckets[nameBucket(x.entryKey(&e))+1]++
	}
	for b := 1; b <= nameBuckets; b++ {
		x.buckets[b] += x.buckets[b-1]
	}
	x.keyBits = make([]uint64, 1<<nameKeyBits/64)
	for _, e := range x.entries {
		b := nameBitOf(nameHash(x.entryKey(&e)))
		x.keyBits[b/64] |= 1 << (b % 64)
	}
	x.setRespaces()
	x.group2(ds)
	return x
}

// fileKeys files unit i under its keys.
func (x *nameIndex) fileKeys(b *nameIndexBuilder, i int32, key string) {
	a := &x.units[i]
	b.file(kindName, key, i, false)
	// Names of several words are also found written as one ("Hbông",
	// "EaChàRang" for H Bông, Ea Chà Rang) and, the other way, names
	// written as one in the data with spaces ("S Ró").
	if glued := strings.ReplaceAll(key, " ", ""); glued != key && Level(a.level) != LevelProvince {
		b.file(kindGlued, glued, i, false)
	}
	if alias, ok := romanAlias(key); ok {
		b.file(kindName, alias, i, true)
	}
	x.fileUnitNicknames(b, i, key)
	if Level(a.level) != LevelProvince {
		return
	}
	// The other names of a province: nicknames, the name without spaces
	// ("danang"), with the first word cut to its letter ("T.Giang",
	// "B.Dương", "Q.Ngãi") and its initials ("bd").
	for _, n := range addrProvinceNicknames {
		if n.name == key {
			for _, alias := range n.alias {
				b.file(kindName, alias, i, true)
			}
		}
	}
	if glued := strings.ReplaceAll(key, " ", ""); glued != key {
		b.file(kindName, glued, i, true)
	}
	if sp := strings.IndexByte(key, ' '); sp > 0 {
		b.file(kindAbbr, key[:1]+key[sp:], i, false)
		var ini []byte
		for _, w := range strings.Fields(key) {
			ini = append(ini, w[0])
		}
		b.file(kindInitials, string(ini), i, false)
	}
}

// group2 fills x.groups and x.lists: the units under each unit and in
// each province, then the provinces, each run sorted by the length of the
// units' keys without spaces (nameUnit.glen), then in unit order. Only
// the typo search reads the runs, and it reads only the names of about
// the length of the text.
func (x *nameIndex) group2(ds *Dataset) {
	kids := map[int32][]int32{}
	inProv := map[int32][]int32{}
	var provinces []int32
	for i := range x.units {
		a := &x.units[i]
		if Level(a.level) == LevelProvince {
			provinces = append(provinces, int32(i))
			continue
		}
		if a.parent >= 0 {
			kids[a.parent] = append(kids[a.parent], int32(i))
		}
		inProv[a.prov] = append(inProv[a.prov], int32(i))
	}
	run := func(us []int32) listRun {
		at := len(x.lists)
		x.lists = append(x.lists, us...)
		slices.SortFunc(x.lists[at:], func(a, b int32) int {
			return cmp.Or(cmp.Compare(x.units[a].glen, x.units[b].glen), cmp.Compare(a, b))
		})
		return listRun{uint32(at), uint32(len(x.lists))}
	}
	for i := range x.units {
		k, p := kids[int32(i)], inProv[int32(i)]
		if len(k) == 0 && len(p) == 0 {
			continue
		}
		x.groups = append(x.groups, nameGroup{unit: int32(i), kids: run(k), inProv: run(p)})
		x.units[i].grp = uint32(len(x.groups))
	}
	x.provinces = run(provinces)
}
