package training

import (
	"iter"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/training/vocab"
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
)

// ServiceIndicator returns the code of the indicator that counts an
// assisted service: "dv_smartca" for SmartCA.
func ServiceIndicator(s Service) metrics.Code { return "dv_" + metrics.Code(s) }

// ServiceUsers returns the code of the indicator that counts the people
// (and organisations) helped with a service, each once however often they
// were helped: "40% of youth use online public services" is this count
// over the youth population, not the number of dossiers.
func ServiceUsers(s Service) metrics.Code { return "nd_" + metrics.Code(s) }

// Indicators returns the indicators of the records this package emits, to
// put in a metrics.Catalog: people trained and completed are counted as
// distinct subjects (a person helped in two communes counts once at the
// province), attendances and services as sums of events, and for each
// service of the vocabulary (nil means NationalServices) also the distinct
// people helped. Each call returns fresh values.
func Indicators(services *vocab.Vocabulary) []metrics.Indicator {
	if services == nil {
		services = NationalServices()
	}
	inds := []metrics.Indicator{
		{Code: Learners, NameVI: "Người được hướng dẫn kỹ năng số", NameEN: "People trained in digital skills", Unit: metrics.People, Aggregation: metrics.Distinct},
		{Code: Attendances, NameVI: "Lượt tham gia lớp học", NameEN: "Class attendances", Unit: metrics.Visits, Aggregation: metrics.Sum},
		{Code: Completions, NameVI: "Người hoàn thành lớp học", NameEN: "People who completed a class", Unit: metrics.People, Aggregation: metrics.Distinct},
		{Code: HouseholdsCovered, NameVI: "Hộ gia đình số", NameEN: "Digital households", Unit: metrics.Households, Aggregation: metrics.Distinct},
	}
	for t := range services.Terms() {
		s := Service(t.Code)
		unit := metrics.Visits
		if s == VNeIDLevel2 || s == SmartCA || s == EPayment {
			unit = metrics.Accounts
		}
		en := t.EN
		if en == "" {
			en = t.VI
		}
		inds = append(inds,
			metrics.Indicator{Code: ServiceIndicator(s), NameVI: t.VI, NameEN: en, Unit: unit, Aggregation: metrics.Sum},
			metrics.Indicator{Code: ServiceUsers(s), NameVI: "Người dùng: " + t.VI, NameEN: "People helped: " + en, Unit: metrics.People, Aggregation: metrics.Distinct})
	}
	return inds
}

// Records returns the records of one accepted roster row, counted for the
// learner's unit on the row's date: a service row gives one event of that
// service and the subject as helped with it, and the same for each broader
// service of the vocabulary ("dvc_muc_4" counts under "dvc" too); any
// other row is a class attendance by the learner, who counts as trained.
// A row without a date or a unit gives nothing (there is nowhere and no
// day to count it). Each record carries the row's breakdowns (BySex and
// the other categories). Use the ID of the deduplicated person (Person.ID
// of package training/dedupe) as the learner's ID so that a person on
// several rosters counts once.
func (im *Importer) Records(e Entry) []metrics.Tagged {
	u := e.Learner.Unit
	if u == "" || e.Date.IsZero() {
		return nil
	}
	tags := im.breakdowns(e)
	subject := string(e.Learner.ID)
	rec := func(code metrics.Code) metrics.Tagged {
		return metrics.Tagged{Record: metrics.Record{Indicator: code, Unit: u, Date: e.Date, Value: 1, Subject: subject}, Tags: tags}
	}
	if e.Service != "" {
		var out []metrics.Tagged
		n := 0
		for t := range im.opts.Services.Lineage(string(e.Service)) {
			out = append(out, rec(ServiceIndicator(Service(t.Code))), rec(ServiceUsers(Service(t.Code))))
			n++
		}
		if n == 0 { // kept as written: counted under its own text, which no catalog has
			out = append(out, rec(ServiceIndicator(e.Service)), rec(ServiceUsers(e.Service)))
		}
		return out
	}
	return []metrics.Tagged{rec(Learners), rec(Attendances)}
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

// HouseholdRecords yields one record per covered household ("Gia đình
// số": at least one member completed) on day asOf. A household counts for
// the unit of its members, the smallest unit ID when members are in
// several units, so that the answer does not depend on the order of the
// learners; learners without a household or a unit are not counted.
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
