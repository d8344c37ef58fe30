package vietnam

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRhymesOfTheCorpus: the spelling rules of strictSyllable (rhymesText,
// the lone y, the glides after lip consonants) accept every syllable of
// the licence-clean corpus (syllableFreqFile), which was written by
// others, but for its misspellings, listed here with the word meant.
func TestRhymesOfTheCorpus(t *testing.T) {
	misspelt := map[string]string{
		"nuớc":  "nước",
		"đuờng": "đường",
		"quyn":  "no word: uy takes no n",
	}
	f, err := os.Open(syllableFreqFile)
	require.NoError(t, err)
	defer f.Close()
	var rejected []string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		w, _, _ := strings.Cut(sc.Text(), " ")
		n++
		if strictSyllable([]rune(w)) != wordGood {
			rejected = append(rejected, w)
		}
	}
	require.NoError(t, sc.Err())
	require.Greater(t, n, 4000)
	for _, w := range rejected {
		assert.Contains(t, misspelt, w, "a syllable of the corpus breaks the rules")
	}
	for w := range misspelt {
		assert.Contains(t, rejected, w, "no longer rejected: drop it from the list")
	}
}
