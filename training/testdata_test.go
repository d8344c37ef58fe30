package training_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"
)

// update rewrites the generated files of testdata: go test -run Testdata -update.
var update = flag.Bool("update", false, "rewrite the generated files in testdata")

// testdataFiles are the generated files of testdata and their generators.
var testdataFiles = map[string]func() []byte{
	"stray_quote_1000.csv":   strayQuoteCSV,
	"unicode_text_utf16.txt": unicodeTextExport,
}

// TestTestdataUpToDate: each generated file is what its generator writes.
func TestTestdataUpToDate(t *testing.T) {
	for name, gen := range testdataFiles {
		path := filepath.Join("testdata", name)
		want := gen()
		if *update {
			require.NoError(t, os.WriteFile(path, want, 0o644))
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		require.True(t, bytes.Equal(want, got), "%s differs from its generator: run go test -run Testdata -update", name)
	}
}

var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"}
	middles  = []string{"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu"}
	givens   = []string{"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Linh", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Trang", "Uyên", "Yến"}
	services = []string{"Kích hoạt định danh điện tử mức 2", "Chữ ký số SmartCA", "Tổng đài 1022", "Thanh toán không dùng tiền mặt", "Dịch vụ công trực tuyến"}
)

// strayQuoteCSV is a roster of 1.000 rows in which the second opens a
// quote it never closes, as a volunteer who typed `"Nguyễn Văn B` leaves
// it: a reader that folds the following lines into the cell loses 999 rows.
func strayQuoteCSV() []byte {
	var b strings.Builder
	b.WriteString("STT,Họ và tên,Ngày sinh,Giới tính,SĐT,Đối tượng,Dịch vụ hỗ trợ,Ngày hỗ trợ\n")
	for i := 1; i <= 1000; i++ {
		name := families[i%len(families)] + " " + middles[i%len(middles)] + " " + givens[i*7%len(givens)]
		if i == 2 {
			name = `"` + name // the stray quote
		}
		sex := "Nam"
		if strings.Contains(name, "Thị") {
			sex = "Nữ"
		}
		fmt.Fprintf(&b, "%d,%s,%02d/%02d/%d,%s,09%08d,Người dân,%s,%02d/06/2025\n",
			i, name, 1+i%28, 1+i%12, 1950+i%55, sex, 12345678+i*37, services[i%len(services)], 1+i%30)
	}
	return []byte(b.String())
}

// unicodeTextExport is a sheet saved by Excel as "Unicode text": UTF-16
// little-endian with its byte-order mark, tab-separated, CRLF, a title
// row above the header, a quoted cell holding a tab.
func unicodeTextExport() []byte {
	text := "DANH SÁCH NGƯỜI DÂN ĐƯỢC HỖ TRỢ - XÃ AN SƠN\t\t\t\r\n" +
		"Họ và tên\tNgày sinh\tSố điện thoại\tNội dung hỗ trợ\r\n" +
		"Nguyễn Thị Hoà\t12/03/1958\t0912 345 678\tKích hoạt định danh điện tử mức 2\r\n" +
		"Trần Văn Đức\t01/01/1990\t0987654321\tChữ ký số SmartCA\r\n" +
		"\"Lê Thị\tMai\"\t05/05/1975\t0903123456\tTổng đài 1022\r\n" +
		"Phạm Ngọc Ánh\t20/10/2001\t0977888999\tThanh toán không dùng tiền mặt\r\n"
	enc := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	b, err := enc.Bytes([]byte(text))
	if err != nil {
		panic(err)
	}
	return b
}
