package admin

import "slices"

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

// A picker that joins a detail to its district and province appends them
// even when the detail names them already: "Bản Bánh, xã Thanh Xương,
// huyện Điện Biên, tỉnh Điện Biên, Điện Biên, Điện Biên", "Thị trấn Chờ
// Yên Phong Bắc Ninh, Yên Phong, Bắc Ninh". Read from the end, the copy
// stands where the commune is looked for. When the first reading found
// no commune, or was flagged, the address is read again without one of
// the copies, and that reading is taken when it finds a commune (one
// commune, where the first was flagged).

// withoutCopy reads the address of first again without the copy of the
// names before its last parts (see trailingCopy), with the buffers sc,
// and reports whether that reading found a commune.
func (r *Resolver) withoutCopy(first resolveState, sc *resolveScratch) (resolveState, bool) {
	var sb [2 * 3][2]int
	segs := lastAddrSegments(sb[:0], first.toks)
	k, earlier := trailingCopy(first.norm, first.toks, segs)
	if k == 0 {
		return first, false
	}
	sc.reset()
	n := len(segs)
	toks := first.toks[:segs[n-k][0]]
	if earlier {
		// the copy reads better: drop the parts it repeats instead
		toks = append(append(sc.arranged[:0], first.toks[:segs[n-2*k][0]]...), first.toks[segs[n-k][0]:]...)
		sc.arranged = toks
	}
	st := resolveState{ds: first.ds, x: first.x, norm: first.norm, toks: toks, resolveScratch: sc}
	st.noteTokens()
	st.run()
	return st, st.readCommune()
}

// lastAddrSegments appends to dst the [first, end) tokens of the last
// parts of toks, as many as dst can hold, in their order.
func lastAddrSegments(dst [][2]int, toks []addrToken) [][2]int {
	for e := len(toks); e > 0 && len(dst) < cap(dst); {
		i := addrSegFirst(toks, e-1)
		dst = append(dst, [2]int{i, e})
		e = i
	}
	slices.Reverse(dst)
	return dst
}

// trailingCopy returns how many parts at the end of segs ([first, end)
// of each part's tokens) repeat the names just before them, type words
// aside: the district and province a picker appends after an address
// that names them already ("…, huyện Tuần Giáo, tỉnh Điện Biên, Tuần
// Giáo, Điện Biên"; "Thị trấn Chờ Yên Phong Bắc Ninh, Yên Phong, Bắc
// Ninh"); 0 when they do not. Two or three parts: one part may be a unit
// named like the one before it ("Phường Hòa Bình, Hòa Bình"). When the
// names before are as many whole parts and the copy is better written
// (more type words and tones: "Phuoc Lap, Tan Phuoc, Tien Giang, Xã
// Phước Lập, Huyện Tân Phước, Tiền Giang"), earlier reports that those
// parts, before the copy, are the ones to drop.
func trailingCopy(norm string, toks []addrToken, segs [][2]int) (k int, earlier bool) {
	n := len(segs)
	for k := 2; k <= 3 && k < n; k++ {
		var cb, pb [128]byte
		last, ok := appendAddrNames(cb[:0], norm, toks, segs[n-k][0], segs[n-1][1])
		if !ok || len(last) == 0 {
			continue
		}
		from := segs[max(0, n-2*k)][0]
		prev, ok := appendAddrNames(pb[:0], norm, toks, from, segs[n-k-1][1])
		if !ok {
			continue
		}
		at := len(prev) - len(last)
		if at < 0 || string(prev[at:]) != string(last) || at > 0 && prev[at-1] != ' ' {
			continue
		}
		whole := at == 0 && n >= 2*k
		return k, whole && addrWriting(norm, toks, segs[n-k][0], segs[n-1][1]) > addrWriting(norm, toks, from, segs[n-k-1][1])
	}
	return 0, false
}

// addrWriting counts the type words and the words written with marks
// among tokens [i, e): how fully a part is written.
func addrWriting(norm string, toks []addrToken, i, e int) int {
	c := 0
	for ; i < e; i++ {
		if toks[i].marked {
			c++
		}
		if _, ok := addrUnitWordAt(norm, toks, i); ok {
			c++
		}
	}
	return c
}

// appendAddrNames appends the keys of tokens [i, e) but their type
// words, separated by spaces; false when they do not fit in dst.
func appendAddrNames(dst []byte, norm string, toks []addrToken, i, e int) ([]byte, bool) {
	for i < e {
		if uw, ok := addrUnitWordAt(norm, toks, i); ok {
			i += len(uw.words)
			continue
		}
		if len(dst)+len(toks[i].key)+1 > cap(dst) {
			return dst, false
		}
		if len(dst) > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, toks[i].key...)
		i++
	}
	return dst, true
}
