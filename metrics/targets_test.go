package metrics_test

import (
	"encoding/json"
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTargets(t *testing.T) {
	cat := smallCatalog(t)
	w := metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}
	bd := metrics.Target{Indicator: "visits", Unit: "bd", Value: decimal.NewFromInt(52000), Window: w}
	share := metrics.Target{Indicator: "share", Unit: "bd", Kind: metrics.Percentage, Value: decimal.NewFromInt(80), Window: w}
	ts, err := metrics.NewTargets(cat, bd, share)
	require.NoError(t, err)
	assert.Equal(t, 2, ts.Len())
	got, ok := ts.For("visits", "bd")
	require.True(t, ok)
	assert.Equal(t, "52000", got.Value.String())
	_, ok = ts.For("visits", "tdm")
	assert.False(t, ok, "a parent's target is not invented for its children")
	_, ok = ts.For("people", "bd")
	assert.False(t, ok)
	var n int
	for range ts.All() {
		n++
	}
	assert.Equal(t, 2, n)

	tests := []struct {
		name string
		t    metrics.Target
		text string
	}{
		{"unknown indicator", metrics.Target{Indicator: "nope", Unit: "bd", Window: w}, `metrics: target "nope" at "bd": Indicator: not in the catalog`},
		{"no unit", metrics.Target{Indicator: "visits", Window: w}, `metrics: target "visits": Unit: no unit`},
		{"percentage of a sum", metrics.Target{Indicator: "visits", Unit: "lt", Kind: metrics.Percentage, Window: w},
			`metrics: target "visits" at "lt": Kind: a percentage target needs a ratio indicator, not sum`},
		{"count of a ratio", metrics.Target{Indicator: "share", Unit: "lt", Window: w},
			`metrics: target "share" at "lt": Kind: a ratio indicator takes a percentage target`},
		{"duplicate", bd, `metrics: target "visits" at "bd": Unit: second target for this indicator and unit (first is target 0)`},
		{"invalid", metrics.Target{Indicator: "visits", Unit: "lt"}, `metrics: target "visits" at "lt": Window: window …–… needs a start and a deadline`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := metrics.NewTargets(cat, bd, tt.t)
			assert.Nil(t, ts)
			require.ErrorIs(t, err, metrics.ErrTarget)
			assert.EqualError(t, err, tt.text)
		})
	}
}

func TestTargetJSON(t *testing.T) {
	tg := metrics.Target{Indicator: "share", Unit: "bd", Kind: metrics.Percentage, Value: decimal.NewFromInt(80),
		Window:   metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")},
		Schedule: metrics.Schedule{{Date: d("12/6/2025"), Share: dec("0.6")}}}
	b, err := json.Marshal(tg)
	require.NoError(t, err)
	assert.JSONEq(t, `{"indicator":"share","unit":"bd","kind":"percentage","value":"80",
		"window":"2025-05-29/2025-08-15","schedule":[{"date":"2025-06-12","share":"0.6"}]}`, string(b))
	var back metrics.Target
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tg.Window, back.Window)
	assert.Equal(t, tg.Kind, back.Kind)
	assert.True(t, tg.Value.Equal(back.Value))
	assert.True(t, tg.Schedule[0].Share.Equal(back.Schedule[0].Share))
	var old metrics.Target
	require.NoError(t, json.Unmarshal([]byte(`{"window":{"from":"2025-05-29","to":"2025-08-15"}}`), &old), "the object form of earlier versions reads")
	assert.Equal(t, tg.Window, old.Window)
	err = json.Unmarshal([]byte(`{"kind":"share"}`), &back)
	assert.ErrorIs(t, err, metrics.ErrSyntax)
	assert.ErrorContains(t, err, `metrics: target kind "share": want absolute or percentage`)

	ind := metrics.Indicator{Code: "smartca", NameVI: "Tài khoản SmartCA", Unit: metrics.Accounts, Aggregation: metrics.Sum}
	b, err = json.Marshal(ind)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"smartca","name_vi":"Tài khoản SmartCA","unit":"accounts","aggregation":"sum"}`, string(b))
	var ib metrics.Indicator
	require.NoError(t, json.Unmarshal(b, &ib))
	assert.Equal(t, ind, ib)
	require.NoError(t, json.Unmarshal([]byte(`{"unit":"tài khoản"}`), &ib))
	assert.Equal(t, metrics.Accounts, ib.Unit, "the Vietnamese word reads too")
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"unit":"cups"}`), &ib), metrics.ErrSyntax)
	_, err = metrics.CountUnit(42).MarshalText()
	assert.ErrorIs(t, err, metrics.ErrSyntax)
}
