package admin_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func TestParseCode(t *testing.T) {
	tests := []struct {
		era     admin.Era
		level   admin.Level
		in      string
		want    string // String() of the code
		text    string // MarshalText
		wantErr error
		msg     string
	}{
		{admin.Era2025, admin.LevelCommune, "25966", "25966", "2025:25966", nil, ""},
		{admin.EraPre2025, admin.LevelCommune, "4", "00004", "pre-2025:00004", nil, ""},
		{admin.EraPre2025, admin.LevelCommune, " 00004 ", "00004", "pre-2025:00004", nil, ""},
		{admin.EraPre2025, admin.LevelDistrict, "760", "760", "pre-2025:760", nil, ""},
		{admin.Era2025, admin.LevelProvince, "79", "79", "2025:79", nil, ""},
		{admin.Era2025, admin.LevelProvince, "1", "01", "2025:01", nil, ""},
		{admin.Era2025, admin.LevelCommune, "", "", "", admin.ErrCodeSyntax, `admin: parsing 2025 commune code "": not a unit code`},
		{admin.Era2025, admin.LevelCommune, "259660", "", "", admin.ErrCodeSyntax, `admin: parsing 2025 commune code "259660": not a unit code`},
		{admin.Era2025, admin.LevelCommune, "2596a", "", "", admin.ErrCodeSyntax, `admin: parsing 2025 commune code "2596a": not a unit code`},
		{admin.Era2025, admin.LevelCommune, "-1", "", "", admin.ErrCodeSyntax, `admin: parsing 2025 commune code "-1": not a unit code`},
		{admin.Era2025, admin.LevelCommune, "２５９６６", "", "", admin.ErrCodeSyntax, `admin: parsing 2025 commune code "２５９６６": not a unit code`},
		{admin.Era2025, admin.LevelDistrict, "760", "", "", admin.ErrEraLevel, `admin: parsing 2025 district code "760": no such era or level`},
		{admin.EraUnknown, admin.LevelCommune, "25966", "", "", admin.ErrEraLevel, `admin: parsing unknown commune code "25966": no such era or level`},
		{admin.Era2025, admin.LevelUnknown, "25966", "", "", admin.ErrEraLevel, `admin: parsing 2025 unknown code "25966": no such era or level`},
		{admin.Era(9), admin.Level(9), "1", "", "", admin.ErrEraLevel, `admin: parsing unknown unknown code "1": no such era or level`},
	}
	for _, tt := range tests {
		t.Run(tt.era.String()+"/"+tt.level.String()+"/"+tt.in, func(t *testing.T) {
			c, err := admin.ParseCode(tt.era, tt.level, tt.in)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tt.wantErr)
				assert.EqualError(t, err, tt.msg)
				var ce *admin.CodeError
				require.ErrorAs(t, err, &ce)
				assert.Equal(t, admin.CodeError{Input: tt.in, Era: tt.era, Level: tt.level, Err: tt.wantErr}, *ce)
				assert.True(t, c.IsZero())
				assert.Panics(t, func() { admin.MustParseCode(tt.era, tt.level, tt.in) })
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.String())
			assert.Equal(t, tt.era, c.Era())
			assert.Equal(t, tt.level, c.Level())
			assert.False(t, c.IsZero())
			// Round trips: String through ParseCode, text through UnmarshalText.
			assert.Equal(t, c, admin.MustParseCode(tt.era, tt.level, c.String()))
			text, err := c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(text))
			var back admin.Code
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, c, back)
		})
	}
}

func TestCodeText(t *testing.T) {
	var zero admin.Code
	assert.Equal(t, "", zero.String())
	assert.Equal(t, admin.EraUnknown, zero.Era())
	assert.Equal(t, admin.LevelUnknown, zero.Level())
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(text))

	// In JSON, as a value and as a map key.
	c := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	b, err := json.Marshal(map[admin.Code]admin.Code{c: {}})
	require.NoError(t, err)
	assert.Equal(t, `{"2025:25966":""}`, string(b))
	var m map[admin.Code]admin.Code
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, map[admin.Code]admin.Code{c: {}}, m)

	bad := []struct{ in, msg string }{
		{"25966", `admin: parsing unknown unknown code "25966": not a unit code: want era:digits such as "2025:25966"`},
		{"2024:25966", `admin: parsing unknown commune code "2024:25966": not a unit code: want era:digits such as "2025:25966"`},
		{"2025:2596", `admin: parsing 2025 unknown code "2025:2596": not a unit code: want era:digits such as "2025:25966"`},
		{"2025:760", `admin: parsing 2025 district code "2025:760": no such era or level`},
		{"2025:2596x", `admin: parsing 2025 commune code "2025:2596x": not a unit code`},
	}
	for _, tt := range bad {
		var got admin.Code
		err := got.UnmarshalText([]byte(tt.in))
		assert.EqualError(t, err, tt.msg, tt.in)
		var ce *admin.CodeError
		assert.ErrorAs(t, err, &ce)
		assert.True(t, got.IsZero())
	}
	require.NoError(t, zero.UnmarshalText(nil))
	assert.True(t, zero.IsZero())
}

func TestEnumStrings(t *testing.T) {
	// String never panics, whatever the value.
	for i := range 256 {
		_ = admin.Era(i).String()
		_ = admin.Level(i).String()
		_ = admin.Type(i).String() + admin.Type(i).Label(vietnam.Vietnamese) + admin.Type(i).Word() + admin.Type(i).Key()
		_ = admin.Kind(i).String()
		_ = admin.Quality(i).String()
		_ = admin.Type(i).Level()
	}
	assert.Equal(t, "unknown", admin.Era(7).String())
	assert.Equal(t, "Type(200)", admin.Type(200).Label(vietnam.English))
	assert.Equal(t, "Type(200)", admin.Type(200).Label(vietnam.Vietnamese))
	assert.Equal(t, "unknown", admin.Level(7).String())
	assert.Equal(t, "unknown", admin.Kind(99).String())
	assert.Equal(t, "none", admin.Quality(99).String())
	assert.Equal(t, admin.LevelUnknown, admin.Type(99).Level())

	assert.Equal(t, vietnam.MustDate(2025, time.July, 1), admin.Era2025.Start())
	assert.True(t, admin.EraPre2025.Start().IsZero())
	var u admin.Unit
	assert.True(t, u.IsZero())
	assert.Equal(t, "", u.String())
	assert.Equal(t, "", u.Name())
}

// fixtureFS returns the fixture's files with name replaced by content.
func fixtureFS(t *testing.T, name, content string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	entries, err := os.ReadDir("testdata/fixture")
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(path.Join("testdata/fixture", e.Name()))
		require.NoError(t, err)
		m[e.Name()] = &fstest.MapFile{Data: b}
	}
	if content == "" {
		delete(m, name)
	} else {
		m[name] = &fstest.MapFile{Data: []byte(content)}
	}
	return m
}

func TestLoadDatasetErrors(t *testing.T) {
	tests := []struct {
		name, file, content string
		row                 int
		field, msg          string
	}{
		{"missing file", "communes_2025.csv", "", 0, "",
			`admin: communes_2025.csv: open communes_2025.csv: file does not exist`},
		{"missing column", "provinces_2025.csv", "code,full_name,name\n01,Tỉnh A,A\n", 1, "",
			`admin: provinces_2025.csv row 1: missing column "unit_type"`},
		{"short code", "provinces_2025.csv", "code,full_name,name,unit_type\n1,Tỉnh A,A,tinh\n", 2, "code",
			`admin: provinces_2025.csv row 2 field "code" value "1": want 2 digits`},
		{"unknown type", "provinces_2025.csv", "code,full_name,name,unit_type\n01,Tỉnh A,A,bang\n", 2, "unit_type",
			`admin: provinces_2025.csv row 2 field "unit_type" value "bang": unknown unit type`},
		{"name not in full name", "provinces_2025.csv", "code,full_name,name,unit_type\n01,Tỉnh A,B,tinh\n", 2, "full_name",
			`admin: provinces_2025.csv row 2 field "full_name" value "Tỉnh A": want the unit word, a space and the name "B", at most 255 bytes`},
		{"duplicate code", "provinces_pre2025.csv", "code,full_name,name,unit_type\n01,Tỉnh A,A,tinh\n01,Tỉnh B,B,tinh\n", 0, "",
			`admin: provinces_pre2025.csv: code 01 appears twice`},
		{"unknown parent", "communes_2025.csv", "code,full_name,name,unit_type,province_code\n00001,Xã A,A,xa,09\n", 2, "province_code",
			`admin: communes_2025.csv row 2 field "province_code" value "09": no such parent in provinces_2025.csv`},
		{"mapping to nowhere", "commune_mapping_2025.csv", "old_district_code,old_commune_code,new_commune_code,kind,nso_note\n001,00001,00099,whole,x\n", 2, "new_commune_code",
			`admin: commune_mapping_2025.csv row 2 field "new_commune_code" value "00099": no such commune in communes_2025.csv`},
		{"bad kind", "commune_mapping_2025.csv", "old_district_code,old_commune_code,new_commune_code,kind,nso_note\n001,00001,00001,most,x\n", 2, "kind",
			`admin: commune_mapping_2025.csv row 2 field "kind" value "most": unknown kind`},
		{"bad CSV", "province_mapping_2025.csv", "old_province_code,new_province_code,kind\n\"01,01,merged\n", 2, "",
			`admin: province_mapping_2025.csv row 2: parse error on line 2, column 15: extraneous or missing " in quoted-field`},
		{"change of a missing unit", "changes_after_2025-07-01.csv", "level,code,before_full_name,after_full_name,after_unit_type,legal_basis_as_cited_by_source,effective_date_as_cited_by_source\ncommune,00002,Xã A,Phường A,phuong,NQ,2026-01-01\n", 2, "code",
			`admin: changes_after_2025-07-01.csv row 2 field "code" value "00002": no such unit in the 2025 list`},
		{"change before the reform", "changes_after_2025-07-01.csv", "level,code,before_full_name,after_full_name,after_unit_type,legal_basis_as_cited_by_source,effective_date_as_cited_by_source\nprovince,02,Tỉnh Núi Đá,Thành phố Núi Đá,thanh_pho_truc_thuoc_trung_uong,NQ,2025-07-01\n", 2, "effective_date_as_cited_by_source",
			`admin: changes_after_2025-07-01.csv row 2 field "effective_date_as_cited_by_source" value "2025-07-01": want a date after the reform`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := admin.LoadDataset(fixtureFS(t, tt.file, tt.content))
			assert.Nil(t, ds)
			require.Error(t, err)
			assert.EqualError(t, err, tt.msg)
			assert.ErrorIs(t, err, admin.ErrData)
			var de *admin.DataError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.file, de.File)
			assert.Equal(t, tt.row, de.Row)
			assert.Equal(t, tt.field, de.Field)
			if tt.content == "" {
				assert.ErrorIs(t, err, fs.ErrNotExist)
			}
		})
	}
	// The fixture itself loads.
	_, err := admin.LoadDataset(fixtureFS(t, "README.md", strings.Repeat("x", 1)))
	assert.NoError(t, err)
	assert.False(t, errors.Is(err, admin.ErrData))
}

// TestCmpEqual checks that go-cmp compares values holding codes and units
// through their Equal methods, without options.
func TestCmpEqual(t *testing.T) {
	type row struct {
		Code admin.Code
		Unit admin.Unit
	}
	u, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	v, _ := admin.Current().Lookup(admin.LevelCommune, "25942")
	a := row{u.Code(), u}
	assert.Empty(t, cmp.Diff(a, row{u.Code(), u}))
	assert.NotEmpty(t, cmp.Diff(a, row{v.Code(), v}))
	assert.True(t, u.Code().Equal(u.Code()))
	assert.False(t, u.Equal(v))
}
