package admin_test

import (
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/internal/scan/scantest"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func TestCodeSQL(t *testing.T) {
	scantest.Run(t, scantest.Cases[admin.Code]{
		Into:        "admin.Code",
		Want:        admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"),
		Good:        []any{"2025:25966", []byte("2025:25966")},
		Value:       "2025:25966",
		Unsupported: []any{int64(25966), time.Now(), 1.5},
		Bad:         map[string]error{"25966": admin.ErrCodeSyntax, "2025:2596x": admin.ErrCodeSyntax},
	})
	scantest.Run(t, scantest.Cases[admin.Code]{
		Into:  "admin.Code",
		Want:  admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "00004"),
		Good:  []any{"pre-2025:00004"},
		Value: "pre-2025:00004",
	})
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
