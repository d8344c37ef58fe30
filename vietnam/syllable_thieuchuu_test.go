package vietnam

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// thieuChuuSyllableFile counts the syllables of Thiều Chửu's Hán Việt tự
// điển (see thieuChuuHeader): the readings of some ten thousand Chinese
// characters and their explanations in the Vietnamese of 1942, which
// name plants, tools, crafts and sounds ("chan chát") that running text
// has rarely. syllableCounts adds those no other source has, known
// without a count (syllableKnownClass), as it does Unihan's readings.
const thieuChuuSyllableFile = "testdata/thieuchuu_vi_syllables.txt"

// thieuChuuCommit is the commit of github.com/catusf/tudien whose
// dict/TudienThienChuu.tab is counted.
const thieuChuuCommit = "a7dd918ecc67de8c2d15034f885d919b9295eba4"

// thieuChuuHeader heads thieuChuuSyllableFile: its source, commit and
// terms. %d are the entries, the syllables counted and the distinct ones.
const thieuChuuHeader = `# Vietnamese syllables of Thiều Chửu's Hán Việt tự điển (Hanoi, 1942)
# and how often each occurs, counted by TestWriteThieuChuuSyllables from
# dict/TudienThienChuu.tab of github.com/catusf/tudien at commit
# ` + thieuChuuCommit + `
# (%d entries: a character, its readings, and its explanation; the
# repository is released under CC0 1.0, a public-domain dedication).
# Thiều Chửu (Nguyễn Hữu Kha) died in 1954; Vietnam protects a work 50
# years after its author's death (Law on Intellectual Property 2005,
# Article 27), so the dictionary is in the public domain; only the counts
# are kept here, not the text. Ð (U+00D0), which the text writes for Đ,
# was read as Đ and line breaks (<br>) as spaces; words were split at
# what is not a letter or a hyphen and kept, in NFC, when written in small
# letters (not the names, nor the words that begin a sentence), with no
# hyphen and a well-formed Vietnamese syllable (strictSyllable): %d
# syllables, %d distinct.
# Rebuild with
# git -C tudien show ` + thieuChuuCommit + `:dict/TudienThienChuu.tab >TudienThienChuu.tab
# HOCVUSO_VI_THIEUCHUU=TudienThienChuu.tab \
#   go test -run TestWriteThieuChuuSyllables ./vietnam
`

// countThieuChuuEntry adds to counts the syllables of one line of the
// dictionary (the character, a tab, its readings and explanation) and
// returns how many it added.
func countThieuChuuEntry(counts map[string]int, line string) int {
	_, text, ok := strings.Cut(line, "\t")
	if !ok {
		return 0
	}
	return countSmallSyllables(counts, strings.NewReplacer("<br>", " ", "Ð", "Đ", "ð", "đ").Replace(norm.NFC.String(text)))
}

// TestWriteThieuChuuSyllables rebuilds thieuChuuSyllableFile from the
// file HOCVUSO_VI_THIEUCHUU names (see thieuChuuHeader), and then
// syllable_table.go.
func TestWriteThieuChuuSyllables(t *testing.T) {
	path := os.Getenv("HOCVUSO_VI_THIEUCHUU")
	if path == "" {
		t.Skip("HOCVUSO_VI_THIEUCHUU is not set")
	}
	data, err := os.ReadFile(filepath.Clean(path))
	if err != nil {
		t.Fatal(err)
	}
	counts, total, entries := map[string]int{}, 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		entries++
		total += countThieuChuuEntry(counts, line)
	}
	writeSyllableCounts(t, thieuChuuSyllableFile, fmt.Sprintf(thieuChuuHeader, entries, total, len(counts)), counts)
}

// thieuChuuMinCount is the fewest times a syllable of
// thieuChuuSyllableFile must occur there to be known: most of those it
// has fewer times that no other source has are readings of rare
// characters that no one writes today ("cãm", "phãn") or slips of its
// typists, and the rare word meant is the other reading of the bytes
// ("cóm", "phón"). Measured by TestDetectSingleWords (words not
// ambiguous, Unicode, TCVN3 raw and as Windows-1252, VNI raw and as
// Windows-1252), against no dictionary (right 98.79, 99.41, 98.53, 98.78,
// 97.82%; wrong 0.17, 0.04, 0.61, 0.18, 1.45%; ambiguous words wrong
// 8.09, 5.21, 13.95, 6.39, 7.56%): 5 makes as many right, 0.17, 0.04,
// 0.61, 0.17, 1.43% wrong and 7.98, 5.21, 13.76, 6.07, 7.27% of the
// ambiguous words wrong ("khổn" is TCVN3 now, "rư" Unknown where it was
// TCVN3 "rử"; but "tửu" Unknown against "tưu", seen 17 times); 2 made
// 98.80, 99.41, 98.52, 98.80, 97.84% right but TCVN3 as Windows-1252
// 0.64% wrong ("cóm" read "cãm"); 1 made Unicode 98.76% right; 10 left
// "rư" (seen 5 times) wrong. Counted as the literature is (its count over
// 100 where that is larger) made the same table: known without a count
// is enough.
const thieuChuuMinCount = 5

// TestThieuChuuSyllablesInTable: a syllable the dictionary brings is in
// the table, known without a count; one it has fewer than
// thieuChuuMinCount times is not.
func TestThieuChuuSyllablesInTable(t *testing.T) {
	for _, tc := range []struct {
		syllable string
		in       bool
	}{
		{"khổn", true},  // "khổn khó", hardship: 25 times there
		{"cãm", false},  // a reading no one writes today: 4 times
		{"phãn", false}, // likewise
	} {
		class, ok := syllableClasses()[tc.syllable]
		assert.Equal(t, tc.in, ok, tc.syllable)
		if tc.in {
			assert.Equal(t, uint8(syllableKnownClass), class, tc.syllable)
		}
	}
}

// TestCountThieuChuuEntry: the explanation after the tab is counted, Ð
// read as Đ and <br> as a space; capitals, Chinese characters and what
// is no syllable are not.
func TestCountThieuChuuEntry(t *testing.T) {
	counts := map[string]int{}
	n := countThieuChuuEntry(counts, "丁\tđinh|chênh<br>1. Can Ðinh. Ðang để tang 丁憂 gọi là đinh ưu.<br>2. xyz")
	assert.Equal(t, 8, n)
	assert.Equal(t, map[string]int{"đinh": 2, "chênh": 1, "để": 1, "tang": 1, "gọi": 1, "là": 1, "ưu": 1}, counts)
	assert.Zero(t, countThieuChuuEntry(counts, "no tab here"))
}
