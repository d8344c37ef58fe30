package admin

import (
	"iter"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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

// TestDamagedWordsLong: every type word damagedAs reads is of three
// letters or more, which oneEditEdges asks of it.
func TestDamagedWordsLong(t *testing.T) {
	for _, w := range addrDamagedWords {
		assert.GreaterOrEqual(t, utf8.RuneCountInString(w.toned), 3, "%q", w.toned)
	}
}

// TestOneEditEdges: every word one edit from a type word of
// addrDamagedWords (a letter of the type words, of Vietnamese or of
// ASCII inserted, deleted or put for another, or two swapped), in small
// letters and in capitals, passes oneEditEdges; words with neither the
// first letter nor the last of the type word do not.
func TestOneEditEdges(t *testing.T) {
	letters := []rune("abcdefghijklmnopqrstuvwxyzđăâêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'K")
	edits := func(a []rune, yield func(string)) {
		for i := 0; i <= len(a); i++ {
			for _, r := range letters {
				yield(string(slices.Insert(slices.Clone(a), i, r)))
				if i < len(a) {
					b := slices.Clone(a)
					b[i] = r
					yield(string(b))
				}
			}
			if i < len(a) {
				yield(string(slices.Delete(slices.Clone(a), i, i+1)))
			}
			if i+1 < len(a) {
				b := slices.Clone(a)
				b[i], b[i+1] = b[i+1], b[i]
				yield(string(b))
			}
		}
	}
	asked := 0
	for _, d := range addrDamagedWords {
		edits([]rune(d.toned), func(w string) {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if oneEditRunes(d.toned, strings.ToLower(v)) {
					assert.True(t, oneEditEdges(d.toned, v), "%q %q", d.toned, v)
					asked++
				}
			}
		})
	}
	assert.Greater(t, asked, 1000)
	for _, tt := range []struct {
		a, w string
		want bool
	}{
		{"phường", "Phưng", true},
		{"huyện", "xuyên", true}, // the last letter, whatever between
		{"tỉnh", "Bình", true},
		{"phố", "Hà", false},
		{"quận", "Nội", false},
		{"tỉnh", "", false},
	} {
		assert.Equal(t, tt.want, oneEditEdges(tt.a, tt.w), "%q %q", tt.a, tt.w)
	}
}

// TestDamagedAsEdges: damagedAs, which asks oneEditEdges before it reads
// the letters, reads every word of the labelled addresses as it reads
// them whole.
func TestDamagedAsEdges(t *testing.T) {
	asked := 0
	for _, s := range everyLabelledAddress(t) {
		st, ok := newLook(&embedded, s)
		if !ok {
			continue
		}
		for x, tok := range st.toks {
			if !tok.marked {
				continue
			}
			low := strings.ToLower(st.norm[tok.start:tok.end])
			for _, d := range addrDamagedWords {
				want := utf8.RuneCountInString(low) <= 8 && oneEditRunes(d.toned, low) && !slices.Contains(addrNameWordsNearTypes[:], low)
				assert.Equal(t, want, st.damagedAs(x, d), "%q %q", low, d.toned)
				asked++
			}
		}
	}
	assert.Greater(t, asked, 10000)
}
