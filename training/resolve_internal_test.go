package training

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestUnitsLearned: the units after numbered parts are resolved once; an
// address with a named part before them teaches nothing (that it is
// resolved whole, TestImportResolvesAsResolver shows).
func TestUnitsLearned(t *testing.T) {
	im := NewImporter(ImportOptions{})
	st := newImportState()
	const units = "Phường Lái Thiêu, Thành phố Hồ Chí Minh"
	first := im.resolveNew(st, "Tổ 3, Khu phố 2, "+units)
	assert.NotZero(t, first.commune)
	_, ok := st.units.get(units)
	assert.True(t, ok, "learned after the first address")

	// Without a resolver, only what was learned can answer.
	noResolver := *im
	noResolver.opts.Resolver = nil
	assert.Equal(t, first, noResolver.resolveNew(st, "Tổ 7, "+units))
	assert.Equal(t, first, noResolver.resolveNew(st, "12/5 Ấp 3, KP 4, "+units))

	st = newImportState()
	im.resolveNew(st, "12 Lê Lợi, "+units)
	_, ok = st.units.get(units)
	assert.False(t, ok, "nothing learned behind a named street")
}

// BenchmarkAddressMemo resolves the addresses of a roster as the import
// does, the units after numbered parts once (units), against resolving
// each distinct address once (whole, the memo by address alone): one op
// is one address, all distinct, of the 40 first communes of Thành phố Hồ
// Chí Minh behind hamlet and house numbers.
func BenchmarkAddressMemo(b *testing.B) {
	var communes []string
	for u := range admin.Current().Communes() {
		if u.Province().String() == "79" && len(communes) < 40 {
			communes = append(communes, u.FullName()+", Thành phố Hồ Chí Minh")
		}
	}
	addr := func(i int) string {
		return fmt.Sprintf("%d/%d, Tổ %d, Khu phố %d, %s", 1+i%97, 1+i/97%13, 1+i%29, 1+i%11, communes[i%len(communes)])
	}
	im := NewImporter(ImportOptions{})
	b.Run("units", func(b *testing.B) {
		b.ReportAllocs()
		st := newImportState()
		i := 0
		for b.Loop() {
			im.resolveNew(st, addr(i))
			i++
		}
	})
	b.Run("whole", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_, _ = im.opts.Resolver.Resolve(addr(i))
			i++
		}
	})
}
