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
// words may be a district under a name no list of 2019–2025 has. Huyện Từ Liêm was split into Quận Bắc Từ
// Liêm and Quận Nam Từ Liêm by Nghị quyết 132/NQ-CP of 27/12/2013 and
// is still written so; Phường Từ Liêm (00592) is a 2025 ward of Hà Nội
// (Nghị quyết 1656/NQ-UBTVQH15). Tây Tựu (Bắc Từ Liêm) went into Thượng
// Cát, Tây Tựu and two communes of Hoài Đức, Trung Văn (Nam Từ Liêm)
// into Thanh Xuân and Đại Mỗ; Mễ Trì and Phú Đô went in part into
// Phường Từ Liêm, so that an address written with them and the 2025 ward
// may be in another part, and Cầu Diễn whole, so that it agrees. Codes
// of the statistics office's 2025 list.
func TestResolveCommuneNamedBefore(t *testing.T) {
	tests := []struct {
		in      string
		commune string // 2025 code of the single candidate
		low     bool   // read below 0.9
	}{
		// the name before is another commune: below 0.9
		{"Tây Tựu, Từ Liêm, Hà Nội", "00592", true},
		{"Số 8, Ngõ 3, Trung Văn, Từ Liêm, Hà Nội", "00592", true},
		{"tay tuu, tu liem, ha noi", "00592", true},
		{"TRUNG VĂN, TỪ LIÊM, HÀ NỘI", "00592", true},
		// the name before is no commune of the province: Cổ Nhuế was
		// split into Cổ Nhuế 1 and 2 in 2013, and a village's name
		// ("Hợp Đồng") is no commune either (forms of the lists of
		// github.com/NguyenGiangVtr/vn-address-intelligence)
		{"Cổ Nhuế, Từ Liêm, Hà Nội", "00592", true},
		{"23 Ngách 86, Cổ Nhuế, Từ Liêm, Hà Nội", "00592", true},
		{"Hợp Đồng, Hoằng Phú, Thanh Hóa", "15889", true},
		// an old ward, then a 2025 ward it went into in part: the
		// address may be in another part (Mễ Trì also went into Yên Hòa
		// and Đại Mỗ, Phú Đô into Đại Mỗ)
		{"Mễ Trì, Từ Liêm, Hà Nội", "00592", true},
		{"Ngõ 4, Phú Đô, Từ Liêm, Hà Nội", "00592", true},
		// an old ward, then the 2025 ward it went into whole: they agree
		{"Cầu Diễn, Từ Liêm, Hà Nội", "00592", false},
		// the 2025 ward with its type word, a village's word before
		// the name, or the commune alone: as before
		{"Tây Tựu, Phường Từ Liêm, Hà Nội", "00592", false},
		{"Thôn Tây Tựu, Từ Liêm, Hà Nội", "00592", false},
		{"Thôn Hợp Đồng, Hoằng Phú, Thanh Hóa", "15889", false},
		{"Tây Tựu, Hà Nội", "00613", false},
		{"Từ Liêm, Từ Liêm, Hà Nội", "00592", false},
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
