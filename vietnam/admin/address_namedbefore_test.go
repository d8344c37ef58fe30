package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A 2025 commune written without type word or district right after a
// bare name that is another commune of the province (of either era) that
// did not go into it whole, or no commune of the province, is read below
// 0.9: commune, district, province is the order people write, and the
// words may be a district under a name no list has, or the bare name a
// village's ("Hợp Đồng" is no commune of Thanh Hóa; forms of the lists
// of github.com/NguyenGiangVtr/vn-address-intelligence). Xã Hoằng Phú
// (15889) is a 2025 commune of Thanh Hóa, Phường Tây Tựu (00613) one of
// Hà Nội, Phường Từ Liêm (00592) another, whose name is also that of
// Huyện Từ Liêm (split in 2013; Cổ Nhuế was split then into Cổ Nhuế 1
// and 2); codes of the statistics office's 2025 list. A ward of Bắc or
// Nam Từ Liêm before "Từ Liêm" is TestResolveNamedParent's.
func TestResolveCommuneNamedBefore(t *testing.T) {
	tests := []struct {
		in      string
		commune string // 2025 code of the single candidate
		low     bool   // read below 0.9
	}{
		// the name before is no commune of the province: below 0.9
		{"Hợp Đồng, Hoằng Phú, Thanh Hóa", "15889", true},
		{"Cổ Nhuế, Từ Liêm, Hà Nội", "00592", true},
		// a village's word before the name, or the commune alone: as
		// before
		{"Thôn Hợp Đồng, Hoằng Phú, Thanh Hóa", "15889", false},
		{"Tây Tựu, Hà Nội", "00613", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			require.Len(t, res.Candidates, 1)
			assert.Equal(t, tt.commune, res.Candidates[0].Unit.Code().String())
			assert.False(t, res.Ambiguous)
			if tt.low {
				assert.Less(t, res.Confidence, 0.9)
				assert.Greater(t, res.Confidence, 0.5, "read, not guessed at")
			} else {
				assert.GreaterOrEqual(t, res.Confidence, 0.9)
			}
		})
	}
}
