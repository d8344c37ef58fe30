package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// finish looks for the repeats of a match (repeat, districtCopy) only
// where a writing of the unit's name may end before it: the word before
// ends the key (endsLastWord), as it must where writtenBefore finds one.
func TestEndsLastWord(t *testing.T) {
	for _, tt := range []struct {
		in   string
		e    int
		key  string
		want bool
	}{
		{"Cầu Giấy, Cầu Giấy", 2, "cau giay", true},
		{"Cầu Giấy, Cầu Giấy", 2, "giay", true},
		{"Cầu Giấy, Cầu Giấy", 2, "cau", false},
		{"Phường 1, Phường 1", 2, "1", true},
		{"Phường 1, Phường 1", 2, "11", true}, // the words decide (spells)
		{"Phường 1, Phường 1", 2, "12", false},
		{"Đắk R lấp", 3, "dak rlap", true},
		{"Thị trấn Dầu Tiếng", 4, "tieng", true},
		{"Thị trấn Dầu Tiếng", 4, "tien", false},
	} {
		st, ok := newLook(&embedded, tt.in)
		require.True(t, ok, tt.in)
		assert.Equal(t, tt.want, st.endsLastWord(tt.e, tt.key), "%s %d %q", tt.in, tt.e, tt.key)
		if ni, ok := st.writtenBefore(tt.e, tt.key); ok {
			assert.True(t, st.endsLastWord(tt.e, tt.key), "%s: written at %d", tt.in, ni)
		}
	}
}
