package vietnam_test

import (
	"database/sql"
	"database/sql/driver"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	_ driver.Valuer = vietnam.Date{}
	_ sql.Scanner   = (*vietnam.Date)(nil)
)

// TestDateScan scans what drivers return for a DATE column: pgx and
// lib/pq give midnight UTC, go-sql-driver/mysql with parseTime and loc
// gives midnight in the connection's zone (here UTC−05:00 and UTC+14:00,
// where converting to Vietnam time would move the day), SQLite gives text.
func TestDateScan(t *testing.T) {
	want := vietnam.MustDate(2025, time.May, 29)
	tests := []struct {
		name string
		src  any
	}{
		{"pgx time.Time", time.Date(2025, 5, 29, 0, 0, 0, 0, time.UTC)},
		{"mysql loc UTC-5", time.Date(2025, 5, 29, 0, 0, 0, 0, time.FixedZone("EST", -5*3600))},
		{"mysql loc UTC+14", time.Date(2025, 5, 29, 0, 0, 0, 0, time.FixedZone("LINT", 14*3600))},
		{"text", "2025-05-29"},
		{"bytes", []byte("2025-05-29")},
		{"sqlite datetime", "2025-05-29 00:00:00"},
		{"RFC 3339", "2025-05-29T00:00:00Z"},
		{"day first", "29/05/2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d vietnam.Date
			require.NoError(t, d.Scan(tt.src))
			assert.Equal(t, want, d)
		})
	}
	d := want
	require.NoError(t, d.Scan(nil))
	assert.True(t, d.IsZero(), "NULL is the zero Date")

	for _, src := range []any{int64(20250529), 2025.5, true} {
		err := d.Scan(src)
		require.ErrorIs(t, err, vietnam.ErrScan, "%T", src)
		var se *vietnam.ScanError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, "vietnam.Date", se.Into)
	}
	assert.EqualError(t, d.Scan(int64(20250529)), "scan int64 into vietnam.Date: unsupported driver type")
	err := d.Scan("2025-02-30")
	assert.ErrorIs(t, err, vietnam.ErrScan)
	assert.ErrorIs(t, err, vietnam.ErrDateRange, "the parse error is kept")

	v, err := want.Value()
	require.NoError(t, err)
	assert.Equal(t, time.Date(2025, 5, 29, 0, 0, 0, 0, time.UTC), v)
	v, err = vietnam.Date{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the zero Date is NULL")
}

func TestDateGoldenJSON(t *testing.T) {
	golden.RoundTrip(t, "date", struct {
		Start vietnam.Date `json:"start"`
		End   vietnam.Date `json:"end"`
		None  vietnam.Date `json:"none"`
	}{vietnam.MustDate(2025, time.May, 29), vietnam.MustDate(2025, time.August, 15), vietnam.Date{}})
}
