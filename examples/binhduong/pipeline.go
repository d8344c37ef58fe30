package main

import (
	"bytes"
	"context"
	"crypto/rand"
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

// The shapes of the scenario's data (scenario.go).
type (
	campaignSpec struct {
		ID, NameVI, NameEN string
		Window             string
		Targets            []targetSpec
	}
	targetSpec struct {
		Indicator string
		Value     int64
		Percent   bool // a percentage of the unit's own denominator
	}
	weight struct {
		District string // pre-2025 district code
		Name     string // for the reader of scenario.go; checked against the data
		Value    int64
	}
	cadreClass struct {
		District string
		Date     string
	}
	rosterSpec struct {
		Seed                                          uint64
		Rows                                          int
		Errors, Duplicates, Legacy, NoTones, Services float64
	}
)

// reform is the first day of the 2025 administrative units.
var reform = admin.Era2025.Start()

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

// world is the province's union before and after the reform.
type world struct {
	old, cur *org.Tree
	mapping  *org.Mapping
	// oldUnion and curUnion are the province unions of each tree.
	oldUnion, curUnion org.Unit
	// oldByCode and curByCode find the commune union of an admin unit.
	oldByCode, curByCode map[admin.Code]org.ID
	// district gives, for a unit of the new tree, the former district
	// union its records count for in the old view.
	district map[org.ID]org.ID
	// split counts the old communes divided among several new ones;
	// pending, those of them that neither splitChoices nor org's
	// SettleSplits rule could settle, whose records count for the
	// province union in the new view until the province decides.
	split, pending int
	// straddling counts the new communes made of communes of several
	// former districts.
	straddling int
	// resolver reads the rosters' addresses, shared by every import.
	resolver *admin.Resolver
	// keys turns the learners' CCCDs into subject keys, so that no raw
	// citizen ID reaches a record or the report.
	keys *metrics.Pseudonymizer
}

func buildWorld() (*world, error) {
	day, err := vietnam.ParseDate(treeDate)
	if err != nil {
		return nil, err
	}
	code, err := admin.ParseCode(admin.EraPre2025, admin.LevelProvince, province)
	if err != nil {
		return nil, err
	}
	old, err := org.MirrorUnion(admin.At(day), code)
	if err != nil {
		return nil, err
	}
	cur, mapping, err := example.Migrate(old, splitChoices)
	if err != nil {
		return nil, err
	}
	// The program's secret keys the subject pseudonyms. A deployment keeps
	// one fixed secret (HOCVUSO_SECRET here, at least 32 bytes) so that
	// keys agree from run to run; without it, a fresh random secret serves
	// one run, which is all a dashboard's distinct counts need.
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
	w := &world{old: old, cur: cur, mapping: mapping, resolver: admin.NewResolver(admin.Embedded()), keys: keys,
		oldByCode: map[admin.Code]org.ID{}, curByCode: map[admin.Code]org.ID{}, district: map[org.ID]org.ID{}}
	for mv := range mapping.Moves() {
		if isSplit(mv.From) {
			w.split++
		}
	}
	w.pending = len(mapping.Pending())
	for r := range old.Roots() {
		w.oldUnion = r
	}
	for r := range cur.Roots() {
		w.curUnion = r
	}
	for _, u := range old.All() {
		if !u.Admin.IsZero() {
			w.oldByCode[u.Admin] = u.ID
		}
	}
	for _, u := range cur.All() {
		if !u.Admin.IsZero() {
			w.curByCode[u.Admin] = u.ID
		}
		if u.Kind == org.KindCommuneUnion {
			d, n := w.formerDistrict(u)
			w.district[u.ID] = d
			if n > 1 {
				w.straddling++
			}
		}
	}
	return w, w.checkWeights()
}

// formerDistrict returns the former district union that a new commune's
// records count for in the old view, and how many former districts it took
// communes from. A new ward made of communes of several districts counts
// for the one that gave it most of them, in whole or in part, the first in
// the tree on a tie:
// the district level ended on 30/6/2025 and nothing finer is known.
func (w *world) formerDistrict(u org.Unit) (org.ID, int) {
	count := map[org.ID]int{}
	for _, s := range admin.Predecessors(u.Admin) {
		if id, ok := w.oldByCode[s.Old.District()]; ok {
			count[id]++
		}
	}
	best, bestN := w.oldUnion.ID, 0
	for d := range w.old.Children(w.oldUnion.ID) {
		if n := count[d.ID]; n > bestN {
			best, bestN = d.ID, n
		}
	}
	return best, len(count)
}

// checkWeights makes sure every weight names a district of the province, so
// that a typo in scenario.go is an error and not a silent zero.
func (w *world) checkWeights() error {
	for _, dw := range districtWeights {
		id, err := w.districtUnion(dw.District)
		if err != nil {
			return err
		}
		u, _ := w.old.Unit(id)
		if !strings.HasSuffix(vietnam.Fold(u.Name), " "+vietnam.Fold(dw.Name)) {
			return fmt.Errorf("scenario: district %s is %q, not %q", dw.District, u.Name, dw.Name)
		}
	}
	return nil
}

func (w *world) districtUnion(code string) (org.ID, error) {
	c, err := admin.ParseCode(admin.EraPre2025, admin.LevelDistrict, code)
	if err != nil {
		return "", fmt.Errorf("scenario: %w", err)
	}
	id, ok := w.oldByCode[c]
	if !ok {
		return "", fmt.Errorf("scenario: district %q is not in province %s", code, province)
	}
	return id, nil
}

// place is where one roster row counts: a unit of the old tree and a unit of
// the new one.
type place struct {
	old, cur org.ID
	found    bool // false: the address named no commune of the province
}

// locate places a row by the commune its address names, in the era it was
// written (Entry.Written). An address written with the old units lands on
// the old commune and follows the migration to the new one; an address
// written with the new units lands on the new commune and, in the old view,
// on its former district. A split commune that waits for the province's
// decision (Pending) counts for the province union in the new view.
// An address that names no commune of the province
// counts for the district it names in the old view, else for the province
// union, and for the province union in the new view, so that nothing is
// lost from the totals.
func (w *world) locate(e training.Entry) place {
	if id, ok := w.oldByCode[e.Written]; ok {
		next, ok := w.mapping.New(id)
		if !ok {
			next = w.curUnion.ID // a split commune still waiting for a decision
		}
		return place{old: id, cur: next, found: true}
	}
	if id, ok := w.curByCode[e.Written]; ok {
		return place{old: w.district[id], cur: id, found: true}
	}
	// A commune unknown to the data (merged away before it, or misspelt)
	// still leaves its district, if the address names one: the one case
	// where the importer's answer is not enough, so the address is read
	// again. Such rows are rare; the resolver's index is already built.
	if e.Written.IsZero() && e.Learner.Address != "" {
		if res, err := w.resolver.Resolve(e.Learner.Address); err == nil && !res.District.IsZero() {
			if id, ok := w.oldByCode[res.District.Code()]; ok {
				return place{old: id, cur: w.curUnion.ID}
			}
		}
	}
	return place{old: w.oldUnion.ID, cur: w.curUnion.ID}
}

// row is one accepted roster row after cleaning, placing and deduplication.
type row struct {
	date    vietnam.Date
	service training.Service
	group   training.Group
	at      place
	line    int
	person  training.LearnerID
}

// intake is what became of one roster.
type intake struct {
	source   string
	report   training.ImportReport
	rows     []row
	people   int
	conflict int // people whose rows disagree on a field
	notFound int // accepted rows whose address named no commune of the province
	noDate   int // accepted rows without a date: their people count, their records cannot
	keys     *metrics.Pseudonymizer
}

// merged returns the number of accepted rows merged into an earlier row of
// the same person.
func (in *intake) merged() int { return len(in.rows) - in.people }

// readRoster imports, resolves and deduplicates a roster. The importer
// resolves each address (once per distinct text) with the world's resolver,
// whose index of names is built once for every roster.
func (w *world) readRoster(source string, r io.Reader) (*intake, error) {
	in := &intake{source: source, keys: w.keys}
	dd := training.NewDeduper()
	im := training.NewImporter(training.ImportOptions{Required: []training.Field{training.FieldBirthDate, training.FieldCCCD, training.FieldPhone}, Resolver: w.resolver, Source: source, Tones: vietnam.ToneClassic})
	rep, err := im.Import(context.Background(), r, func(e training.Entry) error {
		p := w.locate(e)
		if !p.found {
			in.notFound++
		}
		if e.Date.IsZero() {
			in.noDate++
		}
		// The deduper matches on the current commune (set by the importer)
		// when nothing better is shared.
		dd.Add(training.Ref{Source: source, Row: e.Row}, e.Learner)
		in.rows = append(in.rows, row{date: e.Date, service: e.Service, group: e.Learner.Group, at: p, line: e.Row})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	in.report = rep
	// Rows were kept in file order; the deduper names the person of each.
	byRow := make(map[int]training.LearnerID, len(in.rows))
	people, err := dd.Result(context.Background())
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		in.people++
		if len(p.Conflicts) > 0 {
			in.conflict++
		}
		for _, ref := range p.Rows {
			byRow[ref.Row] = p.ID
		}
	}
	for i := range in.rows {
		in.rows[i].person = byRow[in.rows[i].line]
	}
	return in, nil
}

// generated writes the roster of spec for the province over the window.
func generated(spec rosterSpec, rows int, window campaign.Window) ([]byte, error) {
	var buf bytes.Buffer
	err := synth.WriteCSV(&buf, synthConfig(spec, rows, window))
	return buf.Bytes(), err
}

func synthConfig(spec rosterSpec, rows int, window campaign.Window) synth.Config {
	return synth.Config{
		Seed: spec.Seed, Province: province, Rows: rows,
		From: window.Start(), To: window.End(),
		Errors: spec.Errors, Duplicates: spec.Duplicates, Legacy: spec.Legacy,
		NoTones: spec.NoTones, Services: spec.Services,
	}
}

// records turns the rows into metrics records for one view: old selects the
// unit of the old tree, else of the new one.
func (in *intake) records(old bool, study bool) []metrics.Record {
	var out []metrics.Record
	for _, r := range in.rows {
		if r.date.IsZero() {
			continue // no day to count it on; reported as noDate
		}
		unit := r.at.cur
		if old {
			unit = r.at.old
		}
		rec := metrics.Record{Unit: unit, Date: r.date, Value: 1, Subject: in.keys.Key(string(r.person))}
		switch {
		case study:
			rec.Indicator = indStudy
		case r.service == training.SmartCA:
			rec.Indicator = metrics.Code(indSmartCA)
		case r.service == "" && r.group == "doan_vien":
			rec.Indicator = indUnionMembers
		default:
			continue
		}
		out = append(out, rec)
	}
	return out
}

// classRecords are the cadre classes of the plan: one planned on the first
// day of the campaign, one held on its day. They belong to the old district
// unions; the migration carries them to the new province union.
func (w *world) classRecords(start vietnam.Date, successor bool) ([]metrics.Record, error) {
	var out []metrics.Record
	for _, c := range cadreClasses {
		id, err := w.districtUnion(c.District)
		if err != nil {
			return nil, err
		}
		day, err := vietnam.ParseDate(c.Date)
		if err != nil {
			return nil, fmt.Errorf("scenario: class of %s: %w", c.District, err)
		}
		if successor {
			id, _ = w.mapping.New(id)
		}
		out = append(out,
			metrics.Record{Indicator: indClassesPlan, Unit: id, Date: start, Value: 1},
			metrics.Record{Indicator: indClassesHeld, Unit: id, Date: day, Value: 1})
	}
	return out, nil
}

// targets returns the province targets of spec on the old province union and
// their allocation to the former districts.
func (w *world) targets(spec campaignSpec, window campaign.Window) (province, all []metrics.Target, err error) {
	period := metrics.Period{From: window.Start(), To: window.End()}
	var claims []metrics.Claim
	var units []org.ID
	for _, dw := range districtWeights {
		id, err := w.districtUnion(dw.District)
		if err != nil {
			return nil, nil, err
		}
		claims = append(claims, metrics.Claim{Weight: dw.Value})
		units = append(units, id)
	}
	for _, ts := range spec.Targets {
		t := metrics.Target{Indicator: metrics.Code(ts.Indicator), Unit: w.oldUnion.ID, Value: decimal.NewFromInt(ts.Value), Window: period}
		if ts.Percent {
			t.Kind = metrics.Percentage
		}
		parts, err := metrics.AllocateTarget(t, claims)
		if err != nil {
			return nil, nil, fmt.Errorf("scenario: allocating %s: %w", ts.Indicator, err)
		}
		province = append(province, t)
		all = append(all, t)
		for i := range parts {
			parts[i].Unit = units[i]
		}
		all = append(all, parts...)
	}
	return province, all, nil
}

// indicatorsOf lists the indicators with a target, in the order of spec.
func indicatorsOf(spec campaignSpec) []metrics.Code {
	var out []metrics.Code
	for _, t := range spec.Targets {
		out = append(out, metrics.Code(t.Indicator))
	}
	return out
}

// errSkipped reports records a rollup could not place: the example promises
// that nothing is lost, so any is a failure of the pipeline.
func errSkipped(view string, s metrics.Skipped) error {
	if err := s.Err(); err != nil {
		return fmt.Errorf("%s view: %w", view, err)
	}
	return nil
}

// concat joins record slices.
func concat(parts ...[]metrics.Record) []metrics.Record { return slices.Concat(parts...) }

// isSplit reports whether the reform divided the old commune among several
// new ones.
func isSplit(c admin.Code) bool {
	return c.Level() == admin.LevelCommune && len(admin.Successors(c)) > 1
}
