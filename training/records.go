package training

import (
	"iter"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

// The codes of the indicators this package records. Callers may use other
// codes for their own indicators; these are the ones Records produce.
const (
	// Learners counts people trained, each once however many sessions or
	// rosters they appear on ("người").
	Learners metrics.Code = "hoc_vien"
	// Attendances counts sessions attended ("lượt").
	Attendances metrics.Code = "luot_hoc"
	// Completions counts people who completed a class ("người").
	Completions metrics.Code = "hoan_thanh"
	// HouseholdsCovered counts "Gia đình số" households with at least one
	// member who completed ("hộ").
	HouseholdsCovered metrics.Code = "ho_gia_dinh_so"
	// ServicesPrefix starts the code of each assisted service's indicator:
	// "dv_smartca", "dv_vneid2"… (see ServiceIndicator).
	ServicesPrefix = "dv_"
	// UsersPrefix starts the code of the indicator that counts the people
	// helped with a service, each once: "nd_dvc" (see ServiceUsers).
	UsersPrefix = "nd_"
)

// ServiceIndicator returns the code of the indicator that counts an
// assisted service: "dv_smartca" for SmartCA.
func ServiceIndicator(s Service) metrics.Code { return metrics.Code(ServicesPrefix + s.String()) }

// ServiceUsers returns the code of the indicator that counts the people
// helped with a service, each once however often they were helped: "40%
// of youth use online public services" is this count over the youth
// population, not the number of dossiers.
func ServiceUsers(s Service) metrics.Code { return metrics.Code(UsersPrefix + s.String()) }

// Indicators returns the indicators of the records this package emits, to
// put in a metrics.Catalog: people trained and completed are counted as
// distinct subjects (a person helped in two communes counts once at the
// province), attendances and services as sums of events, and for each
// service also the distinct people helped. Each call returns fresh values.
func Indicators() []metrics.Indicator {
	inds := []metrics.Indicator{
		{Code: Learners, NameVI: "Người được hướng dẫn kỹ năng số", NameEN: "People trained in digital skills", Unit: metrics.People, Aggregation: metrics.Distinct},
		{Code: Attendances, NameVI: "Lượt tham gia lớp học", NameEN: "Class attendances", Unit: metrics.Visits, Aggregation: metrics.Sum},
		{Code: Completions, NameVI: "Người hoàn thành lớp học", NameEN: "People who completed a class", Unit: metrics.People, Aggregation: metrics.Distinct},
		{Code: HouseholdsCovered, NameVI: "Hộ gia đình số", NameEN: "Digital households", Unit: metrics.Households, Aggregation: metrics.Distinct},
	}
	for _, s := range Services() {
		unit := metrics.Accounts
		if s == OnlinePublicService || s == FraudAwareness || s == AppInstall {
			unit = metrics.Visits
		}
		inds = append(inds,
			metrics.Indicator{Code: ServiceIndicator(s), NameVI: s.VI(), NameEN: s.EN(), Unit: unit, Aggregation: metrics.Sum},
			metrics.Indicator{Code: ServiceUsers(s), NameVI: "Người dùng: " + s.VI(), NameEN: "People helped: " + s.EN(), Unit: metrics.People, Aggregation: metrics.Distinct})
	}
	return inds
}

// EntryRecords returns the records of one accepted roster row, counted
// for the learner's unit on the row's date: a service row gives one event
// of that service and the learner as a person helped with it; any other
// row is a class attendance by the learner, who counts as trained. A
// row without a date or a unit gives nothing (there is nowhere and no
// day to count it). Use the ID of the deduplicated person (Person.ID) as
// the learner's ID so that a person on several rosters counts once.
func EntryRecords(e Entry) []metrics.Record {
	u := e.Learner.Unit
	if u == "" || e.Date.IsZero() {
		return nil
	}
	if e.Service != ServiceUnknown {
		return []metrics.Record{
			{Indicator: ServiceIndicator(e.Service), Unit: u, Date: e.Date, Value: 1, Subject: string(e.Learner.ID)},
			{Indicator: ServiceUsers(e.Service), Unit: u, Date: e.Date, Value: 1, Subject: string(e.Learner.ID)},
		}
	}
	return []metrics.Record{
		{Indicator: Learners, Unit: u, Date: e.Date, Value: 1, Subject: string(e.Learner.ID)},
		{Indicator: Attendances, Unit: u, Date: e.Date, Value: 1, Subject: string(e.Learner.ID)},
	}
}

// GradebookRecords yields the records of a class as of a day: for each
// session held, one attendance per learner present and the learner as
// trained; and one completion per learner who completed, dated asOf.
func GradebookRecords(g *Gradebook, asOf vietnam.Date) iter.Seq[metrics.Record] {
	return func(yield func(metrics.Record) bool) {
		u := g.class.Unit
		for _, l := range g.order {
			e := g.entries[l]
			for i, s := range g.class.Sessions {
				if !e.present[i] || s.Date.After(asOf) {
					continue
				}
				if !yield(metrics.Record{Indicator: Attendances, Unit: u, Date: s.Date, Value: 1, Subject: string(l)}) ||
					!yield(metrics.Record{Indicator: Learners, Unit: u, Date: s.Date, Value: 1, Subject: string(l)}) {
					return
				}
			}
			if o, _ := g.Outcome(l, asOf); o.Complete {
				if !yield(metrics.Record{Indicator: Completions, Unit: u, Date: asOf, Value: 1, Subject: string(l)}) {
					return
				}
			}
		}
	}
}

// HouseholdRecords yields one record per covered household, counted for
// the household's unit (see HouseholdCoverage) on day asOf.
func HouseholdRecords(learners iter.Seq[Learner], completed func(LearnerID) bool, asOf vietnam.Date) iter.Seq[metrics.Record] {
	return func(yield func(metrics.Record) bool) {
		for _, h := range groupHouseholds(learners, completed) {
			if h.covered && h.unit != "" {
				if !yield(metrics.Record{Indicator: HouseholdsCovered, Unit: h.unit, Date: asOf, Value: 1, Subject: string(h.id)}) {
					return
				}
			}
		}
	}
}
