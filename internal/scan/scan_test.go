package scan_test

import (
	"database/sql/driver"
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/scan"
	"github.com/hocvuso/hocvuso/vietnam"
)

// level is a value type stored as text: 0 is the zero value, and a
// negative level has no text form.
type level int

var errNegative = errors.New("negative level")

func (l level) IsZero() bool { return l == 0 }

func (l level) MarshalText() ([]byte, error) {
	if l < 0 {
		return nil, errNegative
	}
	return strconv.AppendInt([]byte("L"), int64(l), 10), nil
}

func TestValue(t *testing.T) {
	tests := []struct {
		in   level
		want driver.Value
		err  error
	}{
		{0, nil, nil}, // NULL, not ""
		{3, "L3", nil},
		{-1, nil, errNegative},
	}
	for _, tt := range tests {
		got, err := scan.Value(tt.in)
		require.ErrorIs(t, err, tt.err, "level %d", tt.in)
		assert.Equal(t, tt.want, got, "level %d", tt.in)
	}
}

func TestTextScan(t *testing.T) {
	x := scan.Text[int]{Into: "test.Int", Parse: strconv.Atoi,
		Int: func(n int64) (string, bool) { return strconv.FormatInt(n, 10), n >= 0 }}
	tests := []struct {
		src     any
		want    int
		wrapped error // beside vietnam.ErrScan; nil for no error
		text    string
	}{
		{nil, 0, nil, ""},
		{"42", 42, nil, ""},
		{[]byte("7"), 7, nil, ""},
		{int64(9), 9, nil, ""},
		{int64(-9), 5, vietnam.ErrScan, "vietnam: scan int64 into test.Int: unsupported driver type"},
		{3.5, 5, vietnam.ErrScan, "vietnam: scan float64 into test.Int: unsupported driver type"},
		{"x", 5, strconv.ErrSyntax, `vietnam: scan string into test.Int: strconv.Atoi: parsing "x": invalid syntax`},
	}
	for _, tt := range tests {
		v := 5
		err := x.Scan(&v, tt.src)
		if tt.wrapped == nil {
			require.NoError(t, err, "%T %v", tt.src, tt.src)
		} else {
			require.ErrorIs(t, err, vietnam.ErrScan)
			require.ErrorIs(t, err, tt.wrapped)
			assert.EqualError(t, err, tt.text)
		}
		assert.Equal(t, tt.want, v, "%T %v: a failed Scan leaves the value alone", tt.src, tt.src)
	}
	noInt := scan.Text[int]{Into: "test.Int", Parse: strconv.Atoi}
	v := 5
	require.ErrorIs(t, noInt.Scan(&v, int64(9)), vietnam.ErrScan, "an int64 without Int is unsupported")
	assert.Equal(t, 5, v)
}
