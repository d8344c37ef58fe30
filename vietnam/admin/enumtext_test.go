package admin_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func TestEraText(t *testing.T) {
	enumtexttest.Cases[admin.Era]{
		Err:     vietnam.ErrUnknownName,
		Codes:   map[admin.Era]string{admin.EraUnknown: "", admin.EraPre2025: "pre-2025", admin.Era2025: "2025"},
		Aliases: map[string]admin.Era{"unknown": admin.EraUnknown, " PRE-2025 ": admin.EraPre2025, "pre_2025": admin.EraPre2025},
		Bad: map[string]string{
			"2024":      `admin: era "2024": want pre-2025 or 2025: unknown name`,
			"pre2025":   `admin: era "pre2025": want pre-2025 or 2025: unknown name`,
			"2025:0001": `admin: era "2025:0001": want pre-2025 or 2025: unknown name`,
			"1":         `admin: era "1": want pre-2025 or 2025: unknown name`,
		},
	}.Run(t, (*admin.Era).UnmarshalText)

	// The era's code is the era part of a Code's text form.
	c := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "4")
	ct, err := c.MarshalText()
	require.NoError(t, err)
	et, err := c.Era().MarshalText()
	require.NoError(t, err)
	assert.Equal(t, string(et)+":00004", string(ct))
}

func TestLevelText(t *testing.T) {
	enumtexttest.Cases[admin.Level]{
		Err:   vietnam.ErrUnknownName,
		Codes: map[admin.Level]string{admin.LevelUnknown: "", admin.LevelProvince: "province", admin.LevelDistrict: "district", admin.LevelCommune: "commune"},
		Aliases: map[string]admin.Level{
			"unknown": admin.LevelUnknown, "Province": admin.LevelProvince, "Tỉnh": admin.LevelProvince, "cấp tỉnh": admin.LevelProvince,
			"huyện": admin.LevelDistrict, "CAP HUYEN": admin.LevelDistrict, "xã": admin.LevelCommune, "Cấp xã": admin.LevelCommune,
		},
		Bad: map[string]string{
			"ward": `admin: level "ward": want province, district or commune: unknown name`,
			"2":    `admin: level "2": want province, district or commune: unknown name`,
		},
	}.Run(t, (*admin.Level).UnmarshalText)
}

func TestQualityText(t *testing.T) {
	enumtexttest.Cases[admin.Quality]{
		Err:   vietnam.ErrUnknownName,
		Codes: map[admin.Quality]string{admin.QualityNone: "", admin.QualityOtherType: "other-type", admin.QualityFolded: "folded", admin.QualityExact: "exact"},
		Aliases: map[string]admin.Quality{
			"none": admin.QualityNone, "other type": admin.QualityOtherType, "Other_Type": admin.QualityOtherType, "EXACT": admin.QualityExact,
		},
		Bad: map[string]string{
			"otherType": `admin: quality "otherType": want other-type, folded or exact: unknown name`,
			"best":      `admin: quality "best": want other-type, folded or exact: unknown name`,
		},
	}.Run(t, (*admin.Quality).UnmarshalText)
}

func TestKindText(t *testing.T) {
	enumtexttest.Cases[admin.Kind]{
		Err: vietnam.ErrUnknownName,
		Codes: map[admin.Kind]string{
			admin.KindUnknown: "", admin.KindWhole: "whole", admin.KindPartial: "partial", admin.KindUnchanged: "unchanged",
			admin.KindIslandDistrict: "island-district", admin.KindUncodedArea: "uncoded-area",
		},
		Aliases: map[string]admin.Kind{
			"unknown": admin.KindUnknown, "island district": admin.KindIslandDistrict, "uncoded area": admin.KindUncodedArea,
			"Toàn bộ": admin.KindWhole, "Nhập toàn bộ": admin.KindWhole, "một phần": admin.KindPartial, "Giữ nguyên": admin.KindUnchanged,
		},
		Bad: map[string]string{
			"merged": `admin: succession kind "merged": want whole, partial, unchanged, island-district or uncoded-area: unknown name`,
		},
	}.Run(t, (*admin.Kind).UnmarshalText)
}

func TestTypeText(t *testing.T) {
	codes := map[admin.Type]string{
		admin.TypeUnknown:        "",
		admin.TypeProvince:       "tinh",
		admin.TypeCentralCity:    "thanh_pho_truc_thuoc_trung_uong",
		admin.TypeUrbanDistrict:  "quan",
		admin.TypeRuralDistrict:  "huyen",
		admin.TypeTown:           "thi_xa",
		admin.TypeProvincialCity: "thanh_pho_thuoc_tinh",
		admin.TypeMunicipalCity:  "thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong",
		admin.TypeCommune:        "xa",
		admin.TypeWard:           "phuong",
		admin.TypeTownship:       "thi_tran",
		admin.TypeSpecialZone:    "dac_khu",
	}
	aliases := map[string]admin.Type{"unknown": admin.TypeUnknown, "Thành phố thuộc tỉnh": admin.TypeProvincialCity, "THI TRAN": admin.TypeTownship}
	for ty, code := range codes {
		assert.Equal(t, code, ty.Key(), "the code of %v is its Key", ty)
	}
	enumtexttest.Cases[admin.Type]{
		Err:     vietnam.ErrUnknownName,
		Codes:   codes,
		Aliases: aliases,
		Names:   enumtexttest.Labels[admin.Type],
		Bad: map[string]string{
			"Thành phố": `admin: unit type "Thành phố": want tinh, thanh_pho_truc_thuoc_trung_uong, quan, huyen, thi_xa, thanh_pho_thuoc_tinh, thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong, xa, phuong, thi_tran or dac_khu: unknown name`,
		},
	}.Run(t, (*admin.Type).UnmarshalText)
}

// TestEnumJSON shows the enums inside a value as JSON carries them.
func TestEnumJSON(t *testing.T) {
	type row struct {
		Era     admin.Era
		Level   admin.Level
		Quality admin.Quality
		Kind    admin.Kind
		Type    admin.Type
	}
	enumtexttest.JSON(t, row{admin.Era2025, admin.LevelCommune, admin.QualityFolded, admin.KindPartial, admin.TypeSpecialZone},
		`{"Era":"2025","Level":"commune","Quality":"folded","Kind":"partial","Type":"dac_khu"}`)
	enumtexttest.JSON(t, row{}, `{"Era":"","Level":"","Quality":"","Kind":"","Type":""}`)
	var out row
	require.Error(t, json.Unmarshal([]byte(`{"Level":"ward"}`), &out))
}

// FuzzEnumText checks that no text makes UnmarshalText panic, and that
// any text accepted decodes to a value whose code decodes to it again.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "unknown", "pre-2025", "2025", "Tỉnh", "other type", "island_district", "Thành phố thuộc tỉnh", "dac_khu", "\xff", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enumtexttest.Fuzz[admin.Era](t, s, (*admin.Era).UnmarshalText)
		enumtexttest.Fuzz[admin.Level](t, s, (*admin.Level).UnmarshalText)
		enumtexttest.Fuzz[admin.Quality](t, s, (*admin.Quality).UnmarshalText)
		enumtexttest.Fuzz[admin.Kind](t, s, (*admin.Kind).UnmarshalText)
		enumtexttest.Fuzz[admin.Type](t, s, (*admin.Type).UnmarshalText)
	})
}
