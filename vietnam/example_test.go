package vietnam_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/vietnam"
)

func ExampleParseDate() {
	for _, s := range []string{
		"29/5/2025",
		"29-05-2025",
		"ngày 29 tháng 5 năm 2025",
		"29 tháng 5, 2025",
		"2025-05-29",
		"Thứ Năm, 29 tháng 5, 2025", // CLDR's full form, as browsers print it
		"29 thg 5, 2025",            // CLDR's medium form
		"Thứ Sáu, 29/5/2025",        // not a Friday
	} {
		d, err := vietnam.ParseDate(s)
		fmt.Println(d, err)
	}
	// Output:
	// 29/05/2025 <nil>
	// 29/05/2025 <nil>
	// 29/05/2025 <nil>
	// 29/05/2025 <nil>
	// 29/05/2025 <nil>
	// 29/05/2025 <nil>
	// 29/05/2025 <nil>
	//  vietnam: date "Thứ Sáu, 29/5/2025": 29/05/2025 is a Thursday (Thứ Năm), not Thứ Sáu
}

func ExampleParseDate_errors() {
	for _, s := range []string{"29/5", "31/4/2025", "29/5/25"} {
		_, err := vietnam.ParseDate(s)
		fmt.Println(err)
		fmt.Println(" no year:", errors.Is(err, vietnam.ErrDateNoYear),
			"no such day:", errors.Is(err, vietnam.ErrDateRange),
			"syntax:", errors.Is(err, vietnam.ErrDateSyntax))
	}
	// Output:
	// vietnam: date "29/5": no year given
	//  no year: true no such day: false syntax: false
	// vietnam: date "31/4/2025": day 31 out of range for 4/2025 (1–30)
	//  no year: false no such day: true syntax: false
	// vietnam: date "29/5/25": two-digit year is ambiguous
	//  no year: false no such day: false syntax: true
}

func ExampleParseDateInYear() {
	for _, s := range []string{"22/4", "ngày 22 tháng 4"} {
		d, _ := vietnam.ParseDateInYear(s, 2025)
		fmt.Println(d)
	}
	// Output:
	// 22/04/2025
	// 22/04/2025
}

func ExampleParseDatePivot() {
	for _, s := range []string{"29/5/85", "1/1/25", "1/1/26"} {
		d, _ := vietnam.ParseDatePivot(s, 2025)
		fmt.Println(d)
	}
	// Output:
	// 29/05/1985
	// 01/01/2025
	// 01/01/1926
}

func ExampleMustParseDate() {
	fmt.Println(vietnam.MustParseDate("15/8/2025").Long())
	// Output: ngày 15 tháng 8 năm 2025
}

func ExampleNewDate() {
	_, err := vietnam.NewDate(2025, time.February, 29)
	fmt.Println(err)
	d, _ := vietnam.NewDate(2024, time.February, 29)
	fmt.Println(d)
	// Output:
	// vietnam: date "29/2/2025": day 29 out of range for 2/2025 (1–28)
	// 29/02/2024
}

func ExampleMustDate() {
	fmt.Println(vietnam.MustDate(1945, time.September, 2).Weekday())
	// Output: Sunday
}

func ExampleDaysIn() {
	fmt.Println(vietnam.DaysIn(time.February, 2024), vietnam.DaysIn(time.February, 2025))
	// Output: 29 28
}

func ExampleDate_DaysSince() {
	from := vietnam.MustParseDate("29/5/2025")
	to := vietnam.MustParseDate("15/8/2025")
	fmt.Println(to.DaysSince(from)+1, "days, both ends inclusive")
	// Output: 79 days, both ends inclusive
}

func ExampleDate_AddDays() {
	d := vietnam.MustParseDate("29/5/2025")
	fmt.Println(d.AddDays(15), d.AddDays(-29))
	// Output: 13/06/2025 30/04/2025
}

func ExampleDate_Compare() {
	a, b := vietnam.MustParseDate("1/3/2025"), vietnam.MustParseDate("1/6/2025")
	fmt.Println(a.Compare(b), a.Before(b), a.After(b), a.Equal(a))
	// Output: -1 true false true
}

func ExampleDate_Weekday() {
	d := vietnam.MustParseDate("29/5/2025")
	fmt.Println(d.Weekday(), d.YearDay())
	// Output: Thursday 149
}

func ExampleDateOf() {
	t := time.Date(2025, time.August, 14, 23, 30, 0, 0, time.UTC)
	fmt.Println(vietnam.DateOf(t))
	// Output: 15/08/2025
}

func ExampleToday() {
	now := time.Date(2025, time.August, 14, 17, 0, 0, 0, time.UTC) // midnight in Vietnam
	fmt.Println(vietnam.Today(now))
	// Output: 15/08/2025
}

func ExampleLocation() {
	t := time.Date(2025, time.August, 14, 23, 30, 0, 0, time.UTC).In(vietnam.Location())
	fmt.Println(t.Format("02/01/2006 15:04 -07:00"))
	// Output: 15/08/2025 06:30 +07:00
}

func ExampleDate_Start() {
	d := vietnam.MustParseDate("15/8/2025")
	fmt.Println(d.Start().UTC())
	fmt.Println(d.End().UTC())
	fmt.Println(d.Contains(time.Date(2025, time.August, 14, 23, 30, 0, 0, time.UTC)))
	// Output:
	// 2025-08-14 17:00:00 +0000 UTC
	// 2025-08-15 17:00:00 +0000 UTC
	// true
}

func ExampleDate_String() {
	d := vietnam.MustDate(2025, time.May, 9)
	fmt.Println(d.String())
	fmt.Println(d.ISO())
	fmt.Println(d.Long())
	fmt.Printf("%q\n", vietnam.Date{}.String())
	// Output:
	// 09/05/2025
	// 2025-05-09
	// ngày 9 tháng 5 năm 2025
	// ""
}

func ExampleDate_MarshalText() {
	b, _ := json.Marshal(struct {
		Start vietnam.Date `json:"start"`
	}{vietnam.MustParseDate("29/5/2025")})
	fmt.Println(string(b))

	var w struct{ End vietnam.Date }
	_ = json.Unmarshal([]byte(`{"End": "15/8/2025"}`), &w)
	fmt.Println(w.End.ISO())
	// Output:
	// {"start":"2025-05-29"}
	// 2025-08-15
}

func ExampleNormalize() {
	fmt.Printf("%q\n", vietnam.Normalize("  Nguyễn \u00a0Văn\tA\u200b "))
	// Output: "Nguyễn Văn A"
}

func ExampleFold() {
	fmt.Println(vietnam.Fold("Đặng Thị Ánh  Tuyết"))
	fmt.Println(vietnam.Fold("Hoà") == vietnam.Fold("Hòa"))
	// Output:
	// dang thi anh tuyet
	// true
}

func ExampleIsDash() {
	for _, s := range []string{"29/5–15/8", "29/5－15/8", "29/5-15/8"} {
		r, _ := utf8.DecodeRuneInString(s[4:])
		fmt.Printf("%s %U %v %s\n", s, r, vietnam.IsDash(r), vietnam.Fold(s))
	}
	// Output:
	// 29/5–15/8 U+2013 true 29/5-15/8
	// 29/5－15/8 U+FF0D true 29/5-15/8
	// 29/5-15/8 U+002D false 29/5-15/8
}

func ExampleAppendFold() {
	var buf []byte
	for _, name := range []string{"Bình Dương", "Thái Nguyên"} {
		buf = vietnam.AppendFold(buf[:0], name)
		fmt.Println(string(buf))
	}
	// Output:
	// binh duong
	// thai nguyen
}

func ExampleEqualFold() {
	fmt.Println(vietnam.EqualFold("Hoà An", "hòa an"))
	fmt.Println(vietnam.EqualFold("Lái Thiêu", "LAI THIEU"))
	fmt.Println(vietnam.EqualFold("Hà Nội", "Hà Nam"))
	// Output:
	// true
	// true
	// false
}

func ExampleTitle() {
	fmt.Println(vietnam.Title("nguyễn VĂN a"))
	fmt.Println(vietnam.Title("đỗ  thị hồng"))
	fmt.Println(vietnam.Title("h'hen niê"))
	// Output:
	// Nguyễn Văn A
	// Đỗ Thị Hồng
	// H'Hen Niê
}

func ExampleToneStyle_Apply() {
	for _, s := range []string{"Khánh Hoà", "sức khỏe", "Thủy lợi", "hoàn thành", "lựơng"} {
		fmt.Printf("%-10s classic %-10s modern %s\n", s, vietnam.ToneClassic.Apply(s), vietnam.ToneModern.Apply(s))
	}
	// Output:
	// Khánh Hoà  classic Khánh Hòa  modern Khánh Hoà
	// sức khỏe   classic sức khỏe   modern sức khoẻ
	// Thủy lợi   classic Thủy lợi   modern Thuỷ lợi
	// hoàn thành classic hoàn thành modern hoàn thành
	// lựơng      classic lượng      modern lượng
}

func ExampleToneStyle_String() {
	fmt.Println(vietnam.ToneAsWritten, vietnam.ToneClassic, vietnam.ToneModern)
	// Output: as-written classic modern
}

func ExampleEncoding_Decode() {
	// A CSV typed in a .VnTime font, read by Excel as Windows-1252.
	fmt.Println(vietnam.TCVN3.Decode("Tr\u00adêng §¹i häc Thñ DÇu Mét"))
	// VNI text as Excel shows it.
	fmt.Println(vietnam.VNI.Decode("Ñöôøng Ñoàng Khôûi"))
	// VIQR, with a backslash before a literal full stop.
	fmt.Println(vietnam.VIQR.Decode(`Vie^.t Nam\.`))
	// Output:
	// Trường Đại học Thủ Dầu Một
	// Đường Đồng Khởi
	// Việt Nam.
}

func ExampleEncoding_Encode() {
	vni, _ := vietnam.VNI.Encode("Đường")
	fmt.Printf("%q\n", vni)
	viqr, _ := vietnam.VIQR.Encode("Việt Nam.")
	fmt.Println(viqr)
	_, err := vietnam.TCVN3.Encode("Hà Nội 東京")
	fmt.Println(err)
	// Output:
	// "\xd1\xf6\xf4\xf8ng"
	// Vie^.t Nam.
	// vietnam: TCVN3 cannot encode '東' at byte 10 of "Hà Nội 東京"
}

func ExampleDetect() {
	for _, s := range []string{
		"Bình dân học vụ số",
		"B×nh d©n häc vô sè",
		"Bình daân hoïc vuï soá",
		"Bi`nh da^n ho.c vu. so^'",
	} {
		enc, conf := vietnam.Detect(s)
		fmt.Printf("%-7v %.2f %s\n", enc, conf, enc.Decode(s))
	}
	// Output:
	// Unicode 1.00 Bình dân học vụ số
	// TCVN3   1.00 Bình dân học vụ số
	// VNI     1.00 Bình dân học vụ số
	// VIQR    1.00 Bình dân học vụ số
}

// On a single word two readings are often both syllables: the commoner
// wins when it is far the commoner, and otherwise the word stays as it is.
func ExampleDetect_singleWord() {
	for _, s := range []string{"Thèng", "ông", "bé"} {
		enc, _ := vietnam.Detect(s)
		fmt.Printf("%-7v %s\n", enc, vietnam.ToUnicode(s))
	}
	// Output:
	// TCVN3   Thống
	// Unicode ông
	// Unicode bé
}

func ExampleToUnicode() {
	fmt.Println(vietnam.ToUnicode("NguyÔn ThÞ Thñy"))
	fmt.Println(vietnam.ToUnicode("Nguyễn Thị Thủy"))
	// Output:
	// Nguyễn Thị Thủy
	// Nguyễn Thị Thủy
}

func ExampleEncoding_String() {
	fmt.Println(vietnam.Unicode, vietnam.TCVN3, vietnam.VNI, vietnam.VIQR, vietnam.EncodingUnknown)
	// Output: Unicode TCVN3 VNI VIQR unknown
}

func ExampleFormatNumber() {
	fmt.Println(vietnam.FormatNumber(decimal.RequireFromString("1600000")))
	fmt.Println(vietnam.FormatNumber(decimal.RequireFromString("1234567.89")))
	fmt.Println(vietnam.NumberEnglish.Format(decimal.RequireFromString("1234567.89")))
	// Output:
	// 1.600.000
	// 1.234.567,89
	// 1,234,567.89
}

func ExampleFormatInt() {
	fmt.Println(vietnam.FormatInt(52000), vietnam.NumberEnglish.FormatInt(52000))
	// Output: 52.000 52,000
}

func ExampleFormatPercent() {
	fmt.Println(vietnam.FormatPercent(decimal.RequireFromString("40.5")))
	fmt.Println(vietnam.NumberEnglish.FormatPercent(decimal.RequireFromString("40.5")))
	// Output:
	// 40,5%
	// 40.5%
}

func ExampleFormatCompact() {
	for _, s := range []string{"1600000", "200000", "3200000000"} {
		d := decimal.RequireFromString(s)
		fmt.Printf("%s | %s\n", vietnam.FormatCompact(d), vietnam.NumberEnglish.FormatCompact(d))
	}
	// Output:
	// 1,6 triệu | 1.6 million
	// 200 nghìn | 200 thousand
	// 3,2 tỷ | 3.2 billion
}

func ExampleParseNumber() {
	for _, s := range []string{"52.000", "1,6 triệu", "40,5%", "1,234,567.89", "52,000"} {
		d, err := vietnam.ParseNumber(s)
		if err != nil {
			fmt.Println(err, errors.Is(err, vietnam.ErrNumberAmbiguous))
			continue
		}
		fmt.Println(d)
	}
	// Output:
	// 52000
	// 1600000
	// 40.5
	// 1234567.89
	// vietnam: number "52,000": 52,000 is 52 in Vietnamese and 52000 in English; give a convention true
}

func ExampleNumberConvention_Parse() {
	en, _ := vietnam.NumberEnglish.Parse("52,000")
	vi, _ := vietnam.NumberVietnamese.Parse("52,000")
	fmt.Println(en, vi)
	// Output: 52000 52
}

func ExampleNumberConvention_String() {
	fmt.Println(vietnam.NumberAuto, vietnam.NumberVietnamese, vietnam.NumberEnglish)
	// Output: auto vietnamese english
}

func ExampleDate_Year() {
	d := vietnam.MustParseDate("2/9/1945")
	fmt.Println(d.Year(), d.Month(), d.Day(), d.YearDay())
	// Output: 1945 September 2 245
}

func ExampleDate_IsZero() {
	var none vietnam.Date // "no date", e.g. a campaign without an end
	fmt.Println(none.IsZero(), vietnam.MustParseDate("1/6/2025").IsZero())
	// Output: true false
}

func ExampleDate_AppendISO() {
	buf := []byte("from=")
	buf = vietnam.MustParseDate("29/5/2025").AppendISO(buf)
	fmt.Println(string(buf))
	// Output: from=2025-05-29
}

func ExampleDate_Contains() {
	d := vietnam.MustParseDate("15/8/2025")
	for _, t := range []time.Time{
		time.Date(2025, time.August, 14, 17, 0, 0, 0, time.UTC), // 00:00 in Vietnam
		time.Date(2025, time.August, 15, 17, 0, 0, 0, time.UTC), // 00:00 the next day
	} {
		fmt.Println(d.Contains(t))
	}
	// Output:
	// true
	// false
}

func ExampleNumberConvention_Format() {
	d := decimal.RequireFromString("1234567.891").Round(2)
	fmt.Println(vietnam.NumberVietnamese.Format(d))
	fmt.Println(vietnam.NumberEnglish.Format(d))
	// Output:
	// 1.234.567,89
	// 1,234,567.89
}

func ExampleNumberConvention_FormatCompact() {
	d := decimal.New(52, 3) // 52.000 union members
	fmt.Println(vietnam.NumberVietnamese.FormatCompact(d), "|", vietnam.NumberEnglish.FormatCompact(d))
	// Output: 52 nghìn | 52 thousand
}

func ExampleToneStyle_UnmarshalText() {
	var cfg struct {
		Tone    vietnam.ToneStyle        `json:"tone"`
		Numbers vietnam.NumberConvention `json:"numbers"`
	}
	_ = json.Unmarshal([]byte(`{"tone": "classic", "numbers": "english"}`), &cfg)
	fmt.Println(cfg.Tone.Apply("Khánh Hoà"), cfg.Numbers.FormatInt(52000))
	// Output: Khánh Hòa 52,000
}

func ExampleEncoding_DecodeBytes() {
	// Bytes read from a file typed in a .VnTime font.
	raw := []byte("Tr\xad\xeang \xa7\xb9i h\xe4c")
	fmt.Println(vietnam.TCVN3.DecodeBytes(raw))
	// Output: Trường Đại học
}

// Windows-1258 writes most tones as a byte of their own after the vowel,
// as a CSV saved by Excel on Vietnamese Windows holds them.
func ExampleEncoding_windows1258() {
	b, _ := vietnam.Windows1258.Encode("Trường Đại học")
	fmt.Printf("%q\n", b)
	enc, conf := vietnam.Detect(b)
	fmt.Println(enc, conf, vietnam.ToUnicode(b))
	// Output:
	// "Tr\xfd\xf5\xccng \xd0a\xf2i ho\xf2c"
	// Windows-1258 1 Trường Đại học
}

func ExampleDate_Before() {
	start := vietnam.MustParseDate("29/5/2025")
	end := vietnam.MustParseDate("15/8/2025")
	reform := vietnam.MustDate(2025, time.July, 1)
	fmt.Println(start.Before(reform), reform.After(end), reform.Equal(vietnam.MustParseDate("1/7/2025")))
	// The zero Date ("no date") sorts first.
	fmt.Println(vietnam.Date{}.Before(start))
	// Output:
	// true false true
	// true
}

func ExampleDate_UnmarshalText() {
	// JSON may carry the ISO form or the day-first form people type.
	var row struct{ Born, Joined vietnam.Date }
	err := json.Unmarshal([]byte(`{"Born": "2001-03-26", "Joined": "26/3/2016"}`), &row)
	fmt.Println(row.Born.Long(), "|", row.Joined.Long(), err)

	err = json.Unmarshal([]byte(`{"Born": "31/4/2001"}`), &row)
	fmt.Println(errors.Is(err, vietnam.ErrDateRange))
	// Output:
	// ngày 26 tháng 3 năm 2001 | ngày 26 tháng 3 năm 2016 <nil>
	// true
}

func ExampleNumberConvention_FormatInt() {
	for _, c := range []vietnam.NumberConvention{vietnam.NumberVietnamese, vietnam.NumberEnglish} {
		fmt.Println(c.FormatInt(200000), c.FormatPercent(decimal.RequireFromString("97.5")))
	}
	// Output:
	// 200.000 97,5%
	// 200,000 97.5%
}

func ExampleEncodeError() {
	_, err := vietnam.TCVN3.Encode("Hà Nội ©")
	var ee *vietnam.EncodeError
	if errors.As(err, &ee) {
		fmt.Printf("%v cannot hold %q at byte %d\n", ee.Encoding, ee.Rune, ee.Offset)
	}
	// Output: TCVN3 cannot hold '©' at byte 10
}

func ExampleEncodeError_Error() {
	for _, tt := range []struct {
		enc vietnam.Encoding
		s   string
	}{
		{vietnam.TCVN3, "Hà Nội ©"},
		// VIQR types a tone after its vowel, so "yêụ" would be "ye^u."
		// and read back as "yêu." with a full stop.
		{vietnam.VIQR, "yêụ"},
		{vietnam.EncodingUnknown, "Hà Nội"},
	} {
		_, err := tt.enc.Encode(tt.s)
		fmt.Println(err)
	}
	// Output:
	// vietnam: TCVN3 cannot encode '©' at byte 10 of "Hà Nội ©"
	// vietnam: VIQR cannot encode 'ụ' at byte 3 of "yêụ"
	// vietnam: cannot encode "Hà Nội" in unknown
}

func ExampleDateError() {
	// A roster row's date: report the text and the reason, and branch on
	// the category.
	_, err := vietnam.ParseDate("30/2/2025")
	var de *vietnam.DateError
	if errors.As(err, &de) {
		fmt.Printf("input %q: %s (range error: %v)\n", de.Input, de.Reason, errors.Is(err, vietnam.ErrDateRange))
	}
	_, err = vietnam.ParseNumber("12,5,3")
	var ne *vietnam.NumberError
	fmt.Println(errors.As(err, &ne), errors.Is(err, vietnam.ErrNumberSyntax))
	// Output:
	// input "30/2/2025": day 30 out of range for 2/2025 (1–28) (range error: true)
	// true true
}

func ExampleDate_After() {
	deadline := vietnam.MustParseDate("15/8/2025")
	for _, s := range []string{"14/8/2025", "15/8/2025", "16/8/2025"} {
		fmt.Println(s, vietnam.MustParseDate(s).After(deadline))
	}
	// Output:
	// 14/8/2025 false
	// 15/8/2025 false
	// 16/8/2025 true
}

func ExampleDate_Day() {
	d := vietnam.MustParseDate("2/9/2025")
	fmt.Println(d.Day(), d.Month(), d.Year())
	fmt.Println(vietnam.Date{}.Day())
	// Output:
	// 2 September 2025
	// 0
}

func ExampleDate_Month() {
	d := vietnam.MustParseDate("ngày 30 tháng 4 năm 2025")
	fmt.Println(d.Month(), int(d.Month()))
	// Output: April 4
}

func ExampleDate_YearDay() {
	for _, s := range []string{"1/1/2025", "29/5/2025", "31/12/2024"} {
		fmt.Println(s, vietnam.MustParseDate(s).YearDay())
	}
	// Output:
	// 1/1/2025 1
	// 29/5/2025 149
	// 31/12/2024 366
}

func ExampleDate_End() {
	d := vietnam.MustParseDate("15/8/2025")
	fmt.Println(d.Start().Format(time.RFC3339), d.End().Format(time.RFC3339))
	fmt.Println(d.End().IsZero(), vietnam.Date{}.End().IsZero())
	// Output:
	// 2025-08-15T00:00:00+07:00 2025-08-16T00:00:00+07:00
	// false true
}

func ExampleDate_Equal() {
	a := vietnam.MustParseDate("02/09/2025")
	b := vietnam.MustParseDate("2025-09-02")
	fmt.Println(a.Equal(b), a == b)
	// Output: true true
}

func ExampleDate_ISO() {
	fmt.Println(vietnam.MustParseDate("ngày 29 tháng 5 năm 2025").ISO())
	fmt.Printf("%q\n", vietnam.Date{}.ISO())
	// Output:
	// 2025-05-29
	// ""
}

func ExampleDate_Long() {
	fmt.Println(vietnam.MustParseDate("29/5/2025").Long())
	fmt.Println(vietnam.MustDate(938, time.December, 1).Long()) // the Bạch Đằng victory's year keeps four digits
	// Output:
	// ngày 29 tháng 5 năm 2025
	// ngày 1 tháng 12 năm 0938
}

func ExampleDateError_Error() {
	for _, s := range []string{"31/6/2025", "29/5", "hôm qua"} {
		_, err := vietnam.ParseDate(s)
		fmt.Println(err)
	}
	// Output:
	// vietnam: date "31/6/2025": day 31 out of range for 6/2025 (1–30)
	// vietnam: date "29/5": no year given
	// vietnam: date "hôm qua": unexpected character 'h' at byte 0
}

func ExampleDateError_Unwrap() {
	_, err := vietnam.ParseDate("29/2/2025")
	var de *vietnam.DateError
	fmt.Println(errors.Is(err, vietnam.ErrDateRange), errors.As(err, &de), de.Reason)
	// Output: true true day 29 out of range for 2/2025 (1–28)
}

func ExampleEncoding_MarshalText() {
	b, err := json.Marshal(map[string]vietnam.Encoding{"danh_sach_2003.xls": vietnam.TCVN3})
	fmt.Println(string(b), err)
	// Output: {"danh_sach_2003.xls":"TCVN3"} <nil>
}

func ExampleEncoding_UnmarshalText() {
	for _, s := range []string{"vni", "TCVN3", "ABC", "cp1258", "VPS"} {
		var e vietnam.Encoding
		err := e.UnmarshalText([]byte(s))
		fmt.Println(s, e, err)
	}
	// Output:
	// vni VNI <nil>
	// TCVN3 TCVN3 <nil>
	// ABC TCVN3 <nil>
	// cp1258 Windows-1258 <nil>
	// VPS unknown vietnam: unknown encoding "VPS": unknown name
}

func ExampleInputMethod_String() {
	fmt.Println(vietnam.InputTelex, vietnam.InputVNI, vietnam.InputMethod(0))
	// Output: Telex VNI InputMethod(0)
}

func ExampleLang_String() {
	fmt.Println(vietnam.Vietnamese, vietnam.English, vietnam.Lang(7))
	// Output: vi en Lang(7)
}

func ExampleLang_MarshalText() {
	b, err := json.Marshal(struct {
		Lang vietnam.Lang `json:"lang"`
	}{vietnam.Vietnamese})
	fmt.Println(string(b), err)
	// Output: {"lang":"vi"} <nil>
}

func ExampleLang_UnmarshalText() {
	for _, s := range []string{"VI", "en", "fr"} {
		var l vietnam.Lang
		err := l.UnmarshalText([]byte(s))
		fmt.Println(s, l, err)
	}
	// Output:
	// VI vi <nil>
	// en en <nil>
	// fr vi vietnam: unknown language "fr": unknown name
}

func ExampleLang_Numbers() {
	for _, l := range []vietnam.Lang{vietnam.Vietnamese, vietnam.English} {
		c := l.Numbers()
		fmt.Println(l, c, c.FormatInt(52000), c.FormatPercent(decimal.RequireFromString("85.3")))
	}
	// Output:
	// vi vietnamese 52.000 85,3%
	// en english 52,000 85.3%
}

func ExampleNumberConvention_FormatPercent() {
	pct := decimal.RequireFromString("85.25")
	fmt.Println(vietnam.NumberVietnamese.FormatPercent(pct), vietnam.NumberEnglish.FormatPercent(pct), vietnam.NumberAuto.FormatPercent(pct))
	// Output: 85,25% 85.25% 85,25%
}

func ExampleNumberConvention_MarshalText() {
	b, err := vietnam.NumberEnglish.MarshalText()
	fmt.Println(string(b), err)
	// Output: english <nil>
}

func ExampleNumberConvention_UnmarshalText() {
	// A setting read from a province's config file.
	var c vietnam.NumberConvention
	fmt.Println(c.UnmarshalText([]byte("Vietnamese")), c)
	fmt.Println(c.UnmarshalText([]byte("vi")))
	// Output:
	// <nil> vietnamese
	// vietnam: unknown number convention "vi": unknown name
}

func ExampleNumberError_Error() {
	for _, s := range []string{"52,000", "1.60.000", "12a"} {
		_, err := vietnam.ParseNumber(s)
		fmt.Println(err)
	}
	// Output:
	// vietnam: number "52,000": 52,000 is 52 in Vietnamese and 52000 in English; give a convention
	// vietnam: number "1.60.000": digit group "60" of "1.60.000" must have 3 digits
	// vietnam: number "12a": unexpected "a" after the number
}

func ExampleNumberError_Unwrap() {
	_, err := vietnam.ParseNumber("52,000")
	fmt.Println(errors.Is(err, vietnam.ErrNumberAmbiguous), errors.Is(err, vietnam.ErrNumberSyntax))
	// Output: true false
}

func ExampleTone_String() {
	for _, r := range "Bình Dương Thái Nguyên" {
		if _, t := vietnam.SplitTone(r); t != vietnam.ToneLevel {
			fmt.Print(string(r), " ", t, "; ")
		}
	}
	fmt.Println(vietnam.Tone(6))
	// Output: ì huyền; á sắc; Tone(6)
}

func ExampleToneStyle_MarshalText() {
	b, err := json.Marshal(map[string]vietnam.ToneStyle{"ten_don_vi": vietnam.ToneClassic})
	fmt.Println(string(b), err)
	// Output: {"ten_don_vi":"classic"} <nil>
}

// A NumberError keeps the text and tells an ambiguous number from a
// malformed one.
func ExampleNumberError() {
	_, err := vietnam.ParseNumber("1.234,5,6")
	var ne *vietnam.NumberError
	if errors.As(err, &ne) {
		fmt.Println(ne.Input, errors.Is(err, vietnam.ErrNumberSyntax))
	}
	// Output: 1.234,5,6 true
}
