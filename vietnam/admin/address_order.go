package admin

// Forms with one box per level, and people who start from the top, write
// the province first and the rest after it, often without a type word
// that arrangeAddrSegments could read the order from: "Long An, Cần
// Giuộc, Long Hậu", "Hà Nội, 12 Phố Huế, Hai Bà Trưng". Read as written,
// smallest first, such a text puts a commune or street where the province
// goes, and the name the writer meant as the province is left to be read
// as a commune. When the first part is a province's name and the last is
// not, the resolver also reads the parts turned around (see Resolve).

// largestFirst appends to dst the tokens of st in the order the resolver
// reads when the first part names a province and the last part does not
// (provinceFirst): the parts below the commune (a house, street or
// hamlet) first, as written, then the others, the province's among them,
// from the last to the first. It returns nil when the text is not so
// written.
func (st *resolveState) largestFirst(dst []addrToken) []addrToken {
	p := st.provinceFirst()
	if p < 0 {
		return nil
	}
	toks := st.toks
	n := len(toks)
	var buf [16][2]int
	segs := buf[:0]
	for i := 0; i < n; {
		j := i + 1
		for j < n && toks[j].seg == toks[i].seg {
			j++
		}
		if len(segs) == len(buf) {
			return nil
		}
		segs = append(segs, [2]int{i, j})
		i = j
	}
	local := func(sg [2]int) bool { return sg[0] != p && looksAddrLocal(st.norm, toks, sg[0]) }
	out := dst[:0]
	seg := 0
	add := func(sg [2]int) {
		for _, t := range toks[sg[0]:sg[1]] {
			t.seg = seg
			out = append(out, t)
		}
		seg++
	}
	for _, sg := range segs {
		if local(sg) {
			add(sg)
		}
	}
	for k := len(segs) - 1; k >= 0; k-- {
		if !local(segs[k]) {
			add(segs[k])
		}
	}
	return out
}

// provinceFirst returns the first token of the part that names a
// province, the first part but for a house or street written before it
// ("12 Nguyễn Trãi" moved there by arrangeAddrSegments), when the last
// part, another, does not; -1 when the text is not so written.
func (st *resolveState) provinceFirst() int {
	toks := st.toks
	n := len(toks)
	if n < 2 || toks[0].seg == toks[n-1].seg {
		return -1
	}
	last := addrSegFirst(toks, n-1)
	if st.endsProvince(last, n) {
		return -1
	}
	for i := 0; i < last; {
		e := i + 1
		for e < n && toks[e].seg == toks[i].seg {
			e++
		}
		if !looksAddrStreetPart(st.norm, toks, i) {
			if st.namesProvince(i, e) {
				return i
			}
			return -1
		}
		i = e
	}
	return -1
}

// endsProvince reports whether tokens [i, e), the last part, are read
// as a province (the reading of the text's end, which run has made and
// kept in provs).
func (st *resolveState) endsProvince(i, e int) bool {
	for _, pm := range st.provs {
		if pm.i == i && pm.j == e {
			return true
		}
	}
	return false
}

// namesProvince reports whether tokens [i, e), one part, spell a
// province's name or nickname as written, after its type word if any:
// a plain look-up, not the search with typos that matches makes.
func (st *resolveState) namesProvince(i, e int) bool {
	if uw, ok := addrUnitWordAt(st.norm, st.toks, i); ok && uw.kinds&addrProvTypes != 0 {
		i += len(uw.words)
	}
	if i >= e || e-i > addrMaxNameTokens {
		return false
	}
	if isAddrProvinceNickname(st.toks, i) {
		return true
	}
	sp, _ := st.spanNames(i, e)
	for _, en := range st.x.entryRun(sp.name) {
		if st.x.unit(en.unit).Level() == LevelProvince {
			return true
		}
	}
	return false
}
