package training

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training/vocab"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// rowParser turns the cells of one row into an Entry, one small parser per
// field. It is reused from row to row of one import.
type rowParser struct {
	im     *Importer
	cols   []Field
	header []string
	st     *importState
	num    numericReader // nil unless the reader knows numeric cells

	// The row being read.
	line      int
	rec       []string
	e         Entry
	c         cleaner
	warnings  []RowError
	birthCol  int
	sexCol    int
	birthYear int
	cccdText  string // the CCCD as the cell wrote it, when in canonical form
}

// A cellFault is why a cell cannot be used: the cell is dropped with a
// warning, or rejects the row when its field is required.
type cellFault struct {
	kind   WarnKind // WarnDropped unless said
	reason string
	err    error
}

func invalid(reason string) *cellFault {
	return &cellFault{kind: WarnDropped, reason: reason, err: ErrInvalidValue}
}

// fieldParsers holds the parser of each field: it reads the cleaned,
// non-empty text v of column i into the row's Entry, or says why not.
var fieldParsers = [fieldCount]func(p *rowParser, i int, v string) *cellFault{
	FieldName:      (*rowParser).name,
	FieldBirthDate: (*rowParser).birthDate,
	FieldSex:       (*rowParser).sex,
	FieldCCCD:      (*rowParser).cccd,
	FieldPhone:     (*rowParser).phone,
	FieldAddress:   func(p *rowParser, _ int, v string) *cellFault { p.e.Learner.Address = v; return nil },
	FieldHousehold: func(p *rowParser, _ int, v string) *cellFault { p.e.Learner.Household = HouseholdID(v); return nil },
	FieldGroup:     (*rowParser).group,
	FieldUnit:      func(p *rowParser, _ int, v string) *cellFault { p.e.Learner.Unit = org.ID(v); return nil },
	FieldDate:      (*rowParser).date,
	FieldClass:     func(p *rowParser, _ int, v string) *cellFault { p.e.Class = v; return nil },
	FieldService:   (*rowParser).service,
	FieldHelper:    func(p *rowParser, _ int, v string) *cellFault { p.e.Helper = v; return nil },
	FieldTaxCode:   (*rowParser).taxCode,
	FieldEthnicity: (*rowParser).ethnicity,
	FieldActivity:  (*rowParser).activity,
}

func (p *rowParser) row(line int, rec []string) (Entry, *RowError) {
	p.line, p.rec = line, rec
	p.e = Entry{Row: line}
	p.c = cleaner{}
	p.warnings = nil
	p.birthCol, p.sexCol, p.birthYear, p.cccdText = -1, -1, 0, ""
	im := p.im
	if isEmptyRow(rec) {
		return p.e, &RowError{Row: line, Reason: "empty row", Err: ErrEmptyRow}
	}
	if len(rec) > maxCells {
		return p.e, &RowError{Row: line, Reason: fmt.Sprintf("%d cells, at most %d", len(rec), maxCells), Err: ErrMalformedRow}
	}
	for i, v := range rec {
		if len(v) > maxCell {
			return p.e, &RowError{Row: line, Column: p.column(i), Value: v,
				Reason: fmt.Sprintf("a cell of %d bytes, at most %d", len(v), maxCell), Err: ErrMalformedRow}
		}
	}
	if len(rec) > len(p.cols) && !isEmptyRow(rec[len(p.cols):]) {
		extra := rec[len(p.cols):]
		p.warn(WarnExtraCells, -1, strings.Join(extra, " | "),
			fmt.Sprintf("%d cells beyond the header's %d columns", len(extra), len(p.cols)), ErrMalformedRow)
	}
	p.c.detectRow(rec, p.cols, &p.st.readings)
	for i, raw := range rec {
		if i >= len(p.cols) || p.cols[i] == FieldIgnored {
			continue
		}
		f := p.cols[i]
		v := p.c.text(i, p.header[i], raw)
		if v == "" {
			continue
		}
		if fault := fieldParsers[f](p, i, v); fault != nil {
			if im.required[f] {
				return p.e, &RowError{Row: line, Column: p.header[i], Value: raw, Reason: fault.reason, Err: fault.err}
			}
			p.warn(fault.kind, i, raw, fault.reason, fault.err)
		}
	}
	l := &p.e.Learner
	if l.Name.IsZero() {
		col := slices.Index(p.cols, FieldName)
		if col < 0 {
			return p.e, &RowError{Row: line, Reason: "no name column", Err: ErrRequired}
		}
		return p.e, &RowError{Row: line, Column: p.header[col], Reason: "name missing", Err: ErrRequired}
	}
	if err := p.checkCCCD(); err != nil {
		return p.e, err
	}
	p.resolve()
	switch {
	case p.cccdText != "":
		l.ID = LearnerID(p.cccdText) // the cell's text, not a new string per row
	case !l.CCCD.IsZero():
		l.ID = LearnerID(l.CCCD.String())
	case !l.TaxCode.IsZero():
		l.ID = LearnerID(l.TaxCode.String())
	default:
		l.ID = LearnerID(im.opts.Source + "#" + strconv.Itoa(line))
	}
	p.e.Fixes = p.c.fixes
	p.e.Warnings = p.warnings
	return p.e, nil
}

// column names column i for a message: its header, or "column n" past it.
func (p *rowParser) column(i int) string {
	if i >= 0 && i < len(p.header) {
		return p.header[i]
	}
	return fmt.Sprintf("column %d", i+1)
}

func (p *rowParser) warn(kind WarnKind, i int, value, reason string, err error) {
	col := ""
	if i >= 0 {
		col = p.column(i)
	}
	p.warnings = append(p.warnings, RowError{Kind: kind, Row: p.line, Column: col, Value: value, Reason: reason, Err: err})
}

func isEmptyRow(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

func (p *rowParser) name(i int, v string) *cellFault {
	col, name := p.header[i], v
	if t := p.im.opts.Tones; t != vietnam.ToneAsWritten {
		if s := t.Apply(name); s != name {
			p.c.fixes = append(p.c.fixes, Fix{FixTones, col, name, s})
			name = s
		}
	}
	if t := vietnam.Title(name); t != name {
		p.c.fixes = append(p.c.fixes, Fix{FixNameCase, col, name, t})
		name = t
	}
	p.e.Learner.Name = person.ParseName(name)
	return nil
}

func (p *rowParser) birthDate(i int, v string) *cellFault {
	l := &p.e.Learner
	if len(v) == 4 && asciinum.All(v) {
		p.birthYear, _ = strconv.Atoi(v)
		l.BirthYear = p.birthYear
		p.birthCol = i
		return nil
	}
	d, ok := p.serialDate(i, v)
	if !ok {
		var err error
		if d, err = p.im.parseDate(v); err != nil {
			return invalid("not a birth date: " + dateReason(err))
		}
	}
	l.BirthDate, l.BirthYear, p.birthYear, p.birthCol = d, d.Year(), d.Year(), i
	p.c.date(p.header[i], v, d)
	return nil
}

func (p *rowParser) sex(i int, v string) *cellFault {
	s, ok := parseSex(v)
	if !ok {
		return invalid(`not a sex: want "Nam" or "Nữ"`)
	}
	p.e.Learner.Sex, p.sexCol = s, i
	return nil
}

// restoreZero puts back the leading zero a number lost when a spreadsheet
// stored it as a number, if the cell was one and has one digit too few.
func (p *rowParser) restoreZero(i int, v string, short ...int) string {
	if p.num == nil || !p.num.Numeric(i) || !asciinum.All(v) || !slices.Contains(short, len(v)) {
		return v
	}
	r := "0" + v
	p.warn(WarnLeadingZero, i, v, fmt.Sprintf("a number cell lost its leading zero: read as %s", r), nil)
	return r
}

func (p *rowParser) cccd(i int, v string) *cellFault {
	digits := strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' || r == '-' {
			return -1
		}
		return r
	}, v)
	digits = p.restoreZero(i, digits, 11, 8)
	l := &p.e.Learner
	if len(digits) == 9 {
		id, err := person.ParseCMND(digits)
		if err != nil {
			return invalid("not a CMND number: " + err.Error())
		}
		l.CMND = id
		return nil
	}
	id, err := person.ParseCCCD(digits)
	if err != nil {
		return invalid("not a CCCD number: " + err.Error())
	}
	l.CCCD = id
	if len(digits) == 12 && asciinum.All(digits) {
		p.cccdText = digits
	}
	return nil
}

func (p *rowParser) phone(i int, v string) *cellFault {
	v = p.restoreZero(i, v, 9, 10)
	ph, err := person.ParsePhone(v)
	if err != nil {
		return invalid("not a phone number: " + err.Error())
	}
	if ph.Kind().IsService() {
		// "1022", "1800 1234": a hotline the volunteer helped with, not a
		// way to reach the learner.
		return invalid("a service number (" + ph.Kind().String() + "), not a person's phone")
	}
	if ph.Kind() == person.UAN {
		// A number of a State, Defence or Public Security private network
		// is the person's, so it is kept, but a volunteer cannot call it
		// back: the row must not pass for one with a contact number.
		p.warn(WarnUnreachablePhone, i, v, "a private-network number (UAN), not reachable from ordinary phones: kept, but no contact number", nil)
	}
	p.e.Learner.Phone = ph
	if ph.Migration() == person.NotMigrated && len(v) > 1 && v[0] == '0' && v[1] != '0' && asciinum.All(v) {
		// The digits after the trunk 0, as most rows write them: the
		// national form but for its spaces, not built to be compared.
		return nil
	}
	col := p.header[i]
	switch national := ph.National(); {
	case ph.Migration() != person.NotMigrated:
		p.c.fixes = append(p.c.fixes, Fix{FixPhoneMigrated, col, v, national})
	case !equalButSpaces(national, v):
		// Spacing alone is not a correction: "0912345678" is fine.
		p.c.fixes = append(p.c.fixes, Fix{FixPhone, col, v, national})
	}
	return nil
}

// equalButSpaces reports whether v is spaced (a number with single
// spaces between its groups) or spaced with its spaces left out.
func equalButSpaces(spaced, v string) bool {
	if spaced == v {
		return true
	}
	j := 0
	for i := 0; i < len(spaced); i++ {
		if spaced[i] == ' ' {
			continue
		}
		if j >= len(v) || v[j] != spaced[i] {
			return false
		}
		j++
	}
	return j == len(v)
}

func (p *rowParser) taxCode(i int, v string) *cellFault {
	v = p.restoreZero(i, v, 9, 12)
	t, err := person.ParseTaxCode(v)
	if err != nil {
		return invalid("not a tax code: " + err.Error())
	}
	p.e.Learner.TaxCode = t
	return nil
}

func (p *rowParser) ethnicity(_ int, v string) *cellFault {
	g, err := p.im.ethnic.Parse(v)
	if err != nil {
		return &cellFault{kind: WarnUnknownTerm, reason: "not one of the 54 ethnic groups", err: ErrUnknownTerm}
	}
	p.e.Learner.Ethnicity = g
	return nil
}

func (p *rowParser) date(i int, v string) *cellFault {
	d, ok := p.serialDate(i, v)
	if !ok {
		var err error
		if d, err = p.im.parseDate(v); err != nil {
			return invalid("not a date: " + dateReason(err))
		}
	}
	p.e.Date = d
	p.c.date(p.header[i], v, d)
	return nil
}

// excelEpoch is day 0 of Excel's 1900 date system as it counts after
// February 1900 (it takes 1900 for a leap year, so serial 61 is 1/3/1900).
var excelEpoch = vietnam.MustDate(1899, time.December, 30)

// serialDate reads a date stored in a spreadsheet's number cell as its
// serial day number (45810 is 2/6/2025); a time of day is dropped.
func (p *rowParser) serialDate(i int, v string) (vietnam.Date, bool) {
	if p.num == nil || !p.num.Numeric(i) {
		return vietnam.Date{}, false
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < 61 || f >= 2958466 { // 1/3/1900 to 31/12/9999
		return vietnam.Date{}, false
	}
	return excelEpoch.AddDays(int(f)), true
}

// The vocabularies' memos in importState.terms.
const (
	termService = iota
	termGroup
	termActivity
)

// term matches v in a vocabulary. A value no term names is kept as
// written, with a warning (or rejects the row when its field is required).
func (p *rowParser) term(which int, voc *vocab.Vocabulary, v, what string) (string, *cellFault) {
	m := &p.st.terms[which]
	t, ok := m.get(v)
	if !ok {
		term, found := voc.Match(v)
		t = matchedTerm{term.Code, found}
		m.put(v, t)
	}
	if t.ok {
		return t.code, nil
	}
	return v, &cellFault{kind: WarnUnknownTerm, reason: "not a known " + what + ": kept as written", err: ErrUnknownTerm}
}

func (p *rowParser) service(_ int, v string) *cellFault {
	code, fault := p.term(termService, p.im.opts.Services, v, "service")
	p.e.Service = Service(code)
	return fault
}

func (p *rowParser) group(_ int, v string) *cellFault {
	code, fault := p.term(termGroup, p.im.opts.Groups, v, "group")
	p.e.Learner.Group = Group(code)
	return fault
}

func (p *rowParser) activity(_ int, v string) *cellFault {
	code, fault := p.term(termActivity, p.im.opts.Activities, v, "activity")
	if code == "lop_hoc" {
		code = "" // the zero Activity
	}
	p.e.Activity = Activity(code)
	return fault
}

// checkCCCD rejects a row whose CCCD disagrees with its birth year or sex:
// one of the cells is wrong and nothing says which.
func (p *rowParser) checkCCCD() *RowError {
	l := &p.e.Learner
	if l.CCCD.IsZero() {
		return nil
	}
	if p.birthYear != 0 && l.CCCD.BirthYear() != p.birthYear {
		return &RowError{Row: p.line, Column: p.header[p.birthCol], Value: p.rec[p.birthCol],
			Reason: fmt.Sprintf("CCCD %s says born in %d", l.CCCD, l.CCCD.BirthYear()), Err: ErrMismatch}
	}
	if l.Sex != person.SexUnknown && l.CCCD.Sex() != l.Sex {
		return &RowError{Row: p.line, Column: p.header[p.sexCol], Value: p.rec[p.sexCol],
			Reason: fmt.Sprintf("CCCD %s says %s", l.CCCD, l.CCCD.Sex().Label(vietnam.Vietnamese)), Err: ErrMismatch}
	}
	if l.Sex == person.SexUnknown {
		l.Sex = l.CCCD.Sex()
	}
	return nil
}

// resolve finds the current commune of the address, through the import's
// memo.
func (p *rowParser) resolve() {
	l, im := &p.e.Learner, p.im
	if l.Address == "" || im.opts.Resolver == nil {
		return
	}
	r, ok := p.st.addresses.get(l.Address)
	if !ok {
		r = im.resolveNew(p.st, l.Address)
		p.st.addresses.put(l.Address, r)
	}
	l.Commune, p.e.Written = r.commune, r.written
	if len(r.candidates) > 0 {
		p.e.Candidates = slices.Clone(r.candidates)
	}
	if r.warning != "" {
		col := slices.Index(p.cols, FieldAddress)
		p.warnings = append(p.warnings, RowError{Kind: WarnAddress, Row: p.line, Column: p.column(col), Value: l.Address, Reason: r.warning})
	}
}
