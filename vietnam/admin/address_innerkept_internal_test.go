package admin

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestInnerNameKept holds innerName and typeWordBefore, which keep their
// answers per token in the same words (resolveScratch.typeBefore), to
// the answers of a state that was asked nothing before: whatever was
// asked first, of which end and level, at every start of every twentieth
// labelled address in each of its writings (fails when innerName's kept
// answer depends on the end or level it was first asked with, or when
// one's answer hides the other's).
func TestInnerNameKept(t *testing.T) {
	ds := Embedded()
	ins := append([]string{
		"Phố Lê Trọng Tấn Hoài Đức - Hà Nội", // a street word opens the part: innerStreet
		"Thôn Chua Bình Minh, Thanh Oai",
		"12 Trần Phú, Hà Đông, Hà Nội",
		"Gia Huỳnh Gia Lộc, Trảng Bàng, Tây Ninh",
	}, everyLabelledAddress(t)...)
	levels := []Level{LevelCommune, LevelDistrict, LevelProvince}
	fresh := newResolveScratch()
	asked := 0
	for k, in := range ins {
		if k >= 4 && k%20 != 0 {
			continue
		}
		for _, s := range addressWritings(in) {
			shared, ok := newLook(ds, s)
			if !ok {
				continue
			}
			n := len(shared.toks)
			for ni := n - 1; ni > 0; ni-- {
				if ni%2 == 0 {
					shared.typeWordBefore(ni) // asked first at every other start
				}
				for e := ni; e <= min(n, ni+4); e++ {
					for _, level := range levels {
						fresh.reset()
						toks, norm, err := fresh.tokenizeAddress(s)
						require.NoError(t, err)
						one := resolveState{ds: ds, x: ds.nameIndex(), norm: norm, toks: toks, resolveScratch: fresh}
						one.noteTokens()
						want := one.innerName(ni, e, level)
						require.Equal(t, want, shared.innerName(ni, e, level), "%q at [%d, %d) %v", s, ni, e, level)
						asked++
					}
				}
				ts, w := shared.typeWordBefore(ni)
				fresh.reset()
				toks, norm, _ := fresh.tokenizeAddress(s)
				one := resolveState{ds: ds, x: ds.nameIndex(), norm: norm, toks: toks, resolveScratch: fresh}
				one.noteTokens()
				ts1, w1 := one.typeWordBefore(ni)
				require.Equal(t, [2]int{int(ts1), w1}, [2]int{int(ts), w}, "%q before %d", s, ni)
			}
		}
	}
	t.Logf("%d asks", asked)
}
