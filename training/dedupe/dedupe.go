// Package dedupe finds the same person on several volunteer rosters: by
// CCCD, else by phone and folded name, else by folded name, birth date and
// commune. Each merge says which key matched, conflicting values are
// reported and never overwritten, Separate undoes a merge that a person
// checked, and the result does not depend on the order of the rows. A
// Deduper keeps about 300 bytes per row; a Matcher, which only marks each
// row's first earlier duplicate while rows stream by, keeps a hash per key.
package dedupe

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/ethnic"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// Key is the evidence that two roster rows are the same person, from
// strongest to weakest. The zero Key is no match.
type Key uint8

// The keys a Deduper matches on.
const (
	_ Key = iota
	// KeyCCCD: the same citizen ID number.
	KeyCCCD
	// KeyPhoneName: the same phone number and the same name, folded (no
	// tones, no case).
	KeyPhoneName
	// KeyNameBirthCommune: the same folded name, birth date and current
	// commune.
	KeyNameBirthCommune
)

var keyText = enumtext.Table{What: "dedupe: key", Words: [][]string{
	nil,
	KeyCCCD:             {"cccd"},
	KeyPhoneName:        {"phone+name"},
	KeyNameBirthCommune: {"name+birth+commune"},
}}

// String returns the key's name ("phone+name"), or "Key(N)" for a value
// that is no key, the zero included.
func (k Key) String() string { return keyText.String(uint8(k)) }

// Ref says where a roster row came from.
type Ref struct {
	Source string // the roster's name
	Row    int    // its line in the file
}

// String returns "source:row", or "" for the zero Ref.
func (r Ref) String() string {
	if r == (Ref{}) {
		return ""
	}
	return fmt.Sprintf("%s:%d", r.Source, r.Row)
}

// A Deduper finds the same person on several rosters. Add every accepted
// row, then read the Result. Matching is transitive: if row A shares a
// CCCD with B and B shares a phone and name with C, all three are one
// person. The result depends only on the set of rows added, not on their
// order. A Deduper keeps under 300 bytes per row, with no pointer for the
// garbage collector to follow, so its time and memory grow linearly with
// the rows. A Deduper is not safe for concurrent use.
type Deduper struct {
	rows   rowStore
	parent []int32
	seed   maphash.Seed
	// keys holds a hash of each key of each row; Result groups equal
	// hashes by sorting, which, unlike a map from hash to row, reads and
	// writes memory in order however many rows there are.
	keys     []hashedKey
	separate map[Ref]bool
	sources  []string // Ref.Source by index
	source   map[string]uint16
	// interned holds the units and groups rows repeat, by index.
	interned []string
	intern   map[string]uint16
}

// rowStore keeps rows in fixed-size chunks: growing it never copies the
// rows already stored, so a run of millions of rows has no moment when an
// old and a new backing array of hundreds of megabytes are both alive.
type rowStore struct {
	chunks [][]packedRow
	arena  arena
	n      int
}

const rowChunk = 1 << 12

func (s *rowStore) len() int { return s.n }

func (s *rowStore) append(r packedRow) {
	if s.n%rowChunk == 0 {
		s.chunks = append(s.chunks, make([]packedRow, 0, rowChunk))
	}
	last := len(s.chunks) - 1
	s.chunks[last] = append(s.chunks[last], r)
	s.n++
}

func (s *rowStore) at(i int32) *packedRow {
	return &s.chunks[i/rowChunk][i%rowChunk]
}

// packedRow is what a person's result needs of one row, without a
// pointer: the fixed-size values as they are, the strings in the arena.
// Keys are not stored: they are recomputed from the row when a hash
// matches.
type packedRow struct {
	cccd      person.CCCD
	phone     person.Phone
	commune   admin.Code
	birth     vietnam.Date
	row       int32
	strs      uint64 // where the row's strings start in the arena
	birthYear int16
	source    uint16
	unit      uint16 // index in Deduper.interned, or noIntern: then in the arena
	group     uint16 // likewise
	sex       person.Sex
	ethnicity ethnic.Group
	flags     uint8 // 1: the name is written given name first
}

// The strings of a row, in the order they are stored.
const (
	strID = iota
	strFamily
	strMiddle
	strGiven
	strAddress
	strHousehold
	strGroup // when not interned
	strUnit  // when not interned
	strCMND  // rare: the 9 digits
	strTax   // rare: the tax code
	strCount
)

// noIntern marks a unit or group stored in the arena: more distinct values
// than interning keeps.
const noIntern = 1<<16 - 1

// arena holds the rows' strings, each as a length (uvarint) and bytes, in
// chunks that are never moved.
type arena struct {
	chunks [][]byte
}

const arenaChunk = 1 << 20

// add stores the strings and returns where they start.
func (a *arena) add(strs *[strCount]string) uint64 {
	n := 0
	for _, s := range strs {
		n += binary.MaxVarintLen64 + len(s)
	}
	if len(a.chunks) == 0 || len(a.chunks[len(a.chunks)-1])+n > cap(a.chunks[len(a.chunks)-1]) {
		// A new chunk; the rest of the last one is left unused.
		a.chunks = append(a.chunks, make([]byte, 0, max(arenaChunk, n)))
	}
	c := &a.chunks[len(a.chunks)-1]
	at := uint64(len(a.chunks)-1)<<32 | uint64(len(*c))
	for _, s := range strs {
		*c = binary.AppendUvarint(*c, uint64(len(s)))
		*c = append(*c, s...)
	}
	return at
}

// get reads back the strings stored at.
func (a *arena) get(at uint64, strs *[strCount]string) {
	b := a.chunks[at>>32][uint32(at):]
	for i := range strs {
		n, k := binary.Uvarint(b)
		strs[i] = string(b[k : k+int(n)])
		b = b[k+int(n):]
	}
}

// New returns an empty Deduper.
func New() *Deduper {
	return &Deduper{seed: maphash.MakeSeed(),
		separate: map[Ref]bool{}, source: map[string]uint16{}, intern: map[string]uint16{}}
}

func (d *Deduper) find(i int32) int32 {
	for d.parent[i] != i {
		d.parent[i] = d.parent[d.parent[i]]
		i = d.parent[i]
	}
	return i
}

func (d *Deduper) union(a, b int32) {
	ra, rb := d.find(a), d.find(b)
	if ra != rb {
		d.parent[max(ra, rb)] = min(ra, rb)
	}
}

// dedupeKeys returns the row's keys by Key-1, each prefixed with its
// kind; empty when the row lacks the parts.
func dedupeKeys(l training.Learner) [3]string {
	var k [3]string
	if !l.CCCD.IsZero() {
		k[0] = "1" + l.CCCD.String()
	}
	name := l.Name.Key()
	if name == "" {
		return k
	}
	if !l.Phone.IsZero() {
		k[1] = "2" + l.Phone.E164() + "|" + name
	}
	if !l.BirthDate.IsZero() && !l.Commune.IsZero() {
		k[2] = "3" + name + "|" + l.BirthDate.ISO() + "|" + l.Commune.String()
	}
	return k
}

// pack stores a learner's row.
func (d *Deduper) pack(ref Ref, l training.Learner) packedRow {
	src, ok := d.source[ref.Source]
	if !ok {
		src = uint16(len(d.sources))
		d.sources = append(d.sources, ref.Source)
		d.source[ref.Source] = src
	}
	r := packedRow{cccd: l.CCCD, phone: l.Phone, commune: l.Commune, birth: l.BirthDate, row: int32(ref.Row),
		birthYear: int16(l.BirthYear), source: src, sex: l.Sex, ethnicity: l.Ethnicity}
	strs := [strCount]string{string(l.ID), l.Name.Family, l.Name.Middle, l.Name.Given, l.Address, string(l.Household)}
	r.group, strs[strGroup] = d.internOf(string(l.Group))
	r.unit, strs[strUnit] = d.internOf(string(l.Unit))
	if !l.CMND.IsZero() {
		strs[strCMND] = l.CMND.String()
	}
	if !l.TaxCode.IsZero() {
		strs[strTax] = l.TaxCode.String()
	}
	r.strs = d.rows.arena.add(&strs)
	if l.Name.GivenFirst {
		r.flags |= 1
	}
	return r
}

// internOf returns the index of s among the interned strings, or noIntern
// and s itself when the table is full.
func (d *Deduper) internOf(s string) (uint16, string) {
	if i, ok := d.intern[s]; ok {
		return i, ""
	}
	if len(d.interned) >= noIntern {
		return noIntern, s
	}
	i := uint16(len(d.interned))
	d.interned = append(d.interned, s)
	d.intern[s] = i
	return i, ""
}

func (d *Deduper) interned0(i uint16, s string) string {
	if i == noIntern {
		return s
	}
	return d.interned[i]
}

// learner unpacks row i.
func (d *Deduper) learner(i int32) training.Learner {
	r := d.rows.at(i)
	var strs [strCount]string
	d.rows.arena.get(r.strs, &strs)
	l := training.Learner{ID: training.LearnerID(strs[strID]),
		Name:      person.Name{Family: strs[strFamily], Middle: strs[strMiddle], Given: strs[strGiven], GivenFirst: r.flags&1 != 0},
		BirthDate: r.birth, BirthYear: int(r.birthYear), Sex: r.sex, CCCD: r.cccd, Phone: r.phone,
		Address: strs[strAddress], Commune: r.commune, Household: training.HouseholdID(strs[strHousehold]),
		Group: training.Group(d.interned0(r.group, strs[strGroup])), Unit: org.ID(d.interned0(r.unit, strs[strUnit])), Ethnicity: r.ethnicity}
	if strs[strCMND] != "" {
		l.CMND, _ = person.ParseCMND(strs[strCMND])
	}
	if strs[strTax] != "" {
		l.TaxCode, _ = person.ParseTaxCode(strs[strTax])
	}
	return l
}

// ref returns the Ref of row i.
func (d *Deduper) ref(i int32) Ref {
	r := d.rows.at(i)
	return Ref{Source: d.sources[r.source], Row: int(r.row)}
}

// Add records a row. Rows marked with Separate are kept apart. A Deduper
// holds up to 65.536 sources and 2³¹ rows.
func (d *Deduper) Add(ref Ref, l training.Learner) {
	i := int32(d.rows.len())
	d.rows.append(d.pack(ref, l))
	d.parent = append(d.parent, i)
	if d.separate[ref] {
		return
	}
	for k, key := range dedupeKeys(l) {
		if key != "" {
			d.keys = append(d.keys, hashedKey{maphash.String(d.seed, key), i, uint8(k)})
		}
	}
}

// hashedKey is a row's key of one kind (index in dedupeKeys), by its hash.
type hashedKey struct {
	hash uint64
	row  int32
	kind uint8
}

// join unites the rows that share a key: those whose key hashes are equal,
// once their keys are seen to be (a hash may stand for two keys).
func (d *Deduper) join(ctx context.Context) error {
	sortByKey(d.keys, func(k hashedKey) uint64 { return k.hash }, 64)
	var other map[string]int32 // the keys of a group that are not its first's
	for g := 0; g < len(d.keys); {
		if g%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		end := g + 1
		for end < len(d.keys) && d.keys[end].hash == d.keys[g].hash {
			end++
		}
		if end-g > 1 {
			first := d.keys[g]
			k0 := dedupeKeys(d.learner(first.row))[first.kind]
			clear(other)
			for _, x := range d.keys[g+1 : end] {
				switch k := dedupeKeys(d.learner(x.row))[x.kind]; {
				case k == k0:
					d.union(first.row, x.row)
				case other == nil:
					other = map[string]int32{k: x.row}
				default:
					if j, ok := other[k]; ok {
						d.union(j, x.row)
					} else {
						other[k] = x.row
					}
				}
			}
		}
		g = end
	}
	return nil
}

// sortByKey sorts a stably by the low bits of key: a radix sort, 16 bits
// at a time, skipping the digits every element shares, so that its time
// grows linearly with len(a); short slices by comparison.
func sortByKey[T any](a []T, key func(T) uint64, bits int) {
	if len(a) < 1<<12 {
		slices.SortStableFunc(a, func(x, y T) int { return cmp.Compare(key(x), key(y)) })
		return
	}
	src, dst := a, make([]T, len(a))
	count := make([]int, 1<<16+1)
	for shift := 0; shift < bits; shift += 16 {
		clear(count)
		for _, x := range src {
			count[key(x)>>shift&0xffff+1]++
		}
		if slices.Contains(count, len(src)) {
			continue // every element has the same digit here
		}
		for i := range 1 << 16 {
			count[i+1] += count[i]
		}
		for _, x := range src {
			c := key(x) >> shift & 0xffff
			dst[count[c]] = x
			count[c]++
		}
		src, dst = dst, src
	}
	copy(a, src) // a no-op when the passes ended back in a
}

// Separate undoes a merge: the row ref will stand alone as its own
// person, whatever it shares with others. It takes effect for rows added
// after the call; call it before adding, typically from a data officer's
// list of decisions kept with the rosters.
func (d *Deduper) Separate(ref Ref) { d.separate[ref] = true }

// Person is one person found on one or more rosters.
type Person struct {
	// ID is the person's learner ID: the CCCD when any row has one, else
	// the ID of the first row (by source, then line).
	ID training.LearnerID
	// Learner merges the rows: each field from the first row (by source,
	// then line) that has it. Conflicting values are in Conflicts, never
	// overwritten silently.
	Learner training.Learner
	Rows    []Ref   // every row of this person, by source then line
	Merges  []Merge // why each row after the first belongs here
	// Conflicts lists the fields whose rows disagree.
	Conflicts []Conflict
}

// Merge explains why a row was merged into a person: the key it shares
// with an earlier row of the same person.
type Merge struct {
	Row, With Ref
	Key       Key
}

// String returns "row = earlier row by key", or "" for the zero Merge.
func (m Merge) String() string {
	if m.Key == 0 {
		return ""
	}
	return fmt.Sprintf("%s = %s by %s", m.Row, m.With, m.Key)
}

// Conflict is a field whose rows give different values for one person.
type Conflict struct {
	Field  training.Field
	Values []string // distinct values, sorted
}

// Result returns the people found, in order of their first row. It can be
// called again after more rows are added. It stops, returning ctx's
// error, when ctx is cancelled.
func (d *Deduper) Result(ctx context.Context) ([]Person, error) {
	if err := d.join(ctx); err != nil {
		return nil, err
	}
	n := d.rows.len()
	// Walk the rows in Ref order: a person's number is the order of its
	// first row, and each person's rows come out already sorted. Both the
	// walk's order and the grouping are counting sorts, so no step costs
	// more than linear time, and the people are built where they belong.
	order := d.refOrder()
	slot := make([]int32, n) // root → 1 + the person's number
	start := make([]int32, 1, n/2+2)
	for _, i := range order {
		r := d.find(i)
		if slot[r] == 0 {
			start = append(start, 0)
			slot[r] = int32(len(start) - 1)
		}
		start[slot[r]]++
	}
	people := len(start) - 1
	for p := range people {
		start[p+1] += start[p]
	}
	members := make([]int32, n)
	next := slices.Clone(start[:people])
	for _, i := range order {
		p := slot[d.find(i)] - 1
		members[next[p]] = i
		next[p]++
	}
	out := make([]Person, people)
	for p := range out {
		if p%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		out[p] = d.person(members[start[p]:start[p+1]])
	}
	return out, nil
}

// refOrder returns the indices of the rows sorted by Ref (source, then
// line), rows with equal Refs in the order they were added: a stable LSD
// radix sort on the source's rank and the line, a byte at a time, which
// skips the bytes all rows share.
func (d *Deduper) refOrder() []int32 {
	rank := make([]uint64, len(d.sources))
	byName := make([]int, len(d.sources))
	for i := range byName {
		byName[i] = i
	}
	slices.SortFunc(byName, func(a, b int) int { return cmp.Compare(d.sources[a], d.sources[b]) })
	for r, i := range byName {
		rank[i] = uint64(r)
	}
	type keyed struct {
		key uint64 // rank << 32 | line, its sign bit flipped to sort as unsigned
		row int32
	}
	n := d.rows.len()
	a := make([]keyed, n)
	for i := range a {
		r := d.rows.at(int32(i))
		a[i] = keyed{rank[r.source]<<32 | uint64(uint32(r.row)^1<<31), int32(i)}
	}
	sortByKey(a, func(k keyed) uint64 { return k.key }, 48)
	order := make([]int32, n)
	for i, k := range a {
		order[i] = k.row
	}
	return order
}

func (d *Deduper) person(members []int32) Person {
	if len(members) == 1 {
		// Most people are on one row: nothing to merge, nothing to explain.
		l := d.learner(members[0])
		if !l.CCCD.IsZero() {
			l.ID = training.LearnerID(l.CCCD.String())
		}
		return Person{ID: l.ID, Learner: l, Rows: []Ref{d.ref(members[0])}}
	}
	var p Person
	for _, m := range members {
		p.Rows = append(p.Rows, d.ref(m))
	}
	p.Merges = d.explain(members)
	l := d.learner(members[0])
	values := map[training.Field]map[string]bool{}
	note := func(f training.Field, v string) {
		if v == "" {
			return
		}
		if values[f] == nil {
			values[f] = map[string]bool{}
		}
		values[f][v] = true
	}
	for _, m := range members {
		r := d.learner(m)
		note(training.FieldName, r.Name.Key())
		note(training.FieldBirthDate, r.BirthDate.String())
		note(training.FieldCCCD, r.CCCD.String())
		note(training.FieldPhone, r.Phone.National())
		note(training.FieldSex, sexString(r.Sex))
		note(training.FieldAddress, r.Commune.String())
		if l.BirthDate.IsZero() {
			l.BirthDate, l.BirthYear = r.BirthDate, r.BirthYear
		}
		if l.CCCD.IsZero() {
			l.CCCD = r.CCCD
		}
		if l.Phone.IsZero() {
			l.Phone = r.Phone
		}
		if l.Sex == person.SexUnknown {
			l.Sex = r.Sex
		}
		if l.Commune.IsZero() {
			l.Commune, l.Address = r.Commune, r.Address
		}
		if l.Household == "" {
			l.Household = r.Household
		}
		if l.Group == "" {
			l.Group = r.Group
		}
		if l.Unit == "" {
			l.Unit = r.Unit
		}
	}
	for _, f := range []training.Field{training.FieldName, training.FieldBirthDate, training.FieldSex, training.FieldCCCD, training.FieldPhone, training.FieldAddress} {
		if len(values[f]) > 1 {
			vs := make([]string, 0, len(values[f]))
			for v := range values[f] {
				vs = append(vs, v)
			}
			slices.Sort(vs)
			p.Conflicts = append(p.Conflicts, Conflict{Field: f, Values: vs})
		}
	}
	if !l.CCCD.IsZero() {
		l.ID = training.LearnerID(l.CCCD.String())
	}
	p.ID, p.Learner = l.ID, l
	return p
}

// explain links every member after the first to the person with a
// spanning tree grown from the first row (Prim's method): at each step the
// member with the strongest key to a row already explained joins, ties
// going to the earlier row. The merges come back in the order of the rows.
func (d *Deduper) explain(members []int32) []Merge {
	n := len(members)
	if n < 2 {
		return nil
	}
	keys := make([][3]string, n)
	for i, m := range members {
		keys[i] = dedupeKeys(d.learner(m))
	}
	shared := func(a, b int) Key {
		for k := range 3 {
			if v := keys[a][k]; v != "" && v == keys[b][k] {
				return Key(k + 1)
			}
		}
		return 0
	}
	const none = Key(255)
	best := make([]Key, n)
	with := make([]int, n)
	done := make([]bool, n)
	merges := make([]Merge, n)
	done[0] = true
	for i := 1; i < n; i++ {
		best[i] = none
		if k := shared(i, 0); k != 0 {
			best[i], with[i] = k, 0
		}
	}
	for range n - 1 {
		next := -1
		for i := 1; i < n; i++ {
			if !done[i] && (next < 0 || best[i] < best[next]) {
				next = i
			}
		}
		done[next] = true
		key := best[next]
		if key == none {
			key = 0 // cannot happen: rows join only through a shared key
		}
		merges[next] = Merge{Row: d.ref(members[next]), With: d.ref(members[with[next]]), Key: key}
		for i := 1; i < n; i++ {
			if !done[i] {
				if k := shared(i, next); k != 0 && k < best[i] {
					best[i], with[i] = k, next
				}
			}
		}
	}
	return merges[1:]
}

func sexString(s person.Sex) string {
	if s == person.SexUnknown {
		return ""
	}
	return s.String()
}

// String describes a conflict: "phone: 0912 345 678 | 0977 888 999".
// The zero Conflict, no conflict at all, is "", as the zero Merge is.
func (c Conflict) String() string {
	if c.Field == training.FieldIgnored && len(c.Values) == 0 {
		return ""
	}
	return c.Field.String() + ": " + strings.Join(c.Values, " | ")
}
