package admin

// Lists cut at a column's width, and remarks typed after the country,
// leave a last part that names nothing: "…, Thành phố Hồ Chí" (the
// province cut short), "…, Việt N", "…, Hà Nội, Việt Nam gọi trước khi
// giao". The resolver reads an address from its end, so such a part hid
// the whole address ("no administrative unit recognised"). When nothing
// at all was read and the text has commas, the address is read again
// without its last part, less surely: the part left out might have named
// a place the rest does not agree with.

// lastPartDroppedConf weighs the readings of an address read without its
// last part.
const lastPartDroppedConf = 0.8

// withoutLastPart reads the address of first again without its last
// comma-separated part, with the buffers sc, and reports whether it read
// anything.
func (r *Resolver) withoutLastPart(first resolveState, sc *resolveScratch) (resolveState, bool) {
	if !first.multiSeg || len(first.toks) == 0 {
		return first, false
	}
	last := addrSegFirst(first.toks, len(first.toks)-1)
	if last == 0 {
		return first, false
	}
	sc.reset()
	st := resolveState{ds: first.ds, x: first.x, norm: first.norm, toks: first.toks[:last], resolveScratch: sc}
	st.noteTokens()
	st.run()
	if !st.readCommune() {
		return first, false
	}
	for i := range st.rs {
		st.rs[i].conf *= lastPartDroppedConf
	}
	return st, true
}
