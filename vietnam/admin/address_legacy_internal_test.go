package admin

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestFromLegacy(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Phöôøng Beán Ngheù, Quaän 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"}, // VNI
		{"Thµnh phè Hµ Néi", "Thành phố Hà Nội"},                                   // TCVN3
		// VNI with no letter outside Vietnamese: its marks after the vowels give it away
		{"Thoân Taân An", "Thôn Tân An"},
		// Windows-1258: raw bytes, and shown as Windows-1252 (its tones
		// after the vowel)
		{"Ph\xfd\xf5\xccng B\xea\xecn Ngh\xe9, Qu\xe2\xf2n 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"},
		{"PhýõÌng Bêìn Nghé, Quâòn 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"},
		{"Th\xe0nh ph\xf4\xec H\xe0 N\xf4\xf2i", "Thành phố Hà Nội"},
		{"Thành phôì Hà Nôòi", "Thành phố Hà Nội"},
		{"Xa\xde T\xe2n An, Huy\xea\xf2n C\xe2\xccn Giu\xf4\xf2c", "Xã Tân An, Huyện Cần Giuộc"},
		{"S\xf4\xec 5 \xf0\xfd\xf5\xccng L\xea L\xf5\xf2i", "Số 5 đường Lê Lợi"},
		// Unicode with ì, ò after a vowel stays ("quì", "goòng")
		{"Đường Goòng, Phường Quì", "Đường Goòng, Phường Quì"},
		{"Phöôøng 1 – Quaän 3", "Phường 1 – Quận 3"},
		// Unicode, with and without letters of Latin-1, stays as it is
		{"Phường Bến Nghé, Quận 1, TP.HCM", "Phường Bến Nghé, Quận 1, TP.HCM"},
		{"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ àáâãèéêìíòóôõùúý", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ àáâãèéêìíòóôõùúý"},
		{"Café Müller, Hà Nội", "Café Müller, Hà Nội"},
		{"Ñ", "Ñ"},
		{"", ""},
	} {
		assert.Equal(t, tt.want, fromLegacy(tt.in), tt.in)
	}
}

// TestASCIIAddrKeys: asciiAddrKeys tells what it promises
// (checkASCIIAddrKeys) on every text of up to four bytes of the marks,
// vowels, digits and letters around them, the labelled addresses folded
// to ASCII, and random ASCII text; and it finds VIQR.
func TestASCIIAddrKeys(t *testing.T) {
	check := func(s string) { checkASCIIAddrKeys(t, s) }
	const keys = "aeiouyAYdDwWxcmnptgh^(+`~'?. 05689"
	var all func(b []byte, n int)
	all = func(b []byte, n int) {
		check(string(b))
		if n == 0 {
			return
		}
		for i := 0; i < len(keys); i++ {
			all(append(b, keys[i]), n-1)
		}
	}
	all(nil, 4)
	data, err := os.ReadFile("testdata/addresses/addresses.tsv")
	require.NoError(t, err)
	for _, line := range strings.Split(string(data), "\n") {
		in, _, _ := strings.Cut(line, "\t")
		f := vietnam.Fold(in)
		for _, v := range []string{f, strings.ToUpper(f), strings.ToLower(f)} {
			check(v)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		b := make([]byte, 1+r.IntN(40))
		for i := range b {
			b[i] = byte(r.IntN(utf8.RuneSelf))
		}
		check(string(b))
	}
	for _, s := range []string{"Nguye^~n Va(n Thu+o+ng", "ho.c", "DDinh", "Quan Ba`"} {
		assert.NotZero(t, asciiAddrKeys(s)&asciiKeyVIQR, s)
		assert.True(t, vietnam.LooksLegacy(s), s)
	}
}

// checkASCIIAddrKeys fails t where asciiAddrKeys(s), s ASCII, says no
// asciiKeyVIQR and vietnam.LooksLegacy(s) is true or fromLegacy changes
// s, says asciiKeyTelex other than telexMarkMay, or no
// asciiKeySixToNine where vniMarkMay(s) is true.
func checkASCIIAddrKeys(t *testing.T, s string) {
	t.Helper()
	keys := asciiAddrKeys(s)
	if keys&asciiKeyVIQR == 0 && (vietnam.LooksLegacy(s) || fromLegacy(s) != s) {
		t.Fatalf("asciiAddrKeys(%q): no VIQR, LooksLegacy %v", s, vietnam.LooksLegacy(s))
	}
	if keys&asciiKeyTelex != 0 != telexMarkMay(s) {
		t.Fatalf("asciiAddrKeys(%q): Telex %v, telexMarkMay %v", s, keys&asciiKeyTelex != 0, telexMarkMay(s))
	}
	if keys&asciiKeySixToNine == 0 && vniMarkMay(s) {
		t.Fatalf("asciiAddrKeys(%q): no 6 to 9, vniMarkMay true", s)
	}
}

// FuzzASCIIAddrKeys holds asciiAddrKeys to what it promises on ASCII
// text (checkASCIIAddrKeys).
func FuzzASCIIAddrKeys(f *testing.F) {
	for _, s := range []string{"Nguye^~n Va(n", "ho.c, Ha Noi", "DDinh", "Phuong 5, Quan 3", "P.5 Q.3 TP.HCM", "Phuwowngf Beens", "Phuong72 Ben61"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return
			}
		}
		checkASCIIAddrKeys(t, s)
	})
}
