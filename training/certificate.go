package training

import (
	"github.com/hocvuso/hocvuso/training/certificate"
	"github.com/hocvuso/hocvuso/vietnam"
)

// A Certificate records that a learner completed a class.
type Certificate struct {
	Number  certificate.Number `json:"number"`
	Learner LearnerID          `json:"learner"`
	Class   string             `json:"class"`
	Course  string             `json:"course"`
	Date    vietnam.Date       `json:"date"` // the day of issue
}

// Certify issues a certificate to each learner of the gradebook who has
// completed the class as of asOf and has none yet in issued, numbering
// them from next in the series, in enrolment order. It returns the new
// certificates; issued (keyed by learner) lets a program certify a class
// again later without numbering anyone twice.
func (g *Gradebook) Certify(series string, next int, asOf vietnam.Date, issued map[LearnerID]certificate.Number) ([]Certificate, error) {
	var out []Certificate
	for l := range g.Completed(asOf) {
		if _, ok := issued[l]; ok {
			continue
		}
		n, err := certificate.New(series, asOf.Year(), next)
		if err != nil {
			return out, err
		}
		next++
		out = append(out, Certificate{Number: n, Learner: l, Class: g.class.ID, Course: g.course.ID, Date: asOf})
	}
	return out, nil
}
