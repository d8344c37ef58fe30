package example

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A World is the Youth Union of a scenario's province on both sides of
// the reform of 1/7/2025: the union trees of the province and of the
// provinces merged into it, mirrored from the units of 30/6/2025, and the
// tree they became. Every example reads its rosters against one.
type World struct {
	// Old is the tree of 30/6/2025, one root per province; Cur the tree it
	// became, under the union of the 2025 province.
	Old, Cur *org.Tree
	Mapping  *org.Mapping
	// Provinces are the pre-2025 province codes, the scenario's first,
	// and Unions their unions in Old, in the same order.
	Provinces []admin.Code
	Unions    []org.ID
	// NewUnion is the union the scenario's province union became.
	NewUnion org.Unit
	// Resolver reads the rosters' addresses; its index is built once for
	// every roster.
	Resolver *admin.Resolver
	// Split counts the old communes divided among several new ones;
	// Pending, those of them that neither the scenario's split choices nor
	// org's SettleSplits rule settled, whose records count for NewUnion
	// until the province decides. Straddling counts the new communes made
	// of communes of several former districts.
	Split, Pending, Straddling int

	oldByCode, curByCode map[admin.Code]org.ID
	district             map[org.ID]org.ID
}

// NewWorld mirrors the unions of province and of the provinces merged
// into it (pre-2025 codes) and carries them across the reform with the
// scenario's split choices (see Migrate).
func NewWorld(province string, merged []string, splitChoices map[string]string) (*World, error) {
	w := &World{Resolver: admin.NewResolver(admin.Embedded()),
		oldByCode: map[admin.Code]org.ID{}, curByCode: map[admin.Code]org.ID{}, district: map[org.ID]org.ID{}}
	for _, p := range append([]string{province}, merged...) {
		c, err := admin.ParseCode(admin.EraPre2025, admin.LevelProvince, p)
		if err != nil {
			return nil, fmt.Errorf("scenario: %w", err)
		}
		w.Provinces = append(w.Provinces, c)
		w.Unions = append(w.Unions, org.IDFor(org.KindProvinceUnion, c))
	}
	var err error
	if w.Old, err = org.MirrorUnion(admin.At(TreeDate()), w.Provinces...); err != nil {
		return nil, err
	}
	if w.Cur, w.Mapping, err = Migrate(w.Old, splitChoices); err != nil {
		return nil, err
	}
	newID, _ := w.Mapping.New(w.Unions[0])
	w.NewUnion, _ = w.Cur.Unit(newID)
	for mv := range w.Mapping.Moves() {
		if mv.From.Level() == admin.LevelCommune && len(admin.Successors(mv.From)) > 1 {
			w.Split++
		}
	}
	w.Pending = len(w.Mapping.Pending())
	for _, u := range w.Old.All() {
		if !u.Admin.IsZero() {
			w.oldByCode[u.Admin] = u.ID
		}
	}
	for _, u := range w.Cur.All() {
		if !u.Admin.IsZero() {
			w.curByCode[u.Admin] = u.ID
		}
		if u.Kind == org.KindCommuneUnion {
			d, n := w.formerDistrict(u)
			w.district[u.ID] = d
			if n > 1 {
				w.Straddling++
			}
		}
	}
	return w, nil
}

// Migrate carries old, a union tree mirrored from the units before the
// reform of 1/7/2025, across it. splitChoices settles the old communes the
// reform split among several new ones: pre-2025 commune code → the 2025
// commune their records go to. A commune without a choice goes as
// org.MigrateOptions.SettleSplits decides: to a successor that would
// otherwise have no union, else to the one that took all its population,
// else it waits (Pending) and its records count for the union above it.
func Migrate(old *org.Tree, splitChoices map[string]string) (*org.Tree, *org.Mapping, error) {
	byCommune := make(map[admin.Code]admin.Code, len(splitChoices))
	for from, to := range splitChoices {
		f, errFrom := admin.ParseCode(admin.EraPre2025, admin.LevelCommune, from)
		t, errTo := admin.ParseCode(admin.Era2025, admin.LevelCommune, to)
		if err := errors.Join(errFrom, errTo); err != nil {
			return nil, nil, fmt.Errorf("scenario: splitChoices %q: %q: %w", from, to, err)
		}
		byCommune[f] = t
	}
	choices, err := org.ChoicesByCommune(old, nil, byCommune)
	if err != nil {
		return nil, nil, fmt.Errorf("scenario: splitChoices: %w", err)
	}
	return org.Migrate(old, org.MigrateOptions{Choices: choices, SettleSplits: true})
}

// TreeDate is the day the old trees are mirrored: the last day of the
// units before the reform, which it then carries over.
func TreeDate() vietnam.Date { return admin.Era2025.Start().AddDays(-1) }

// OldUnit returns the unit of the old tree mirrored from an admin unit.
func (w *World) OldUnit(c admin.Code) (org.ID, bool) {
	id, ok := w.oldByCode[c]
	return id, ok
}

// CurUnit returns the unit of the new tree mirrored from an admin unit.
func (w *World) CurUnit(c admin.Code) (org.ID, bool) {
	id, ok := w.curByCode[c]
	return id, ok
}

// District returns the union of a former district of the scenario's
// provinces from its pre-2025 code, as a scenario writes it.
func (w *World) District(code string) (org.ID, error) {
	c, err := admin.ParseCode(admin.EraPre2025, admin.LevelDistrict, code)
	if err != nil {
		return "", fmt.Errorf("scenario: %w", err)
	}
	id, ok := w.oldByCode[c]
	if !ok {
		return "", fmt.Errorf("scenario: district %q is not in province %s", code, w.Provinces[0].String())
	}
	return id, nil
}

// formerDistrict returns the former district union that a new commune's
// records count for in the old view, and how many former districts it
// took communes from. A new ward made of communes of several districts
// counts for the one that gave it most of them, in whole or in part, the
// first in the tree on a tie: the district level ended on 30/6/2025 and
// nothing finer is known.
func (w *World) formerDistrict(u org.Unit) (org.ID, int) {
	count := map[org.ID]int{}
	for _, s := range admin.Predecessors(u.Admin) {
		if id, ok := w.oldByCode[s.Old.District()]; ok {
			count[id]++
		}
	}
	best, bestN := w.Unions[0], 0
	for _, root := range w.Unions {
		for d := range w.Old.Children(root) {
			if n := count[d.ID]; n > bestN {
				best, bestN = d.ID, n
			}
		}
	}
	return best, len(count)
}

// A Place is where one roster row counts: a unit of the old tree and a
// unit of the new one.
type Place struct {
	Old, Cur org.ID
	Found    bool // false: the address named no commune of the provinces
	// Ambiguous: the address reads as several communes
	// (training.Entry.Candidates) and counts for none of them.
	Ambiguous bool
}

// Locate places a row by the commune its address names, in the era it was
// written (Entry.Written). An address written with the old units lands on
// the old commune and follows the migration to the new one; one written
// with the new units lands on the new commune and, in the old view, on its
// former district. A split commune waiting for a decision counts for
// NewUnion in the new view. An address that names no commune counts for
// the district it names in the old view, else for home (the union of the
// province whose roster it is), and for NewUnion in the new view, so that
// nothing is lost from the totals. An address that reads as several
// communes (no Written, several Candidates) counts for home and NewUnion:
// counting it on one of them would be a pick nobody made.
func (w *World) Locate(e training.Entry, home org.ID) Place {
	written, address := e.Written, e.Learner.Address
	if written.IsZero() && len(e.Candidates) > 1 {
		return Place{Old: home, Cur: w.NewUnion.ID, Ambiguous: true}
	}
	if id, ok := w.oldByCode[written]; ok {
		next, ok := w.Mapping.New(id)
		if !ok {
			next = w.NewUnion.ID
		}
		return Place{Old: id, Cur: next, Found: true}
	}
	if id, ok := w.curByCode[written]; ok {
		return Place{Old: w.district[id], Cur: id, Found: true}
	}
	// A commune unknown to the data (merged away before it, or misspelt)
	// still leaves its district, if the address names one: the importer
	// does not say which district it read, so the address is read again.
	// Such rows are rare; the resolver's index is already built.
	if written.IsZero() && address != "" {
		if res, err := w.Resolver.Resolve(address); err == nil && !res.District.IsZero() {
			if id, ok := w.oldByCode[res.District.Code()]; ok {
				return Place{Old: id, Cur: w.NewUnion.ID}
			}
		}
	}
	return Place{Old: home, Cur: w.NewUnion.ID}
}

// Views are a campaign's report on both sides of the reform, and the
// totals check between them.
type Views struct {
	Indicators []metrics.Indicator // those of the targets, in order
	Old, New   []metrics.Row
	Checks     []Check
}

// Views reports the campaign c on the old units with targets (every
// target, the province's and its parts), its records on the old units in
// old; and from the reform on, on the new units with the province targets
// carried to the new province union, its records on the new units in cur,
// with the totals check of every indicator of c's targets: the sum over
// the old province unions against the new union. A record neither view
// can place is an error: the examples promise that nothing is lost.
func (w *World) Views(c campaign.Campaign, cat *metrics.Catalog, targets, province []metrics.Target, old, cur []metrics.Record, asOf vietnam.Date) (Views, error) {
	var v Views
	var codes []metrics.Code
	for _, t := range province {
		ind, _ := cat.Indicator(t.Indicator)
		codes, v.Indicators = append(codes, t.Indicator), append(v.Indicators, ind)
	}
	c.Owner = w.Unions[0]
	oc := c
	oc.Targets = targets
	r, err := oc.Report(asOf, campaign.Data{Tree: w.Old, View: campaign.BeforeReform(nil), Catalog: cat, Records: slices.Values(old),
		Table: metrics.ReportOptions{MaxDepth: 1, Indicators: codes, OnlyTargets: true}})
	if err != nil {
		return v, err
	}
	if err := r.Skipped.Err(); err != nil {
		return v, fmt.Errorf("old view: %w", err)
	}
	v.Old = r.Table.Rows
	if asOf.Before(admin.Era2025.Start()) {
		return v, nil
	}
	for _, t := range province {
		t.Unit, t.Window = "", metrics.Period{}
		c.Targets = append(c.Targets, t)
	}
	if r, err = c.Report(asOf, campaign.Data{Tree: w.Cur, View: campaign.Following(w.Mapping.New), Catalog: cat, Records: slices.Values(cur)}); err != nil {
		return v, err
	}
	if err := r.Skipped.Err(); err != nil {
		return v, fmt.Errorf("new view: %w", err)
	}
	v.New = r.Table.Rows
	period := c.Window.Period()
	if asOf.Before(period.To) {
		period.To = asOf
	}
	before := metrics.Aggregate(w.Old, cat, slices.Values(old), metrics.Options{Period: period})
	for _, ind := range v.Indicators {
		row, _ := r.Progress(r.Owner.ID, ind.Code)
		v.Checks = append(v.Checks, Check{Indicator: ind, Old: Total(before, w.Unions, ind), New: row.Actual})
	}
	return v, nil
}

// FromMerged returns the communes of the new province that took a
// commune of a province merged into the scenario's.
func (w *World) FromMerged() []org.Unit {
	var out []org.Unit
	for u := range w.Cur.Children(w.NewUnion.ID) {
		if slices.ContainsFunc(admin.Predecessors(u.Admin), func(s admin.Succession) bool { return slices.Contains(w.Provinces[1:], s.Old.Province()) }) {
			out = append(out, u)
		}
	}
	return out
}

// Names returns the names of the provinces before the reform from the
// one at index from on, joined by " + " ("Thái Nguyên + Bắc Kạn"), and
// the name of the province they became.
func (w *World) Names(from int) (before, after string) {
	var names []string
	for _, c := range w.Provinces[from:] {
		u, _ := admin.At(TreeDate()).Unit(c)
		names = append(names, u.Name())
	}
	u, _ := admin.Current().Unit(w.NewUnion.Admin)
	return strings.Join(names, " + "), u.Name()
}

// Rollups counts records over the period on the old units and on the new
// ones, where a record of an old unit counts for its nearest successor.
// A record neither can place is an error.
func (w *World) Rollups(cat *metrics.Catalog, records []metrics.Record, period metrics.Period) (old, cur *metrics.Rollup, err error) {
	old = metrics.Aggregate(w.Old, cat, slices.Values(records), metrics.Options{Period: period})
	cur = metrics.Aggregate(w.Cur, cat, slices.Values(records), metrics.Options{Period: period, Successor: w.Mapping.Nearest})
	return old, cur, errors.Join(old.Skipped().Err(), cur.Skipped().Err())
}

// Checks compares the indicators' totals over the old province unions
// in old with those of the new union in cur.
func (w *World) Checks(old, cur *metrics.Rollup, inds []metrics.Indicator) []Check {
	out := make([]Check, 0, len(inds))
	for _, ind := range inds {
		v, _ := cur.Value(w.NewUnion.ID, ind.Code)
		out = append(out, Check{Indicator: ind, Old: Total(old, w.Unions, ind), New: v})
	}
	return out
}

// Grid returns one row per unit and indicator, in that order, with the
// value value gives; a count with no value is a count of nobody, 0.
func Grid(units []org.Unit, inds []metrics.Indicator, value func(org.ID, metrics.Code) metrics.Value) []metrics.Row {
	out := make([]metrics.Row, 0, len(units)*len(inds))
	for _, u := range units {
		for _, ind := range inds {
			v := value(u.ID, ind.Code)
			if v.IsMissing() && ind.Unit != metrics.Percent {
				v = metrics.ValueOf(decimal.Zero)
			}
			out = append(out, metrics.Row{Unit: u, Indicator: ind, Actual: v})
		}
	}
	return out
}

// Indicators returns the catalog's indicators of the codes.
func Indicators(cat *metrics.Catalog, codes ...metrics.Code) []metrics.Indicator {
	out := make([]metrics.Indicator, len(codes))
	for i, c := range codes {
		out[i], _ = cat.Indicator(c)
	}
	return out
}

// OldName returns the name of a unit of the old tree.
func (w *World) OldName(id org.ID) string {
	u, _ := w.Old.Unit(id)
	return u.Name
}

// Sizes counts the units of the world's provinces before the reform
// (districts and communes of 30/6/2025) and the communes of the province
// since.
func (w *World) Sizes() (districts, communes, since int) {
	dir := admin.At(TreeDate())
	for _, p := range w.Provinces {
		for d := range dir.Children(p) {
			districts++
			for range dir.Children(d.Code()) {
				communes++
			}
		}
	}
	for range w.Cur.Descendants(w.NewUnion.ID) {
		since++
	}
	return districts, communes, since
}

// Codes returns the pre-2025 codes of the world's provinces, the
// scenario's first, as a scenario writes them.
func (w *World) Codes() []string {
	out := make([]string, len(w.Provinces))
	for i, c := range w.Provinces {
		out[i] = c.String()
	}
	return out
}
