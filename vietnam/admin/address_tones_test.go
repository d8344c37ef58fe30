package admin_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Communes of one district whose names differ only by a tone: Minh Quán
// (04516) and Minh Quân (04567) of Trấn Yên, Trực Hưng (14050) and Trực
// Hùng (14083) of Trực Ninh, Hoằng Phú (15883) and Hoằng Phụ (16003) of
// Hoằng Hóa. The current communes are read off commune_mapping_2025.csv.
// Tones written must match, so a name with its tones gives one commune;
// without tones the text fits both, and the answer lists both as
// ambiguous instead of picking one.
func TestResolveToneOnlyNamesakes(t *testing.T) {
	tests := []struct {
		in        string
		ambiguous bool
		want      []string // current communes, sorted
	}{
		{"Xã Minh Quán, Trấn Yên, Yên Bái", false, []string{"04498"}},
		{"Xã Minh Quân, Trấn Yên, Yên Bái", false, []string{"04543"}},
		{"Xa Minh Quan, Tran Yen, Yen Bai", true, []string{"04498", "04543"}},
		{"Xã Trực Hùng, Trực Ninh, Nam Định", false, []string{"14077"}},
		{"xa truc hung, huyen truc ninh, tinh nam dinh", true, []string{"14053", "14077"}},
		{"Xã Hoằng Phụ, Hoằng Hóa, Thanh Hóa", false, []string{"16000"}},
		{"Hoang Phu, Hoang Hoa, Thanh Hoa", true, []string{"15889", "16000"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			got := candidateCodes(res)
			slices.Sort(got)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ambiguous, res.Ambiguous)
			if tt.ambiguous {
				assert.Less(t, res.Confidence, 0.9, "an ambiguous answer is not a confident one")
			}
		})
	}
}
