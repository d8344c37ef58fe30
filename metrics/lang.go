package metrics

import "github.com/hocvuso/hocvuso/vietnam"

// Lang is the language of names, labels and number formats in reports:
// the module's one language type, vietnam.Lang. The zero Lang is
// Vietnamese.
type Lang = vietnam.Lang

const (
	Vietnamese = vietnam.Vietnamese // "52.000", "85,3%", "Đúng tiến độ"
	English    = vietnam.English    // "52,000", "85.3%", "On track"
)
