package training_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/training"
)

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
