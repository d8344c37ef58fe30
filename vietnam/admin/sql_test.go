package admin_test

import (
	"database/sql"
	"database/sql/driver"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	_ driver.Valuer = admin.Code{}
	_ sql.Scanner   = (*admin.Code)(nil)
)

func TestCodeSQL(t *testing.T) {
	ward := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	v, err := ward.Value()
	require.NoError(t, err)
	assert.Equal(t, "2025:25966", v)
	v, err = admin.Code{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)

	for _, src := range []any{"2025:25966", []byte("2025:25966")} {
		var c admin.Code
		require.NoError(t, c.Scan(src))
		assert.Equal(t, ward, c)
	}
	old := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "00004")
	var c admin.Code
	require.NoError(t, c.Scan("pre-2025:00004"))
	assert.Equal(t, old, c)
	require.NoError(t, c.Scan(nil))
	assert.True(t, c.IsZero())

	for _, src := range []any{int64(25966), time.Now(), 1.5} {
		err := c.Scan(src)
		assert.ErrorIs(t, err, vietnam.ErrScan, "%T", src)
		assert.EqualError(t, err, "scan "+typeName(src)+" into admin.Code: unsupported driver type")
	}
	err = c.Scan("25966")
	assert.ErrorIs(t, err, vietnam.ErrScan, "a code without its era")
	err = c.Scan("2025:2596x")
	assert.ErrorIs(t, err, vietnam.ErrScan)
	assert.ErrorIs(t, err, admin.ErrCodeSyntax)
}

func typeName(v any) string {
	switch v.(type) {
	case int64:
		return "int64"
	case time.Time:
		return "time.Time"
	}
	return "float64"
}

func TestCodeGoldenJSON(t *testing.T) {
	golden.RoundTrip(t, "code", map[string]admin.Code{
		"province_2025":   admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79"),
		"ward_2025":       admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"),
		"district_before": admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "554"),
		"commune_before":  admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "00004"),
		"none":            {},
	})
}
