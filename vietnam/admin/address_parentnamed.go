package admin

import "strings"

// A namedParent is a district that districts of the 1/3/2025 list were
// formed from and that no list of the data holds, known by its name only
// (Origin.ParentName): Huyện Từ Liêm, split into Quận Bắc Từ Liêm and
// Quận Nam Từ Liêm by Nghị quyết 132/NQ-CP of 27/12/2013. Addresses keep
// writing it ("Xuân Phương, Từ Liêm, Hà Nội"), and its name may be a 2025
// commune's too (Phường Từ Liêm, Nghị quyết 1656/NQ-UBTVQH15).
type namedParent struct {
	prov      int32   // the pre-2025 province, in the name index
	key, tone string  // the name's keys, without the type word
	last      string  // the last word of key, compared first
	dists     []int32 // the districts formed from it, in the name index
	news      []int32 // the 2025 communes of its name in the province's successor
}

// namedParents returns the dataset's named parents, made on first use:
// few datasets have any, and none is asked of an address outside their
// provinces.
func (ds *Dataset) namedParents() []namedParent {
	if ds.parents.done.Load() { // get, inlined here without its closure
		return ds.parents.v
	}
	return ds.makeNamedParents()
}

func (ds *Dataset) makeNamedParents() []namedParent {
	return ds.parents.make(func() []namedParent { return buildNamedParents(ds) })
}

func buildNamedParents(ds *Dataset) []namedParent {
	x := ds.nameIndex()
	var out []namedParent
	var k addrKeyer
	for i := range ds.d.Origins {
		o := &ds.d.Origins[i]
		if o.Parent != 0 {
			continue
		}
		name := o.ParentFull
		if t, ok := typeWordOf(name); ok {
			name = name[len(t)+1:]
		}
		key, tone := k.keys(name)
		at := -1
		for j := range out {
			if out[j].key == key && ds.code(x, out[j].prov).n == uint32(o.Province) {
				at = j
			}
		}
		if at < 0 {
			p := indexOf(ds, x, Code{n: uint32(o.Province), era: EraPre2025, level: LevelProvince})
			if p < 0 {
				continue
			}
			np := namedParent{prov: p, key: key, tone: tone, last: key[strings.LastIndexByte(key, ' ')+1:]}
			if ss := x.successors(p); len(ss) == 1 {
				for _, c := range x.inProv(ss[0].to) {
					if u := x.unit(c); u.Level() == LevelCommune && !u.former && x.key(c) == key {
						np.news = append(np.news, c)
					}
				}
			}
			out = append(out, np)
			at = len(out) - 1
		}
		if d := indexOf(ds, x, Code{n: o.District, era: EraPre2025, level: LevelDistrict}); d >= 0 {
			out[at].dists = append(out[at].dists, d)
		}
	}
	return out
}

// indexOf returns the place of the unit of the 1/3/2025 list or of 2025
// with code c in x, -1 when none.
func indexOf(ds *Dataset, x *nameIndex, c Code) int32 {
	for i := range x.units {
		if u := &x.units[i]; !u.former && u.Level() == c.level && u.Era() == c.era && ds.code(x, int32(i)) == c {
			return int32(i)
		}
	}
	return -1
}

// typeWordOf returns the type word that opens a unit's full name
// ("Huyện" of "Huyện Từ Liêm").
func typeWordOf(full string) (string, bool) {
	for t := TypeUnknown + 1; t < typeCount; t++ {
		w := typeNames[t].word
		if len(full) > len(w) && full[:len(w)] == w && full[len(w)] == ' ' {
			return w, true
		}
	}
	return "", false
}

// parentNamed adds, under pre-2025 province reading base, the readings of
// a commune of a district formed from a named parent written in the part
// right before the province ("Đông Ngạc, Từ Liêm, Hà Nội": Phường Đông
// Ngạc of Quận Bắc Từ Liêm), as splitOff does for a parent that a list
// holds: the commune's district, FlagParentDistrict, below 0.9, and only
// when one commune alone of the districts formed from it fits. The part
// may open with a district's type word ("Huyện Từ Liêm"), not a
// commune's: "Phường Từ Liêm" is the 2025 ward.
func (st *resolveState) parentNamed(base *addrReading) {
	e := base.start
	if e == 0 || !addrSegStart(st.toks, e) {
		return
	}
	nps := st.ds.namedParents()
	for i := range nps {
		np := &nps[i]
		if np.prov != base.prov || st.toks[e-1].key != np.last {
			continue
		}
		b := addrSegFirst(st.toks, e-1)
		if uw, ok := addrUnitWordAt(st.norm, st.toks, b); ok {
			if uw.kinds&addrDistTypes == 0 || uw.kinds&addrCommTypes != 0 {
				continue
			}
			b += len(uw.words)
		}
		if b >= e || !addrTokensSpell(st.toks, b, e, np.key) || st.marked && st.toneFit(b, e, np.tone) == toneWrong {
			continue
		}
		mark := len(st.rs)
		q := *base
		q.distAt, q.start = [2]int{b, e}, addrSegFirst(st.toks, e-1)
		q.score += scoreLevel + scoreSegmentStart
		q.lone = false
		for _, d := range np.dists {
			st.communesFormed(q, d)
		}
		if !st.oneCommuneFrom(mark) {
			return
		}
	}
}

// parentNamedCommune reports whether 2025 commune c, which a reading
// takes written without type word or district (communeNamedBefore asks),
// has a named parent's name in its province: "Từ Liêm, Hà Nội" is
// Phường Từ Liêm, or Huyện Từ Liêm as addresses of before 2014 write it,
// which is now in some twenty communes. Nothing says which: the reading
// stands, but below 0.9.
func (st *resolveState) parentNamedCommune(c int32) bool {
	for _, np := range st.ds.namedParents() {
		for _, n := range np.news {
			if n == c {
				return true
			}
		}
	}
	return false
}
