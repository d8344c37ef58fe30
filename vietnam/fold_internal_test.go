package vietnam

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// foldByFolder is Fold as EqualFold computes it, a byte at a time: the
// reference AppendFold's word-at-a-time ASCII path must agree with.
func foldByFolder(s string) string {
	var f folder
	var b strings.Builder
	for i := 0; ; {
		c, next := f.next(s, i)
		if c == 0 {
			return b.String()
		}
		b.WriteByte(c)
		i = next
	}
}

// TestAppendFoldWordsAgree folds text made of what stops or bends a run
// of ASCII (capitals, a space, two spaces, a tab, DEL, NUL, '~' and '@'
// on either side of the letters, Vietnamese letters of two and three
// bytes, Latin-1 spaces, punctuation and controls, a decomposed mark,
// a Thai letter) at every offset from an eight-byte word's edge, and
// checks AppendFold against the folder.
func TestAppendFoldWordsAgree(t *testing.T) {
	parts := []string{"a", "Z", "A", "z", " ", "  ", "\t", "\x7f", "\x00", "~", "@", "[", "`", "{", "é", "Ễ", "\u0301", "ข", "đ", "ß", "\xff", "9", "\u00a0", "«", "\u00ad", "µ", "\u0085"}
	rng := rand.New(rand.NewPCG(14, 1456))
	buf := make([]byte, 0, 4)
	for range 50000 {
		var b strings.Builder
		for n := rng.IntN(24); n > 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		want := foldByFolder(s)
		buf = AppendFold(buf[:0], s)
		if string(buf) != want {
			t.Fatalf("AppendFold(%q) = %q, want %q", s, buf, want)
		}
		if got := string(AppendFold([]byte("Hà "), s)); got != "Hà "+want {
			t.Fatalf("AppendFold(\"Hà \", %q) = %q, want %q", s, got, "Hà "+want)
		}
	}
}
