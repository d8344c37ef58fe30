package xlsx_test

import (
	"bytes"
	"fmt"
	"os"
	"slices"

	"github.com/xuri/excelize/v2"

	"github.com/hocvuso/hocvuso/training/xlsx"
)

// laiThieuWorkbook builds the roster a ward union keeps in Excel: the
// ward merged down its column, the birth year a number, the phone text.
func laiThieuWorkbook() []byte {
	f := excelize.NewFile()
	defer f.Close()
	_ = f.SetSheetName("Sheet1", "Lái Thiêu")
	_ = f.SetSheetRow("Lái Thiêu", "A1", &[]any{"Họ và tên", "Năm sinh", "SĐT", "Phường"})
	_ = f.SetSheetRow("Lái Thiêu", "A2", &[]any{"Nguyễn Văn An", 1985, "0912345678", "Lái Thiêu"})
	_ = f.SetSheetRow("Lái Thiêu", "A3", &[]any{"Trần Thị Bình", 1990, "0977888999"})
	_ = f.MergeCell("Lái Thiêu", "D2", "D3")
	b, _ := f.WriteToBuffer()
	return b.Bytes()
}

// openWritten writes a workbook with Write and opens it from memory.
func openWritten(sheet string, header []string, rows [][]string) *xlsx.Reader {
	var buf bytes.Buffer
	_ = xlsx.Write(&buf, sheet, header, slices.Values(rows))
	r, _ := xlsx.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), xlsx.Options{})
	return r
}

func ExampleOpen() {
	b := laiThieuWorkbook()
	r, err := xlsx.Open(bytes.NewReader(b), int64(len(b)), xlsx.Options{Sheet: "lái thiêu"})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	fmt.Println("sheet:", r.Sheet())
	for {
		line, cells, err := r.Read()
		if err != nil {
			break
		}
		fmt.Println(line, cells, "year is a number:", r.Numeric(1), "phone is a number:", r.Numeric(2))
	}
	// Output:
	// sheet: Lái Thiêu
	// 1 [Họ và tên Năm sinh SĐT Phường] year is a number: false phone is a number: false
	// 2 [Nguyễn Văn An 1985 0912345678 Lái Thiêu] year is a number: true phone is a number: false
	// 3 [Trần Thị Bình 1990 0977888999 Lái Thiêu] year is a number: true phone is a number: false
}

func ExampleOpenFile() {
	// A sheet of people helped to sign up for VNeID, saved to disk.
	f, err := os.CreateTemp("", "thuan-giao-*.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	rows := [][]string{{"Lê Thị Hồng", "0903112233", "VNeID mức 2"}}
	err = xlsx.Write(f, "Thuận Giao", []string{"Họ tên", "SĐT", "Dịch vụ"}, slices.Values(rows))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Println(err)
		return
	}

	r, err := xlsx.OpenFile(f.Name(), xlsx.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for {
		line, cells, err := r.Read()
		if err != nil {
			break
		}
		fmt.Println(line, cells)
	}
	fmt.Println(r.Close())

	_, err = xlsx.OpenFile(f.Name(), xlsx.Options{Sheet: "Dĩ An"})
	fmt.Println(err)
	// Output:
	// 1 [Họ tên SĐT Dịch vụ]
	// 2 [Lê Thị Hồng 0903112233 VNeID mức 2]
	// <nil>
	// xlsx: no such sheet "Dĩ An": the workbook has Thuận Giao
}

func ExampleReader_Read() {
	r := openWritten("Bến Cát", []string{"Họ tên", "Dịch vụ"},
		[][]string{{"Nguyễn Văn An", "Kích hoạt VNeID"}, {"", ""}, {"Trần Thị Bình", "SmartCA"}})
	defer r.Close()
	for {
		line, cells, err := r.Read()
		if err != nil {
			break
		}
		fmt.Printf("%d %q\n", line, cells)
	}
	// Output:
	// 1 ["Họ tên" "Dịch vụ"]
	// 2 ["Nguyễn Văn An" "Kích hoạt VNeID"]
	// 3 []
	// 4 ["Trần Thị Bình" "SmartCA"]
}

func ExampleReader_Numeric() {
	b := laiThieuWorkbook()
	r, _ := xlsx.Open(bytes.NewReader(b), int64(len(b)), xlsx.Options{})
	defer r.Close()
	_, _, _ = r.Read() // the header
	_, cells, _ := r.Read()
	for i, c := range cells {
		fmt.Println(c, r.Numeric(i))
	}
	// Output:
	// Nguyễn Văn An false
	// 1985 true
	// 0912345678 false
	// Lái Thiêu false
}

func ExampleReader_Sheet() {
	b := laiThieuWorkbook()
	r, _ := xlsx.Open(bytes.NewReader(b), int64(len(b)), xlsx.Options{})
	defer r.Close()
	fmt.Println(r.Sheet())
	// Output:
	// Lái Thiêu
}

func ExampleReader_Close() {
	b := laiThieuWorkbook()
	r, _ := xlsx.Open(bytes.NewReader(b), int64(len(b)), xlsx.Options{})
	fmt.Println(r.Close())
	// Output:
	// <nil>
}
