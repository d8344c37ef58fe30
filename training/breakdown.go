package training

import (
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// The categories Importer.Records tags records with, to break counts down
// with metrics.Disaggregate. An option a row does not give is "".
const (
	// BySex: "nam" or "nu".
	BySex metrics.Category = "sex"
	// ByAge: the code of the learner's age band on the day of the event
	// (ImportOptions.AgeBands), "khac" when in none.
	ByAge metrics.Category = "age"
	// ByGroup: the target group's code.
	ByGroup metrics.Category = "group"
	// ByEthnicity: the two-digit code of the ethnic group (1979 list).
	ByEthnicity metrics.Category = "ethnicity"
	// ByArea: "phuong", "xa" or "dac_khu", the kind of the current
	// commune the address resolved to.
	ByArea metrics.Category = "area"
	// BySubject: "ca_nhan" for a person, "to_chuc" for an organisation
	// (a business's SmartCA account).
	BySubject metrics.Category = "subject"
)

// An AgeBand is a range of ages in whole years on the day of an event,
// From to To inclusive; To zero means no upper bound.
type AgeBand struct {
	Code     string
	VI, EN   string
	From, To int
}

// Label returns the band's name in the language.
func (b AgeBand) Label(l vietnam.Lang) string {
	if l == vietnam.English {
		return b.EN
	}
	return b.VI
}

// DefaultAgeBands are the bands campaigns report: youth, 16 to 30 (Luật
// Thanh niên 2020, Điều 1), and older people, 60 and over (Luật Người cao
// tuổi 2009, Điều 2).
func DefaultAgeBands() []AgeBand {
	return []AgeBand{
		{Code: "thanh_nien", VI: "Thanh niên (16–30)", EN: "Youth (16–30)", From: 16, To: 30},
		{Code: "nguoi_cao_tuoi", VI: "Người cao tuổi (từ 60)", EN: "Older people (60+)", From: 60},
	}
}

// ageOn returns the age in whole years on day d of a person born on b,
// or of one born in year y alone (counted from 1 January); -1 when unknown.
func ageOn(l *Learner, d vietnam.Date) int {
	switch {
	case !l.BirthDate.IsZero():
		a := d.Year() - l.BirthDate.Year()
		if d.Month() < l.BirthDate.Month() || d.Month() == l.BirthDate.Month() && d.Day() < l.BirthDate.Day() {
			a--
		}
		return a
	case l.BirthYear != 0:
		return d.Year() - l.BirthYear
	}
	return -1
}

func (im *Importer) ageBand(l *Learner, d vietnam.Date) string {
	a := ageOn(l, d)
	if a < 0 {
		return ""
	}
	for _, b := range im.bands {
		if a >= b.From && (b.To == 0 || a <= b.To) {
			return b.Code
		}
	}
	return "khac"
}

func (im *Importer) breakdowns(e Entry) []metrics.Tag {
	l := &e.Learner
	tags := make([]metrics.Tag, 0, 6)
	sex := ""
	switch l.Sex {
	case person.Male:
		sex = "nam"
	case person.Female:
		sex = "nu"
	}
	subject := "ca_nhan"
	if !l.TaxCode.IsZero() { // an organisation
		subject, sex = "to_chuc", ""
	}
	tags = append(tags,
		metrics.Tag{Category: BySubject, Option: subject},
		metrics.Tag{Category: BySex, Option: sex},
		metrics.Tag{Category: ByAge, Option: im.ageBand(l, e.Date)},
		metrics.Tag{Category: ByGroup, Option: string(l.Group)},
		metrics.Tag{Category: ByEthnicity, Option: l.Ethnicity.Code()},
		metrics.Tag{Category: ByArea, Option: areaOf(l.Commune)})
	return tags
}

// areaOf returns the kind of a current commune: phường, xã or đặc khu.
func areaOf(c admin.Code) string {
	if c.IsZero() {
		return ""
	}
	u, ok := admin.Current().Unit(c)
	if !ok {
		return ""
	}
	switch u.Type() {
	case admin.TypeWard:
		return "phuong"
	case admin.TypeCommune:
		return "xa"
	case admin.TypeSpecialZone:
		return "dac_khu"
	}
	return ""
}
