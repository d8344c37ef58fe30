package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

type (
	programSpec struct {
		ID, NameVI, NameEN, Window string
		Targets                    []targetSpec
	}
	targetSpec struct {
		Indicator string
		Value     int64
		Percent   bool
	}
	rosterSpec struct {
		Province                                      string
		Seed                                          uint64
		Rows                                          int
		Errors, Duplicates, Legacy, NoTones, Services float64
	}
)

// treeDate is the day the union trees are mirrored: the last day of the
// pre-2025 units, which the reform then carries over.
var treeDate = admin.Era2025.Start().AddDays(-1)

func catalog() (*metrics.Catalog, error) {
	// The people-per-service indicators are package training's, named for
	// what this program counts in them.
	named := func(code metrics.Code, vi, en string) metrics.Indicator {
		for _, ind := range training.Indicators(nil) {
			if ind.Code == code {
				ind.NameVI, ind.NameEN = vi, en
				return ind
			}
		}
		return metrics.Indicator{Code: code} // NewCatalog says what is missing
	}
	return metrics.NewCatalog(
		metrics.Indicator{Code: indYouth, NameVI: "Thanh niên trong danh sách", NameEN: "Youth on the rosters", Unit: metrics.People, Aggregation: metrics.Distinct},
		named(indYouthOnline, "Thanh niên dùng dịch vụ công trực tuyến", "Youth using online public services"),
		named(indYouthPayment, "Thanh niên thanh toán điện tử", "Youth using e-payment"),
		metrics.Indicator{Code: indOnlineShare, NameVI: "Tỷ lệ thanh niên dùng DVC trực tuyến", NameEN: "Share of youth using online public services", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: indYouthOnline, Denominator: indYouth},
		metrics.Indicator{Code: indPaymentShare, NameVI: "Tỷ lệ thanh niên thanh toán điện tử", NameEN: "Share of youth using e-payment", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: indYouthPayment, Denominator: indYouth},
		named(indAppUsers, "Người dùng ứng dụng công dân của tỉnh", "Users of the province's citizen app"),
		metrics.Indicator{Code: indChildren, NameVI: "Trẻ em được tiếp cận", NameEN: "Children reached", Unit: metrics.People, Aggregation: metrics.Distinct},
	)
}

// tracker holds the program's figures on the old units and on the new ones.
type tracker struct {
	lang        vietnam.Lang
	asOf        vietnam.Date
	window      campaign.Window
	name        string
	imports     []rosterResult
	report      *metrics.Report
	old, cur    *metrics.Rollup
	oldTree     *org.Tree
	unions      []org.ID // the old province unions, scenario's province first
	newUnion    org.Unit
	fromMerged  []org.Unit // new communes with a predecessor in the merged province
	newCommunes int
	checks      []check
	num         vietnam.NumberConvention
}

type rosterResult struct {
	province string
	report   training.ImportReport
	notFound int
	noDate   int
}

type check struct {
	indicator metrics.Code
	old, cur  int64
}

func track(o options) (*tracker, error) {
	asOf, err := vietnam.ParseDate(o.AsOf)
	if err != nil {
		return nil, fmt.Errorf("-date: %w", err)
	}
	window, err := campaign.ParseWindow(program.Window)
	if err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	t := &tracker{asOf: asOf, window: window, name: program.NameVI, num: vietnam.NumberVietnamese}
	if o.Lang == "en" {
		t.lang, t.name, t.num = vietnam.English, program.NameEN, vietnam.NumberEnglish
	}
	day := treeDate
	var codes []admin.Code
	for _, p := range append([]string{province}, merged...) {
		c, err := admin.ParseCode(admin.EraPre2025, admin.LevelProvince, p)
		if err != nil {
			return nil, fmt.Errorf("scenario: %w", err)
		}
		codes = append(codes, c)
		t.unions = append(t.unions, org.IDFor(org.KindProvinceUnion, c))
	}
	old, err := org.MirrorUnion(admin.At(day), codes...)
	if err != nil {
		return nil, err
	}
	t.oldTree = old
	cur, mapping, err := example.Migrate(old, splitChoices)
	if err != nil {
		return nil, err
	}

	byCode := map[admin.Code]org.ID{}
	for _, u := range old.All() {
		byCode[u.Admin] = u.ID
	}
	// The importer resolves each address; one resolver serves every roster
	// so that its index of names is built once.
	resolver := admin.NewResolver(admin.Embedded())
	cat, err := catalog()
	if err != nil {
		return nil, err
	}
	var records []metrics.Record
	for i, spec := range rosters {
		rows := max(1, o.Rows*spec.Rows/rosters[0].Rows)
		data, err := rosterData(o.rosters[i], spec, rows, window)
		if err != nil {
			return nil, err
		}
		res := rosterResult{province: spec.Province}
		im := training.NewImporter(training.ImportOptions{Required: []training.Field{training.FieldBirthDate, training.FieldCCCD, training.FieldPhone}, Resolver: resolver, Source: spec.Province})
		res.report, err = im.Import(context.Background(), bytes.NewReader(data), func(e training.Entry) error {
			e.Learner.Unit = t.unions[i]
			if id, ok := byCode[e.Written]; ok {
				e.Learner.Unit = id
			} else {
				res.notFound++
				if id, ok := districtOf(resolver, e, byCode); ok {
					e.Learner.Unit = id
				}
			}
			if e.Date.IsZero() {
				res.noDate++ // no day to count it on
				return nil
			}
			records = append(records, entryRecords(im, e)...)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("roster of %s: %w", spec.Province, err)
		}
		t.imports = append(t.imports, res)
	}

	period := metrics.Period{From: window.Start(), To: asOf}
	if asOf.Before(window.Start()) {
		records = nil // nothing counts before the program starts
	}
	t.old = metrics.Aggregate(old, cat, slices.Values(records), metrics.Options{Period: period})
	t.cur = metrics.Aggregate(cur, cat, slices.Values(records), metrics.Options{Period: period, Successor: mapping.Nearest})
	for _, r := range []*metrics.Rollup{t.old, t.cur} {
		if err := r.Skipped().Err(); err != nil {
			return nil, err
		}
	}
	targets, err := t.targets(cat)
	if err != nil {
		return nil, err
	}
	shown := []metrics.Code{indOnlineShare, indPaymentShare, indAppUsers, indChildren}
	if t.report, err = metrics.NewReport(t.old, targets, asOf, metrics.ReportOptions{Root: t.unions[0], MaxDepth: 1, Indicators: shown}); err != nil {
		return nil, err
	}

	// The province of 1/7/2025 and its communes that came from the merged
	// province.
	newID, _ := mapping.New(t.unions[0])
	t.newUnion, _ = cur.Unit(newID)
	for u := range cur.Children(newID) {
		t.newCommunes++
		for _, s := range admin.Predecessors(u.Admin) {
			if slices.Contains(codes[1:], s.Old.Province()) {
				t.fromMerged = append(t.fromMerged, u)
				break
			}
		}
	}
	for _, code := range []metrics.Code{indYouth, indYouthOnline, indYouthPayment, indAppUsers, indChildren} {
		c := check{indicator: code, cur: intValue(t.cur, newID, code)}
		for _, u := range t.unions {
			c.old += intValue(t.old, u, code)
		}
		t.checks = append(t.checks, c)
	}
	return t, nil
}

// districtOf returns the union of the district an address names when it
// names no commune of the old units: a commune merged away before the
// data's date still leaves its district to count for. The importer does not
// say which district it read, so the address is read again; such rows are
// rare.
func districtOf(r *admin.Resolver, e training.Entry, byCode map[admin.Code]org.ID) (org.ID, bool) {
	if !e.Written.IsZero() || e.Learner.Address == "" {
		return "", false
	}
	res, err := r.Resolve(e.Learner.Address)
	if err != nil || res.District.IsZero() {
		return "", false
	}
	id, ok := byCode[res.District.Code()]
	return id, ok
}

// entryRecords counts one roster row for the learner's unit: the person as
// youth or child by their age on the day, and, as Importer.Records
// counts them, the people who used a service: only youth in the shares'
// numerators, everyone among the app's users.
func entryRecords(im *training.Importer, e training.Entry) []metrics.Record {
	age := ageOn(e.Learner, e.Date)
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

// ageOn returns the age in whole years on day d, or -1 when the roster gave
// no birth date or year.
func ageOn(l training.Learner, d vietnam.Date) int {
	switch {
	case !l.BirthDate.IsZero():
		age := d.Year() - l.BirthDate.Year()
		if d.Month() < l.BirthDate.Month() || (d.Month() == l.BirthDate.Month() && d.Day() < l.BirthDate.Day()) {
			age--
		}
		return age
	case l.BirthYear != 0:
		return d.Year() - l.BirthYear
	}
	return -1
}

// targets puts the percentage targets on the province union and on every
// district union (each keeps the percentage of its own youth) and the count
// targets on the province union.
func (t *tracker) targets(cat *metrics.Catalog) (*metrics.Targets, error) {
	period := metrics.Period{From: t.window.Start(), To: t.window.End()}
	var districts []org.ID
	var claims []metrics.Claim
	for u := range t.oldTree.Children(t.unions[0]) {
		districts = append(districts, u.ID)
		claims = append(claims, metrics.Claim{Weight: 1})
	}
	var all []metrics.Target
	for _, ts := range program.Targets {
		tg := metrics.Target{Indicator: metrics.Code(ts.Indicator), Unit: t.unions[0], Value: decimal.NewFromInt(ts.Value), Window: period}
		all = append(all, tg)
		if !ts.Percent {
			continue
		}
		tg.Kind = metrics.Percentage
		all[len(all)-1] = tg
		parts, err := metrics.AllocateTarget(tg, claims)
		if err != nil {
			return nil, err
		}
		for i := range parts {
			parts[i].Unit = districts[i]
		}
		all = append(all, parts...)
	}
	return metrics.NewTargets(cat, all...)
}

func rosterData(path string, spec rosterSpec, rows int, window campaign.Window) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	var buf bytes.Buffer
	err := synth.WriteCSV(&buf, synthConfig(spec, rows, window))
	return buf.Bytes(), err
}

func synthConfig(spec rosterSpec, rows int, window campaign.Window) synth.Config {
	return synth.Config{Seed: spec.Seed, Province: spec.Province, Rows: rows, From: window.Start(), To: window.End(),
		Errors: spec.Errors, Duplicates: spec.Duplicates, Legacy: spec.Legacy, NoTones: spec.NoTones, Services: spec.Services}
}

func intValue(r *metrics.Rollup, unit org.ID, code metrics.Code) int64 {
	v, _ := r.Value(unit, code)
	return v.Decimal().IntPart()
}

func (t *tracker) write(w io.Writer, format string) error {
	switch format {
	case "csv":
		return t.report.WriteCSV(w, t.lang)
	case "json":
		var rep bytes.Buffer
		if err := t.report.WriteJSON(&rep, t.lang); err != nil {
			return err
		}
		return t.writeJSON(w, rep.Bytes())
	}
	return t.writeText(w)
}

// mergedNames names the provinces merged into the scenario's, "Bắc Kạn",
// joined by commas, or a dash when there is none.
func (t *tracker) mergedNames() string {
	var names []string
	for _, p := range merged {
		u, ok := admin.At(treeDate).Unit(admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, p))
		if ok {
			names = append(names, u.Name())
		}
	}
	if len(names) == 0 {
		return "—"
	}
	return strings.Join(names, ", ")
}

func (t *tracker) vi(vi, en string) string {
	if t.lang == vietnam.English {
		return en
	}
	return vi
}

func (t *tracker) writeText(w io.Writer) error {
	var b strings.Builder
	num := t.num
	fmt.Fprintf(&b, "%s\n%s · %s · %s\n\n", strings.ToUpper(t.name), t.unitName(t.unions[0]), t.window,
		fmt.Sprintf(t.vi("ngày %d/%d", "day %d of %d"), t.window.DaysThrough(t.asOf), t.window.Days()))
	for _, r := range t.imports {
		fmt.Fprintf(&b, t.vi("Danh sách %s: %s dòng, nhận %s, loại %s, địa chỉ không xác định %s, không ghi ngày %s\n", "Roster of %s: %s rows, %s accepted, %s rejected, %s addresses not found, %s without a date\n"),
			t.unitName(org.IDFor(org.KindProvinceUnion, admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, r.province))),
			num.FormatInt(int64(r.report.Rows)), num.FormatInt(int64(r.report.Accepted)), num.FormatInt(int64(len(r.report.Rejected))), num.FormatInt(int64(r.notFound)), num.FormatInt(int64(r.noDate)))
	}
	t.writeTargets(&b)
	reform, year := admin.Era2025.Start(), t.window.Start().Year()
	fmt.Fprintf(&b, "\n%s\n", fmt.Sprintf(t.vi(
		"SÁP NHẬP %d/%d/%d: %s có %d xã/phường, %d từ tỉnh %s; số liệu %d của các xã này:",
		"MERGER OF %d/%d/%d: %s has %d communes, %d of them from %s; their %d figures:"),
		reform.Day(), int(reform.Month()), reform.Year(), t.newUnion.Name, t.newCommunes, len(t.fromMerged), t.mergedNames(), year))
	rows := [][]string{{t.vi("Đơn vị", "Unit"), t.vi("Thanh niên", "Youth"), t.vi("DVC trực tuyến", "Online services"), t.vi("Thanh toán ĐT", "E-payment"), t.vi("Người dùng app", "App users")}}
	for _, u := range t.fromMerged {
		rows = append(rows, []string{u.Name,
			num.FormatInt(intValue(t.cur, u.ID, indYouth)), t.pct(u.ID, indOnlineShare), t.pct(u.ID, indPaymentShare),
			num.FormatInt(intValue(t.cur, u.ID, indAppUsers))})
	}
	example.WriteTable(&b, rows)
	fmt.Fprintf(&b, "\n%s\n", t.vi("KIỂM TRA TỔNG (Thái Nguyên + Bắc Kạn cũ = Thái Nguyên mới)", "TOTALS CHECK (former Thái Nguyên + Bắc Kạn = new Thái Nguyên)"))
	for _, c := range t.checks {
		mark := "✓"
		if c.old != c.cur {
			mark = "✗"
		}
		ind, _ := t.cur.Catalog().Indicator(c.indicator)
		fmt.Fprintf(&b, "  %-48s %10s = %-10s %s\n", ind.Label(t.lang), num.FormatInt(c.old), num.FormatInt(c.cur), mark)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeTargets writes the percentage targets of every unit as one table,
// then the province's count targets.
func (t *tracker) writeTargets(b *strings.Builder) {
	num := t.num
	fmt.Fprintf(b, "\n%s\n", fmt.Sprintf(t.vi("Số liệu đến hết ngày %s. Chỉ tiêu tỷ lệ, mỗi đơn vị so với thanh niên của chính mình:", "Figures to the end of %s. Percentage targets, each unit against its own youth:"), t.asOf))
	head := []string{t.vi("Đơn vị", "Unit"), t.vi("Thanh niên", "Youth")}
	for _, code := range []metrics.Code{indOnlineShare, indPaymentShare} {
		tg, _ := t.target(code)
		head = append(head, shortName(code, t.lang)+" ("+num.FormatPercent(decimal.NewFromInt(tg.Value))+")", t.vi("Cần có", "Due"), t.vi("Trạng thái", "Status"))
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
			rows = append(rows, []string{strings.Repeat("  ", r.Depth) + r.Unit.Name, num.FormatInt(intValue(t.old, r.Unit.ID, indYouth))})
		}
		last := rows[len(rows)-1]
		actual := "–"
		if !r.Actual.IsMissing() {
			actual = num.FormatPercent(r.Actual.Decimal().Round(1))
		}
		rows[len(rows)-1] = append(last, actual, num.FormatPercent(r.Progress.Expected.Round(1)), r.Progress.Status.Label(t.lang))
	}
	example.WriteTable(b, rows)
	fmt.Fprintf(b, "\n%s\n", t.vi("Chỉ tiêu số lượng của tỉnh:", "Count targets of the province:"))
	for _, r := range counts {
		p := r.Progress
		fmt.Fprintf(b, t.vi("  %s: %s / %s (%s), cần có %s, %s, dự báo cuối kỳ %s\n", "  %s: %s / %s (%s), due %s, %s, projected %s\n"),
			r.Indicator.Label(t.lang), num.FormatInt(r.Actual.Decimal().IntPart()), num.Format(r.Target.Value),
			num.FormatPercent(p.Achieved.Mul(decimal.NewFromInt(100)).Round(1)), num.Format(p.Expected.Round(0)),
			p.Status.Label(t.lang), num.Format(p.Projection.Round(0)))
	}
}

func (t *tracker) target(code metrics.Code) (targetSpec, bool) {
	for _, ts := range program.Targets {
		if ts.Indicator == string(code) {
			return ts, true
		}
	}
	return targetSpec{}, false
}

func shortName(code metrics.Code, l vietnam.Lang) string {
	names := map[metrics.Code][2]string{
		indOnlineShare:  {"DVC trực tuyến", "Online services"},
		indPaymentShare: {"Thanh toán ĐT", "E-payment"},
	}
	return names[code][l]
}

func (t *tracker) unitName(id org.ID) string {
	u, _ := t.oldTree.Unit(id)
	return u.Name
}

func (t *tracker) pct(unit org.ID, code metrics.Code) string {
	v, _ := t.cur.Value(unit, code)
	if v.IsMissing() {
		return "–"
	}
	return t.num.FormatPercent(v.Decimal().Round(1))
}

func (t *tracker) writeJSON(w io.Writer, report []byte) error {
	type commune struct {
		ID      org.ID       `json:"unit_id"`
		Name    string       `json:"unit"`
		Admin   string       `json:"admin_code"`
		Youth   int64        `json:"youth"`
		Online  *json.Number `json:"online_share"`
		Payment *json.Number `json:"payment_share"`
		App     int64        `json:"app_users"`
	}
	share := func(u org.ID, code metrics.Code) *json.Number {
		v, _ := t.cur.Value(u, code)
		if v.IsMissing() {
			return nil
		}
		n := json.Number(v.Decimal().Round(4).String())
		return &n
	}
	type imp struct {
		Province string `json:"province"`
		Rows     int    `json:"rows"`
		Accepted int    `json:"accepted"`
		Rejected int    `json:"rejected"`
		NotFound int    `json:"address_not_found"`
		NoDate   int    `json:"rows_without_date"`
	}
	type total struct {
		Indicator metrics.Code `json:"indicator"`
		Old       int64        `json:"old"`
		New       int64        `json:"new"`
		Match     bool         `json:"match"`
	}
	out := struct {
		Program  string          `json:"program"`
		Window   string          `json:"window"`
		Imports  []imp           `json:"imports"`
		Report   json.RawMessage `json:"report"`
		Province string          `json:"new_province"`
		Communes int             `json:"new_communes"`
		Merged   []commune       `json:"communes_from_merged"`
		Checks   []total         `json:"totals_check"`
	}{Program: t.name, Window: t.window.String(), Report: report, Province: t.newUnion.Name, Communes: t.newCommunes}
	for _, r := range t.imports {
		out.Imports = append(out.Imports, imp{r.province, r.report.Rows, r.report.Accepted, len(r.report.Rejected), r.notFound, r.noDate})
	}
	for _, u := range t.fromMerged {
		out.Merged = append(out.Merged, commune{u.ID, u.Name, u.Admin.String(), intValue(t.cur, u.ID, indYouth),
			share(u.ID, indOnlineShare), share(u.ID, indPaymentShare), intValue(t.cur, u.ID, indAppUsers)})
	}
	for _, c := range t.checks {
		out.Checks = append(out.Checks, total{c.indicator, c.old, c.cur, c.old == c.cur})
	}
	return example.WriteJSON(w, out)
}
