package org

import (
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Outcome says what the 2025 reform did to one unit of an old tree.
type Outcome uint8

// The outcomes. The zero Outcome is OutcomeUnknown, never produced by
// Migrate.
const (
	OutcomeUnknown Outcome = iota
	// Kept: the unit goes on under the same ID, perhaps with a new parent,
	// admin code or name.
	Kept
	// Merged: the unit became part of another one, Move.New; its records
	// and targets belong there now.
	Merged
	// Closed: the unit ended with the district level. Its records go to
	// Move.New, its nearest ancestor in the new tree ("" at the top).
	Closed
	// Pending: the unit waits for a decision and is not in the new tree:
	// its commune was split among several new ones (Move.Candidates), or
	// its code is not in the data, or it sits under such a unit.
	Pending
	// Ended: the unit had closed before 30/6/2025, so it is not carried.
	Ended
)

var outcomeText = enumtext.Table{What: "org: outcome", Words: [][]string{{"unknown"}, {"kept"}, {"merged"}, {"closed"}, {"pending"}, {"ended"}}}

// String returns the outcome's English name; out-of-range values print as
// "Outcome(n)".
func (o Outcome) String() string { return outcomeText.String(uint8(o)) }

// Move is what happened to one old unit.
type Move struct {
	Old     ID
	New     ID      // where the unit's records go; "" when there is nowhere
	Outcome Outcome // Kept, Merged, Closed, Pending or Ended
	// From and To are the admin codes before and after, zero when the unit
	// has none. A Pending unit has a zero To and lists Candidates.
	From, To   admin.Code
	Candidates []admin.Code
	// Rule is the rule of Migrate that decided the move, for a program to
	// act on; Reason says the same in English, with the names, for a
	// person. RuleNone for a unit whose code had one successor, or none.
	Rule   Rule
	Reason string
}

// Rule is a rule of Migrate that decides where a unit goes, or why it
// goes nowhere.
type Rule uint8

// The rules of Migrate.
const (
	RuleNone            Rule = iota
	RuleUnderPending         // the unit above waits for a decision, so the unit waits too (Pending)
	RuleEndedBefore          // the unit ended before the reform (Ended)
	RuleDistrictsEnded       // a district unit: the district level ended (Closed)
	RuleDistrictDropped      // a unit serving a district code goes on without it
	RuleIslandDistrict       // an island district became a đặc khu: its unit goes one level down
	RuleNotInData            // the admin code is not in the data (Pending)
	RuleCallerChoice         // a split commune: MigrateOptions.Choices chose
	RuleChoiceInvalid        // a split commune: the choice is not one of its successors (Pending)
	RuleAllPopulation        // a split commune: all its population went to one successor
	RuleOnlyUnit             // a split commune: the successor no other unit went into (SettleSplits)
	RuleNeedsChoice          // a split commune with no rule to settle it (Pending)
	RuleMergedInto           // several units landed on one new unit; this one is not its heir (Merged)
)

var ruleText = enumtext.Table{What: "org: rule", Err: ErrSyntax, Words: [][]string{{"none"}, {"under_pending"}, {"ended_before"},
	{"districts_ended"}, {"district_dropped"}, {"island_district"}, {"not_in_data"}, {"caller_choice"},
	{"choice_invalid"}, {"all_population"}, {"only_unit"}, {"needs_choice"}, {"merged_into"}}}

// String returns the rule's code ("all_population"), or "Rule(N)" for a
// value out of range.
func (r Rule) String() string { return ruleText.String(uint8(r)) }

// MarshalText encodes the rule as its code, and RuleNone as the empty
// text.
func (r Rule) MarshalText() ([]byte, error) { return ruleText.Marshal(uint8(r)) }

// UnmarshalText decodes a rule's code.
func (r *Rule) UnmarshalText(b []byte) error { return enumtext.Decode(&ruleText, r, b) }

// because is a rule with its reason in words.
type because struct {
	rule Rule
	text string
}

// Mapping records, for every unit of an old tree, what the reform did to
// it. Use it to carry records across: Mapping.New gives the unit a record
// of an old unit now belongs to. A Mapping is immutable and safe for
// concurrent use.
type Mapping struct {
	old   *Tree
	moves []Move // aligned with old's indexes
	into  *Tree  // the new tree, for Sources
	src   []int32
	srcAt []int32 // CSR over the new tree's indexes: sources of new j are src[srcAt[j]:srcAt[j+1]]
}

// Len returns the number of old units, each of which has a Move.
func (m *Mapping) Len() int { return len(m.moves) }

// New returns the ID in the new tree that the records of old belong to:
// the unit itself when Kept, the unit it Merged into, or the nearest
// surviving ancestor of a Closed unit. ok is false for Pending and Ended
// units, for a Closed unit with no ancestor, and for an unknown ID.
func (m *Mapping) New(old ID) (ID, bool) {
	i, ok := m.old.Index(old)
	if !ok || m.moves[i].New == "" {
		return "", false
	}
	return m.moves[i].New, true
}

// Move returns what happened to the old unit.
func (m *Mapping) Move(old ID) (Move, bool) {
	i, ok := m.old.Index(old)
	if !ok {
		return Move{}, false
	}
	return m.moveAt(i), true
}

func (m *Mapping) moveAt(i int) Move {
	mv := m.moves[i]
	mv.Candidates = slices.Clone(mv.Candidates)
	return mv
}

// Moves yields the move of every old unit, in the old tree's pre-order.
func (m *Mapping) Moves() iter.Seq[Move] {
	return func(yield func(Move) bool) {
		for i := range m.moves {
			if !yield(m.moveAt(i)) {
				return
			}
		}
	}
}

// Pending returns the moves that wait for a decision, in old pre-order.
func (m *Mapping) Pending() []Move {
	var out []Move
	for i := range m.moves {
		if m.moves[i].Outcome == Pending {
			out = append(out, m.moveAt(i))
		}
	}
	return out
}

// Sources returns the old units whose records now belong to the new unit,
// in old pre-order: the unit itself if it was Kept, the units Merged into
// it, and the Closed units that fell back to it.
func (m *Mapping) Sources(newID ID) []ID {
	j, ok := m.into.Index(newID)
	if !ok {
		return nil
	}
	var out []ID
	for _, i := range m.src[m.srcAt[j]:m.srcAt[j+1]] {
		out = append(out, m.moves[i].Old)
	}
	return out
}

// Old returns the old unit that the records of a unit of the new tree
// count for in a report on the old tree: the lowest old unit whose subtree
// holds every one of its Sources in force before the reform. A ward made
// of two communes of one district counts for that district's union, one
// made across districts for the province's, a Kept unit for itself. A unit
// with no such source (a team founded after the reform) counts for its
// nearest ancestor's. ok is
// false for an ID the new tree lacks, and when the sources lie under
// different roots of the old tree.
//
// Old is how a report keeps the pre-reform view after 1/7/2025 without
// losing a record: New sends old units forward, Old sends new ones back.
func (m *Mapping) Old(newID ID) (ID, bool) {
	j, ok := m.into.Index(newID)
	if !ok {
		return "", false
	}
	reform := reformDay()
	for ; j >= 0; j = m.into.ParentIndex(j) {
		// In pre-order a subtree is an index range, so the lowest common
		// ancestor is the first ancestor of the lowest index whose range
		// reaches the highest.
		lo, hi := int32(-1), int32(-1)
		for _, i := range m.src[m.srcAt[j]:m.srcAt[j+1]] {
			if m.old.units[i].ValidFrom.Before(reform) || m.old.units[i].ValidFrom.IsZero() {
				if lo < 0 {
					lo = i
				}
				hi = i // sources are in old pre-order
			}
		}
		if lo < 0 {
			continue
		}
		a := int(lo)
		for m.old.End(a) <= int(hi) {
			if a = m.old.ParentIndex(a); a < 0 {
				return "", false
			}
		}
		return m.old.units[a].ID, true
	}
	return "", false
}

// MigrateOptions tunes Migrate. The zero value uses the embedded data.
type MigrateOptions struct {
	// Dataset supplies the successions; nil means admin.Embedded().
	Dataset *admin.Dataset
	// Choices settles split communes: for the ID of an old unit whose
	// commune went to several new ones, the 2025 commune it goes with.
	Choices map[ID]admin.Code
	// NewID names the units Migrate creates (the union of a new province,
	// the union of a merged commune whose code is new). Nil means IDFor.
	NewID func(Kind, admin.Code) ID
	// SettleSplits settles the split communes that Choices does not name,
	// by the rule the provinces' own pipelines follow, so that every new
	// commune that an old one went into, whole or in part, gets its
	// unit (its Đoàn xã, its Hội LHTN, the commune itself):
	//
	//  1. a unit whose commune went into new communes that no other unit
	//     of its kind lands on goes with one of them; the pairing covers
	//     as many such communes as the splits allow (a maximum matching,
	//     the splits taken in pre-order and their successors in the
	//     data's order, the one that took all the population first, so
	//     the result is the same on every run);
	//  2. else it goes with the successor that took all its population
	//     when the statistics office says so;
	//  3. else it stays Pending for Choices to settle.
	//
	// Every such decision is a Move whose Reason says which rule made it.
	// Without SettleSplits a split commune goes only where Choices or
	// the statistics office say, so a new commune made only of split
	// parts, such as Xã Bàu Bàng (2025 code 25822), gets no unit.
	SettleSplits bool
}

// Migrate carries a tree across the reform of 1/7/2025. It reads the units
// in force on 30/6/2025 and returns the tree in force from 1/7/2025 with a
// Mapping that says what became of every old unit; nothing is dropped
// without a Move saying why.
//
//   - Units with a district-level code, and Huyện đoàn and districts, are
//     Closed; what hung below them moves up to their nearest surviving
//     ancestor (or, for commune units, to their new province's unit). An
//     island district that became an đặc khu becomes its commune-level unit.
//   - Units with a pre-2025 province or commune code take the 2025 code
//     their unit went into (vietnam/admin Successors). Units that exist one
//     per admin unit (Tỉnh đoàn, Đoàn xã, Hội LHTN, provinces, communes) and
//     land on the same new code merge: the one whose old code is the new
//     code is Kept and the others are Merged into it; if none is, a unit is
//     created (MigrateOptions.NewID) and all are Merged into it. Their
//     names follow the new admin unit ("Đoàn phường Lái Thiêu", "Thành đoàn
//     Thành phố Hồ Chí Minh") and their counts are summed.
//   - Units of the new era already in the tree (from 1/7/2025, with a 2025
//     code) stay as they are, and the old units that land on their code
//     merge into them: a file kept across the reform needs no new IDs.
//   - A commune split among several new ones goes with the one that took
//     all its population when the statistics office says so; otherwise it
//     is Pending, with its subtree, until MigrateOptions.Choices names one.
//     MigrateOptions.SettleSplits settles such communes by rule instead.
//   - Every other unit in force (chi đoàn, teams, units with no code) is
//     Kept under its parent's new unit.
//   - Units that ended before 30/6/2025 are Ended. A ValidTo of exactly
//     30/6/2025 is read as "closed by the reform", so such units carry on.
//
// The new tree describes the units from 1/7/2025 on: their ValidFrom is
// 1/7/2025 at the earliest; their history stays in the old tree. Migrate
// returns a *CheckError if the new tree fails Build's checks, for
// instance when a created ID is already taken.
func Migrate(old *Tree, opts MigrateOptions) (*Tree, *Mapping, error) {
	ds := opts.Dataset
	if ds == nil {
		ds = admin.Embedded()
	}
	newID := opts.NewID
	if newID == nil {
		newID = IDFor
	}
	m := migration{old: old, ds: ds, opts: opts, newID: newID, reform: reformDay(), last: reformDay().AddDays(-1)}
	return m.run()
}

type groupKey struct {
	kind Kind
	code admin.Code
}

type group struct {
	unit    Unit
	members []int32
	first   int32
	fresh   int32 // a member already of the new era, which the others join; -1 if none
}

type migration struct {
	old          *Tree
	ds           *admin.Dataset
	opts         MigrateOptions
	newID        func(Kind, admin.Code) ID
	reform, last vietnam.Date

	moves  []Move
	groups map[groupKey]*group
	inGrp  []*group
	// splits are the units whose commune was split and that Choices does
	// not settle, left for settleSplits when SettleSplits is set.
	splits []split
}

// split is a unit waiting for settleSplits.
type split struct {
	i    int32
	kind Kind
	succ []admin.Succession
}

func (m *migration) run() (*Tree, *Mapping, error) {
	n := m.old.Len()
	m.moves = make([]Move, n)
	m.groups = map[groupKey]*group{}
	m.inGrp = make([]*group, n)
	for i := range n {
		m.classify(i)
	}
	m.settleSplits()
	m.nameGroups()

	// Place units in old pre-order, so that a unit's parent is settled
	// before it.
	units := make([]Unit, 0, n)
	for i := range n {
		u := m.old.units[i]
		mv := &m.moves[i]
		parent := ID("")
		pendingUnder := ID("")
		if p := m.old.parent[i]; p >= 0 {
			pm := &m.moves[p]
			switch pm.Outcome {
			case Pending:
				pendingUnder = pm.Old
			case Ended:
				// Build keeps children inside their parent's validity, so
				// a child in force on 30/6/2025 has a parent in force too.
			default:
				parent = pm.New
			}
		}
		// A unit that joined a group is placed by its own code, whatever
		// became of its parent.
		if g := m.inGrp[i]; g != nil {
			if g.first == int32(i) {
				g.unit.Parent = parent
				if g.fresh >= 0 {
					g.unit.Parent = m.newParent(g.fresh)
				}
				units = append(units, g.unit)
			}
			continue
		}
		switch {
		case mv.Outcome == Ended || mv.Outcome == Pending:
			continue
		case pendingUnder != "":
			*mv = Move{Old: u.ID, Outcome: Pending, From: u.Admin, Rule: RuleUnderPending, Reason: fmt.Sprintf("under %q, which waits for a decision", pendingUnder)}
			continue
		case mv.Outcome == Closed:
			mv.New = parent
			continue
		}
		u.Parent = parent
		u.Admin = mv.To
		m.carry(&u)
		units = append(units, u)
	}

	tree, err := Build(units)
	if err != nil {
		return nil, nil, err
	}
	return tree, m.mapping(tree), nil
}

// newParent returns the new ID of the old parent of unit i, which Kept and
// Merged moves know before placement.
func (m *migration) newParent(i int32) ID {
	if p := m.old.parent[i]; p >= 0 {
		return m.moves[p].New
	}
	return ""
}

// carry makes a unit's validity start no earlier than the reform; a ValidTo
// on the last old day was the old tree's way of saying "until the reform".
func (m *migration) carry(u *Unit) {
	if u.ValidFrom.Before(m.reform) {
		u.ValidFrom = m.reform
	}
	if !u.ValidTo.After(m.last) {
		u.ValidTo = vietnam.Date{}
	}
}

func (m *migration) classify(i int) {
	u := m.old.units[i]
	mv := &m.moves[i]
	*mv = Move{Old: u.ID, Outcome: Kept, New: u.ID, From: u.Admin, To: u.Admin}
	if !u.ValidTo.IsZero() && u.ValidTo.Before(m.last) {
		*mv = Move{Old: u.ID, Outcome: Ended, From: u.Admin, Rule: RuleEndedBefore, Reason: fmt.Sprintf("ended on %s, before the reform", u.ValidTo)}
		return
	}
	if !u.ValidFrom.IsZero() && !u.ValidFrom.Before(m.reform) {
		// Already a unit of the new era. If it serves a 2025 unit one to
		// one, the old units that land on that unit merge into it.
		if u.Kind.perAdminUnit() && u.Admin.Era() == admin.Era2025 {
			m.join(i, u.Kind, u.Admin, because{})
			m.inGrp[i].fresh = int32(i)
		}
		return
	}
	c := u.Admin
	level := c.Level()
	if c.Era() != admin.EraPre2025 {
		level = admin.LevelUnknown // no code, or a 2025 one: nothing to translate
	}
	kind := u.Kind
	if level == admin.LevelDistrict || kind.adminLevel() == admin.LevelDistrict && c.IsZero() {
		succ := m.succ(c)
		if len(succ) == 1 && succ[0].Kind == admin.KindIslandDistrict && kind.adminLevel() == admin.LevelDistrict {
			// The island district became an đặc khu: its unit goes on
			// one level down.
			kind = communeKindOf(kind)
			m.join(i, kind, succ[0].New.Code(), because{RuleIslandDistrict, "island district became " + succ[0].New.FullName()})
			return
		}
		if kind.adminLevel() == admin.LevelDistrict {
			*mv = Move{Old: u.ID, Outcome: Closed, From: c, Rule: RuleDistrictsEnded, Reason: "the district level ended on " + m.last.String()}
			return
		}
		mv.To = admin.Code{}
		mv.Rule, mv.Reason = RuleDistrictDropped, "its district code was dropped: districts ended on "+m.last.String()
		return
	}
	if level == admin.LevelUnknown {
		return
	}
	succ := m.succ(c)
	if len(succ) == 0 {
		*mv = Move{Old: u.ID, Outcome: Pending, From: c, Rule: RuleNotInData, Reason: fmt.Sprintf("admin code %s is not in the data", adminText(c))}
		return
	}
	if m.opts.SettleSplits && len(succ) > 1 && kind.perAdminUnit() {
		if _, chosen := m.opts.Choices[u.ID]; !chosen {
			// Settled once every unit that lands on one commune is known.
			m.splits = append(m.splits, split{int32(i), kind, succ})
			return
		}
	}
	to, why, ok := m.choose(u, succ)
	if !ok {
		cands := make([]admin.Code, len(succ))
		for k, s := range succ {
			cands[k] = s.New.Code()
		}
		*mv = Move{Old: u.ID, Outcome: Pending, From: c, Candidates: cands, Rule: why.rule, Reason: why.text}
		return
	}
	if kind.perAdminUnit() {
		m.join(i, kind, to, why)
		return
	}
	mv.To, mv.Rule, mv.Reason = to, why.rule, why.text
}

func (m *migration) succ(c admin.Code) []admin.Succession {
	if c.IsZero() {
		return nil
	}
	return m.ds.Successors(c)
}

// choose picks the new unit for a unit whose code had successors.
func (m *migration) choose(u Unit, succ []admin.Succession) (admin.Code, because, bool) {
	if len(succ) == 1 {
		return succ[0].New.Code(), because{}, true
	}
	names := successorNames(succ)
	if want, ok := m.opts.Choices[u.ID]; ok {
		for _, s := range succ {
			if s.New.Code() == want {
				return want, because{RuleCallerChoice, "split among " + names + "; chosen by the caller"}, true
			}
		}
		return admin.Code{}, because{RuleChoiceInvalid, fmt.Sprintf("split among %s; the choice %s is not one of them", names, adminText(want))}, false
	}
	if to, why, ok := allPopulation(succ, names); ok {
		return to, why, true
	}
	return admin.Code{}, because{RuleNeedsChoice, "split among " + names + "; choose one in MigrateOptions.Choices"}, false
}

func successorNames(succ []admin.Succession) string {
	var b strings.Builder
	for k, s := range succ {
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s.New.String())
	}
	return b.String()
}

// allPopulation returns the one successor that took all the population,
// if the statistics office names exactly one.
func allPopulation(succ []admin.Succession, names string) (admin.Code, because, bool) {
	var all []admin.Succession
	for _, s := range succ {
		if s.AllPopulation() {
			all = append(all, s)
		}
	}
	if len(all) != 1 {
		return admin.Code{}, because{}, false
	}
	return all[0].New.Code(), because{RuleAllPopulation, "split among " + names + "; all its population went to " + all[0].New.FullName()}, true
}

// settleSplits applies MigrateOptions.SettleSplits to the split units
// classify left aside. The new communes that no other unit of the same
// kind lands on are paired with split units by augmenting paths (Kuhn's
// algorithm), which finds a pairing that covers as many of them as
// possible: a greedy pass in pre-order can take the only split that could
// reach a later commune. The rest go by population or stay Pending.
func (m *migration) settleSplits() {
	if len(m.splits) == 0 {
		return
	}
	// The communes each split could cover: those no unit has joined yet.
	open := make([][]groupKey, len(m.splits))
	for k, sp := range m.splits {
		// The successor that took all the population, if open, is tried
		// first, so that the pairing moves people only where it must.
		if to, _, ok := allPopulation(sp.succ, ""); ok && m.groups[groupKey{sp.kind, to}] == nil {
			open[k] = append(open[k], groupKey{sp.kind, to})
		}
		for _, s := range sp.succ {
			key := groupKey{sp.kind, s.New.Code()}
			if m.groups[key] == nil && !slices.Contains(open[k], key) {
				open[k] = append(open[k], key)
			}
		}
	}
	holder := map[groupKey]int{} // open commune → the split paired with it
	pick := make([]int, len(m.splits))
	for k := range pick {
		pick[k] = -1
	}
	var seen map[groupKey]bool
	var augment func(k int) bool
	augment = func(k int) bool {
		for c, key := range open[k] {
			if seen[key] {
				continue
			}
			seen[key] = true
			if h, taken := holder[key]; !taken || augment(h) {
				holder[key], pick[k] = k, c
				return true
			}
		}
		return false
	}
	for k := range m.splits {
		if len(open[k]) > 0 {
			seen = map[groupKey]bool{}
			augment(k)
		}
	}
	for k, sp := range m.splits {
		i := int(sp.i)
		names := successorNames(sp.succ)
		if pick[k] >= 0 {
			key := open[k][pick[k]]
			to := adminText(key.code)
			for _, s := range sp.succ {
				if s.New.Code() == key.code {
					to = s.New.String()
				}
			}
			m.join(i, sp.kind, key.code, because{RuleOnlyUnit, fmt.Sprintf("split among %s; goes with %s, which no other unit went into (MigrateOptions.SettleSplits)", names, to)})
			continue
		}
		if to, why, ok := allPopulation(sp.succ, names); ok {
			m.join(i, sp.kind, to, why)
			continue
		}
		u := m.old.units[i]
		cands := make([]admin.Code, len(sp.succ))
		for c, s := range sp.succ {
			cands[c] = s.New.Code()
		}
		m.moves[i] = Move{Old: u.ID, Outcome: Pending, From: u.Admin, Candidates: cands,
			Rule: RuleNeedsChoice, Reason: "split among " + names + "; each has a unit already; choose one in MigrateOptions.Choices"}
	}
}

// join puts unit i into the group of units of kind k serving the new code.
func (m *migration) join(i int, k Kind, to admin.Code, why because) {
	key := groupKey{k, to}
	g := m.groups[key]
	if g == nil {
		g = &group{first: int32(i), fresh: -1}
		m.groups[key] = g
	}
	// Splits settled late join after later units: the group's unit is
	// still placed where its first member stood.
	g.first = min(g.first, int32(i))
	g.members = append(g.members, int32(i))
	m.inGrp[i] = g
	mv := &m.moves[i]
	mv.To, mv.Rule, mv.Reason = to, why.rule, why.text
	u := m.old.units[i]
	g.unit.Members += u.Members
	g.unit.Households += u.Households
	g.unit.Population += u.Population
}

// nameGroups settles each group's unit: the member whose code carries over
// continues; otherwise a new unit is made.
func (m *migration) nameGroups() {
	for key, g := range m.groups {
		if g.fresh >= 0 {
			// The unit of the new era goes on as it is; its counts
			// already describe the merged whole.
			g.unit = m.old.units[g.fresh]
			m.settle(g, g.fresh)
			continue
		}
		var heir int32 = -1
		for _, i := range g.members {
			if m.old.units[i].Admin.String() == key.code.String() && m.old.units[i].Kind == key.kind {
				heir = i
				break
			}
		}
		u := &g.unit
		if heir >= 0 {
			h := m.old.units[heir]
			u.ID, u.ValidFrom, u.ValidTo = h.ID, h.ValidFrom, h.ValidTo
		} else {
			u.ID = m.newID(key.kind, key.code)
		}
		u.Kind, u.Admin = key.kind, key.code
		m.carry(u)
		u.Name = m.groupName(key, heir)
		m.settle(g, heir)
	}
}

// settle points every member of g at the group's unit: the heir is Kept,
// the others Merged.
func (m *migration) settle(g *group, heir int32) {
	u := &g.unit
	for _, i := range g.members {
		mv := &m.moves[i]
		mv.New = u.ID
		if i != heir {
			mv.Outcome = Merged
			if mv.Reason == "" {
				mv.Rule, mv.Reason = RuleMergedInto, fmt.Sprintf("merged into %q", u.Name)
			}
		}
	}
}

func (m *migration) groupName(key groupKey, heir int32) string {
	a, ok := m.ds.Current().Unit(key.code)
	switch {
	case !ok && heir >= 0:
		return m.old.units[heir].Name
	case !ok:
		return key.kind.Label(vietnam.Vietnamese) + " " + key.code.String()
	case key.kind.Family() == FamilyYouthUnion:
		return UnionName(a)
	case key.kind.Family() == FamilyAdmin:
		return a.FullName()
	case heir >= 0:
		return m.old.units[heir].Name
	}
	return key.kind.Label(vietnam.Vietnamese) + " " + inName(a)
}

func (m *migration) mapping(tree *Tree) *Mapping {
	mp := &Mapping{old: m.old, moves: m.moves, into: tree, srcAt: make([]int32, tree.Len()+1)}
	target := make([]int32, len(m.moves))
	for i, mv := range m.moves {
		target[i] = -1
		if mv.New != "" {
			if j, ok := tree.Index(mv.New); ok {
				target[i] = int32(j)
				mp.srcAt[j+1]++
			}
		}
	}
	for j := range tree.Len() {
		mp.srcAt[j+1] += mp.srcAt[j]
	}
	mp.src = make([]int32, mp.srcAt[tree.Len()])
	fill := slices.Clone(mp.srcAt[:tree.Len()])
	for i, j := range target {
		if j >= 0 {
			mp.src[fill[j]] = int32(i)
			fill[j]++
		}
	}
	return mp
}

// perAdminUnit reports whether there is one unit of kind k per
// administrative unit, so that units of merged communes merge too.
func (k Kind) perAdminUnit() bool {
	return k.adminLevel() != admin.LevelUnknown || k == KindYouthFederation
}

func communeKindOf(k Kind) Kind {
	if k == KindDistrict {
		return KindCommune
	}
	return KindCommuneUnion
}

// WriteCSV writes the moves as a report for the staff who settle the
// pending ones: old_id, outcome, new_id, from and to (era-qualified admin
// codes), candidates (space-separated) and reason, in old pre-order.
func (m *Mapping) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"old_id", "outcome", "new_id", "from", "to", "candidates", "reason"}); err != nil {
		return err
	}
	for i := range m.moves {
		mv := &m.moves[i]
		cands := make([]string, len(mv.Candidates))
		for k, c := range mv.Candidates {
			cands[k] = adminText(c)
		}
		rec := []string{string(mv.Old), mv.Outcome.String(), string(mv.New), adminText(mv.From), adminText(mv.To), strings.Join(cands, " "), mv.Reason}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
