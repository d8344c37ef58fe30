package vietnam_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// fuzzErrorAs fails a fuzz run unless err is an E whose text starts with
// prefix; call and args name the call that returned it.
func fuzzErrorAs[E error](t *testing.T, err error, prefix, call string, args ...any) {
	t.Helper()
	var e E
	if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), prefix) {
		t.Fatalf("%s: error %v is not a %T", fmt.Sprintf(call, args...), err, e)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"29/5/2025", "29-05-2025", "29.5.2025", "2025-05-29", // the numeric forms
		"ngày 29 tháng 5 năm 2025", "29 tháng 5, 2025", // the word forms
		"29/5", "31/4/2025", "29/2/2025", "29/5/25", "", "ngày", "9999-12-31", "1/1/0001", // edges and errors
		"ngày 29 tháng 5 năm 2025 😀", "29x5", "\xff/\xfe/2025",
		"Thứ Năm, 29 tháng 5, 2025", "29 thg 5, 2025", "CN, 1/6/2025", "Thứ 2 30/6/2025", "Thứ Hai, 29/5/2025", "T5 29/5/2025", // CLDR's and glibc's forms, a weekday
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := vietnam.ParseDate(s)
		if err != nil {
			fuzzErrorAs[*vietnam.DateError](t, err, "vietnam: date ", "ParseDate(%q)", s)
			if !errors.Is(err, vietnam.ErrDateSyntax) && !errors.Is(err, vietnam.ErrDateRange) && !errors.Is(err, vietnam.ErrDateNoYear) {
				t.Fatalf("ParseDate(%q): error %v has no category", s, err)
			}
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) failed but returned %v", s, d)
			}
			return
		}
		if d.IsZero() || d.Day() > vietnam.DaysIn(d.Month(), d.Year()) {
			t.Fatalf("ParseDate(%q) = invalid %#v", s, d)
		}
		for _, out := range []string{d.String(), d.ISO(), d.Long()} {
			if back, err := vietnam.ParseDate(out); err != nil || back != d {
				t.Fatalf("ParseDate(%q) = %v; round trip through %q gives %v, %v", s, d, out, back, err)
			}
			// The date's own weekday may come first; another may not.
			wd := d.Weekday()
			for _, w := range []time.Weekday{wd, (wd + 1) % 7} {
				in := fuzzWeekdays[w] + ", " + out
				back, err := vietnam.ParseDate(in)
				if w == wd && (err != nil || back != d) {
					t.Fatalf("ParseDate(%q) = %v, %v; want %v", in, back, err, d)
				}
				if w != wd && !errors.Is(err, vietnam.ErrDateRange) {
					t.Fatalf("ParseDate(%q) = %v, %v; want a wrong weekday", in, back, err)
				}
			}
		}
		// A year in the text wins over the default year.
		if y, err := vietnam.ParseDateInYear(s, 2000); err != nil || y != d {
			t.Fatalf("ParseDateInYear(%q) = %v, %v; ParseDate gave %v", s, y, err, d)
		}
	})
}

// fuzzWeekdays are the days of the week as CLDR's Vietnamese writes them.
var fuzzWeekdays = [7]string{"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// FuzzParseDatePivot: a four-digit year in the text wins over the pivot
// (the date is ParseDate's); a two-digit year is read in the hundred years
// that end at the pivot. An error is a *DateError.
func FuzzParseDatePivot(f *testing.F) {
	for _, seed := range []struct {
		s     string
		pivot int
	}{
		{"29/5/85", 2025}, {"29/5/25", 2025}, {"29/5/26", 2025}, {"29/2/00", 2000}, {"29/2/00", 2099},
		{"29/5/2025", 1990}, {"ngày 29 tháng 5 năm 85", 2025}, {"", 2025}, {"29/5/85", -5}, {"1/1/01", 1}, {"29/5/85", 99999},
	} {
		f.Add(seed.s, seed.pivot)
	}
	f.Fuzz(func(t *testing.T, s string, pivot int) {
		d, err := vietnam.ParseDatePivot(s, pivot)
		if err != nil {
			fuzzErrorAs[*vietnam.DateError](t, err, "vietnam: date ", "ParseDatePivot(%q, %d)", s, pivot)
			if !d.IsZero() {
				t.Fatalf("ParseDatePivot(%q, %d) failed but returned %v", s, pivot, d)
			}
			return
		}
		if full, err := vietnam.ParseDate(s); err == nil {
			if full != d {
				t.Fatalf("ParseDatePivot(%q, %d) = %v; the year written gives %v", s, pivot, d, full)
			}
		} else if d.Year() > pivot || d.Year() <= pivot-100 {
			t.Fatalf("ParseDatePivot(%q, %d) = %v: a two-digit year outside (%d, %d]", s, pivot, d, pivot-100, pivot)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"Nguyễn  Văn\u00a0A", "Đặng Thị Ánh Tuyết", // NFC with odd spaces
		"Hoà Hòa", "\u200bHà\ufeffNội\t\n", "Ðặng", // invisible characters, eth
		"\xff\xfe", "a\u0301\u0323", "\u037e\u1fef\u2126", "ı", "ı\u0301", "xİ\u0300", // invalid UTF-8, stacked marks, singletons, Turkish i
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := vietnam.Normalize(s)
		if !utf8.ValidString(n) || !norm.NFC.IsNormalString(n) {
			t.Fatalf("Normalize(%q) = %q: not valid NFC", s, n)
		}
		checkCleanup(t, "Normalize", vietnam.Normalize, s, n)
		if ti := vietnam.Title(s); vietnam.Title(ti) != ti || !vietnam.EqualFold(ti, s) {
			t.Fatalf("Title(%q) = %q: not idempotent or changes letters", s, ti)
		} else if !norm.NFC.IsNormalString(ti) {
			t.Fatalf("Title(%q) = %q: not NFC", s, ti)
		}
	})
}

// checkCleanup checks the properties Normalize and Fold share: out =
// f(in) has no stray spaces, f is idempotent, and decomposed input gives
// the same result.
func checkCleanup(t *testing.T, name string, f func(string) string, in, out string) {
	t.Helper()
	if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
		t.Fatalf("%s(%q) = %q: stray spaces", name, in, out)
	}
	if again := f(out); again != out {
		t.Fatalf("%s not idempotent: %q -> %q -> %q", name, in, out, again)
	}
	if utf8.ValidString(in) {
		if d := f(norm.NFD.String(in)); d != out {
			t.Fatalf("%s(NFD(%q)) = %q, want %q", name, in, d, out)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, p := range [][2]string{
		{"Đặng Thị Ánh  Tuyết", "dang thi anh tuyet"}, // the example
		{"Hoà", "Hòa"}, {"Lái Thiêu", "LAI THIEU"}, {"Hà Nội", "Hà Nam"}, // alike and different
		{"“Học” – số…", `"hoc" - so.`}, {"\xff", ""}, {"\u037e", ";"}, {" a ", "a"}, // punctuation, invalid, singleton, spaces
		{"张伟", "李娜"}, {"Straße", "STRASSE"}, {"ﬁnal", "final"}, {"한국", "ΣΟΦΊΑ σοφία"}, {"a😀b", "a b"}, // other scripts, expansions, emoji
		{"ข้าว", "ขาว"}, {"ก\u0e49\u0e38ง", "กุ้ง"}, {"שָׁלוֹם", "शांति"}, // marks that spell, marks reordered, points dropped
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := vietnam.Fold(a), vietnam.Fold(b)
		if !utf8.ValidString(fa) {
			t.Fatalf("Fold(%q) = %q: not UTF-8", a, fa)
		}
		for i, r := range fa {
			if r < ' ' || r == 0x7f || unicode.IsUpper(r) && unicode.ToLower(r) != r || unicode.In(r, unicode.Cc, unicode.Cf) || r > 0x7f && unicode.Is(unicode.S, r) || r >= 0x0300 && r <= 0x036F {
				t.Fatalf("Fold(%q) = %q: %q at %d is not a folded character", a, fa, r, i)
			}
		}
		checkCleanup(t, "Fold", vietnam.Fold, a, fa)
		if want := vietnam.AppendFoldReference(nil, a); fa != string(want) {
			t.Fatalf("Fold(%q) = %q, but the reference gives %q", a, fa, want)
		}
		if got := string(vietnam.AppendFold([]byte("x"), a)); got != "x"+fa {
			t.Fatalf("AppendFold(%q) = %q, want x%q", a, got, fa)
		}
		if eq := vietnam.EqualFold(a, b); eq != (fa == fb) {
			t.Fatalf("EqualFold(%q, %q) = %v, but Fold gives %q and %q", a, b, eq, fa, fb)
		}
		if !vietnam.EqualFold(a, fa) {
			t.Fatalf("EqualFold(%q, Fold(%[1]q)) = false", a)
		}
	})
}

func FuzzToneStyle(f *testing.F) {
	for _, s := range []string{
		"Khánh Hoà", "sức khỏe", "thủy lợi", "HOÀ Hòa", // the styles
		"lựơng qủa gìa", "khuỷu ngoẻo người tuổi", "quý quả gìn giữ", // misplaced marks, triphthongs, onsets
		"café wòa hòahòa", "thuỷ\u0301", "\xffhoà", // not Vietnamese, two tones, invalid
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		classic, modern := vietnam.ToneClassic.Apply(s), vietnam.ToneModern.Apply(s)
		for _, out := range []string{classic, modern} {
			if !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) {
				t.Fatalf("Apply(%q) = %q: not valid NFC", s, out)
			}
			if vietnam.Fold(out) != vietnam.Fold(s) {
				t.Fatalf("Apply(%q) = %q changes the fold", s, out)
			}
		}
		if again := vietnam.ToneClassic.Apply(classic); again != classic {
			t.Fatalf("classic not idempotent: %q -> %q -> %q", s, classic, again)
		}
		if again := vietnam.ToneModern.Apply(modern); again != modern {
			t.Fatalf("modern not idempotent: %q -> %q -> %q", s, modern, again)
		}
		if c := vietnam.ToneClassic.Apply(modern); c != classic {
			t.Fatalf("classic(modern(%q)) = %q, want %q", s, c, classic)
		}
		if m := vietnam.ToneModern.Apply(classic); m != modern {
			t.Fatalf("modern(classic(%q)) = %q, want %q", s, m, modern)
		}
		if utf8.ValidString(s) {
			if d := vietnam.ToneClassic.Apply(norm.NFD.String(s)); d != classic {
				t.Fatalf("classic(NFD(%q)) = %q, want %q", s, d, classic)
			}
		}
	})
}

func FuzzLegacy(f *testing.F) {
	for _, s := range []string{
		"Đường Đồng Khởi", "Trường Đại học Thủ Dầu Một", "HOÀ BÌNH", // Vietnamese to encode
		"§¹i häc", "Ñöôøng", "Vie^.t Nam\\.", // legacy forms to decode
		"ye^u. Dda^u? 'ma^y'", "yêụ vuị", // punctuation after a word's last vowel
		"© 2024 Acme Ltd.", "A·B", "©", "i'm fine. are you?", // signs TCVN3 reads as letters, English that VIQR reads: no legacy answer at confidence 0
		"\xff\xfeH\x00i\x00", "\ufeffXin chào các bạn", // byte-order marks of UTF-16 and UTF-8
		"add dđ \\ ^ a^ o+.", "naïve 東京", "\x80\xff\xd1", "ÌÀ", // VIQR escapes, unencodable, raw bytes, bytes that are UTF-8
		"Vi\xea\xf2t Nam", "Viêòt Nam", "goòng", // Windows-1258 raw and as Windows-1252 shows it; Unicode it must not take
	} {
		f.Add(s)
	}
	encodings := []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.VIQR, vietnam.Windows1258}
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range append(encodings, vietnam.Unicode, vietnam.EncodingUnknown) {
			if out := e.Decode(s); !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) {
				t.Fatalf("%v.Decode(%q) = %q: not valid NFC", e, s, out)
			}
		}
		enc, conf := vietnam.Detect(s)
		if conf < 0 || conf > 1 || enc > vietnam.Windows1258 || conf == 0 && enc != vietnam.EncodingUnknown && enc != vietnam.Unicode {
			t.Fatalf("Detect(%q) = %v, %v", s, enc, conf) // a legacy answer has evidence
		}
		_ = vietnam.ToUnicode(s)
		// Encode then decode gives the text back (TCVN3 loses the case of
		// toned capitals).
		if !utf8.ValidString(s) {
			for _, e := range encodings {
				if _, err := e.Encode(s); err == nil {
					t.Fatalf("%v.Encode(%q) accepted invalid UTF-8", e, s)
				}
			}
			return
		}
		want := norm.NFC.String(s)
		for _, e := range encodings {
			b, err := e.Encode(s)
			if err != nil {
				fuzzErrorAs[*vietnam.EncodeError](t, err, "vietnam: ", "%v.Encode(%q)", e, s)
				continue
			}
			w := want
			if e == vietnam.TCVN3 {
				w = lowerToned(want)
			}
			if got := e.DecodeBytes([]byte(b)); got != w {
				t.Fatalf("%v: %q encodes as %q, decodes as %q", e, s, b, got)
			}
			if e == vietnam.VIQR {
				continue
			}
			// As Excel shows the bytes.
			if got := e.Decode(asLatin1(b)); got != w {
				t.Fatalf("%v: %q encodes as %q, decodes from Latin-1 as %q", e, s, b, got)
			}
		}
	})
}

// lowerToned lower-cases the capitals that carry a tone mark, which
// TCVN3 cannot represent.
func lowerToned(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) && isUpperToned(string(r)) {
			return unicode.ToLower(r)
		}
		return r
	}, s)
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"52.000", "1.600.000", "40,5%", "1,6 triệu", "200 nghìn", "3,2 tỷ", // the Vietnamese forms
		"52,000", "1,234,567.89", "1.6 million", "200k", "52.000đ", "1,6 triệu đồng", // English, ambiguous, currency
		"", "-", "1..2", ",5", "1,5 quả", "9" + strings.Repeat("0", 1000), // errors
	} {
		f.Add(s, int64(0), int32(0))
	}
	f.Add("1"+strings.Repeat("0", 200), int64(227), int32(0)) // formats longer than it parses
	f.Add("", int64(1600000), int32(0))
	f.Add("", int64(-405), int32(1))
	conventions := []vietnam.NumberConvention{vietnam.NumberAuto, vietnam.NumberVietnamese, vietnam.NumberEnglish}
	f.Fuzz(func(t *testing.T, s string, n int64, scale int32) {
		for _, c := range conventions {
			d, err := c.Parse(s)
			if err != nil {
				fuzzErrorAs[*vietnam.NumberError](t, err, "vietnam: number ", "%v.Parse(%q)", c, s)
				continue
			}
			if c != vietnam.NumberAuto && len(d.String()) < 1000 {
				if back, err := c.Parse(c.Format(d)); err != nil || !back.Equal(d) {
					t.Fatalf("%v: %q = %v formats as %q, parses as %v, %v", c, s, d, c.Format(d), back, err)
				}
			}
		}
		// Format then parse, from a number.
		d := decimal.New(n, -(scale%12+12)%12)
		for _, c := range conventions[1:] {
			if back, err := c.Parse(c.Format(d)); err != nil || !back.Equal(d) {
				t.Fatalf("%v: %v formats as %q, parses as %v, %v", c, d, c.Format(d), back, err)
			}
			compact := c.FormatCompact(d)
			back, err := c.Parse(compact)
			if err != nil || c.FormatCompact(back) != compact {
				t.Fatalf("%v: %v compacts to %q, parses as %v, %v", c, d, compact, back, err)
			}
		}
	})
}
