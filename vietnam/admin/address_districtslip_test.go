package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A district written with another tone ("Phú Mỹ" for Phù Mỹ), a slip of
// hand or scan, whose words as written are the
// name of units elsewhere (Thị xã Phú Mỹ of Bà Rịa - Vũng Tàu), is read
// as the district of the province with those letters when a commune of
// it is written inside: the commune confirms it (flagged as a typo, below
// 0.9). Without a commune it stays unread, as a commune's name so written
// does ("Trung Tú" is not Trung Tự).
func TestResolveDistrictToneSlipWithCommune(t *testing.T) {
	tests := []struct {
		in       string
		commune  string // "" for none
		district string // the district read; "" for none
	}{
		{"Thôn Gia Hội, Mỹ Phong, Phú Mỹ, Bình Định", "21733", "Huyện Phù Mỹ"},
		{"Xã Mỹ Phong, Huyện Phú Mỹ, Tỉnh Bình Định", "21733", "Huyện Phù Mỹ"},
		// no commune to confirm it
		{"123 Lê Lợi, Phú Mỹ, Bình Định", "", ""},
		// a commune's name with other tones is still not read
		{"Trung Tú, Đống Đa, Hà Nội", "", "Quận Đống Đa"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assertCurrent(t, res, tt.commune)
			assert.Equal(t, tt.district, res.District.FullName())
			if tt.commune != "" {
				assert.True(t, res.Flags.Has(admin.FlagTypo), "flags %v", res.Flags)
				assert.Less(t, res.Confidence, 0.9)
			}
		})
	}
}
