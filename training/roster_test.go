package training_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"golang.org/x/text/encoding/charmap"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// fate is what happened to one row of a roster, for comparison.
type fate struct {
	Row     int
	Name    string // accepted: the cleaned name
	ID      training.LearnerID
	Commune string // accepted: current commune code
	Phone   string
	Fixes   []string // fix kinds, in order
	Warns   []string // warning kind and column, in order
	Column  string   // rejected: the column
	Err     error    // rejected: the category
}

func importFile(t *testing.T, path string, opts training.ImportOptions) ([]fate, training.ImportReport) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var fates []fate
	rep, err := training.NewImporter(opts).Import(context.Background(), f, func(e training.Entry) error {
		var fixes []string
		for _, x := range e.Fixes {
			fixes = append(fixes, x.Kind.String())
		}
		var warns []string
		for _, w := range e.Warnings {
			warns = append(warns, w.Kind.String()+" "+w.Column)
		}
		fates = append(fates, fate{Row: e.Row, Name: e.Learner.Name.String(), ID: e.Learner.ID,
			Commune: e.Learner.Commune.String(), Phone: e.Learner.Phone.National(), Fixes: fixes, Warns: warns})
		return nil
	})
	require.NoError(t, err)
	for _, r := range rep.Rejected {
		fates = append(fates, fate{Row: r.Row, Column: r.Column, Err: r.Err})
	}
	return fates, rep
}

// TestImportMessyRoster checks the fate of every row of a volunteer sheet
// with the mistakes real sheets have: a title above the header, no tones,
// TCVN3 and VNI text, VIQR, "0912.345.678", an 11-digit number, "29/5/25",
// a blank row, impossible dates, a CCCD that contradicts the sex, and the
// same person twice with different phones.
func TestImportMessyRoster(t *testing.T) {
	fates, rep := importFile(t, "testdata/roster_messy.csv", training.ImportOptions{Pivot: 2025, Tones: vietnam.ToneClassic, Source: "lt"})
	want := []fate{
		{Row: 3, Name: "Nguyễn Văn An", ID: "074085001234", Commune: "25966", Phone: "0912 345 678", Fixes: []string{"phone_format"}},
		{Row: 4, Name: "Tran Thi Binh", ID: "074190004321", Commune: "25942", Phone: "0903 123 456", Fixes: []string{"name_case", "date_format", "phone_format"}},
		{Row: 5, Name: "Đặng Văn Bình", ID: "lt#5", Commune: "25966", Phone: "0381 234 567", Fixes: []string{"encoding", "phone_migrated", "encoding", "encoding"}},
		{Row: 6, Name: "Trần Thị Thủy", ID: "lt#6", Phone: "0987 654 321", Fixes: []string{"encoding", "date_format"}},
		// A bad cell is dropped with a warning; the rest of the row counts.
		{Row: 8, Name: "Lê Văn Cường", ID: "lt#8", Phone: "0911 222 333", Warns: []string{"dropped Ngày sinh"}},
		{Row: 9, Name: "Phạm Thị Dung", ID: "lt#9", Phone: "0911 222 444", Warns: []string{"dropped Số CCCD"}},
		{Row: 10, Name: "Nguyễn Văn An", ID: "074085001234", Commune: "25966", Phone: "0977 888 999", Fixes: []string{"name_case", "date_format"}},
		{Row: 13, Name: "Hoàng Văn Phúc", ID: "lt#13", Warns: []string{"dropped SĐT"}},
		{Row: 14, Name: "Nguyễn Văn Giang", ID: "lt#14", Phone: "0911 222 777", Fixes: []string{"encoding"}},
		{Row: 7, Err: training.ErrEmptyRow},
		{Row: 11, Column: "Họ và tên", Err: training.ErrRequired},
		{Row: 12, Column: "Giới tính", Err: training.ErrMismatch},
	}
	if diff := cmp.Diff(want, fates, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) })); diff != "" {
		t.Errorf("fates (-want +got)\n%s", diff)
	}
	assert.Equal(t, 12, rep.Rows)
	assert.Equal(t, rep.Rows, rep.Accepted+len(rep.Rejected))
	assert.Equal(t, []int{6, 3, 3}, []int{(rep.Accepted - rep.Warned), rep.Warned, len(rep.Rejected)}, "clean, with warnings, rejected")
	assert.Equal(t, map[training.WarnKind]int{training.WarnDropped: 3}, rep.Warnings)
	assert.Equal(t, map[training.FixKind]int{training.FixEncoding: 5, training.FixNameCase: 2, training.FixPhone: 2,
		training.FixPhoneMigrated: 1, training.FixDate: 3}, rep.Fixes)
	msgs := make([]string, len(rep.Rejected))
	for i, r := range rep.Rejected {
		msgs[i] = r.Error()
	}
	assert.Equal(t, []string{
		"training: row 7: empty row",
		`training: row 11, column "Họ và tên", value "": name missing`,
		`training: row 12, column "Giới tính", value "Nam": CCCD 074188009999 says nữ`,
	}, msgs)

	// A program that counts people by identity makes the keys required:
	// the same rows are then rejected, with the reason of each.
	_, rep = importFile(t, "testdata/roster_messy.csv", training.ImportOptions{Pivot: 2025, Source: "lt",
		Required: []training.Field{training.FieldBirthDate, training.FieldCCCD, training.FieldPhone}})
	msgs = msgs[:0]
	for _, r := range rep.Rejected {
		msgs = append(msgs, r.Error())
	}
	assert.Equal(t, []string{
		"training: row 7: empty row",
		`training: row 8, column "Ngày sinh", value "31/04/1995": not a birth date: day 31 out of range for 4/1995 (1–30)`,
		`training: row 9, column "Số CCCD", value "07419200567": not a CCCD number: person: CCCD "07419200567": wrong number of digits (11 digits, want 12)`,
		`training: row 11, column "Họ và tên", value "": name missing`,
		`training: row 12, column "Giới tính", value "Nam": CCCD 074188009999 says nữ`,
		`training: row 13, column "SĐT", value "12345": not a phone number: person: phone "12345": wrong number of digits (5 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))`,
	}, msgs)
	assert.Equal(t, []string{"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "SĐT", "Địa chỉ", "Đối tượng", "Ngày học"}, rep.Header)
}

func TestFieldOf(t *testing.T) {
	tests := []struct {
		header string
		want   training.Field
	}{
		{"Họ và tên", training.FieldName},
		{"Ho ten", training.FieldName},
		{"HỌ TÊN", training.FieldName},
		{"  họ   và tên: ", training.FieldName},
		{"§Þa chØ", training.FieldAddress}, // TCVN3 "Địa chỉ"
		{"Ngày sinh", training.FieldBirthDate},
		{"NĂM SINH", training.FieldBirthDate},
		{"Giới tính", training.FieldSex},
		{"Số CCCD/CMND", training.FieldCCCD},
		{"SĐT", training.FieldPhone},
		{"Số điện thoại", training.FieldPhone},
		{"Đối tượng", training.FieldGroup},
		{"Ngày học", training.FieldDate},
		{"Nội dung hỗ trợ", training.FieldService},
		{"TNV hỗ trợ", training.FieldHelper},
		{"STT", training.FieldIgnored},
		{"Ghi chú", training.FieldIgnored},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			assert.Equal(t, tt.want, training.FieldOf(tt.header))
		})
	}
	assert.Equal(t, "birth_date", training.FieldBirthDate.String())
	assert.Equal(t, "Field(99)", training.Field(99).String())
}

func importString(t *testing.T, csv string, opts training.ImportOptions) ([]training.Entry, training.ImportReport, error) {
	t.Helper()
	opts.NoResolve = opts.Resolver == nil
	var got []training.Entry
	rep, err := training.NewImporter(opts).Import(context.Background(), strings.NewReader(csv), func(e training.Entry) error {
		got = append(got, e)
		return nil
	})
	return got, rep, err
}

// importFileEntries imports the file at path without a resolver, which
// must not fail, and returns the entries accepted.
func importFileEntries(t *testing.T, path string) ([]training.Entry, training.ImportReport) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	got, rep, err := importString(t, string(b), training.ImportOptions{})
	require.NoError(t, err)
	return got, rep
}

func TestImportDelimitersAndColumns(t *testing.T) {
	tests := []struct {
		name, csv string
	}{
		{"semicolon as Excel writes under a Vietnamese locale", "Ho ten;Ngay sinh;Ghi chu\nLê Thị Hoa;1/2/2003;x\n"},
		{"tab", "HỌ TÊN\tNGÀY SINH\nLê Thị Hoa\t1/2/2003\n"},
		{"BOM and CRLF", "\ufeffHọ và tên,Ngày sinh\r\nLê Thị Hoa,01/02/2003\r\n"},
		{"short row", "Họ và tên,Ngày sinh,Địa chỉ\nLê Thị Hoa,01/02/2003\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep, err := importString(t, tt.csv, training.ImportOptions{})
			require.NoError(t, err)
			require.Len(t, got, 1, "rejected: %v", rep.Rejected)
			assert.Equal(t, "Lê Thị Hoa", got[0].Learner.Name.String())
			assert.Equal(t, vietnam.MustParseDate("1/2/2003"), got[0].Learner.BirthDate)
		})
	}
}

func TestImportOptions(t *testing.T) {
	// A caller's own column names, written with tones or without, in any
	// case; FieldIgnored hides a column the importer would read.
	csv := "Tên người học,Năm sinh,Chi đoàn,Ngày\nnguyễn văn a,1999,,hôm qua\nlê b,2001,chi-doan-kp2,\n"
	got, rep, err := importString(t, csv, training.ImportOptions{
		Columns: map[string]training.Field{"ten nguoi hoc": training.FieldName, "NGÀY": training.FieldIgnored},
		Source:  "sheet",
	})
	require.NoError(t, err)
	require.Len(t, got, 2, "rejected: %v", rep.Rejected)
	assert.Equal(t, "Nguyễn Văn A", got[0].Learner.Name.String())
	assert.Equal(t, 1999, got[0].Learner.BirthYear)
	assert.True(t, got[0].Learner.BirthDate.IsZero(), "a year alone is not a date")
	assert.Empty(t, got[0].Warnings, "the ignored date column is not read")
	assert.Equal(t, org.ID(""), got[0].Learner.Unit)
	assert.Equal(t, org.ID("chi-doan-kp2"), got[1].Learner.Unit)
	assert.Equal(t, training.LearnerID("sheet#2"), got[0].Learner.ID)

	// Two-digit years need a pivot.
	got, _, err = importString(t, "Họ tên,Ngày sinh\nA,1/2/03\n", training.ImportOptions{})
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Len(t, got[0].Warnings, 1)
	assert.Equal(t, `training: row 2, column "Ngày sinh", value "1/2/03": not a birth date: two-digit year is ambiguous`, got[0].Warnings[0].Error())
}

func TestImportHeaderErrors(t *testing.T) {
	tests := []struct {
		name, csv string
		columns   map[string]training.Field
		want      error
		msg       string
	}{
		{name: "empty file", csv: "", want: training.ErrHeader,
			msg: "training: unusable header: no row among the first 10 names two known columns"},
		{name: "no known column", csv: "Tên người học,Mã số\nA,1\n", want: training.ErrHeader,
			msg: "training: unusable header: no row among the first 10 names two known columns"},
		{name: "header below ten titles", csv: strings.Repeat("tiêu đề\n", 20) + "Họ tên,SĐT\n", want: training.ErrHeader,
			msg: "training: unusable header: no row among the first 10 names two known columns"},
		{name: "two columns name one field", csv: "Họ tên,SĐT,Điện thoại\nAn,0912345678,0912345679\n", want: training.ErrHeader,
			msg: `training: unusable header: "SĐT" (column 2) and "Điện thoại" (column 3) both name the phone field`},
		{name: "columns key the header lacks", csv: "Họ tên,SĐT,Ngày sinh\nAn,0912345678,1/1/2000\n",
			columns: map[string]training.Field{"Người học": training.FieldName, "Hộ": training.FieldHousehold}, want: training.ErrHeader,
			msg: `training: unusable header: ImportOptions.Columns names "Hộ", "Người học", which no column of the header has`},
		{name: "columns key misspelt", csv: "Người học,SĐT,Ngày sinh\nAn,0912345678,1/1/2000\n",
			columns: map[string]training.Field{"Người hoc sinh": training.FieldName}, want: training.ErrHeader,
			msg: `training: unusable header: ImportOptions.Columns names "Người hoc sinh", which no column of the header has`},
		{name: "columns value not a field", csv: "Người học,SĐT\nAn,0912345678\n",
			columns: map[string]training.Field{"Người học": 99}, want: training.ErrInvalidValue,
			msg: `training: ImportOptions.Columns["Người học"] is Field(99), not a roster field: invalid value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep, err := importString(t, tt.csv, training.ImportOptions{Columns: tt.columns})
			require.ErrorIs(t, err, tt.want)
			assert.EqualError(t, err, tt.msg)
			assert.Empty(t, got)
			assert.Zero(t, rep.Rows, "no row is read under a header that cannot be used")
		})
	}
}

func TestImportStopsOnCallerError(t *testing.T) {
	stop := errors.New("stop")
	rep, err := training.NewImporter(training.ImportOptions{NoResolve: true}).Import(context.Background(),
		strings.NewReader("Họ tên,SĐT\nA,0912345678\nB,0912345679\n"),
		func(training.Entry) error { return stop })
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 1, rep.Accepted)
}

func TestImportMalformedQuotes(t *testing.T) {
	_, rep, err := importString(t, "Họ tên,SĐT\n\"A,0912345678\nB,0912345679\n", training.ImportOptions{})
	require.NoError(t, err)
	assert.Equal(t, rep.Rows, rep.Accepted+len(rep.Rejected))
}

func FuzzImport(f *testing.F) {
	f.Add("Họ và tên,Ngày sinh,SĐT,Số CCCD,Địa chỉ\nNguyễn Văn A,1/1/1990,0912345678,074090001234,\"P. Lái Thiêu, Thuận An\"\n")
	f.Add("Ho ten;Gioi tinh\nA;Nam\n;\n\"\n")
	f.Add("HỌ TÊN,NGÀY\n§Æng V¨n B×nh,29/5/25\n")
	f.Add("Họ tên,Địa chỉ,Ghi chú\nKsor Y Phöôùc,\"Ñaék R'Tíh, Tuy Ñöùc, Ñaék Noâng\",NguyÔn\n")
	f.Add("\"")
	im := training.NewImporter(training.ImportOptions{Pivot: 2025})
	f.Fuzz(func(t *testing.T, csv string) {
		if len(csv) > 4096 {
			return
		}
		accepted := 0
		rep, err := im.Import(context.Background(), strings.NewReader(csv), func(e training.Entry) error {
			accepted++
			if e.Learner.Name.IsZero() {
				t.Fatalf("accepted row %d without a name", e.Row)
			}
			return nil
		})
		if err != nil {
			return
		}
		if rep.Rows != rep.Accepted+len(rep.Rejected) || accepted != rep.Accepted {
			t.Fatalf("rows %d != accepted %d + rejected %d (callback saw %d)", rep.Rows, rep.Accepted, len(rep.Rejected), accepted)
		}
		for _, r := range rep.Rejected {
			if r.Err == nil || r.Row <= 0 {
				t.Fatalf("rejection without category or row: %+v", r)
			}
		}
	})
}

// TestImportWrittenCommune: an entry says which commune its address names
// in the era it was written, as well as the current one.
func TestImportWrittenCommune(t *testing.T) {
	got, _, err := importString(t, "Họ tên,Địa chỉ\n"+
		"An,\"P. Lái Thiêu, TP. Thuận An, Bình Dương\"\n"+
		"Bình,\"Phường Lái Thiêu, TP Hồ Chí Minh\"\n", training.ImportOptions{Resolver: admin.NewResolver(admin.Embedded())})
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966"), got[0].Written)
	assert.Equal(t, admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"), got[0].Learner.Commune)
	assert.Equal(t, admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"), got[1].Written)
}

// TestImportWrittenAmbiguous: an address that reads as two communes
// names neither (Written is zero, both are candidates), so that counting
// rows by the commune written never takes a silent pick; an old commune
// split among new ones is still the commune written.
func TestImportWrittenAmbiguous(t *testing.T) {
	pre := func(c string) admin.Code { return admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, c) }
	now := func(c string) admin.Code { return admin.MustParseCode(admin.Era2025, admin.LevelCommune, c) }
	for _, tt := range []struct {
		address    string
		written    admin.Code
		commune    admin.Code
		candidates []admin.Code
	}{
		{"xa thanh an, thanh pho ho chi minh", admin.Code{}, admin.Code{}, []admin.Code{now("25807"), now("27676")}}, // Thanh An (from Bình Dương) or Thạnh An (Cần Giờ)
		{"Xã Thạnh An, TP Hồ Chí Minh", now("27676"), now("27676"), nil},
		{"Xã Thanh An, TP. Hồ Chí Minh", now("25807"), now("25807"), nil},
		{"P. Hiệp Thành, TP Thủ Dầu Một, Bình Dương", pre("25741"), admin.Code{}, []admin.Code{now("25747"), now("25750")}}, // split: Thủ Dầu Một or Phú Lợi
	} {
		var csv strings.Builder
		csv.WriteString("Họ tên,Địa chỉ\nAn,\"" + tt.address + "\"\n")
		got, _, err := importString(t, csv.String(), training.ImportOptions{Resolver: admin.NewResolver(admin.Embedded())})
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, tt.written, got[0].Written, tt.address)
		assert.Equal(t, tt.commune, got[0].Learner.Commune, tt.address)
		assert.ElementsMatch(t, tt.candidates, got[0].Candidates, tt.address)
	}
}

// TestImportVNIThatLooksVietnamese: VNI text whose bytes all read as
// letters Vietnamese uses ("Leâ Thaùi Voõ" is "Lê Thái Võ") is still
// recognised, and once a cell of a row was legacy text the row's other
// cells are checked too ("Leâ Thò Mai" is "Lê Thị Mai", and "Thò" is also
// a Vietnamese word).
func TestImportVNIThatLooksVietnamese(t *testing.T) {
	vni := func(s string) string {
		raw, err := vietnam.VNI.Encode(s)
		require.NoError(t, err)
		w, err := charmap.Windows1252.NewDecoder().String(raw)
		require.NoError(t, err)
		return w
	}
	require.Equal(t, "Leâ Thaùi Voõ", vni("Lê Thái Võ"))
	require.Equal(t, "Leâ Thò Mai", vni("Lê Thị Mai"))
	csv := "Địa chỉ,Họ tên\n" +
		",Leâ Thaùi Voõ\n" +
		"\"" + vni("Phường Lái Thiêu, Bình Dương") + "\",Leâ Thò Mai\n"
	got, _, err := importString(t, csv, training.ImportOptions{})
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "Lê Thái Võ", got[0].Learner.Name.String())
	assert.Equal(t, "Phường Lái Thiêu, Bình Dương", got[1].Learner.Address)
	assert.Equal(t, "Lê Thị Mai", got[1].Learner.Name.String())
}

// TestPhoneFixes: a phone written as its national form, spaced or not, is
// not a fix; any other way of writing it is, and a withdrawn number is
// migrated.
func TestPhoneFixes(t *testing.T) {
	tests := []struct {
		cell, want, fix string
	}{
		{"0912345678", "0912 345 678", ""},
		{"0912 345 678", "0912 345 678", ""},
		{"02838291234", "028 3829 1234", ""},
		{"0912.345.678", "0912 345 678", "phone_format 0912.345.678 → 0912 345 678"},
		{"84912345678", "0912 345 678", "phone_format 84912345678 → 0912 345 678"},
		{"0084912345678", "0912 345 678", "phone_format 0084912345678 → 0912 345 678"},
		{"+84912345678", "0912 345 678", "phone_format +84912345678 → 0912 345 678"},
		{"01213456789", "0793 456 789", "phone_migrated 01213456789 → 0793 456 789"}, // MobiFone 0121 → 079,
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			got, rep, err := importString(t, "Họ tên,SĐT\nAn,"+tt.cell+"\n", training.ImportOptions{})
			require.NoError(t, err)
			require.Len(t, got, 1, "rejected: %v", rep.Rejected)
			assert.Equal(t, tt.want, got[0].Learner.Phone.National())
			var fixes []string
			for _, f := range got[0].Fixes {
				fixes = append(fixes, f.Kind.String()+" "+f.From+" → "+f.To)
			}
			assert.Equal(t, tt.fix, strings.Join(fixes, "; "))
		})
	}
}
