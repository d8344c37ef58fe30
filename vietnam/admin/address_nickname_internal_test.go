package admin

import (
	"strings"
	"testing"

	"github.com/hocvuso/hocvuso/vietnam"
)

// isAddrProvinceNicknameRef is isAddrProvinceNickname as it was before
// it read the aliases by their first letter (addrNicknamesByFirst):
// every alias of every province.
func isAddrProvinceNicknameRef(toks []addrToken, i int) bool {
	if !addrNicknameOpens(toks[i].key) {
		return false
	}
	j := i
	size := -1
	for j < len(toks) && toks[j].seg == toks[i].seg {
		size += len(toks[j].key) + 1
		j++
	}
	for _, n := range addrProvinceNicknames {
		for _, a := range n.alias {
			if len(a) == size && addrTokensSpell(toks, i, j, a) {
				return true
			}
		}
	}
	return false
}

// checkAddrProvinceNickname fails t where isAddrProvinceNickname and
// isAddrProvinceNicknameRef differ at a token of s.
func checkAddrProvinceNickname(t *testing.T, s string) {
	t.Helper()
	toks := appendAddrTokens(nil, vietnam.Normalize(s))
	for i := range toks {
		if got, want := isAddrProvinceNickname(toks, i), isAddrProvinceNicknameRef(toks, i); got != want {
			t.Fatalf("isAddrProvinceNickname(%q, %d) = %v, want %v", s, i, got, want)
		}
	}
}

// TestAddrProvinceNicknameRef holds isAddrProvinceNickname to every
// alias read in turn: at every token of the labelled set as written and
// folded, and of every alias alone, after a part, cut short and
// lengthened.
func TestAddrProvinceNicknameRef(t *testing.T) {
	for _, in := range labelledAddresses(t) {
		checkAddrProvinceNickname(t, in)
		checkAddrProvinceNickname(t, vietnam.Fold(in))
	}
	nicknames := 0
	for _, n := range addrProvinceNicknames {
		for _, a := range append([]string{n.name}, n.alias...) {
			for _, s := range []string{a, strings.ToUpper(a), "Quận 1, " + a, a[:len(a)-1], a + "x", a + " x", "x " + a, strings.ReplaceAll(a, " ", ".")} {
				checkAddrProvinceNickname(t, s)
				if toks := appendAddrTokens(nil, s); len(toks) > 0 && isAddrProvinceNickname(toks, 0) {
					nicknames++
				}
			}
		}
	}
	if nicknames < 20 {
		t.Errorf("%d texts read as nicknames, want 20 or more", nicknames)
	}
}
