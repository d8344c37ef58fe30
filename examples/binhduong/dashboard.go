package main

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"os"
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

// The shapes of the scenario's data (scenario.go).
type (
	weight struct {
		District string // pre-2025 district code
		Name     string // for the reader of scenario.go; checked against the data
		Value    int64
	}
	cadreClass struct{ District, Date string }
)

// catalog returns the campaign's indicators.
func catalog() (*metrics.Catalog, error) {
	return metrics.NewCatalog(
		metrics.Indicator{Code: indUnionMembers, NameVI: "Đoàn viên được nâng cao kỹ năng số", NameEN: "Union members with improved digital skills", Unit: metrics.People, Aggregation: metrics.Distinct},
		metrics.Indicator{Code: metrics.Code(indSmartCA), NameVI: "Tài khoản SmartCA", NameEN: "SmartCA accounts", Unit: metrics.Accounts, Aggregation: metrics.Distinct},
		metrics.Indicator{Code: indClassesPlan, NameVI: "Lớp cán bộ theo kế hoạch", NameEN: "Cadre classes planned", Unit: metrics.Classes, Aggregation: metrics.Sum},
		metrics.Indicator{Code: indClassesHeld, NameVI: "Lớp cán bộ đã mở", NameEN: "Cadre classes held", Unit: metrics.Classes, Aggregation: metrics.Sum},
		metrics.Indicator{Code: indCadreClasses, NameVI: "Lớp cán bộ Đoàn–Hội–Đội đã mở", NameEN: "Đoàn–Hội–Đội cadre classes held", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: indClassesHeld, Denominator: indClassesPlan},
		metrics.Indicator{Code: indStudy, NameVI: "Người học tập Nghị quyết 57", NameEN: "People who studied Resolution 57", Unit: metrics.People, Aggregation: metrics.Distinct},
	)
}

// dashboard is everything the report shows, in the form every output
// format reads.
type dashboard struct {
	example.Numbers
	asOf, reform        vietnam.Date
	window, studyWindow campaign.Window
	world               *example.World
	owner               string
	intake, study       *example.Intake
	participants        int64
	rosterN             string
	old, cur            []metrics.Row
	indicators          []metrics.Indicator
	checks              []example.Check
	reporting           *example.Reporting
	status, studyStatus campaign.Status
	keys                *metrics.Pseudonymizer
}

func build(o options) (*dashboard, error) {
	asOf, err := vietnam.ParseDate(o.AsOf)
	if err != nil {
		return nil, fmt.Errorf("-date: %w", err)
	}
	d := &dashboard{Numbers: example.NumbersIn(o.Language()), asOf: asOf, reform: admin.Era2025.Start(), rosterN: o.roster}
	if d.window, err = mainCampaign.ParseWindow(); err != nil {
		return nil, err
	}
	if d.studyWindow, err = studyProgram.ParseWindow(); err != nil {
		return nil, err
	}
	if d.world, err = example.NewWorld(province, merged, splitChoices); err != nil {
		return nil, err
	}
	w, root := d.world, d.world.Unions[0]
	units, claims, err := districts(w)
	if err != nil {
		return nil, err
	}
	if d.keys, err = pseudonymizer(); err != nil {
		return nil, err
	}
	cat, err := catalog()
	if err != nil {
		return nil, err
	}
	u, _ := w.Old.Unit(root)
	d.owner = u.Name
	if d.reporting, err = weeklyReports.Reporting(w, d.window, asOf); err != nil {
		return nil, err
	}
	data, err := roster.Open(o.roster, province, o.Rows, d.window)
	if err != nil {
		return nil, err
	}
	if d.intake, err = w.Read("roster", data, asOf.Year(), root); err != nil {
		return nil, err
	}
	if data, err = studyRoster.Open(o.studyRoster, province, max(1, o.Rows*studyRoster.Rows/roster.Rows), d.studyWindow); err != nil {
		return nil, err
	}
	if d.study, err = w.Read("study", data, asOf.Year(), root); err != nil {
		return nil, err
	}
	provTargets, allTargets, err := mainCampaign.Allocate(root, d.window, units, claims)
	if err != nil {
		return nil, err
	}
	for _, code := range mainCampaign.Indicators() {
		ind, _ := cat.Indicator(code)
		d.indicators = append(d.indicators, ind)
	}
	c := campaign.Campaign{ID: campaign.ID(mainCampaign.ID), Name: mainCampaign.Name(d.Lang), Owner: root, Window: d.window}
	d.status = c.StatusOn(asOf)

	// The old view: the records of the old communes, and those of the new
	// ones on their former district; the new view: those of the new
	// communes. Cadre classes belong to the old district unions, which
	// the migration carries to the new province union.
	var oldRecs, curRecs []metrics.Record
	if !asOf.Before(d.window.Start()) {
		oldRecs, curRecs = d.records(d.intake, false, func(p example.Place) org.ID { return p.Old }), d.records(d.intake, false, func(p example.Place) org.ID { return p.Cur })
		for _, cl := range cadreClasses {
			id, _ := w.District(cl.District)
			day, err := vietnam.ParseDate(cl.Date)
			if err != nil {
				return nil, fmt.Errorf("scenario: class of %s: %w", cl.District, err)
			}
			next, _ := w.Mapping.New(id)
			oldRecs = append(oldRecs, classRecords(id, d.window.Start(), day)...)
			curRecs = append(curRecs, classRecords(next, d.window.Start(), day)...)
		}
	}
	// The old view is made on the units of 30/6/2025, where its records
	// were placed already.
	oc := c
	oc.Targets = allTargets
	oldData := campaign.Data{Tree: w.Old, View: campaign.BeforeReform(nil), Catalog: cat, Records: slices.Values(oldRecs),
		Table: metrics.ReportOptions{MaxDepth: 1, Indicators: mainCampaign.Indicators(), OnlyTargets: true}}
	oldReport, err := oc.Report(asOf, oldData)
	if err != nil {
		return nil, err
	}
	if err := oldReport.Skipped.Err(); err != nil {
		return nil, fmt.Errorf("old view: %w", err)
	}
	d.old = oldReport.Table.Rows

	// The new view, from the reform on: the campaign over the units in
	// force, with the province targets carried to the new province union.
	if !asOf.Before(d.reform) {
		for _, t := range provTargets {
			t.Unit, t.Window = "", metrics.Period{}
			c.Targets = append(c.Targets, t)
		}
		r, err := c.Report(asOf, campaign.Data{Tree: w.Cur, View: campaign.Following(w.Mapping.New), Catalog: cat, Records: slices.Values(curRecs)})
		if err != nil {
			return nil, err
		}
		if err := r.Skipped.Err(); err != nil {
			return nil, fmt.Errorf("new view: %w", err)
		}
		d.cur = r.Table.Rows
		period := d.window.Period()
		if asOf.Before(period.To) {
			period.To = asOf
		}
		oldRollup := metrics.Aggregate(w.Old, cat, slices.Values(oldRecs), metrics.Options{Period: period})
		for _, ind := range d.indicators {
			row, _ := r.Progress(r.Owner.ID, ind.Code)
			d.checks = append(d.checks, example.Check{Indicator: ind, Old: example.Total(oldRollup, w.Unions, ind), New: row.Actual})
		}
	}

	// The study program: who took part by the report date.
	d.studyStatus = campaign.Campaign{Window: d.studyWindow}.StatusOn(asOf)
	if !asOf.Before(d.studyWindow.Start()) {
		sp := d.studyWindow.Period()
		if asOf.Before(sp.To) {
			sp.To = asOf
		}
		sr := metrics.Aggregate(w.Old, cat, slices.Values(d.records(d.study, true, func(p example.Place) org.ID { return p.Old })), metrics.Options{Period: sp})
		v, _ := sr.Value(root, indStudy)
		d.participants = v.Decimal().IntPart()
	}
	return d, nil
}

// districts checks that every weight names a district of the province, so
// that a typo in scenario.go is an error and not a silent zero, and
// returns the district unions with their claims.
func districts(w *example.World) ([]org.ID, []metrics.Claim, error) {
	var units []org.ID
	var claims []metrics.Claim
	for _, dw := range districtWeights {
		id, err := w.District(dw.District)
		if err != nil {
			return nil, nil, err
		}
		u, _ := w.Old.Unit(id)
		if !strings.HasSuffix(vietnam.Fold(u.Name), " "+vietnam.Fold(dw.Name)) {
			return nil, nil, fmt.Errorf("scenario: district %s is %q, not %q", dw.District, u.Name, dw.Name)
		}
		units, claims = append(units, id), append(claims, metrics.Claim{Weight: dw.Value})
	}
	return units, claims, nil
}

// pseudonymizer keys the subject pseudonyms with the program's secret. A
// deployment keeps one fixed secret (HOCVUSO_SECRET here, at least 32
// bytes) so that keys agree from run to run; without it, a fresh random
// secret serves one run, which is all a dashboard's distinct counts need.
func pseudonymizer() (*metrics.Pseudonymizer, error) {
	secret := []byte(os.Getenv("HOCVUSO_SECRET"))
	if len(secret) == 0 {
		secret = make([]byte, 32)
		if _, err := rand.Read(secret); err != nil {
			return nil, err
		}
	}
	keys, err := metrics.NewPseudonymizer(secret)
	if err != nil {
		return nil, fmt.Errorf("HOCVUSO_SECRET: %w", err)
	}
	return keys, nil
}

// records turns the rows of a roster into records on the unit unit picks:
// everyone for the study, union members in classes and people helped with
// SmartCA for the campaign. No raw citizen ID reaches a record.
func (d *dashboard) records(in *example.Intake, study bool, unit func(example.Place) org.ID) []metrics.Record {
	var out []metrics.Record
	for _, e := range in.Entries {
		if e.Date.IsZero() {
			continue // no day to count it on; reported as NoDate
		}
		rec := metrics.Record{Unit: unit(e.At), Date: e.Date, Value: 1, Subject: d.keys.Key(string(e.Person))}
		switch {
		case study:
			rec.Indicator = indStudy
		case e.Service == training.SmartCA:
			rec.Indicator = metrics.Code(indSmartCA)
		case e.Service == "" && e.Learner.Group == memberGroup:
			rec.Indicator = indUnionMembers
		default:
			continue
		}
		out = append(out, rec)
	}
	return out
}

// classRecords are a cadre class of the plan: planned on the first day of
// the campaign, held on its day.
func classRecords(unit org.ID, start, held vietnam.Date) []metrics.Record {
	return []metrics.Record{{Indicator: indClassesPlan, Unit: unit, Date: start, Value: 1}, {Indicator: indClassesHeld, Unit: unit, Date: held, Value: 1}}
}

// words are the labels of the dashboard; labels in scenario.go add those
// that name the province.
var words = map[string][2]string{
	"window":    {"Thời gian", "Window"},
	"day":       {"ngày %d/%d", "day %d of %d"},
	"asof":      {"Số liệu đến hết ngày %s.", "Figures to the end of %s."},
	"roster":    {"DANH SÁCH NGƯỜI THAM GIA", "ROSTER"},
	"generated": {"danh sách tạo mẫu có sai sót như thực tế", "generated roster with real-life mistakes"},
	"rows":      {"%s dòng: nhận %s, loại %s, sửa %s ô, gộp %s dòng trùng → %s người", "%s rows: %s accepted, %s rejected, %s cells fixed, %s duplicate rows merged → %s people"},
	"rejected":  {"Lý do loại", "Rejected"},
	"fixed":     {"Đã sửa", "Fixed"},
	"address":   {"Địa chỉ không xác định được xã/phường trong tỉnh: %s dòng (tính cho %s)", "Addresses naming no commune of the province: %s rows (counted for %s)"},
	"conflicts": {"Người có thông tin không khớp giữa các dòng: %s", "People whose rows disagree on a field: %s"},
	"units":     {"đơn vị cũ = đơn vị mới", "former units = new units"},
	"study":     {"%s (%s): %s, %s người tham gia", "%s (%s): %s, %s participants"},
	"nodate":    {"Dòng không ghi ngày (có trong số người, không tính vào tiến độ): %s", "Rows without a date (counted as people, not in progress): %s"},
	"sample":    {"Lưu ý: danh sách tạo mẫu nhỏ hơn quy mô chiến dịch thật, nên các chỉ tiêu số lượng đều chậm; dùng -roster với danh sách thật.", "Note: the generated roster is smaller than the real campaign, so count targets all lag; use -roster with a real roster."},
	"notyet":    {"Chiến dịch chưa bắt đầu.", "The campaign has not started."},
	"members":   {"Đoàn viên", "Members"},
	"classes":   {"Lớp cán bộ", "Cadre classes"},
}

func (d *dashboard) w(key string) string {
	if l, ok := labels[key]; ok {
		return l[d.Lang]
	}
	return words[key][d.Lang]
}

func (d *dashboard) writeText(out io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	bar := strings.Repeat("═", 100)
	days := d.window.DaysThrough(d.asOf)
	line("%s\n%s", bar, strings.ToUpper(mainCampaign.Name(d.Lang)))
	elapsed := decimal.NewFromInt(int64(days)).Div(decimal.NewFromInt(int64(max(1, d.window.Days()))))
	line("%s · %s %s · %s · %s (%s)", d.owner, d.w("window"), d.window, d.Status(d.status), fmt.Sprintf(d.w("day"), days, d.window.Days()), d.Share(elapsed))
	line(d.w("asof"), d.asOf)
	if !d.asOf.Before(d.reform) {
		line("%s", d.w("reform"))
	}
	line("%s", bar)
	d.reporting.WriteText(line, d.Lang)
	line("")

	in, src := d.intake, d.w("generated")
	if d.rosterN != "" {
		src = d.rosterN
	}
	line("%s (%s)", d.w("roster"), src)
	fixes := 0
	for _, n := range in.Report.Fixes {
		fixes += n
	}
	line("  "+d.w("rows"), d.Int(in.Report.Rows), d.Int(in.Report.Accepted), d.Int(len(in.Report.Rejected)), d.Int(fixes), d.Int(in.Merged()), d.Int(in.People))
	for _, c := range []struct {
		key    string
		counts []example.Count
	}{{"rejected", in.Reasons(d.Lang)}, {"fixed", in.Fixes(d.Lang)}} {
		if len(c.counts) > 0 {
			parts := make([]string, len(c.counts))
			for i, n := range c.counts {
				parts[i] = n.Label + " " + d.Int(n.N)
			}
			line("  %s: %s", d.w(c.key), strings.Join(parts, " · "))
		}
	}
	line("  "+d.w("address"), d.Int(in.NotFound), d.owner)
	line("  "+d.w("conflicts"), d.Int(in.Conflicts))
	if in.NoDate > 0 {
		line("  "+d.w("nodate"), d.Int(in.NoDate))
	}
	if d.rosterN == "" {
		line("  %s", d.w("sample"))
	}
	line("  "+d.w("study"), studyProgram.Name(d.Lang), d.studyWindow, d.Status(d.studyStatus), d.FormatInt(d.participants))
	line("")
	if d.asOf.Before(d.window.Start()) {
		line("%s", d.w("notyet"))
	}
	line("%s", d.w("oldview"))
	d.WriteProgress(&b, d.old, d.indicators, d.window.End())
	if len(d.cur) > 0 {
		units := map[org.ID]bool{}
		for _, r := range d.cur {
			units[r.Unit.ID] = true
		}
		line("\n"+d.w("newview"), len(units)-1)
		d.WriteByUnit(&b, d.cur, d.indicators, d.shortName)
		line("")
		d.WriteChecks(&b, d.w("units"), d.checks)
		line("  "+d.w("split"), d.world.Split, d.world.Pending, d.world.Straddling)
	}
	_, err := io.WriteString(out, b.String())
	return err
}

// shortName is a column header for an indicator.
func (d *dashboard) shortName(ind metrics.Indicator) string {
	switch ind.Code {
	case indUnionMembers:
		return d.w("members")
	case metrics.Code(indSmartCA):
		return "SmartCA"
	case indCadreClasses:
		return d.w("classes")
	}
	return string(ind.Code)
}

func (d *dashboard) sheet() example.Sheet {
	return example.Sheet{Imports: []*example.Intake{d.intake, d.study},
		Views: []example.View{{Name: "old", Rows: d.old}, {Name: "new", Rows: d.cur}}, Checks: d.checks}
}

func (d *dashboard) writeJSON(out io.Writer) error {
	in := d.intake
	v := jsonDashboard{Campaign: mainCampaign.Name(d.Lang), Owner: d.owner, Window: d.window.String(), AsOf: d.asOf, Lang: d.Lang.String(),
		Status: d.status.String(), Day: d.window.DaysThrough(d.asOf), Days: d.window.Days(),
		Old: example.JSONRows(d.old, d.Lang), New: example.JSONRows(d.cur, d.Lang)}
	v.Import.Rows, v.Import.Accepted, v.Import.Rejected = in.Report.Rows, in.Report.Accepted, len(in.Report.Rejected)
	v.Import.Fixes, v.Import.Merged, v.Import.People = map[string]int{}, in.Merged(), in.People
	v.Import.NotPlaced, v.Import.Conflicted, v.Import.NoDate = in.NotFound, in.Conflicts, in.NoDate
	for _, c := range in.Reasons(d.Lang) {
		v.Import.Reasons = append(v.Import.Reasons, jsonReason{c.Label, c.N})
	}
	for k, n := range in.Report.Fixes {
		v.Import.Fixes[k.String()] = n
	}
	v.Study.Name, v.Study.Window, v.Study.Status, v.Study.Participants = studyProgram.Name(d.Lang), d.studyWindow.String(), d.studyStatus.String(), d.participants
	v.Reporting.ThisWeek, v.Reporting.LastWeek = d.reporting.JSON()
	for _, c := range d.checks {
		v.Checks = append(v.Checks, jsonCheck{c.Indicator.Code, example.Number(c.Old.Decimal()), example.Number(c.New.Decimal()), c.OK()})
	}
	return example.WriteJSON(out, v)
}

// jsonDashboard is the JSON output.
type jsonDashboard struct {
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
		Reasons    []jsonReason   `json:"rejected_by_reason"`
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
		ThisWeek *example.JSONWeek `json:"this_week,omitempty"`
		LastWeek *example.JSONWeek `json:"last_week,omitempty"`
	} `json:"weekly_reports"`
	Old    []example.JSONRow `json:"old_view"`
	New    []example.JSONRow `json:"new_view,omitempty"`
	Checks []jsonCheck       `json:"totals_check,omitempty"`
}

type jsonReason struct {
	Reason string `json:"reason"`
	Rows   int    `json:"rows"`
}

type jsonCheck struct {
	Indicator metrics.Code `json:"indicator"`
	Old       *json.Number `json:"old"`
	New       *json.Number `json:"new"`
	Match     bool         `json:"match"`
}
