package vietnam_test

import (
	"errors"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/hocvuso/hocvuso/vietnam"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in     string
		vi, en string
	}{
		{"0", "0", "0"},
		{"7", "7", "7"},
		{"999", "999", "999"},
		{"1000", "1.000", "1,000"},
		{"52000", "52.000", "52,000"},
		{"200000", "200.000", "200,000"},
		{"1600000", "1.600.000", "1,600,000"},
		{"-1234567.89", "-1.234.567,89", "-1,234,567.89"},
		{"40.5", "40,5", "40.5"},
		{"40.50", "40,5", "40.5"},
		{"0.125", "0,125", "0.125"},
		{"1000000000000", "1.000.000.000.000", "1,000,000,000,000"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := dec(tt.in)
			assert.Equal(t, tt.vi, vietnam.FormatNumber(d))
			assert.Equal(t, tt.vi, vietnam.NumberVietnamese.Format(d))
			assert.Equal(t, tt.vi, vietnam.NumberAuto.Format(d))
			assert.Equal(t, tt.en, vietnam.NumberEnglish.Format(d))
			// Round trip in each convention and in auto for the Vietnamese form.
			for _, c := range []vietnam.NumberConvention{vietnam.NumberVietnamese, vietnam.NumberEnglish} {
				back, err := c.Parse(c.Format(d))
				require.NoError(t, err)
				assert.True(t, d.Equal(back), "%v: %v", c, back)
			}
			back, err := vietnam.ParseNumber(tt.vi)
			if tt.in == "0.125" {
				// "0,125" is 0.125 in Vietnamese; in English a group may not start with 0.
				require.NoError(t, err)
			}
			if err == nil {
				assert.True(t, d.Equal(back), "auto: %v", back)
			}
		})
	}
}

// TestFormatIntAgreesWithXText checks integer grouping against
// golang.org/x/text's CLDR-driven printer.
func TestFormatIntAgreesWithXText(t *testing.T) {
	vi := message.NewPrinter(language.Vietnamese)
	en := message.NewPrinter(language.English)
	for _, n := range []int64{0, 5, 52, 999, 1000, 52000, 123456, 1600000, -98765432, math.MaxInt64, math.MinInt64 + 1} {
		assert.Equal(t, vi.Sprint(number.Decimal(n)), vietnam.FormatInt(n), "vi %d", n)
		assert.Equal(t, en.Sprint(number.Decimal(n)), vietnam.NumberEnglish.FormatInt(n), "en %d", n)
	}
	assert.Equal(t, "-9.223.372.036.854.775.808", vietnam.FormatInt(math.MinInt64))
}

func TestFormatPercent(t *testing.T) {
	assert.Equal(t, "40,5%", vietnam.FormatPercent(dec("40.5")))
	assert.Equal(t, "100%", vietnam.FormatPercent(dec("100")))
	assert.Equal(t, "70%", vietnam.NumberVietnamese.FormatPercent(dec("70")))
	assert.Equal(t, "40.5%", vietnam.NumberEnglish.FormatPercent(dec("40.5")))
	assert.Equal(t, "1.250%", vietnam.FormatPercent(dec("1250")))
}

func TestFormatCompact(t *testing.T) {
	tests := []struct {
		in     string
		vi, en string
	}{
		{"1600000", "1,6 triệu", "1.6 million"},
		{"200000", "200 nghìn", "200 thousand"},
		{"3200000000", "3,2 tỷ", "3.2 billion"},
		{"52000", "52 nghìn", "52 thousand"},
		{"500000", "500 nghìn", "500 thousand"},
		{"1000", "1 nghìn", "1 thousand"},
		{"1250", "1,3 nghìn", "1.3 thousand"}, // half away from zero
		{"999", "999", "999"},
		{"12.34", "12,3", "12.3"},
		{"999960", "1 triệu", "1 million"}, // 999,96 nghìn rounds up a scale
		{"999.96", "1 nghìn", "1 thousand"},
		{"1500000000000", "1,5 nghìn tỷ", "1.5 trillion"},
		{"2000000000000000", "2.000 nghìn tỷ", "2,000 trillion"},
		{"-1600000", "-1,6 triệu", "-1.6 million"},
		{"0", "0", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := dec(tt.in)
			assert.Equal(t, tt.vi, vietnam.FormatCompact(d))
			assert.Equal(t, tt.en, vietnam.NumberEnglish.FormatCompact(d))
			// The compact form parses back to the rounded value.
			for _, c := range []vietnam.NumberConvention{vietnam.NumberVietnamese, vietnam.NumberEnglish} {
				s := c.FormatCompact(d)
				back, err := c.Parse(s)
				require.NoError(t, err, s)
				again := c.FormatCompact(back)
				assert.Equal(t, s, again)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		conv vietnam.NumberConvention
		want string
	}{
		{"52.000", vietnam.NumberAuto, "52000"},
		{"1.600.000", vietnam.NumberAuto, "1600000"},
		{"40,5", vietnam.NumberAuto, "40.5"},
		{"40,5%", vietnam.NumberAuto, "40.5"},
		{"100%", vietnam.NumberAuto, "100"},
		{"1,6 triệu", vietnam.NumberAuto, "1600000"},
		{"1,6 trieu", vietnam.NumberAuto, "1600000"},
		{"1,6 TRIỆU", vietnam.NumberAuto, "1600000"},
		{"1,6\u00a0triệu", vietnam.NumberAuto, "1600000"},
		{"1,6tr", vietnam.NumberAuto, "1600000"},
		{"200 nghìn", vietnam.NumberAuto, "200000"},
		{"200 ngàn", vietnam.NumberAuto, "200000"},
		{"200k", vietnam.NumberAuto, "200000"},
		{"3,2 tỷ", vietnam.NumberAuto, "3200000000"},
		{"3,2 tỉ", vietnam.NumberAuto, "3200000000"},
		{"1,5 nghìn tỷ", vietnam.NumberAuto, "1500000000000"},
		{"1.234.567,89", vietnam.NumberAuto, "1234567.89"},
		{"1,234,567.89", vietnam.NumberAuto, "1234567.89"},
		{"1,234,567", vietnam.NumberAuto, "1234567"},
		{"1.5", vietnam.NumberAuto, "1.5"},
		{"1.6 million", vietnam.NumberAuto, "1600000"},
		{"0,500", vietnam.NumberAuto, "0.5"},
		{"52000", vietnam.NumberAuto, "52000"},
		{" -52.000 ", vietnam.NumberAuto, "-52000"},
		{"−1,5", vietnam.NumberAuto, "-1.5"},
		{"+7", vietnam.NumberAuto, "7"},
		{"52.000đ", vietnam.NumberAuto, "52000"},
		{"52.000 ₫", vietnam.NumberAuto, "52000"},
		{"52.000₫", vietnam.NumberAuto, "52000"},
		{"1.234.567 VND", vietnam.NumberAuto, "1234567"},
		{"1.234.567 VNĐ", vietnam.NumberAuto, "1234567"},
		{"1,6 triệu đồng", vietnam.NumberAuto, "1600000"},
		{"200k đ", vietnam.NumberAuto, "200000"},
		// CLDR's Vietnamese (48, as ICU 78 prints VND with the currency's
		// name, symbol or code): "1.600.000 đồng Việt Nam", "1.600.000 ₫",
		// "1.600.000 VND", with a no-break space.
		{"1.600.000 đồng Việt Nam", vietnam.NumberAuto, "1600000"},
		{"-52.001 đồng Việt Nam", vietnam.NumberAuto, "-52001"},
		{"1,6 triệu đồng Việt Nam", vietnam.NumberAuto, "1600000"},
		{"1.600.000\u00a0₫", vietnam.NumberAuto, "1600000"},
		{"1.600.000\u00a0VND", vietnam.NumberAuto, "1600000"},
		{"52,000", vietnam.NumberEnglish, "52000"},
		{"52,000", vietnam.NumberVietnamese, "52"},
		{"52.000", vietnam.NumberEnglish, "52"},
		{"1.6 million", vietnam.NumberEnglish, "1600000"},
		{"1,6 triệu", vietnam.NumberVietnamese, "1600000"},
	}
	for _, tt := range tests {
		t.Run(tt.conv.String()+" "+tt.in, func(t *testing.T) {
			got, err := tt.conv.Parse(tt.in)
			require.NoError(t, err)
			assert.True(t, dec(tt.want).Equal(got), "got %v", got)
		})
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in   string
		conv vietnam.NumberConvention
		err  error
		want string
	}{
		{"52,000", vietnam.NumberAuto, vietnam.ErrNumberAmbiguous,
			`vietnam: number "52,000": 52,000 is 52 in Vietnamese and 52000 in English; give a convention`},
		{"1,234 triệu", vietnam.NumberAuto, vietnam.ErrNumberAmbiguous,
			`vietnam: number "1,234 triệu": 1,234 is 1.234 in Vietnamese and 1234 in English; give a convention`},
		{"", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "": empty`},
		{"abc", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "abc": expected a digit, found "a"`},
		{"12 quả", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "12 quả": unexpected "quả" after the number`},
		{"1.23.456", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "1.23.456": digit group "23" of "1.23.456" must have 3 digits`},
		{"1234.567,5", vietnam.NumberVietnamese, vietnam.ErrNumberSyntax,
			`vietnam: number "1234.567,5": first digit group "1234" of "1234.567,5" must have 1 to 3 digits and no leading zero`},
		{"1,5,5", vietnam.NumberVietnamese, vietnam.ErrNumberSyntax, `vietnam: number "1,5,5": unexpected ',' after the decimal mark in "1,5,5"`},
		{"5,", vietnam.NumberVietnamese, vietnam.ErrNumberSyntax, `vietnam: number "5,": no digits after the decimal mark ',' in "5,"`},
		{",5", vietnam.NumberVietnamese, vietnam.ErrNumberSyntax, `vietnam: number ",5": no digits before ','`},
		{"1.5", vietnam.NumberVietnamese, vietnam.ErrNumberSyntax, `vietnam: number "1.5": digit group "5" of "1.5" must have 3 digits`},
		{"--5", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "--5": expected a digit, found "-"`},
		{"5 đô", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "5 đô": unexpected "đô" after the number`},
		// Another currency is not dropped: ICU's "1.600.000,00 US$".
		{"1.600.000,00 US$", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "1.600.000,00 US$": unexpected "US$" after the number`},
		{"5 đồng Lào", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "5 đồng Lào": unexpected "đồng Lào" after the number`},
		{"5 %%", vietnam.NumberAuto, vietnam.ErrNumberSyntax, `vietnam: number "5 %%": unexpected "%%" after the number`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := tt.conv.Parse(tt.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.err)
			assert.EqualError(t, err, tt.want)
			var ne *vietnam.NumberError
			require.True(t, errors.As(err, &ne))
		})
	}
}

func TestNumberConventionString(t *testing.T) {
	assert.Equal(t, "auto", vietnam.NumberAuto.String())
	assert.Equal(t, "vietnamese", vietnam.NumberVietnamese.String())
	assert.Equal(t, "english", vietnam.NumberEnglish.String())
	assert.Equal(t, "NumberConvention(7)", vietnam.NumberConvention(7).String())
	assert.Equal(t, "1.000", vietnam.NumberConvention(7).FormatInt(1000), "unknown values format as Vietnamese")
}
