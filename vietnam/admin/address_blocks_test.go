package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

var (
	sinkCandidates []admin.Candidate
	sinkReadings   []admin.Reading
)

// TestResolutionsKeepTheirCandidates holds the Candidates and
// Alternatives that resolutions cut from one scratch's blocks apart: a
// Resolution kept is what the address resolves to after others were
// resolved, and what a caller appends to its slices changes no other.
func TestResolutionsKeepTheirCandidates(t *testing.T) {
	ins := []string{
		"Hải Châu, Đà Nẵng", // two candidates, two alternatives
		"Phường Lái Thiêu, TP. Hồ Chí Minh",
		"xa tan tien", // 23 candidates, 5 alternatives
		"Phường Bến Nghé, Quận 1, TP HCM",
		"Xã Tân Tiến, Huyện Văn Giang, Hưng Yên",
	}
	r := admin.NewResolver(nil)
	var kept []admin.Resolution
	for range 30 { // more than a block of each
		for _, in := range ins {
			res, err := r.Resolve(in)
			require.NoError(t, err, in)
			kept = append(kept, res)
		}
	}
	for _, res := range kept { // res is a copy: kept stays as it was
		sinkCandidates = append(res.Candidates, admin.Candidate{})
		sinkReadings = append(res.Alternatives, admin.Reading{})
	}
	for i, res := range kept {
		in := ins[i%len(ins)]
		again, err := r.Resolve(in)
		require.NoError(t, err, in)
		assert.Equal(t, again, res, "%d: %s", i, in)
	}
}
