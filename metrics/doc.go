// Package metrics counts what a digital-skills program achieves and says how
// far each unit is from its targets: indicators, records, rollups over an
// org tree, targets with their pace, allocation of a total to sub-units, and
// reports in Vietnamese or English.
//
// It takes the aggregate model of DHIS2 (a value has a what, a where and a
// when; rates are computed from counts, never stored) and fixes the pain
// points its users report: targets are first-class, ratios keep their
// numerator and denominator, zero is not "no data", records of units closed
// by a reorganisation are carried to their successors, and nothing is
// dropped without being counted somewhere.
//
// # Indicators
//
// An Indicator has a code, names in Vietnamese and English, a CountUnit
// ("người", "lượt", "tài khoản", "lớp", "%") and an Aggregation that decides
// how values combine over time and over the tree:
//
//	Sum       people trained, visits, accounts: added up
//	Distinct  people helped: a person seen in two communes counts once at the province
//	Ratio     Numerator / Denominator × Factor, recomputed from the sums at every unit
//	Latest    a stock (members, population): each unit's latest value, added up
//	Max       the largest value
//
// "lượt" and "người" of the same events are two indicators, a Sum and a
// Distinct. NewCatalog checks a list of indicators and resolves ratios.
//
// # Records and rollups
//
// A Record is one observation: indicator, org unit, date (or a period with
// End), a whole-number value and, for Distinct, a subject ID. An Aggregator
// reads them one at a time, from an iter.Seq or a loop, and keeps only what
// the rollup needs, so ten million records take memory in proportion to
// units and distinct subjects, not to records:
//
//	a := metrics.NewAggregator(tree, cat, metrics.Options{
//		Period:    metrics.Period{From: start, To: asOf},
//		Successor: mapping.New, // org.Migrate's old → new IDs
//	})
//	a.AddAll(records)
//	r := a.Rollup()
//	v, _ := r.Value("bd", "people") // Bình Dương's whole subtree
//	if err := r.Skipped().Err(); err != nil { ... } // unknown units, bad dates
//
// Aggregators of the same tree, catalog and period Merge in any order and
// grouping, so shards can be read in parallel. A Value is missing when no
// record counted, which is not the same as a sum of zero; a ratio over a
// zero denominator is missing too, and keeps its parts.
//
// # Periods
//
// Reports come in rhythms: weekly during a campaign, monthly or quarterly
// after it, "6 tháng đầu năm" for the half-year review. A Period is a span
// of days; PeriodOn, NewPeriod and CampaignWeek build the reporting periods
// of DHIS2's period types (Daily, Weekly as ISO 8601 weeks beginning on
// Monday, Monthly, Quarterly, SixMonthly, Yearly) and week n of a campaign
// window. Each has a stable ID and labels in both languages:
//
//	2025-06-05   Ngày 05/06/2025         5 June 2025
//	2025W23      Tuần 23/2025            Week 23, 2025
//	2025-06      Tháng 6/2025            June 2025
//	2025Q1       Quý I/2025              Q1 2025
//	2025S1       6 tháng đầu năm 2025    H1 2025
//	2025         Năm 2025                Year 2025
//
// ParsePeriod reads IDs and labels as officers write them ("quý 1 năm
// 2025", "tháng 06/2025", "tuan 23 nam 2025"); Periods walks the periods
// of a type over a window. Week 1 of 2026 begins on 29/12/2025, and 2020
// has a week 53: the ISO year of a week is the year of its Thursday.
//
// # Series
//
// NewSeries rolls a stream up per period over a window (week by week of a
// campaign, month by month) and cumulatively, keeping the honesty rules: a
// person reached in weeks 1 and 3 counts in each of those weeks and once
// in the cumulative count. Series.Progress paces a target period by
// period; Series.Forecast projects it from the recent periods' rate. No
// projection goes below 0, none of a percentage target above 100%, and a
// target past its window is complete or not achieved (StatusNotAchieved),
// never behind.
//
// # Completeness and timeliness
//
// The steering committee asks every week which units have not reported
// and which reported late. A DataSet (DHIS2's term) says which units owe a
// report for which periods and by when: every commune union weekly during
// 29/5–15/8/2025 by Friday 17:00 (Deadline{DaysAfterEnd: -2, Hour: 17}),
// every district union monthly by the 5th of the next month
// (Deadline{DaysAfterEnd: 5}). DataSet.Completeness reads Submissions
// (unit, period, time received) and gives each expected report a state
// (on time, late, overdue, not yet due), reporting rates per unit rolled
// up the tree (Completeness: actual / expected reports; Timeliness: on
// time / expected, DHIS2's "reporting rate on time"), and FollowUps, the
// units to call, worst first.
//
// # Record identity and subject keys
//
// A Record may carry an ID and a Source. An Aggregator counts a record
// with an ID once however often it arrives (a retried HTTP submission, a
// file imported twice); the same ID with other content is a
// *ConflictError naming both sources (Ingest), or a count in
// Skipped.Conflicts (Add). Merge refuses aggregators that both counted an
// ID (ErrOverlap): shard by ID.
//
// A Distinct indicator counts subjects, and a subject must not be a raw
// citizen ID. A Pseudonymizer keyed by the program's secret turns a CCCD
// or any dedupe key into a subject key, HMAC-SHA-256 truncated to 128
// bits ("s1:…"), so records, rollups, reports and exports hold no raw ID
// while the same person still counts once; Options.RequirePseudonyms makes
// an aggregation refuse anything else.
//
// # Targets and progress
//
// A Target is a count (Absolute: 52.000 members) or a Percentage of the
// unit's own denominator (80% of cadres), in decimal.Decimal, for one
// indicator at one unit over a window of inclusive civil dates. A target set
// at a province says nothing about its communes: Targets.For answers only
// for the unit it was set at. Evaluate gives a target's Progress at the end
// of a day:
//
//	achieved   actual / target
//	expected   target × elapsed share: 52.000 × 34/79 ≈ 22.380 through 1/7
//	           of 29/5–15/8/2025; a Schedule makes it piecewise ("60% by the
//	           end of the 15 peak days")
//	pace       actual / expected, classified by Bands into on track, at risk
//	           and behind (0,95 and 0,75 by default; no gaps, no overlaps)
//	remaining, required daily rate, run-rate projection to the deadline
//
// Every case has a defined result and no division by zero: before the
// window the status is not started and nothing is expected; a zero target
// is complete; after the deadline a target short of its value is behind and
// the whole remainder is due; a missing actual is "no data".
//
// # Allocation
//
// Allocate splits a whole total among sub-units by weight with the
// largest-remainder (Hamilton) method: parts are whole, sum exactly to the
// total, each is its quota rounded down or up, ties go to the larger weight
// and then to the earlier unit, and optional minimums and caps hold.
// 52.000 over 1200/950/430/310/110 gives 20.800/16.467/7.453/5.373/1.907.
// The method has the Alabama paradox (6/6/2 gives 4/4/2 of 10 but 5/5/1 of
// 11); Allocate's documentation says why it is still the right choice for
// headcounts. AllocateTarget keeps percentage targets whole: each unit keeps
// the percentage of its own denominator.
//
// # Reports
//
// NewReport builds a table of units × indicators with actual, target,
// share achieved, expected and status, in tree order; Sorted orders it by
// any column. WriteText aligns it for a terminal ("52.000", "85,3%",
// "Đúng tiến độ" in Vietnamese; "52,000", "85.3%", "On track" in English),
// WriteCSV writes plain numbers for spreadsheets, WriteJSON numbers in full
// precision with null for missing values. Numbers are formatted by package
// vietnam's NumberConvention.
//
// # Errors
//
// Every package of the module writes its errors one way: the message
// starts with the package's name and says what was read and where
// (as in the example below), and it wraps one of the package's sentinel
// errors (ErrSyntax and
// the other Err… variables, short phrases without the package's name)
// with %w, so that errors.Is matches the kind and errors.As finds the
// error type when there is one, with its fields:
//
//	metrics: aggregation "avg": want sum, distinct, ratio, latest or max: unknown name
//
// # Concurrency
//
// Catalog, Targets, Rollup, Series, Breakdown, Report, Completeness and
// Pseudonymizer are immutable once built and safe for concurrent use, as
// is every value type (Value, Period, Record, Target, Progress, Status…).
// An Aggregator belongs to one goroutine at a time; give each goroutine
// its own and Merge them. DataSet and Targets given as slices must not be
// written while they are read. The package has no global state.
package metrics
