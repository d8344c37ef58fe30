package campaign_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/calendar"
)

var (
	sinkWindow campaign.Window
	sinkBool   bool
	sinkFrac   campaign.Fraction
)

// run benchmarks op as the sub-benchmark name of b. The call through op
// costs the measured function and its baseline alike.
func run(b *testing.B, name string, op func()) {
	b.Run(name, func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			op()
		}
	})
}

var benchWindows = []struct{ name, in string }{
	{"short", "29/5–15/8"},
	{"years", "29/5/2025 – 15/8/2025"},
	{"words", "từ ngày 29/5 đến hết ngày 15/8"},
	{"hyphens", "1-3-1-6"},
}

func BenchmarkParseWindow(b *testing.B) {
	for _, bw := range benchWindows {
		run(b, bw.name, func() {
			sinkWindow, _ = campaign.ParseWindowInYear(bw.in, 2025)
		})
	}
}

// BenchmarkParseWindowBaseline is what a caller would write by hand for
// the one form they know: cut at the dash and read two dates. It reads
// only the "short" and "years" forms.
func BenchmarkParseWindowBaseline(b *testing.B) {
	for _, bw := range benchWindows[:2] {
		run(b, bw.name, func() {
			from, to, _ := strings.Cut(bw.in, "–")
			s, err1 := vietnam.ParseDateInYear(strings.TrimSpace(from), 2025)
			e, err2 := vietnam.ParseDateInYear(strings.TrimSpace(to), 2025)
			if err1 == nil && err2 == nil {
				sinkWindow, _ = campaign.NewWindow(s, e)
			}
		})
	}
}

func BenchmarkContains(b *testing.B) {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	at := time.Date(2025, time.August, 15, 16, 59, 0, 0, time.UTC)
	run(b, "Window.Contains", func() {
		sinkBool = w.Contains(at)
	})
	// The obvious alternatives: the date in Vietnam, then compare dates;
	// or compare instants built from the dates.
	run(b, "baseline/DateOf", func() {
		sinkBool = w.ContainsDate(vietnam.DateOf(at))
	})
	run(b, "baseline/instants", func() {
		sinkBool = !at.Before(w.Start().Start()) && at.Before(w.End().End())
	})
}

func BenchmarkElapsed(b *testing.B) {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	at := time.Date(2025, time.July, 1, 5, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkFrac = w.Elapsed(at)
	}
}

var sinkInt int

// BenchmarkWorkingDays counts the working days of the summer campaign with
// the calendar's range count, against asking it day by day.
func BenchmarkWorkingDays(b *testing.B) {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	cal := calendar.New()
	cal.WorkingDays(w.Start(), w.End()) // work the year out once, outside the loop
	run(b, "range", func() {
		sinkInt = w.WorkingDays(cal)
	})
	run(b, "baseline/dayByDay", func() {
		sinkInt = w.WorkingDays(dayByDay{cal})
	})
}

// BenchmarkReport reports on a campaign owned by the whole country's
// commune tree (34 provinces, 3.321 communes) with 100.000 records, against
// the metrics calls it makes, to show what the campaign layer adds.
func BenchmarkReport(b *testing.B) {
	tree, err := org.Mirror(admin.Current())
	if err != nil {
		b.Fatal(err)
	}
	root, err := org.Build(append([]org.Unit{{ID: "vn", Name: "Việt Nam", Kind: org.Kind("quoc_gia")}}, reparent(tree.Units(), "vn")...))
	if err != nil {
		b.Fatal(err)
	}
	start := vietnam.MustDate(2025, time.August, 1)
	records, cat := trained(root, org.KindCommune, func(i int) vietnam.Date { return start.AddDays(i % 60) })
	c := campaign.Campaign{
		ID: "bdhvs-2025", Name: "Bình dân học vụ số 2025", Owner: "vn",
		Window:  campaign.MustParseWindow("1/8/2025–30/9/2025"),
		Targets: []metrics.Target{{Indicator: "trained", Value: decimal.NewFromInt(1_000_000)}},
	}
	asOf := vietnam.MustDate(2025, time.September, 15)
	b.Run("Campaign.Report", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.Report(asOf, campaign.Data{Tree: root, Catalog: cat, Records: slices.Values(records)}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline/metrics", func(b *testing.B) {
		b.ReportAllocs()
		targets, _ := metrics.NewTargets(cat, c.MetricsTargets()...)
		for b.Loop() {
			r := metrics.Aggregate(root, cat, slices.Values(records), metrics.Options{Period: metrics.Period{From: c.Window.Start(), To: asOf}})
			if _, err := metrics.NewReport(r, targets, asOf, metrics.ReportOptions{Root: "vn"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// trained is 100.000 records of people trained, 1 to 5 each, spread
// over the units of kind k in tree, on the days day gives the i-th; and
// the catalog that defines them.
func trained(tree *org.Tree, k org.Kind, day func(i int) vietnam.Date) ([]metrics.Record, *metrics.Catalog) {
	var units []org.ID
	for _, u := range tree.Units() {
		if u.Kind == k {
			units = append(units, u.ID)
		}
	}
	records := make([]metrics.Record, 100_000)
	for i := range records {
		records[i] = metrics.Record{Indicator: "trained", Unit: units[i%len(units)], Date: day(i), Value: int64(i%5 + 1)}
	}
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "trained", Unit: metrics.People, Aggregation: metrics.Sum})
	return records, cat
}

// reparent hangs the roots of units under parent.
func reparent(units []org.Unit, parent org.ID) []org.Unit {
	for i := range units {
		if units[i].Parent == "" {
			units[i].Parent = parent
		}
	}
	return units
}

// BenchmarkReportOldView reports Bình Dương's campaign at 15/7/2025 with
// 100.000 July records of the new wards: on the pre-reform tree, each
// record sent back through Mapping.Old, against the new view on the
// migrated tree.
func BenchmarkReportOldView(b *testing.B) {
	binhDuong := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	eve, asOf := vietnam.MustDate(2025, time.June, 30), vietnam.MustDate(2025, time.July, 15)
	old, err := org.MirrorUnion(admin.At(eve), binhDuong)
	if err != nil {
		b.Fatal(err)
	}
	current, mapping, err := org.Migrate(old, org.MigrateOptions{SettleSplits: true})
	if err != nil {
		b.Fatal(err)
	}
	records, cat := trained(current, org.KindCommuneUnion, func(i int) vietnam.Date { return vietnam.MustDate(2025, time.July, 1+i%14) })
	c := campaign.Campaign{
		ID: "bdhvs-he-2025", Name: "Bình dân học vụ số hè 2025",
		Owner:  org.IDFor(org.KindProvinceUnion, binhDuong),
		Window: campaign.MustParseWindow("29/5/2025–15/8/2025"),
	}
	for _, v := range []struct {
		name string
		data campaign.Data
	}{
		{"BeforeReform", campaign.Data{Tree: old, View: campaign.BeforeReform(mapping), Catalog: cat}},
		{"baseline/AfterReform", campaign.Data{Tree: current, View: campaign.AfterReform(mapping), Catalog: cat}},
	} {
		b.Run(v.name, func(b *testing.B) {
			b.ReportAllocs()
			v.data.Records = slices.Values(records)
			for b.Loop() {
				if _, err := c.Report(asOf, v.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
