package vietnam_test

import (
	"sort"
	"strings"
	"testing"

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
