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
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// binhDuongSummer is Bình Dương's 2025 campaign on the real union tree of
// 30/6/2025 and the tree org.Migrate made of it, with 300 people trained
// in July in each unit of the new ward of Lái Thiêu, and a target of 5.000
// for the union of Thuận An, a district the reform closed.
func binhDuongSummer() (old, current *org.Tree, mapping *org.Mapping, c campaign.Campaign, data campaign.Data) {
	binhDuong := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	old, _ = org.MirrorUnion(admin.At(vietnam.MustDate(2025, time.June, 30)), binhDuong)
	current, mapping, _ = org.Migrate(old, org.MigrateOptions{SettleSplits: true})
	laiThieu := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "trained", Unit: metrics.People, Aggregation: metrics.Sum})
	var records []metrics.Record
	for u := range current.ForAdmin(laiThieu) {
		records = append(records, metrics.Record{Indicator: "trained", Unit: u.ID, Date: vietnam.MustDate(2025, time.July, 10), Value: 300})
	}
	thuanAn := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "725")
	c = campaign.Campaign{
		ID: "bdhvs-he-2025", Name: "Bình dân học vụ số hè 2025",
		Owner:   org.IDFor(org.KindProvinceUnion, binhDuong),
		Window:  campaign.MustParseWindow("29/5/2025–15/8/2025"),
		Targets: []metrics.Target{{Indicator: "trained", Unit: org.IDFor(org.KindDistrictUnion, thuanAn), Value: decimal.NewFromInt(5000)}},
	}
	data = campaign.Data{Catalog: cat, Records: slices.Values(records), Table: metrics.ReportOptions{MaxDepth: 1}}
	return old, current, mapping, c, data
}

// printReport prints the units of the report that have counted something.
func printReport(r *campaign.Report, err error) {
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.AsOf, "on the units of", r.TreeDate)
	for _, row := range r.Table.Rows {
		if !row.Actual.IsMissing() || row.HasTarget {
			fmt.Printf("  %s %s", row.Unit.Name, row.Actual)
			if row.HasTarget {
				fmt.Printf(" / %s", row.Target.Value)
			}
			fmt.Println()
		}
	}
	for _, t := range r.Retired {
		fmt.Println("  retired:", t.Unit, t.Value)
	}
}

// Bình Dương's campaign after the reform, on the units in force on
// 15/7/2025: July's records are the new ward's, and the share of the
// district union of Thuận An, which the reform closed, is retired.
func ExampleAfterReform() {
	_, current, mapping, c, data := binhDuongSummer()
	data.Tree, data.View = current, campaign.AfterReform(mapping)
	printReport(c.Report(vietnam.MustDate(2025, time.July, 15), data))
	// Output:
	// 15/07/2025 on the units of 15/07/2025
	//   Thành đoàn Thành phố Hồ Chí Minh 300
	//   Đoàn phường Lái Thiêu 300
	//   retired: huyen_doan@pre-2025:725 5000
}

// Bình Dương's old view of its campaign after the reform: the report of
// 15/7/2025 made on the real tree of 30/6/2025. July's records of the new
// ward go back to the old union that holds all it came from, and the
// district union keeps its target.
func ExampleBeforeReform() {
	old, _, mapping, c, data := binhDuongSummer()
	data.Tree, data.View = old, campaign.BeforeReform(mapping)
	printReport(c.Report(vietnam.MustDate(2025, time.July, 15), data))
	// Output:
	// 15/07/2025 on the units of 30/06/2025
	//   Tỉnh đoàn Bình Dương 300
	//   Thành đoàn Thuận An 300 / 5000
}

// A tree with history seen on the units of 30/6/2025 after the reform,
// with records that name those units.
func ExampleUnitsOn() {
	until := vietnam.MustDate(2025, time.June, 30)
	tree, _ := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, ValidTo: until},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: until},
		{ID: "hcm", Name: "Thành đoàn TP.HCM", Kind: org.KindProvinceUnion, ValidFrom: until.AddDays(1)},
	})
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "trained", Unit: metrics.People, Aggregation: metrics.Sum})
	records := []metrics.Record{{Indicator: "trained", Unit: "ta", Date: vietnam.MustDate(2025, time.July, 10), Value: 40}}
	c := campaign.Campaign{ID: "bdhvs-he-2025", Name: "Bình dân học vụ số hè 2025", Owner: "bd", Window: campaign.MustParseWindow("29/5/2025–15/8/2025")}
	asOf := vietnam.MustDate(2025, time.July, 15)
	printReport(c.Report(asOf, campaign.Data{Tree: tree, View: campaign.UnitsOn(until), Catalog: cat, Records: slices.Values(records)}))
	printReport(c.Report(asOf, campaign.Data{Tree: tree, Catalog: cat, Records: slices.Values(records)}))
	// Output:
	// 15/07/2025 on the units of 30/06/2025
	//   Tỉnh đoàn Bình Dương 40
	//   Thành đoàn Thuận An 40
	// campaign: "bdhvs-he-2025": Owner: "bd" has no unit in force on 15/07/2025
}
