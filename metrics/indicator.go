package metrics

import (
	"errors"
	"fmt"
	"iter"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Code identifies an indicator, such as "smartca" or "trained". Codes are
// case sensitive, 1 to 64 characters of ASCII letters, digits and ._- so that
// they travel unchanged through CSV headers, JSON keys and URLs.
// The zero Code is empty and names no indicator.
type Code string

func (c Code) valid() bool {
	if len(c) == 0 || len(c) > 64 {
		return false
	}
	for i := 0; i < len(c); i++ {
		b := c[i]
		switch {
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9', b == '.', b == '_', b == '-':
		default:
			return false
		}
	}
	return true
}

// Aggregation says how the values of an indicator combine over time (the
// records of one unit inside a period) and over the tree (a unit and its
// descendants). DHIS2 keeps one rule per axis; the five rules here are the
// combinations a digital-skills report needs, each named after what it
// computes. The zero Aggregation is AggregationUnknown and is rejected by
// NewCatalog.
type Aggregation uint8

const (
	AggregationUnknown Aggregation = iota
	// Sum adds every value over time and over the tree: people trained,
	// visits, accounts installed. A flow.
	Sum
	// Distinct counts distinct subjects (Record.Subject): a person helped in
	// two communes, or twice in one, counts once at the province. Record
	// values are ignored; each record names one subject.
	Distinct
	// Ratio is Numerator's rolled-up value divided by Denominator's, times
	// Factor, recomputed at every unit from the summed parts: a province's
	// percentage is never an average of its communes' percentages.
	Ratio
	// Latest keeps, per unit, the value of its most recent record in the
	// period (a stock such as members or population), and adds those latest
	// values over the tree. Two records of one unit on the same last day keep
	// the larger, so that the result does not depend on record order.
	Latest
	// Max keeps the largest value over time and over the tree.
	Max
)

var aggregationText = enumtext.Table{What: "metrics: aggregation", Err: ErrSyntax,
	Words: [][]string{{"unknown"}, {"sum"}, {"distinct"}, {"ratio"}, {"latest"}, {"max"}}}

// String returns the lower-case name ("sum", "distinct", ...), or
// "Aggregation(N)" for a value outside the enumeration.
func (a Aggregation) String() string { return aggregationText.String(uint8(a)) }

// ParseAggregation reads the name String returns, in any case.
// AggregationUnknown is not an aggregation: "unknown" and the empty text
// are errors.
func ParseAggregation(s string) (Aggregation, error) {
	var a Aggregation
	err := enumtext.Decode(&aggregationText, &a, []byte(s))
	if err == nil && a == AggregationUnknown {
		err = aggregationText.Invalid(s)
	}
	return a, err
}

// MarshalText encodes the aggregation as String does, and
// AggregationUnknown as the empty text; a value with no name is an error.
func (a Aggregation) MarshalText() ([]byte, error) { return aggregationText.Marshal(uint8(a)) }

// UnmarshalText decodes what String returns, and the empty text as
// AggregationUnknown.
func (a *Aggregation) UnmarshalText(b []byte) error { return enumtext.Decode(&aggregationText, a, b) }

// CountUnit is what an indicator counts. "lượt" (visits) and "người"
// (people) of the same events are two indicators, usually one Sum and one
// Distinct. The zero CountUnit is CountUnknown, shown as an empty unit.
type CountUnit uint8

const (
	CountUnknown CountUnit = iota
	People                 // người
	Visits                 // lượt
	Accounts               // tài khoản
	Classes                // lớp
	Households             // hộ
	Percent                // %
)

var countUnitText = enumtext.Table{What: "metrics: count unit", Type: "CountUnit", Err: ErrSyntax,
	Words: [][]string{{"unknown"}, {"people", "người"}, {"visits", "lượt"}, {"accounts", "tài khoản"},
		{"classes", "lớp"}, {"households", "hộ"}, {"%", "percent"}},
	Labels: [][2]string{{"", ""}, {"người", "people"}, {"lượt", "visits"}, {"tài khoản", "accounts"},
		{"lớp", "classes"}, {"hộ", "households"}, {"%", "%"}}}

// Label returns the word a report writes after a count: "người", "lượt",
// "tài khoản", "lớp", "hộ", "%" in Vietnamese; "people", "visits"… in
// English; empty for CountUnknown, so that a count with no unit is
// written bare; "CountUnit(N)" out of range.
func (u CountUnit) Label(l vietnam.Lang) string { return countUnitText.Label(uint8(u), l) }

// MarshalText encodes the unit as String does ("people"); CountUnknown is
// empty, and a value with no name is an error.
func (u CountUnit) MarshalText() ([]byte, error) { return countUnitText.Marshal(uint8(u)) }

// UnmarshalText decodes the English or the Vietnamese word, in any case.
func (u *CountUnit) UnmarshalText(b []byte) error { return enumtext.Decode(&countUnitText, u, b) }

// String returns the English word ("people"), "unknown" for CountUnknown,
// as the module's other enums print their zero, or "CountUnit(N)" out of
// range.
func (u CountUnit) String() string { return countUnitText.String(uint8(u)) }

// Indicator is one thing a program counts. Indicators are values; a Catalog
// checks a set of them and resolves the references of ratios.
type Indicator struct {
	Code   Code      `json:"code"`
	NameVI string    `json:"name_vi,omitempty"` // "Đoàn viên được nâng cao năng lực số"
	NameEN string    `json:"name_en,omitempty"` // "Union members trained in digital skills"
	Unit   CountUnit `json:"unit,omitempty"`
	// Aggregation decides how values combine; see the constants.
	Aggregation Aggregation `json:"aggregation"`
	// Numerator and Denominator name two other, non-ratio indicators of the
	// catalog; only for Aggregation Ratio.
	Numerator   Code `json:"numerator,omitempty"`
	Denominator Code `json:"denominator,omitempty"`
	// Factor multiplies a ratio: 100 for a percentage, 1000 for "per 1000".
	// The zero Factor means 100 when Unit is Percent and 1 otherwise.
	Factor decimal.Decimal `json:"factor,omitzero"`
}

// Label returns the indicator's name in the language, falling back to the
// other language and then to the code.
func (ind Indicator) Label(l vietnam.Lang) string {
	a, b := ind.NameVI, ind.NameEN
	if l == vietnam.English {
		a, b = b, a
	}
	switch {
	case a != "":
		return a
	case b != "":
		return b
	}
	return string(ind.Code)
}

func (ind Indicator) factor() decimal.Decimal {
	if !ind.Factor.IsZero() {
		return ind.Factor
	}
	if ind.Unit == Percent {
		return decimal.NewFromInt(100)
	}
	return decimal.NewFromInt(1)
}

// ErrIndicator is the category of every *IndicatorError.
var ErrIndicator = errors.New("invalid indicator")

// IndicatorError reports an indicator that NewCatalog rejects.
type IndicatorError struct {
	Index  int    // position in the list given to NewCatalog
	Code   Code   // the indicator's code as given
	Field  string // "Code", "Aggregation", "Numerator", ...
	Reason string
}

func (e *IndicatorError) Error() string {
	return fmt.Sprintf("metrics: indicator %d %q: %s: %s", e.Index, string(e.Code), e.Field, e.Reason)
}

// Unwrap returns ErrIndicator.
func (e *IndicatorError) Unwrap() error { return ErrIndicator }

// Catalog is a checked set of indicators in a fixed order (the order of
// report columns and rows). It is immutable and safe for concurrent use.
type Catalog struct {
	inds  []Indicator
	index map[Code]int
	// num and den hold, for each ratio indicator, the positions of its parts;
	// -1 elsewhere.
	num, den []int
}

// NewCatalog checks the indicators and returns them as a Catalog: codes
// valid and unique, aggregation known, ratios referring to two distinct
// non-ratio indicators of the same list, a non-negative Factor.
func NewCatalog(inds ...Indicator) (*Catalog, error) {
	c := &Catalog{
		inds:  append([]Indicator(nil), inds...),
		index: make(map[Code]int, len(inds)),
		num:   make([]int, len(inds)),
		den:   make([]int, len(inds)),
	}
	for i, ind := range c.inds {
		bad := func(field, reason string) error {
			return &IndicatorError{Index: i, Code: ind.Code, Field: field, Reason: reason}
		}
		if !ind.Code.valid() {
			return nil, bad("Code", "want 1 to 64 ASCII letters, digits, '.', '_' or '-'")
		}
		if _, dup := c.index[ind.Code]; dup {
			return nil, bad("Code", "duplicate code")
		}
		if ind.Aggregation == AggregationUnknown || int(ind.Aggregation) >= len(aggregationText.Words) {
			return nil, bad("Aggregation", fmt.Sprintf("unknown aggregation %d", uint8(ind.Aggregation)))
		}
		if int(ind.Unit) >= len(countUnitText.Words) {
			return nil, bad("Unit", fmt.Sprintf("unknown unit %d", uint8(ind.Unit)))
		}
		if ind.Aggregation != Ratio && (ind.Numerator != "" || ind.Denominator != "") {
			return nil, bad("Numerator", "only a ratio has a numerator and a denominator")
		}
		if ind.Factor.IsNegative() {
			return nil, bad("Factor", "negative factor "+ind.Factor.String())
		}
		c.index[ind.Code] = i
		c.num[i], c.den[i] = -1, -1
	}
	for i, ind := range c.inds {
		if ind.Aggregation != Ratio {
			continue
		}
		for _, part := range [2]struct {
			field string
			code  Code
			dst   *int
		}{{"Numerator", ind.Numerator, &c.num[i]}, {"Denominator", ind.Denominator, &c.den[i]}} {
			j, ok := c.index[part.code]
			switch {
			case !ok:
				return nil, &IndicatorError{Index: i, Code: ind.Code, Field: part.field,
					Reason: fmt.Sprintf("no indicator %q in the catalog", string(part.code))}
			case c.inds[j].Aggregation == Ratio:
				return nil, &IndicatorError{Index: i, Code: ind.Code, Field: part.field,
					Reason: fmt.Sprintf("%q is itself a ratio", string(part.code))}
			}
			*part.dst = j
		}
		if c.num[i] == c.den[i] {
			return nil, &IndicatorError{Index: i, Code: ind.Code, Field: "Denominator", Reason: "same indicator as the numerator"}
		}
	}
	return c, nil
}

// Len returns the number of indicators.
func (c *Catalog) Len() int { return len(c.inds) }

// Indicator returns the indicator with the code.
func (c *Catalog) Indicator(code Code) (Indicator, bool) {
	i, ok := c.index[code]
	if !ok {
		return Indicator{}, false
	}
	return c.inds[i], true
}

// All yields the indicators in catalog order.
func (c *Catalog) All() iter.Seq[Indicator] {
	return func(yield func(Indicator) bool) {
		for _, ind := range c.inds {
			if !yield(ind) {
				return
			}
		}
	}
}
