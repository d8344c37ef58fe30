package main

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

// dashboard is everything the report shows, in the form every output
// format reads.
type dashboard struct {
	lang  vietnam.Lang
	num   vietnam.NumberConvention
	asOf  vietnam.Date
	title string
	// owner is the campaign's owner, window and status.
	owner   string
	window  campaign.Window
	status  campaign.Status
	days    int
	study   studySummary
	intake  *intake
	rosterN string // where the roster came from
	// old is the view on the units before the reform, province then former
	// districts; cur the view on the new units, shown from 1/7/2025.
	old        []metrics.Row
	cur        []metrics.Row
	curOwner   org.Unit
	indicators []metrics.Indicator
	checks     []check
	split      int
	pending    int
	straddling int
	reporting  *reporting
}

type studySummary struct {
	name         string
	window       campaign.Window
	status       campaign.Status
	participants int64
	report       training.ImportReport
}

// check compares one indicator's province total in the two views.
type check struct {
	indicator metrics.Indicator
	old, cur  metrics.Value
}

func (c check) ok() bool { return c.old.Equal(c.cur) }

func build(o options) (*dashboard, error) {
	asOf, err := vietnam.ParseDate(o.AsOf)
	if err != nil {
		return nil, fmt.Errorf("-date: %w", err)
	}
	window, err := campaign.ParseWindow(mainCampaign.Window)
	if err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	studyWindow, err := campaign.ParseWindow(studyProgram.Window)
	if err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	w, err := buildWorld()
	if err != nil {
		return nil, err
	}
	cat, err := catalog()
	if err != nil {
		return nil, err
	}

	d := &dashboard{asOf: asOf, window: window, split: w.split, pending: w.pending, straddling: w.straddling, num: vietnam.NumberVietnamese}
	if o.Lang == "en" {
		d.lang, d.num = vietnam.English, vietnam.NumberEnglish
	}
	d.title = pick(d.lang, mainCampaign.NameVI, mainCampaign.NameEN)
	d.owner = w.oldUnion.Name
	d.days = window.DaysThrough(asOf)
	if d.reporting, err = w.buildReporting(window, asOf); err != nil {
		return nil, err
	}

	main, err := open(o.roster, roster, o.Rows, window)
	if err != nil {
		return nil, err
	}
	d.rosterN = o.roster
	if d.intake, err = w.readRoster("roster", bytes.NewReader(main)); err != nil {
		return nil, err
	}
	studyData, err := open(o.studyRoster, studyRoster, max(1, o.Rows*studyRoster.Rows/roster.Rows), studyWindow)
	if err != nil {
		return nil, err
	}
	study, err := w.readRoster("study", bytes.NewReader(studyData))
	if err != nil {
		return nil, err
	}

	provTargets, allTargets, err := w.targets(mainCampaign, window)
	if err != nil {
		return nil, err
	}
	for _, code := range indicatorsOf(mainCampaign) {
		ind, _ := cat.Indicator(code)
		d.indicators = append(d.indicators, ind)
	}
	c := campaign.Campaign{ID: campaign.ID(mainCampaign.ID), Name: d.title, Owner: w.oldUnion.ID, Window: window}
	d.status = c.StatusOn(asOf)

	// The old view: the records of the old communes, and those of the new
	// ones on their former district.
	var oldRecs, curRecs []metrics.Record
	if !asOf.Before(window.Start()) {
		classes, err := w.classRecords(window.Start(), false)
		if err != nil {
			return nil, err
		}
		oldRecs = concat(d.intake.records(true, false), classes)
		if classes, err = w.classRecords(window.Start(), true); err != nil {
			return nil, err
		}
		curRecs = concat(d.intake.records(false, false), classes)
	}
	// From the reform on, the old view is made on the units of 30/6/2025;
	// its records were placed on them already.
	oc := c
	oc.Targets = allTargets
	oldReport, err := oc.Report(asOf, campaign.Data{Tree: w.old, View: campaign.BeforeReform(nil), Catalog: cat, Records: slices.Values(oldRecs),
		Table: metrics.ReportOptions{MaxDepth: 1, Indicators: indicatorsOf(mainCampaign), OnlyTargets: true}})
	if err != nil {
		return nil, err
	}
	if err := errSkipped("old", oldReport.Skipped); err != nil {
		return nil, err
	}
	d.old = oldReport.Table.Rows

	// The new view, from the reform on: the campaign over the units in
	// force, with the province targets carried to the new province union.
	if !asOf.Before(reform) {
		for _, t := range provTargets {
			t.Unit, t.Window = "", metrics.Period{}
			c.Targets = append(c.Targets, t)
		}
		r, err := c.Report(asOf, campaign.Data{Tree: w.cur, View: campaign.Following(w.mapping.New), Catalog: cat, Records: slices.Values(curRecs)})
		if err != nil {
			return nil, err
		}
		if err := errSkipped("new", r.Skipped); err != nil {
			return nil, err
		}
		d.cur, d.curOwner = r.Table.Rows, r.Owner
		for _, ind := range d.indicators {
			orow, _ := oldReport.Progress(w.oldUnion.ID, ind.Code)
			row, _ := r.Progress(r.Owner.ID, ind.Code)
			d.checks = append(d.checks, check{indicator: ind, old: orow.Actual, cur: row.Actual})
		}
	}

	// The study program: who took part by the report date.
	sc := campaign.Campaign{ID: campaign.ID(studyProgram.ID), Name: studyProgram.NameVI, Owner: w.oldUnion.ID, Window: studyWindow}
	d.study = studySummary{name: pick(d.lang, studyProgram.NameVI, studyProgram.NameEN), window: studyWindow, status: sc.StatusOn(asOf), report: study.report}
	if !asOf.Before(studyWindow.Start()) {
		sp := metrics.Period{From: studyWindow.Start(), To: minDate(asOf, studyWindow.End())}
		sr := metrics.Aggregate(w.old, cat, slices.Values(study.records(true, true)), metrics.Options{Period: sp})
		v, _ := sr.Value(w.oldUnion.ID, indStudy)
		d.study.participants = v.Decimal().IntPart()
	}
	return d, nil
}

// open returns the roster file's bytes, or generates the scenario's roster.
func open(path string, spec rosterSpec, rows int, window campaign.Window) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	return generated(spec, rows, window)
}

func minDate(a, b vietnam.Date) vietnam.Date {
	if b.Before(a) {
		return b
	}
	return a
}

func pick(l vietnam.Lang, vi, en string) string {
	if l == vietnam.English {
		return en
	}
	return vi
}

// words are the labels of the dashboard.
var words = map[string][2]string{
	"window":     {"Thời gian", "Window"},
	"day":        {"ngày %d/%d", "day %d of %d"},
	"asof":       {"Số liệu đến hết ngày %s.", "Figures to the end of %s."},
	"reform":     {"Từ 01/07/2025, Bình Dương hợp nhất vào Thành phố Hồ Chí Minh: cấp huyện kết thúc, xã/phường được sắp xếp lại.", "From 01/07/2025 Bình Dương is part of Ho Chi Minh City: the district level ended and communes were merged."},
	"roster":     {"DANH SÁCH NGƯỜI THAM GIA", "ROSTER"},
	"generated":  {"danh sách tạo mẫu có sai sót như thực tế", "generated roster with real-life mistakes"},
	"rows":       {"%s dòng: nhận %s, loại %s, sửa %s ô, gộp %s dòng trùng → %s người", "%s rows: %s accepted, %s rejected, %s cells fixed, %s duplicate rows merged → %s people"},
	"rejected":   {"Lý do loại", "Rejected"},
	"fixed":      {"Đã sửa", "Fixed"},
	"address":    {"Địa chỉ không xác định được xã/phường trong tỉnh: %s dòng (tính cho %s)", "Addresses naming no commune of the province: %s rows (counted for %s)"},
	"conflicts":  {"Người có thông tin không khớp giữa các dòng: %s", "People whose rows disagree on a field: %s"},
	"oldview":    {"THEO ĐƠN VỊ CŨ (tỉnh Bình Dương, huyện/thị xã/thành phố trước 01/07/2025)", "BY FORMER UNITS (Bình Dương province and its districts before 01/07/2025)"},
	"newview":    {"THEO ĐƠN VỊ MỚI (%d phường/xã của Thành phố Hồ Chí Minh từ Bình Dương)", "BY NEW UNITS (%d wards and communes of Ho Chi Minh City from Bình Dương)"},
	"unit":       {"Đơn vị", "Unit"},
	"actual":     {"Thực hiện", "Actual"},
	"target":     {"Chỉ tiêu", "Target"},
	"achieved":   {"Đạt", "Done"},
	"expected":   {"Cần có", "Due now"},
	"status":     {"Trạng thái", "Status"},
	"projection": {"Dự báo %s", "Proj. %s"},
	"check":      {"KIỂM TRA TỔNG (đơn vị cũ = đơn vị mới)", "TOTALS CHECK (former units = new units)"},
	"match":      {"khớp", "match"},
	"mismatch":   {"LỆCH", "MISMATCH"},
	"split":      {"%d xã cũ bị chia cho nhiều xã mới: tính cho một xã kế thừa (splitChoices trong scenario.go, nếu không thì theo quy tắc SettleSplits), %d xã chờ quyết định được tính cho Thành đoàn; %d xã mới gồm xã cũ của nhiều huyện: tính cho huyện góp nhiều xã nhất.", "%d old communes split among new ones: each counted for one successor (splitChoices in scenario.go, else the SettleSplits rule), %d awaiting a decision counted for the city union; %d new communes took communes of several districts: counted for the district that gave most."},
	"study":      {"%s (%s): %s, %s người tham gia", "%s (%s): %s, %s participants"},
	"nodate":     {"Dòng không ghi ngày (có trong số người, không tính vào tiến độ): %s", "Rows without a date (counted as people, not in progress): %s"},
	"sample":     {"Lưu ý: danh sách tạo mẫu nhỏ hơn quy mô chiến dịch thật, nên các chỉ tiêu số lượng đều chậm; dùng -roster với danh sách thật.", "Note: the generated roster is smaller than the real campaign, so count targets all lag; use -roster with a real roster."},
	"notyet":     {"Chiến dịch chưa bắt đầu.", "The campaign has not started."},
}

func (d *dashboard) w(key string) string { return words[key][d.lang] }

func (d *dashboard) int(n int) string { return d.num.FormatInt(int64(n)) }

func (d *dashboard) dec(v decimal.Decimal) string { return d.num.Format(v.Round(0)) }

func (d *dashboard) pct(share decimal.Decimal) string {
	return d.num.FormatPercent(share.Mul(decimal.NewFromInt(100)).Round(1))
}

func (d *dashboard) statusLabel(s campaign.Status) string {
	if d.lang == vietnam.English {
		return map[campaign.Status]string{campaign.StatusUpcoming: "upcoming", campaign.StatusRunning: "running", campaign.StatusEnded: "ended"}[s]
	}
	return s.Label(vietnam.Vietnamese)
}

// actual renders a row's actual value: a count, or a percentage.
func (d *dashboard) actual(r metrics.Row) string {
	if r.Actual.IsMissing() {
		return "–"
	}
	if r.Indicator.Unit == metrics.Percent {
		return d.num.FormatPercent(r.Actual.Decimal().Round(1))
	}
	return d.dec(r.Actual.Decimal())
}

func (d *dashboard) writeText(out io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	bar := strings.Repeat("═", 100)
	line("%s", bar)
	line("%s", strings.ToUpper(d.title))
	elapsed := decimal.NewFromInt(int64(d.days)).Div(decimal.NewFromInt(int64(max(1, d.window.Days()))))
	line("%s · %s %s · %s · %s (%s)", d.owner, d.w("window"), d.window, d.statusLabel(d.status), fmt.Sprintf(d.w("day"), d.days, d.window.Days()), d.pct(elapsed))
	line(d.w("asof"), d.asOf)
	if !d.asOf.Before(reform) {
		line("%s", d.w("reform"))
	}
	line("%s", bar)
	d.writeReporting(line)
	line("")

	in := d.intake
	src := d.w("generated")
	if d.rosterN != "" {
		src = d.rosterN
	}
	line("%s (%s)", d.w("roster"), src)
	fixes := 0
	for _, n := range in.report.Fixes {
		fixes += n
	}
	line("  "+d.w("rows"), d.int(in.report.Rows), d.int(in.report.Accepted), d.int(len(in.report.Rejected)), d.int(fixes), d.int(in.merged()), d.int(in.people))
	if rs := d.reasons(in.report); len(rs) > 0 {
		line("  %s: %s", d.w("rejected"), d.joinCounts(rs))
	}
	if fs := d.fixKinds(in.report); len(fs) > 0 {
		line("  %s: %s", d.w("fixed"), d.joinCounts(fs))
	}
	line("  "+d.w("address"), d.int(in.notFound), d.owner)
	line("  "+d.w("conflicts"), d.int(in.conflict))
	if in.noDate > 0 {
		line("  "+d.w("nodate"), d.int(in.noDate))
	}
	if d.rosterN == "" {
		line("  %s", d.w("sample"))
	}
	line("  "+d.w("study"), d.study.name, d.study.window, d.statusLabel(d.study.status), d.num.FormatInt(d.study.participants))
	line("")

	if d.asOf.Before(d.window.Start()) {
		line("%s", d.w("notyet"))
	}
	line("%s", d.w("oldview"))
	proj := fmt.Sprintf(d.w("projection"), d.window.End().String()[:5])
	for i, ind := range d.indicators {
		line("")
		line("%d. %s (%s)", i+1, ind.Label(d.lang), d.countUnit(ind))
		cols := []string{d.w("unit"), d.w("actual"), d.w("target"), d.w("achieved"), d.w("expected"), d.w("status"), proj}
		rows := [][]string{cols}
		for _, r := range d.old {
			if r.Indicator.Code != ind.Code {
				continue
			}
			p := r.Progress
			projection := d.dec(p.Projection)
			target := d.dec(r.Target.Value)
			if ind.Unit == metrics.Percent {
				projection = "–"
				target = d.num.FormatPercent(r.Target.Value)
			}
			rows = append(rows, []string{strings.Repeat("  ", r.Depth) + r.Unit.Name, d.actual(r), target, d.pct(p.Achieved), d.expected(r), p.Status.Label(d.lang), projection})
		}
		table(&b, rows, 0, 5)
	}

	if len(d.cur) > 0 {
		line("")
		units := d.curUnits()
		line(d.w("newview"), len(units)-1)
		cols := []string{d.w("unit")}
		for _, ind := range d.indicators {
			cols = append(cols, shortName(ind, d.lang))
		}
		rows := [][]string{cols}
		for _, u := range units {
			r := []string{strings.Repeat("  ", min(u.depth, 1)) + u.name}
			for _, ind := range d.indicators {
				r = append(r, d.actual(u.rows[ind.Code]))
			}
			rows = append(rows, r)
		}
		table(&b, rows, 0)
		line("")
		line("%s", d.w("check"))
		for _, c := range d.checks {
			mark := "✓ " + d.w("match")
			if !c.ok() {
				mark = "✗ " + d.w("mismatch")
			}
			line("  %-45s %12s = %-12s %s", c.indicator.Label(d.lang), d.value(c.indicator, c.old), d.value(c.indicator, c.cur), mark)
		}
		line("  "+d.w("split"), d.split, d.pending, d.straddling)
	}
	_, err := io.WriteString(out, b.String())
	return err
}

func (d *dashboard) value(ind metrics.Indicator, v metrics.Value) string {
	return d.actual(metrics.Row{Indicator: ind, Actual: v})
}

func (d *dashboard) expected(r metrics.Row) string {
	if r.Indicator.Unit == metrics.Percent {
		return d.num.FormatPercent(r.Progress.Expected.Round(1))
	}
	return d.dec(r.Progress.Expected)
}

func (d *dashboard) countUnit(ind metrics.Indicator) string {
	if d.lang == vietnam.English {
		return ind.Unit.Label(vietnam.English)
	}
	return ind.Unit.Label(vietnam.Vietnamese)
}

// shortName is a column header for an indicator.
func shortName(ind metrics.Indicator, l vietnam.Lang) string {
	switch ind.Code {
	case indUnionMembers:
		return pick(l, "Đoàn viên", "Members")
	case metrics.Code(indSmartCA):
		return "SmartCA"
	case indCadreClasses:
		return pick(l, "Lớp cán bộ", "Cadre classes")
	}
	return string(ind.Code)
}

type curUnit struct {
	id    org.ID
	name  string
	depth int
	rows  map[metrics.Code]metrics.Row
}

// curUnits groups the new view's rows by unit, in tree order.
func (d *dashboard) curUnits() []*curUnit {
	var out []*curUnit
	for _, r := range d.cur {
		if len(out) == 0 || out[len(out)-1].id != r.Unit.ID {
			out = append(out, &curUnit{id: r.Unit.ID, name: r.Unit.Name, depth: r.Depth, rows: map[metrics.Code]metrics.Row{}})
		}
		out[len(out)-1].rows[r.Indicator.Code] = r
	}
	return out
}

type count struct {
	label string
	n     int
}

func (d *dashboard) joinCounts(cs []count) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.label + " " + d.int(c.n)
	}
	return strings.Join(parts, " · ")
}

// reasons groups the rejected rows by what was wrong, most frequent first.
func (d *dashboard) reasons(rep training.ImportReport) []count {
	n := map[string]int{}
	for _, e := range rep.Rejected {
		n[reasonLabel(e, d.lang)]++
	}
	return sortCounts(n)
}

func (d *dashboard) fixKinds(rep training.ImportReport) []count {
	n := map[string]int{}
	for k, v := range rep.Fixes {
		n[pick(d.lang, k.Label(vietnam.Vietnamese), strings.ReplaceAll(k.String(), "_", " "))] += v
	}
	return sortCounts(n)
}

func sortCounts(n map[string]int) []count {
	var out []count
	for k, v := range n {
		out = append(out, count{k, v})
	}
	slices.SortFunc(out, func(a, b count) int {
		return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.label, b.label))
	})
	return out
}

// reasonLabel names the reason a row was rejected, by its field and kind
// rather than its exact words, so that reasons group.
func reasonLabel(e *training.RowError, l vietnam.Lang) string {
	f := training.FieldOf(e.Column)
	name := fieldName(f, e.Column, l)
	switch {
	case errors.Is(e.Err, training.ErrEmptyRow):
		return pick(l, "dòng trống", "empty row")
	case errors.Is(e.Err, training.ErrRequired):
		return pick(l, "thiếu ", "missing ") + name
	case errors.Is(e.Err, training.ErrMismatch):
		return pick(l, "CCCD không khớp ", "CCCD disagrees with ") + name
	case errors.Is(e.Err, training.ErrInvalidValue):
		return pick(l, name+" không hợp lệ", "invalid "+name)
	}
	return e.Reason
}

func fieldName(f training.Field, column string, l vietnam.Lang) string {
	names := map[training.Field][2]string{
		training.FieldName:      {"họ tên", "name"},
		training.FieldBirthDate: {"ngày sinh", "birth date"},
		training.FieldSex:       {"giới tính", "sex"},
		training.FieldCCCD:      {"số CCCD", "CCCD number"},
		training.FieldPhone:     {"số điện thoại", "phone number"},
		training.FieldGroup:     {"đối tượng", "group"},
		training.FieldDate:      {"ngày", "date"},
		training.FieldService:   {"nội dung hỗ trợ", "service"},
	}
	if n, ok := names[f]; ok {
		return n[l]
	}
	return column
}

// table writes rows as aligned columns: the first column left-aligned,
// the others right-aligned except those listed in left.
func table(b *strings.Builder, rows [][]string, left ...int) {
	width := map[int]int{}
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows {
		var sb strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i > 0 {
				sb.WriteString("  ")
			}
			if slices.Contains(left, i) {
				sb.WriteString(c + pad)
			} else {
				sb.WriteString(pad + c)
			}
		}
		b.WriteString(strings.TrimRight(sb.String(), " ") + "\n")
	}
}

// csvHeader is the header of the CSV output: one line per view, unit and
// indicator, numbers as plain decimals for spreadsheets.
var csvHeader = []string{"view", "unit_id", "unit", "indicator", "actual", "target", "achieved", "expected", "status", "projection"}

func (d *dashboard) writeCSV(out io.Writer) error {
	w := csv.NewWriter(out)
	w.Write(csvHeader)
	write := func(view string, r metrics.Row) {
		rec := []string{view, string(r.Unit.ID), r.Unit.Name, string(r.Indicator.Code), r.Actual.String(), "", "", "", "", ""}
		if r.HasTarget {
			p := r.Progress
			rec[5] = r.Target.Value.String()
			rec[6] = p.Achieved.Round(4).String()
			rec[7] = p.Expected.Round(2).String()
			rec[8] = p.Status.String()
			rec[9] = p.Projection.Round(0).String()
		}
		w.Write(rec)
	}
	for _, r := range d.old {
		write("old", r)
	}
	for _, r := range d.cur {
		write("new", r)
	}
	w.Flush()
	return w.Error()
}

// jsonRow is one line of a view in JSON; numbers are exact decimals.
type jsonRow struct {
	Unit       org.ID       `json:"unit_id"`
	Name       string       `json:"unit"`
	Admin      string       `json:"admin_code,omitempty"`
	Indicator  metrics.Code `json:"indicator"`
	Actual     *json.Number `json:"actual"`
	Target     *json.Number `json:"target,omitempty"`
	Achieved   *json.Number `json:"achieved,omitempty"`
	Expected   *json.Number `json:"expected,omitempty"`
	Status     string       `json:"status,omitempty"`
	Label      string       `json:"status_label,omitempty"`
	Projection *json.Number `json:"projection,omitempty"`
}

func number(d decimal.Decimal) *json.Number {
	n := json.Number(d.String())
	return &n
}

func (d *dashboard) jsonRows(rows []metrics.Row) []jsonRow {
	out := make([]jsonRow, 0, len(rows))
	for _, r := range rows {
		j := jsonRow{Unit: r.Unit.ID, Name: r.Unit.Name, Indicator: r.Indicator.Code}
		if !r.Unit.Admin.IsZero() {
			j.Admin = r.Unit.Admin.String()
		}
		if !r.Actual.IsMissing() {
			j.Actual = number(r.Actual.Decimal())
		}
		if r.HasTarget {
			p := r.Progress
			j.Target, j.Achieved, j.Expected = number(r.Target.Value), number(p.Achieved.Round(4)), number(p.Expected.Round(2))
			j.Status, j.Label, j.Projection = p.Status.String(), p.Status.Label(d.lang), number(p.Projection.Round(0))
		}
		out = append(out, j)
	}
	return out
}

func (d *dashboard) writeJSON(out io.Writer) error {
	type reason struct {
		Reason string `json:"reason"`
		Rows   int    `json:"rows"`
	}
	var reasons []reason
	for _, c := range d.reasons(d.intake.report) {
		reasons = append(reasons, reason{c.label, c.n})
	}
	fixes := map[string]int{}
	for k, n := range d.intake.report.Fixes {
		fixes[k.String()] = n
	}
	type totals struct {
		Indicator metrics.Code `json:"indicator"`
		Old       *json.Number `json:"old"`
		New       *json.Number `json:"new"`
		Match     bool         `json:"match"`
	}
	var checks []totals
	for _, c := range d.checks {
		checks = append(checks, totals{c.indicator.Code, number(c.old.Decimal()), number(c.cur.Decimal()), c.ok()})
	}
	v := struct {
		Campaign string       `json:"campaign"`
		Owner    string       `json:"owner"`
		Window   string       `json:"window"`
		AsOf     vietnam.Date `json:"as_of"`
		Lang     string       `json:"lang"`
		Status   string       `json:"status"`
		Day      int          `json:"day"`
		Days     int          `json:"days"`
		Import   struct {
			Rows       int            `json:"rows"`
			Accepted   int            `json:"accepted"`
			Rejected   int            `json:"rejected"`
			Reasons    []reason       `json:"rejected_by_reason"`
			Fixes      map[string]int `json:"fixes"`
			Merged     int            `json:"duplicates_merged"`
			People     int            `json:"people"`
			NotPlaced  int            `json:"address_not_in_province"`
			NoDate     int            `json:"rows_without_date"`
			Conflicted int            `json:"people_with_conflicts"`
		} `json:"import"`
		Study struct {
			Name         string `json:"name"`
			Window       string `json:"window"`
			Status       string `json:"status"`
			Participants int64  `json:"participants"`
		} `json:"study"`
		Reporting struct {
			ThisWeek *jsonWeek `json:"this_week,omitempty"`
			LastWeek *jsonWeek `json:"last_week,omitempty"`
		} `json:"weekly_reports"`
		Old    []jsonRow `json:"old_view"`
		New    []jsonRow `json:"new_view,omitempty"`
		Checks []totals  `json:"totals_check,omitempty"`
	}{
		Campaign: d.title, Owner: d.owner, Window: d.window.String(), AsOf: d.asOf, Lang: d.lang.String(),
		Status: d.status.String(), Day: d.days, Days: d.window.Days(),
		Old: d.jsonRows(d.old), New: d.jsonRows(d.cur), Checks: checks,
	}
	if d.reporting != nil {
		v.Reporting.ThisWeek, v.Reporting.LastWeek = d.reporting.thisWeek.json(), d.reporting.lastWeek.json()
	}
	in := d.intake
	v.Import.Rows, v.Import.Accepted, v.Import.Rejected = in.report.Rows, in.report.Accepted, len(in.report.Rejected)
	v.Import.Reasons, v.Import.Fixes, v.Import.Merged, v.Import.People = reasons, fixes, in.merged(), in.people
	v.Import.NotPlaced, v.Import.Conflicted, v.Import.NoDate = in.notFound, in.conflict, in.noDate
	v.Study.Name, v.Study.Window, v.Study.Status, v.Study.Participants = d.study.name, d.study.window.String(), d.study.status.String(), d.study.participants
	return example.WriteJSON(out, v)
}
