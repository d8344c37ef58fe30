package metrics

import "fmt"

// Lang is the language of names, labels and number formats in reports. The
// zero Lang is Vietnamese.
type Lang uint8

const (
	Vietnamese Lang = iota // "52.000", "85,3%", "Đúng tiến độ"
	English                // "52,000", "85.3%", "On track"
)

// String returns "vi" or "en", or "Lang(N)".
func (l Lang) String() string {
	switch l {
	case Vietnamese:
		return "vi"
	case English:
		return "en"
	}
	return fmt.Sprintf("Lang(%d)", uint8(l))
}
