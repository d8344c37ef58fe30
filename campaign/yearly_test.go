package campaign_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestYearlyConstants(t *testing.T) {
	tests := []struct {
		name  string
		got   campaign.Yearly
		want  campaign.Yearly
		str   string
		spans bool
	}{
		{"YouthMonth", campaign.YouthMonth, campaign.MustYearly(1, time.March, 31, time.March), "01/03–31/03", false},
		{"SummerVolunteer", campaign.SummerVolunteer, campaign.MustYearly(1, time.May, 31, time.August), "01/05–31/08", false},
		{"WinterSpringVolunteer", campaign.WinterSpringVolunteer, campaign.MustYearly(1, time.December, 29, time.February), "01/12–29/02", true},
		{"DigitalTransformationDay", campaign.DigitalTransformationDay, campaign.MustYearly(10, time.October, 10, time.October), "10/10", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
			assert.Equal(t, tt.str, tt.got.String())
			assert.Equal(t, tt.spans, tt.got.SpansYearEnd())
			assert.False(t, tt.got.IsZero())
		})
	}
}

func TestYearlyIn(t *testing.T) {
	tests := []struct {
		name string
		y    campaign.Yearly
		year int
		want campaign.Window
	}{
		{"Youth Month 2025", campaign.YouthMonth, 2025, win("1/3/2025", "31/3/2025")},
		{"Youth Month 2026", campaign.YouthMonth, 2026, win("1/3/2026", "31/3/2026")},
		{"summer 2025", campaign.SummerVolunteer, 2025, win("1/5/2025", "31/8/2025")},
		{"winter–spring over a common February", campaign.WinterSpringVolunteer, 2025, win("1/12/2025", "28/2/2026")},
		{"winter–spring over a leap February", campaign.WinterSpringVolunteer, 2027, win("1/12/2027", "29/2/2028")},
		{"digital transformation day", campaign.DigitalTransformationDay, 2025, win("10/10/2025", "10/10/2025")},
		{"starts on 29/2 in a common year", campaign.MustYearly(29, time.February, 10, time.March), 2025, win("28/2/2025", "10/3/2025")},
		{"starts on 29/2 in a leap year", campaign.MustYearly(29, time.February, 10, time.March), 2024, win("29/2/2024", "10/3/2024")},
		{"whole year", campaign.MustYearly(1, time.January, 31, time.December), 2025, win("1/1/2025", "31/12/2025")},
		{"year starting 1 March", campaign.MustYearly(1, time.March, 28, time.February), 2025, win("1/3/2025", "28/2/2026")},
		{"past the calendar", campaign.WinterSpringVolunteer, 9999, campaign.Window{}},
		{"year 0", campaign.YouthMonth, 0, campaign.Window{}},
		{"zero period", campaign.Yearly(0), 2025, campaign.Window{}},
		{"invalid period", campaign.Yearly(0xffffffff), 2025, campaign.Window{}},
		{"31 April by conversion", campaign.Yearly(4<<24 | 31<<16 | 5<<8 | 1), 2025, campaign.Window{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.y.In(tt.year)); diff != "" {
				t.Fatalf("In(%d) mismatch (-want +got):\n%s", tt.year, diff)
			}
		})
	}
	assert.Equal(t, 31, campaign.YouthMonth.In(2025).Days())
	assert.Equal(t, "", campaign.Yearly(0xffffffff).String())
	assert.False(t, campaign.Yearly(0xffffffff).SpansYearEnd())
	assert.True(t, campaign.Yearly(0).IsZero())
}

func TestYearlyAtNext(t *testing.T) {
	tests := []struct {
		name   string
		y      campaign.Yearly
		d      vietnam.Date
		at     campaign.Window
		atOK   bool
		next   campaign.Window
		starts []campaign.Window // the first three Occurrences
	}{
		{
			name: "inside Youth Month", y: campaign.YouthMonth, d: date("26/3/2026"),
			at: win("1/3/2026", "31/3/2026"), atOK: true, next: win("1/3/2026", "31/3/2026"),
			starts: []campaign.Window{win("1/3/2026", "31/3/2026"), win("1/3/2027", "31/3/2027"), win("1/3/2028", "31/3/2028")},
		},
		{
			name: "before Youth Month", y: campaign.YouthMonth, d: date("1/1/2026"),
			next: win("1/3/2026", "31/3/2026"),
		},
		{
			name: "after Youth Month", y: campaign.YouthMonth, d: date("15/4/2026"),
			next:   win("1/3/2027", "31/3/2027"),
			starts: []campaign.Window{win("1/3/2027", "31/3/2027"), win("1/3/2028", "31/3/2028"), win("1/3/2029", "31/3/2029")},
		},
		{
			name: "January inside last year's winter–spring", y: campaign.WinterSpringVolunteer, d: date("15/1/2026"),
			at: win("1/12/2025", "28/2/2026"), atOK: true, next: win("1/12/2025", "28/2/2026"),
		},
		{
			name: "December inside this year's winter–spring", y: campaign.WinterSpringVolunteer, d: date("31/12/2025"),
			at: win("1/12/2025", "28/2/2026"), atOK: true, next: win("1/12/2025", "28/2/2026"),
		},
		{
			name: "between winter–springs", y: campaign.WinterSpringVolunteer, d: date("1/3/2026"),
			next: win("1/12/2026", "28/2/2027"),
		},
		{
			name: "on the day", y: campaign.DigitalTransformationDay, d: date("10/10/2025"),
			at: win("10/10/2025", "10/10/2025"), atOK: true, next: win("10/10/2025", "10/10/2025"),
		},
		{
			name: "the day after", y: campaign.DigitalTransformationDay, d: date("11/10/2025"),
			next: win("10/10/2026", "10/10/2026"),
		},
		{
			name: "last occurrence of the calendar", y: campaign.YouthMonth, d: date("1/4/9999"),
		},
		{
			name: "zero date", y: campaign.YouthMonth, d: vietnam.Date{},
		},
		{
			name: "zero period", y: 0, d: date("1/4/2025"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at, ok := tt.y.At(tt.d)
			assert.Equal(t, tt.atOK, ok)
			if diff := cmp.Diff(tt.at, at); diff != "" {
				t.Fatalf("At mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.next, tt.y.Next(tt.d)); diff != "" {
				t.Fatalf("Next mismatch (-want +got):\n%s", diff)
			}
			if tt.starts != nil {
				var got []campaign.Window
				for w := range tt.y.Occurrences(tt.d) {
					got = append(got, w)
					if len(got) == len(tt.starts) {
						break
					}
				}
				if diff := cmp.Diff(tt.starts, got); diff != "" {
					t.Fatalf("Occurrences mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
	// The sequence ends with the calendar.
	n := 0
	for range campaign.YouthMonth.Occurrences(date("1/1/9990")) {
		n++
	}
	assert.Equal(t, 10, n)
}

func TestNewYearly(t *testing.T) {
	y, err := campaign.NewYearly(26, time.March, 26, time.March)
	require.NoError(t, err)
	assert.Equal(t, win("26/3/2026", "26/3/2026"), y.In(2026))

	tests := []struct {
		name     string
		fd       int
		fm       time.Month
		td       int
		tm       time.Month
		errorMsg string
	}{
		{"31 April", 31, time.April, 1, time.May, `campaign: window "31/4–1/5": no day 31/4 in any year`},
		{"30 February", 1, time.February, 30, time.February, `campaign: window "1/2–30/2": no day 30/2 in any year`},
		{"month 13", 1, 13, 1, time.May, `campaign: window "1/13–1/5": no day 1/13 in any year`},
		{"day 0", 0, time.May, 1, time.June, `campaign: window "0/5–1/6": no day 0/5 in any year`},
		{"month 0", 1, time.May, 1, 0, `campaign: window "1/5–1/0": no day 1/0 in any year`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := campaign.NewYearly(tt.fd, tt.fm, tt.td, tt.tm)
			assert.ErrorIs(t, err, campaign.ErrYearly)
			assert.EqualError(t, err, tt.errorMsg)
		})
	}
	assert.Panics(t, func() { campaign.MustYearly(31, time.April, 1, time.May) })
}

func TestParseYearly(t *testing.T) {
	tests := []struct {
		in   string
		want campaign.Yearly
	}{
		{"01/03–31/03", campaign.YouthMonth},
		{"1/3-31/3", campaign.YouthMonth},
		{"tháng 3", campaign.YouthMonth},
		{"Tháng Ba", 0}, // month names are not read: see the errors below
		{"từ tháng 5 đến hết tháng 8", campaign.SummerVolunteer},
		{"từ ngày 1/12 đến hết ngày 29/2", campaign.WinterSpringVolunteer},
		{"1/12 – 29/2 năm sau", campaign.WinterSpringVolunteer},
		{"từ tháng 12 đến hết tháng 2", campaign.WinterSpringVolunteer},
		{"10/10", campaign.DigitalTransformationDay},
		{"ngày 10 tháng 10", campaign.DigitalTransformationDay},
		{"29/2", campaign.MustYearly(29, time.February, 29, time.February)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := campaign.ParseYearly(tt.in)
			if tt.want == 0 {
				assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, got.String())
			back, err := campaign.ParseYearly(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back)
		})
	}
	errs := []struct {
		in  string
		err error
		pos int
		msg string
	}{
		{"1/3/2025–31/3/2025", campaign.ErrYearly, 0, `campaign: window "1/3/2025–31/3/2025": at byte 0: a yearly period has no year`},
		{"1/3–31/3/2025", campaign.ErrYearly, 6, ""},
		{"từ 1/3", campaign.ErrYearly, -1, `campaign: window "từ 1/3": a yearly period needs an end`},
		{"31/4–1/5", campaign.ErrYearly, 0, `campaign: window "31/4–1/5": at byte 0: no day 31/4 in any year`},
		{"1/4–30/2", campaign.ErrYearly, 6, ""},
		{"tháng 13", campaign.ErrYearly, 0, ""},
		{"", campaign.ErrWindowSyntax, -1, ""},
		{"1/3 @ 31/3", campaign.ErrWindowSyntax, 4, ""},
	}
	for _, tt := range errs {
		t.Run(tt.in, func(t *testing.T) {
			_, err := campaign.ParseYearly(tt.in)
			assert.ErrorIs(t, err, tt.err)
			var we *campaign.WindowError
			require.ErrorAs(t, err, &we)
			assert.Equal(t, tt.pos, we.Pos)
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
		})
	}
	_, err := campaign.ParseYearly(strings.Repeat("1", 300))
	assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
}

func TestYearlyText(t *testing.T) {
	type plan struct {
		Period campaign.Yearly `json:"period"`
		None   campaign.Yearly `json:"none"`
	}
	b, err := json.Marshal(plan{Period: campaign.WinterSpringVolunteer})
	require.NoError(t, err)
	assert.JSONEq(t, `{"period":"01/12–29/02","none":""}`, string(b))
	var back plan
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, plan{Period: campaign.WinterSpringVolunteer}, back)
	require.NoError(t, json.Unmarshal([]byte(`{"period":"tháng 3"}`), &back))
	assert.Equal(t, campaign.YouthMonth, back.Period)
	assert.Error(t, json.Unmarshal([]byte(`{"period":"31/4–1/5"}`), &back))
}
