package sqltest_test

import (
	"context"
	"database/sql"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// open connects to HOCVUSO_TEST_POSTGRES, or to the local test database,
// and skips the test when no server answers.
func open(t *testing.T) *sql.DB {
	dsn := os.Getenv("HOCVUSO_TEST_POSTGRES")
	if dsn == "" {
		dsn = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable&connect_timeout=2"
	}
	db, err := sql.Open("pgx", dsn)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		t.Skipf("no PostgreSQL at %s: %v", dsn, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestPostgresRoundTrip writes every value type through its Valuer into
// the column type a service would use, and scans it back through its
// Scanner from what pgx returns (time.Time for DATE, string for TEXT and
// NUMERIC and daterange, int64 for BIGINT).
func TestPostgresRoundTrip(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	require.NoError(t, err)
	defer tx.Rollback() // the table is temporary either way

	_, err = tx.ExecContext(ctx, `CREATE TEMP TABLE hvs_values (
		day DATE, code TEXT, phone TEXT, cccd TEXT, cccd_num BIGINT, period TEXT,
		win TEXT, win_range DATERANGE, val NUMERIC, missing NUMERIC, nothing DATE)`)
	require.NoError(t, err)

	day := vietnam.MustDate(2025, 5, 29)
	code := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	phone := person.MustParsePhone("0912 345 678")
	cccd := person.MustParseCCCD("001095012345")
	period := metrics.MustParsePeriod("Quý I/2025")
	win := campaign.MustParseWindow("29/5/2025–15/8/2025")
	val := metrics.ValueOf(decimal.RequireFromString("52000.25"))
	_, err = tx.ExecContext(ctx, `INSERT INTO hvs_values VALUES ($1, $2, $3, $4, 1095012345, $5, $6, '[2025-05-29,2025-08-15]', $7, $8, $9)`,
		day, code, phone, cccd, period, win, val, metrics.Value{}, vietnam.Date{})
	require.NoError(t, err)

	var (
		gotDay, gotNothing  vietnam.Date
		gotCode             admin.Code
		gotPhone            person.Phone
		gotCCCD, gotCCCDNum person.CCCD
		gotPeriod           metrics.Period
		gotWin, gotRange    campaign.Window
		gotVal, gotMissing  metrics.Value
	)
	err = tx.QueryRowContext(ctx, `SELECT day, code, phone, cccd, cccd_num, period, win, win_range, val, missing, nothing FROM hvs_values`).
		Scan(&gotDay, &gotCode, &gotPhone, &gotCCCD, &gotCCCDNum, &gotPeriod, &gotWin, &gotRange, &gotVal, &gotMissing, &gotNothing)
	require.NoError(t, err)
	assert.Equal(t, day, gotDay)
	assert.Equal(t, code, gotCode)
	assert.True(t, phone.Equal(gotPhone))
	assert.Equal(t, cccd, gotCCCD)
	assert.Equal(t, cccd, gotCCCDNum, "a BIGINT column lost the leading zeros")
	assert.Equal(t, period, gotPeriod)
	assert.Equal(t, win, gotWin)
	assert.Equal(t, win, gotRange, "PostgreSQL returns the daterange as [2025-05-29,2025-08-16)")
	assert.True(t, val.Equal(gotVal), "%s", gotVal)
	assert.True(t, gotMissing.IsMissing(), "NULL is a missing value")
	assert.True(t, gotNothing.IsZero(), "NULL is the zero Date")

	var raw string
	require.NoError(t, tx.QueryRowContext(ctx, `SELECT day::text || ' ' || code || ' ' || win_range::text FROM hvs_values`).Scan(&raw))
	assert.Equal(t, "2025-05-29 2025:25966 [2025-05-29,2025-08-16)", raw, "what the server stored")

	var bad vietnam.Date
	err = tx.QueryRowContext(ctx, `SELECT 20250529::bigint`).Scan(&bad)
	assert.ErrorIs(t, err, vietnam.ErrScan)
}
