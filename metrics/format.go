package metrics

import (
	"strings"

	"github.com/shopspring/decimal"
)

// formatNumber writes d rounded to at most places decimals (trailing zeros
// dropped) with the language's separators: "52.000" and "85,3" in
// Vietnamese, "52,000" and "85.3" in English.
//
// Package vietnam has no number formatting yet; this small formatter covers
// what reports need and can give way to it later.
func formatNumber(d decimal.Decimal, places int32, l Lang) string {
	group, point := ".", ","
	if l == English {
		group, point = ",", "."
	}
	s := d.Round(places).String() // plain notation, '-' sign, '.' point, no trailing zeros
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := range len(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteByte(intPart[i])
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// formatPercent writes a share (0.853) as a percentage with one decimal:
// "85,3%" in Vietnamese, "85.3%" in English, "40%" when whole.
func formatPercent(share decimal.Decimal, l Lang) string {
	return formatNumber(share.Shift(2), 1, l) + "%"
}
