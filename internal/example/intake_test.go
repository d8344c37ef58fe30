package example_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
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
