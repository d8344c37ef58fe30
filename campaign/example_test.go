package campaign_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/calendar"
)

func ExampleParseWindow() {
	for _, s := range []string{
		"29/5/2025 – 15/8/2025",
		"từ ngày 29/5 đến hết ngày 15/8/2025",
		"1-3-2025 đến 1-6-2025",
		"từ ngày 22/4/2025",
		"10/10/2025",
		"2025-05-29/2025-08-15",
	} {
		w, err := campaign.ParseWindow(s)
		fmt.Printf("%-36q %-22s %d days, err=%v\n", s, w, w.Days(), err)
	}
	_, err := campaign.ParseWindow("29/5–15/8")
	fmt.Println(err)
	// Output:
	// "29/5/2025 – 15/8/2025"              29/05/2025–15/08/2025  79 days, err=<nil>
	// "từ ngày 29/5 đến hết ngày 15/8/2025" 29/05/2025–15/08/2025  79 days, err=<nil>
	// "1-3-2025 đến 1-6-2025"              01/03/2025–01/06/2025  93 days, err=<nil>
	// "từ ngày 22/4/2025"                  từ 22/04/2025          0 days, err=<nil>
	// "10/10/2025"                         10/10/2025             1 days, err=<nil>
	// "2025-05-29/2025-08-15"              29/05/2025–15/08/2025  79 days, err=<nil>
	// campaign: window "29/5–15/8": at byte 0: no year in the text and none given
}

func ExampleParseWindowInYear() {
	for _, s := range []string{"29/5–15/8", "tu ngay 1/3 den 1/6", "1-3 đến 1-6", "29/5-15/8"} {
		w, err := campaign.ParseWindowInYear(s, 2025)
		fmt.Println(w, w.Days(), err)
	}
	// Output:
	// 29/05/2025–15/08/2025 79 <nil>
	// 01/03/2025–01/06/2025 93 <nil>
	// 01/03/2025–01/06/2025 93 <nil>
	// 29/05/2025–15/08/2025 79 <nil>
}

func ExampleMustParseWindow() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	fmt.Println(w.Long())
	// Output: từ ngày 29/05/2025 đến hết ngày 15/08/2025
}

func ExampleWindowParser_Parse() {
	// A window over the year end is refused unless the text or the caller
	// says it spans the year end: "1/12–28/2" is more often a typo.
	_, err := campaign.WindowParser{Year: 2025}.Parse("1/12–28/2")
	fmt.Println(errors.Is(err, campaign.ErrWindowOrder))

	w, _ := campaign.WindowParser{Year: 2025, AcrossYearEnd: true}.Parse("1/12–28/2")
	fmt.Println(w, w.Days())

	w, _ = campaign.WindowParser{Year: 2025}.Parse("từ 1/12 đến 28/2 năm sau")
	fmt.Println(w)
	// Output:
	// true
	// 01/12/2025–28/02/2026 90
	// 01/12/2025–28/02/2026
}

func ExampleWindowError() {
	_, err := campaign.ParseWindowInYear("31/4–15/8", 2025)
	var we *campaign.WindowError
	if errors.As(err, &we) {
		fmt.Printf("at byte %d: %s\n", we.Pos, we.Reason)
	}
	fmt.Println(errors.Is(err, vietnam.ErrDateRange))
	// Output:
	// at byte 0: day 31 out of range for 4/2025 (1–30)
	// true
}

func ExampleNewWindow() {
	w, err := campaign.NewWindow(vietnam.MustDate(2025, time.May, 29), vietnam.MustDate(2025, time.August, 15))
	fmt.Println(w, err)
	open, _ := campaign.NewWindow(vietnam.MustDate(2025, time.April, 22), vietnam.Date{})
	fmt.Println(open, open.IsOpen())
	_, err = campaign.NewWindow(vietnam.MustDate(2025, time.August, 15), vietnam.MustDate(2025, time.May, 29))
	fmt.Println(err)
	// Output:
	// 29/05/2025–15/08/2025 <nil>
	// từ 22/04/2025 true
	// campaign: window "15/08/2025–29/05/2025": ends before it starts
}

func ExampleMustWindow() {
	w := campaign.MustWindow(vietnam.MustDate(2025, time.March, 1), vietnam.MustDate(2025, time.June, 1))
	fmt.Println(w.Days())
	// Output: 93
}

func ExampleWindowOfDays() {
	w, _ := campaign.WindowOfDays(vietnam.MustDate(2025, time.July, 1), 15)
	fmt.Println(w)
	// Output: 01/07/2025–15/07/2025
}

func ExampleWindow_Days() {
	fmt.Println(campaign.MustParseWindow("29/5/2025–15/8/2025").Days())
	fmt.Println(campaign.MustParseWindow("1/3/2025–1/6/2025").Days())
	fmt.Println(campaign.MustParseWindow("từ 22/4/2025").Days()) // open: no length
	// Output:
	// 79
	// 93
	// 0
}

func ExampleWindow_DaysThrough() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	fmt.Println(w.DaysThrough(vietnam.MustDate(2025, time.July, 1)))
	// Output: 34
}

func ExampleWindow_Contains() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	vn := vietnam.Location()
	fmt.Println(w.Contains(time.Date(2025, time.August, 15, 23, 59, 0, 0, vn)))
	fmt.Println(w.Contains(time.Date(2025, time.August, 16, 0, 0, 0, 0, vn)))
	// The same instants seen from UTC: 16:59 and 17:00 on 15/8.
	fmt.Println(w.Contains(time.Date(2025, time.August, 15, 16, 59, 0, 0, time.UTC)))
	fmt.Println(w.Contains(time.Date(2025, time.August, 15, 17, 0, 0, 0, time.UTC)))
	// Output:
	// true
	// false
	// true
	// false
}

func ExampleWindow_ContainsDate() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	fmt.Println(w.ContainsDate(vietnam.MustDate(2025, time.August, 15)), w.ContainsDate(vietnam.MustDate(2025, time.August, 16)))
	// Output: true false
}

func ExampleWindow_Elapsed() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	vn := vietnam.Location()
	for _, t := range []time.Time{
		time.Date(2025, time.May, 1, 0, 0, 0, 0, vn),
		time.Date(2025, time.July, 2, 0, 0, 0, 0, vn), // the end of 1/7: 34 days of 79
		time.Date(2025, time.July, 1, 12, 0, 0, 0, vn),
		time.Date(2025, time.September, 1, 0, 0, 0, 0, vn),
	} {
		f := w.Elapsed(t)
		fmt.Println(f, f.Decimal(4), f.Mul(decimal.NewFromInt(52000), 0))
	}
	// Output:
	// 0 0 0
	// 34/79 0.4304 22380
	// 67/158 0.4241 22051
	// 1 1 52000
}

// monToFri is a Calendar with Saturday and Sunday off; vietnam/calendar
// adds the public holidays and decreed days off.
type monToFri struct{}

func (monToFri) IsWorkingDay(d vietnam.Date) bool {
	return d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
}

func ExampleWindow_ElapsedWorking() {
	w := campaign.MustParseWindow("2/6/2025–15/6/2025") // two weeks from a Monday
	sat := time.Date(2025, time.June, 7, 12, 0, 0, 0, vietnam.Location())
	fmt.Println(w.Elapsed(sat), w.ElapsedWorking(sat, monToFri{}))
	// Output: 11/28 1/2
}

func ExampleWindow_WorkingDays() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	fmt.Println(w.WorkingDays(monToFri{}), w.WorkingDaysThrough(vietnam.MustDate(2025, time.June, 30), monToFri{}))
	// Output: 57 23
}

func ExampleWindow_WorkingDays_vietnamCalendar() {
	cal := calendar.New()
	w := campaign.MustParseWindow("9/2/2026–27/2/2026") // three weeks around Tết
	fmt.Println(w.Days(), w.WorkingDays(cal))
	// Output: 19 10
}

func ExampleWindow_Intersect() {
	summer := campaign.MustParseWindow("29/5/2025–15/8/2025")
	august := campaign.MustParseWindow("1/8/2025–31/8/2025")
	w, ok := summer.Intersect(august)
	fmt.Println(w, ok, summer.Overlaps(campaign.YouthMonth.In(2025)))
	// Output: 01/08/2025–15/08/2025 true false
}

func ExampleWindow_Covers() {
	summer := campaign.MustParseWindow("29/5/2025–15/8/2025")
	fmt.Println(summer.Covers(campaign.MustParseWindow("1/7/2025–15/7/2025")))
	fmt.Println(summer.Covers(campaign.MustParseWindow("1/8/2025–31/8/2025")))
	// Output:
	// true
	// false
}

func ExampleWindow_Dates() {
	for d := range campaign.MustParseWindow("30/12/2025–2/1/2026").Dates() {
		fmt.Println(d, d.Weekday())
	}
	// Output:
	// 30/12/2025 Tuesday
	// 31/12/2025 Wednesday
	// 01/01/2026 Thursday
	// 02/01/2026 Friday
}

func ExampleWindow_String() {
	fmt.Println(campaign.MustParseWindow("29/5/2025 - 15/8/2025").String())
	fmt.Println(campaign.MustParseWindow("từ ngày 22/4/2025").String())
	fmt.Println(campaign.MustParseWindow("ngày 10/10/2025").Long())
	// Output:
	// 29/05/2025–15/08/2025
	// từ 22/04/2025
	// ngày 10/10/2025
}

func ExampleWindow_MarshalText() {
	b, _ := json.Marshal(map[string]campaign.Window{
		"summer": campaign.MustParseWindow("29/5/2025–15/8/2025"),
		"open":   campaign.MustParseWindow("từ 22/4/2025"),
	})
	fmt.Println(string(b))
	var back map[string]campaign.Window
	_ = json.Unmarshal(b, &back)
	fmt.Println(back["summer"], back["open"])
	// Output:
	// {"open":"2025-04-22/..","summer":"2025-05-29/2025-08-15"}
	// 29/05/2025–15/08/2025 từ 22/04/2025
}

func ExampleWindow_StartTime() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	fmt.Println(w.StartTime().UTC(), "to", w.EndTime().UTC())
	// Output: 2025-05-28 17:00:00 +0000 UTC to 2025-08-15 17:00:00 +0000 UTC
}

func ExampleFraction() {
	f := campaign.Fraction{Num: 34, Den: 79}
	fmt.Println(f, f.Decimal(3), f.Float64() > 0.43, f.Rat())
	// Output: 34/79 0.43 true 34/79
}

func ExampleYearly() {
	fmt.Println(campaign.YouthMonth.In(2026))
	fmt.Println(campaign.WinterSpringVolunteer.In(2025), campaign.WinterSpringVolunteer.SpansYearEnd())
	fmt.Println(campaign.DigitalTransformationDay.In(2025).Long())
	// Output:
	// 01/03/2026–31/03/2026
	// 01/12/2025–28/02/2026 true
	// ngày 10/10/2025
}

func ExampleYearly_Next() {
	today := vietnam.MustDate(2026, time.April, 15)
	fmt.Println(campaign.YouthMonth.Next(today))
	w, ok := campaign.WinterSpringVolunteer.At(vietnam.MustDate(2026, time.January, 15))
	fmt.Println(w, ok)
	// Output:
	// 01/03/2027–31/03/2027
	// 01/12/2025–28/02/2026 true
}

func ExampleYearly_Occurrences() {
	for w := range campaign.DigitalTransformationDay.Occurrences(vietnam.MustDate(2025, time.November, 1)) {
		fmt.Println(w)
		if w.Start().Year() == 2027 {
			break
		}
	}
	// Output:
	// 10/10/2026
	// 10/10/2027
}

func ExampleNewYearly() {
	// Tiếp sức mùa thi around the June–July exams, as a province fixes it.
	y, err := campaign.NewYearly(15, time.June, 31, time.July)
	fmt.Println(y, y.In(2025).Days(), err)
	_, err = campaign.NewYearly(31, time.April, 1, time.May)
	fmt.Println(err)
	// Output:
	// 15/06–31/07 47 <nil>
	// campaign: window "31/4–1/5": no day 31/4 in any year
}

func ExamplePeak() {
	p, _ := campaign.Peak("15 ngày cao điểm", vietnam.MustDate(2025, time.July, 1), 15)
	fmt.Println(p.Name, p.Window)
	// Output: 15 ngày cao điểm 01/07/2025–15/07/2025
}

func ExampleCheckPhases() {
	summer := campaign.MustParseWindow("29/5/2025–15/8/2025")
	peak, _ := campaign.Peak("15 ngày cao điểm", vietnam.MustDate(2025, time.July, 1), 15)
	err := campaign.CheckPhases(summer, []campaign.Phase{
		peak,
		{Name: "Tháng Thanh niên", Window: campaign.YouthMonth.In(2025)},
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, campaign.ErrPhaseOutside))
	// Output:
	// campaign: phase 1 "Tháng Thanh niên": 01/03/2025–31/03/2025 is not inside 29/05/2025–15/08/2025
	// true
}

func ExamplePhasesAt() {
	phases := []campaign.Phase{
		{Name: "Ra quân", Window: campaign.MustParseWindow("29/5/2025–10/7/2025")},
		{Name: "15 ngày cao điểm", Window: campaign.MustParseWindow("1/7/2025–15/7/2025")},
	}
	for p := range campaign.PhasesAt(phases, time.Date(2025, time.July, 5, 9, 0, 0, 0, vietnam.Location())) {
		fmt.Println(p.Name)
	}
	// Output:
	// Ra quân
	// 15 ngày cao điểm
}

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
		fmt.Println(s, "·", s.Label(vietnam.Vietnamese))
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
	// unknown campaign: status "paused": want upcoming, running or ended: not a campaign status
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
	// In a program, view through campaign.AfterReform(mapping), with what
	// org.Migrate returned, instead.
	successor := func(old org.ID) (org.ID, bool) {
		id, ok := map[org.ID]org.ID{"bd": "hcm", "ta": "hcm", "lt-old": "lt"}[old]
		return id, ok
	}
	c := exampleCampaign()
	for _, day := range []vietnam.Date{vietnam.MustDate(2025, time.June, 30), vietnam.MustDate(2025, time.August, 15)} {
		r, err := c.Report(day, campaign.Data{Tree: tree, Catalog: cat, Records: slices.Values(records), View: campaign.Following(successor)})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.AsOf, r.Status.Label(vietnam.Vietnamese), r.Elapsed, r.Owner.Name)
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
	r := laiThieuReport(vietnam.MustDate(2025, time.June, 20), 22380, vietnam.MustDate(2025, time.July, 1))
	row, _ := r.Progress("bd", "trained")
	p := row.Progress
	fmt.Println(p.Status, p.Expected.Round(0), p.Achieved.Round(3), p.DaysLeft)
	// Output: on_track 22380 0.43 45
}

func ExampleFraction_Mul() {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	f := w.Elapsed(time.Date(2025, time.July, 2, 0, 0, 0, 0, vietnam.Location())) // the end of 1/7
	fmt.Println(f.Mul(decimal.NewFromInt(52000), 0), f.Mul(decimal.NewFromInt(200000), 2))
	// Output: 22380 86075.95
}

func ExampleYearly_In() {
	for year := 2025; year <= 2027; year++ {
		fmt.Println(campaign.WinterSpringVolunteer.In(year))
	}
	// Output:
	// 01/12/2025–28/02/2026
	// 01/12/2026–28/02/2027
	// 01/12/2027–29/02/2028
}

func ExampleYearly_At() {
	_, ok := campaign.YouthMonth.At(vietnam.MustDate(2026, time.April, 1))
	w, ok2 := campaign.YouthMonth.At(vietnam.MustDate(2026, time.March, 26))
	fmt.Println(ok, w, ok2)
	// Output: false 01/03/2026–31/03/2026 true
}

func ExampleMustYearly() {
	exams := campaign.MustYearly(15, time.June, 31, time.July) // Tiếp sức mùa thi
	fmt.Println(exams, exams.SpansYearEnd(), exams.IsZero())
	// Output: 15/06–31/07 false false
}

func ExampleWindow_IsOpen() {
	for _, w := range []campaign.Window{
		campaign.MustParseWindow("29/5/2025–15/8/2025"),
		campaign.MustParseWindow("từ ngày 22/4/2025"),
		{},
	} {
		fmt.Printf("%q open=%v zero=%v start=%q end=%q\n", w, w.IsOpen(), w.IsZero(), w.Start(), w.End())
	}
	// Output:
	// "29/05/2025–15/08/2025" open=false zero=false start="29/05/2025" end="15/08/2025"
	// "từ 22/04/2025" open=true zero=false start="22/04/2025" end=""
	// "" open=false zero=true start="" end=""
}

func ExampleWindow_Long() {
	fmt.Println(campaign.MustParseWindow("29/5/2025–15/8/2025").Long())
	fmt.Println(campaign.MustParseWindow("từ 22/4/2025").Long())
	// Output:
	// từ ngày 29/05/2025 đến hết ngày 15/08/2025
	// từ ngày 22/04/2025
}

func ExampleWindow_Overlaps() {
	summer := campaign.MustParseWindow("29/5/2025–15/8/2025")
	fmt.Println(summer.Overlaps(campaign.SummerVolunteer.In(2025)), summer.Overlaps(campaign.DigitalTransformationDay.In(2025)))
	// Output: true false
}

func ExampleWindow_UnmarshalText() {
	var w campaign.Window
	err := w.UnmarshalText([]byte("từ ngày 1/3/2026 đến hết ngày 31/3/2026"))
	fmt.Println(w, err)
	b, _ := w.MarshalText()
	fmt.Println(string(b))
	// Output:
	// 01/03/2026–31/03/2026 <nil>
	// 2026-03-01/2026-03-31
}

func ExampleWindow_WorkingDaysThrough() {
	w := campaign.MustParseWindow("9/2/2026–27/2/2026")
	cal := calendar.New()
	for _, d := range []vietnam.Date{vietnam.MustDate(2026, time.February, 13), vietnam.MustDate(2026, time.February, 22), vietnam.MustDate(2026, time.February, 23)} {
		fmt.Println(d, w.WorkingDaysThrough(d, cal))
	}
	// Output:
	// 13/02/2026 5
	// 22/02/2026 5
	// 23/02/2026 6
}

func ExampleStatus_Label() {
	for s := campaign.StatusUnknown; s <= campaign.StatusEnded; s++ {
		b, _ := s.MarshalText()
		fmt.Printf("%s %s %s\n", s, s.Label(vietnam.Vietnamese), b)
	}
	// Output:
	// unknown Không rõ unknown
	// upcoming Sắp diễn ra upcoming
	// running Đang diễn ra running
	// ended Đã kết thúc ended
}

func ExampleParseYearly() {
	for _, s := range []string{"tháng 3", "từ ngày 1/12 đến hết ngày 29/2", "10/10"} {
		y, _ := campaign.ParseYearly(s)
		fmt.Println(y, "→", y.In(2025))
	}
	_, err := campaign.ParseYearly("1/3/2025–31/3/2025")
	fmt.Println(err)
	// Output:
	// 01/03–31/03 → 01/03/2025–31/03/2025
	// 01/12–29/02 → 01/12/2025–28/02/2026
	// 10/10 → 10/10/2025
	// campaign: window "1/3/2025–31/3/2025": at byte 0: a yearly period has no year
}

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

// thuanAn is a union tree with history: Bình Dương's union and its
// district of Thuận An until 30/6/2025, the city's union from 1/7/2025,
// and 40 members trained in Thuận An, recorded on 10/7/2025 on the old
// unit.
func thuanAn() (campaign.Campaign, campaign.Data) {
	until := vietnam.MustDate(2025, time.June, 30)
	tree, _ := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, ValidTo: until},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: until},
		{ID: "hcm", Name: "Thành đoàn TP.HCM", Kind: org.KindProvinceUnion, ValidFrom: until.AddDays(1)},
	})
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "trained", Unit: metrics.People, Aggregation: metrics.Sum})
	records := []metrics.Record{{Indicator: "trained", Unit: "ta", Date: vietnam.MustDate(2025, time.July, 10), Value: 40}}
	c := campaign.Campaign{ID: "bdhvs-he-2025", Name: "Bình dân học vụ số hè 2025", Owner: "bd", Window: campaign.MustParseWindow("29/5/2025–15/8/2025")}
	return c, campaign.Data{Tree: tree, Catalog: cat, Records: slices.Values(records)}
}

// The tree of thuanAn seen on the units of 30/6/2025 after the reform,
// with records that name those units; seen on the units of the report
// date, the owner is gone.
func ExampleUnitsOn() {
	c, data := thuanAn()
	asOf := vietnam.MustDate(2025, time.July, 15)
	printReport(c.Report(asOf, data))
	data.View = campaign.UnitsOn(vietnam.MustDate(2025, time.June, 30))
	printReport(c.Report(asOf, data))
	// Output:
	// campaign: "bdhvs-he-2025": Owner: "bd" has no unit in force on 15/07/2025
	// 15/07/2025 on the units of 30/06/2025
	//   Tỉnh đoàn Bình Dương 40
	//   Thành đoàn Thuận An 40
}

// The tree of thuanAn seen on the units of the report date, with the
// province's successor written by hand: the city's union owns the
// campaign and counts the district's records.
func ExampleFollowing() {
	c, data := thuanAn()
	data.View = campaign.Following(func(old org.ID) (org.ID, bool) {
		return "hcm", old == "bd" || old == "ta"
	})
	printReport(c.Report(vietnam.MustDate(2025, time.July, 15), data))
	// Output:
	// 15/07/2025 on the units of 15/07/2025
	//   Thành đoàn TP.HCM 40
}

func ExampleWindow_Start() {
	w := campaign.MustParseWindow("từ ngày 29/5 đến hết ngày 15/8/2025")
	fmt.Println(w.Start(), w.End())
	open := campaign.MustParseWindow("từ ngày 22/4/2025")
	fmt.Printf("%s %q\n", open.Start(), open.End().String())
	// Output:
	// 29/05/2025 15/08/2025
	// 22/04/2025 ""
}

func ExampleWindow_End() {
	// Thái Nguyên's winter–spring campaign of 2025 ends in 2026.
	w := campaign.WinterSpringVolunteer.In(2025)
	fmt.Println(w.End(), w.End().Weekday())
	// Output: 28/02/2026 Saturday
}

func ExampleWindow_EndTime() {
	w := campaign.MustParseWindow("29/5/2025 – 15/8/2025")
	fmt.Println(w.StartTime().Format(time.RFC3339), w.EndTime().Format(time.RFC3339))
	fmt.Println(w.EndTime().UTC().Format(time.RFC3339)) // 00:00 on 16/8 in Vietnam
	// Output:
	// 2025-05-29T00:00:00+07:00 2025-08-16T00:00:00+07:00
	// 2025-08-15T17:00:00Z
}

func ExampleWindow_Equal() {
	a := campaign.MustParseWindow("29/5/2025 – 15/8/2025")
	b := campaign.MustWindow(vietnam.MustParseDate("29/05/2025"), vietnam.MustParseDate("15/08/2025"))
	fmt.Println(a.Equal(b), a.Equal(campaign.SummerVolunteer.In(2025)))
	// Output: true false
}

func ExampleWindow_IsZero() {
	var w campaign.Window
	fmt.Println(w.IsZero(), campaign.YouthMonth.In(2026).IsZero(), campaign.Yearly(0).In(2026).IsZero())
	// Output: true false true
}

func ExampleWindow_AppendText() {
	b := []byte("bdhvs-he-2025 ")
	b, err := campaign.MustParseWindow("29/5/2025 – 15/8/2025").AppendText(b)
	fmt.Println(string(b), err)
	// Output: bdhvs-he-2025 2025-05-29/2025-08-15 <nil>
}

func ExampleYearly_String() {
	for _, y := range []campaign.Yearly{campaign.YouthMonth, campaign.SummerVolunteer, campaign.WinterSpringVolunteer, campaign.DigitalTransformationDay} {
		fmt.Println(y)
	}
	fmt.Printf("%q\n", campaign.Yearly(0).String())
	// Output:
	// 01/03–31/03
	// 01/05–31/08
	// 01/12–29/02
	// 10/10
	// ""
}

func ExampleYearly_SpansYearEnd() {
	fmt.Println(campaign.WinterSpringVolunteer.SpansYearEnd(), campaign.SummerVolunteer.SpansYearEnd())
	// Output: true false
}

func ExampleYearly_IsZero() {
	var y campaign.Yearly
	fmt.Println(y.IsZero(), campaign.YouthMonth.IsZero())
	// Output: true false
}

func ExampleYearly_MarshalText() {
	b, err := json.Marshal(map[string]campaign.Yearly{"thang_thanh_nien": campaign.YouthMonth})
	fmt.Println(string(b), err)
	// Output: {"thang_thanh_nien":"01/03–31/03"} <nil>
}

func ExampleYearly_UnmarshalText() {
	var y campaign.Yearly
	err := json.Unmarshal([]byte(`"từ ngày 1/12 đến hết ngày 29/2"`), &y)
	fmt.Println(y == campaign.WinterSpringVolunteer, y, err)
	err = y.UnmarshalText([]byte("31/4–30/5"))
	fmt.Println(err)
	// Output:
	// true 01/12–29/02 <nil>
	// campaign: window "31/4–30/5": at byte 0: no day 31/4 in any year
}

func ExampleFraction_String() {
	w := campaign.MustParseWindow("29/5/2025 – 15/8/2025")
	for _, s := range []string{"20/5/2025", "1/7/2025", "15/8/2025"} {
		fmt.Println(s, w.Elapsed(vietnam.MustParseDate(s).End())) // at the end of the day
	}
	// Output:
	// 20/5/2025 0
	// 1/7/2025 34/79
	// 15/8/2025 1
}

func ExampleFraction_Decimal() {
	f := campaign.Fraction{Num: 34, Den: 79}
	fmt.Println(f.Decimal(4), f.Decimal(2).Shift(2))
	// Output: 0.4304 43
}

func ExampleFraction_Float64() {
	fmt.Printf("%.3f %.3f\n", campaign.Fraction{Num: 34, Den: 79}.Float64(), campaign.Fraction{}.Float64())
	// Output: 0.430 0.000
}

func ExampleFraction_IsZero() {
	w := campaign.MustParseWindow("29/5/2025 – 15/8/2025")
	fmt.Println(w.Elapsed(vietnam.MustParseDate("1/5/2025").End()).IsZero(), w.Elapsed(vietnam.MustParseDate("29/5/2025").End()).IsZero())
	// Output: true false
}

func ExampleFraction_Rat() {
	r := campaign.Fraction{Num: 34, Den: 79}.Rat()
	r.Mul(r, big.NewRat(52000, 1))
	fmt.Println(r.FloatString(3))
	// Output: 22379.747
}

func ExampleStatus_String() {
	for s := campaign.StatusUnknown; s <= campaign.StatusEnded+1; s++ {
		fmt.Println(s)
	}
	// Output:
	// unknown
	// upcoming
	// running
	// ended
	// Status(4)
}

func ExampleStatus_MarshalText() {
	c := campaign.Campaign{ID: "tn-he-2025", Window: campaign.MustParseWindow("1/6/2025 – 31/8/2025")}
	b, err := json.Marshal(map[string]campaign.Status{string(c.ID): c.StatusOn(vietnam.MustParseDate("1/7/2025"))})
	fmt.Println(string(b), err)
	// Output: {"tn-he-2025":"running"} <nil>
}

func ExampleStatus_UnmarshalText() {
	for _, s := range []string{"ended", "Sắp diễn ra", "dang dien ra", "tạm dừng"} {
		var st campaign.Status
		err := st.UnmarshalText([]byte(s))
		fmt.Println(s, "→", st, err)
	}
	// Output:
	// ended → ended <nil>
	// Sắp diễn ra → upcoming <nil>
	// dang dien ra → running <nil>
	// tạm dừng → unknown campaign: status "tạm dừng": want upcoming, running or ended: not a campaign status
}

func ExampleOutcome_String() {
	fmt.Println(campaign.OutcomeNone, campaign.OutcomeAchieved, campaign.OutcomeNotAchieved, campaign.Outcome(3))
	// Output: none achieved not_achieved Outcome(3)
}

func ExampleOutcome_MarshalText() {
	for _, o := range []campaign.Outcome{campaign.OutcomeAchieved, campaign.OutcomeNone} {
		b, err := o.MarshalText()
		fmt.Printf("%q %v\n", b, err)
	}
	// Output:
	// "achieved" <nil>
	// "" <nil>
}

func ExampleOutcome_UnmarshalText() {
	for _, s := range []string{"not_achieved", "Đạt", "không đạt", "vượt"} {
		var o campaign.Outcome
		err := o.UnmarshalText([]byte(s))
		fmt.Println(s, "→", o, err)
	}
	// Output:
	// not_achieved → not_achieved <nil>
	// Đạt → achieved <nil>
	// không đạt → not_achieved <nil>
	// vượt → none campaign: outcome "vượt": want achieved or not_achieved: not a campaign outcome
}

func ExampleError_Error() {
	c := campaign.Campaign{ID: "tn-he-2025", Name: "Bình dân học vụ số – hè 2025", Owner: "tn"}
	fmt.Println(c.Validate())
	// Output: campaign: "tn-he-2025": Window: no window
}

func ExampleError_Unwrap() {
	err := campaign.Campaign{ID: "tn-he-2025", Owner: "tn", Window: campaign.YouthMonth.In(2026)}.Validate()
	var ce *campaign.Error
	fmt.Println(errors.Is(err, campaign.ErrCampaign), errors.As(err, &ce), ce.Field)
	// Output: true true Name
}

func ExamplePhaseError_Error() {
	w := campaign.MustParseWindow("29/5/2025 – 15/8/2025")
	peak, _ := campaign.Peak("15 ngày cao điểm", vietnam.MustParseDate("10/8/2025"), 15)
	fmt.Println(campaign.CheckPhases(w, []campaign.Phase{peak}))
	// Output: campaign: phase 0 "15 ngày cao điểm": 10/08/2025–24/08/2025 is not inside 29/05/2025–15/08/2025
}

func ExamplePhaseError_Unwrap() {
	w := campaign.MustParseWindow("29/5/2025 – 15/8/2025")
	err := campaign.CheckPhases(w, []campaign.Phase{{Name: "", Window: campaign.MustParseWindow("1/6/2025 – 10/6/2025")}})
	var pe *campaign.PhaseError
	fmt.Println(errors.Is(err, campaign.ErrPhaseInvalid), errors.As(err, &pe), pe.Index, pe.Reason)
	// Output: true true 0 no name
}

func ExampleWindowError_Error() {
	for _, s := range []string{"15/8/2025 – 29/5/2025", "29/5 – 15/8", "29/5/2025 đến 31/6/2025"} {
		_, err := campaign.ParseWindow(s)
		fmt.Println(err)
	}
	// Output:
	// campaign: window "15/8/2025 – 29/5/2025": at byte 14: ends 29/05/2025, before it starts 15/08/2025
	// campaign: window "29/5 – 15/8": at byte 0: no year in the text and none given
	// campaign: window "29/5/2025 đến 31/6/2025": at byte 17: day 31 out of range for 6/2025 (1–30)
}

func ExampleWindowError_Unwrap() {
	_, err := campaign.ParseWindow("29/5 – 15/8")
	fmt.Println(errors.Is(err, campaign.ErrWindowNoYear))
	// Output: true
}
