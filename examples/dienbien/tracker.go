package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// tracker holds the figures of both programs at one date.
type tracker struct {
	example.Numbers
	asOf   vietnam.Date
	ai, mv campaign.Window
	before [2]int // districts and communes before 1/7/2025
	after  int    // communes from 1/7/2025
	course []competenceLine
	hours  float64
	intake *example.Intake
	// view names the units in force on asOf ("old" or "new"); rows are
	// their figures, one per unit and column, the AI campaign's classes
	// counted over its window and the movement's services over its own.
	view   string
	root   org.Unit
	rows   []metrics.Row
	cat    *metrics.Catalog
	target []metrics.Row
}

type competenceLine struct {
	code, name, level, lesson string
}

// track reads the roster (-roster) and counts both programs as of -date.
func track(o example.Options) (example.Report, error) {
	asOf, err := vietnam.ParseDate(o.AsOf)
	if err != nil {
		return nil, fmt.Errorf("-date: %w", err)
	}
	t := &tracker{Numbers: example.NumbersIn(o.Language()), asOf: asOf, view: "old"}
	if t.ai, err = aiCampaign.ParseWindow(); err != nil {
		return nil, err
	}
	if t.mv, err = movement.ParseWindow(); err != nil {
		return nil, err
	}
	if err := t.readCourse(); err != nil {
		return nil, err
	}
	w, err := example.NewWorld(province, merged, splitChoices)
	if err != nil {
		return nil, err
	}
	t.before[0], t.before[1], t.after = w.Sizes()
	data, err := roster.Open(o.Rosters[0], w.Codes(), max(1, o.Rows), t.ai)
	if err != nil {
		return nil, err
	}
	if t.intake, err = w.Read("roster", data, asOf.Year(), w.Unions[0]); err != nil {
		return nil, err
	}
	// The units in force on the report date: the districts before the
	// reform, the communes from it, where every row counts for the
	// commune its address names or its successor.
	tree, rootID := w.Old, w.Unions[0]
	if !asOf.Before(admin.Era2025.Start()) {
		t.view, tree, rootID = "new", w.Cur, w.NewUnion.ID
	}
	var records []metrics.Record
	for _, e := range t.intake.Entries {
		e.Learner.Unit = e.At.Old
		if t.view == "new" {
			e.Learner.Unit = e.At.Cur
		}
		for _, r := range t.intake.Importer.Records(e.Entry) {
			records = append(records, r.Record)
		}
	}
	cat, err := metrics.NewCatalog(indicators()...)
	if err != nil {
		return nil, err
	}
	t.cat = cat
	t.root, _ = tree.Unit(rootID)
	rollup := func(win campaign.Window) (*metrics.Rollup, error) {
		recs := records
		if asOf.Before(win.Start()) {
			recs = nil
		}
		r := metrics.Aggregate(tree, cat, slices.Values(recs), metrics.Options{Period: metrics.Period{From: win.Start(), To: asOf}})
		return r, r.Skipped().Err()
	}
	aiRollup, err := rollup(t.ai)
	if err != nil {
		return nil, err
	}
	mvRollup, err := rollup(t.mv)
	if err != nil {
		return nil, err
	}
	units := []org.Unit{t.root}
	for u := range tree.Children(rootID) {
		units = append(units, u)
	}
	t.rows = example.Grid(units, example.Indicators(cat, columns...), func(u org.ID, code metrics.Code) metrics.Value {
		src := mvRollup
		if slices.Index(columns, code) < 2 {
			src = aiRollup // the classes are the AI campaign's
		}
		v, _ := src.Value(u, code)
		return metrics.ValueOf(decimal.NewFromInt(v.Decimal().IntPart()))
	})
	for i := len(columns); i < len(t.rows); i++ {
		t.rows[i].Depth = 1
	}
	rep, err := movement.Report(mvRollup, rootID, nil, asOf, metrics.ReportOptions{Root: rootID, MaxDepth: 1, OnlyTargets: true})
	if err != nil {
		return nil, err
	}
	t.target = rep.Rows
	return t, nil
}

// readCourse checks the AI course against the framework and lists the
// competences it teaches with their names in the framework.
func (t *tracker) readCourse() error {
	fw := curriculum.TT02()
	if err := aiCourse.Validate(fw); err != nil {
		return fmt.Errorf("scenario: %w", err)
	}
	for i, ref := range aiCourse.Competences {
		c, _ := fw.Competence(ref.Competence)
		lvl, _ := fw.Level(strconv.Itoa(ref.Level))
		line := competenceLine{code: c.Code, name: c.Name.Label(t.Lang), level: lvl.Code}
		if i < len(aiCourse.Lessons) {
			line.lesson = aiCourse.Lessons[i].Title
		}
		t.course = append(t.course, line)
	}
	t.hours = aiCourse.Duration().Hours()
	return nil
}

// Sheet is the tracker as CSV: the table, the target on its row.
func (t *tracker) Sheet() example.Sheet {
	rows := slices.Clone(t.rows)
	for i, r := range rows {
		for _, tr := range t.target {
			if tr.Unit.ID == r.Unit.ID && tr.Indicator.Code == r.Indicator.Code {
				rows[i] = tr // with its target and progress
			}
		}
	}
	return example.Sheet{Imports: []*example.Intake{t.intake}, Views: []example.View{{Name: t.view, Rows: rows}}}
}

// WriteText writes the tracker for a terminal.
func (t *tracker) WriteText(w io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	pick := func(vi, en string) string { return example.Pick(t.Lang, vi, en) }
	line("%s · %s", strings.ToUpper(aiCampaign.Name(t.Lang)), strings.ToUpper(movement.Name(t.Lang)))
	line(pick("%s · số liệu đến hết ngày %s", "%s · figures to the end of %s"), t.root.Name, t.asOf)
	for _, p := range []struct {
		spec example.Campaign
		w    campaign.Window
	}{{aiCampaign, t.ai}, {movement, t.mv}} {
		line(pick("  %s: %s, %s, ngày %d/%d", "  %s: %s, %s, day %d of %d"), p.spec.Name(t.Lang), p.w, t.Status(campaign.Campaign{Window: p.w}.StatusOn(t.asOf)), p.w.DaysThrough(t.asOf), p.w.Days())
	}
	line("")
	fw := curriculum.TT02()
	area, _ := fw.Area(t.course[0].code)
	line(pick("Nội dung \"%s\" (%s giờ), theo miền %s \"%s\" của %s:", "Course \"%s\" (%s hours), on domain %s \"%s\" of %s:"),
		aiCourse.Title.Label(t.Lang), t.Format(decimal.NewFromFloat(t.hours)), area.Code, area.Name.Label(t.Lang), fw.Source)
	for _, c := range t.course {
		line("  %s %s (%s): %s", c.code, c.name, c.level, c.lesson)
	}
	reform := admin.Era2025.Start().String()
	line("")
	line(pick("Đơn vị hành chính: trước %s có %d huyện và %d xã/phường/thị trấn; từ %s có %d xã/phường.",
		"Administrative units: before %s, %d districts and %d communes; from %s, %d communes."), reform, t.before[0], t.before[1], reform, t.after)
	in := t.intake
	line(pick("Danh sách: %s dòng, nhận %s, loại %s, địa chỉ không xác định xã %s, đọc được thành nhiều xã %s, không ghi ngày %s.", "Roster: %s rows, %s accepted, %s rejected, %s addresses with no known commune, %s read as several communes, %s without a date."),
		t.Int(in.Report.Rows), t.Int(in.Report.Accepted), t.Int(len(in.Report.Rejected)), t.Int(in.NotFound), t.Int(in.Ambiguous), t.Int(in.NoDate))
	for _, r := range t.target {
		line(pick("Chỉ tiêu %s: %s / %s (%s), cần có %s, %s, dự báo %s.", "Target, %s: %s / %s (%s), due %s, %s, projected %s."), t.TargetArgs(r)...)
	}
	line("")
	if t.view == "old" {
		line(pick("THEO %d HUYỆN (trước %s)", "BY %d DISTRICTS (before %s)"), t.before[0], reform)
	} else {
		line(pick("THEO %d XÃ/PHƯỜNG (từ %s; số liệu trước đó chuyển theo đơn vị kế thừa)", "BY %d COMMUNES (from %s; earlier records follow their successor units)"), t.after, reform)
	}
	t.WriteByUnit(&b, t.rows, example.Indicators(t.cat, columns...), func(ind metrics.Indicator) string { return shortNames[ind.Code][t.Lang] })
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the tracker as JSON.
func (t *tracker) WriteJSON(w io.Writer) error {
	type row struct {
		example.JSONUnit
		Values []int64 `json:"values"`
	}
	type target struct {
		Indicator metrics.Code `json:"indicator"`
		Actual    int64        `json:"actual"`
		Target    string       `json:"target"`
		Status    string       `json:"status"`
	}
	out := struct {
		AsOf   vietnam.Date `json:"as_of"`
		Before [2]int       `json:"districts_and_communes_before"`
		After  int          `json:"communes_after"`
		Course []string     `json:"competences"`
		example.ImportCounts
		Columns []string `json:"columns"`
		Units   []row    `json:"units"`
		Targets []target `json:"targets"`
	}{AsOf: t.asOf, Before: t.before, After: t.after, ImportCounts: t.intake.Counts()}
	for _, c := range columns {
		out.Columns = append(out.Columns, string(c))
	}
	for i, r := range t.rows {
		if i%len(columns) == 0 {
			out.Units = append(out.Units, row{JSONUnit: example.JSONUnitOf(r.Unit)})
		}
		out.Units[len(out.Units)-1].Values = append(out.Units[len(out.Units)-1].Values, r.Actual.Decimal().IntPart())
	}
	for _, c := range t.course {
		out.Course = append(out.Course, c.code)
	}
	for _, r := range t.target {
		out.Targets = append(out.Targets, target{r.Indicator.Code, r.Actual.Decimal().IntPart(), r.Target.Value.String(), r.Progress.Status.String()})
	}
	return example.WriteJSON(w, out)
}
