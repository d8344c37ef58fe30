// Package xlsx reads and writes rosters as Excel workbooks (.xlsx), with
// github.com/xuri/excelize/v2, for package training: the rows of the first
// or a named sheet go to an Importer as they are read, and cleaned rosters
// and rejects come back as workbooks with Vietnamese headers.
//
// A sheet is read as the people who keep it make it: title rows above the
// header (the importer finds the header), merged cells (a unit's name
// merged down its rows is every row's), dates stored as Excel serial
// numbers (45810 is 2/6/2025), and numbers that lost their leading zero
// when typed into a number cell (912345678 for 0912345678; the importer
// restores it with a warning). Rows are streamed: the worksheet's XML is
// decoded row by row, so a sheet of a million rows never sits in memory
// as rows. The package lives apart from training so that the library's
// other users do not carry excelize.
package xlsx

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/hocvuso/hocvuso/training"
)

// ErrSheet is wrapped by Open's error when the workbook has no sheet of
// the name asked for.
var ErrSheet = errors.New("no such sheet")

// Options say which sheet to read.
type Options struct {
	// Sheet is the name of the sheet to read; empty reads the first.
	Sheet string
}

// A Reader is a training.RowReader over one sheet of a workbook. It also
// says which cells are numbers (training uses it to restore lost zeros
// and read serial dates). Close it when done.
type Reader struct {
	f      *excelize.File
	rows   *excelize.Rows
	sheet  string
	line   int
	cells  []string
	merges []merge
	closer io.Closer
}

// merge is a merged range, 1-based and inclusive, and the value of its
// top-left cell once read.
type merge struct {
	r1, c1, r2, c2 int
	value          string
	seen           bool
}

// OpenFile opens the workbook at path.
func OpenFile(path string, opts Options) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	r, err := Open(f, st.Size(), opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.closer = f
	return r, nil
}

// Open reads a workbook of size bytes from r. A workbook whose zip says
// its parts take more bytes than it has, or unzip to more than deflate
// can give from their bytes, is refused with an error wrapping
// zip.ErrFormat before anything is unzipped.
func Open(r io.ReaderAt, size int64, opts Options) (*Reader, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	if err := checkSizes(zr, size); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size))
	if err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	sheets := f.GetSheetList()
	sheet := opts.Sheet
	switch {
	case len(sheets) == 0:
		f.Close()
		return nil, fmt.Errorf("xlsx: %w: the workbook has none", ErrSheet)
	case sheet == "":
		sheet = sheets[0]
	default:
		found := false
		for _, s := range sheets {
			if strings.EqualFold(s, sheet) {
				sheet, found = s, true
			}
		}
		if !found {
			f.Close()
			return nil, fmt.Errorf("xlsx: %w %q: the workbook has %s", ErrSheet, opts.Sheet, strings.Join(sheets, ", "))
		}
	}
	merges, err := readMerges(zr, sheet)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	return &Reader{f: f, rows: rows, sheet: sheet, merges: merges}, nil
}

// Sheet returns the name of the sheet read.
func (r *Reader) Sheet() string { return r.sheet }

// Read returns the next row of the sheet: its number and its cells, the
// raw values (a date cell is its serial number, a number its digits),
// merged ranges filled with their top-left value. Empty rows between
// others are returned empty, so that row numbers stay those of the sheet.
func (r *Reader) Read() (int, []string, error) {
	if !r.rows.Next() {
		if err := r.rows.Error(); err != nil {
			return r.line, nil, fmt.Errorf("xlsx: row %d: %w", r.line+1, err)
		}
		return r.line, nil, io.EOF
	}
	r.line++
	cells, err := r.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return r.line, nil, fmt.Errorf("xlsx: row %d: %w", r.line, err)
	}
	r.cells = cells
	r.fill()
	return r.line, r.cells, nil
}

// fill copies the value of each merged range over the range's cells in the
// current row, and forgets the ranges above it.
func (r *Reader) fill() {
	keep := r.merges[:0]
	for _, m := range r.merges {
		if m.r2 < r.line {
			continue
		}
		if m.r1 == r.line && m.c1 <= len(r.cells) {
			m.value, m.seen = r.cells[m.c1-1], true
		}
		if m.seen && m.r1 <= r.line {
			for len(r.cells) < m.c2 {
				r.cells = append(r.cells, "")
			}
			for c := m.c1; c <= m.c2; c++ {
				r.cells[c-1] = m.value
			}
		}
		keep = append(keep, m)
	}
	r.merges = keep
}

// Numeric reports whether cell i of the row just read holds a number (as
// a number cell stores it: digits, a decimal point, a sign).
func (r *Reader) Numeric(i int) bool {
	if i < 0 || i >= len(r.cells) {
		return false
	}
	v := r.cells[i]
	if v == "" {
		return false
	}
	_, err := strconv.ParseFloat(v, 64)
	return err == nil && !strings.HasPrefix(v, "0") || v == "0"
}

// Close releases the workbook.
func (r *Reader) Close() error {
	err := errors.Join(r.rows.Close(), r.f.Close())
	if r.closer != nil {
		err = errors.Join(err, r.closer.Close())
	}
	return err
}

// maxDeflateRatio is the most bytes deflate gives back for one byte: a
// match of 258 bytes takes at least 2 bits, so 1032 (zlib's "Technical
// Details", https://zlib.net/zlib_tech.html).
const maxDeflateRatio = 1032

// checkSizes rejects a workbook of size bytes whose parts say they take
// more bytes than it has, or a part of which says it unzips to more than
// its compressed bytes can give. excelize makes room for a part at the
// size its zip header gives before reading it, so a header that says
// 512 MiB for a few hundred bytes cost 512 MiB at every open; archive/zip
// would find the lie only on reading the part to its end.
func checkSizes(zr *zip.Reader, size int64) error {
	left := uint64(size)
	for _, f := range zr.File {
		if f.CompressedSize64 > left {
			return fmt.Errorf("%w: part %q says it takes %d bytes, more than the workbook has", zip.ErrFormat, f.Name, f.CompressedSize64)
		}
		left -= f.CompressedSize64
		limit := f.CompressedSize64
		if f.Method != zip.Store {
			limit = f.CompressedSize64*maxDeflateRatio + 1
		}
		if f.UncompressedSize64 > limit {
			return fmt.Errorf("%w: part %q says it unzips to %d bytes from %d", zip.ErrFormat, f.Name, f.UncompressedSize64, f.CompressedSize64)
		}
	}
	return nil
}

// readMerges finds the merged ranges of a sheet with one streaming pass
// over the sheet's XML in the zip, so that a large sheet is never loaded
// whole.
func readMerges(zr *zip.Reader, sheet string) ([]merge, error) {
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	target, err := sheetPath(files, sheet)
	if err != nil || target == "" {
		return nil, err
	}
	f, ok := files[target]
	if !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var merges []merge
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return merges, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading merged cells: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "sheetData":
			if err := d.Skip(); err != nil {
				return nil, fmt.Errorf("reading merged cells: %w", err)
			}
		case "mergeCell":
			for _, a := range se.Attr {
				if a.Name.Local != "ref" {
					continue
				}
				from, to, ok := strings.Cut(a.Value, ":")
				if !ok {
					continue
				}
				c1, r1, err1 := excelize.CellNameToCoordinates(from)
				c2, r2, err2 := excelize.CellNameToCoordinates(to)
				if err1 == nil && err2 == nil && r1 <= r2 && c1 <= c2 && c2-c1 < 1024 {
					merges = append(merges, merge{r1: r1, c1: c1, r2: r2, c2: c2})
				}
			}
		}
	}
}

// sheetPath returns the zip path of the named sheet's XML, through the
// workbook and its relationships.
func sheetPath(files map[string]*zip.File, sheet string) (string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := decodePart(files, "xl/workbook.xml", &wb); err != nil {
		return "", err
	}
	if err := decodePart(files, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return "", err
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.ID {
				if strings.HasPrefix(r.Target, "/") {
					return strings.TrimPrefix(r.Target, "/"), nil
				}
				return path.Join("xl", r.Target), nil
			}
		}
	}
	return "", nil
}

func decodePart(files map[string]*zip.File, name string, v any) error {
	f, ok := files[name]
	if !ok {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(rc).Decode(v)
}

// Write writes a workbook of one sheet: the header in bold, then the rows,
// streamed (excelize's stream writer keeps finished rows on disk, not in
// memory). Cells are written as text, so that a phone or a CCCD keeps its
// leading zero.
func Write(w io.Writer, sheet string, header []string, rows func(yield func([]string) bool)) error {
	f := excelize.NewFile()
	defer f.Close()
	if sheet == "" {
		sheet = "Sheet1"
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	line := 1
	put := func(cells []string, style int) error {
		vals := make([]any, len(cells))
		for i, c := range cells {
			vals[i] = excelize.Cell{Value: c, StyleID: style}
		}
		cell, _ := excelize.CoordinatesToCellName(1, line)
		line++
		return sw.SetRow(cell, vals)
	}
	if err := put(header, bold); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	var werr error
	rows(func(cells []string) bool {
		werr = put(cells, 0)
		return werr == nil
	})
	if werr != nil {
		return fmt.Errorf("xlsx: row %d: %w", line-1, werr)
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return f.Write(w)
}

// The Reader is a training.RowReader.
var _ training.RowReader = (*Reader)(nil)
