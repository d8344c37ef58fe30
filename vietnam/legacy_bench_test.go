package vietnam_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/hocvuso/hocvuso/vietnam"
)

const legacyText = "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bình Dương triển khai phong trào Bình dân học vụ số, " +
	"người dân được hướng dẫn cài đặt VNeID mức độ 2 và ký số SmartCA. "

// replacerBaseline is the decoder users write from a published table: a
// strings.Replacer from the legacy form (as Windows-1252 characters) of
// every letter to Unicode, longest keys first so that two-byte VNI
// letters win over their first byte.
func replacerBaseline(tb testing.TB, e vietnam.Encoding) *strings.Replacer {
	tb.Helper()
	type pair struct{ from, to string }
	var pairs []pair
	seen := map[string]bool{}
	for _, l := range allLetters() {
		b, err := e.Encode(l)
		if err != nil {
			tb.Fatal(err)
		}
		from, _ := charmap.Windows1252.NewDecoder().String(b)
		if !seen[from] && from != l { // TCVN3 codes toned capitals as lower case: keep the first
			pairs = append(pairs, pair{from, l})
		}
		seen[from] = true
	}
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].from) > len(pairs[j].from) })
	var args []string
	for _, p := range pairs {
		args = append(args, p.from, p.to)
	}
	return strings.NewReplacer(args...)
}

func BenchmarkLegacy(b *testing.B) {
	text := strings.Repeat(legacyText, 6) // about 1 KB of Unicode
	for _, e := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.VIQR} {
		raw, err := e.Encode(text)
		if err != nil {
			b.Fatal(err)
		}
		excel, _ := charmap.Windows1252.NewDecoder().String(raw)
		if e == vietnam.VIQR {
			excel = raw
		}
		b.Run(e.String()+"/Decode", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(excel)))
			for b.Loop() {
				sinkString = e.Decode(excel)
			}
		})
		if e != vietnam.VIQR {
			r := replacerBaseline(b, e)
			b.Run(e.String()+"/DecodeBaselineReplacer", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(excel)))
				for b.Loop() {
					sinkString = r.Replace(excel)
				}
			})
		}
		b.Run(e.String()+"/Encode", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				sinkString, _ = e.Encode(text)
			}
		})
		b.Run(e.String()+"/Detect", func(b *testing.B) { benchDetect(b, excel) })
		b.Run(e.String()+"/ToUnicode", func(b *testing.B) { benchToUnicode(b, excel) })
		if e != vietnam.VIQR {
			// The raw bytes, as read from a file: not UTF-8.
			b.Run(e.String()+"/DetectRaw", func(b *testing.B) { benchDetect(b, raw) })
		}
	}
}

// foreignBenchText is valid Unicode of other languages, whose letters
// are also codes of TCVN3 and VNI shown as Windows-1252 (ø, å, é, ñ):
// Detect reads it in every table and answers Unicode.
const foreignBenchText = "Où êtes-vous? Ich möchte ein Stück Käse. El niño está en la ciudad de León. " +
	"Smørrebrød på bordet, skoleåret og familieøkonomien. Il caffè è più buono. Não sei onde está o João. "

// BenchmarkDetectForeign measures Detect and ToUnicode on foreign text,
// which they must return as it is: the rules of other languages'
// spelling (a VNI mark after a vowel, ñ between vowels) run on each word.
func BenchmarkDetectForeign(b *testing.B) {
	text := strings.Repeat(foreignBenchText, 4) // about 1 KB
	b.Run("Detect", func(b *testing.B) { benchDetect(b, text) })
	b.Run("ToUnicode", func(b *testing.B) { benchToUnicode(b, text) })
}

// benchToUnicode measures ToUnicode on s.
func benchToUnicode(b *testing.B, s string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		sinkString = vietnam.ToUnicode(s)
	}
}

// benchDetect measures Detect on s.
func benchDetect(b *testing.B, s string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		_, conf := vietnam.Detect(s)
		sinkBool = conf > 0.5
	}
}

// TestReplacerBaselineAgrees keeps the baseline honest: on well-formed
// text it decodes like Decode.
func TestReplacerBaselineAgrees(t *testing.T) {
	for _, e := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI} {
		raw, err := e.Encode(strings.ToLower(legacyText))
		if err != nil {
			t.Fatal(err)
		}
		excel, _ := charmap.Windows1252.NewDecoder().String(raw)
		if got, want := replacerBaseline(t, e).Replace(excel), e.Decode(excel); got != want {
			t.Errorf("%v: baseline %q, Decode %q", e, got, want)
		}
	}
}

// runningText returns about n bytes of Vietnamese drawn from the
// syllables of testdata/vi_syllable_counts.txt as often as they occur in
// text (a fixed seed): words that repeat as running text repeats them,
// where legacyText repeated repeats every word alike. One word in eight
// is capitalised, one sentence in three ends with a comma.
func runningText(tb testing.TB, n int) string {
	tb.Helper()
	data, err := os.ReadFile("testdata/vi_syllable_counts.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var words []string
	var cum []int
	total := 0
	for _, line := range strings.Split(string(data), "\n") {
		w, count, ok := strings.Cut(line, " ")
		c, err := strconv.Atoi(count)
		if !ok || err != nil || strings.HasPrefix(line, "#") {
			continue
		}
		total += c
		words = append(words, w)
		cum = append(cum, total)
	}
	rng := rand.New(rand.NewPCG(14, 2026))
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		w := words[sort.SearchInts(cum, rng.IntN(total)+1)]
		if i%8 == 0 {
			r, size := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[size:]
		}
		b.WriteString(w)
		switch {
		case i%23 == 22:
			b.WriteString(". ")
		case i%11 == 10:
			b.WriteString(", ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// BenchmarkDetectRunning measures Detect and ToUnicode on 64 KB and 1 MB
// of running text in each legacy table (TCVN3 and VNI as raw bytes and
// as Windows-1252 shows them, VIQR), beside Decode of the same bytes,
// the floor: what reading the text in the one table it is in costs.
func BenchmarkDetectRunning(b *testing.B) {
	for _, size := range []int{64 << 10, 1 << 20} {
		text := runningText(b, size)
		for _, e := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.VIQR} {
			raw, err := e.Encode(text)
			if err != nil {
				b.Fatal(err)
			}
			inputs := []struct{ name, s string }{{"Raw", raw}}
			if e != vietnam.VIQR {
				excel, _ := charmap.Windows1252.NewDecoder().String(raw)
				inputs = append(inputs, struct{ name, s string }{"Excel", excel})
			}
			for _, in := range inputs {
				name := fmt.Sprintf("%dKB/%v/%s/", size>>10, e, in.name)
				b.Run(name+"DecodeBaseline", func(b *testing.B) {
					b.ReportAllocs()
					b.SetBytes(int64(len(in.s)))
					for b.Loop() {
						sinkString = e.Decode(in.s)
					}
				})
				b.Run(name+"Detect", func(b *testing.B) { benchDetect(b, in.s) })
				b.Run(name+"ToUnicode", func(b *testing.B) { benchToUnicode(b, in.s) })
			}
		}
	}
}
