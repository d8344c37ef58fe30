package admin

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// refAddrHouseAt is addrHouseAt as it read the words that open a house
// number, one tokensAre after another.
func refAddrHouseAt(norm string, toks []addrToken, i int) int {
	j := i
	switch {
	case tokensAre(toks, j, "so", "nha"), tokensAre(toks, j, "nha", "so"):
		j += 2
	case tokensAre(toks, j, "so"), tokensAre(toks, j, "sn"):
		j++
	case tokensAre(toks, j, "no") && toks[j].dot:
		j++
	}
	if j >= len(toks) || !toks[j].num || toks[j].seg != toks[i].seg {
		return 0
	}
	return addrHouseAt(norm, toks, j) + j - i
}

// TestAddrHouseAtWords holds addrHouseAt's switch to refAddrHouseAt on
// every run of three tokens of the words that open a house number, a
// number and a name, in one segment or two, with and without a dot.
func TestAddrHouseAtWords(t *testing.T) {
	words := []string{"so", "nha", "sn", "no", "12", "le"}
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				for mask := range 1 << 4 {
					text := a + " " + b + " " + c
					toks := []addrToken{{key: a}, {key: b}, {key: c}}
					at := 0
					for k := range toks {
						toks[k].start, toks[k].end = at, at+len(toks[k].key)
						at += len(toks[k].key) + 1
						toks[k].num = toks[k].key == "12"
					}
					toks[0].dot = mask&1 != 0
					toks[1].dot = mask&2 != 0
					if mask&4 != 0 {
						toks[1].seg, toks[2].seg = 1, 1
					}
					if mask&8 != 0 {
						toks[2].seg++
					}
					for i := range toks {
						require.Equal(t, refAddrHouseAt(text, toks, i), addrHouseAt(text, toks, i), "%q at %d, mask %b", text, i, mask)
					}
				}
			}
		}
	}
}

// refAddrHamletAt is addrHamletAt walking all of addrHamletWords.
func refAddrHamletAt(toks []addrToken, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	for _, w := range addrHamletWords {
		if tokensAre(toks, i, w...) {
			if n := len(w); i+n < len(toks) && toks[i+n].seg == toks[i].seg {
				return n
			}
			return 0
		}
	}
	return 0
}

// TestAddrHamletAtPlaces holds addrHamletAt, which walks only the hamlet
// words addrHamletWordsOf gives for its first word, to a walk of them
// all, on every run of three tokens of the words of addrHamletWords and
// others, in one segment or two.
func TestAddrHamletAtPlaces(t *testing.T) {
	words := []string{"5", "le", "lai"}
	for _, w := range addrHamletWords {
		words = append(words, w...)
	}
	slices.Sort(words)
	words = slices.Compact(words)
	toks := make([]addrToken, 4)
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				for cut := range 4 {
					for k, w := range []string{a, b, c, "1"} {
						toks[k] = addrToken{key: w, seg: 0}
						if k >= cut && cut > 0 {
							toks[k].seg = 1
						}
					}
					for i := -1; i <= len(toks); i++ {
						require.Equal(t, refAddrHamletAt(toks, i), addrHamletAt(toks, i), "%q %q %q cut %d at %d", a, b, c, cut, i)
					}
				}
			}
		}
	}
}

// TestParseAddrLocalParts: the part below the commune as people write it,
// with no part, one, two and more of street and hamlet, the house number
// in the first part or a later one. parseAddrLocal joins two parts as it
// meets them and hands a third to parseAddrLocalParts, which reads the
// house again: each reads what the other does.
func TestParseAddrLocalParts(t *testing.T) {
	for _, tt := range []struct {
		in                    string
		house, street, hamlet string
	}{
		{"", "", "", ""},
		{"Số 12 Nguyễn Trãi", "Số 12", "Nguyễn Trãi", ""},
		{"Thôn 3", "", "", "Thôn 3"},
		{"Số 5, Ngõ 3 Hoàng Hoa Thám", "Số 5", "Ngõ 3 Hoàng Hoa Thám", ""},
		{"Ngõ 12, Ngách 3, Hẻm 4", "", "Ngõ 12, Ngách 3, Hẻm 4", ""},
		{"Số 7 Hẻm 2, Ngách 3, Ngõ 12, Đường Láng", "Số 7", "Hẻm 2, Ngách 3, Ngõ 12, Đường Láng", ""},
		{"Xóm 1, Thôn 2, Ấp 3", "", "", "Xóm 1, Thôn 2, Ấp 3"},
		{"Đường 3/2, Ngõ 4, khu phố 5, Tổ 6", "", "Đường 3/2, Ngõ 4", "khu phố 5, Tổ 6"},
		{"Lê Lợi, 45 Trần Phú, Kp 2", "45", "Lê Lợi, Trần Phú", "Kp 2"},
		{"Lê Lợi, 45 Trần Phú, Ngõ 3, Ngách 4", "45", "Lê Lợi, Trần Phú, Ngõ 3, Ngách 4", ""},
	} {
		toks := appendAddrTokens(nil, tt.in)
		for _, parse := range []func(*Address, string, []addrToken, int){parseAddrLocal, parseAddrLocalParts} {
			var a Address
			parse(&a, tt.in, toks, len(toks))
			require.Equal(t, Address{House: tt.house, Street: tt.street, Hamlet: tt.hamlet}, a, "%q", tt.in)
		}
	}
}
