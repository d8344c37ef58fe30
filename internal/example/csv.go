package example

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/metrics"
)

// CSVHeader is the header of every example's -format csv: one file a
// spreadsheet filters by section (import, progress, check) and view.
// Numbers are plain decimals with a point and no grouping; a share (the
// achieved column, and the actual, target and expected values of a
// percentage indicator) is a fraction: 0.452, not 45.2.
var CSVHeader = []string{"section", "view", "unit_id", "admin_code", "unit", "indicator",
	"actual", "target", "achieved", "expected", "status", "projection"}

// A View is a named set of report rows: "old" for the units before the
// reform, "new" for those since.
type View struct {
	Name string
	Rows []metrics.Row
}

// A Check compares an indicator's total over the old units with its
// total over the new ones: the migration must lose nothing.
type Check struct {
	Indicator metrics.Indicator
	Old, New  metrics.Value
}

// OK reports whether the totals agree.
func (c Check) OK() bool { return c.Old.Equal(c.New) }

// Sheet is what an example writes as CSV.
type Sheet struct {
	Imports []*Intake
	Views   []View
	Checks  []Check
}

// WriteCSV writes the sheet under CSVHeader: the import summary of every
// roster (the unit column names the roster, the indicator column what is
// counted), the rows of every view, and the totals check (an old and a new
// line per indicator, status match or mismatch).
func (s Sheet) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, in := range s.Imports {
		for _, c := range []struct {
			what string
			n    int
		}{
			{"rows", in.Report.Rows}, {"accepted", in.Report.Accepted}, {"rejected", len(in.Report.Rejected)},
			{"duplicates_merged", in.Merged()}, {"people", in.People},
			{"address_not_found", in.NotFound}, {"address_ambiguous", in.Ambiguous}, {"rows_without_date", in.NoDate},
		} {
			cw.Write([]string{"import", "", "", "", in.Source, c.what, strconv.Itoa(c.n), "", "", "", "", ""})
		}
	}
	for _, v := range s.Views {
		for _, r := range v.Rows {
			rec := []string{"progress", v.Name, string(r.Unit.ID), "", r.Unit.Name, string(r.Indicator.Code), "", "", "", "", "", ""}
			if !r.Unit.Admin.IsZero() {
				rec[3] = r.Unit.Admin.String()
			}
			if !r.Actual.IsMissing() {
				rec[6] = share(r.Indicator, r.Actual.Decimal())
			}
			if r.HasTarget {
				p := r.Progress
				rec[7], rec[8], rec[10] = share(r.Indicator, r.Target.Value), p.Achieved.Round(4).String(), p.Status.String()
				rec[9] = share(r.Indicator, p.Expected.Round(2))
				if r.Indicator.Unit != metrics.Percent {
					rec[11] = p.Projection.Round(0).String()
				}
			}
			cw.Write(rec)
		}
	}
	for _, c := range s.Checks {
		status := "match"
		if !c.OK() {
			status = "mismatch"
		}
		for _, side := range []struct {
			view string
			v    metrics.Value
		}{{"old", c.Old}, {"new", c.New}} {
			cw.Write([]string{"check", side.view, "", "", "", string(c.Indicator.Code), share(c.Indicator, side.v.Decimal()), "", "", "", status, ""})
		}
	}
	cw.Flush()
	return cw.Error()
}

// share writes a value of the indicator: a percentage as a fraction.
func share(ind metrics.Indicator, d decimal.Decimal) string {
	if ind.Unit == metrics.Percent {
		return d.Shift(-2).Round(4).String()
	}
	return d.String()
}

// ReadCSV reads what Sheet.WriteCSV wrote, for the examples' tests and
// for anyone who loads the file back: the lines of each section, each a
// map from column name to cell. A header other than CSVHeader is an error.
func ReadCSV(r io.Reader) (map[string][]map[string]string, error) {
	recs, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 || !slices.Equal(recs[0], CSVHeader) {
		return nil, fmt.Errorf("csv: header is not %v", CSVHeader)
	}
	out := map[string][]map[string]string{}
	for _, rec := range recs[1:] {
		m := make(map[string]string, len(rec))
		for i, c := range rec {
			m[CSVHeader[i]] = c
		}
		out[m["section"]] = append(out[m["section"]], m)
	}
	return out, nil
}
