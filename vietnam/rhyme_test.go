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

// TestStopAfterToneAgreesWithParseSyllable: the minority words' rule
// (stopAfterTone, for a toned vowel group) and the syllable's
// (parseSyllable) are one rule: a stop final takes sắc or nặng only,
// and minority words write k for c.
func TestStopAfterToneAgreesWithParseSyllable(t *testing.T) {
	tests := []struct {
		run, final string
		broken     bool // a stop after a tone other than sắc and nặng
	}{
		{"á", "c", false}, {"ạ", "c", false}, {"à", "c", true}, {"ả", "c", true}, {"ã", "c", true},
		{"ố", "p", false}, {"ồ", "p", true}, {"ị", "t", false}, {"ì", "t", true},
		{"á", "ch", false}, {"à", "ch", true}, {"ể", "ch", true},
		{"à", "ng", false}, {"ả", "m", false}, {"ã", "n", false}, {"ò", "", false},
		{"ố", "k", false}, {"ồ", "k", true}, // minority words: "Kốk" but no "Kồk"
	}
	for _, tt := range tests {
		t.Run(tt.run+tt.final, func(t *testing.T) {
			assert.Equal(t, tt.broken, stopAfterTone([]rune(tt.run), []rune(tt.final)))
			if tt.final != "k" {
				_, ok := parseSyllable([]rune("t" + tt.run + tt.final))
				assert.Equal(t, !tt.broken, ok)
			}
		})
	}
}
