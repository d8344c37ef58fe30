package admin

import (
	"strings"
	"testing"
	"unicode/utf8"

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

// checkSplitGlued fails t when appendSplitGlued, which passes over the
// words addrGluedMay clears, cuts w otherwise than appendCutGlued.
func checkSplitGlued(t *testing.T, w string) {
	t.Helper()
	if diff := cmp.Diff(appendCutGlued(nil, w), appendSplitGlued(nil, w)); diff != "" {
		t.Fatalf("appendSplitGlued(%q) (-appendCutGlued +got):\n%s", w, diff)
	}
}

// TestSplitGluedRunes: addrGluedMay clears no word appendCutGlued cuts,
// on every run of three runes of ASCII and addrRunes, and on every word
// of the labelled set as written, in capitals and small letters.
func TestSplitGluedRunes(t *testing.T) {
	var rs []rune
	for r := rune(' '); r < utf8.RuneSelf; r++ {
		rs = append(rs, r)
	}
	for _, r := range "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ×ÿ\u0301ǅ" {
		rs = append(rs, r)
	}
	for _, a := range rs {
		for _, b := range rs {
			for _, c := range []rune{'a', 'A', '8', 'ộ', 'Ộ', 'Đ'} {
				checkSplitGlued(t, string(a)+string(b)+string(c))
				checkSplitGlued(t, string(c)+string(a)+string(b))
			}
		}
	}
	for _, in := range labelledAddresses(t) {
		for _, v := range []string{in, strings.ToUpper(in), strings.ToLower(in)} {
			for _, w := range strings.Fields(v) {
				checkSplitGlued(t, w)
			}
		}
	}
}

// FuzzSplitGlued: addrGluedMay clears no word appendCutGlued cuts.
func FuzzSplitGlued(f *testing.F) {
	for _, s := range []string{"HàNội", "TTr.Quỳnh", "Nam Đị8nh", "Đ8ô", "QUận", "tpHCM", "ĐắkLắk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) { checkSplitGlued(t, w) })
}
