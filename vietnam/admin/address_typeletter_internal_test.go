package admin

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDistrictShortTypeLetter: which letters are type words lives in
// addrUnitWords alone; isAddrTypeLetter reads it there, and districtShort
// reads no such letter before a word as a district's first word cut
// short. For every district of two words of every province before the
// reform that its letter and second word name alone in the province,
// "L.Word, Province" is not read short (FlagShortForm) where L is a type
// word's, and mostly is where it is not.
func TestDistrictShortTypeLetter(t *testing.T) {
	var letters []string
	for _, uw := range addrUnitWords {
		if len(uw.words) == 1 && len(uw.words[0]) == 1 {
			letters = append(letters, uw.words[0])
		}
	}
	slices.Sort(letters)
	if diff := cmp.Diff([]string{"f", "h", "p", "q", "t", "x"}, letters); diff != "" {
		t.Errorf("one-letter type words (-want +got):\n%s", diff)
	}
	for c := byte('a'); c <= 'z'; c++ {
		assert.Equal(t, slices.Contains(letters, string(c)), isAddrTypeLetter(string(c)), "%c", c)
	}
	for _, k := range []string{"", "tp", "tx", "ph", "đ"} {
		assert.False(t, isAddrTypeLetter(k), "%q", k)
	}

	old := At(Era2025.Start().AddDays(-1))
	read := map[bool]int{} // districts tried, by whether their letter is a type word
	shortRead := 0         // of another letter, read short
	for p := range old.Provinces() {
		type short struct {
			letter byte
			second string
		}
		var ds []Unit
		var shorts []short
		for d := range old.Children(p.Code()) {
			words := strings.Fields(d.Name())
			if d.Level() != LevelDistrict || len(words) != 2 {
				continue
			}
			ds = append(ds, d)
			shorts = append(shorts, short{appendFoldWord(nil, words[0])[0], words[1]})
		}
		for k, d := range ds {
			sh := shorts[k]
			fits := 0
			for _, o := range shorts {
				if o.letter == sh.letter && string(appendFoldWord(nil, o.second)) == string(appendFoldWord(nil, sh.second)) {
					fits++
				}
			}
			if fits > 1 || strings.ContainsAny(sh.second, "0123456789") {
				continue // other districts fit it too, or a number
			}
			letter := string(sh.letter)
			in := strings.ToUpper(letter) + "." + sh.second + ", " + p.FullName()
			res, err := ResolveAddress(in)
			require.NoError(t, err, in)
			typeLetter := isAddrTypeLetter(letter)
			read[typeLetter]++
			if typeLetter {
				assert.False(t, res.Flags.Has(FlagShortForm), "%q read short: %v", in, res.District)
				continue
			}
			if res.Flags.Has(FlagShortForm) {
				assert.Equal(t, d.Code(), res.District.Code(), "%q", in)
				shortRead++
			}
		}
	}
	// Most districts of another letter are read short (some, towns
	// that became cities, are not without their type word): the form
	// is one districtShort reads, so that none read of a type word's
	// letter is that letter's doing.
	t.Logf("districts tried: %d of a type word's letter, %d of another, %d of them read short", read[true], read[false], shortRead)
	assert.Greater(t, read[true], 100)
	assert.Greater(t, shortRead, read[false]*9/10)
}
