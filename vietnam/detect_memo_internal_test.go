package vietnam

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
)

// memoTexts are texts of many words, as readings: Vietnamese with and
// without marks, capitals, abbreviations, words glued to digits, pieces
// U+FFFD cuts, words longer than maxWordRunes, legacy bytes as
// Windows-1252 shows them, foreign words, symbols between letters.
var memoTexts = []string{
	strings.Repeat("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bình Dương, ", 20),
	strings.Repeat("Ch\u00ednh ph\u1ee7 TP HCM KP 5 X 12 \u00ca5 \u00e22024 l\u00e0m vi\u1ec7c. ", 20),
	strings.Repeat("Vieät Nam ñaø R\u00edt\ufffda \ufffdth\u1ee7 Pà Peỷ pích m«ng viôlông ", 20),
	strings.Repeat("hiđrocacbonfomanđehitxxxxxxxxxxxxxxx Smørrebrød på bordet col·lecció ", 20),
	strings.Repeat("Abaissộ Abrogêmes mayô kiôt Hđrung amiđan NGUYỄN VĂN A HOà KhuÒu PÐo Klimaänderung Joões nho\u00cc § ¹ « ", 20),
}

// TestWordMemoAgrees: a reading tallied with the facts of its words kept
// (wordMemo) is the reading tallied without, in every table and mode, one
// memo serving them all as it serves the readings of one Detect call,
// and with a memo so small that words find their slots taken.
func TestWordMemoAgrees(t *testing.T) {
	for _, text := range memoTexts {
		memos := []*wordMemo{newWordMemo(text), {slots: make([]wordSlot, 4), mask: 3}}
		for _, enc := range []Encoding{Unicode, TCVN3, VNI, Windows1258, VIQR} {
			for _, mode := range []struct{ cut, raw bool }{{false, false}, {true, false}, {true, true}, {false, true}} {
				want := readingOf(nil, enc, text, mode.cut, mode.raw)
				for _, m := range memos {
					got := readingOf(m, enc, text, mode.cut, mode.raw)
					if diff := cmp.Diff(want, got, cmp.AllowUnexported(reading{})); diff != "" {
						t.Errorf("%v %+v, %d slots, %.30q: (-without +with memo)\n%s", enc, mode, len(m.slots), text, diff)
					}
				}
			}
		}
	}
}

// A memo is kept only for text long enough to repeat its words; its
// slots grow with the text, up to wordMemoMax.
func TestNewWordMemo(t *testing.T) {
	tests := []struct {
		n     int
		slots int
	}{
		{wordMemoMin - 1, 0},
		{wordMemoMin, 64},
		{64 << 10, 16 << 10},
		{4 << 20, wordMemoMax},
	}
	for _, tt := range tests {
		m := newWordMemo(strings.Repeat("a", tt.n))
		if tt.slots == 0 {
			assert.Nil(t, m, "%d bytes", tt.n)
			continue
		}
		if assert.NotNil(t, m, "%d bytes", tt.n) {
			assert.Len(t, m.slots, tt.slots, "%d bytes", tt.n)
		}
	}
}

// FuzzWordMemo: on any text, repeated past wordMemoMin so that Detect
// would keep a memo, every reading tallies alike with and without one.
func FuzzWordMemo(f *testing.F) {
	for _, s := range memoTexts {
		f.Add(s[:len(s)/20])
	}
	f.Add("Vi\xea\xf2t Nam \xd0i")
	f.Add("to^'i. Ca'c ba.n")
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || len(s) > 4096 {
			return
		}
		text := strings.Repeat(s+" ", wordMemoMin/(len(s)+1)+2)
		memo := newWordMemo(text)
		for _, enc := range []Encoding{Unicode, TCVN3, VNI, Windows1258, VIQR} {
			for _, raw := range []bool{false, true} {
				want := readingOf(nil, enc, text, true, raw)
				got := readingOf(memo, enc, text, true, raw)
				if diff := cmp.Diff(want, got, cmp.AllowUnexported(reading{})); diff != "" {
					t.Fatalf("%v raw %v, %q: (-without +with memo)\n%s", enc, raw, s, diff)
				}
			}
		}
	})
}
