package admin

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// TestEveryHistoryRowReachesFormers walks every row of the history file
// and of the supplement of earlier states, read with encoding/csv alone,
// through Formers and History.
func TestEveryHistoryRowReachesFormers(t *testing.T) {
	rows := readRows(t, tab.FileHistory)
	require.Len(t, rows, 2360)
	earlier := readRows(t, tab.FileEarlierStates)
	require.Len(t, earlier, 84)
	rows = append(rows, earlier...)
	byKey := map[string][]Former{}
	n := 0
	for f := range Formers() {
		k := f.Unit.Level().String() + ":" + f.Unit.Code().String()
		byKey[k] = append(byKey[k], f)
		n++
	}
	assert.Equal(t, 2359+84+1, n, "every row but the one without a code, and Suối Trầu's state once for each of its two parts")
	// the supplement gives some communes with no known successor theirs;
	// a commune divided among several has a state for each part
	supplied := 0
	for _, sup := range readRows(t, tab.FileSuccessors) {
		for _, row := range rows {
			if row["level"] != "commune" || row["old_code"] != sup["old_code"] {
				continue
			}
			if strings.Contains(row["kind"], "abolished") {
				row["new_code"], row["kind"], row["legal_basis"], row["effective_date"] = sup["new_code"], sup["kind"], sup["legal_basis"], sup["effective_date"]
				supplied++
			} else if sup["kind"] == "dissolved_split" && row["kind"] == "dissolved_split" && row["new_code"] != sup["new_code"] {
				part := maps.Clone(row)
				part["new_code"] = sup["new_code"]
				rows = append(rows, part)
				supplied++
				break
			}
		}
	}
	assert.Equal(t, 53, supplied)
	// the supplement of resolutions dates the rows whose basis names one
	// of them, of its province, when its day falls in the row's interval
	resolved := 0
	for _, res := range readRows(t, tab.FileResolutions) {
		digits, _, _ := strings.Cut(res["number"], "/")
		for _, row := range rows {
			last, gone := row["observed_last"], row["observed_gone"]
			eff := res["effective_date"]
			if row["effective_date"] == "" && row["province_code"] == res["province_code"] &&
				strings.HasPrefix(row["legal_basis"], digits+"/NQ-UBTVQH") &&
				last[len(last)-10:] < eff && eff <= gone[len(gone)-10:] {
				row["effective_date"] = eff
				resolved++
			}
		}
	}
	assert.Equal(t, 143, resolved)
	levels := map[string]Level{"province": LevelProvince, "district": LevelDistrict, "commune": LevelCommune}
	dated := 0
	for _, row := range rows {
		if row["old_code"] == "" {
			continue
		}
		level := levels[row["level"]]
		var f Former
		for _, g := range byKey[level.String()+":"+row["old_code"]] {
			if g.Unit.FullName() == row["old_full_name"] && strings.HasSuffix(row["observed_last"], g.LastSeen.ISO()) &&
				(!g.Change.Has(ChangeSplit) || g.Successor.String() == row["new_code"]) {
				f = g
			}
		}
		if !assert.False(t, f.Unit.IsZero(), "row %v", row) {
			continue
		}
		assert.Equal(t, row["province_code"], f.Unit.Province().String())
		assert.Equal(t, level, f.Unit.Type().Level(), "type of %s", row["old_full_name"])
		assert.True(t, strings.HasPrefix(f.Unit.FullName(), f.Unit.Type().Word()+" "), "%s is a %s", f.Unit.FullName(), f.Unit.Type())
		if level == LevelCommune {
			assert.Equal(t, row["old_district_code"], f.Unit.Parent().String())
		}
		assert.Equal(t, row["new_code"], map[bool]string{true: "", false: f.Successor.String()}[f.Successor.IsZero()])
		assert.Equal(t, strings.Contains(row["kind"], "abolished"), f.Change.Has(ChangeAbolished))
		assert.Equal(t, strings.Contains(row["kind"], "dissolved_split"), f.Change.Has(ChangeSplit))
		assert.Equal(t, row["legal_basis"], f.Basis)
		assert.True(t, strings.HasSuffix(row["observed_gone"], "@"+f.GoneBy.ISO()))
		from, to, exact := f.Ended()
		assert.Equal(t, row["effective_date"] != "", exact)
		if exact {
			dated++
			assert.Equal(t, row["effective_date"], from.ISO())
			assert.Equal(t, from, to)
		} else {
			assert.Equal(t, f.LastSeen, from)
			assert.Equal(t, f.GoneBy, to)
		}
		if !f.Successor.IsZero() {
			assert.Contains(t, History(f.Successor), f, "History of %s", f.Successor)
		}
	}
	assert.Equal(t, 128+53+143, dated, "128 dated in the history, 53 by the supplement of successors (Suối Trầu's two parts), 143 by that of resolutions")
}

// The chains the issue names, checked by hand against the history file
// and the conversion table.
func TestTrace(t *testing.T) {
	find := func(full, district string) Former {
		t.Helper()
		for f := range Formers() {
			if f.Unit.FullName() == full && f.Unit.Parent().String() == district {
				return f
			}
		}
		t.Fatalf("no former %s in district %s", full, district)
		return Former{}
	}
	codes := func(ss []Succession) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.New.Code().String())
		}
		return out
	}
	// Phường 13, Quận 3 was merged into Phường 12 (27130) in 2025-01;
	// Phường 12 went into Phường Nhiêu Lộc (27142) on 1/7/2025.
	ch := Trace(find("Phường 13", "770"))
	assert.Equal(t, "Phường 12", ch.Via.FullName())
	assert.True(t, ch.From.Change.Has(ChangeMerged))
	assert.Equal(t, codes(Successors(ch.Via.Code())), codes(ch.Now))
	// Phường Nguyễn Trãi (Hà Đông) was renamed Quang Trung, which was
	// split on 1/7/2025: every part.
	ch = Trace(find("Phường Nguyễn Trãi", "268"))
	assert.Equal(t, "Phường Quang Trung", ch.Via.FullName())
	assert.Equal(t, ch.From.Unit.Code(), ch.Via.Code(), "renamed: the code stays")
	assert.Greater(t, len(ch.Now), 1)
	// A commune with no known successor leads to its district.
	var abolished Former
	for f := range Formers() {
		if f.Change.Has(ChangeAbolished) {
			abolished = f
			break
		}
	}
	ch = Trace(abolished)
	assert.True(t, ch.Via.IsZero())
	assert.Equal(t, LevelDistrict, ch.Parent.Level(), "%v", abolished)
	assert.NotEmpty(t, ch.Now)
	// A commune of a merged district (Quận 9, gone in 2021) reaches the
	// district that continued it.
	for f := range Formers() {
		if f.Unit.Parent().String() == "763" && f.Change.Has(ChangeAbolished) {
			assert.Equal(t, "Thành phố Thủ Đức", Trace(f).Parent.FullName())
		}
	}
}

func TestFormerDistrictAndProvince(t *testing.T) {
	var tinhGia, hue Former
	for f := range Formers() {
		switch f.Unit.FullName() {
		case "Huyện Tĩnh Gia":
			tinhGia = f
		case "Tỉnh Thừa Thiên Huế":
			hue = f
		}
	}
	assert.Equal(t, TypeRuralDistrict, tinhGia.Unit.Type())
	assert.Equal(t, ChangeRenamed|ChangeRetyped, tinhGia.Change)
	assert.Equal(t, "renamed|retyped", tinhGia.Change.String())
	assert.Equal(t, "Thị xã Nghi Sơn", Trace(tinhGia).Via.FullName())
	assert.Equal(t, TypeProvince, hue.Unit.Type())
	from, _, exact := hue.Ended()
	assert.True(t, exact)
	assert.Equal(t, vietnam.MustDate(2025, 1, 1), from)
	assert.Equal(t, "1314/NQ-UBTVQH15", hue.Basis)
	assert.Contains(t, History(MustParseCode(EraPre2025, LevelProvince, "46")), hue)
	// The 2025 commune continuing Phường Quang Trung (Hà Đông) has
	// Phường Nguyễn Trãi among its history.
	var names []string
	for _, s := range Successors(MustParseCode(EraPre2025, LevelCommune, "09538")) {
		for _, f := range History(s.New.Code()) {
			names = append(names, f.Unit.FullName())
		}
	}
	assert.Contains(t, names, "Phường Nguyễn Trãi")
}

// A data folder without the history file loads, with no history.
func TestLoadWithoutHistory(t *testing.T) {
	ds, err := LoadDataset(fixtureFS(t))
	require.NoError(t, err)
	n := 0
	for range ds.Formers() {
		n++
	}
	assert.Zero(t, n)
}

func TestLoadHistoryErrors(t *testing.T) {
	head := "level,old_code,old_full_name,old_district_code,province_code,kind,new_code,effective_date,legal_basis,observed_last,observed_gone\n"
	ok := "district,999,Huyện Cũ,,%s,district_merged,%s,,,M:a@2020-02-02,M:b@2021-08-01\n"
	for _, tc := range []struct{ name, row, field string }{
		{"level", "ward,999,Huyện Cũ,,01,district_merged,001,,,M:a@2020-02-02,M:b@2021-08-01\n", "level"},
		{"type word", "district,999,Xã Cũ,,01,district_merged,001,,,M:a@2020-02-02,M:b@2021-08-01\n", "old_full_name"},
		{"kind", "district,999,Huyện Cũ,,01,moved,001,,,M:a@2020-02-02,M:b@2021-08-01\n", "kind"},
		{"target", "district,999,Huyện Cũ,,01,district_merged,998,,,M:a@2020-02-02,M:b@2021-08-01\n", "new_code"},
		{"observed", "district,999,Huyện Cũ,,01,district_merged,001,,,2020-02-02,M:b@2021-08-01\n", "observed_last"},
		{"order", "district,999,Huyện Cũ,,01,district_merged,001,,,M:a@2022-02-02,M:b@2021-08-01\n", "observed_gone"},
		{"date", "district,999,Huyện Cũ,,01,district_merged,001,1/3/2020,,M:a@2020-02-02,M:b@2021-08-01\n", "effective_date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixtureFS(t)
			fsys[tab.FileHistory] = &fstest.MapFile{Data: []byte(head + tc.row)}
			assertLoadFails(t, fsys, tab.FileHistory, tc.field)
		})
	}
	fsys := fixtureFS(t)
	fsys[tab.FileHistory] = &fstest.MapFile{Data: []byte(head + fmt.Sprintf(ok, "01", "001"))}
	ds, err := LoadDataset(fsys)
	require.NoError(t, err)
	var got []Former
	for f := range ds.Formers() {
		got = append(got, f)
	}
	require.Len(t, got, 1)
	assert.Equal(t, "Huyện Cũ", got[0].Unit.FullName())
	assert.Equal(t, "001", got[0].Successor.String())
}

// fixtureFS returns the files of testdata/fixture in memory.
func fixtureFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range tab.Files {
		b, err := os.ReadFile(filepath.Join("testdata/fixture", name))
		require.NoError(t, err)
		m[name] = &fstest.MapFile{Data: b}
	}
	return m
}
