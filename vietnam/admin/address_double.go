package admin

import "slices"

// Two addresses are sometimes glued into one text: a form that joins the
// address typed to the one a map gave back writes both ("Xã Trung Chánh,
// Huyện Hóc Môn, TP.Hồ Chí Minh, Trung Mỹ Tây, Quận 12, Thành phố Hồ Chí
// Minh"). Read from the end, the second is the answer and the first is
// words before it, passed over as a street would be, and the reading
// looks whole. When the words before the units read name a district with
// its type word, they are read on their own, and when they lead to no
// current commune of the answer, the text names two places: it is
// ambiguous, with the first address's reading and communes beside the
// second's, rather than one of them picked.

// addressBefore reads, with buffers of its own, the tokens of first before
// the units of its best reading, when they hold a district's type word,
// and reports whether they read as an address of its own: a district
// written with its type word, and a commune written with its type word or
// a province written with it. A district's name alone there is more often
// a street's ("Đường Tránh Thành Phố Rạch Giá", the city's bypass).
func (r *Resolver) addressBefore(first *resolveState) (resolveState, bool) {
	if !first.wordsBeforeMayRead() {
		return resolveState{}, false
	}
	best := &first.rs[0]
	sc := first.sub(subDouble)
	sc.reset()
	st := resolveState{ds: first.ds, x: first.x, norm: first.norm, toks: first.toks[:best.start], resolveScratch: sc}
	st.noteTokens()
	st.run()
	if len(st.rs) == 0 {
		return st, false
	}
	top := 0
	for i := range st.rs {
		if st.rs[i].score > st.rs[top].score {
			top = i
		}
	}
	st.rs[0], st.rs[top] = st.rs[top], st.rs[0]
	b := &st.rs[0]
	return st, b.dist >= 0 && b.distTyped && (b.comm >= 0 && b.commTyped || b.provAt[1] > b.provAt[0])
}

// wordsBeforeMayRead reports whether the tokens of st before the units of
// its best reading may read as an address of their own (addressBefore):
// two parts at least, a district's type word opening one. Most addresses
// have one part before, a house and street, or none: asked before
// addressBefore, whose answer is a state to copy.
func (st *resolveState) wordsBeforeMayRead() bool {
	best, toks := &st.rs[0], st.toks
	return best.dist >= 0 && best.start >= 3 && toks[best.start-1].seg != toks[0].seg && districtWordIn(toks[:best.start])
}

// districtWordIn reports whether toks hold two parts that open with a
// type word, one of them a district's ("quận", "huyện", "thị xã",
// "thành phố" and their short forms) and the other a commune's or a
// province's, with a name after each: the words before the units read
// may then be an address of their own. Most text before the units is a
// house and a street, whose words may end as a type word does ("Lạc Long
// Quân"), which opens no part.
func districtWordIn(toks []addrToken) bool {
	dist, other := false, false
	for i := 0; i+1 < len(toks); i++ {
		if i > 0 && toks[i-1].seg == toks[i].seg {
			continue
		}
		k, n := toks[i].key, 1
		if (k == "thi" || k == "thanh") && i+2 < len(toks) && toks[i+1].seg == toks[i].seg {
			switch toks[i+1].key {
			case "xa":
				k, n = "tx", 2
			case "tran":
				k, n = "tt", 2
			case "pho":
				k, n = "tp", 2
			}
		}
		if toks[i+n-1].seg != toks[i+n].seg {
			continue // a type word alone in its part
		}
		switch k {
		case "quan", "huyen", "q", "h", "tx":
			dist = true
		case "tp":
			// a city: a district or a province
			dist, other = dist || other, true
		case "phuong", "xa", "p", "x", "tt", "tinh":
			other = true
		}
		if dist && other {
			return true
		}
	}
	return false
}

// twoAddresses makes res, the resolution of first, ambiguous when the
// address before read by before (see addressBefore) leads to none of its
// candidates, or names another district and no commune: its communes (or
// its district's) join the candidates, its reading leads the
// alternatives, and the confidence is divided among the candidates as
// for any ambiguous resolution.
func (first *resolveState) twoAddresses(res *Resolution, before *resolveState) {
	b := &before.rs[0]
	var other []Candidate
	if b.comm >= 0 {
		for _, s := range before.currentOf(b) {
			other = append(other, Candidate{Unit: before.ds.unitOf(before.x, s.to), Kind: s.kind})
		}
		for _, c := range res.Candidates {
			if slices.ContainsFunc(other, func(o Candidate) bool { return o.Unit == c.Unit }) {
				return // the two agree: a copy, not another place
			}
		}
	} else {
		// a district alone: the same district (or the one a former
		// continues in) is a copy; another is another place, though
		// the two may share a current commune (Quận Ba Đình and Phường
		// Láng Thượng of Đống Đa, both partly in Phường Láng)
		if first.continuing(b.dist) == first.continuing(first.rs[0].dist) {
			return
		}
		for _, s := range before.districtSuccessors(b.dist) {
			other = append(other, Candidate{Unit: s.New, Kind: s.Kind})
		}
	}
	res.Ambiguous = true
	cands := slices.Clone(res.Candidates)
	for _, o := range other {
		if !slices.ContainsFunc(cands, func(c Candidate) bool { return c.Unit == o.Unit }) {
			cands = append(cands, o)
		}
	}
	res.Candidates = cands
	var alt Reading
	before.public(&alt, b)
	res.Alternatives = slices.Insert(slices.Clone(res.Alternatives), 0, alt)
	res.Confidence /= float64(max(2, len(res.Candidates)))
}
