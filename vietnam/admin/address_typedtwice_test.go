package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A province or district written twice, once with its type word and once
// without, or the province and country typed twice, as address boxes
// filled twice give them, is read once: the commune and district before
// it are not lost. A province's untyped name after a commune's part is the
// district of that name, as before (Thành phố Thanh Hóa).
func TestResolveUnitTypedTwice(t *testing.T) {
	type read struct {
		Commune, District, Province string
		Candidates                  []string
	}
	tests := []struct {
		in   string
		want read
	}{
		{"12 Lê Lợi, Phường Bến Nghé, Quận 1, Hồ Chí Minh, Thành phố Hồ Chí Minh", read{"26740", "760", "79", []string{"26740"}}},
		{"12 Lê Lợi, P. Bến Nghé, Q.1, TP. Hồ Chí Minh, Hồ Chí Minh", read{"26740", "760", "79", []string{"26740"}}},
		{"Xã Quảng Nhân, Huyện Quảng Xương, Thanh Hóa, Tỉnh Thanh Hóa, Việt Nam", read{"16462", "406", "38", []string{"16540"}}},
		{"xa quang nhan, huyen quang xuong, thanh hoa, tinh thanh hoa, viet nam", read{"16462", "406", "38", []string{"16540"}}},
		{"Xã Quảng Nhân, Huyện Quảng Xương, Tỉnh Thanh Hóa, Việt Nam, Tỉnh Thanh Hóa, Việt Nam", read{"16462", "406", "38", []string{"16540"}}},
		{"Thôn 3, Xã Quảng Nhân, Huyện Quảng Xương, Quảng Xương, Tỉnh Thanh Hóa", read{"16462", "406", "38", []string{"16540"}}},
		{"Thôn 3, Xã Quảng Nhân, Huyện Quảng Xương, Huyện Quảng Xương, Thanh Hóa", read{"16462", "406", "38", []string{"16540"}}},
		// the province's name after a commune: the city of that name
		{"Phường Điện Biên, Thanh Hóa, Tỉnh Thanh Hóa", read{"14767", "380", "38", []string{"14797"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			var cands []string
			for _, c := range res.Candidates {
				cands = append(cands, codeOf(c.Unit))
			}
			got := read{codeOf(res.Commune), codeOf(res.District), codeOf(res.Province), cands}
			assert.Empty(t, cmp.Diff(tt.want, got))
			assert.False(t, res.Flags.Has(admin.FlagCommuneUnknown))
		})
	}
}
