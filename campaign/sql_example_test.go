package campaign_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/campaign"
)

func ExampleWindow_Value() {
	v, _ := campaign.MustParseWindow("29/5/2025–15/8/2025").Value()
	fmt.Println(v)
	// Output: 2025-05-29/2025-08-15
}

func ExampleWindow_Scan() {
	var w campaign.Window
	_ = w.Scan("[2025-05-29,2025-08-16)") // a PostgreSQL daterange
	fmt.Println(w, w.Days(), "days")
	// Output: 29/05/2025–15/08/2025 79 days
}
