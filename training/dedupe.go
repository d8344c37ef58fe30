package training

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"iter"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// MatchKey is the evidence that two roster rows are the same person, from
// strongest to weakest. The zero MatchKey is no match.
type MatchKey uint8

// The keys Dedupe matches on.
const (
	_ MatchKey = iota
	// KeyCCCD: the same citizen ID number.
	KeyCCCD
	// KeyPhoneName: the same phone number and the same name, folded (no
	// tones, no case).
	KeyPhoneName
	// KeyNameBirthCommune: the same folded name, birth date and current
	// commune.
	KeyNameBirthCommune
)

// String returns the key's name.
func (k MatchKey) String() string {
	switch k {
	case KeyCCCD:
		return "cccd"
	case KeyPhoneName:
		return "phone+name"
	case KeyNameBirthCommune:
		return "name+birth+commune"
	}
	return fmt.Sprintf("MatchKey(%d)", uint8(k))
}

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

func compareRefs(a, b Ref) int {
	if c := cmp.Compare(a.Source, b.Source); c != 0 {
		return c
	}
	return cmp.Compare(a.Row, b.Row)
}

// A Deduper finds the same person on several rosters. Add every accepted
// row, then read the Result. Matching is transitive: if row A shares a
// CCCD with B and B shares a phone and name with C, all three are one
// person. The result depends only on the set of rows added, not on their
// order. A Deduper is not safe for concurrent use.
type Deduper struct {
	rows     rowStore
	parent   []int32
	seed     maphash.Seed
	first    map[uint64]int32 // hash of key → first row with it
	exact    map[string]int32 // keys whose hash another key took first
	separate map[Ref]bool
}

// rowStore keeps rows in fixed-size chunks: growing it never copies the
// rows already stored, so a run of millions of rows has no moment when an
// old and a new backing array of hundreds of megabytes are both alive.
type rowStore struct {
	chunks [][]dedupeRow
	n      int
}

const rowChunk = 1 << 12

func (s *rowStore) len() int { return s.n }

func (s *rowStore) append(r dedupeRow) {
	if s.n%rowChunk == 0 {
		s.chunks = append(s.chunks, make([]dedupeRow, 0, rowChunk))
	}
	last := len(s.chunks) - 1
	s.chunks[last] = append(s.chunks[last], r)
	s.n++
}

func (s *rowStore) at(i int) *dedupeRow {
	return &s.chunks[i/rowChunk][i%rowChunk]
}

// dedupeRow keeps what a person's result needs of one row. Keys are not
// stored: they are recomputed from the learner when a hash matches, which
// keeps a row to a couple of hundred bytes at 1,6 million rows.
type dedupeRow struct {
	ref     Ref
	learner Learner
}

// NewDeduper returns an empty Deduper.
func NewDeduper() *Deduper {
	return &Deduper{seed: maphash.MakeSeed(), first: map[uint64]int32{}, exact: map[string]int32{}, separate: map[Ref]bool{}}
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

// dedupeKeys returns the row's keys by MatchKey-1, each prefixed with its
// kind; empty when the row lacks the parts.
func dedupeKeys(l Learner) [3]string {
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

// Add records a row. Rows marked with Separate are kept apart.
func (d *Deduper) Add(ref Ref, l Learner) {
	i := int32(d.rows.len())
	l = compactLearner(l)
	d.rows.append(dedupeRow{ref: ref, learner: l})
	d.parent = append(d.parent, i)
	if d.separate[ref] {
		return
	}
	for _, key := range dedupeKeys(l) {
		if key == "" {
			continue
		}
		h := maphash.String(d.seed, key)
		j, ok := d.first[h]
		switch {
		case !ok:
			d.first[h] = i
		case dedupeKeys(d.rows.at(int(j)).learner)[key[0]-'1'] == key:
			d.union(i, j)
		default:
			// Another key took this hash first: keep exact keys for it.
			if j, ok := d.exact[key]; ok {
				d.union(i, j)
			} else {
				d.exact[key] = i
			}
		}
	}
}

// compactLearner copies the strings a Deduper keeps, so that a row does
// not pin the whole line of the file it was read from.
func compactLearner(l Learner) Learner {
	l.ID = LearnerID(strings.Clone(string(l.ID)))
	l.Name.Family, l.Name.Middle, l.Name.Given = strings.Clone(l.Name.Family), strings.Clone(l.Name.Middle), strings.Clone(l.Name.Given)
	l.Address = strings.Clone(l.Address)
	l.Household = HouseholdID(strings.Clone(string(l.Household)))
	l.Unit = org.ID(strings.Clone(string(l.Unit)))
	return l
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
	ID LearnerID
	// Learner merges the rows: each field from the first row (by source,
	// then line) that has it. Conflicting values are in Conflicts, never
	// overwritten silently.
	Learner Learner
	Rows    []Ref   // every row of this person, by source then line
	Merges  []Merge // why each row after the first belongs here
	// Conflicts lists the fields whose rows disagree.
	Conflicts []Conflict
}

// Merge explains why a row was merged into a person: the key it shares
// with an earlier row of the same person.
type Merge struct {
	Row, With Ref
	Key       MatchKey
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
	Field  Field
	Values []string // distinct values, sorted
}

// Result returns the people found, in order of their first row. It can be
// called again after more rows are added.
func (d *Deduper) Result() []Person {
	groups := map[int32][]int{}
	for i := range d.rows.len() {
		r := d.find(int32(i))
		groups[r] = append(groups[r], i)
	}
	out := make([]Person, 0, len(groups))
	for _, members := range groups {
		slices.SortFunc(members, func(a, b int) int { return compareRefs(d.rows.at(a).ref, d.rows.at(b).ref) })
		out = append(out, d.person(members))
	}
	slices.SortFunc(out, func(a, b Person) int { return compareRefs(a.Rows[0], b.Rows[0]) })
	return out
}

// People yields the people found, like Result.
func (d *Deduper) People() iter.Seq[Person] { return slices.Values(d.Result()) }

func (d *Deduper) person(members []int) Person {
	var p Person
	for _, m := range members {
		p.Rows = append(p.Rows, d.rows.at(m).ref)
	}
	p.Merges = d.explain(members)
	l := d.rows.at(members[0]).learner
	values := map[Field]map[string]bool{}
	note := func(f Field, v string) {
		if v == "" {
			return
		}
		if values[f] == nil {
			values[f] = map[string]bool{}
		}
		values[f][v] = true
	}
	for _, m := range members {
		r := d.rows.at(m).learner
		note(FieldName, r.Name.Key())
		note(FieldBirthDate, r.BirthDate.String())
		note(FieldCCCD, r.CCCD.String())
		note(FieldPhone, r.Phone.National())
		note(FieldSex, sexString(r.Sex))
		note(FieldAddress, r.Commune.String())
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
		if l.Group == GroupUnknown {
			l.Group = r.Group
		}
		if l.Unit == "" {
			l.Unit = r.Unit
		}
	}
	for _, f := range []Field{FieldName, FieldBirthDate, FieldSex, FieldCCCD, FieldPhone, FieldAddress} {
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
		l.ID = LearnerID(l.CCCD.String())
	}
	p.ID, p.Learner = l.ID, l
	return p
}

// explain links every member after the first to the person with a
// spanning tree grown from the first row (Prim's method): at each step the
// member with the strongest key to a row already explained joins, ties
// going to the earlier row. The merges come back in the order of the rows.
func (d *Deduper) explain(members []int) []Merge {
	n := len(members)
	if n < 2 {
		return nil
	}
	keys := make([][3]string, n)
	for i, m := range members {
		keys[i] = dedupeKeys(d.rows.at(m).learner)
	}
	shared := func(a, b int) MatchKey {
		for k := range 3 {
			if v := keys[a][k]; v != "" && v == keys[b][k] {
				return MatchKey(k + 1)
			}
		}
		return 0
	}
	const none = MatchKey(255)
	best := make([]MatchKey, n)
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
		merges[next] = Merge{Row: d.rows.at(members[next]).ref, With: d.rows.at(members[with[next]]).ref, Key: key}
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
func (c Conflict) String() string {
	return c.Field.String() + ": " + strings.Join(c.Values, " | ")
}
