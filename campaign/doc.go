// Package campaign describes when the movement's campaigns run and how far
// they have come: windows of whole days in Vietnam time, the phases inside
// them, periods that come back every year, working days, and campaigns with
// an owner, targets and a report over the owner's units.
//
// # Windows
//
// A Window is a span of civil days, both ends inclusive, read in Vietnam
// time (UTC+07:00, no daylight saving) whatever the caller's time zone.
// "29/5–15/8/2025" runs from 00:00 on 29 May to the end of 15 August in
// Vietnam: 79 days. Parse it in the forms announcements use:
//
//	29/5/2025 – 15/8/2025         từ ngày 29/5 đến hết ngày 15/8/2025
//	1-3 đến 1-6                   ngày 29 tháng 5 đến ngày 15 tháng 8 năm 2025
//	từ ngày 22/4/2025 (open)      2025-05-29/2025-08-15 (ISO 8601)
//	tháng 3/2025                  từ tháng 5 đến hết tháng 8 (whole months)
//
// with an en dash, an em dash or a hyphen, with or without tones, in any
// case. A text without years takes the caller's year:
//
//	w, err := campaign.ParseWindowInYear("từ ngày 29/5 đến hết ngày 15/8", 2025)
//	w.Days()            // 79
//	w.Contains(t)       // 15/8 23:59 in Vietnam: true; 16/8 00:00: false
//	w.Elapsed(t)        // exact share of the window gone: 34/79 at the end of 1/7
//	w.String()          // "29/05/2025–15/08/2025", which ParseWindow reads back
//
// A window whose end comes before its start in the same year is an error
// wrapping ErrWindowOrder unless the text says "năm sau" ("1/12 đến 28/2
// năm sau") or the caller sets WindowParser.AcrossYearEnd: a typo is far
// more common than a campaign over the new year, and the caller knows which
// it has. Years written out in the text are taken as written.
//
// Errors are *WindowError values that quote the input and give the byte
// position of the problem; errors.Is matches ErrWindowSyntax, ErrWindowOrder,
// ErrWindowNoYear, or vietnam.ErrDateRange for an impossible day (31/4).
//
// # Elapsed time without drift
//
// Elapsed returns a Fraction, an exact ratio in lowest terms, rather than a
// float64: the linear expectation of 52.000 over 79 days on day 34 is
// Fraction{34, 79}.Mul(52000, 0) = 22.380 with one rounding at the end.
// Fraction.Decimal and Fraction.Float64 convert for display.
//
// # Working days
//
// WorkingDays, WorkingDaysThrough and ElapsedWorking count only the days a
// Calendar says are working days, so pacing can skip Tết, holidays and
// weekends. The Calendar interface has one method, IsWorkingDay; the
// calendar of package vietnam/calendar satisfies it, and a caller can pass
// its own (a province's decreed days off, a volunteer team's seven-day week):
//
//	cal := calendar.New()                              // Mon–Fri, holidays, decrees
//	campaign.MustParseWindow("9/2/2026–27/2/2026").WorkingDays(cal) // 10: Tết off
//	w.ElapsedWorking(t, cal)                           // stands still over Tết
//
// # Phases and yearly periods
//
// A Phase is a named window inside a campaign's window: Peak("15 ngày cao
// điểm", 1/7, 15) runs 1/7–15/7. CheckPhases reports every phase that does
// not fit. Phases may overlap, since a peak sits inside a stage. A phase's
// Milestone turns "60% by the end of the peak" into a point of a metrics
// schedule.
//
// A Yearly is a period that comes back each year on the same days, and is
// a constant: YouthMonth (Tháng Thanh niên, March), SummerVolunteer,
// WinterSpringVolunteer (over the year end), DigitalTransformationDay
// (10 October). In(year) gives the occurrence that starts in a year, At the
// one containing a day, Next the current or next one:
//
//	campaign.YouthMonth.In(2026)                       // 01/03/2026–31/03/2026
//	campaign.WinterSpringVolunteer.At(15/1/2026)      // 01/12/2025–28/02/2026, true
//	campaign.ParseYearly("từ tháng 5 đến hết tháng 8") // a province's own period
//
// A period that starts or ends on 29 February uses 28 February in common
// years, so "until the end of February" stays the end of February.
//
// # Campaigns and reports
//
// A Campaign has an ID, a name, an owner unit of an org tree, a window,
// phases and metrics targets. Its status at an instant is StatusUpcoming,
// StatusRunning or StatusEnded (StatusUnknown without a window). Report
// computes, at the end of a day, the metrics progress of every target for
// every unit of the owner's subtree:
//
//	r, err := c.Report(asOf, campaign.Data{
//		Tree:    tree,
//		View:    campaign.AfterReform(mapping),       // from org.Migrate
//		Catalog: cat, Records: records,
//		Table:   metrics.ReportOptions{MaxDepth: 1}, // the owner and its children
//	})
//	r.Table.WriteText(os.Stdout, vietnam.Vietnamese)
//
// Report works in named steps: it resolves the view, places the owner and
// the targets on its units, rolls the records of the window up to the
// report date over them, tabulates progress and pacing through metrics,
// and places the day in the window.
//
// # Views across a reorganisation
//
// Data.View says which units the report is seen through, one choice for
// the tree's day and for how units no longer in force reach it:
//
//	campaign.View{}                  units in force on the report date
//	campaign.AfterReform(mapping)    units after the reform; old ones follow mapping.New
//	campaign.BeforeReform(mapping)   units of 30/6/2025; new ones go back by mapping.Old
//	campaign.Following(next)         units in force on the report date; old ones follow next
//	campaign.UnitsOn(day)            units in force on day, records naming them
//
// A campaign that crosses the reform of 1 July 2025, such as Bình Dương's
// 29/5–15/8/2025, seen AfterReform, reports on the units in force on the
// report date: records of units that no longer exist and the owner follow
// the mapping to the units that took them over; targets of merged communes
// add up on the new commune, and the shares of closed district unions are
// listed in Report.Retired. Records that cannot be placed are counted in
// Report.Skipped, never dropped silently.
//
// The province's old view goes on after the reform: seen BeforeReform, a
// report of 15/7/2025 is made on the pre-reform tree, with the records
// counted up to 15/7. Records of the new units go back through the
// mapping (org.Mapping.Old) to the lowest old union that holds all they
// came from, a ward formed within one district to that district's union,
// so the old view's total is the new view's plus what the new view could
// not place, and the district unions keep their targets:
//
//	old, err := c.Report(asOf, campaign.Data{
//		Tree: oldTree, View: campaign.BeforeReform(mapping),
//		Catalog: cat, Records: records,
//	})
//
// # Errors
//
// Every package of the module writes its errors one way: the message
// starts with the package's name and says what was read and where
// (as in the example below), and it wraps one of the package's sentinel
// errors (ErrStatus and
// the other Err… variables, short phrases without the package's name)
// with %w, so that errors.Is matches the kind and errors.As finds the
// error type when there is one, with its fields:
//
//	campaign: status "paused": want upcoming, running or ended: not a campaign status
//
// # Concurrency
//
// Windows, Fractions, Yearly periods and Statuses are immutable values;
// Campaign and Phase are plain structs that no function modifies. Every
// function is safe for concurrent use, and there is no package state to
// set.
package campaign
