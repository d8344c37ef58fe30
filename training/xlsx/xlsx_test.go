package xlsx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/xlsx"
)

var update = flag.Bool("update", false, "rewrite testdata/roster_title_serial.xlsx")

const workbook = "testdata/roster_title_serial.xlsx"

// makeWorkbook builds the workbook a commune's officer keeps: two title
// rows merged across the sheet, the header on row 4, the unit merged down
// its rows, dates stored as serial numbers, a phone and a CCCD typed into
// number cells (their leading zero lost), and a second sheet.
func makeWorkbook(t testing.TB) *excelize.File {
	f := excelize.NewFile()
	const s = "Danh sách"
	require.NoError(t, f.SetSheetName("Sheet1", s))
	set := func(cell string, v any) { require.NoError(t, f.SetCellValue(s, cell, v)) }
	set("A1", "DANH SÁCH NGƯỜI DÂN ĐƯỢC HỖ TRỢ KỸ NĂNG SỐ")
	require.NoError(t, f.MergeCell(s, "A1", "H1"))
	set("A2", "Xã An Sơn - Đợt 1 năm 2025")
	require.NoError(t, f.MergeCell(s, "A2", "H2"))
	for i, h := range []string{"STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Số điện thoại", "Nội dung hỗ trợ", "Ngày hỗ trợ", "Đơn vị"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 4)
		set(cell, h)
	}
	rows := [][]any{
		{1, "Nguyễn Văn An", 31118, "074085001234", "0912345678", "Kích hoạt định danh điện tử mức 2", 45810, "doan-xa-an-son"},
		{2, "Trần Thị Bình", "05/07/1990", 74190004321, 903123456, "Chữ ký số SmartCA", 45811, nil},
		{3, "Lê Văn Cường", 22282, "", 987654321, "Tổng đài 1022", 45812.5, nil},
	}
	for r, row := range rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, 5+r)
			set(cell, v)
		}
	}
	require.NoError(t, f.MergeCell(s, "H5", "H7"))
	_, err := f.NewSheet("Tổng hợp")
	require.NoError(t, err)
	require.NoError(t, f.SetCellValue("Tổng hợp", "A1", "Họ tên"))
	require.NoError(t, f.SetCellValue("Tổng hợp", "B1", "SĐT"))
	require.NoError(t, f.SetCellValue("Tổng hợp", "A2", "Phạm Thị Dung"))
	require.NoError(t, f.SetCellValue("Tổng hợp", "B2", "0911222444"))
	return f
}

// TestWorkbookUpToDate: the committed workbook holds what makeWorkbook
// writes, sheet by sheet and cell by cell.
func TestWorkbookUpToDate(t *testing.T) {
	want := makeWorkbook(t)
	if *update {
		require.NoError(t, want.SaveAs(workbook))
	}
	got, err := excelize.OpenFile(workbook)
	require.NoError(t, err)
	defer got.Close()
	require.Equal(t, want.GetSheetList(), got.GetSheetList())
	for _, s := range want.GetSheetList() {
		w, err := want.GetRows(s, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		g, err := got.GetRows(s, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		assert.Equal(t, w, g, s)
		wm, _ := want.GetMergeCells(s)
		gm, _ := got.GetMergeCells(s)
		assert.Equal(t, len(wm), len(gm), s)
	}
}

type outcome struct {
	Row                     int
	Name, Birth, CCCD, Date string
	Phone                   string
	Service                 training.Service
	Unit                    string
	Warnings                []string
}

func importSheet(t *testing.T, opts xlsx.Options) ([]outcome, training.ImportReport) {
	t.Helper()
	r, err := xlsx.OpenFile(workbook, opts)
	require.NoError(t, err)
	defer r.Close()
	var out []outcome
	rep, err := training.NewImporter(training.ImportOptions{NoResolve: true}).ImportRows(context.Background(), r, func(e training.Entry) error {
		o := outcome{Row: e.Row, Name: e.Learner.Name.String(), Birth: e.Learner.BirthDate.String(), CCCD: e.Learner.CCCD.String(),
			Date: e.Date.String(), Phone: e.Learner.Phone.National(), Service: e.Service, Unit: string(e.Learner.Unit)}
		for _, w := range e.Warnings {
			o.Warnings = append(o.Warnings, w.Kind.String()+" "+w.Column+" "+w.Value)
		}
		out = append(out, o)
		return nil
	})
	require.NoError(t, err)
	return out, rep
}

// TestReadWorkbook: the title rows are skipped, serial dates read as dates,
// lost zeros restored with a warning, the merged unit is every row's.
func TestReadWorkbook(t *testing.T) {
	got, rep := importSheet(t, xlsx.Options{})
	assert.Equal(t, []string{"STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Số điện thoại", "Nội dung hỗ trợ", "Ngày hỗ trợ", "Đơn vị"}, rep.Header)
	assert.Equal(t, []outcome{
		{Row: 5, Name: "Nguyễn Văn An", Birth: "12/03/1985", CCCD: "074085001234", Date: "02/06/2025", Phone: "0912 345 678", Service: training.VNeIDLevel2, Unit: "doan-xa-an-son"},
		{Row: 6, Name: "Trần Thị Bình", Birth: "05/07/1990", CCCD: "074190004321", Date: "03/06/2025", Phone: "0903 123 456", Service: training.SmartCA, Unit: "doan-xa-an-son",
			Warnings: []string{"leading_zero Số CCCD 74190004321", "leading_zero Số điện thoại 903123456"}},
		{Row: 7, Name: "Lê Văn Cường", Birth: "01/01/1961", Date: "04/06/2025", Phone: "0987 654 321", Service: training.Hotline1022, Unit: "doan-xa-an-son",
			Warnings: []string{"leading_zero Số điện thoại 987654321"}},
	}, got)
	assert.Equal(t, 3, rep.Rows)

	got, _ = importSheet(t, xlsx.Options{Sheet: "Tổng hợp"})
	require.Len(t, got, 1)
	assert.Equal(t, "Phạm Thị Dung", got[0].Name)

	_, err := xlsx.OpenFile(workbook, xlsx.Options{Sheet: "Sheet9"})
	assert.ErrorIs(t, err, xlsx.ErrSheet)
	assert.EqualError(t, err, `xlsx: no such sheet "Sheet9": the workbook has Danh sách, Tổng hợp`)
	_, err = xlsx.Open(bytes.NewReader([]byte("Họ tên,SĐT\n")), 11, xlsx.Options{})
	assert.Error(t, err, "a CSV is not a workbook")
}

// TestOpenChecksPartSizes: a workbook a part of which says it unzips to
// more than its compressed bytes can give is refused before excelize
// makes room for it (FuzzReader's workbook said 512 MiB for a
// workbook.xml of 394 bytes, and each open took 512 MiB).
func TestOpenChecksPartSizes(t *testing.T) {
	orig, err := os.ReadFile(workbook)
	require.NoError(t, err)
	tests := []struct {
		name, part string
		method     uint16
		size       func(compressed uint64) uint64
		wantErr    string
	}{
		{"as written", "", zip.Deflate, nil, ""},
		{"deflated, 512 MiB from a few bytes", "xl/workbook.xml", zip.Deflate, func(uint64) uint64 { return 512 << 20 },
			`xlsx: zip: not a valid zip file: part "xl/workbook.xml" says it unzips to 536870912 bytes from `},
		{"deflated, past 1032 to 1", "xl/styles.xml", zip.Deflate, func(c uint64) uint64 { return 1032*c + 2 },
			`xlsx: zip: not a valid zip file: part "xl/styles.xml" says it unzips to `},
		{"taking more bytes than the workbook has", "xl/workbook.xml", zip.Deflate, nil,
			`xlsx: zip: not a valid zip file: part "xl/workbook.xml" says it takes 268435850 bytes, more than the workbook has`},
		{"stored, longer than its bytes", "docProps/app.xml", zip.Store, func(c uint64) uint64 { return c + 1 },
			`xlsx: zip: not a valid zip file: part "docProps/app.xml" says it unzips to `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			zr, err := zip.NewReader(bytes.NewReader(orig), int64(len(orig)))
			require.NoError(t, err)
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			for _, f := range zr.File {
				if f.Name != tt.part {
					require.NoError(t, zw.Copy(f))
					continue
				}
				raw, err := f.OpenRaw()
				require.NoError(t, err)
				h := f.FileHeader
				if tt.method == zip.Store {
					data, err := f.Open()
					require.NoError(t, err)
					raw = data
					h.CompressedSize64 = f.UncompressedSize64
				}
				h.Method = tt.method
				if tt.size == nil {
					// FuzzReader's second workbook: 256 MiB and a bit
					// compressed, 512 MiB unzipped.
					h.CompressedSize64, h.UncompressedSize64 = 268435850, 512<<20
				} else {
					h.UncompressedSize64 = tt.size(h.CompressedSize64)
				}
				w, err := zw.CreateRaw(&h)
				require.NoError(t, err)
				_, err = io.Copy(w, raw)
				require.NoError(t, err)
			}
			require.NoError(t, zw.Close())
			r, err := xlsx.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), xlsx.Options{})
			if tt.wantErr == "" {
				require.NoError(t, err)
				require.NoError(t, r.Close())
				return
			}
			require.ErrorIs(t, err, zip.ErrFormat)
			assert.ErrorContains(t, err, tt.wantErr)
		})
	}
}

// TestWriteRoundTrip: a written workbook reads back cell for cell, with
// its leading zeros.
func TestWriteRoundTrip(t *testing.T) {
	header := []string{"Họ và tên", "Số điện thoại", "Lý do"}
	rows := [][]string{{"Nguyễn Văn An", "0912345678", "-"}, {"Trần Thị Bình", "0903 123 456", "thiếu ngày sinh"}}
	var buf bytes.Buffer
	require.NoError(t, xlsx.Write(&buf, "Đã làm sạch", header, slices.Values(rows)))
	r, err := xlsx.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), xlsx.Options{})
	require.NoError(t, err)
	defer r.Close()
	assert.Equal(t, "Đã làm sạch", r.Sheet())
	var got [][]string
	for {
		_, cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		got = append(got, slices.Clone(cells))
	}
	assert.Equal(t, append([][]string{header}, rows...), got)
	assert.False(t, r.Numeric(1), "a phone written as text is not a number")
}

func ExampleWrite() {
	var buf bytes.Buffer
	_ = xlsx.Write(&buf, "Loại", []string{"Dòng", "Lý do"}, slices.Values([][]string{{"7", "thiếu họ tên"}}))
	r, _ := xlsx.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), xlsx.Options{})
	defer r.Close()
	for {
		line, cells, err := r.Read()
		if err != nil {
			break
		}
		fmt.Println(line, cells)
	}
	// Output:
	// 1 [Dòng Lý do]
	// 2 [7 thiếu họ tên]
}

// FuzzReader: no workbook panics the reader; every row read has a number
// after the one before.
func FuzzReader(f *testing.F) {
	if b, err := os.ReadFile(workbook); err == nil {
		f.Add(b)
	}
	var buf bytes.Buffer
	_ = xlsx.Write(&buf, "S", []string{"Họ tên", "SĐT"}, slices.Values([][]string{{"A", "0912345678"}}))
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 1<<16 {
			return
		}
		r, err := xlsx.Open(bytes.NewReader(b), int64(len(b)), xlsx.Options{})
		if err != nil {
			return
		}
		defer r.Close()
		last := 0
		for range 10000 {
			line, _, err := r.Read()
			if err != nil {
				return
			}
			if line <= last {
				t.Fatalf("row %d after %d", line, last)
			}
			last = line
		}
	})
}
