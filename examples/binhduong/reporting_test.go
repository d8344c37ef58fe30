package main

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/example/exampletest"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestWeeklyReports checks the completeness block against the scenario:
// the commune unions in force and the generated report log, counted here
// by hand against a Friday-17:00 deadline written out with time.Date, on
// two days of the campaign: two weeks and a half into it, and two weeks
// after the reform, each when the window holds it.
func TestWeeklyReports(t *testing.T) {
	w, err := example.NewWorld(province, merged, splitChoices)
	require.NoError(t, err)
	window := campaign.MustParseWindow(mainCampaign.Window)
	vn := vietnam.Location()
	isoWeek := func(t time.Time) string {
		y, n := t.ISOWeek()
		return fmt.Sprintf("%dW%d", y, n) // as DHIS2 writes it
	}
	type day struct {
		asOf             string
		tree             *org.Tree
		root             org.ID // the union that owes the reports of its communes
		thisWeek, friday string // ISO week of the report date, and last week's Friday
		lastWeek         string
	}
	var tests []day
	for _, d := range []vietnam.Date{window.Start().AddDays(17), admin.Era2025.Start().AddDays(14)} {
		if d.Before(window.Start().AddDays(14)) || d.After(window.End()) {
			continue
		}
		tree, root := w.Cur, w.NewUnion.ID
		if d.Before(admin.Era2025.Start()) {
			tree, root = w.Old, w.Unions[0] // not those of the provinces merged in later
		}
		at := d.Start()
		monday := at.AddDate(0, 0, -(int(at.Weekday())+6)%7)
		tests = append(tests, day{d.String(), tree, root, isoWeek(at), monday.AddDate(0, 0, -3).Format(time.DateOnly), isoWeek(at.AddDate(0, 0, -7))})
	}
	require.NotEmpty(t, tests, "the window holds a day two weeks into it")
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			var out struct {
				Reporting struct {
					ThisWeek *example.JSONWeek `json:"this_week"`
					LastWeek *example.JSONWeek `json:"last_week"`
				} `json:"weekly_reports"`
			}
			exampletest.JSON(t, command().Run, &out, "-rows", strconv.Itoa(200), "-date", tt.asOf)
			last := out.Reporting.LastWeek
			require.NotNil(t, last)
			assert.Equal(t, tt.lastWeek, last.Period.ID())

			fri, _ := time.ParseInLocation(time.DateOnly, tt.friday, vn)
			due := fri.Add(17 * time.Hour)
			end := vietnam.MustParseDate(tt.asOf).End()
			sunday := vietnam.DateOf(fri).AddDays(2)
			var unions []org.ID
			for _, u := range tt.tree.All() {
				if u.Kind == org.KindCommuneUnion && u.InForce(sunday) && tt.tree.IsAncestor(tt.root, u.ID) {
					unions = append(unions, u.ID)
				}
			}
			received, onTime := map[org.ID]bool{}, 0
			for _, s := range weeklyReports.Submissions(tt.tree, weeklyReports.DataSet(window)) {
				if s.Period.ID() != tt.lastWeek || s.Received.After(end) || !tt.tree.IsAncestor(tt.root, s.Unit) {
					continue
				}
				received[s.Unit] = true
				if !s.Received.After(due) {
					onTime++
				}
			}
			var missing []org.ID
			for _, id := range unions {
				if !received[id] {
					missing = append(missing, id)
				}
			}
			assert.Equal(t, len(unions), last.Expected, "every commune union in force owes a report")
			assert.Equal(t, len(received), last.Received)
			assert.Equal(t, onTime, last.OnTime)
			assert.Equal(t, len(received)-onTime, last.Late)
			assert.Equal(t, len(missing), last.Missing)
			assert.Zero(t, last.Pending, "last week is past its deadline")
			slices.Sort(missing)
			call := slices.Clone(last.Call)
			slices.Sort(call)
			assert.Equal(t, missing, call, "the unions to call are those missing")
			assert.True(t, due.Equal(last.Due), "due %s", last.Due)
			assert.Greater(t, last.Received, 0)
			assert.Greater(t, last.Missing, 0, "the scenario has unions that do not report")

			this := out.Reporting.ThisWeek
			require.NotNil(t, this)
			assert.Equal(t, tt.thisWeek, this.Period.ID())
			if this.Due.After(end) {
				assert.Equal(t, this.Expected, this.Received+this.Pending, "before Friday nothing is overdue")
			} else {
				assert.Equal(t, this.Expected, this.Received+this.Missing, "after Friday nothing is pending")
			}
		})
	}
}

// TestNoRawCitizenID: the records the dashboard counts carry subject keys,
// never the CCCD the roster gave.
func TestNoRawCitizenID(t *testing.T) {
	w, err := example.NewWorld(province, merged, splitChoices)
	require.NoError(t, err)
	data, err := roster.Open("", []string{province}, 300, campaign.MustParseWindow(mainCampaign.Window))
	require.NoError(t, err)
	in, err := w.Read("roster", data, 2025, w.Unions[0])
	require.NoError(t, err)
	keys, err := example.Pseudonymizer()
	require.NoError(t, err)
	d := &dashboard{keys: keys}
	recs := d.records(in, false, func(p example.Place) org.ID { return p.Cur })
	require.NotEmpty(t, recs)
	for _, r := range recs {
		if r.Subject != "" {
			require.True(t, metrics.IsPseudonym(r.Subject), "subject %q", r.Subject)
		}
	}
	for _, e := range in.Entries {
		if e.Person != "" {
			assert.NotContains(t, string(data), keys.Key(string(e.Person)), "the key is not in the roster")
			break
		}
	}
}
