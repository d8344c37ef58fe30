package enumtext_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext"
)

type level uint8

func TestTable(t *testing.T) {
	tab := &enumtext.Table{What: "x: level", Words: [][]string{{"unknown"}, {"province", "tỉnh"}, {"commune", "xã", "cấp xã"}}}
	for v, want := range []string{"", "province", "commune"} {
		b, err := tab.Marshal(uint8(v))
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
		got, err := tab.Unmarshal(b)
		require.NoError(t, err)
		assert.Equal(t, uint8(v), got)
	}
	_, err := tab.Marshal(3)
	assert.EqualError(t, err, "x: level 3 has no text form")
	for in, want := range map[string]uint8{"TỈNH": 1, "Cap_Xa": 2, "cấp-xã": 2, "unknown": 0, "": 0} {
		got, err := tab.Unmarshal([]byte(in))
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	var l level = 1
	err = enumtext.Decode(tab, &l, []byte("ward"))
	assert.EqualError(t, err, `x: level "ward": want province or commune`)
	assert.Equal(t, level(1), l, "left alone on error")
	assert.Equal(t, "cap xa", enumtext.Key(" Cấp-Xã "))
}
