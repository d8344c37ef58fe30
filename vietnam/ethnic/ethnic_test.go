package ethnic

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	return rows[1:]
}

// TestTableMatchesCSV: the generated table says what the data files say,
// row by row (run `go generate` after changing them).
func TestTableMatchesCSV(t *testing.T) {
	rows := readCSV(t, "testdata/ethnic_groups.csv")
	require.Len(t, rows, 54)
	require.Equal(t, 54, Count)
	codes2008 := map[string]string{}
	for _, r := range readCSV(t, "testdata/codes_1979_vs_2008.csv") {
		codes2008[r[0]] = r[2]
		assert.Equal(t, r[1], mustParse(t, r[0]).String(), "codes_1979_vs_2008.csv names %s", r[0])
	}
	for i, r := range rows {
		g := Group(i + 1)
		assert.Equal(t, r[0], g.Code())
		assert.Equal(t, r[1], g.String())
		assert.Equal(t, r[3], g.Label(vietnam.English))
		assert.Equal(t, codes2008[r[0]], g.Code2008())
		var aliases []string
		if r[2] != "" {
			aliases = strings.Split(r[2], "|")
		}
		assert.Equal(t, aliases, g.Aliases(), r[1])
	}
}

func mustParse(t *testing.T, s string) Group {
	g, err := Parse(s)
	require.NoError(t, err, s)
	return g
}

// TestKeysUnique: no spelling of one group reads as another, once folded.
func TestKeysUnique(t *testing.T) {
	seen := map[string]Group{}
	for g := range Groups() {
		for _, s := range append([]string{g.String(), g.Code()}, g.Aliases()...) {
			k := key(s)
			if o, ok := seen[k]; ok && o != g {
				t.Errorf("%q reads as both %s and %s", s, o, g)
			}
			seen[k] = g
		}
	}
}

// TestCodeOrders: the 1979 and the 2008 lists agree on 17 codes only; a
// group is read by its 1979 code.
func TestCodeOrders(t *testing.T) {
	same := 0
	for g := range Groups() {
		if g.Code() == g.Code2008() {
			same++
		}
	}
	assert.Equal(t, 17, same)
	assert.Equal(t, "06", Hoa.Code2008())
	assert.Equal(t, "04", Muong.Code2008())
	assert.Equal(t, Hoa, mustParse(t, "04"))
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Group
	}{
		{"Kinh", Kinh},
		{"kinh", Kinh},
		{"Việt", Kinh},
		{"Kinh (Việt)", Kinh},
		{"1", Kinh},
		{"01", Kinh},
		{"Tày", Tay},
		{"Tay", Tay},
		{"Mường", Muong},
		{"Dân tộc Mường", Muong},
		{"H'Mông", Hmong},
		{"Hmong", Hmong},
		{"Mông", Hmong},
		{"Mèo", Hmong},
		{"Khmer", Khmer},
		{"Khơ me", Khmer},
		{"Ê Đê", Group(12)},
		{"Ede", Group(12)},
		{"Ba Na", Group(13)},
		{"Gia Rai", Group(10)},
		{"Xơ Đăng", Group(14)},
		{"Bru - Vân Kiều", Group(23)},
		{"Giẻ Triêng", Group(27)},
		{"Co Lao", Group(47)},
		{"Ơ Đu", Group(53)},
		{"54", Group(54)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, mustParse(t, tt.in))
			p, err := NewParser().Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, p)
		})
	}
	for _, bad := range []string{"", "55", "Người nước ngoài", "Kinh Tày", "0", "Mán"} {
		_, err := Parse(bad)
		assert.ErrorIs(t, err, ErrUnknown, bad)
	}
	assert.Equal(t, "", Group(0).Code())
}

// The zero Group prints as a word, as the module's other zero enums do;
// a value out of range prints as itself and never as a group.
func TestGroupZeroAndOutOfRange(t *testing.T) {
	tests := []struct {
		g           Group
		str, vi, en string
	}{
		{Unknown, "unknown", "không rõ", "unknown"},
		{Group(55), "Group(55)", "Group(55)", "Group(55)"},
		{Group(255), "Group(255)", "Group(255)", "Group(255)"},
		{Hmong, "HMông", "HMông", "Hmong"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.str, tt.g.String(), "%d", uint8(tt.g))
		assert.Equal(t, tt.vi, tt.g.Label(vietnam.Vietnamese), "%d", uint8(tt.g))
		assert.Equal(t, tt.en, tt.g.Label(vietnam.English), "%d", uint8(tt.g))
	}
}
