package metrics

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in     string
		places int32
		vi, en string
	}{
		{"52000", 0, "52.000", "52,000"},
		{"200000", 0, "200.000", "200,000"},
		{"1600000", 0, "1.600.000", "1,600,000"},
		{"999", 0, "999", "999"},
		{"1000", 0, "1.000", "1,000"},
		{"22379.746", 0, "22.380", "22,380"},
		{"1234567.891", 1, "1.234.567,9", "1,234,567.9"},
		{"-1000", 0, "-1.000", "-1,000"},
		{"-0.04", 1, "0", "0"},
		{"0", 0, "0", "0"},
		{"85.30", 1, "85,3", "85.3"},
		{"0.25", 1, "0,3", "0.3"}, // half away from zero
	}
	for _, tt := range tests {
		d := decimal.RequireFromString(tt.in)
		assert.Equal(t, tt.vi, formatNumber(d, tt.places, vietnam.Vietnamese), tt.in)
		assert.Equal(t, tt.en, formatNumber(d, tt.places, vietnam.English), tt.in)
	}
	assert.Equal(t, "85,3%", formatPercent(decimal.RequireFromString("0.853"), vietnam.Vietnamese))
	assert.Equal(t, "40%", formatPercent(decimal.RequireFromString("0.4"), vietnam.Vietnamese))
	assert.Equal(t, "100%", formatPercent(decimal.NewFromInt(1), vietnam.English))
}

func TestI128(t *testing.T) {
	var a i128
	a.add(1 << 62)
	a.add(1 << 62)
	a.add(1 << 62)
	assert.Equal(t, "13835058055282163712", a.decimal().String())
	a.add(-(1 << 62))
	a.add(-(1 << 62))
	a.add(-(1 << 62))
	a.add(-7)
	assert.Equal(t, "-7", a.decimal().String())
	var b i128
	b.add(-(1 << 63))
	b.add(-(1 << 63))
	assert.Equal(t, "-18446744073709551616", b.decimal().String())
	b.addWide(i128{hi: 1}) // + 2^64
	assert.Equal(t, "0", b.decimal().String())
}

func TestInterner(t *testing.T) {
	in := newInterner()
	const n = 5000 // several growths past the first 1024 slots
	for round := range 2 {
		for i := range n {
			got := in.intern(fmt.Sprintf("s%d", i))
			assert.Equal(t, uint32(i), got, "round %d, string %d", round, i)
		}
	}
	assert.Len(t, in.names, n)
	assert.Equal(t, "s4999", in.names[4999])
	assert.Equal(t, uint32(n), in.intern(""), "the empty string is a string like any other")
}
