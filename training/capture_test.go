package training_test

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/ethnic"
)

// TestStrayQuote: a quote opened in row 2 of 1.000 and never closed costs
// that row alone; the 999 others all count.
func TestStrayQuote(t *testing.T) {
	entries, rep := importFileEntries(t, "testdata/stray_quote_1000.csv")
	var rows []int
	for _, e := range entries {
		rows = append(rows, e.Row)
	}
	assert.Equal(t, 1000, rep.Rows)
	assert.Equal(t, 999, rep.Accepted)
	require.Len(t, rep.Rejected, 1)
	assert.Equal(t, 3, rep.Rejected[0].Row, "the data row 2 is line 3")
	assert.ErrorIs(t, rep.Rejected[0], training.ErrMalformedRow)
	assert.Equal(t, "training: row 3: column 2: a quote opens a cell that does not close within 8 lines", rep.Rejected[0].Error())
	assert.Equal(t, 4, rows[1], "line 4 is read as a row of its own")
	assert.Equal(t, 1001, rows[len(rows)-1])
}

// TestUnicodeTextExport: Excel's "Unicode text" (UTF-16 LE with its mark,
// tabs, CRLF, a title row above the header) reads like the CSV it is.
func TestUnicodeTextExport(t *testing.T) {
	entries, rep := importFileEntries(t, "testdata/unicode_text_utf16.txt")
	var got []string
	for _, e := range entries {
		got = append(got, e.Learner.Name.String()+" | "+string(e.Service))
	}
	assert.Equal(t, "UTF-16LE", rep.Encoding)
	assert.Equal(t, []string{"Họ và tên", "Ngày sinh", "Số điện thoại", "Nội dung hỗ trợ"}, rep.Header)
	assert.Equal(t, []string{"Nguyễn Thị Hoà | vneid2", "Trần Văn Đức | smartca", "Lê Thị Mai | tong_dai_1022", "Phạm Ngọc Ánh | thanh_toan"}, got)
	assert.Empty(t, rep.Rejected)
}

func utf16(t *testing.T, order unicode.Endianness, s string) string {
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return string(b)
}

// TestImportFiles reads the files data officers have, each with what goes
// wrong in it, and checks every row's fate: accepted (A), accepted with a
// warning (W), rejected (R), in line order, with the reasons.
func TestImportFiles(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		opts     training.ImportOptions
		fates    string   // one letter per data row
		reasons  []string // of rejected rows and warnings, in line order
		encoding string
		err      error
	}{
		{name: "UTF-8 with BOM", file: "\ufeffHọ tên,SĐT\nAn,0912345678\n", fates: "A", encoding: "UTF-8"},
		{name: "UTF-16 BE with BOM", file: "", fates: "AA", encoding: "UTF-16BE"},
		{name: "UTF-16 LE without BOM", file: "", fates: "A", encoding: "UTF-16LE"},
		{name: "TCVN3 cells", file: "Họ tên,Địa chỉ\n§Æng V¨n B×nh,x\n", fates: "A"},
		{name: "semicolon header under a comma title",
			file: "DANH SÁCH HỌC VIÊN, PHƯỜNG LÁI THIÊU, NĂM 2025\nHọ tên;Ngày sinh;SĐT\nAn;1/2/2003;0912345678\n", fates: "A"},
		{name: "quoted cell over two lines (Alt+Enter)", file: "Họ tên,Địa chỉ\nAn,\"KP 1,\nP. Lái Thiêu\"\nBình,x\n", fates: "AA"},
		{name: "stray quote mid-cell", file: "Họ tên,SĐT\nNguyễn \"Tí,0912345678\nBình,0912345679\n", fates: "RA",
			reasons: []string{"training: row 2: column 1: a quote inside a cell that does not start with one"}},
		{name: "text after a closing quote", file: "Họ tên,SĐT\n\"An\" B,0912345678\nBình,0912345679\n", fates: "RA",
			reasons: []string{"training: row 2: column 1: text after the closing quote"}},
		{name: "unclosed quote at the end", file: "Họ tên,SĐT\nAn,0912345678\n\"Bình,0912345679\n", fates: "AR",
			reasons: []string{"training: row 3: column 1: a quote opens a cell that does not close"}},
		{name: "escaped quotes", file: "Họ tên,SĐT\n\"Nguyễn Văn \"\"Tí\"\"\",0912345678\n", fates: "A"},
		{name: "duplicate columns", file: "Họ tên,SĐT,Điện thoại\nAn,0912345678,0912345679\n", err: training.ErrHeader},
		{name: "cell over the size limit", file: "Họ tên,Ghi chú,Địa chỉ\nAn,x," + strings.Repeat("a", 1025) + "\nBình,x,y\n", fates: "RA",
			reasons: []string{`training: row 2, column "Địa chỉ", value "` + strings.Repeat("a", 60) + `…": a cell of 1025 bytes, at most 1024`}},
		{name: "row over the cell limit", file: "Họ tên,SĐT\nAn" + strings.Repeat(",", 300) + "\nBình,0912345679\n", fates: "RA",
			reasons: []string{"training: row 2: 301 cells, at most 256"}},
		{name: "extra cells reported", file: "Họ tên,SĐT\nAn,0912345678,thừa,ô\n", fates: "W",
			reasons: []string{`training: row 2, value "thừa | ô": 2 cells beyond the header's 2 columns`}},
		{name: "bad phone dropped, service still counts", file: "Họ tên,SĐT,Dịch vụ\nAn,12345,SmartCA\n", fates: "W",
			reasons: []string{`training: row 2, column "SĐT", value "12345": not a phone number: person: phone "12345": wrong number of digits (5 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))`}},
		{name: "hotline in the phone column dropped, service still counts", file: "Họ tên,SĐT,Dịch vụ\nAn,1022,Tổng đài 1022\n", fates: "W",
			reasons: []string{`training: row 2, column "SĐT", value "1022": a service number (short code), not a person's phone`}},
		{name: "private-network phone kept with a warning", file: "Họ tên,SĐT\nAn,069 12345\nBình,0691 23456\n", fates: "WW",
			reasons: []string{
				`training: row 2, column "SĐT", value "069 12345": a private-network number (UAN), not reachable from ordinary phones: kept, but no contact number`,
				`training: row 3, column "SĐT", value "0691 23456": a private-network number (UAN), not reachable from ordinary phones: kept, but no contact number`}},
		{name: "required phone rejects", file: "Họ tên,SĐT\nAn,12345\n", opts: training.ImportOptions{Required: []training.Field{training.FieldPhone}}, fates: "R",
			reasons: []string{`training: row 2, column "SĐT", value "12345": not a phone number: person: phone "12345": wrong number of digits (5 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))`}},
		{name: "unknown service kept with a warning", file: "Họ tên,Dịch vụ\nAn,Góp ý Hiến pháp trên VNeID\n", fates: "W",
			reasons: []string{`training: row 2, column "Dịch vụ", value "Góp ý Hiến pháp trên VNeID": not a known service: kept as written`}},
		{name: "unknown service when required", file: "Họ tên,Dịch vụ\nAn,Góp ý Hiến pháp trên VNeID\n", opts: training.ImportOptions{Required: []training.Field{training.FieldService}}, fates: "R",
			reasons: []string{`training: row 2, column "Dịch vụ", value "Góp ý Hiến pháp trên VNeID": not a known service: kept as written`}},
		{name: "unknown group kept with a warning", file: "Họ tên,Đối tượng\nAn,Cựu chiến binh\nBình,Người cao tuổi\n", fates: "WA",
			reasons: []string{`training: row 2, column "Đối tượng", value "Cựu chiến binh": not a known group: kept as written`}},
		{name: "unknown group when required", file: "Họ tên,Đối tượng\nAn,Cựu chiến binh\nBình,Người cao tuổi\n",
			opts: training.ImportOptions{Required: []training.Field{training.FieldGroup}}, fates: "RA",
			reasons: []string{`training: row 2, column "Đối tượng", value "Cựu chiến binh": not a known group: kept as written`}},
		{name: "unknown activity when required", file: "Họ tên,Hoạt động\nAn,Ngày hội chuyển đổi số\nBình,Tuyên truyền\n",
			opts: training.ImportOptions{Required: []training.Field{training.FieldActivity}}, fates: "RA",
			reasons: []string{`training: row 2, column "Hoạt động", value "Ngày hội chuyển đổi số": not a known activity: kept as written`}},
		{name: "tax code with a wrong check digit", file: "Tên tổ chức,MST\nCông ty A,0100109107\n", fates: "W",
			reasons: []string{`training: row 2, column "MST", value "0100109107": not a tax code: person: MST "0100109107": wrong check digit (7, want 6) at position 10`}},
		{name: "columns option with tones", file: "Người học,SĐT\nAn,0912345678\n",
			opts: training.ImportOptions{Columns: map[string]training.Field{"Người học": training.FieldName}}, fates: "A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.file
			switch tt.name {
			case "UTF-16 BE with BOM":
				file = utf16(t, unicode.BigEndian, "Họ và tên,Ngày sinh\r\nLê Thị Hoà,1/2/2003\r\nĐặng Văn Bình,3/4/1960\r\n")
			case "UTF-16 LE without BOM":
				b, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("Họ tên,SĐT\nAn,0912345678\n"))
				require.NoError(t, err)
				file = string(b)
			}
			opts := tt.opts
			opts.NoResolve = true
			var fates []byte
			var reasons []string
			type outcome struct {
				line int
				fate byte
				msgs []string
			}
			var outs []outcome
			rep, err := training.NewImporter(opts).Import(context.Background(), strings.NewReader(file), func(e training.Entry) error {
				o := outcome{line: e.Row, fate: 'A'}
				for _, w := range e.Warnings {
					o.fate = 'W'
					o.msgs = append(o.msgs, w.Error())
				}
				outs = append(outs, o)
				return nil
			})
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			for _, r := range rep.Rejected {
				outs = append(outs, outcome{line: r.Row, fate: 'R', msgs: []string{r.Error()}})
			}
			slices.SortStableFunc(outs, func(a, b outcome) int { return a.line - b.line })
			for _, o := range outs {
				fates = append(fates, o.fate)
				reasons = append(reasons, o.msgs...)
			}
			assert.Equal(t, tt.fates, string(fates))
			assert.Equal(t, tt.reasons, reasons)
			assert.Equal(t, rep.Rows, (rep.Accepted-rep.Warned)+rep.Warned+len(rep.Rejected), "every row ends one of three ways")
			if tt.encoding != "" {
				assert.Equal(t, tt.encoding, rep.Encoding)
			}
		})
	}
	_, _, err := importString(t, "Họ tên,SĐT,Điện thoại\n", training.ImportOptions{})
	assert.EqualError(t, err, `training: unusable header: "SĐT" (column 2) and "Điện thoại" (column 3) both name the phone field`)
}

// TestImportCancelled: a cancelled context stops an import, which says so.
func TestImportCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	f, err := os.Open("testdata/stray_quote_1000.csv")
	require.NoError(t, err)
	defer f.Close()
	rep, err := training.NewImporter(training.ImportOptions{NoResolve: true}).Import(ctx, f, func(training.Entry) error { return nil })
	assert.ErrorIs(t, err, context.Canceled)
	assert.Zero(t, rep.Rows)
}

// TestSeedNamesCounted runs the service and group names the campaigns'
// own rosters and plans write through an import, and finds each counted
// under the right code.
func TestSeedNamesCounted(t *testing.T) {
	services := map[string]training.Service{
		"Tổng đài 1022": training.Hotline1022,
		"Kích hoạt định danh điện tử mức 2":           training.VNeIDLevel2,
		"Kích hoạt tài khoản định danh điện tử mức 2": training.VNeIDLevel2,
		"VNeID mức 2":                                    training.VNeIDLevel2,
		"Chữ ký số SmartCA":                              training.SmartCA,
		"Tài khoản chữ ký số SmartCA":                    training.SmartCA,
		"Thanh toán không dùng tiền mặt":                 training.EPayment,
		"Thanh toán điện tử":                             training.EPayment,
		"Dịch vụ công trực tuyến":                        training.OnlinePublicService,
		"Cổng dịch vụ công quốc gia":                     training.OnlinePublicService,
		"Dịch vụ công trực tuyến toàn trình":             "dvc_muc_4",
		"DVC mức độ 3":                                   "dvc_muc_3",
		"Phòng chống lừa đảo trực tuyến":                 training.FraudAwareness,
		"Tuyên truyền phòng chống lừa đảo":               training.FraudAwareness,
		"Lớp học trí tuệ nhân tạo (AI)":                  training.AIClass,
		"Ứng dụng AI":                                    training.AIClass,
		"Cài ứng dụng":                                   training.AppInstall,
		"Kích hoạt định danh điện tử VNeID mức 2":        training.VNeIDLevel2,
		"Hướng dẫn gọi 1022":                             training.Hotline1022,
		"Mở tài khoản thanh toán điện tử":                "", // not how the plans write it: kept as written
		"Góp ý dự thảo sửa đổi Hiến pháp trên VNeID":     "",
		"Hướng dẫn sử dụng ứng dụng VNeID cho người già": "",
	}
	groups := map[string]training.Group{
		"Người cao tuổi":    "nguoi_cao_tuoi",
		"Người dân":         "nguoi_dan",
		"Đoàn viên":         "doan_vien",
		"Học sinh":          "hoc_sinh",
		"Sinh viên":         "hoc_sinh",
		"Cán bộ, công chức": "can_bo",
		"Công nhân":         "nguoi_lao_dong",
		"Tiểu thương":       "tieu_thuong",
		"Đội viên":          "thieu_nhi",
		"Hội viên phụ nữ":   "phu_nu",
	}
	var b strings.Builder
	b.WriteString("Họ và tên,Đối tượng,Nội dung hỗ trợ,Ngày hỗ trợ,Đơn vị\n")
	var wantSvc []training.Service
	var wantGroup []training.Group
	for _, s := range slices.Sorted(mapsKeys(services)) {
		b.WriteString("An,Người dân,\"" + s + "\",2/6/2025,xa\n")
		wantSvc = append(wantSvc, services[s])
		wantGroup = append(wantGroup, "nguoi_dan")
	}
	for _, g := range slices.Sorted(mapsKeys(groups)) {
		b.WriteString("Bình,\"" + g + "\",,2/6/2025,xa\n")
		wantSvc = append(wantSvc, "")
		wantGroup = append(wantGroup, groups[g])
	}
	im := training.NewImporter(training.ImportOptions{NoResolve: true})
	var gotSvc []training.Service
	var gotGroup []training.Group
	counted := map[metrics.Code]int{}
	rep, err := im.Import(context.Background(), strings.NewReader(b.String()), func(e training.Entry) error {
		svc := e.Service
		if w := slices.IndexFunc(e.Warnings, func(w training.RowError) bool { return w.Kind == training.WarnUnknownTerm }); w >= 0 {
			assert.Equal(t, e.Warnings[w].Value, string(svc), "kept as written")
			svc = ""
		}
		gotSvc = append(gotSvc, svc)
		gotGroup = append(gotGroup, e.Learner.Group)
		for _, r := range im.Records(e) {
			counted[r.Record.Indicator]++
		}
		return nil
	})
	require.NoError(t, err)
	assert.Empty(t, rep.Rejected)
	assert.Equal(t, wantSvc, gotSvc)
	assert.Equal(t, wantGroup, gotGroup)
	assert.Equal(t, 2, counted[training.ServiceIndicator(training.Hotline1022)])
	assert.Equal(t, 4, counted[training.ServiceIndicator(training.VNeIDLevel2)])
	assert.Equal(t, 4, counted[training.ServiceIndicator(training.OnlinePublicService)], "levels 3 and 4 count under DVC too")
	assert.Equal(t, 3, rep.Warnings[training.WarnUnknownTerm])
}

func mapsKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestOrganisationsAndPeople: SmartCA accounts opened for people and for
// businesses count together, and apart by the subject breakdown; an
// organisation is known by its tax code.
func TestOrganisationsAndPeople(t *testing.T) {
	csv := "Họ tên/Tên tổ chức,Số CCCD,Mã số thuế,Dân tộc,Giới tính,Ngày sinh,Dịch vụ,Ngày,Đơn vị\n" +
		"Nguyễn Văn An,074085001234,,Kinh,Nam,12/3/1985,SmartCA,2/6/2025,xa\n" +
		"Tập đoàn Viettel,,0100109106,,,,Chữ ký số,2/6/2025,xa\n" +
		"Chi nhánh Viettel Bình Dương,,0100109106-001,,,,SmartCA,3/6/2025,xa\n" +
		"Hờ A Sình,,,H'Mông,Nam,1/1/1960,SmartCA,3/6/2025,xa\n" +
		"Nguyễn Văn An,074085001234,,Kinh,Nam,12/3/1985,SmartCA,4/6/2025,xa\n"
	im := training.NewImporter(training.ImportOptions{NoResolve: true, Source: "smartca"})
	var recs []metrics.Tagged
	var ids []training.LearnerID
	_, err := im.Import(context.Background(), strings.NewReader(csv), func(e training.Entry) error {
		ids = append(ids, e.Learner.ID)
		recs = append(recs, im.Records(e)...)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []training.LearnerID{"074085001234", "0100109106", "0100109106-001", "smartca#5", "074085001234"}, ids)
	tree, err := org.Build([]org.Unit{{ID: "xa", Name: "Đoàn xã"}})
	require.NoError(t, err)
	cat, err := metrics.NewCatalog(training.Indicators(nil)...)
	require.NoError(t, err)
	b, err := metrics.Disaggregate(tree, cat, slices.Values(recs), metrics.Options{}, training.BySubject, training.ByEthnicity)
	require.NoError(t, err)
	total, _ := b.Total().Value("xa", training.ServiceUsers(training.SmartCA))
	assert.Equal(t, "4", total.String(), "two people and two organisations, An once")
	got := map[string]string{}
	for c := range b.Cells("xa", training.ServiceUsers(training.SmartCA)) {
		got[strings.Join(c.Options, "/")] = c.Value.String()
	}
	assert.Equal(t, map[string]string{"ca_nhan/01": "1", "ca_nhan/08": "1", "to_chuc/": "2"}, got)
	events, _ := b.Total().Value("xa", training.ServiceIndicator(training.SmartCA))
	assert.Equal(t, "5", events.String())
}

// TestAgeBands: the age band is the age on the day of the event, with the
// campaigns' bands by default and a program's own when given.
func TestAgeBands(t *testing.T) {
	d := vietnam.MustParseDate
	tests := []struct {
		birth, day string
		bands      []training.AgeBand
		want       string
	}{
		{"12/3/1995", "11/3/2025", nil, "thanh_nien"}, // 29, a day before turning 30
		{"12/3/1994", "12/3/2025", nil, "khac"},       // 31 on the day
		{"12/3/1994", "11/3/2025", nil, "thanh_nien"}, // still 30
		{"1/1/1965", "1/1/2025", nil, "nguoi_cao_tuoi"},
		{"2/1/1965", "1/1/2025", nil, "khac"}, // 59
		{"1/1/2010", "1/6/2025", nil, "khac"}, // 15
		{"", "1/6/2025", nil, ""},
		{"1/1/2012", "1/6/2025", []training.AgeBand{{Code: "thieu_nien", From: 6, To: 15}}, "thieu_nien"},
	}
	for _, tt := range tests {
		t.Run(tt.birth+"@"+tt.day, func(t *testing.T) {
			im := training.NewImporter(training.ImportOptions{NoResolve: true, AgeBands: tt.bands})
			l := training.Learner{ID: "x", Unit: "xa"}
			if tt.birth != "" {
				l.BirthDate = d(tt.birth)
			}
			recs := im.Records(training.Entry{Learner: l, Date: d(tt.day)})
			require.NotEmpty(t, recs)
			assert.Equal(t, tt.want, recs[0].Option(training.ByAge))
		})
	}
}

func TestEthnicityColumn(t *testing.T) {
	got, rep, err := importString(t, "Họ tên,Dân tộc\nA,Mường\nB,dân tộc Thái\nC,Mán\n", training.ImportOptions{})
	require.NoError(t, err)
	require.Len(t, got, 3)
	assert.Equal(t, []ethnic.Group{ethnic.Muong, ethnic.Thai, ethnic.Unknown}, []ethnic.Group{got[0].Learner.Ethnicity, got[1].Learner.Ethnicity, got[2].Learner.Ethnicity})
	assert.Equal(t, 1, rep.Warnings[training.WarnUnknownTerm])
	assert.True(t, errors.Is(&got[2].Warnings[0], training.ErrUnknownTerm))
}
