package main

import (
	"fmt"
	"slices"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// reportRule is the scenario's weekly report (scenario.go).
type reportRule struct {
	ID, Name string
	Kinds    []org.Kind // the kinds of unit that must report
	Deadline metrics.Deadline
}

// world is what the server knows before it reads the database: the union's
// tree, the campaign, its indicators and targets. It is immutable and shared
// by every request.
type world struct {
	tree    *org.Tree
	root    org.Unit
	cat     *metrics.Catalog
	targets *metrics.Targets
	// noTargets is the empty set, for reports of a period: the
	// campaign's targets are for the campaign.
	noTargets *metrics.Targets
	window    campaign.Window
	spec      example.Campaign
	// byCode finds the unit of an administrative unit of the tree's era;
	// mapping carries 2025 communes back to the tree's units.
	byCode  map[admin.Code]org.ID
	mapping *org.Mapping
	next    map[admin.Code]org.ID // 2025 commune → unit of the migrated tree
	// current is the tree after the reform (org.Migrate of tree): the
	// commune unions a client may name from 1/7/2025 on.
	current *org.Tree
	// reports is the weekly data set; reporters are the units it assigns.
	// reporting is tree with the units that the reform closed during the
	// campaign kept in force, for the data set's completeness only.
	reports   metrics.DataSet
	reporting *org.Tree
	reporters []org.Unit
	resolver  *admin.Resolver
	// categories are the breakdowns of the dashboard and the reports.
	categories []category
}

func buildWorld() (*world, error) {
	day, err := vietnam.ParseDate(treeDate)
	if err != nil {
		return nil, fmt.Errorf("scenario: treeDate: %w", err)
	}
	code, err := admin.ParseCode(admin.EraPre2025, admin.LevelProvince, province)
	if err != nil {
		return nil, fmt.Errorf("scenario: province: %w", err)
	}
	mirrored, err := org.MirrorUnion(admin.At(day), code)
	if err != nil {
		return nil, err
	}
	cur, mapping, err := org.Migrate(mirrored, org.MigrateOptions{SettleSplits: true})
	if err != nil {
		return nil, err
	}
	window, err := mainCampaign.ParseWindow()
	if err != nil {
		return nil, err
	}
	// The tree keeps the units as they were, ended on the eve of the
	// reform: the API and the dashboard say so. The weekly reports hold
	// the units the campaign was planned with to its end, though: a
	// commune union closed inside the window still owes its report for
	// every week of it (the reporting tree has no end for them).
	tree := mirrored
	units := mirrored.Units()
	for i, u := range units {
		if !u.ValidTo.IsZero() && window.Period().Contains(u.ValidTo) {
			units[i].ValidTo = vietnam.Date{}
		}
	}
	reporting, err := org.Build(units)
	if err != nil {
		return nil, err
	}
	cat, err := metrics.NewCatalog(training.Indicators(nil)...)
	if err != nil {
		return nil, err
	}
	w := &world{tree: tree, reporting: reporting, cat: cat, window: window, spec: mainCampaign, mapping: mapping, current: cur,
		byCode: map[admin.Code]org.ID{}, next: map[admin.Code]org.ID{},
		resolver: admin.NewResolver(admin.Embedded()), categories: buildCategories(training.DefaultAgeBands())}
	for r := range tree.Roots() {
		w.root = r
		break
	}
	for _, u := range tree.All() {
		if !u.Admin.IsZero() {
			w.byCode[u.Admin] = u.ID
		}
		if slices.Contains(weeklyReport.Kinds, u.Kind) {
			w.reporters = append(w.reporters, u)
		}
	}
	for _, u := range cur.All() {
		if !u.Admin.IsZero() {
			w.next[u.Admin] = u.ID
		}
	}
	w.reports = metrics.DataSet{ID: weeklyReport.ID, Name: weeklyReport.Name, PeriodType: metrics.Weekly,
		Window: window.Period(), Kinds: weeklyReport.Kinds, Deadline: weeklyReport.Deadline}
	if err := w.reports.Validate(); err != nil {
		return nil, fmt.Errorf("scenario: weeklyReport: %w", err)
	}
	// The province's targets, each split among the former districts by
	// weight (example.Campaign.Allocate).
	districts, claims, err := example.Claims(tree, districtWeights)
	if err != nil {
		return nil, err
	}
	_, all, err := mainCampaign.Allocate(w.root.ID, window, districts, claims)
	if err != nil {
		return nil, err
	}
	if w.targets, err = metrics.NewTargets(cat, all...); err != nil {
		return nil, err
	}
	if w.noTargets, err = metrics.NewTargets(cat); err != nil {
		return nil, err
	}
	return w, nil
}

// place returns the unit a roster row counts for: the commune union of the
// commune its address names in the tree's era; for a 2025 commune, the old
// unit that holds everything it came from (org.Mapping.Old); else (no
// commune, or an address that reads as several communes, for which the
// importer names none) the unit the roster was uploaded for, so that no
// row is lost from the totals and none counts on a commune nobody chose.
// Places outside the uploader's subtree fall back to the uploader too: a
// commune may not write for another.
func (w *world) place(e training.Entry, uploader org.ID) org.ID {
	id, ok := w.byCode[e.Written]
	if !ok {
		if cur, found := w.next[e.Written]; found {
			id, ok = w.mapping.Old(cur)
		}
	}
	if !ok || !w.tree.IsAncestor(uploader, id) && id != uploader {
		return uploader
	}
	return id
}

// unitFor returns the unit of the tree that a record written for id
// counts for: id itself, or for a commune union that the reform made
// under a new ID ("doan_xa@2025:…"; most keep the ID of the union they
// continue, which the tree has), the old unit that holds everything the
// new commune came from, as place does for a roster's rows.
func (w *world) unitFor(id org.ID) (org.ID, bool) {
	if w.tree.Has(id) {
		return id, true
	}
	if u, ok := w.current.Unit(id); !ok || u.Kind != org.KindCommuneUnion {
		return "", false
	}
	return w.mapping.Old(id)
}

// within reports whether unit is scope itself or one of its descendants.
func (w *world) within(scope, unit org.ID) bool {
	return scope == unit || w.tree.IsAncestor(scope, unit)
}
