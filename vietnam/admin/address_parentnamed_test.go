package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Huyện Từ Liêm was split into Quận Bắc Từ Liêm (021) and Quận Nam Từ
// Liêm (019) by Nghị quyết 132/NQ-CP of 27/12/2013; no list of 2019–2025
// has it, and the Origins know it by name only. Map services and the
// lists made from them still write "<ward>, Từ Liêm, Hà Nội", as the
// texts of github.com/NguyenGiangVtr/vn-address-intelligence
// (colab_vnai/ground_truth.db) do, and Phường Từ Liêm (00592) is also a
// 2025 ward. A ward of Bắc or Nam Từ Liêm written before the name reads
// in its district, with FlagParentDistrict and below 0.9, as splitOff
// reads "Tây Thạnh, Tân Bình"; the name alone, or after words that name
// no such ward, is Phường Từ Liêm or the old district, below 0.9. The
// candidates are the succession table's for the ward written (Nghị quyết
// 1656/NQ-UBTVQH15; codes of the statistics office's 2025 list): Xuân
// Phương went whole into Xuân Phương (00622), Cầu Diễn into Từ Liêm,
// Tây Tựu all its population into Tây Tựu (00613); Đông Ngạc went into
// Phú Thượng (00091) and Đông Ngạc (00602), Trung Văn into Thanh Xuân
// (00367) and Đại Mỗ (00637), Mễ Trì into Yên Hòa (00175), Từ Liêm and
// Đại Mỗ.
func TestResolveNamedParent(t *testing.T) {
	tests := []struct {
		in     string
		want   []string // 2025 codes of the candidates
		dist   string   // the district read, "" for none
		parent bool     // FlagParentDistrict
		high   bool     // confidence 0.9 or more
	}{
		// a ward of Bắc or Nam Từ Liêm, then the name of 2013
		{"Xuân Phương, Từ Liêm, Hà Nội, Việt Nam", []string{"00622"}, "019", true, false},
		{"Ngõ 103 Phương Canh, Xuân Phương, Từ Liêm, Hà Nội, Việt Nam", []string{"00622"}, "019", true, false},
		{"xuan phuong, tu liem, ha noi", []string{"00622"}, "019", true, false},
		{"Xuân Phương, Huyện Từ Liêm, Hà Nội", []string{"00622"}, "019", true, false},
		{"118 Phố Trung Tựu, Tây Tựu, Từ Liêm, Hà Nội, Việt Nam", []string{"00613"}, "021", true, false},
		{"304 Đ. Hồ Tùng Mậu, Cầu Diễn, Từ Liêm, Hà Nội, Việt Nam", []string{"00592"}, "019", true, false},
		// split wards: every part, ambiguous
		{"144 Văn Hội, Đông Ngạc, Từ Liêm, Hà Nội, Việt Nam", []string{"00091", "00602"}, "021", true, false},
		{"17, Trung Văn, Từ Liêm, Hà Nội, Việt Nam", []string{"00367", "00637"}, "019", true, false},
		{"TRUNG VĂN, TỪ LIÊM, HÀ NỘI", []string{"00367", "00637"}, "019", true, false},
		{"Mễ Trì Hạ, Mễ Trì, Từ Liêm, Hà Nội, Việt Nam", []string{"00175", "00592", "00637"}, "019", true, false},
		// the name alone, or after words that are no ward of Bắc or Nam
		// Từ Liêm (Nghĩa Tân is Cầu Giấy's; Cổ Nhuế was split in 2013):
		// Phường Từ Liêm or the old district, nothing says which
		{"Từ Liêm, Hà Nội, Việt Nam", []string{"00592"}, "", false, false},
		{"Khu đô thị Thành phố Giao lưu, Từ Liêm, Hà Nội, Việt Nam", []string{"00592"}, "", false, false},
		{"Thôn Tây Tựu, Từ Liêm, Hà Nội", []string{"00592"}, "", false, false},
		{"Từ Liêm, Từ Liêm, Hà Nội", []string{"00592"}, "", false, false},
		{"Nghĩa Tân, Từ Liêm, Hà Nội", []string{"00592"}, "", false, false},
		{"23 Ngách 86, Cổ Nhuế, Từ Liêm, Hà Nội", []string{"00592"}, "", false, false},
		// the 2025 ward with its type word, or a ward of 2025 alone: as
		// written
		{"Tây Tựu, Phường Từ Liêm, Hà Nội", []string{"00592"}, "", false, true},
		{"Tây Tựu, Hà Nội", []string{"00613"}, "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, candidateCodes(res)); diff != "" {
				t.Errorf("candidates (-want +got):\n%s", diff)
			}
			assert.Equal(t, len(tt.want) > 1, res.Ambiguous)
			assert.Equal(t, tt.dist, codeOf(res.District))
			assert.Equal(t, tt.parent, res.Flags.Has(admin.FlagParentDistrict), res.Flags)
			if tt.high {
				assert.GreaterOrEqual(t, res.Confidence, 0.9)
			} else {
				assert.Less(t, res.Confidence, 0.9)
			}
		})
	}
}

// candidateCodes returns the codes of res's candidates, in its order.
func candidateCodes(res admin.Resolution) []string {
	var out []string
	for _, c := range res.Candidates {
		out = append(out, c.Unit.Code().String())
	}
	return out
}
