package example_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestReasons: a rejected row is labelled by the field its column was read
// as, whether the header's words named it or ImportOptions.Columns did, so
// that a sheet whose headers the province maps by hand groups its reasons
// as any other.
func TestReasons(t *testing.T) {
	const rows = "Nguyễn Văn An,01/02/1995,Nam,074095123456,0912345678\n" +
		"Trần Thị Bình,03/04/1998,Nữ,12345,0987654321\n" +
		"Lê Văn Cường,05/06/1990,Nam,074190123456,0901234567\n" +
		",07/08/2000,Nữ,,0961234567\n" +
		"Phạm Thị Dung,07/08/2000,Nữ,,0961\n"
	tests := []struct {
		name    string
		header  string
		columns map[string]training.Field
	}{
		{"header words", "Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại\n", nil},
		{"columns mapped by hand", "Học viên,Ngày sinh,Phái,Mã số,Liên hệ\n", map[string]training.Field{
			"Học viên": training.FieldName, "Phái": training.FieldSex, "Mã số": training.FieldCCCD, "liên hệ": training.FieldPhone}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := example.ImportOptions(2025, "x", nil)
			opts.Columns = tt.columns
			rep, err := training.NewImporter(opts).Import(context.Background(), strings.NewReader(tt.header+rows), func(training.Entry) error { return nil })
			require.NoError(t, err)
			require.Equal(t, 1, rep.Accepted)
			in := &example.Intake{Report: rep}
			assert.Equal(t, []example.Count{{"CCCD không khớp giới tính", 1}, {"số CCCD không hợp lệ", 1}, {"số điện thoại không hợp lệ", 1}, {"thiếu họ tên", 1}},
				in.Reasons(vietnam.Vietnamese))
			assert.Equal(t, []example.Count{{"CCCD disagrees with sex", 1}, {"invalid CCCD number", 1}, {"invalid phone number", 1}, {"missing name", 1}},
				in.Reasons(vietnam.English))
		})
	}
}

// TestIntakeAmbiguous: a row whose address reads as two communes is
// counted as ambiguous, on neither commune, and the summary, its JSON and
// the rows' line numbers say which communes it may be in; a row naming one
// of them with its tones counts on it.
func TestIntakeAmbiguous(t *testing.T) {
	w, err := example.NewWorld("74", nil, nil)
	require.NoError(t, err)
	roster := "Họ và tên,Địa chỉ,Ngày\n" +
		"Nguyễn Văn An,\"kp 5, xa thanh an, thanh pho ho chi minh\",2/7/2025\n" +
		"Trần Thị Bình,\"Xã Thanh An, TP. Hồ Chí Minh\",2/7/2025\n" +
		"Lê Văn Cường,\"to 2, xa thanh an, thanh pho ho chi minh\",3/7/2025\n"
	in, err := w.Read("r.csv", []byte(roster), 2025, w.Unions[0])
	require.NoError(t, err)
	thanhAn, ok := w.CurUnit(admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25807"))
	require.True(t, ok)
	var at []example.Place
	for _, e := range in.Entries {
		at = append(at, e.At)
	}
	assert.Equal(t, []example.Place{
		{Old: w.Unions[0], Cur: w.NewUnion.ID, Ambiguous: true},
		{Old: at[1].Old, Cur: thanhAn, Found: true},
		{Old: w.Unions[0], Cur: w.NewUnion.ID, Ambiguous: true},
	}, at)
	assert.Equal(t, []int{2, 0}, []int{in.Ambiguous, in.NotFound})

	j := in.JSON(vietnam.Vietnamese)
	assert.Equal(t, 2, j.Ambiguous)
	assert.Equal(t, []example.JSONAmbiguity{{Candidates: []example.JSONCandidate{{Code: "25807", Name: "Xã Thanh An"}, {Code: "27676", Name: "Xã Thạnh An"}},
		Rows: []int{2, 4}, Example: "kp 5, xa thanh an, thanh pho ho chi minh"}}, j.Ambiguities)
	assert.Equal(t, j.Ambiguities, in.Counts().Ambiguities)

	for _, tt := range []struct {
		lang vietnam.Lang
		want []string
	}{
		{vietnam.Vietnamese, []string{"  Địa chỉ đọc được thành nhiều xã/phường (không chọn thay): 2 dòng (tính cho Tỉnh đoàn)",
			`    Xã Thanh An · Xã Thạnh An: 2 dòng, ví dụ "kp 5, xa thanh an, thanh pho ho chi minh"`,
			"  2 dòng có địa chỉ đọc được thành nhiều xã/phường: có trong cả hai tổng, tính cho Tỉnh đoàn (đơn vị cũ) và Thành đoàn (đơn vị mới), không cho xã nào."}},
		{vietnam.English, []string{"  Addresses that read as several communes (none picked): 2 rows (counted for Tỉnh đoàn)",
			`    Xã Thanh An · Xã Thạnh An: 2 rows, e.g. "kp 5, xa thanh an, thanh pho ho chi minh"`,
			"  2 rows whose address reads as several communes: in both totals, counted for Tỉnh đoàn (former units) and Thành đoàn (new units), for no commune."}},
	} {
		var b strings.Builder
		line := func(f string, a ...any) { fmt.Fprintf(&b, f+"\n", a...) }
		in.WriteSummary(line, example.NumbersIn(tt.lang), "r.csv", "Tỉnh đoàn")
		example.WriteAmbiguousCheck(line, example.NumbersIn(tt.lang), []*example.Intake{in}, "Tỉnh đoàn", "Thành đoàn")
		for _, l := range tt.want {
			assert.Contains(t, strings.Split(b.String(), "\n"), l, tt.lang)
		}
		b.Reset()
		example.WriteAmbiguousCheck(line, example.NumbersIn(tt.lang), []*example.Intake{{}}, "Tỉnh đoàn", "Thành đoàn")
		assert.Empty(t, b.String(), "no line without ambiguous rows")
	}
}
