package admin

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

// FuzzCutAddrField checks that cutAddrField cuts the words
// strings.Fields cuts.
func FuzzCutAddrField(f *testing.F) {
	for _, s := range []string{"Phường  Bến\tNghé", "a\u00a0b\u2003c\u3000d\u1680e\u0085f", "Thôn\u200b3", "\xe2\x80 \xc2"} {
		f.Add(s)
	}
	f.Fuzz(checkCutAddrField)
}

// checkCutAddrField fails t when cutAddrField cuts s into other words
// than strings.Fields.
func checkCutAddrField(t *testing.T, s string) {
	t.Helper()
	var got []string
	for rest := s; ; {
		var w string
		if w, rest = cutAddrField(rest); w == "" {
			break
		}
		got = append(got, w)
	}
	if want := strings.Fields(s); !assert.ObjectsAreEqual(want, got) && len(want)+len(got) > 0 {
		t.Fatalf("cutAddrField cuts %q into %q, strings.Fields into %q", s, got, want)
	}
}

// TestCutAddrFieldRunes: cutAddrField, which passes over the bytes that
// open no white space without asking addrSpaceAt, cuts as strings.Fields
// around and inside every rune of the first planes, every byte alone,
// and each rune cut short.
func TestCutAddrFieldRunes(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		w := string(r)
		checkCutAddrField(t, "a"+w+"b")
		checkCutAddrField(t, w)
		for k := 1; k < len(w); k++ {
			checkCutAddrField(t, "a"+w[:k]+"b")
			checkCutAddrField(t, "a"+w[:k])
		}
	}
	for c := range 256 {
		checkCutAddrField(t, "a"+string(byte(c))+" b")
	}
}

// FuzzLowerPrefixAt checks lowerPrefixAt against the text lower-cased
// whole (appendLower) for each word it is asked of.
func FuzzLowerPrefixAt(f *testing.F) {
	for _, s := range []string{"HUYỆNđô", "Tỉnhbac", "ĐỐI DIỆN chợ", "phƯỜng", "xÃ", "gẦn", "Kế "} {
		f.Add(s)
	}
	words := []string{"đối diện"}
	for _, ws := range addrCleanWords {
		for _, w := range ws {
			words = append(words, w.w)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		lower := string(appendLower(nil, s))
		for _, w := range words {
			if _, ok := lowerPrefixAt(s, 0, w); ok != strings.HasPrefix(lower, w) {
				t.Fatalf("lowerPrefixAt(%q, 0, %q) = %v, %q lower-cased is %q", s, w, ok, s, lower)
			}
		}
	})
}

// TestDropLandmark: a landmark ends its part whatever its case; a word
// that only looks like one stays.
func TestDropLandmark(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Số 5 Lê Lợi gần chợ Bến Thành", "Số 5 Lê Lợi"},
		{"Số 5 Lê Lợi GẦN CHỢ BẾN THÀNH", "Số 5 Lê Lợi"},
		{"Thôn 3 Cạnh trường tiểu học", "Thôn 3"},
		{"Quận 1 ĐỐI DIỆN chợ", "Quận 1"},
		{"Thôn 3 ĐỐI DIỆN", "Thôn 3"}, // with its tones, whatever follows
		{"Quận 1 doi dien cho Ben Thanh", "Quận 1"},
		{"Ấp Bên Cạnh Trường", "Ấp"},
		{"Xã Gan Nam", "Xã Gan Nam"}, // without tones, only before a place people point to
		{"Ấp Doi Dien Nam", "Ấp Doi Dien Nam"},
		{"Gần chợ", "Gần chợ"}, // a landmark alone is all there is
		{"Xóm Sau Lê Lợi", "Xóm Sau Lê Lợi"},
		// "quán" (a shop) only with its tone: "quan" is quận as often
		{"12 Lê Lợi sau quán cơm", "12 Lê Lợi"},
		{"12 Lê Lợi SAU QUÁN CƠM", "12 Lê Lợi"},
		{"12 vo thi sau quan 3 tp hcm", "12 vo thi sau quan 3 tp hcm"},
		{"12 VO THI SAU QUAN 3 TP HCM", "12 VO THI SAU QUAN 3 TP HCM"},
		{"12 Võ Thị Sáu Quận 3", "12 Võ Thị Sáu Quận 3"},
	} {
		assert.Equal(t, strings.Fields(tt.want), dropLandmark(strings.Fields(tt.in), false), tt.in)
	}
}

// TestDropLandmarkAlone: in a part that is the whole text, a landmark
// ends at the next unit's type word, written in full, short with a dot or
// a number, or glued to the province's nickname; a letter alone is not
// one.
func TestDropLandmarkAlone(t *testing.T) {
	for _, tt := range []struct{ in, alone, inPart string }{
		{"12 Nguyễn Huệ đối diện chợ Bến Thành quận 1 hồ chí minh", "12 Nguyễn Huệ quận 1 hồ chí minh", "12 Nguyễn Huệ"},
		{"số 5 lê lợi gần chợ bến thành Q.1 TP.HCM", "số 5 lê lợi Q.1 TP.HCM", "số 5 lê lợi"},
		{"12 le loi doi dien cho ben thanh quan 1 tphcm", "12 le loi quan 1 tphcm", "12 le loi"},
		{"Ấp 3 cạnh chợ Long Hiệp Huyện Trà Cú Trà Vinh", "Ấp 3 Huyện Trà Cú Trà Vinh", "Ấp 3"},
		{"Tổ 5 sau chợ Phú Lâm P5 Q6", "Tổ 5 P5 Q6", "Tổ 5"},
		{"Thôn 1 gần chợ Thị xã Phú Mỹ", "Thôn 1 Thị xã Phú Mỹ", "Thôn 1"},
		{"Số 2 gần chợ Bà Chiểu Thành phố Hồ Chí Minh", "Số 2 Thành phố Hồ Chí Minh", "Số 2"},
		{"Số 2 gần chợ Bà Chiểu TPHCM", "Số 2 TPHCM", "Số 2"},
		// nothing after the landmark, or no type word: "Quán" (a shop,
		// with its tone) is no "quận"
		{"P. Quán Bàu TP Vinh Nghệ An gần chợ Quán Bàu", "P. Quán Bàu TP Vinh Nghệ An", "P. Quán Bàu TP Vinh Nghệ An"},
		{"Số 5 Lê Lợi gần chợ Bến Thành", "Số 5 Lê Lợi", "Số 5 Lê Lợi"},
		{"Số 5 Lê Lợi gần chợ Q Bình Thạnh", "Số 5 Lê Lợi", "Số 5 Lê Lợi"},
		{"Số 5 Lê Lợi gần chợ Thanh Đa", "Số 5 Lê Lợi", "Số 5 Lê Lợi"},
	} {
		assert.Equal(t, strings.Fields(tt.alone), dropLandmark(strings.Fields(tt.in), true), tt.in)
		assert.Equal(t, strings.Fields(tt.inPart), dropLandmark(strings.Fields(tt.in), false), tt.in)
	}
}

// TestOpensAddrUnitType: the words that open a unit's type word after a
// landmark, written out with their tones, with none, in capitals or glued
// ("Thànhphố"), short with a dot or a number; not a type word written
// with a name's tones ("Quán", "Tĩnh", "Huyền", "Phương", "Thánh phố",
// "Đặc khú"), a letter alone, the first word of two alone or before
// another word, or a name.
func TestOpensAddrUnitType(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Phường Bến Nghé", true}, {"phuong 5", true}, {"Xã Tân Kim", true}, {"XÃ TÂN KIM", true},
		{"quận 1", true}, {"QUẬN 3", true}, {"Quan 3", true}, {"Huyện Trà Cú", true}, {"huyen tra cu", true},
		{"Tỉnh Trà Vinh", true}, {"tinh tra vinh", true},
		{"Thành phố Hồ Chí Minh", true}, {"THÀNH PHỐ HUẾ", true}, {"thanh pho hue", true}, {"Thành Phố Huế", true},
		{"Thànhphố Huế", true}, {"thanhpho hue", true}, {"Thịxã Phú Mỹ", true}, {"Thịtrấn Cái Bè", true},
		{"Thị xã Phú Mỹ", true}, {"thi xa phu my", true}, {"Thị trấn Cái Bè", true}, {"THỊ TRẤN CÁI BÈ", true},
		{"Đặc khu Phú Quốc", true}, {"ĐẶC KHU CÔN ĐẢO", true}, {"dac khu con dao", true},
		{"TP Vinh", true}, {"TP.HCM", true}, {"tphcm", true}, {"tx.Phú Mỹ", true}, {"Q.1", true}, {"P5", true}, {"TT Cái Bè", true},
		{"Quán Bàu", false}, {"Tĩnh Gia", false}, {"Huyền Tụng", false}, {"Phương Liệt", false}, {"Xa La", true},
		{"Thánh phố", false}, {"Thành phô", false}, {"Thị Xá", false}, {"Đặc khú", false}, {"Đắc khu", false},
		{"Thị Trần", false}, {"Thànhphô Huế", false},
		{"Q Bình Thạnh", false}, {"P", false}, {"Thanh", false}, {"Thanh Đa", false}, {"Thị", false}, {"dac san", false},
		{"dk Cô Tô", false}, {"Bến Thành", false}, {"12 Lê Lợi", false},
	} {
		assert.Equal(t, tt.want, opensAddrUnitType(strings.Fields(tt.in)), "%q", tt.in)
	}
}

// TestTypedMarkMay: a word typedWord reads as typing a vowel mark or đ
// has what telexMarkMay or vniMarkMay looks for, on every word of up to
// five keys of those that type marks and tones and a few letters more,
// either case; so isTelexText and isVNIText, which ask them first, say
// what typedUnmarked alone says (checkTypedText).
func TestTypedMarkMay(t *testing.T) {
	for _, tt := range []struct {
		m      vietnam.InputMethod
		keys   string
		mayFor func(string) bool
	}{
		{vietnam.InputTelex, "adeouwyqnsfjADW", telexMarkMay},
		{vietnam.InputVNI, "adeouyqn1256789A", vniMarkMay},
	} {
		var words func(w []byte, n int)
		words = func(w []byte, n int) {
			if _, marks := typedWord(tt.m, string(w)); marks && !tt.mayFor(string(w)) {
				t.Fatalf("%v: %q types a mark, but its keys are not looked for", tt.m, w)
			}
			if n == 0 {
				return
			}
			for i := 0; i < len(tt.keys); i++ {
				words(append(w, tt.keys[i]), n-1)
			}
		}
		words(nil, 5)
	}
	for _, s := range []string{"Phuwowngf Beens Nghes", "Quaanj 1, Ddaf Nawngx", "Phuong72 Ben61 Nghe1", "Quan65 1, Da2 Na8ng4"} {
		assert.True(t, isTelexText(s) || isVNIText(s), s)
		checkTypedText(t, s)
	}
	data, err := os.ReadFile("testdata/addresses/addresses.tsv")
	require.NoError(t, err)
	for _, line := range strings.Split(string(data), "\n") {
		in, _, _ := strings.Cut(line, "\t")
		for _, v := range []string{in, vietnam.Fold(in), strings.ToUpper(vietnam.Fold(in)), strings.ToLower(vietnam.Fold(in))} {
			checkTypedText(t, v)
		}
	}
}

// checkTypedText fails t where isTelexText or isVNIText says other than
// typedUnmarked alone.
func checkTypedText(t *testing.T, s string) {
	t.Helper()
	if got, want := isTelexText(s), typedUnmarked(s, isASCIILetter, telexWord); got != want {
		t.Fatalf("isTelexText(%q) = %v, typedUnmarked %v", s, got, want)
	}
	if got, want := isVNIText(s), typedUnmarked(s, isVNIByte, vniWord); got != want {
		t.Fatalf("isVNIText(%q) = %v, typedUnmarked %v", s, got, want)
	}
}

// FuzzTypedText checks isTelexText and isVNIText against typedUnmarked.
func FuzzTypedText(f *testing.F) {
	for _, s := range []string{"Phuwowngf Beens Nghes", "Phuong72 Ben61 Nghe1", "Ddaf Nawngx", "P12 Q10 KP3", "Town Ward", "uow aaw 0a6 a06"} {
		f.Add(s)
	}
	f.Fuzz(checkTypedText)
}

// TestAddrLandmarkLead: the fold of a word opening with an ASCII letter
// opens with that letter in small (what dropLandmark passes words over
// on), before every rune of the first planes, alone and before a
// letter; and each of addrLandmarkWords, after a word and before a
// place, cuts the part in either case.
func TestAddrLandmarkLead(t *testing.T) {
	var b wordBuf
	for c := byte('A'); c <= 'z'; c++ {
		if !isASCIILetter(c) {
			continue
		}
		for r := rune(0); r < 0x3100; r++ {
			for _, w := range []string{string(c) + string(r), string(c) + string(r) + "ần"} {
				if f := b.fold(w); len(f) == 0 || f[0] != c|0x20 {
					t.Fatalf("%q folds to %q", w, f)
				}
			}
		}
	}
	for _, w := range addrLandmarkWords {
		for _, v := range []string{w, strings.ToUpper(w)} {
			assert.Equal(t, []string{"5", "Lê", "Lợi"}, dropLandmark([]string{"5", "Lê", "Lợi", v, "chợ"}, false), v)
		}
	}
}

// TestCutGluedTypeWordLead: a word whose first byte does not fold to
// the first letter of a type word (what cutGluedTypeWord passes words
// over on) never opens with the type word, strings.EqualFold says: every
// rune of the first planes before the rest of each type word.
func TestCutGluedTypeWordLead(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		for _, typ := range addrGluedTypeWords {
			w := string(r) + typ[1:] + "ab"
			if len(w) >= len(typ) && strings.EqualFold(w[:len(typ)], typ) && w[0]|0x20 != typ[0] {
				t.Fatalf("%q opens with %q", w, typ)
			}
		}
	}
	for _, tt := range []struct{ in, typ, name string }{
		{"Huyệnđô", "Huyệnđô"[:len("huyện")], "đô"},
		{"TỈNHbac", "TỈNH", "bac"},
		{"xãtinh", "xã", "tinh"},
	} {
		typ, name, ok := cutGluedTypeWord(tt.in)
		assert.True(t, ok, tt.in)
		assert.Equal(t, [2]string{tt.typ, tt.name}, [2]string{typ, name}, tt.in)
	}
}

// TestIsHamletThenNumber: a hamlet word (addrHamletWords) or the type
// word of a numbered unit, a ward or an urban district of
// addrUnitWords, written or abbreviated with or without tones and dot,
// then a number and more words. "Ph." is a ward's as "P." is.
func TestIsHamletThenNumber(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"thôn 10 Uong Bi", true},
		{"Tổ dân phố 3 An Phú", true},
		{"Tiểu khu 3 Mộc Châu", true},
		{"Quận 3 Ho Chi Minh", true},
		{"Q. 3 Ho Chi Minh", true},
		{"Phường 5 Tân Định", true},
		{"PHƯỜNG 5 Tân Định", true},
		{"P.5 Tân Định", false}, // one word: the number is glued
		{"P. 5 Tân Định", true},
		{"F 5 Tân Định", true},
		{"Ph. 3 An Phu", true},
		{"ph 3 An Phu", true},
		{"Ward 5 Tan Dinh", true},
		{"Huyện 3 An Phu", false}, // no district of a number
		{"Xã 3 An Phu", false},
		{"Thị trấn 3 An Phu", false},
		{"Tp 3 An Phu", false},
		{"District 3 An Phu", false}, // a district, a town or a city
		{"Quận 3", false},            // nothing after the number
		{"thôn Uong Bi", false},
		{"12 Lê Lợi Uong Bi", false},
		{"An thôn 10 Uong Bi", false},
	} {
		assert.Equal(t, tc.want, isHamletThenNumber(strings.Fields(tc.words)), tc.words)
	}
}

// TestGluedTypeWordSecond holds what cutGluedTypeWord asks of the second
// letter of each glued type word before strings.EqualFold: an ASCII one
// folds with no rune past ASCII (k and s would, with K and ſ), and one
// past ASCII with no ASCII letter.
func TestGluedTypeWordSecond(t *testing.T) {
	for _, w := range addrGluedTypeWords {
		r, _ := utf8.DecodeRuneInString(w[1:])
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			assert.Equal(t, r < utf8.RuneSelf, f < utf8.RuneSelf, "%q: %q folds with %q", w, r, f)
		}
	}
}

// TestAddrEnglishMay: each English type word, in either case and with
// dots at its ends, may be one; words that end with another ASCII letter
// may not, and a word ending past ASCII is left to the fold ("Diſtricť").
func TestAddrEnglishMay(t *testing.T) {
	for _, w := range addrEnglishTypes {
		for _, s := range []string{w, strings.ToUpper(w), "." + w + "..", strings.ToUpper(w[:1]) + w[1:] + "."} {
			assert.True(t, addrEnglishMay(s), s)
		}
	}
	for _, s := range []string{"Thuận", "Hà", "..."} {
		assert.True(t, addrEnglishMay(s), s)
	}
	for _, s := range []string{"Phường", "Hòa", "Nghĩa.", "Bình", "12"} {
		assert.False(t, addrEnglishMay(s), s)
	}
}
