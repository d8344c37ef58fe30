package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

// writeXLSX writes the report as a one-sheet workbook with the columns of
// its CSV (Report.WriteCSV), numbers as numbers, so the two exports never
// disagree on what a column holds.
func writeXLSX(w io.Writer, rep *metrics.Report, l vietnam.Lang) error {
	var buf bytes.Buffer
	if err := rep.WriteCSV(&buf, l); err != nil {
		return err
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := "Báo cáo"
	if l == vietnam.English {
		sheet = "Report"
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, row := range rows {
		cells := make([]any, len(row))
		for j, v := range row {
			cells[j] = v
			if i > 0 {
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
	return f.Write(w)
}
