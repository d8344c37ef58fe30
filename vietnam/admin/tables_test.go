package admin

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// dataDir is the repository's copy of the source data.
const dataDir = "internal/data"

// newDataEnv names the environment variable that points at a folder where
// an updated release of the data arrives (the same CSV files and
// SOURCES.md), to be compared with the repository's copy.
const newDataEnv = "HOCVUSO_VN_ADMIN_DATA"

// TestTablesUpToDate regenerates tables.go in memory from the repository's
// CSV files and checks it is byte for byte the committed file.
func TestTablesUpToDate(t *testing.T) {
	d, err := tab.Load(os.DirFS(dataDir))
	require.NoError(t, err)
	want := tab.Emit(d)
	got, err := os.ReadFile("tables.go")
	require.NoError(t, err)
	if !bytes.Equal(want, got) {
		t.Fatal("tables.go is stale: run go generate in vietnam/admin")
	}
}

// TestDataMatchesShared checks that the repository's copy of the data is
// the folder $HOCVUSO_VN_ADMIN_DATA's, when that is set.
func TestDataMatchesShared(t *testing.T) {
	sharedDataDir := os.Getenv(newDataEnv)
	if sharedDataDir == "" {
		t.Skipf("%s not set: no new data to compare", newDataEnv)
	}
	for _, name := range append(append([]string{"SOURCES.md"}, tab.Files...), tab.HistoryFiles...) {
		want, err := os.ReadFile(filepath.Join(sharedDataDir, name))
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(dataDir, name))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(want, got), "%s differs from %s: copy the new data and run go generate", name, sharedDataDir)
	}
}

// readRows reads a source CSV with the standard library alone, as a
// reference independent of package tab.
func readRows(t *testing.T, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dataDir, name))
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows
}

// TestEveryRowReachesLookup walks every unit row of the source files
// through the public API and checks code, names, type and parents.
func TestEveryRowReachesLookup(t *testing.T) {
	pre := At(reformDate.AddDays(-1))
	reform := At(reformDate)
	files := []struct {
		name          string
		dir           *Directory
		level         Level
		parent        string
		parentLevel   Level
		provinceField string
	}{
		{tab.FileProvinces2025, reform, LevelProvince, "", 0, ""},
		{tab.FileCommunes2025, reform, LevelCommune, "province_code", LevelProvince, "province_code"},
		{tab.FileProvincesPre, pre, LevelProvince, "", 0, ""},
		{tab.FileDistrictsPre, pre, LevelDistrict, "province_code", LevelProvince, "province_code"},
		{tab.FileCommunesPre, pre, LevelCommune, "district_code", LevelDistrict, "province_code"},
	}
	for _, f := range files {
		rows := readRows(t, f.name)
		require.Len(t, rows, f.dir.Len(f.level), f.name)
		for _, row := range rows {
			u, ok := f.dir.Lookup(f.level, row["code"])
			if !assert.True(t, ok, "%s: code %s", f.name, row["code"]) {
				continue
			}
			assert.Equal(t, row["code"], u.Code().String(), f.name)
			assert.Equal(t, row["full_name"], u.FullName(), f.name)
			assert.Equal(t, row["name"], u.Name(), f.name)
			assert.Equal(t, row["unit_type"], u.Type().Key(), f.name)
			assert.Equal(t, row["unit_type_vi"], u.Type().Label(vietnam.Vietnamese), f.name)
			assert.Equal(t, f.level, u.Type().Level(), f.name)
			if f.parent == "" {
				assert.True(t, u.Parent().IsZero(), f.name)
				assert.Equal(t, u.Code(), u.Province(), f.name)
				continue
			}
			assert.Equal(t, row[f.parent], u.Parent().String(), f.name)
			assert.Equal(t, f.parentLevel, u.Parent().Level(), f.name)
			assert.Equal(t, row[f.provinceField], u.Province().String(), f.name)
		}
	}
}

// TestTypeKeysAgree checks that Type follows the order of tab.TypeKeys,
// which the tables store.
func TestTypeKeysAgree(t *testing.T) {
	require.Len(t, tab.TypeKeys, int(typeCount))
	for i, k := range tab.TypeKeys {
		assert.Equal(t, k, Type(i).Key())
	}
}

// TestEveryLinkReachesSuccession walks every row of the conversion tables
// and of the later changes through the public API.
func TestEveryLinkReachesSuccession(t *testing.T) {
	kinds := map[string]Kind{
		"whole": KindWhole, "partial": KindPartial, "unchanged": KindUnchanged,
		"whole_district": KindIslandDistrict, "area_without_code": KindUncodedArea,
	}
	rows := readRows(t, tab.FileCommuneMapping)
	require.Len(t, rows, 10571)
	for _, row := range rows {
		newCode := MustParseCode(Era2025, LevelCommune, row["new_commune_code"])
		want := Succession{Kind: kinds[row["kind"]], Note: row["nso_note"]}
		var err error
		var list []Succession
		if row["old_commune_code"] == "" {
			want.Old.code, err = ParseCode(EraPre2025, LevelDistrict, row["old_district_code"])
			list = Predecessors(newCode)
		} else {
			want.Old.code, err = ParseCode(EraPre2025, LevelCommune, row["old_commune_code"])
			list = Successors(want.Old.code)
			assert.Equal(t, row["old_split"] == "true", len(list) > 1, "split flag of %s", row["old_commune_code"])
		}
		require.NoError(t, err)
		found := false
		for _, s := range list {
			if s.Old.Code() == want.Old.code && s.New.Code() == newCode {
				found = true
				assert.Equal(t, want.Kind, s.Kind, "%v", row)
				assert.Equal(t, want.Note, s.Note, "%v", row)
				assert.Equal(t, row["old_district_code"], s.Old.District().String())
				assert.Equal(t, row["new_province_code"], s.New.Province().String())
			}
		}
		assert.True(t, found, "row %v", row)
	}

	for _, row := range readRows(t, tab.FileProvinceMapping) {
		old := MustParseCode(EraPre2025, LevelProvince, row["old_province_code"])
		succ := Successors(old)
		require.Len(t, succ, 1)
		assert.Equal(t, row["new_province_code"], succ[0].New.Code().String())
		assert.Equal(t, map[string]Kind{"merged": KindWhole, "unchanged": KindUnchanged}[row["kind"]], succ[0].Kind)
		assert.Equal(t, row["same_code"] == "true", old.String() == succ[0].New.Code().String())
	}

	for _, row := range readRows(t, tab.FileChanges) {
		level := map[string]Level{"province": LevelProvince, "commune": LevelCommune}[row["level"]]
		day, err := time.Parse(time.DateOnly, row["effective_date_as_cited_by_source"])
		require.NoError(t, err)
		on := vietnam.DateOf(day)
		before, _ := At(on.AddDays(-1)).Lookup(level, row["code"])
		after, _ := At(on).Lookup(level, row["code"])
		assert.Equal(t, row["before_full_name"], before.FullName())
		assert.Equal(t, row["before_unit_type"], before.Type().Key())
		assert.Equal(t, row["after_full_name"], after.FullName())
		assert.Equal(t, row["after_unit_type"], after.Type().Key())
		assert.Equal(t, before.Name(), after.Name())
		if row["province_code"] != "" {
			assert.Equal(t, row["province_code"], after.Province().String())
		}
	}
}

// TestNameIndexUpToDate builds the name index of the embedded data at run
// time, as for a loaded Dataset, and checks that names_index.go is that
// index written out, byte for byte.
func TestNameIndexUpToDate(t *testing.T) {
	x := buildNameIndex(&Dataset{d: &embeddedData})
	got, err := os.ReadFile("names_index.go")
	require.NoError(t, err)
	if !bytes.Equal(emitNameIndex(x), got) {
		t.Fatal("names_index.go is stale: run go generate in vietnam/admin")
	}
	// and the compiled data is what the file says (a build with the
	// generator's tag would have none)
	require.NotEmpty(t, embeddedNames.units)
	assert.True(t, reflect.DeepEqual(*x, embeddedNames), "embeddedNames differs from the index built at run time")
}
