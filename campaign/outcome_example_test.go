package campaign_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// laiThieuReport is exampleCampaign reported on asOf over the province
// union and one ward, which trained n members on day.
func laiThieuReport(day vietnam.Date, n int64, asOf vietnam.Date) *campaign.Report {
	tree, _ := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "bd"},
	})
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "trained", Unit: metrics.People, Aggregation: metrics.Sum})
	records := []metrics.Record{{Indicator: "trained", Unit: "lt", Date: day, Value: n}}
	r, _ := exampleCampaign().Report(asOf, campaign.Data{Tree: tree, Catalog: cat, Records: slices.Values(records)})
	return r
}

// endedReport is the summer campaign seen on 1/9/2025 with 50.000 of
// its 52.000 members trained.
func endedReport() *campaign.Report {
	return laiThieuReport(vietnam.MustDate(2025, time.August, 10), 50000, vietnam.MustDate(2025, time.September, 1))
}

func ExampleReport_Outcome() {
	r := endedReport()
	row, _ := r.Progress("bd", "trained")
	fmt.Println(r.Status, r.Outcome(), row.Progress.Status)
	// Output: ended not_achieved not_achieved
}

func ExampleReport_StatusLabel() {
	r := endedReport()
	fmt.Println(r.StatusLabel(vietnam.Vietnamese))
	fmt.Println(r.StatusLabel(vietnam.English))
	// Output:
	// Đã kết thúc: không đạt
	// Ended: not achieved
}

func ExampleOutcome_Label() {
	fmt.Println(campaign.OutcomeAchieved.Label(vietnam.Vietnamese), "/", campaign.OutcomeAchieved.Label(vietnam.English))
	// Output: Đạt / Achieved
}
