package admin

import "slices"

// Scores of a commune read under a district formed from the one written
// (splitOff): below the commune of the district written, which it never
// meets (it is read only where there is none), and below 0.9.
const (
	scoreSplitOff = -3
	splitOffConf  = 0.8
)

// splitOff adds, for district match dm of reading r, which found no
// commune of its own before it, the readings of a commune of a district
// formed from it since 1997 (Dataset.SplitFrom): "Tây Thạnh, Tân Bình,
// TP.HCM" writes Quận Tân Bình as it was before Nghị định 130/2003/NĐ-CP
// formed Quận Tân Phú of its wards, Tây Thạnh among them. The reading
// has the commune's district, and says the one written was its parent
// (FlagParentDistrict). Only a district written by its name counts, and
// only when one commune alone of all the districts formed from it fits:
// two would be a guess.
func (st *resolveState) splitOff(r addrReading, dm addrMatch) {
	u := st.x.unit(dm.u)
	if dm.ini || dm.short || dm.typo || dm.bare || dm.named || u.former || u.Era() != EraPre2025 {
		return
	}
	ds := st.ds
	i, j := ds.splitRun(ds.d.DistrictsPre.Units[u.pos].Code())
	if i == j {
		return
	}
	// the districts of 1/3/2025 are together in the index, in the order
	// of their table
	first := dm.u - int32(u.pos)
	mark := len(st.rs)
	for k := i; k < j; k++ {
		pos := ds.d.DistrictsPre.Search(ds.d.Origins[k].District)
		if pos < 0 {
			continue
		}
		at := len(st.rs)
		st.communesFormed(r, first+int32(pos))
		if divided := ds.d.Origins[k].Divided; len(divided) > 0 {
			// a commune the decree divided: its name written with the
			// parent is the part left there
			kept := st.rs[:at]
			for _, q := range st.rs[at:] {
				if !slices.Contains(divided, ds.code(st.x, q.comm).n) {
					kept = append(kept, q)
				}
			}
			st.rs = kept
		}
	}
	st.oneCommuneFrom(mark)
}

// communesFormed adds the readings of r with a commune of district d,
// formed from the district written (splitOff, parentNamed): the
// commune's district, the one written its parent, below the commune of
// a district written and below 0.9.
func (st *resolveState) communesFormed(r addrReading, d int32) {
	r.dist, r.parentWritten = d, true
	st.communesAcross(&r, addrFilter{level: LevelCommune, parent: d, parentVia: st.x.unit(d).via, prov: -1, via: -1},
		scoreSplitOff, splitOffConf)
}

// oneCommuneFrom keeps the readings from mark on when they are all of
// one commune, and reports whether it did: of the districts formed from
// the one written, two communes that fit would be a guess.
func (st *resolveState) oneCommuneFrom(mark int) bool {
	for k := mark + 1; k < len(st.rs); k++ {
		if st.rs[k].comm != st.rs[mark].comm {
			st.rs = st.rs[:mark]
			return false
		}
	}
	return true
}
