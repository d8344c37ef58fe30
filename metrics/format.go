package metrics

import (
	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/vietnam"
)

// formatNumber writes d rounded to at most places decimals (trailing zeros
// dropped) with the language's separators: "52.000" and "85,3" in
// Vietnamese, "52,000" and "85.3" in English.
func formatNumber(d decimal.Decimal, places int32, l vietnam.Lang) string {
	return l.Numbers().Format(d.Round(places))
}

// formatPercent writes a share (0.853) as a percentage with one decimal:
// "85,3%" in Vietnamese, "85.3%" in English, "40%" when whole.
func formatPercent(share decimal.Decimal, l vietnam.Lang) string {
	return l.Numbers().FormatPercent(share.Shift(2).Round(1))
}
