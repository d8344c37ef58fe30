package admin

import (
	"cmp"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// Kind says how much of an old unit went into a new one.
//
// The zero Kind is KindUnknown.
type Kind uint8

const (
	KindUnknown Kind = iota
	// KindWhole: all of the old unit went into the new one, possibly with
	// others ("Nhập toàn bộ", "Đổi tên", "Đổi loại hình"; at province
	// level, a merged province).
	KindWhole
	// KindPartial: only part of the old unit's area or population went
	// into this new unit; the old unit has other successors. See
	// Succession.AllPopulation for the cases where the note says the whole
	// population moved.
	KindPartial
	// KindUnchanged: the old unit carried over whole and alone ("Giữ
	// nguyên"; a province whose new province has no other source).
	KindUnchanged
	// KindIslandDistrict: an island district without communes became an
	// đặc khu ("Sắp xếp toàn bộ huyện … thành đặc khu …").
	KindIslandDistrict
	// KindUncodedArea: an area with no code of its own went into the new
	// commune (the coastal area managed by huyện Kim Sơn).
	KindUncodedArea
)

// String returns "whole", "partial", "unchanged", "island district",
// "uncoded area" or "unknown".
func (k Kind) String() string {
	switch k {
	case KindWhole:
		return "whole"
	case KindPartial:
		return "partial"
	case KindUnchanged:
		return "unchanged"
	case KindIslandDistrict:
		return "island district"
	case KindUncodedArea:
		return "uncoded area"
	}
	return "unknown"
}

// Succession is one link of the 1/7/2025 reform: Old (a pre-2025 unit)
// went, in whole or in part, into New (a 2025 unit, as it stands in the
// newest state of the dataset).
type Succession struct {
	Old  Unit
	New  Unit
	Kind Kind
	// Note is the statistics office's note on the pair, verbatim ("Nhập
	// một phần diện tích, toàn bộ dân số"); empty for province links and
	// for districts, whose links are derived from their communes.
	Note string
}

// Partial reports whether only part of Old went into New.
func (s Succession) Partial() bool { return s.Kind == KindPartial }

// AllPopulation reports whether all of Old's population went into New:
// always for a whole or unchanged link, and for a partial one when the
// office's note says so ("… toàn bộ dân số"). An address of Old then
// belongs to New even though Old was split.
func (s Succession) AllPopulation() bool {
	switch s.Kind {
	case KindWhole, KindUnchanged, KindIslandDistrict:
		return true
	case KindPartial:
		return strings.Contains(s.Note, "toàn bộ dân số")
	}
	return false
}

// Successors returns the units of the embedded data that old became on
// 1/7/2025, in code order. See Dataset.Successors.
func Successors(old Code) []Succession { return embedded.Successors(old) }

// Predecessors returns the pre-2025 units of the embedded data that went
// into new, in level and code order. See Dataset.Predecessors.
func Predecessors(new Code) []Succession { return embedded.Predecessors(new) }

// Successors returns the 2025 units that the pre-2025 unit old became, in
// code order:
//
//   - a province: its one new province (KindUnchanged or KindWhole);
//   - a district: every new commune that received any of its communes
//     (KindWhole only when the whole district went into one commune);
//   - a commune: every new commune it went into. A commune split among
//     several gets them all, each KindPartial: the table alone cannot say
//     which part of it an address was in, so this never picks one.
//
// It returns nil for a code of another era or an unknown code.
func (ds *Dataset) Successors(old Code) []Succession { return ds.successions(old, true) }

// successions returns the successions of the unit c: to the 2025 units
// (forward, for a pre-2025 code) or from the pre-2025 ones.
func (ds *Dataset) successions(c Code, forward bool) []Succession {
	here, other := ds.Current(), ds.beforeReform()
	if forward {
		here, other = other, here
	}
	u, ok := here.Unit(c) // none for a code of the other era
	if !ok {
		return nil
	}
	ss := successions{unit: u, other: other, forward: forward}
	switch {
	case c.level == LevelProvince:
		for _, l := range ds.d.ProvinceLinks {
			from, to := uint32(l.Old), uint32(l.New)
			if !forward {
				from, to = to, from
			}
			if from == c.n {
				ss.add(LevelProvince, to, provinceKind(l), "")
			}
		}
	case c.level == LevelDistrict && forward:
		return ds.districtSuccessors(u, other)
	case c.level == LevelCommune && forward:
		for _, l := range linkRun(ds.d.CommuneLinks, c.n) {
			ss.add(LevelCommune, l.New(), ds.communeKind(l), ds.d.Notes[l.Note()])
		}
	case c.level == LevelCommune:
		for _, l := range ds.d.DistrictLinks {
			if l.New() == c.n {
				ss.add(LevelDistrict, l.Old(), linkKind(l), ds.d.Notes[l.Note()])
			}
		}
		for _, i := range ds.communePreds(c.n) {
			l := ds.d.CommuneLinks[i]
			ss.add(LevelCommune, l.Old(), ds.communeKind(l), ds.d.Notes[l.Note()])
		}
	}
	return ss.out
}

// successions collects the Successions between one unit and the units of
// the other era that a directory holds, the unit on the old side (forward)
// or the new.
type successions struct {
	unit    Unit
	other   *Directory
	forward bool
	out     []Succession
}

// add adds the succession between the unit and the unit of the other era
// at level numbered n, if the directory has it.
func (ss *successions) add(level Level, n uint32, kind Kind, note string) {
	u, ok := ss.other.Unit(Code{n: n, era: ss.other.era, level: level})
	if !ok {
		return
	}
	sc := Succession{Old: u, New: ss.unit, Kind: kind, Note: note}
	if ss.forward {
		sc.Old, sc.New = ss.unit, u
	}
	ss.out = append(ss.out, sc)
}

// districtSuccessors collects the new communes of a district's communes
// and of its own links (island districts, uncoded areas).
func (ds *Dataset) districtSuccessors(from Unit, now *Directory) []Succession {
	out, _ := ds.appendDistrictSuccessors(nil, nil, from, now)
	return out
}

// appendDistrictSuccessors appends districtSuccessors(from, now) to out;
// targets is a buffer for the codes of the new communes, returned for
// the next call, so that a caller with buffers allocates nothing.
func (ds *Dataset) appendDistrictSuccessors(out []Succession, targets []uint32, from Unit, now *Directory) ([]Succession, []uint32) {
	targets = targets[:0]
	allWhole := true
	note := ""
	collect := func(l tab.Link) {
		targets = append(targets, l.New())
		allWhole = allWhole && linkKind(l) != KindPartial
	}
	for _, l := range linkRun(ds.d.DistrictLinks, from.code.n) {
		collect(l)
		if linkKind(l) == KindIslandDistrict {
			note = ds.d.Notes[l.Note()]
		}
	}
	t, slot, _ := ds.childTable(from.code)
	for _, i := range childRange(t, ds.childIndex(t, slot), from.code.n) {
		for _, l := range linkRun(ds.d.CommuneLinks, t.Units[i].Code()) {
			collect(l)
		}
	}
	slices.Sort(targets)
	first := len(out)
	for _, tg := range slices.Compact(targets) {
		to, ok := now.Unit(Code{n: tg, era: Era2025, level: LevelCommune})
		if !ok {
			continue
		}
		out = append(out, Succession{Old: from, New: to, Kind: KindPartial})
	}
	if len(out)-first == 1 && allWhole {
		out[first].Kind = KindWhole
		if note != "" {
			out[first].Kind, out[first].Note = KindIslandDistrict, note
		}
	}
	return out, targets
}

// Predecessors returns the pre-2025 units that went into the 2025 unit
// new: for a province, the old provinces merged into it; for a commune,
// the old communes (and island districts or uncoded areas) that went into
// it, in whole or in part. Units are in level, then code order. It returns
// nil for a code of another era or an unknown code.
func (ds *Dataset) Predecessors(new Code) []Succession { return ds.successions(new, false) }

// communePreds returns the positions in CommuneLinks of the links to the
// 2025 commune numbered n, in old-code order.
func (ds *Dataset) communePreds(n uint32) []int32 {
	links, idx := ds.d.CommuneLinks, ds.predsIndex()
	// the first link to n or after, as slices.BinarySearchFunc finds
	// it, written out: its comparison is a call each step, and the
	// resolver asks of the 2025 communes it reads under an old province
	// (cameFrom)
	lo, hi := 0, len(idx)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if links[idx[m]].New() < n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < len(idx) && links[idx[hi]].New() == n {
		hi++
	}
	return idx[lo:hi]
}

// predsIndex returns the index of communePreds: the generated one for
// the embedded data, else made on first use.
func (ds *Dataset) predsIndex() []int32 {
	if ds.d == &embeddedData && len(embeddedPreds) > 0 {
		return embeddedPreds
	}
	return ds.preds.get(func() []int32 { return buildCommunePreds(ds.d.CommuneLinks) })
}

// buildCommunePreds returns the positions in links, sorted by old code,
// in order of new code, then old code: the index of communePreds,
// generated for the embedded data (embeddedPreds, in derived_index.go).
func buildCommunePreds(links []tab.Link) []int32 {
	idx := make([]int32, len(links))
	for i := range idx {
		idx[i] = int32(i)
	}
	// Stable over links sorted by old code keeps old-code order per new code.
	slices.SortStableFunc(idx, func(a, b int32) int { return cmp.Compare(links[a].New(), links[b].New()) })
	return idx
}

// cameFrom reports whether some of the 2025 commune numbered n was in
// the pre-2025 province numbered prov before the reform: a commune of
// its own or an island district went into it.
//
// The old units' provinces are read from their tables' rows rather than
// through the Directory before the reform (Unit), which builds the whole
// unit: the resolver asks it of the 2025 communes it reads under an old
// province, and no later change moves a unit of the day before the
// reform to another province (Directory.changes sets names and types).
func (ds *Dataset) cameFrom(n uint32, prov uint32) bool {
	return ds.oldProvinces(n, func(p uint32) bool { return p == prov })
}

// oldProvinces calls f with the pre-2025 province of each old unit that
// went into the 2025 commune numbered n, until f returns true, and
// reports whether one did: cameFrom asks of one province, buildCameIndex
// collects them all.
func (ds *Dataset) oldProvinces(n uint32, f func(prov uint32) bool) bool {
	if t := ds.table(EraPre2025, LevelCommune); t != nil {
		for _, i := range ds.communePreds(n) {
			if k := t.Search(ds.d.CommuneLinks[i].Old()); k >= 0 && f(t.Units[k].Province()) {
				return true
			}
		}
	}
	if t := ds.table(EraPre2025, LevelDistrict); t != nil {
		for _, l := range ds.d.DistrictLinks {
			if l.New() == n {
				if k := t.Search(l.Old()); k >= 0 && f(t.Units[k].Province()) {
					return true
				}
			}
		}
	}
	return false
}

// cameIndex holds cameFrom's answer for every 2025 commune and province
// number: the resolver asks it of the communes it reads under an old
// province, and each ask of cameFrom is a search of communePreds and one
// of the old table for each predecessor.
type cameIndex struct {
	// bit is the bit in provs of each province number that some 2025
	// commune came from, -1 for the others (Unit.Province is a byte).
	bit [256]int8
	// provs is, by position in the 2025 commune table, the bits of the
	// provinces the commune came from.
	provs []uint64
}

// buildCameIndex returns the cameIndex of the dataset, or nil when more
// than 64 provinces hand communes on (none of the data so far does):
// cameFromUnit then asks cameFrom. The embedded data's is generated
// (embeddedCame, in derived_index.go).
func buildCameIndex(ds *Dataset) *cameIndex {
	now := ds.table(Era2025, LevelCommune)
	if now == nil {
		return nil
	}
	ci := &cameIndex{provs: make([]uint64, len(now.Units))}
	for i := range ci.bit {
		ci.bit[i] = -1
	}
	bits := 0
	for i := range now.Units {
		full := ds.oldProvinces(now.Units[i].Code(), func(prov uint32) bool {
			if ci.bit[prov] < 0 {
				if bits == 64 {
					return true
				}
				ci.bit[prov] = int8(bits)
				bits++
			}
			ci.provs[i] |= 1 << ci.bit[prov]
			return false
		})
		if full {
			return nil
		}
	}
	return ci
}

// cameFromIndex returns the cameIndex of the dataset: the generated one
// for the embedded data (embeddedCame, in derived_index.go), else made on
// first use; nil when buildCameIndex makes none.
func (ds *Dataset) cameFromIndex() *cameIndex {
	if ds.d == &embeddedData && len(embeddedCame.provs) > 0 {
		return &embeddedCame
	}
	return ds.madeCameIndex()
}

// madeCameIndex is cameFromIndex for data not embedded: apart, so that
// cameFromIndex is inlined in cameFromUnit, which the resolver asks a few
// times an address.
func (ds *Dataset) madeCameIndex() *cameIndex {
	return ds.came.get(func() *cameIndex { return buildCameIndex(ds) })
}

// cameFromUnit is cameFrom(ds.code(x, i).n, prov), read from the
// cameIndex for a 2025 commune.
func (ds *Dataset) cameFromUnit(x *nameIndex, i int32, prov uint32) bool {
	u := &x.units[i]
	if !u.former && Era(u.era) == Era2025 && Level(u.level) == LevelCommune {
		if ci := ds.cameFromIndex(); ci != nil {
			if prov >= uint32(len(ci.bit)) || ci.bit[prov] < 0 {
				return false
			}
			return ci.provs[u.pos]>>ci.bit[prov]&1 != 0
		}
	}
	return ds.cameFrom(ds.code(x, i).n, prov)
}

// predsIn returns how many of the communes that went, whole or in part,
// into the 2025 commune numbered n were in pre-2025 district dist or via
// (the district of 1/3/2025 that continues dist, else dist again), and
// how many there were in all: a 2025 commune written with an old district
// (mixedCommunes) fits it whole when all were, in part when some were.
func (ds *Dataset) predsIn(n, dist, via uint32) (in, all int) {
	t := ds.table(EraPre2025, LevelCommune)
	if t == nil {
		return 0, 0
	}
	for _, i := range ds.communePreds(n) {
		all++
		if k := t.Search(ds.d.CommuneLinks[i].Old()); k >= 0 {
			if p := t.Units[k].Parent(); p == dist || p == via {
				in++
			}
		}
	}
	return in, all
}

// linkRun returns the links of one old code, from links sorted by old code.
func linkRun(links []tab.Link, old uint32) []tab.Link {
	lo, _ := slices.BinarySearchFunc(links, old, func(l tab.Link, o uint32) int { return cmp.Compare(l.Old(), o) })
	hi := lo
	for hi < len(links) && links[hi].Old() == old {
		hi++
	}
	return links[lo:hi]
}

// communeKind is the kind of a commune link: always partial when the old
// commune has several successors. The table marks every pair of a split
// as partial; this makes sure that no reading of a note says otherwise.
func (ds *Dataset) communeKind(l tab.Link) Kind {
	if len(linkRun(ds.d.CommuneLinks, l.Old())) > 1 {
		return KindPartial
	}
	return linkKind(l)
}

// provinceKind is KindWhole for a merged province, KindUnchanged for one
// that is its new province's only source.
func provinceKind(l tab.ProvinceLink) Kind {
	if l.Merged {
		return KindWhole
	}
	return KindUnchanged
}

func linkKind(l tab.Link) Kind {
	switch l.Kind() {
	case tab.KindWhole:
		return KindWhole
	case tab.KindPartial:
		return KindPartial
	case tab.KindUnchanged:
		return KindUnchanged
	case tab.KindWholeDistrict:
		return KindIslandDistrict
	case tab.KindUncodedArea:
		return KindUncodedArea
	}
	return KindUnknown
}
