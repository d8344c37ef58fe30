package org

import (
	"cmp"

	"fmt"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxIDLen bounds IDs so that one bad cell cannot make every message huge.
const maxIDLen = 256

// Build checks units and returns them as a Tree. It reads the whole list in
// one pass and reports every problem it finds, not only the first, in a
// *CheckError sorted by row:
//
//   - an empty or malformed ID, or an invalid Kind (ErrID, ErrKind);
//
//   - a second unit with an ID already used (ErrDuplicateID);
//
//   - a Parent that names no unit of the list (ErrUnknownParent);
//
//   - parents that loop back (ErrCycle), reported once per loop;
//
//   - a negative Population, Households or Members (ErrCount);
//
//   - ValidFrom after ValidTo, or a child valid on a day its parent is not
//     (ErrValidity);
//
//   - a kind that did not exist while the unit was in force, such as a
//     Huyện đoàn valid after 30/6/2025, or an admin code of an era in which
//     the unit was never in force: a ward union opened on 1/7/2025 cannot
//     serve a pre-2025 ward (ErrEra);
//
//   - an admin code of the wrong level for the kind: a Tỉnh đoàn serves a
//     province, a Huyện đoàn a district, an Đoàn xã a commune
//     (ErrAdminLevel).
//
//   - an admin code that no unit of vietnam/admin has (ErrAdminCode), or
//     one outside the admin unit of the nearest ancestor that has a code
//     of the same era, such as a ward of Bình Dương under Thành đoàn Hà Nội
//     (ErrAdminParent).
//
// Open validity dates are read leniently: a unit with no dates may carry a
// code of either era.
//
// When there is any problem Build returns a nil Tree. Units may come in any
// order; children keep the order they have in units. Build copies units and
// does not keep the slice.
func Build(units []Unit) (*Tree, error) {
	b := builder{units: units}
	return b.build()
}

type builder struct {
	units    []Unit
	lines    []int // the row of each unit in the caller's file; nil means position+1
	problems []Problem
}

func (b *builder) row(i int) int {
	if b.lines != nil {
		return b.lines[i]
	}
	return i + 1
}

func (b *builder) report(i int, field, value string, err error, format string, args ...any) {
	p := Problem{Row: b.row(i), Field: field, Value: value, Err: err, Detail: fmt.Sprintf(format, args...)}
	if i >= 0 {
		p.ID = b.units[i].ID
	}
	b.problems = append(b.problems, p)
}

func (b *builder) build() (*Tree, error) {
	units := b.units
	n := len(units)
	ids := newIDIndex(n)
	pin := make([]int32, n) // input index of the parent, -1 for none

	// Pass 1: each unit alone, and the ID index (first occurrence wins).
	for i := range units {
		u := &units[i]
		b.checkUnit(i)
		if u.ID == "" {
			continue
		}
		if first, ok := ids.insert(u.ID, i, units); !ok {
			b.report(i, "id", string(u.ID), ErrDuplicateID, "already used by row %d", b.row(first))
		}
	}

	// Pass 2: parents and children lists (CSR, stable in input order).
	start := make([]int32, n+1)
	for i := range units {
		pin[i] = -1
		if p := units[i].Parent; p != "" {
			j := ids.lookup(p, units)
			if j < 0 {
				b.report(i, "parent_id", string(p), ErrUnknownParent, "no unit has this id")
				continue
			}
			pin[i] = int32(j)
			start[j+1]++
		}
	}
	for i := range n {
		start[i+1] += start[i]
	}
	kids := make([]int32, n)
	fill := slices.Clone(start[:n])
	for i := range units {
		if p := pin[i]; p >= 0 {
			kids[fill[p]] = int32(i)
			fill[p]++
		}
	}

	// Pass 3: pre-order from the roots. Units never reached sit on or under
	// a cycle.
	order := make([]int32, 0, n)
	stack := make([]int32, 0, 64)
	for r := n - 1; r >= 0; r-- {
		if pin[r] < 0 {
			stack = append(stack, int32(r))
		}
	}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		order = append(order, v)
		for k := start[v+1] - 1; k >= start[v]; k-- {
			stack = append(stack, kids[k])
		}
	}
	if len(order) < n {
		b.findCycles(pin)
	}

	// Pass 4: relations between a unit and its parent.
	for i := range units {
		if p := pin[i]; p >= 0 && !units[i].within(units[p]) {
			b.report(i, "", "", ErrValidity, "in force %s but its parent %q only %s",
				span(units[i]), string(units[p].ID), span(units[p]))
		}
	}

	// Pass 5: admin codes name real units inside their ancestors' units.
	// Units on a cycle are left out: their ancestors never end.
	reached := make([]bool, n)
	for _, v := range order {
		reached[v] = true
	}
	b.checkAdmin(pin, reached)

	if len(b.problems) > 0 {
		slices.SortStableFunc(b.problems, func(x, y Problem) int { return cmp.Compare(x.Row, y.Row) })
		return nil, &CheckError{Problems: b.problems}
	}

	return fromOrder(units, order, pin, ids), nil
}

// fromOrder lays the checked units out in pre-order. The ID index built
// while checking is kept: only the indexes in its slots change, so no ID is
// hashed twice.
func fromOrder(units []Unit, order, pin []int32, ids idIndex) *Tree {
	n := len(units)
	pos := make([]int32, n) // input index → pre-order index
	for k, v := range order {
		pos[v] = int32(k)
	}
	t := &Tree{
		units:  make([]Unit, n),
		parent: make([]int32, n),
		end:    make([]int32, n),
		depth:  make([]int32, n),
		ids:    ids,
	}
	for k, v := range order {
		t.units[k] = units[v]
		t.parent[k] = -1
		if p := pin[v]; p >= 0 {
			t.parent[k] = pos[p]
			t.depth[k] = t.depth[pos[p]] + 1
		}
	}
	t.fillEnds()
	t.indexAdmin()
	for s, slot := range ids.slots {
		if slot != 0 {
			ids.slots[s] = slot&^(1<<32-1) | uint64(pos[uint32(slot)-1]+1)
		}
	}
	return t
}

func (b *builder) checkUnit(i int) {
	u := &b.units[i]
	if r := idReason(u.ID); r != "" {
		b.report(i, "id", string(u.ID), ErrID, "%s", r)
	}
	if u.Parent != "" && u.Parent == u.ID {
		b.report(i, "parent_id", string(u.Parent), ErrCycle, "a unit cannot be its own parent")
	}
	if u.Kind != KindUnknown && !u.Kind.IsValid() {
		b.report(i, "kind", string(u.Kind), ErrKind, "%s", customKindReason(string(u.Kind)))
	}
	for _, c := range [...]struct {
		field string
		n     int
	}{{"population", u.Population}, {"households", u.Households}, {"members", u.Members}} {
		if c.n < 0 {
			b.report(i, c.field, strconv.Itoa(c.n), ErrCount, "counts are zero or more")
		}
	}
	if !u.ValidFrom.IsZero() && !u.ValidTo.IsZero() && u.ValidFrom.After(u.ValidTo) {
		b.report(i, "valid_to", u.ValidTo.String(), ErrValidity, "before valid_from %s", u.ValidFrom)
	}
	if u.Kind.adminLevel() == admin.LevelDistrict && !u.ValidTo.IsZero() && !u.ValidTo.Before(reformDay()) ||
		u.Kind.adminLevel() == admin.LevelDistrict && !u.eraOverlaps(admin.EraPre2025) {
		b.report(i, "kind", string(u.Kind), ErrEra, "the district level ended on %s, but the unit is in force %s", reformDay().AddDays(-1), span(*u))
	}
	if !u.Admin.IsZero() {
		if !u.eraOverlaps(u.Admin.Era()) {
			b.report(i, "admin_code", adminText(u.Admin), ErrEra, "a %s code, but the unit is in force %s", u.Admin.Era(), span(*u))
		}
		if want := u.Kind.adminLevel(); want != admin.LevelUnknown && want != u.Admin.Level() {
			b.report(i, "admin_code", adminText(u.Admin), ErrAdminLevel, "a %s code, but a %s serves a %s", u.Admin.Level(), u.Kind.Label(vietnam.Vietnamese), want)
		}
	}
}

func adminText(c admin.Code) string {
	b, _ := c.MarshalText()
	return string(b)
}

// checkAdmin reports admin codes that no unit of the embedded data has,
// and codes outside the unit of the nearest ancestor that has a code of the
// same era: a ward of Bình Dương under Thành đoàn Hà Nội.
func (b *builder) checkAdmin(pin []int32, reached []bool) {
	var dirs [admin.Era2025 + 1]*admin.Directory
	dir := func(e admin.Era) *admin.Directory {
		if dirs[e] == nil {
			if e == admin.Era2025 {
				dirs[e] = admin.Current()
			} else {
				dirs[e] = admin.At(reformDay().AddDays(-1))
			}
		}
		return dirs[e]
	}
	for i := range b.units {
		c := b.units[i].Admin
		if c.IsZero() || !reached[i] {
			continue
		}
		a, ok := dir(c.Era()).Unit(c)
		if !ok {
			b.report(i, "admin_code", adminText(c), ErrAdminCode, "no %s unit has this code in the data of %s", c.Era(), admin.DataVersion)
			continue
		}
		for p := pin[i]; p >= 0; p = pin[p] {
			pc := b.units[p].Admin
			if pc.IsZero() {
				continue
			}
			if pc.Era() == c.Era() && !inside(a, pc) {
				pa, _ := dir(pc.Era()).Unit(pc)
				b.report(i, "admin_code", adminText(c), ErrAdminParent, "%s is not in %s, which %q serves", a, pa, string(b.units[p].ID))
			}
			break
		}
	}
}

// inside reports whether the admin unit a lies in (or is) the unit c.
func inside(a admin.Unit, c admin.Code) bool {
	switch {
	case a.Code() == c:
		return true
	case c.Level() == admin.LevelProvince:
		return a.Province() == c
	case c.Level() == admin.LevelDistrict:
		return a.District() == c
	}
	return false
}

func idReason(id ID) string {
	switch {
	case id == "":
		return "empty"
	case len(id) > maxIDLen:
		return fmt.Sprintf("longer than %d bytes", maxIDLen)
	case !utf8.ValidString(string(id)):
		return "not valid UTF-8"
	case strings.TrimSpace(string(id)) != string(id):
		return "leading or trailing space"
	case strings.IndexFunc(string(id), unicode.IsControl) >= 0:
		return "control character"
	}
	return ""
}

// findCycles reports each loop of parents once, at the member that comes
// first in the input, listing the loop in order.
func (b *builder) findCycles(pin []int32) {
	n := len(b.units)
	// mark: 0 unvisited, -1 on a root path or done, k>0 visited by walk k.
	mark := make([]int32, n)
	walk := int32(0)
	for s := range n {
		if mark[s] != 0 {
			continue
		}
		walk++
		v := int32(s)
		for v >= 0 && mark[v] == 0 {
			mark[v] = walk
			v = pin[v]
		}
		if v < 0 || mark[v] != walk {
			// Reached a root or an earlier walk: no new loop.
			for u := int32(s); u >= 0 && mark[u] == walk; u = pin[u] {
				mark[u] = -1
			}
			continue
		}
		// v is on a new loop: collect it, then settle the walk.
		loop := []int32{v}
		for u := pin[v]; u != v; u = pin[u] {
			loop = append(loop, u)
		}
		if len(loop) == 1 {
			// A self-parent is reported by checkUnit already.
			mark[v] = -1
		}
		first := slices.Min(loop)
		at := slices.Index(loop, first)
		loop = append(loop[at:], loop[:at]...)
		names := make([]string, 0, len(loop)+1)
		for _, u := range loop {
			names = append(names, fmt.Sprintf("%q", string(b.units[u].ID)))
		}
		names = append(names, names[0])
		if len(loop) > 1 {
			b.report(int(first), "parent_id", string(b.units[first].Parent), ErrCycle, "%s", strings.Join(names, " → "))
		}
		for u := int32(s); u >= 0 && mark[u] == walk; u = pin[u] {
			mark[u] = -1
		}
	}
}

// span describes a unit's validity for messages.
func span(u Unit) string {
	switch {
	case u.ValidFrom.IsZero() && u.ValidTo.IsZero():
		return "always"
	case u.ValidFrom.IsZero():
		return "until " + u.ValidTo.String()
	case u.ValidTo.IsZero():
		return "from " + u.ValidFrom.String() + " on"
	}
	return "from " + u.ValidFrom.String() + " to " + u.ValidTo.String()
}
