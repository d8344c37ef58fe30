package admin

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// addrKeysOf returns the keys of toks, a space between.
func addrKeysOf(toks []addrToken) string {
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return strings.Join(keys, " ")
}

// TestAddrCountryPart: what a country part is lives in addrCountryAt
// (the name in full) and countryCut (cut short), both read against
// addrCountry; trimAddrTail, which drops one that ends the address, and
// arrangeAddrSegments, which drops one inside it (isAddrCountryPart),
// are held here to the same answers for every form.
func TestAddrCountryPart(t *testing.T) {
	tests := []struct {
		part      string
		full, cut int // tokens of the country in full, cut short
	}{
		{"Việt Nam", 2, 0},
		{"Viet Nam", 2, 0},
		{"VIỆT NAM", 2, 0},
		{"Vietnam", 1, 0},
		{"VN", 1, 0},
		{"vn", 1, 0},
		{"Việt", 0, 1},
		{"Vi", 0, 1},
		{"Vie", 0, 1},
		{"Việt N", 0, 2},
		{"Việt Na", 0, 2},
		{"V", 0, 0},
		{"Nam", 0, 0},
		{"Việt Hà", 0, 0},
		{"Viên", 0, 0},
		{"Hà Nam", 0, 0},
		{"Việt Nam Nam", 0, 0},
		{"Vi Nam", 0, 0},
		{"Nam Việt", 0, 0},
	}
	const units = "Quận 1, TP HCM"
	const unitKeys = "quan 1 tp hcm"
	for _, tt := range tests {
		t.Run(tt.part, func(t *testing.T) {
			words := len(strings.Fields(tt.part))
			toks := appendAddrTokens(nil, units+", "+tt.part)
			n := len(toks)
			assert.Equal(t, tt.full, addrCountryAt(toks, n), "addrCountryAt")
			assert.Equal(t, tt.cut, countryCut(toks), "countryCut")
			assert.Equal(t, tt.full+tt.cut, addrCountryTail(toks), "addrCountryTail")
			assert.Equal(t, tt.full == words, isAddrCountryPart(toks, [2]int{n - words, n}), "isAddrCountryPart")

			// the users: at the end of the address, in full or cut, and
			// first, in full only
			var sc addrScratch
			got, _, err := sc.tokenizeAddress(units + ", " + tt.part)
			require.NoError(t, err)
			want := unitKeys + " " + addrKeysOf(toks[n-words:])
			if tt.full+tt.cut == words {
				want = unitKeys
			}
			assert.Equal(t, want, addrKeysOf(got), "at the end")

			got, _, err = sc.tokenizeAddress(tt.part + ", " + units)
			require.NoError(t, err)
			want = addrKeysOf(toks[n-words:]) + " " + unitKeys
			if tt.full == words {
				want = unitKeys
			}
			assert.Equal(t, want, addrKeysOf(got), "first")

			// within the province's part: the name in full only
			got, _, err = sc.tokenizeAddress(units + " " + tt.part)
			require.NoError(t, err)
			want = unitKeys + " " + addrKeysOf(toks[n-words:])
			want = strings.Join(strings.Fields(want)[:len(strings.Fields(want))-tt.full], " ")
			assert.Equal(t, want, addrKeysOf(got), "within a part")
		})
	}
}
