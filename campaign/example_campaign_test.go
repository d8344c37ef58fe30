package campaign_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// exampleCampaign is Bình Dương's summer campaign with one target.
func exampleCampaign() campaign.Campaign {
	peak, _ := campaign.Peak("15 ngày cao điểm", vietnam.MustDate(2025, time.July, 1), 15)
	return campaign.Campaign{
		ID:     "bdhvs-he-2025",
		Name:   "Bình dân học vụ số hè 2025",
		Owner:  "bd",
		Window: campaign.MustParseWindow("29/5/2025–15/8/2025"),
		Phases: []campaign.Phase{peak},
		Targets: []metrics.Target{
			{Indicator: "trained", Value: decimal.NewFromInt(52000)},
		},
	}
}

func ExampleCampaign_StatusAt() {
	c := exampleCampaign()
	for _, t := range []time.Time{
		time.Date(2025, time.May, 1, 9, 0, 0, 0, vietnam.Location()),
		time.Date(2025, time.August, 15, 16, 59, 0, 0, time.UTC), // 23:59 in Vietnam
		time.Date(2025, time.August, 15, 17, 0, 0, 0, time.UTC),  // 00:00 on 16/8
	} {
		s := c.StatusAt(t)
		fmt.Println(s, "·", s.VI())
	}
	// Output:
	// upcoming · Sắp diễn ra
	// running · Đang diễn ra
	// ended · Đã kết thúc
}

func ExampleCampaign_StatusOn() {
	c := exampleCampaign()
	fmt.Println(c.StatusOn(vietnam.MustDate(2025, time.August, 15)), c.StatusOn(vietnam.MustDate(2025, time.August, 16)))
	// Output: running ended
}

func ExampleCampaign_PhasesAt() {
	c := exampleCampaign()
	for p := range c.PhasesAt(time.Date(2025, time.July, 3, 8, 0, 0, 0, vietnam.Location())) {
		fmt.Println(p.Name, p.Window)
	}
	// Output: 15 ngày cao điểm 01/07/2025–15/07/2025
}

func ExampleCampaign_Validate() {
	c := exampleCampaign()
	c.Owner = ""
	c.Phases = append(c.Phases, campaign.Phase{Name: "Tháng Thanh niên", Window: campaign.YouthMonth.In(2025)})
	fmt.Println(c.Validate())
	// Output:
	// campaign: "bdhvs-he-2025": Owner: empty
	// campaign: phase 1 "Tháng Thanh niên": 01/03/2025–31/03/2025 is not inside 29/05/2025–15/08/2025
}

func ExampleCampaign_MetricsTargets() {
	c := exampleCampaign()
	// 60% of the target by the end of the 15-day peak.
	c.Targets[0].Schedule = metrics.Schedule{c.Phases[0].Milestone(decimal.RequireFromString("0.6"))}
	for _, t := range c.MetricsTargets() {
		fmt.Println(t.Indicator, t.Unit, t.Value, t.Window, t.Expected(vietnam.MustDate(2025, time.July, 15)))
	}
	// Output: trained bd 52000 29/05/2025–15/08/2025 31200
}

func ExampleWindow_Period() {
	p := campaign.MustParseWindow("29/5/2025–15/8/2025").Period()
	fmt.Println(p, p.Days())
	// Output: 29/05/2025–15/08/2025 79
}

func ExamplePhase_Milestone() {
	peak, _ := campaign.Peak("15 ngày cao điểm", vietnam.MustDate(2025, time.July, 1), 15)
	m := peak.Milestone(decimal.RequireFromString("0.6"))
	fmt.Println(m.Date, m.Share)
	// Output: 15/07/2025 0.6
}

func ExampleParseStatus() {
	for _, s := range []string{"running", "Đã kết thúc", "sap dien ra", "paused"} {
		st, err := campaign.ParseStatus(s)
		fmt.Println(st, err)
	}
	// Output:
	// running <nil>
	// ended <nil>
	// upcoming <nil>
	// unknown campaign: status "paused": not a campaign status
}

// A campaign that crosses the reform of 1/7/2025: the union of Bình Dương
// owned it on 29/5; on 15/8 its wards belong to Hồ Chí Minh City. The
// report is on the units in force on 15/8, and June's records of the old
// wards count in the new ones.
func ExampleCampaign_Report() {
	until, from := vietnam.MustDate(2025, time.June, 30), vietnam.MustDate(2025, time.July, 1)
	tree, _ := org.Build([]org.Unit{
		{ID: "tw", Name: "Trung ương Đoàn", Kind: org.KindCentralUnion},
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, Parent: "tw", ValidTo: until},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: until},
		{ID: "lt-old", Name: "Đoàn phường Lái Thiêu (cũ)", Kind: org.KindCommuneUnion, Parent: "ta", ValidTo: until},
		{ID: "hcm", Name: "Thành đoàn TP.HCM", Kind: org.KindProvinceUnion, Parent: "tw"},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "hcm", ValidFrom: from},
	})
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "trained", NameVI: "Đoàn viên được tập huấn", Unit: metrics.People, Aggregation: metrics.Sum})
	records := []metrics.Record{
		{Indicator: "trained", Unit: "lt-old", Date: vietnam.MustDate(2025, time.June, 10), Value: 21000},
		{Indicator: "trained", Unit: "lt", Date: vietnam.MustDate(2025, time.July, 20), Value: 30000},
	}
	// In a program, the mapping's New method from org.Migrate.
	successor := func(old org.ID) (org.ID, bool) {
		id, ok := map[org.ID]org.ID{"bd": "hcm", "ta": "hcm", "lt-old": "lt"}[old]
		return id, ok
	}
	c := exampleCampaign()
	for _, day := range []vietnam.Date{vietnam.MustDate(2025, time.June, 30), vietnam.MustDate(2025, time.August, 15)} {
		r, err := c.Report(day, campaign.Data{Tree: tree, Catalog: cat, Records: slices.Values(records), Successor: successor})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.AsOf, r.Status.VI(), r.Elapsed, r.Owner.Name)
		for _, row := range r.Table.Rows {
			fmt.Printf("  %-28s %6s", row.Unit.Name, row.Actual)
			if row.HasTarget {
				fmt.Printf(" / %s %s", row.Target.Value, row.Progress.Status)
			}
			fmt.Println()
		}
	}
	// Output:
	// 30/06/2025 Đang diễn ra 33/79 Tỉnh đoàn Bình Dương
	//   Tỉnh đoàn Bình Dương          21000 / 52000 on_track
	//   Thành đoàn Thuận An           21000
	//   Đoàn phường Lái Thiêu (cũ)    21000
	// 15/08/2025 Đang diễn ra 1 Thành đoàn TP.HCM
	//   Thành đoàn TP.HCM             51000 / 52000 on_track
	//   Đoàn phường Lái Thiêu         51000
}

func ExampleReport_Progress() {
	tree, _ := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "bd"},
	})
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "trained", Unit: metrics.People, Aggregation: metrics.Sum})
	records := []metrics.Record{{Indicator: "trained", Unit: "lt", Date: vietnam.MustDate(2025, time.June, 20), Value: 22380}}
	r, _ := exampleCampaign().Report(vietnam.MustDate(2025, time.July, 1), campaign.Data{Tree: tree, Catalog: cat, Records: slices.Values(records)})
	row, _ := r.Progress("bd", "trained")
	p := row.Progress
	fmt.Println(p.Status, p.Expected.Round(0), p.Achieved.Round(3), p.DaysLeft)
	// Output: on_track 22380 0.43 45
}
