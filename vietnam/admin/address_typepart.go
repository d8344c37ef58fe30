package admin

// joinAddrProvinceType joins to the last part a part before it that is
// a province's type word and nothing else ("Quận Tây Hồ, TP, Hà Nội",
// "Phường 10, Quận Gò Vấp, Tp, Hồ Chí Minh", "…, Tỉnh, Hà Nội"), as
// forms that put a comma after the type word write it: read as a part
// of its own, the type word took the district's place and the district
// was lost. Only the part before the last is asked, from the end: the
// province is written last, and the other parts cost nothing.
func joinAddrProvinceType(toks []addrToken) []addrToken {
	n := len(toks)
	if n < 2 {
		return toks
	}
	last := addrSegFirst(toks, n-1)
	if last == 0 || toks[last-1].seg+1 != toks[last].seg {
		return toks
	}
	first := addrSegFirst(toks, last-1)
	if !isAddrProvinceTypeWord(toks[first:last]) {
		return toks
	}
	for i := last; i < n; i++ {
		toks[i].seg = toks[first].seg
	}
	return toks
}

// isAddrProvinceTypeWord reports whether the tokens of a part spell a
// province's type word alone: "TP", "T.P", "Thành phố", "Tỉnh".
func isAddrProvinceTypeWord(part []addrToken) bool {
	switch len(part) {
	case 1:
		switch part[0].key {
		case "tp", "tinh", "thanhpho":
			return true
		}
	case 2:
		a, b := part[0].key, part[1].key
		return a == "thanh" && b == "pho" || a == "t" && b == "p"
	}
	return false
}
