package admin

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// The readings of the dashes as they were before they passed over the
// bytes that open no dash in a loop of their own (indexAddrDashLead) and
// read ASCII words a byte at a time: the references the faster ones are
// held to. addrNameTailAfterRef asks addrDashAt of every byte to the
// comma.

func splitAddrDashesRef(s string) string {
	if !hasAddrDash(s) {
		return s
	}
	commas := strings.IndexByte(s, ',') >= 0
	list := !commas && tightDashesRef(s) >= 2
	var out []byte
	wrote := false
	last := 0
	for i := 0; i < len(s); {
		size := 0
		if c := s[i]; c == '-' || c == 0xE2 || c == 0xEF {
			size = addrDashAt(s, i)
		}
		if size == 0 {
			i++
			continue
		}
		spaced := i > 0 && s[i-1] == ' ' || i+size < len(s) && s[i+size] == ' '
		left, right := addrWordBeforeRef(s, i), addrWordAfterRef(s, i+size)
		after := strings.TrimRight(s[:i], " ") != ""
		if (spaced && after || list && isAddrDashWordRef(left)) && isAddrDashWordRef(right) && !isAddrDashPair(left, right) {
			wrote = true
			out = append(out, s[last:i]...)
			if !commas || s[i-1] == ' ' || !isAddrDashWordRef(left) || !addrNameTailAfterRef(s[i+size:]) {
				out = append(out, ',')
			}
			last = i + size
		}
		i += size
	}
	if !wrote {
		return s
	}
	return string(append(out, s[last:]...))
}

func addrNameTailAfterRef(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	end := len(rest)
	for k := 0; k < len(rest); k++ {
		if c := rest[k]; c == ',' {
			end = k
			break
		} else if addrDashAt(rest, k) > 0 {
			return false
		}
	}
	words := strings.Fields(rest[:end])
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !isAddrDashWordRef(w) {
			return false
		}
	}
	return true
}

func tightDashesRef(s string) int {
	n := 0
	for i := 1; i+1 < len(s); i++ {
		if c := s[i]; c != '-' && c != 0xE2 && c != 0xEF {
			continue
		}
		size := addrDashAt(s, i)
		if size == 0 {
			continue
		}
		if i+size < len(s) && isAddrLetterAt(s, i+size) {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

func addrWordBeforeRef(s string, i int) string {
	end := strings.TrimRight(s[:i], " ")
	start := strings.LastIndexFunc(end, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) })
	if start < 0 {
		return end
	}
	_, size := utf8.DecodeRuneInString(end[start:])
	return end[start+size:]
}

func addrWordAfterRef(s string, i int) string {
	rest := strings.TrimLeft(s[i:], " ")
	if end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) }); end >= 0 {
		return rest[:end]
	}
	return rest
}

func isAddrDashWordRef(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// checkAddrDashesRef fails t where the readings of the dashes of s
// differ from their references: splitAddrDashes, tightDashes, the words
// before and after every byte, whether each is a word a dash
// separates, and whether the text from every byte is a name's tail.
func checkAddrDashesRef(t *testing.T, s string) {
	t.Helper()
	if got, _ := splitAddrDashes(nil, s); got != splitAddrDashesRef(s) {
		t.Fatalf("splitAddrDashes(%q) = %q, want %q", s, got, splitAddrDashesRef(s))
	}
	if got, want := tightDashes(s), tightDashesRef(s); got != want {
		t.Fatalf("tightDashes(%q) = %d, want %d", s, got, want)
	}
	for i := 0; i <= len(s); i++ {
		b, a := addrWordBefore(s, i), addrWordAfter(s, i)
		if want := addrWordBeforeRef(s, i); b != want {
			t.Fatalf("addrWordBefore(%q, %d) = %q, want %q", s, i, b, want)
		}
		if want := addrWordAfterRef(s, i); a != want {
			t.Fatalf("addrWordAfter(%q, %d) = %q, want %q", s, i, a, want)
		}
		if got, want := addrNameTailAfter(s[i:]), addrNameTailAfterRef(s[i:]); got != want {
			t.Fatalf("addrNameTailAfter(%q) = %v, want %v", s[i:], got, want)
		}
		if isAddrDashWord(a) != isAddrDashWordRef(a) || isAddrDashWord(b) != isAddrDashWordRef(b) {
			t.Fatalf("isAddrDashWord(%q), (%q) = %v, %v, want %v, %v", a, b, isAddrDashWord(a), isAddrDashWord(b), isAddrDashWordRef(a), isAddrDashWordRef(b))
		}
	}
}

// TestAddrDashesRef holds the readings of the dashes to their
// references on every address of the labelled set as written and
// folded, its commas made dashes spaced and tight, and on words of
// every rune of the first planes around a dash, cut short.
func TestAddrDashesRef(t *testing.T) {
	for _, in := range labelledAddresses(t) {
		for _, v := range []string{in, vietnam.Fold(in)} {
			checkAddrDashesRef(t, v)
			checkAddrDashesRef(t, strings.ReplaceAll(v, ", ", " - "))
			checkAddrDashesRef(t, strings.ReplaceAll(v, ", ", "-"))
			checkAddrDashesRef(t, strings.ReplaceAll(strings.ReplaceAll(v, ", ", "–"), " ", ""))
		}
	}
	for r := rune(0); r < 0x3100; r++ {
		w := string(r)
		for _, s := range []string{"Tân" + w + "-Hòa-B" + w, "a" + w + " - " + w + "b", w + "-" + w + "-" + w, "Bà Rịa" + w + "–Vũng" + w + "-Tàu", "P.Lê Hồng" + w + "- Phong" + w + ", TP" + w + "–Quy Nhơn"} {
			checkAddrDashesRef(t, s)
		}
		for k := 1; k < len(w); k++ {
			checkAddrDashesRef(t, "Tân"+w[:k]+"-Hòa-"+w[:k]+"b")
		}
	}
}

// FuzzAddrDashesRef holds the readings of the dashes to their references
// on any text.
func FuzzAddrDashesRef(f *testing.F) {
	for _, s := range []string{"Thôn 5 Đại Lịch - Văn Chấn - Yên Bái", "Tân Hòa-Buôn Ma Thuột-Đắk Lắk", "12-14 Lê Lợi", "BR-VT", "KV4 P.Lê Hồng- Phong, TP.Quy Nhơn", "Nguyễn- Lương – Bằng, Hà Nội", "a\u0301-b\u2013c", "\xe2\x80-x"} {
		f.Add(s)
	}
	f.Fuzz(checkAddrDashesRef)
}
