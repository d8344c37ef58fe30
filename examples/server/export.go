package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

// writeReportJSON writes the report as metrics.Report.WriteJSON does, with
// its breakdowns as one more member, "breakdowns", and the records it could
// not count, when there are some, as "not_counted".
func writeReportJSON(w io.Writer, rep *metrics.Report, cells []breakdownCell, skipped *notCounted, l vietnam.Lang) error {
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf, l); err != nil {
		return err
	}
	obj := bytes.TrimRight(buf.Bytes(), " \n")
	if len(obj) < 2 || obj[len(obj)-1] != '}' {
		return errors.New("report: the report's JSON is not an object")
	}
	parts, err := json.Marshal(cells)
	if err != nil {
		return err
	}
	obj = append(obj[:len(obj)-1], `,"breakdowns":`...)
	obj = append(obj, parts...)
	if skipped != nil {
		nc, err := json.Marshal(skipped)
		if err != nil {
			return err
		}
		obj = append(append(obj, `,"not_counted":`...), nc...)
	}
	obj = append(obj, "}\n"...)
	_, err = w.Write(obj)
	return err
}

// writeCellsCSV writes breakdown cells as a table with the names of their
// unit, indicator, category and option beside the codes.
func (w *world) writeCellsCSV(out io.Writer, cells []breakdownCell, l vietnam.Lang) error {
	cw := csv.NewWriter(out)
	head := []string{"Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Mã phân tổ", "Phân tổ", "Mã nhóm", "Nhóm", "Giá trị"}
	if l == vietnam.English {
		head = []string{"Unit ID", "Unit", "Indicator code", "Indicator", "Category code", "Category", "Option code", "Option", "Value"}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, c := range cells {
		u, _ := w.tree.Unit(c.Unit)
		ind, _ := w.cat.Indicator(c.Indicator)
		err := cw.Write([]string{string(c.Unit), u.Name, string(c.Indicator), ind.Label(l), string(c.Category), c.CategoryLabel,
			c.Option, c.OptionLabel, c.Value.String()})
		if err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// sheet is a worksheet made from a CSV table.
type sheet struct {
	Name string
	CSV  func(io.Writer) error
}

// sheetNames are the report workbook's sheets: the report's rows, its
// breakdowns.
var sheetNames = [2][2]string{{"Báo cáo", "Report"}, {"Phân tổ", "Breakdowns"}}

// writeXLSX writes a workbook of the sheets with the columns of their CSV,
// numbers as numbers, so the two exports never disagree on what a column
// holds.
func writeXLSX(w io.Writer, sheets []sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, sh := range sheets {
		var buf bytes.Buffer
		if err := sh.CSV(&buf); err != nil {
			return err
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			return err
		}
		if i == 0 {
			err = f.SetSheetName("Sheet1", sh.Name)
		} else {
			_, err = f.NewSheet(sh.Name)
		}
		if err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(sh.Name)
		if err != nil {
			return err
		}
		for i, row := range rows {
			cells := make([]any, len(row))
			for j, v := range row {
				cells[j] = v
				if i > 0 && !isCode(v) {
					if n, err := strconv.ParseFloat(v, 64); err == nil {
						cells[j] = n
					}
				}
			}
			ref, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := sw.SetRow(ref, cells); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	return f.Write(w)
}

// isCode reports whether a cell of digits is a code, not a number: one
// written with a leading zero (the ethnic group "01", an admin code).
func isCode(v string) bool {
	return len(v) > 1 && v[0] == '0' && v[1] != '.'
}
