package metrics_test

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewCatalogErrors(t *testing.T) {
	sum := metrics.Indicator{Code: "trained", Aggregation: metrics.Sum}
	tests := []struct {
		name  string
		inds  []metrics.Indicator
		field string
		text  string
	}{
		{"empty code", []metrics.Indicator{{Aggregation: metrics.Sum}}, "Code",
			`metrics: indicator 0 "": Code: want 1 to 64 ASCII letters, digits, '.', '_' or '-'`},
		{"space in code", []metrics.Indicator{{Code: "a b", Aggregation: metrics.Sum}}, "Code",
			`metrics: indicator 0 "a b": Code: want 1 to 64 ASCII letters, digits, '.', '_' or '-'`},
		{"duplicate", []metrics.Indicator{sum, sum}, "Code", `metrics: indicator 1 "trained": Code: duplicate code`},
		{"no aggregation", []metrics.Indicator{{Code: "x"}}, "Aggregation", `metrics: indicator 0 "x": Aggregation: unknown aggregation 0`},
		{"bad unit", []metrics.Indicator{{Code: "x", Aggregation: metrics.Sum, Unit: 99}}, "Unit", `metrics: indicator 0 "x": Unit: unknown unit 99`},
		{"numerator on a sum", []metrics.Indicator{{Code: "x", Aggregation: metrics.Sum, Numerator: "y"}}, "Numerator",
			`metrics: indicator 0 "x": Numerator: only a ratio has a numerator and a denominator`},
		{"negative factor", []metrics.Indicator{sum, {Code: "r", Aggregation: metrics.Ratio, Numerator: "trained", Denominator: "trained", Factor: decimal.NewFromInt(-1)}}, "Factor",
			`metrics: indicator 1 "r": Factor: negative factor -1`},
		{"unknown numerator", []metrics.Indicator{sum, {Code: "r", Aggregation: metrics.Ratio, Numerator: "nope", Denominator: "trained"}}, "Numerator",
			`metrics: indicator 1 "r": Numerator: no indicator "nope" in the catalog`},
		{"ratio of ratio", []metrics.Indicator{sum, {Code: "m", Aggregation: metrics.Sum},
			{Code: "r", Aggregation: metrics.Ratio, Numerator: "trained", Denominator: "m"},
			{Code: "s", Aggregation: metrics.Ratio, Numerator: "r", Denominator: "m"}}, "Numerator",
			`metrics: indicator 3 "s": Numerator: "r" is itself a ratio`},
		{"same parts", []metrics.Indicator{sum, {Code: "r", Aggregation: metrics.Ratio, Numerator: "trained", Denominator: "trained"}}, "Denominator",
			`metrics: indicator 1 "r": Denominator: same indicator as the numerator`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := metrics.NewCatalog(tt.inds...)
			require.Error(t, err)
			assert.Nil(t, c)
			assert.ErrorIs(t, err, metrics.ErrIndicator)
			var ie *metrics.IndicatorError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.field, ie.Field)
			assert.Equal(t, tt.text, err.Error())
		})
	}
}

func TestCatalog(t *testing.T) {
	inds := []metrics.Indicator{
		{Code: "used", NameVI: "Thanh niên dùng DVC trực tuyến", Unit: metrics.People, Aggregation: metrics.Distinct},
		{Code: "youth", NameEN: "Youth", Unit: metrics.People, Aggregation: metrics.Latest},
		{Code: "share", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: "used", Denominator: "youth"},
	}
	c, err := metrics.NewCatalog(inds...)
	require.NoError(t, err)
	inds[0].Code = "changed" // the catalog keeps its own copy
	assert.Equal(t, 3, c.Len())
	var codes []metrics.Code
	for ind := range c.All() {
		codes = append(codes, ind.Code)
	}
	if d := cmp.Diff([]metrics.Code{"used", "youth", "share"}, codes); d != "" {
		t.Errorf("All (-want +got):\n%s", d)
	}
	got, ok := c.Indicator("used")
	require.True(t, ok)
	assert.Equal(t, "Thanh niên dùng DVC trực tuyến", got.Label(vietnam.English), "falls back to the other language")
	y, _ := c.Indicator("youth")
	assert.Equal(t, "Youth", y.Label(vietnam.Vietnamese))
	s, _ := c.Indicator("share")
	assert.Equal(t, "share", s.Label(vietnam.Vietnamese), "falls back to the code")
	_, ok = c.Indicator("changed")
	assert.False(t, ok)
}

// roundTrip checks that every value from first to last reads back from its
// String form through parse, and from its MarshalText form through
// UnmarshalText.
func roundTrip[T interface {
	~uint8
	fmt.Stringer
	encoding.TextMarshaler
}, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, first, last T, parse func(string) (T, error)) {
	t.Helper()
	for v := first; v <= last; v++ {
		got, err := parse(v.String())
		require.NoError(t, err)
		assert.Equal(t, v, got)
		text, err := v.MarshalText()
		require.NoError(t, err)
		var back T
		require.NoError(t, P(&back).UnmarshalText(text))
		assert.Equal(t, v, back)
	}
}

func TestEnums(t *testing.T) {
	roundTrip(t, metrics.Sum, metrics.Max, metrics.ParseAggregation)
	assert.Equal(t, "Aggregation(200)", metrics.Aggregation(200).String())
	_, err := metrics.ParseAggregation("unknown")
	assert.EqualError(t, err, `metrics: aggregation "unknown": want sum, distinct, ratio, latest or max: unknown name`)
	assert.ErrorIs(t, err, metrics.ErrSyntax)
	var a metrics.Aggregation
	assert.Error(t, a.UnmarshalText([]byte("avg")))

	assert.Equal(t, "tài khoản", metrics.Accounts.Label(vietnam.Vietnamese))
	assert.Equal(t, "accounts", metrics.Accounts.Label(vietnam.English))
	assert.Equal(t, "lượt", metrics.Visits.Label(vietnam.Vietnamese))
	assert.Equal(t, "CountUnit(99)", metrics.CountUnit(99).Label(vietnam.Vietnamese))
	assert.Equal(t, "CountUnit(99)", metrics.CountUnit(99).Label(vietnam.English))
	assert.Equal(t, "CountUnit(99)", metrics.CountUnit(99).String())
	// The zero unit prints as a word, as the other enums' zeros do, but a
	// report writes a count with no unit bare and JSON leaves it out.
	assert.Equal(t, "unknown", metrics.CountUnknown.String())
	assert.Equal(t, "", metrics.CountUnknown.Label(vietnam.Vietnamese))
	assert.Equal(t, "", metrics.CountUnknown.Label(vietnam.English))
	b, err := metrics.CountUnknown.MarshalText()
	assert.NoError(t, err)
	assert.Empty(t, b)

	roundTrip(t, metrics.StatusUnknown, metrics.StatusNotAchieved, metrics.ParseStatus)
	assert.Equal(t, "Status(42)", metrics.Status(42).String())
	assert.Equal(t, "Status(42)", metrics.Status(42).Label(vietnam.English))
	var s metrics.Status
	err = s.UnmarshalText([]byte("late"))
	assert.EqualError(t, err, `metrics: status "late": want not_started, no_data, on_track, at_risk, behind, complete or not_achieved: unknown name`)
	assert.ErrorIs(t, err, metrics.ErrSyntax)
	assert.Equal(t, "Có nguy cơ", metrics.StatusAtRisk.Label(vietnam.Vietnamese))
	assert.Equal(t, "Behind", metrics.StatusBehind.Label(vietnam.English))

	assert.Equal(t, "vi", vietnam.Vietnamese.String())
	assert.Equal(t, "en", vietnam.English.String())
	assert.Equal(t, "Lang(7)", vietnam.Lang(7).String())
	assert.Equal(t, "percentage", metrics.Percentage.String())
	assert.Equal(t, "TargetKind(9)", metrics.TargetKind(9).String())
}

func TestValue(t *testing.T) {
	var zero metrics.Value
	assert.True(t, zero.IsMissing())
	assert.True(t, zero.Decimal().IsZero())
	assert.Equal(t, "", zero.String())

	v := metrics.ValueOf(decimal.Zero)
	assert.False(t, v.IsMissing(), "zero is not missing")
	assert.Equal(t, "0", v.String())
	_, _, ok := v.Ratio()
	assert.False(t, ok)

	r := metrics.RatioOf(decimal.NewFromInt(1), decimal.NewFromInt(3), decimal.NewFromInt(100))
	assert.Equal(t, "33.3333333333", r.String())
	num, den, ok := r.Ratio()
	require.True(t, ok)
	assert.Equal(t, "1/3", num.String()+"/"+den.String())

	u := metrics.RatioOf(decimal.NewFromInt(5), decimal.Zero, decimal.NewFromInt(100))
	assert.True(t, u.IsMissing(), "a ratio over zero is missing, not infinite")
	assert.True(t, u.Decimal().IsZero())
	num, _, ok = u.Ratio()
	assert.True(t, ok)
	assert.Equal(t, "5", num.String())
	assert.True(t, r.Equal(metrics.RatioOf(decimal.NewFromInt(1), decimal.NewFromInt(3), decimal.NewFromInt(100))))
	assert.False(t, r.Equal(u))
}
