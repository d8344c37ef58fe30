package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/curriculum"
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
	}
	rosterSpec struct {
		Seed                                          uint64
		Rows                                          int
		Errors, Duplicates, Legacy, NoTones, Services float64
	}
)

// treeDate is the last day of the pre-2025 units, whose tree the reform
// carries over.
const treeDate = "30/6/2025"

// columns are the indicators of the unit table, from training.Indicators:
// people in the AI classes and their attendances (counted over the AI
// campaign's window), and two assisted services of the movement: the people
// confirmed on VNeID, each once, as the target counts them, and the fraud
// awareness sessions held.
var columns = []metrics.Code{training.Learners, training.Attendances,
	training.ServiceUsers(training.VNeIDLevel2), training.ServiceIndicator(training.FraudAwareness)}

// tracker holds the figures of both programs at one date.
type tracker struct {
	lang     vietnam.Lang
	num      vietnam.NumberConvention
	asOf     vietnam.Date
	ai, mv   campaign.Window
	before   [2]int // districts and communes before 1/7/2025
	after    int    // communes from 1/7/2025
	course   []competenceLine
	hours    float64
	imported training.ImportReport
	notFound int
	noDate   int
	// tree is the tree in force on asOf; aiRollup and mvRollup count the
	// records over each program's window up to asOf.
	tree               *org.Tree
	root               org.Unit
	aiRollup, mvRollup *metrics.Rollup
	target             []metrics.Row
}

type competenceLine struct {
	code, name, level, lesson string
}

func track(o options) (*tracker, error) {
	asOf, err := vietnam.ParseDate(o.AsOf)
	if err != nil {
		return nil, fmt.Errorf("-date: %w", err)
	}
	t := &tracker{asOf: asOf, num: vietnam.NumberVietnamese}
	if o.Lang == "en" {
		t.lang, t.num = vietnam.English, vietnam.NumberEnglish
	}
	if t.ai, err = campaign.ParseWindow(aiCampaign.Window); err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	if t.mv, err = campaign.ParseWindow(movement.Window); err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	if err := t.readCourse(); err != nil {
		return nil, err
	}

	day, err := vietnam.ParseDate(treeDate)
	if err != nil {
		return nil, err
	}
	code, err := admin.ParseCode(admin.EraPre2025, admin.LevelProvince, province)
	if err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	dir := admin.At(day)
	for d := range dir.Children(code) {
		t.before[0]++
		for range dir.Children(d.Code()) {
			t.before[1]++
		}
	}
	old, err := org.MirrorUnion(dir, code)
	if err != nil {
		return nil, err
	}
	cur, mapping, err := example.Migrate(old, splitChoices)
	if err != nil {
		return nil, err
	}
	for range cur.Descendants(mustNew(mapping, org.IDFor(org.KindProvinceUnion, code))) {
		t.after++
	}

	// Every row counts for the commune union its address names, in the era
	// the address was written in.
	units := map[admin.Code]org.ID{}
	for _, tr := range []*org.Tree{old, cur} {
		for _, u := range tr.All() {
			if !u.Admin.IsZero() {
				units[u.Admin] = u.ID
			}
		}
	}
	data, err := rosterData(o.roster, max(1, o.Rows))
	if err != nil {
		return nil, err
	}
	var records []metrics.Record
	resolver := admin.NewResolver(admin.Embedded())
	im := training.NewImporter(training.ImportOptions{Required: []training.Field{training.FieldBirthDate, training.FieldCCCD, training.FieldPhone}, Resolver: resolver, Source: "roster"})
	t.imported, err = im.Import(context.Background(), bytes.NewReader(data), func(e training.Entry) error {
		e.Learner.Unit = org.IDFor(org.KindProvinceUnion, code)
		if id, ok := units[e.Written]; ok {
			e.Learner.Unit = id
		} else {
			t.notFound++
			if id, ok := districtOf(resolver, e, units); ok {
				e.Learner.Unit = id
			}
		}
		if e.Date.IsZero() {
			t.noDate++ // Records has no day to count it on
		}
		for _, r := range im.Records(e) {
			records = append(records, r.Record)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	// The units in force on the report date: the districts before the
	// reform, the 45 communes from it, where old records follow the
	// mapping.
	t.tree = old
	opts := metrics.Options{}
	if !asOf.Before(admin.Era2025.Start()) {
		t.tree, opts.Successor = cur, mapping.Nearest
	}
	cat, err := catalog()
	if err != nil {
		return nil, err
	}
	for r := range t.tree.Roots() {
		t.root = r
	}
	rollup := func(w campaign.Window) (*metrics.Rollup, error) {
		o := opts
		o.Period = metrics.Period{From: w.Start(), To: asOf}
		recs := records
		if asOf.Before(w.Start()) {
			recs = nil
		}
		r := metrics.Aggregate(t.tree, cat, slices.Values(recs), o)
		return r, r.Skipped().Err()
	}
	if t.aiRollup, err = rollup(t.ai); err != nil {
		return nil, err
	}
	if t.mvRollup, err = rollup(t.mv); err != nil {
		return nil, err
	}
	var targets []metrics.Target
	for _, ts := range movement.Targets {
		targets = append(targets, metrics.Target{Indicator: metrics.Code(ts.Indicator), Unit: t.root.ID,
			Value: decimal.NewFromInt(ts.Value), Window: metrics.Period{From: t.mv.Start(), To: t.mv.End()}})
	}
	set, err := metrics.NewTargets(cat, targets...)
	if err != nil {
		return nil, err
	}
	rep, err := metrics.NewReport(t.mvRollup, set, asOf, metrics.ReportOptions{Root: t.root.ID, MaxDepth: 1, OnlyTargets: true})
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
		line := competenceLine{code: c.Code, name: c.Name.Label(t.lang), level: lvl.Code}
		if i < len(aiCourse.Lessons) {
			line.lesson = aiCourse.Lessons[i].Title
		}
		t.course = append(t.course, line)
	}
	t.hours = aiCourse.Duration().Hours()
	return nil
}

// catalog returns training's indicators, the people confirmed on VNeID
// named as the movement's target names them.
func catalog() (*metrics.Catalog, error) {
	inds := training.Indicators(nil)
	for i := range inds {
		if inds[i].Code == training.ServiceUsers(training.VNeIDLevel2) {
			inds[i].NameVI, inds[i].NameEN = "Người được xác thực VNeID mức 2", "People confirmed on VNeID level 2"
		}
	}
	return metrics.NewCatalog(inds...)
}

// districtOf returns the union of the district an address names when it
// names no commune: a commune merged away before the data's date still
// leaves its district to count for. The importer does not say which
// district it read, so the address is read again; such rows are rare.
func districtOf(r *admin.Resolver, e training.Entry, units map[admin.Code]org.ID) (org.ID, bool) {
	if !e.Written.IsZero() || e.Learner.Address == "" {
		return "", false
	}
	res, err := r.Resolve(e.Learner.Address)
	if err != nil || res.District.IsZero() {
		return "", false
	}
	id, ok := units[res.District.Code()]
	return id, ok
}

func mustNew(m *org.Mapping, id org.ID) org.ID {
	if n, ok := m.New(id); ok {
		return n
	}
	return id
}

func rosterData(path string, rows int) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	w, err := campaign.ParseWindow(aiCampaign.Window)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = synth.WriteCSV(&buf, synthConfig(rows, w))
	return buf.Bytes(), err
}

func synthConfig(rows int, w campaign.Window) synth.Config {
	return synth.Config{Seed: roster.Seed, Province: province, Rows: rows, From: w.Start(), To: w.End(),
		Errors: roster.Errors, Duplicates: roster.Duplicates, Legacy: roster.Legacy, NoTones: roster.NoTones, Services: roster.Services}
}

func (t *tracker) vi(vi, en string) string {
	if t.lang == vietnam.English {
		return en
	}
	return vi
}

// row is one unit of the table.
type row struct {
	Unit   org.ID  `json:"unit_id"`
	Name   string  `json:"unit"`
	Admin  string  `json:"admin_code,omitempty"`
	Values []int64 `json:"values"`
}

// rows returns the root and its children with the columns' values.
func (t *tracker) rows() []row {
	units := []org.Unit{t.root}
	for u := range t.tree.Children(t.root.ID) {
		units = append(units, u)
	}
	out := make([]row, 0, len(units))
	for _, u := range units {
		r := row{Unit: u.ID, Name: u.Name}
		if !u.Admin.IsZero() {
			r.Admin = u.Admin.String()
		}
		for i, code := range columns {
			src := t.mvRollup
			if i < 2 {
				src = t.aiRollup // the classes are the AI campaign's
			}
			v, _ := src.Value(u.ID, code)
			r.Values = append(r.Values, v.Decimal().IntPart())
		}
		out = append(out, r)
	}
	return out
}

func (t *tracker) header() []string {
	return []string{t.vi("Đơn vị", "Unit"), t.vi("Học viên AI", "AI learners"), t.vi("Lượt học", "Attendances"),
		t.vi("VNeID mức 2", "VNeID level 2"), t.vi("Chống lừa đảo", "Fraud awareness")}
}

func (t *tracker) write(w io.Writer, format string) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(append([]string{"unit_id", "admin_code"}, append([]string{"unit"}, codes()...)...))
		for _, r := range t.rows() {
			rec := []string{string(r.Unit), r.Admin, r.Name}
			for _, v := range r.Values {
				rec = append(rec, strconv.FormatInt(v, 10))
			}
			cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	case "json":
		return t.writeJSON(w)
	}
	return t.writeText(w)
}

func codes() []string {
	out := make([]string, len(columns))
	for i, c := range columns {
		out[i] = string(c)
	}
	return out
}

func (t *tracker) status(w campaign.Window) string {
	s := (campaign.Campaign{Window: w}).StatusOn(t.asOf)
	if t.lang == vietnam.English {
		return s.String()
	}
	return s.Label(vietnam.Vietnamese)
}

func (t *tracker) writeText(w io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("%s · %s", strings.ToUpper(t.vi(aiCampaign.NameVI, aiCampaign.NameEN)), strings.ToUpper(t.vi(movement.NameVI, movement.NameEN)))
	line(t.vi("%s · số liệu đến hết ngày %s", "%s · figures to the end of %s"), t.root.Name, t.asOf)
	for _, p := range []struct {
		spec programSpec
		w    campaign.Window
	}{{aiCampaign, t.ai}, {movement, t.mv}} {
		line(t.vi("  %s: %s, %s, ngày %d/%d", "  %s: %s, %s, day %d of %d"), t.vi(p.spec.NameVI, p.spec.NameEN), p.w, t.status(p.w), p.w.DaysThrough(t.asOf), p.w.Days())
	}
	line("")
	fw := curriculum.TT02()
	area, _ := fw.Area(t.course[0].code)
	line(t.vi("Nội dung \"%s\" (%s giờ), theo miền %s \"%s\" của %s:", "Course \"%s\" (%s hours), on domain %s \"%s\" of %s:"),
		aiCourse.Title.Label(t.lang), t.num.Format(decimal.NewFromFloat(t.hours)), area.Code, area.Name.Label(t.lang), fw.Source)
	for _, c := range t.course {
		line("  %s %s (%s): %s", c.code, c.name, c.level, c.lesson)
	}
	line("")
	line(t.vi("Đơn vị hành chính: trước 01/07/2025 có %d huyện và %d xã/phường/thị trấn; từ 01/07/2025 có %d xã/phường.",
		"Administrative units: before 01/07/2025, %d districts and %d communes; from 01/07/2025, %d communes."), t.before[0], t.before[1], t.after)
	line(t.vi("Danh sách: %s dòng, nhận %s, loại %s, địa chỉ không xác định xã %s, không ghi ngày %s.", "Roster: %s rows, %s accepted, %s rejected, %s addresses with no known commune, %s without a date."),
		t.num.FormatInt(int64(t.imported.Rows)), t.num.FormatInt(int64(t.imported.Accepted)), t.num.FormatInt(int64(len(t.imported.Rejected))), t.num.FormatInt(int64(t.notFound)), t.num.FormatInt(int64(t.noDate)))
	for _, r := range t.target {
		p := r.Progress
		line(t.vi("Chỉ tiêu %s: %s / %s (%s), cần có %s, %s, dự báo %s.", "Target, %s: %s / %s (%s), due %s, %s, projected %s."),
			r.Indicator.Label(t.lang), t.num.FormatInt(r.Actual.Decimal().IntPart()), t.num.Format(r.Target.Value),
			t.num.FormatPercent(p.Achieved.Mul(decimal.NewFromInt(100)).Round(1)), t.num.Format(p.Expected.Round(0)), p.Status.Label(t.lang), t.num.Format(p.Projection.Round(0)))
	}
	line("")
	if t.asOf.Before(admin.Era2025.Start()) {
		line(t.vi("THEO %d HUYỆN (trước 01/07/2025)", "BY %d DISTRICTS (before 01/07/2025)"), t.before[0])
	} else {
		line(t.vi("THEO %d XÃ/PHƯỜNG (từ 01/07/2025; số liệu trước đó chuyển theo đơn vị kế thừa)", "BY %d COMMUNES (from 01/07/2025; earlier records follow their successor units)"), t.after)
	}
	table := [][]string{t.header()}
	for i, r := range t.rows() {
		name := r.Name
		if i > 0 {
			name = "  " + name
		}
		cells := []string{name}
		for _, v := range r.Values {
			cells = append(cells, t.num.FormatInt(v))
		}
		table = append(table, cells)
	}
	example.WriteTable(&b, table)
	_, err := io.WriteString(w, b.String())
	return err
}

func (t *tracker) writeJSON(w io.Writer) error {
	type target struct {
		Indicator metrics.Code `json:"indicator"`
		Actual    int64        `json:"actual"`
		Target    string       `json:"target"`
		Status    string       `json:"status"`
	}
	out := struct {
		AsOf    vietnam.Date `json:"as_of"`
		Before  [2]int       `json:"districts_and_communes_before"`
		After   int          `json:"communes_after"`
		Course  []string     `json:"competences"`
		Rows    int          `json:"rows"`
		Accept  int          `json:"accepted"`
		Reject  int          `json:"rejected"`
		Missing int          `json:"address_not_found"`
		NoDate  int          `json:"rows_without_date"`
		Columns []string     `json:"columns"`
		Units   []row        `json:"units"`
		Targets []target     `json:"targets"`
	}{AsOf: t.asOf, Before: t.before, After: t.after, Rows: t.imported.Rows, Accept: t.imported.Accepted,
		Reject: len(t.imported.Rejected), Missing: t.notFound, NoDate: t.noDate, Columns: codes(), Units: t.rows()}
	for _, c := range t.course {
		out.Course = append(out.Course, c.code)
	}
	for _, r := range t.target {
		out.Targets = append(out.Targets, target{r.Indicator.Code, r.Actual.Decimal().IntPart(), r.Target.Value.String(), r.Progress.Status.String()})
	}
	return example.WriteJSON(w, out)
}
