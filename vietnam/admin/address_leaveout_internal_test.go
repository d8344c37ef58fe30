package admin

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLeaveOut holds run's leaving out of searches under a province
// (leaveOut) to its promises over the addresses of every labelled set, as
// written, lower-cased and without commas, and addresses made to be
// levelled by positions: the readings left out are communes without
// district under a province (2025 ones under a 2025 province), below
// keepFloor's floor of all the readings after positions and not the
// commune of fromElsewhere's best; every such reading scores after
// positions at most its bound (oldCommuneMost, mixedCommuneMost,
// newCommuneMost); and the resolution is the one with every reading. It
// fails with oldCommuneMost short of what positions gives back
// (scoreOldNoDistrict): "Ngõ 810 Pasteur, Lao Chải, tỉnh Lào Cai" reads
// the former Xã Lao Chải of Sa Pa at 15, raised to 18 by the 2025
// commune's reading; with mixedCommuneMost one short: "Xã Quý Lộc, Tỉnh
// Thanh Hóa" reads the 2025 Xã Quý Lộc under the pre-2025 province at
// 17; and with newCommuneMost one short: "Phường Lái Thiêu, Thành
// phốHồ Chí Minh" reads the 2025 ward at 20.
func TestLeaveOut(t *testing.T) {
	ds := Embedded()
	ins := append([]string{
		"Xã Trug Thành, Thanh Hóa", // communeOfEitherEra
		"nam can, nghe an",
		"Ba Đình, Hà Nội", // districtLevel
		"Tổ 5, Ngũ Hành Sơn, Đà Nẵng",
		"Hải Châu, Đà Nẵng",
		"Sơn Lộc An, Hương Sơn, Hà Tĩnh", // rereads
		"Phường Bến Thành, Xã Tân Hiệp, Hồ Chí Minh",
		"Lê Đại Hành, Hải Phòng", // fromElsewhere
		"Tân Hiệp, Hồ Chí Minh",  // eraClash
	}, everyLabelledAddress(t)...)
	read, left := 0, 0
	for _, in := range ins {
		for _, s := range addressWritings(in) {
			every, ok := leaveOutLook(ds, s, false)
			if !ok {
				continue
			}
			read++
			kept, _ := leaveOutLook(ds, s, true)
			under, _ := keepFloorLook(ds, s, false)
			keep := under.keepFloor(math.MaxInt)
			// every reading of every's in order, after positions
			placed, _ := leaveOutLook(ds, s, false)
			placed.positions()
			rest := slices.Clone(kept.rs)
			for i, r := range every.rs {
				if k := slices.Index(rest, r); k >= 0 {
					rest = slices.Delete(rest, k, k+1)
					continue
				}
				left++
				require.True(t, r.comm >= 0 && r.dist < 0 && r.prov >= 0, "%q: %+v left out", s, r)
				if ds.nameIndex().unit(r.prov).Era() == Era2025 {
					require.Equal(t, Era2025, ds.nameIndex().unit(r.comm).Era(), "%q: %+v left out", s, r)
				}
				require.Less(t, placed.rs[i].score, keep, "%q: %+v left out", s, r)
				if best := kept.bareNewBest(); best != nil {
					require.NotEqual(t, best.comm, r.comm, "%q: %+v left out, fromElsewhere's", s, r)
				}
			}
			require.Empty(t, rest, "%q: readings made only when leaving out", s)
			// the bounds, on every such reading under a province read
			// with a reading of its own
			for i, r := range every.rs {
				if r.comm < 0 || r.dist >= 0 || r.prov < 0 {
					continue
				}
				most := oldCommuneMost
				switch {
				case ds.nameIndex().unit(r.prov).Era() == Era2025:
					most = newCommuneMost
				case ds.nameIndex().unit(r.comm).Era() == Era2025:
					most = mixedCommuneMost
				}
				for _, b := range every.rs {
					if b.prov == r.prov && b.provAt == r.provAt && b.dist < 0 && b.comm < 0 {
						require.LessOrEqual(t, placed.rs[i].score, most(&b), "%q: %+v", s, r)
					}
				}
			}
			if len(every.rs) == 0 {
				continue // no resolution: Resolve reads on (withoutLastPart)
			}
			var all, some Resolution
			every.resolution(&all)
			kept.resolution(&some)
			require.Equal(t, fmt.Sprintf("%+v", all), fmt.Sprintf("%+v", some), "%q", s)
		}
	}
	assert.Greater(t, left, 1000, "readings left out, of %d addresses", read)
	t.Logf("%d readings left out, of %d addresses", left, read)
}

// leaveOutLook reads s as a first look does, leaving out searches where
// leave is set.
func leaveOutLook(ds *Dataset, s string, leave bool) (resolveState, bool) {
	st, ok := newLook(ds, s)
	if !ok || len(st.toks) == 0 {
		return resolveState{}, false
	}
	st.read(leave)
	return st, true
}
