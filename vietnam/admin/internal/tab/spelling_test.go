package tab

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOtherSpelling holds otherSpelling to the conversion table's ways of
// writing an old commune: another name is kept without its type word
// (whatever its case), the list's own name, the name under another type
// word of a commune, and a name whose type word is no commune's are not.
func TestOtherSpelling(t *testing.T) {
	d, err := Load(os.DirFS("../data"))
	require.NoError(t, err)
	tests := []struct {
		code uint32
		full string
		want string // "" for none
	}{
		{24409, "Xã Cư Yang", "Cư Yang"},                                     // the list: Xã Cư Jang
		{24409, "Xã  Cư   Yang ", "Cư Yang"},                                 // spaces as a sheet leaves them
		{24409, "Xã Cư Jang", ""},                                            // the list's own
		{31231, "Thị Trấn Thạnh An", "Thạnh An"},                             // the list: Thị trấn Thanh An
		{13369, "Phường Tiên Sơn", ""},                                       // the list: Xã Tiên Sơn, the same name
		{19114, "Thị trấn Nông trường Việt Trung", "Nông trường Việt Trung"}, // the list: Thị trấn NT Việt Trung
		{24409, "Khu Cư Yang", ""},
		{24409, "", ""},
	}
	for _, tt := range tests {
		sp, ok := otherSpelling(&d.CommunesPre, tt.code, tt.full)
		assert.Equal(t, tt.want != "", ok, tt.full)
		assert.Equal(t, tt.want, sp.Name, tt.full)
		if ok {
			assert.Equal(t, tt.code, sp.Code)
		}
	}
	// the loaded spellings are sorted, once each, and never the list's own
	for i, s := range d.Spellings {
		u := &d.CommunesPre.Units[d.CommunesPre.Search(s.Code)]
		assert.NotEqual(t, d.CommunesPre.Name(u), s.Name)
		if i > 0 {
			p := d.Spellings[i-1]
			assert.True(t, p.Code < s.Code || p.Code == s.Code && p.Name < s.Name, "%v before %v", p, s)
		}
	}
	assert.Contains(t, d.Spellings, Spelling{Code: 12664, Name: "Kim Trung"})
}
