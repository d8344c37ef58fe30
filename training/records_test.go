package training_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestIndicatorsFormACatalog(t *testing.T) {
	cat, err := metrics.NewCatalog(training.Indicators(nil)...)
	require.NoError(t, err)
	assert.Equal(t, 4+2*10, cat.Len())
	ind, ok := cat.Indicator(training.ServiceIndicator(training.SmartCA))
	require.True(t, ok)
	assert.Equal(t, metrics.Accounts, ind.Unit)
	assert.Equal(t, metrics.Code("dv_smartca"), ind.Code)
	ind, ok = cat.Indicator(training.Learners)
	require.True(t, ok)
	assert.Equal(t, metrics.Distinct, ind.Aggregation)
}

func TestEntryRecords(t *testing.T) {
	d := vietnam.MustParseDate("7/6/2025")
	l := training.Learner{ID: "074085001234", Unit: "doan-lai-thieu"}
	tests := []struct {
		name string
		e    training.Entry
		want []metrics.Record
	}{
		{"class attendance", training.Entry{Learner: l, Date: d}, []metrics.Record{
			{Indicator: training.Learners, Unit: "doan-lai-thieu", Date: d, Value: 1, Subject: "074085001234"},
			{Indicator: training.Attendances, Unit: "doan-lai-thieu", Date: d, Value: 1, Subject: "074085001234"},
		}},
		{"service", training.Entry{Learner: l, Date: d, Service: training.SmartCA}, []metrics.Record{
			{Indicator: "dv_smartca", Unit: "doan-lai-thieu", Date: d, Value: 1, Subject: "074085001234"},
			{Indicator: "nd_smartca", Unit: "doan-lai-thieu", Date: d, Value: 1, Subject: "074085001234"},
		}},
		{"no date", training.Entry{Learner: l}, nil},
		{"no unit", training.Entry{Learner: training.Learner{ID: "x"}, Date: d}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, entryRecords(tt.e), equateValues); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestHouseholdRecords(t *testing.T) {
	learners := []training.Learner{
		{ID: "a", Household: "h1", Unit: "kp1"},
		{ID: "b", Household: "h1", Unit: "kp1"},
		{ID: "c", Household: "h2", Unit: "kp2"},
		{ID: "d", Household: "h2", Unit: "kp1"}, // a household across two units counts for the smaller ID
		{ID: "e", Household: "h3", Unit: "kp2"},
		{ID: "f", Household: "h4", Unit: "kp2"}, // nobody completed: not covered
		{ID: "g", Unit: "kp2"},                  // no household: not counted
	}
	completed := func(id training.LearnerID) bool { return id != "a" && id != "f" }
	type got struct {
		Subject string
		Unit    org.ID
	}
	want := []got{{"h1", "kp1"}, {"h2", "kp1"}, {"h3", "kp2"}}
	for _, order := range []string{"as listed", "reversed"} {
		if order == "reversed" {
			slices.Reverse(learners)
		}
		var out []got
		for r := range training.HouseholdRecords(slices.Values(learners), completed, vietnam.MustParseDate("1/7/2025")) {
			assert.Equal(t, training.HouseholdsCovered, r.Indicator)
			assert.Equal(t, vietnam.MustParseDate("1/7/2025"), r.Date)
			out = append(out, got{r.Subject, r.Unit})
		}
		assert.Equal(t, want, out, order)
	}
}

// TestRecordsRollUp rolls training records up an org tree: a person
// trained in two wards counts once for the district union but twice in
// attendances, and a gradebook's completions come through.
func TestRecordsRollUp(t *testing.T) {
	tree, err := org.Build([]org.Unit{
		{ID: "thuan-an", Name: "Thành đoàn Thuận An", Kind: org.KindUnknown},
		{ID: "lai-thieu", Name: "Đoàn phường Lái Thiêu", Parent: "thuan-an"},
		{ID: "binh-nham", Name: "Đoàn phường Bình Nhâm", Parent: "thuan-an"},
	})
	require.NoError(t, err)
	cat, err := metrics.NewCatalog(training.Indicators(nil)...)
	require.NoError(t, err)

	d := vietnam.MustParseDate
	var recs []metrics.Record
	recs = append(recs, entryRecords(training.Entry{Learner: training.Learner{ID: "an", Unit: "lai-thieu"}, Date: d("1/6/2025")})...)
	recs = append(recs, entryRecords(training.Entry{Learner: training.Learner{ID: "an", Unit: "binh-nham"}, Date: d("2/6/2025")})...)
	recs = append(recs, entryRecords(training.Entry{Learner: training.Learner{ID: "binh", Unit: "binh-nham"}, Date: d("2/6/2025"), Service: training.SmartCA})...)

	class := vneidClass()
	class.Unit = "lai-thieu"
	g, err := training.NewGradebook(class, vneidCourse(), training.Rule{MinAttendance: dec("0.5")})
	require.NoError(t, err)
	require.NoError(t, g.Enroll("chi", d("1/6/2025")))
	require.NoError(t, g.Attend("chi", 0))
	require.NoError(t, g.Attend("chi", 1))
	recs = slices.AppendSeq(recs, training.GradebookRecords(g, d("30/6/2025")))

	r := metrics.Aggregate(tree, cat, slices.Values(recs), metrics.Options{})
	value := func(u org.ID, c metrics.Code) string {
		v, ok := r.Value(u, c)
		require.True(t, ok)
		return v.String()
	}
	assert.Equal(t, "2", value("thuan-an", training.Learners), "An counts once, Chi once")
	assert.Equal(t, "4", value("thuan-an", training.Attendances))
	assert.Equal(t, "1", value("thuan-an", training.Completions))
	assert.Equal(t, "1", value("thuan-an", "dv_smartca"))
	assert.Equal(t, "1", value("thuan-an", "nd_smartca"))
	assert.Equal(t, "2", value("lai-thieu", training.Learners))
}

// entryRecords returns the records of an entry without their tags, from
// an importer with the national vocabularies.
func entryRecords(e training.Entry) []metrics.Record {
	var out []metrics.Record
	for _, t := range plainImporter.Records(e) {
		out = append(out, t.Record)
	}
	return out
}

var plainImporter = training.NewImporter(training.ImportOptions{NoResolve: true})
