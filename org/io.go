package org

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The columns of a tree in CSV, in the order WriteCSV writes them. ReadCSV
// needs "id" and takes the others in any order, matching names without
// regard to case or surrounding spaces, and ignores columns it does not
// know.
var csvColumns = [...]string{"id", "parent_id", "kind", "name", "admin_code", "valid_from", "valid_to", "population", "households", "members"}

const (
	colID = iota
	colParent
	colKind
	colName
	colAdmin
	colFrom
	colTo
	colPopulation
	colHouseholds
	colMembers
	numCols
)

// textUnit is a unit as text, before its fields are read.
type textUnit [numCols]string

// ReadCSV reads a tree from CSV with a header row. The columns are id,
// parent_id, kind, name, admin_code, valid_from, valid_to, population,
// households and members; only id is required. Cells are trimmed and names
// normalized (vietnam.Normalize); dates are ISO ("2025-06-30") or
// day-first ("30/6/2025"); kinds are anything ParseKind accepts; admin
// codes are written with their era ("pre-2025:25966", "2025:79"), or bare
// when the unit's dates fix the era.
//
// Every bad row is reported, not just the first, in a *CheckError whose
// Problems carry the line of the file (the header is line 1), the field and
// the value; the rows are then checked as Build checks them, and those
// problems are reported too.
func ReadCSV(r io.Reader) (*Tree, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var problems []Problem

	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, &CheckError{Problems: []Problem{{Row: 1, Err: ErrSyntax, Detail: "no header row"}}}
		}
		return nil, &CheckError{Problems: []Problem{csvProblem(err)}}
	}
	var col [numCols]int
	for i := range col {
		col[i] = -1
	}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		k := slices.Index(csvColumns[:], name)
		if k < 0 {
			continue
		}
		if col[k] >= 0 {
			problems = append(problems, Problem{Row: 1, Field: "header", Value: h, Err: ErrSyntax, Detail: fmt.Sprintf("column %q appears twice", name)})
			continue
		}
		col[k] = i
	}
	if col[colID] < 0 {
		problems = append(problems, Problem{Row: 1, Field: "header", Value: strings.Join(header, ","), Err: ErrSyntax, Detail: `no "id" column`})
		return nil, &CheckError{Problems: problems}
	}
	width := len(header)

	var rows []textUnit
	var lines []int
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				problems = append(problems, Problem{Err: ErrSyntax, Detail: err.Error()})
				break
			}
			problems = append(problems, csvProblem(err))
			continue
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != width {
			problems = append(problems, Problem{Row: line, Err: ErrSyntax, Detail: fmt.Sprintf("%d fields, the header has %d", len(rec), width)})
			continue
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line inside a one-column file
		}
		var t textUnit
		for k, c := range col {
			if c >= 0 {
				t[k] = strings.TrimSpace(rec[c])
			}
		}
		rows = append(rows, t)
		lines = append(lines, line)
	}
	return buildRows(rows, lines, problems)
}

func csvProblem(err error) Problem {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return Problem{Row: pe.StartLine, Err: ErrSyntax, Detail: fmt.Sprintf("column %d: %v", pe.Column, pe.Err)}
	}
	return Problem{Err: ErrSyntax, Detail: err.Error()}
}

// jsonUnit is the JSON form of a unit as ReadJSON decodes it: text for
// every field that has its own syntax, so that a bad value is reported by
// field rather than as a decoding failure.
type jsonUnit struct {
	ID         string      `json:"id"`
	Parent     string      `json:"parent_id"`
	Kind       string      `json:"kind"`
	Name       string      `json:"name"`
	Admin      string      `json:"admin_code"`
	ValidFrom  string      `json:"valid_from"`
	ValidTo    string      `json:"valid_to"`
	Population json.Number `json:"population"`
	Households json.Number `json:"households"`
	Members    json.Number `json:"members"`
}

// ReadJSON reads a tree written by WriteJSON: an object whose "units" array
// holds one object per unit, with the fields of the CSV form (a bare array
// of units is accepted too). Problems carry the 1-based position of the
// unit in the array as their Row; unknown fields are problems, so that a
// misspelt "parent" is not silently dropped.
func ReadJSON(r io.Reader) (*Tree, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &CheckError{Problems: []Problem{{Err: ErrSyntax, Detail: err.Error()}}}
	}
	var raws []json.RawMessage
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		err = json.Unmarshal(data, &raws)
	} else {
		var doc struct {
			Units []json.RawMessage `json:"units"`
		}
		err = json.Unmarshal(data, &doc)
		raws = doc.Units
	}
	if err != nil {
		return nil, &CheckError{Problems: []Problem{{Err: ErrSyntax, Detail: strings.TrimPrefix(err.Error(), "json: ")}}}
	}
	var problems []Problem
	rows := make([]textUnit, 0, len(raws))
	lines := make([]int, 0, len(raws))
	for k, raw := range raws {
		var ju jsonUnit
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&ju); err != nil {
			p := Problem{Row: k + 1, Err: ErrSyntax, Detail: strings.TrimPrefix(err.Error(), "json: ")}
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				p.Field, p.Detail = te.Field, fmt.Sprintf("a JSON %s where a %s belongs", te.Value, jsonType(te.Type.Kind()))
			}
			var id struct {
				ID any `json:"id"`
			}
			if json.Unmarshal(raw, &id) == nil {
				if s, ok := id.ID.(string); ok {
					p.ID = ID(s)
				}
			}
			problems = append(problems, p)
			continue
		}
		rows = append(rows, textUnit{
			colID: ju.ID, colParent: ju.Parent, colKind: ju.Kind, colName: ju.Name, colAdmin: ju.Admin,
			colFrom: ju.ValidFrom, colTo: ju.ValidTo,
			colPopulation: ju.Population.String(), colHouseholds: ju.Households.String(), colMembers: ju.Members.String(),
		})
		lines = append(lines, k+1)
	}
	return buildRows(rows, lines, problems)
}

func jsonType(k reflect.Kind) string {
	if k == reflect.String {
		return "string"
	}
	return "number"
}

// buildRows reads the fields of each row, builds the tree, and reports the
// problems of both steps by row. A row with a bad field still takes part
// in Build with that field left zero, so that its children find it; the
// checks Build makes of that row itself are dropped as noise.
func buildRows(rows []textUnit, lines []int, problems []Problem) (*Tree, error) {
	units := make([]Unit, len(rows))
	bad := map[int]bool{}
	for k, row := range rows {
		var ps []Problem
		units[k], ps = parseRow(lines[k], row)
		if len(ps) > 0 {
			bad[lines[k]] = true
			problems = append(problems, ps...)
		}
	}
	for _, p := range problems {
		bad[p.Row] = true
	}
	b := builder{units: units, lines: lines}
	tree, err := b.build()
	var ce *CheckError
	if errors.As(err, &ce) {
		for _, p := range ce.Problems {
			noise := p.Err == ErrValidity || p.Err == ErrEra || p.Err == ErrAdminLevel
			if !bad[p.Row] || !noise {
				problems = append(problems, p)
			}
		}
	}
	if len(problems) > 0 {
		slices.SortStableFunc(problems, func(a, b Problem) int { return a.Row - b.Row })
		return nil, &CheckError{Problems: problems}
	}
	return tree, nil
}

func parseRow(line int, t textUnit) (Unit, []Problem) {
	u := Unit{ID: ID(t[colID]), Parent: ID(t[colParent]), Name: vietnam.Normalize(t[colName])}
	var ps []Problem
	bad := func(col int, err error, format string, args ...any) {
		ps = append(ps, Problem{Row: line, ID: u.ID, Field: csvColumns[col], Value: t[col], Err: err, Detail: fmt.Sprintf(format, args...)})
	}
	if k, err := ParseKind(t[colKind]); err != nil {
		bad(colKind, ErrKind, "neither a built-in kind nor a custom code")
	} else {
		u.Kind = k
	}
	for _, c := range [...]struct {
		col int
		d   *vietnam.Date
	}{{colFrom, &u.ValidFrom}, {colTo, &u.ValidTo}} {
		if t[c.col] == "" {
			continue
		}
		d, err := vietnam.ParseDate(t[c.col])
		if err != nil {
			bad(c.col, ErrSyntax, "not a date")
			continue
		}
		*c.d = d
	}
	if t[colAdmin] != "" {
		c, reason := parseAdmin(t[colAdmin], u)
		if reason != "" {
			bad(colAdmin, ErrSyntax, "%s", reason)
		}
		u.Admin = c
	}
	for _, c := range [...]struct {
		col int
		n   *int
	}{{colPopulation, &u.Population}, {colHouseholds, &u.Households}, {colMembers, &u.Members}} {
		if t[c.col] == "" {
			continue
		}
		n, err := strconv.Atoi(t[c.col])
		if err != nil || n < 0 {
			bad(c.col, ErrSyntax, "not a whole number of zero or more")
			continue
		}
		*c.n = n
	}
	return u, ps
}

// parseAdmin reads "2025:25966" or a bare code whose era the unit's dates
// fix; the level follows from the number of digits.
func parseAdmin(s string, u Unit) (admin.Code, string) {
	if strings.Contains(s, ":") {
		var c admin.Code
		if err := c.UnmarshalText([]byte(s)); err != nil {
			return admin.Code{}, `not an admin code: want an era and a code, as "2025:25966" or "pre-2025:00004"`
		}
		return c, ""
	}
	var level admin.Level
	switch len(s) {
	case 2:
		level = admin.LevelProvince
	case 3:
		level = admin.LevelDistrict
	case 5:
		level = admin.LevelCommune
	default:
		return admin.Code{}, "not an admin code: want 2 digits for a province, 3 for a district, 5 for a commune"
	}
	var era admin.Era
	switch {
	case !u.ValidFrom.IsZero() && !u.ValidFrom.Before(reformDay()):
		era = admin.Era2025
	case !u.ValidTo.IsZero() && u.ValidTo.Before(reformDay()):
		era = admin.EraPre2025
	default:
		return admin.Code{}, fmt.Sprintf("a bare code needs dates that fix its era; write %q or %q", "pre-2025:"+s, "2025:"+s)
	}
	c, err := admin.ParseCode(era, level, s)
	if err != nil {
		return admin.Code{}, "not an admin code: " + strings.TrimPrefix(err.Error(), "admin: ")
	}
	return c, ""
}

// WriteCSV writes the tree in pre-order with a header row, in the form
// ReadCSV reads. Dates are ISO, admin codes carry their era, and counts of
// zero are left empty.
func (t *Tree) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns[:]); err != nil {
		return err
	}
	rec := make([]string, numCols)
	for _, u := range t.All() {
		rec[colID], rec[colParent], rec[colKind], rec[colName] = string(u.ID), string(u.Parent), string(u.Kind), u.Name
		rec[colAdmin], rec[colFrom], rec[colTo] = adminText(u.Admin), u.ValidFrom.ISO(), u.ValidTo.ISO()
		rec[colPopulation], rec[colHouseholds], rec[colMembers] = count(u.Population), count(u.Households), count(u.Members)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func count(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// WriteJSON writes the tree as {"units": [...]} in pre-order, one unit per
// line, with empty fields left out.
func (t *Tree) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\"units\": [")
	for i, u := range t.All() {
		b, err := json.Marshal(u)
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n  ")
		bw.Write(b)
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}
