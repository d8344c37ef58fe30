package training_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

// TestKindText: the codes are those of the import report's JSON and CSV
// and must not change; a value with no constant, the zero included,
// prints as Type(n) in String and in Label.
func TestKindText(t *testing.T) {
	type labeled interface {
		String() string
		Label(vietnam.Lang) string
	}
	tests := []struct {
		kind         labeled
		code, vi, en string
	}{
		{training.FixKind(0), "FixKind(0)", "FixKind(0)", "FixKind(0)"},
		{training.FixEncoding, "encoding", "chuyển mã", "encoding"},
		{training.FixSpacing, "spacing", "khoảng trắng", "spacing"},
		{training.FixNameCase, "name_case", "viết hoa tên", "name case"},
		{training.FixTones, "tone_placement", "vị trí dấu", "tone placement"},
		{training.FixPhone, "phone_format", "định dạng số điện thoại", "phone format"},
		{training.FixPhoneMigrated, "phone_migrated", "chuyển đổi số điện thoại", "phone number migrated"},
		{training.FixDate, "date_format", "định dạng ngày", "date format"},
		{training.FixKind(8), "FixKind(8)", "FixKind(8)", "FixKind(8)"},
		{training.FixKind(255), "FixKind(255)", "FixKind(255)", "FixKind(255)"},
		{training.WarnKind(0), "WarnKind(0)", "WarnKind(0)", "WarnKind(0)"},
		{training.WarnDropped, "dropped", "bỏ ô không đọc được", "cell dropped"},
		{training.WarnUnknownTerm, "unknown_term", "giá trị ngoài danh mục", "value not in the vocabulary"},
		{training.WarnAddress, "address", "địa chỉ chưa xác định", "address not resolved"},
		{training.WarnExtraCells, "extra_cells", "thừa ô", "extra cells"},
		{training.WarnLeadingZero, "leading_zero", "thêm số 0 đầu", "leading zero restored"},
		{training.WarnUnreachablePhone, "unreachable_phone", "số mạng dùng riêng, không gọi được", "private-network phone, not reachable"},
		{training.WarnKind(99), "WarnKind(99)", "WarnKind(99)", "WarnKind(99)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.code, tt.kind.String())
		assert.Equal(t, tt.vi, tt.kind.Label(vietnam.Vietnamese), tt.code)
		assert.Equal(t, tt.en, tt.kind.Label(vietnam.English), tt.code)
	}
}

// TestRowErrorMessage: the value is quoted whole when short, and a long
// one (a paragraph pasted into an address cell) is cut to 60 bytes at a
// letter's boundary, never in the middle of "ệ".
func TestRowErrorMessage(t *testing.T) {
	long := strings.Repeat("Nguyễn ", 10) // 9 bytes each: byte 60 falls inside the 7th "ễ"
	tests := []struct {
		name string
		err  training.RowError
		want string
	}{
		{"row", training.RowError{Row: 3, Reason: "empty row"}, `training: row 3: empty row`},
		{"value", training.RowError{Row: 4, Value: "x", Reason: "extra cell"}, `training: row 4, value "x": extra cell`},
		{"cell", training.RowError{Row: 5, Column: "Địa chỉ", Value: "Phường Lái Thiêu", Reason: "not found"},
			`training: row 5, column "Địa chỉ", value "Phường Lái Thiêu": not found`},
		{"long value", training.RowError{Row: 6, Column: "Họ tên", Value: long, Reason: "too long"},
			`training: row 6, column "Họ tên", value "` + strings.Repeat("Nguyễn ", 6) + `Nguy…": too long`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
		})
	}
}
