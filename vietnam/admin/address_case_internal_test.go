package admin

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A capital inside a word cuts it where two words were glued ("HàNội",
// "TBình"), not where a key slipped inside one syllable ("QuAn", "tHÀNH").
func TestAppendSplitGluedCase(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// the shift key held too long or too short inside one word
		{"QuAn", []string{"QuAn"}},
		{"qUAn", []string{"qUAn"}},
		{"PhườNG", []string{"PhườNG"}},
		{"BếN", []string{"BếN"}},
		{"PHường", []string{"PHường"}},
		{"QUận", []string{"QUận"}},
		{"THành", []string{"THành"}},
		// caps lock on, shift pressed for the first letter
		{"tHÀNH", []string{"tHÀNH"}},
		{"pHƯỜNG", []string{"pHƯỜNG"}},
		{"xÃ", []string{"xÃ"}},
		// words glued: two syllables, or no syllable at all
		{"HàNội", []string{"Hà", "Nội"}},
		{"LáiThiêu", []string{"Lái", "Thiêu"}},
		{"MỹAn", []string{"Mỹ", "An"}},
		{"XaAn", []string{"Xa", "An"}},
		{"xaYên", []string{"xa", "Yên"}},
		{"EaChàRang", []string{"Ea", "Chà", "Rang"}},
		{"TPHà", []string{"TP", "Hà"}},
		{"TBình", []string{"T.", "Bình"}},
		{"tpHCM", []string{"tp", "HCM"}},
		// an abbreviation before a name in title case stays cut
		{"tHà", []string{"t", "Hà"}},
		{"THà", []string{"T.", "Hà"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, appendSplitGlued(nil, tt.in)); diff != "" {
				t.Errorf("appendSplitGlued(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
