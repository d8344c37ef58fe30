package admin

import (
	"iter"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

// addrNameWordsNearTypes is derived from the data: every word of a unit
// name of either era or of the history that is one edit from a word of
// addrDamagedWords (or, with tones, folds like it), as written and folded.
func TestAddrNameWordsNearTypes(t *testing.T) {
	want := map[string]bool{}
	near := func(w string) {
		low := strings.ToLower(w)
		folded := string(vietnam.AppendFold(nil, low))
		for _, d := range addrDamagedWords {
			if low != d.toned && (oneEditRunes(d.toned, low) || folded == d.folded) {
				want[low] = true
			}
			if oneEditString(d.folded, folded) {
				want[folded] = true
			}
		}
	}
	ds := Embedded()
	units := func(yield func(Unit) bool) {
		for _, dir := range []*Directory{ds.Current(), ds.beforeReform()} {
			for _, seq := range []iter.Seq[Unit]{dir.Provinces(), dir.Districts(), dir.Communes()} {
				for u := range seq {
					if !yield(u) {
						return
					}
				}
			}
		}
		for f := range ds.Formers() {
			if !yield(f.Unit) {
				return
			}
		}
	}
	for u := range units {
		for _, w := range strings.FieldsFunc(u.Name(), func(r rune) bool { return !unicode.IsLetter(r) }) {
			near(w)
		}
	}
	got := slices.Clone(addrNameWordsNearTypes[:])
	slices.Sort(got)
	wantList := slices.Sorted(func(yield func(string) bool) {
		for w := range want {
			if !yield(w) {
				return
			}
		}
	})
	if diff := cmp.Diff(wantList, got); diff != "" {
		t.Errorf("addrNameWordsNearTypes differs from the data (-want +got):\n%s", diff)
	}
}

func TestOneEditRunes(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"phường", "phưng", true},   // deleted
		{"huyện", "huyên", true},    // replaced
		{"tỉnh", "tỉnwh", true},     // inserted
		{"huyện", "hyuện", true},    // swapped
		{"phường", "phường", false}, // equal
		{"phường", "phùng", false},  // two
		{"huyện", "xuyên", false},
		{"tỉnh", "", false},
	} {
		assert.Equal(t, tt.want, oneEditRunes(tt.a, tt.b), "%q %q", tt.a, tt.b)
	}
}
