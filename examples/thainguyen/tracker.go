package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// tracker holds the program's figures on the old units and on the new ones.
type tracker struct {
	example.Numbers
	asOf       vietnam.Date
	window     campaign.Window
	world      *example.World
	imports    []*example.Intake
	report     *metrics.Report
	old, cur   *metrics.Rollup
	fromMerged []metrics.Row // the new communes with a predecessor in a merged province
	communes   int
	checks     []example.Check
}

// merged columns are the figures of the new communes from the merged
// provinces.
var mergedColumns = []metrics.Code{indYouth, indOnlineShare, indPaymentShare, indAppUsers}

// track reads the rosters (-roster, -merged-roster) and counts the
// program as of -date.
func track(o example.Options) (example.Report, error) {
	asOf, err := vietnam.ParseDate(o.AsOf)
	if err != nil {
		return nil, fmt.Errorf("-date: %w", err)
	}
	t := &tracker{Numbers: example.NumbersIn(o.Language()), asOf: asOf}
	if t.window, err = program.ParseWindow(); err != nil {
		return nil, err
	}
	if t.world, err = example.NewWorld(province, merged, splitChoices); err != nil {
		return nil, err
	}
	w := t.world
	cat, err := metrics.NewCatalog(indicators...)
	if err != nil {
		return nil, err
	}
	if t.imports, err = w.ReadEach(rosters, o.Rosters, o.Rows, t.window, asOf.Year()); err != nil {
		return nil, err
	}
	var records []metrics.Record
	for _, in := range t.imports {
		for _, e := range in.Entries {
			e.Learner.Unit = e.At.Old
			records = append(records, entryRecords(in.Importer, e.Entry)...)
		}
	}
	period := metrics.Period{From: t.window.Start(), To: asOf}
	if asOf.Before(t.window.Start()) {
		records = nil // nothing counts before the program starts
	}
	if t.old, t.cur, err = w.Rollups(cat, records, period); err != nil {
		return nil, err
	}
	// Percentage targets are kept by every district union; count targets
	// stay on the province union.
	var districts []org.ID
	for u := range w.Old.Children(w.Unions[0]) {
		districts = append(districts, u.ID)
	}
	shown := []metrics.Code{indOnlineShare, indPaymentShare, indAppUsers, indChildren}
	if t.report, err = program.Report(t.old, w.Unions[0], districts, asOf, metrics.ReportOptions{Root: w.Unions[0], MaxDepth: 1, Indicators: shown}); err != nil {
		return nil, err
	}
	for range w.Cur.Children(w.NewUnion.ID) {
		t.communes++
	}
	t.fromMerged = example.Grid(w.FromMerged(), example.Indicators(cat, mergedColumns...), func(u org.ID, c metrics.Code) metrics.Value {
		v, _ := t.cur.Value(u, c)
		return v
	})
	t.checks = w.Checks(t.old, t.cur, example.Indicators(cat, indYouth, indYouthOnline, indYouthPayment, indAppUsers, indChildren))
	return t, nil
}

// entryRecords counts one roster row for the learner's unit: the person as
// youth or child by their age on the day, and, as Importer.Records
// counts them, the people who used a service: only youth in the shares'
// numerators, everyone among the app's users.
func entryRecords(im *training.Importer, e training.Entry) []metrics.Record {
	if e.Date.IsZero() {
		return nil // no day to count it on
	}
	age := example.AgeOn(e.Learner, e.Date)
	youth := age >= youthAge[0] && age <= youthAge[1]
	var out []metrics.Record
	for _, t := range im.Records(e) {
		r := t.Record
		if r.Indicator == indAppUsers || (youth && (r.Indicator == indYouthOnline || r.Indicator == indYouthPayment)) {
			out = append(out, r)
		}
	}
	rec := func(code metrics.Code) metrics.Record {
		return metrics.Record{Indicator: code, Unit: e.Learner.Unit, Date: e.Date, Value: 1, Subject: string(e.Learner.ID)}
	}
	if youth {
		out = append(out, rec(indYouth))
	}
	if age >= 0 && age < childAge {
		out = append(out, rec(indChildren))
	}
	return out
}

// Sheet is the tracker as CSV.
func (t *tracker) Sheet() example.Sheet {
	return example.Sheet{Imports: t.imports, Views: []example.View{{Name: "old", Rows: t.report.Rows}, {Name: "new", Rows: t.fromMerged}}, Checks: t.checks}
}

// WriteText writes the tracker for a terminal.
func (t *tracker) WriteText(w io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	pick := func(vi, en string) string { return example.Pick(t.Lang, vi, en) }
	line("%s\n%s · %s · %s\n", strings.ToUpper(program.Name(t.Lang)), t.world.OldName(t.world.Unions[0]), t.window,
		fmt.Sprintf(pick("ngày %d/%d", "day %d of %d"), t.window.DaysThrough(t.asOf), t.window.Days()))
	for i, r := range t.imports {
		line(pick("Danh sách %s: %s dòng, nhận %s, loại %s, địa chỉ không xác định %s, đọc được thành nhiều xã %s, không ghi ngày %s", "Roster of %s: %s rows, %s accepted, %s rejected, %s addresses not found, %s read as several communes, %s without a date"),
			t.world.OldName(t.world.Unions[i]), t.Int(r.Report.Rows), t.Int(r.Report.Accepted), t.Int(len(r.Report.Rejected)), t.Int(r.NotFound), t.Int(r.Ambiguous), t.Int(r.NoDate))
	}
	t.writeTargets(&b)
	reform, year := admin.Era2025.Start(), t.window.Start().Year()
	mergedNames, after := t.world.Names(1)
	if mergedNames == "" {
		mergedNames = "—"
	}
	line("\n"+pick("SÁP NHẬP %d/%d/%d: %s có %d xã/phường, %d từ tỉnh %s; số liệu %d của các xã này:", "MERGER OF %d/%d/%d: %s has %d communes, %d of them from %s; their %d figures:"),
		reform.Day(), int(reform.Month()), reform.Year(), t.world.NewUnion.Name, t.communes, len(t.fromMerged)/len(mergedColumns), mergedNames, year)
	t.WriteByUnit(&b, t.fromMerged, example.Indicators(t.cur.Catalog(), mergedColumns...), func(ind metrics.Indicator) string { return shortNames[ind.Code][t.Lang] })
	before, _ := t.world.Names(0)
	line("\n%s", fmt.Sprintf(pick("KIỂM TRA TỔNG (%s cũ = %s mới)", "TOTALS CHECK (former %s = new %s)"), before, after))
	for _, c := range t.checks {
		mark := "✓"
		if !c.OK() {
			mark = "✗"
		}
		line("  %-48s %10s = %-10s %s", c.Indicator.Label(t.Lang), t.FormatInt(c.Old.Decimal().IntPart()), t.FormatInt(c.New.Decimal().IntPart()), mark)
	}
	unions := make([]string, len(t.world.Unions))
	for i, u := range t.world.Unions {
		unions[i] = t.world.OldName(u)
	}
	example.WriteAmbiguousCheck(line, t.Numbers, t.imports, strings.Join(unions, ", "), t.world.NewUnion.Name)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeTargets writes the percentage targets of every unit as one table,
// then the province's count targets.
func (t *tracker) writeTargets(b *strings.Builder) {
	pick := func(vi, en string) string { return example.Pick(t.Lang, vi, en) }
	fmt.Fprintf(b, "\n%s\n", fmt.Sprintf(pick("Số liệu đến hết ngày %s. Chỉ tiêu tỷ lệ, mỗi đơn vị so với thanh niên của chính mình:", "Figures to the end of %s. Percentage targets, each unit against its own youth:"), t.asOf))
	head := []string{pick("Đơn vị", "Unit"), shortNames[indYouth][t.Lang]}
	for _, code := range []metrics.Code{indOnlineShare, indPaymentShare} {
		i := slices.IndexFunc(program.Targets, func(ts example.Target) bool { return ts.Indicator == string(code) })
		head = append(head, shortNames[code][t.Lang]+" ("+t.FormatPercent(decimal.NewFromInt(program.Targets[i].Value))+")", pick("Cần có", "Due"), pick("Trạng thái", "Status"))
	}
	rows := [][]string{head}
	var counts []metrics.Row
	for _, r := range t.report.Rows {
		switch {
		case r.Indicator.Unit != metrics.Percent:
			if r.HasTarget {
				counts = append(counts, r)
			}
			continue
		case r.Indicator.Code == indOnlineShare:
			v, _ := t.old.Value(r.Unit.ID, indYouth)
			rows = append(rows, []string{strings.Repeat("  ", r.Depth) + r.Unit.Name, t.FormatInt(v.Decimal().IntPart())})
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], t.Actual(r), t.FormatPercent(r.Progress.Expected.Round(1)), r.Progress.Status.Label(t.Lang))
	}
	example.WriteTable(b, rows)
	fmt.Fprintf(b, "\n%s\n", pick("Chỉ tiêu số lượng của tỉnh:", "Count targets of the province:"))
	for _, r := range counts {
		fmt.Fprintf(b, pick("  %s: %s / %s (%s), cần có %s, %s, dự báo cuối kỳ %s\n", "  %s: %s / %s (%s), due %s, %s, projected %s\n"), t.TargetArgs(r)...)
	}
}

// WriteJSON writes the tracker as JSON, the report of the old units as
// metrics.Report writes it.
func (t *tracker) WriteJSON(w io.Writer) error {
	var report bytes.Buffer
	if err := t.report.WriteJSON(&report, t.Lang); err != nil {
		return err
	}
	type commune struct {
		example.JSONUnit
		Youth   int64        `json:"youth"`
		Online  *json.Number `json:"online_share"`
		Payment *json.Number `json:"payment_share"`
		App     int64        `json:"app_users"`
	}
	type imp struct {
		Province string `json:"province"`
		example.ImportCounts
	}
	out := struct {
		Program  string              `json:"program"`
		Window   string              `json:"window"`
		Imports  []imp               `json:"imports"`
		Report   json.RawMessage     `json:"report"`
		Province string              `json:"new_province"`
		Communes int                 `json:"new_communes"`
		Merged   []commune           `json:"communes_from_merged"`
		Checks   []example.JSONCheck `json:"totals_check"`
	}{Program: program.Name(t.Lang), Window: t.window.String(), Report: report.Bytes(), Province: t.world.NewUnion.Name, Communes: t.communes, Checks: example.JSONChecks(t.checks)}
	for _, r := range t.imports {
		out.Imports = append(out.Imports, imp{r.Source, r.Counts()})
	}
	share := func(v metrics.Value) *json.Number {
		if v.IsMissing() {
			return nil
		}
		return example.Number(v.Decimal().Round(4))
	}
	for i := 0; i < len(t.fromMerged); i += len(mergedColumns) {
		r := t.fromMerged[i : i+len(mergedColumns)]
		u := r[0].Unit
		out.Merged = append(out.Merged, commune{example.JSONUnitOf(u), r[0].Actual.Decimal().IntPart(),
			share(r[1].Actual), share(r[2].Actual), r[3].Actual.Decimal().IntPart()})
	}
	return example.WriteJSON(w, out)
}
