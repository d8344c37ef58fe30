package example

import (
	"bytes"
	"cmp"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/dedupe"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// ImportOptions are the options every example reads a roster with
// (examples/roster too), so that the same file gives the same counts in
// each: a row whose birth date, CCCD or phone is written but cannot be
// read is rejected with its reason, since the person it names cannot be
// told apart from another; a two-digit year yy is the latest year ending
// in yy not after pivot; names take the classic tone placement ("Hòa").
func ImportOptions(pivot int, source string, resolver *admin.Resolver) training.ImportOptions {
	return training.ImportOptions{
		Required: []training.Field{training.FieldBirthDate, training.FieldCCCD, training.FieldPhone},
		Pivot:    pivot, Tones: vietnam.ToneClassic, Source: source, Resolver: resolver,
	}
}

// A Roster describes the generated roster a scenario uses when no roster
// file is given: seeded and repeatable, for the communes of Province, with
// the given shares of the mistakes real sheets have (see synth.Config).
type Roster struct {
	Province                                      string // pre-2025 code; "" for the scenario's
	Seed                                          uint64
	Rows                                          int
	Errors, Duplicates, Legacy, NoTones, Services float64
}

// Config returns the generator's configuration for rows rows over the
// window, for province unless the roster names its own.
func (r Roster) Config(province string, rows int, window campaign.Window) synth.Config {
	if r.Province != "" {
		province = r.Province
	}
	return synth.Config{Seed: r.Seed, Province: province, Rows: rows, From: window.Start(), To: window.End(),
		Errors: r.Errors, Duplicates: r.Duplicates, Legacy: r.Legacy, NoTones: r.NoTones, Services: r.Services}
}

// Configs returns the generator's configurations of the roster of the
// provinces, rows rows for each: the provinces after the first draw from
// seeds of their own, so that their people are other people.
func (r Roster) Configs(provinces []string, rows int, window campaign.Window) []synth.Config {
	out := make([]synth.Config, len(provinces))
	for i, p := range provinces {
		out[i] = r.Config(p, rows, window)
		if i > 0 {
			n, _ := strconv.Atoi(p)
			out[i].Seed = out[i].Seed*1000 + uint64(n)
		}
	}
	return out
}

// Open returns the bytes of the file at path or, when path is "", of the
// roster r generates for the provinces (see Configs), one after the other
// under one header.
func (r Roster) Open(path string, provinces []string, rows int, window campaign.Window) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.Write(synth.Header())
	for _, cfg := range r.Configs(provinces, rows, window) {
		seq, err := synth.Generate(cfg)
		if err != nil {
			return nil, err
		}
		for row := range seq {
			cw.Write(row.Cells)
		}
	}
	cw.Flush()
	return buf.Bytes(), cw.Error()
}

// An Entry is one accepted roster row, placed on the world's units and
// named by the person the deduplication found.
type Entry struct {
	training.Entry
	At     Place
	Person training.LearnerID
}

// An Intake is what became of one roster.
type Intake struct {
	Source   string
	Importer *training.Importer
	Report   training.ImportReport
	Entries  []Entry // in file order
	// People counts the people after deduplication; Conflicts those whose
	// rows disagree on a field.
	People, Conflicts int
	// NotFound counts accepted rows whose address named no commune of the
	// provinces; Ambiguous those whose address reads as several communes
	// (Entry.Candidates), counted for none of them; NoDate those without
	// a date, whose people count and whose records cannot.
	NotFound, Ambiguous, NoDate int
}

// Merged returns the number of accepted rows merged into an earlier row
// of the same person.
func (in *Intake) Merged() int { return len(in.Entries) - in.People }

// Read imports a roster with ImportOptions, places its rows (home is the
// union of the province whose roster it is) and deduplicates its people.
func (w *World) Read(source string, data []byte, pivot int, home org.ID) (*Intake, error) {
	in := &Intake{Source: source, Importer: training.NewImporter(ImportOptions(pivot, source, w.Resolver))}
	dd := dedupe.New()
	rep, err := in.Importer.Import(context.Background(), bytes.NewReader(data), func(e training.Entry) error {
		p := w.Locate(e, home)
		switch {
		case p.Ambiguous:
			in.Ambiguous++
		case !p.Found:
			in.NotFound++
		}
		if e.Date.IsZero() {
			in.NoDate++
		}
		// The deduper matches on the current commune (set by the importer)
		// when nothing better is shared.
		dd.Add(dedupe.Ref{Source: source, Row: e.Row}, e.Learner)
		in.Entries = append(in.Entries, Entry{Entry: e, At: p})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	in.Report = rep
	people, err := dd.Result(context.Background())
	if err != nil {
		return nil, err
	}
	byRow := make(map[int]training.LearnerID, len(in.Entries))
	for _, p := range people {
		in.People++
		if len(p.Conflicts) > 0 {
			in.Conflicts++
		}
		for _, ref := range p.Rows {
			byRow[ref.Row] = p.ID
		}
	}
	for i := range in.Entries {
		in.Entries[i].Person = byRow[in.Entries[i].Row]
	}
	return in, nil
}

// An Ambiguity is a set of communes that addresses read as equally well,
// and the accepted rows whose address did, by line number.
type Ambiguity struct {
	Candidates []admin.Unit
	Rows       []int
	Example    string // the address of the first row
}

// Ambiguities groups the rows Ambiguous counts by their candidates, most
// rows first, then in the order of the file, so that whoever keeps the
// roster can settle the most frequent first.
func (in *Intake) Ambiguities() []Ambiguity {
	var out []Ambiguity
	at := map[string]int{}
	for _, e := range in.Entries {
		if !e.At.Ambiguous {
			continue
		}
		// The same communes in another order are the same ambiguity, and
		// the report lists them by code whatever order the resolver gave.
		cands := slices.SortedFunc(slices.Values(e.Candidates), func(a, b admin.Code) int { return strings.Compare(a.String(), b.String()) })
		key := fmt.Sprint(cands)
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			a := Ambiguity{Example: e.Learner.Address}
			for _, c := range cands {
				if u, ok := admin.Current().Unit(c); ok {
					a.Candidates = append(a.Candidates, u)
				}
			}
			out = append(out, a)
		}
		out[i].Rows = append(out[i].Rows, e.Row)
	}
	slices.SortStableFunc(out, func(a, b Ambiguity) int { return cmp.Compare(len(b.Rows), len(a.Rows)) })
	return out
}

// A Count is a label and how many rows it names.
type Count struct {
	Label string
	N     int
}

// Reasons groups the rejected rows by what was wrong, most frequent first.
// A column is named by the field the import read it as, which the header
// row and ImportOptions.Columns decided together: the report keeps it.
func (in *Intake) Reasons(l vietnam.Lang) []Count {
	fields := make(map[string]training.Field, len(in.Report.Header))
	for i, h := range in.Report.Header {
		if i < len(in.Report.Fields) {
			fields[h] = in.Report.Fields[i]
		}
	}
	n := map[string]int{}
	for _, e := range in.Report.Rejected {
		n[reasonLabel(e, fields[e.Column], l)]++
	}
	return sortCounts(n)
}

// Fixes groups the corrections made in accepted rows by kind, most
// frequent first.
func (in *Intake) Fixes(l vietnam.Lang) []Count {
	n := map[string]int{}
	for k, v := range in.Report.Fixes {
		n[Pick(l, k.Label(vietnam.Vietnamese), strings.ReplaceAll(k.String(), "_", " "))] += v
	}
	return sortCounts(n)
}

func sortCounts(n map[string]int) []Count {
	out := make([]Count, 0, len(n))
	for k, v := range n {
		out = append(out, Count{k, v})
	}
	slices.SortFunc(out, func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.N, a.N), strings.Compare(a.Label, b.Label))
	})
	return out
}

// reasonLabel names the reason a row was rejected, by the field of its
// column and the kind rather than its exact words, so that reasons group.
func reasonLabel(e *training.RowError, f training.Field, l vietnam.Lang) string {
	name := fieldName(f, e.Column, l)
	switch {
	case errors.Is(e.Err, training.ErrEmptyRow):
		return Pick(l, "dòng trống", "empty row")
	case errors.Is(e.Err, training.ErrRequired):
		return Pick(l, "thiếu ", "missing ") + name
	case errors.Is(e.Err, training.ErrMismatch):
		return Pick(l, "CCCD không khớp ", "CCCD disagrees with ") + name
	case errors.Is(e.Err, training.ErrInvalidValue):
		return Pick(l, name+" không hợp lệ", "invalid "+name)
	}
	return e.Reason
}

var fieldNames = map[training.Field][2]string{
	training.FieldName:      {"họ tên", "name"},
	training.FieldBirthDate: {"ngày sinh", "birth date"},
	training.FieldSex:       {"giới tính", "sex"},
	training.FieldCCCD:      {"số CCCD", "CCCD number"},
	training.FieldPhone:     {"số điện thoại", "phone number"},
	training.FieldGroup:     {"đối tượng", "group"},
	training.FieldDate:      {"ngày", "date"},
	training.FieldService:   {"nội dung hỗ trợ", "service"},
}

func fieldName(f training.Field, column string, l vietnam.Lang) string {
	if n, ok := fieldNames[f]; ok {
		return n[l]
	}
	return column
}

// Pick returns vi or en by the language.
func Pick(l vietnam.Lang, vi, en string) string {
	if l == vietnam.English {
		return en
	}
	return vi
}

// AgeOn returns a learner's age in whole years on day d, from the birth
// date, else the birth year; -1 when the roster gave neither.
func AgeOn(l training.Learner, d vietnam.Date) int {
	switch {
	case !l.BirthDate.IsZero():
		age := d.Year() - l.BirthDate.Year()
		if d.Month() < l.BirthDate.Month() || (d.Month() == l.BirthDate.Month() && d.Day() < l.BirthDate.Day()) {
			age--
		}
		return age
	case l.BirthYear != 0:
		return d.Year() - l.BirthYear
	}
	return -1
}

// ReadEach reads one roster per province of the world, in its order: the
// file at paths[i], or when there is none rosters[i] generated over the
// window, rows rows for the first and as many more in proportion for the
// others. A roster's source is its province code.
func (w *World) ReadEach(rosters []Roster, paths []string, rows int, window campaign.Window, pivot int) ([]*Intake, error) {
	var out []*Intake
	for i, spec := range rosters {
		path := ""
		if i < len(paths) {
			path = paths[i]
		}
		data, err := spec.Open(path, []string{w.Provinces[i].String()}, max(1, rows*spec.Rows/rosters[0].Rows), window)
		if err != nil {
			return nil, err
		}
		in, err := w.Read(w.Provinces[i].String(), data, pivot, w.Unions[i])
		if err != nil {
			return nil, fmt.Errorf("roster of %w", err)
		}
		out = append(out, in)
	}
	return out, nil
}
