package main

import (
	"context"
	"encoding/json"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/ethnic"
)

// category is a dimension the dashboard and the reports break counts down
// by: one of the categories training's roster importer tags records with,
// its name and its options' names in both languages.
type category struct {
	By   metrics.Category
	Name [2]string // Vietnamese, English
	// Always: the table is shown even when no record of the unit names an
	// option, as the campaign reports sex, age and group; ethnicity and
	// area are shown only where the data has them.
	Always  bool
	Options []option // in the order tables list them
}

type option struct {
	Code string
	Name [2]string
}

// notKnown names the empty option: records that do not say.
var notKnown = [2]string{"Không rõ", "Not known"}

func pick(name [2]string, l vietnam.Lang) string {
	if l == vietnam.English {
		return name[1]
	}
	return name[0]
}

// buildCategories lists the categories with the options the importer
// gives: the age bands it is given (bands), the built-in target groups,
// the 54 ethnic groups, person or organisation.
func buildCategories(bands []training.AgeBand) []category {
	ages := make([]option, 0, len(bands)+1)
	for _, b := range bands {
		ages = append(ages, option{b.Code, [2]string{b.Label(vietnam.Vietnamese), b.Label(vietnam.English)}})
	}
	ages = append(ages, option{"khac", [2]string{"Độ tuổi khác", "Other ages"}})
	var groups []option
	for t := range training.TargetGroups().Terms() {
		groups = append(groups, option{t.Code, [2]string{t.Label(vietnam.Vietnamese), t.Label(vietnam.English)}})
	}
	var peoples []option
	for g := range ethnic.Groups() {
		peoples = append(peoples, option{g.Code(), [2]string{g.Label(vietnam.Vietnamese), g.Label(vietnam.English)}})
	}
	return []category{
		{By: training.BySex, Name: [2]string{"Giới tính", "Sex"}, Always: true, Options: []option{
			{"nam", [2]string{"Nam", "Male"}}, {"nu", [2]string{"Nữ", "Female"}}}},
		{By: training.ByAge, Name: [2]string{"Độ tuổi", "Age"}, Always: true, Options: ages},
		{By: training.ByGroup, Name: [2]string{"Đối tượng", "Target group"}, Always: true, Options: groups},
		{By: training.ByEthnicity, Name: [2]string{"Dân tộc", "Ethnic group"}, Options: peoples},
		{By: training.ByArea, Name: [2]string{"Địa bàn", "Area"}, Options: []option{
			{"phuong", [2]string{"Phường", "Ward"}}, {"xa", [2]string{"Xã", "Commune"}}, {"dac_khu", [2]string{"Đặc khu", "Special zone"}}}},
		// A roster tags every record with who it counts: a person, or an
		// organisation (a business's SmartCA account), which campaigns
		// report apart and together.
		{By: training.BySubject, Name: [2]string{"Cá nhân, tổ chức", "People, organisations"}, Options: []option{
			{"ca_nhan", [2]string{"Cá nhân", "Person"}}, {"to_chuc", [2]string{"Tổ chức", "Organisation"}}}},
	}
}

// category returns the category c.
func (w *world) category(c metrics.Category) (category, bool) {
	i := slices.IndexFunc(w.categories, func(g category) bool { return g.By == c })
	if i < 0 {
		return category{}, false
	}
	return w.categories[i], true
}

func (w *world) categoryNames() string {
	names := make([]string, len(w.categories))
	for i, g := range w.categories {
		names[i] = string(g.By)
	}
	return strings.Join(names, ", ")
}

// known reports whether o is an option of the category.
func (g category) known(o string) bool {
	return slices.ContainsFunc(g.Options, func(x option) bool { return x.Code == o })
}

// label names an option; an option the category does not list (a record
// stored before the list changed) is named by its code.
func (g category) label(o string, l vietnam.Lang) string {
	if o == "" {
		return pick(notKnown, l)
	}
	if i := slices.IndexFunc(g.Options, func(x option) bool { return x.Code == o }); i >= 0 {
		return pick(g.Options[i].Name, l)
	}
	return o
}

// order returns the options of b in the category's order, the unknown
// ones after, and "" (not known) last.
func (g category) order(b *metrics.Breakdown) []string {
	var seen []string
	for _, c := range b.Combinations() {
		seen = append(seen, c[0])
	}
	rank := func(o string) int {
		if o == "" {
			return len(g.Options) + 1
		}
		if i := slices.IndexFunc(g.Options, func(x option) bool { return x.Code == o }); i >= 0 {
			return i
		}
		return len(g.Options)
	}
	slices.SortStableFunc(seen, func(a, b string) int { return rank(a) - rank(b) })
	return seen
}

// broken reports whether an indicator is broken down: counts (sums and
// distinct people), whose parts add up to the whole. A maximum, a latest
// value or a ratio has no such parts.
func broken(ind metrics.Indicator) bool {
	return ind.Aggregation == metrics.Sum || ind.Aggregation == metrics.Distinct
}

// breakdownsOver breaks the values over p down by every category, in the
// order of w.categories; nothing has counted when counted is false.
func (s *server) breakdownsOver(ctx context.Context, p metrics.Period, counted bool) ([]*metrics.Breakdown, error) {
	by := make([]metrics.Category, len(s.w.categories))
	for i, g := range s.w.categories {
		by[i] = g.By
	}
	if !counted {
		out := make([]*metrics.Breakdown, len(by))
		for i, c := range by {
			b, err := metrics.Disaggregate(s.w.tree, s.w.cat, func(func(metrics.Tagged) bool) {}, metrics.Options{Period: p}, c)
			if err != nil {
				return nil, err
			}
			out[i] = b
		}
		return out, nil
	}
	return s.db.breakdowns(ctx, s.w.tree, s.w.cat, p, by)
}

// breakdownCell is one value of a breakdown as the report endpoints give
// it.
type breakdownCell struct {
	Unit          org.ID           `json:"unit_id"`
	Indicator     metrics.Code     `json:"indicator"`
	Category      metrics.Category `json:"category"`
	CategoryLabel string           `json:"category_label"`
	Option        string           `json:"option"` // "" for records that do not say
	OptionLabel   string           `json:"option_label"`
	Value         json.Number      `json:"value"`
}

// cells lists the breakdowns of the counted indicators at each unit, in
// the units' order, then the categories', then the options'.
func (w *world) cells(bs []*metrics.Breakdown, units []org.ID, codes []metrics.Code, l vietnam.Lang) []breakdownCell {
	out := []breakdownCell{}
	for _, u := range units {
		for _, code := range codes {
			for i, b := range bs {
				g := w.categories[i]
				for _, o := range g.order(b) {
					v, ok := b.Value(u, code, o)
					if !ok || v.IsMissing() {
						continue
					}
					out = append(out, breakdownCell{Unit: u, Indicator: code, Category: g.By, CategoryLabel: pick(g.Name, l),
						Option: o, OptionLabel: g.label(o, l), Value: json.Number(v.Decimal().String())})
				}
			}
		}
	}
	return out
}
