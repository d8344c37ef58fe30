package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// cadreClass is a class of the scenario's plan (scenario.go).
type cadreClass struct{ District, Date string }

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
	example.Views
	reporting   *example.Reporting
	studyStatus campaign.Status
	keys        *metrics.Pseudonymizer
}

// build reads the rosters (-roster, -study-roster) and counts the campaign's
// progress as of -date.
func build(o example.Options) (example.Report, error) {
	asOf, err := vietnam.ParseDate(o.AsOf)
	if err != nil {
		return nil, fmt.Errorf("-date: %w", err)
	}
	d := &dashboard{Numbers: example.NumbersIn(o.Language()), asOf: asOf, reform: admin.Era2025.Start(), rosterN: o.Rosters[0]}
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
	units, claims, err := example.Claims(w.Old, districtWeights)
	if err != nil {
		return nil, err
	}
	if d.keys, err = example.Pseudonymizer(); err != nil {
		return nil, err
	}
	cat, err := metrics.NewCatalog(indicators...)
	if err != nil {
		return nil, err
	}
	u, _ := w.Old.Unit(root)
	d.owner = u.Name
	if d.reporting, err = weeklyReports.Reporting(w, d.window, asOf); err != nil {
		return nil, err
	}
	data, err := roster.Open(o.Rosters[0], w.Codes(), o.Rows, d.window)
	if err != nil {
		return nil, err
	}
	if d.intake, err = w.Read("roster", data, asOf.Year(), root); err != nil {
		return nil, err
	}
	if data, err = studyRoster.Open(o.Rosters[1], w.Codes(), max(1, o.Rows*studyRoster.Rows/roster.Rows), d.studyWindow); err != nil {
		return nil, err
	}
	if d.study, err = w.Read("study", data, asOf.Year(), root); err != nil {
		return nil, err
	}
	provTargets, allTargets, err := mainCampaign.Allocate(root, d.window, units, claims)
	if err != nil {
		return nil, err
	}
	c := campaign.Campaign{ID: campaign.ID(mainCampaign.ID), Name: mainCampaign.Name(d.Lang), Window: d.window}

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
	if d.Views, err = w.Views(c, cat, allTargets, provTargets, oldRecs, curRecs, asOf); err != nil {
		return nil, err
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
	"units":  {"đơn vị cũ = đơn vị mới", "former units = new units"},
	"study":  {"%s (%s): %s, %s người tham gia", "%s (%s): %s, %s participants"},
	"notyet": {"Chiến dịch chưa bắt đầu.", "The campaign has not started."},
}

func (d *dashboard) w(key string) string {
	if l, ok := labels[key]; ok {
		return l[d.Lang]
	}
	return words[key][d.Lang]
}

// WriteText writes the dashboard for a terminal.
func (d *dashboard) WriteText(out io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	d.WriteHeader(line, mainCampaign.Name(d.Lang), d.owner, d.window, d.asOf)
	if !d.asOf.Before(d.reform) {
		line("%s", d.w("reform"))
	}
	line("%s", strings.Repeat("═", 100))
	d.reporting.WriteText(line, d.Lang)
	line("")

	d.intake.WriteSummary(line, d.Numbers, d.rosterN, d.owner)
	line("  "+d.w("study"), studyProgram.Name(d.Lang), d.studyWindow, d.Status(d.studyStatus), d.FormatInt(d.participants))
	line("")
	if d.asOf.Before(d.window.Start()) {
		line("%s", d.w("notyet"))
	}
	line("%s", d.w("oldview"))
	d.WriteProgress(&b, d.Old, d.Indicators, d.window.End())
	if len(d.New) > 0 {
		line("\n"+d.w("newview"), d.world.Cur.Len()-1)
		d.WriteByUnit(&b, d.New, d.Indicators, func(ind metrics.Indicator) string { return shortNames[string(ind.Code)][d.Lang] })
		line("")
		d.WriteChecks(&b, d.w("units"), d.Checks)
		line("  "+d.w("split"), d.world.Split, d.world.Pending, d.world.Straddling)
		example.WriteAmbiguousCheck(line, d.Numbers, []*example.Intake{d.intake}, d.world.OldName(d.world.Unions[0]), d.world.NewUnion.Name)
	}
	_, err := io.WriteString(out, b.String())
	return err
}

// Sheet is the dashboard as CSV.
func (d *dashboard) Sheet() example.Sheet {
	return example.Sheet{Imports: []*example.Intake{d.intake, d.study}, Checks: d.Checks,
		Views: []example.View{{Name: "old", Rows: d.Old}, {Name: "new", Rows: d.New}}}
}

// WriteJSON writes the dashboard as JSON.
func (d *dashboard) WriteJSON(out io.Writer) error {
	v := jsonDashboard{Campaign: mainCampaign.Name(d.Lang), Owner: d.owner, Window: d.window.String(), AsOf: d.asOf, Lang: d.Lang.String(),
		Status: campaign.Campaign{Window: d.window}.StatusOn(d.asOf).String(), Day: d.window.DaysThrough(d.asOf), Days: d.window.Days(), Import: d.intake.JSON(d.Lang),
		Old: example.JSONRows(d.Old, d.Lang), New: example.JSONRows(d.New, d.Lang), Checks: example.JSONChecks(d.Checks)}
	v.Study.Name, v.Study.Window, v.Study.Status, v.Study.Participants = studyProgram.Name(d.Lang), d.studyWindow.String(), d.studyStatus.String(), d.participants
	v.Reporting.ThisWeek, v.Reporting.LastWeek = d.reporting.JSON()
	return example.WriteJSON(out, v)
}

// jsonDashboard is the JSON output.
type jsonDashboard struct {
	Campaign string             `json:"campaign"`
	Owner    string             `json:"owner"`
	Window   string             `json:"window"`
	AsOf     vietnam.Date       `json:"as_of"`
	Lang     string             `json:"lang"`
	Status   string             `json:"status"`
	Day      int                `json:"day"`
	Days     int                `json:"days"`
	Import   example.JSONImport `json:"import"`
	Study    struct {
		Name         string `json:"name"`
		Window       string `json:"window"`
		Status       string `json:"status"`
		Participants int64  `json:"participants"`
	} `json:"study"`
	Reporting struct {
		ThisWeek *example.JSONWeek `json:"this_week,omitempty"`
		LastWeek *example.JSONWeek `json:"last_week,omitempty"`
	} `json:"weekly_reports"`
	Old    []example.JSONRow   `json:"old_view"`
	New    []example.JSONRow   `json:"new_view,omitempty"`
	Checks []example.JSONCheck `json:"totals_check,omitempty"`
}
