package vietnam

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// appendFoldRef is AppendFold as it was at ca12beb (December 2026),
// before its tables were indexed by whole bytes and took in U+01C0–U+037F
// and the accents of decomposed text; it is kept, but for its name and
// refFoldTwo, as it was, the reference that TestAppendFoldReference and
// FuzzFold compare AppendFold with byte for byte, so that a change made
// for speed shows that it folds every text as before. It shares
// asciiWord, asciiFold, foldVietCodes and appendFoldRune with
// AppendFold; asciiRun, which AppendFold no longer reads, is its own.
func appendFoldRef(dst []byte, s string) []byte {
	base := len(dst)
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	// Output is written by index into spare capacity: a fold is never
	// longer than its input but for a few expansions, which grow it, and
	// eight bytes more leave room for a word written whole.
	if cap(dst)-len(dst) < len(s)+8 {
		dst = growFold(dst, len(s)+8)
	}
	n := len(dst)
	d := dst[:cap(dst)]
	// A space is written only after something other than a space, so
	// that leading spaces and runs of spaces go; a trailing one is cut at
	// the end.
	i := 0
	if len(b) >= 8 && binary.LittleEndian.Uint64(b)&highs == 0 {
		// Text that starts with eight bytes of ASCII (a name typed
		// without tones, an English sentence) is read, checked and
		// lower-cased eight bytes a step for as long as its ASCII lasts.
		// Elsewhere a byte loop copies the runs: in names they are a few
		// letters long, between accented ones, and a word a run costs
		// more than the bytes (TestAppendFoldWordsAgree checks the two
		// agree).
		var prev uint64 = 0x80 // a space at the start goes
		for i+8 <= len(b) {
			k, lower, last := asciiWord(binary.LittleEndian.Uint64(b[i:i+8]), prev)
			binary.LittleEndian.PutUint64(d[n:n+8], lower)
			n += k
			i += k
			if k < 8 {
				break
			}
			prev = last
		}
	}
	for i < len(b) {
		c := b[i]
		f := asciiRun[c]
		switch {
		case f > ' ':
			i++
		case c < utf8.RuneSelf:
			// A space or a control.
			if c = asciiFold[c]; c == ' ' && n > base && d[n-1] != ' ' {
				d[n] = ' '
				n++
			}
			i++
			continue
		default:
			// The letters of Vietnamese are two bytes (U+00C0–U+01B0) or
			// three (E1 BA/BB xx: U+1EA0–U+1EF9), and NFD marks two
			// (CC/CD xx): the code of every two-byte character up to
			// U+01BF (with Latin-1's no-break space and punctuation), and
			// of those three-byte ones, is read from a table indexed by
			// the bytes, without decoding.
			size := 0
			var b1 byte
			if i+1 < len(b) {
				b1 = b[i+1]
			}
			switch {
			case c-0xC2 < 5 && b1&0xC0 == 0x80:
				f, size = refFoldTwo[int(c-0xC2)<<6|int(b1&0x3F)], 2
			case c == 0xE1 && b1&0xFE == 0xBA && i+2 < len(b) && b[i+2]&0xC0 == 0x80:
				f, size = foldVietCodes[int(b1&1)<<6|int(b[i+2]&0x3F)], 3
			case (c == 0xCC || c == 0xCD && b1 < 0xB0) && b1&0xC0 == 0x80:
				i += 2 // U+0300–U+036F: the accents of decomposed text
				continue
			}
			if size == 0 || f >= utf8.RuneSelf {
				// Other characters, and the letters that fold to more
				// than a byte, out of the loop so that it keeps its
				// registers.
				d, n, i = appendFoldRune(d, n, base, s, i)
				continue
			}
			i += size
			if f <= ' ' {
				if f == ' ' && n > base && d[n-1] != ' ' { // × and ÷
					d[n] = ' '
					n++
				}
				continue
			}
		}
		// f is a letter, digit or punctuation, and the bytes after it
		// up to a control, a second space or a non-ASCII byte go with
		// it, copied lower-cased by a loop that does little else: names
		// have runs of a few letters between accented ones and spaces
		// between words, so the run goes on over the space and starts
		// after an accented letter as after an ASCII one.
		//
		// The loop reads and writes through pointers: i < len(s) is
		// checked, and n < cap(d) holds as the fold of s[:i] is never
		// longer than i bytes but for expansions, after which
		// appendFoldRune grows d.
		out, in := unsafe.Pointer(unsafe.SliceData(d)), unsafe.Pointer(unsafe.StringData(s))
		*(*byte)(unsafe.Add(out, n)) = f
		n++
		for ; i < len(b); i++ {
			// A space goes on the run unless it is a second in a row.
			f = asciiRun[*(*byte)(unsafe.Add(in, i))]
			if f <= ' ' && (f == 0 || *(*byte)(unsafe.Add(out, n-1)) == ' ') {
				break
			}
			*(*byte)(unsafe.Add(out, n)) = f
			n++
		}
	}
	if n > base && d[n-1] == ' ' {
		n--
	}
	return d[:n]
}

// refFoldTwo is foldTwo as appendFoldRef knew it: U+0080–U+01BF.
const refFoldTwo = "\x00\x00\x00\x00\x00 \x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00          a\" \x00    23 \x80   1o\"    " +
	"aaaaaa\x83ceeeeiiiidnooooo ouuuuy\x85\x82aaaaaa\x83ceeeeiiiidnooooo ouuuuy\x85y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghh\x80\x80iiiiiiiiii\x81\x81jjkk\x80llllll\x80" +
	"\x80llnnnnnn\x80\x80\x80oooooo\x84\x84rrrrrrsssssssstttt\x80\x80uuuuuuuuuuuuwwyyyzzzzzzs" +
	"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80oo\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80uu\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80"

// TestAppendFoldReference compares AppendFold with appendFoldRef, byte
// for byte, and checks that EqualFold and the folder it reads with agree
// with the reference: every rune alone and between letters, spaces and capitals;
// every two-byte sequence and every three-byte one led by E0–E2 (valid
// or not, whole or cut short by the end of the text); and random text
// made of what stops or bends a run of ASCII, at every offset, into a
// buffer with and without a fold before it and with and without room.
func TestAppendFoldReference(t *testing.T) {
	check := func(prefix, s string, room int) {
		t.Helper()
		want := appendFoldRef([]byte(prefix), s)
		dst := append(make([]byte, 0, len(prefix)+room), prefix...)
		if got := AppendFold(dst, s); string(got) != string(want) {
			t.Fatalf("AppendFold(%q with room for %d, %q) = %q, want %q", prefix, room, s, got, want)
		}
	}
	checkAll := func(s string) {
		t.Helper()
		// EqualFold reads the same tables a character at a time.
		if want := appendFoldRef(nil, s); !EqualFold(s, string(want)) || foldByFolder(s) != string(want) && !strings.ContainsAny(s, "\u0e38\u0e49ガ") {
			t.Fatalf("EqualFold(%q, %q) = false or the folder gives %q", s, want, foldByFolder(s))
		}
		for _, prefix := range []string{"", "Hà ", "x"} {
			check(prefix, s, 0)
			check(prefix, s, 2*len(s)+64)
		}
	}
	contexts := []string{"%s", "a%sb", " %s  Z", "%s%s", "AB %s", "Ngô%s  Bảo"}
	step := foldRefStride
	if testing.Short() {
		step = 97
	}
	for r := rune(0); r <= unicode.MaxRune; r += rune(step) {
		for _, c := range contexts {
			check("", strings.ReplaceAll(c, "%s", string(r)), 0)
		}
	}
	for b0 := 0x80; b0 < 0x100; b0++ {
		for b1 := range 0x100 {
			s := string([]byte{byte(b0), byte(b1)})
			checkAll(s)
			checkAll("Th" + s + "c d")
			if b0 >= 0xE0 && b0 <= 0xE2 {
				for b2 := 0; b2 < 0x100; b2 += step {
					checkAll("a" + s + string([]byte{byte(b2)}) + "n")
					checkAll(s + string([]byte{byte(b2)}))
				}
			}
		}
	}
	parts := []string{"a", "Z", "A", "z", " ", "  ", "\t", "\n", "\x7f", "\x00", "~", "@", "[", "`", "{", "é", "Ễ", "ễ", "\u0301", "\u0323", "ข", "đ", "Đ", "ß", "æ", "ﬁ", "×", "\xff", "\xe1\xbb", "\xcc", "9", "\u00a0", "«", "\u00ad", "µ", "\u0085", "\u037e", "Σ", "ガ", "😀", "\u2013", "’", "\u0e49", "\u0e38"}
	rng := rand.New(rand.NewPCG(14, 2026))
	for range 200000 / step {
		var b strings.Builder
		for n := rng.IntN(30); n > 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		checkAll(b.String())
	}
}

// asciiRun maps the bytes that runs of plain ASCII are made of (letters,
// digits, punctuation and the space) to their fold, and every other byte
// to 0: the run loop of appendFoldRef reads it.
var asciiRun = func() (t [256]byte) {
	for c := ' '; c < 0x7f; c++ {
		t[c] = asciiFold[c]
	}
	return t
}()
