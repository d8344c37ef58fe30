package admin

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// TestEveryOriginRowReachesOrigins walks every row of the origins file,
// read with the standard library alone, through Origins and SplitFrom.
func TestEveryOriginRowReachesOrigins(t *testing.T) {
	rows := readRows(t, tab.FileOrigins)
	require.Len(t, rows, len(embedded.d.Origins))
	for _, row := range rows {
		c := MustParseCode(EraPre2025, LevelDistrict, row["district_code"])
		var found bool
		for _, o := range Origins(c) {
			if o.ParentName != row["parent_full_name"] {
				continue
			}
			found = true
			assert.Equal(t, row["district_full_name"], o.District.FullName())
			assert.Equal(t, row["province_code"], o.District.Province().String())
			assert.Equal(t, row["legal_basis"], o.Basis)
			assert.Equal(t, row["signed"], o.Signed.ISO())
			if row["effective_date"] != "" {
				assert.Equal(t, row["effective_date"], o.Effective.ISO())
			} else {
				assert.True(t, o.Effective.IsZero())
			}
			if row["parent_code"] == "" {
				assert.True(t, o.Parent.IsZero())
				continue
			}
			assert.Equal(t, row["parent_code"], o.Parent.Code().String())
			assert.Equal(t, row["parent_full_name"], o.Parent.FullName())
			assert.Contains(t, SplitFrom(o.Parent.Code()), o)
		}
		assert.True(t, found, "row %v", row)
	}
}

// The loader refuses a row that does not agree with the lists.
func TestLoadOriginsErrors(t *testing.T) {
	head := "province_code,district_code,district_full_name,parent_code,parent_full_name,legal_basis,signed,effective_date,divided_codes,source\n"
	for _, tc := range []struct{ name, row, field string }{
		{"district", "01,009,Quận 9,001,Quận 1,1/2003/NĐ-CP,2003-01-01,,,N1\n", "district_code"},
		{"district name", "01,002,Quận 2,001,Quận 1,1/2003/NĐ-CP,2003-01-01,,,N1\n", "district_full_name"},
		{"province", "02,002,Quận 10,001,Quận 1,1/2003/NĐ-CP,2003-01-01,,,N1\n", "district_code"},
		{"parent name", "01,002,Quận 10,001,Quận Một,1/2003/NĐ-CP,2003-01-01,,,N1\n", "parent_full_name"},
		{"no parent name", "01,002,Quận 10,,,1/2003/NĐ-CP,2003-01-01,,,N1\n", "parent_full_name"},
		{"basis", "01,002,Quận 10,001,Quận 1,,2003-01-01,,,N1\n", "legal_basis"},
		{"signed", "01,002,Quận 10,001,Quận 1,1/2003/NĐ-CP,,,,N1\n", "signed"},
		{"effective", "01,002,Quận 10,001,Quận 1,1/2003/NĐ-CP,2003-01-01,2002-12-31,,N1\n", "effective_date"},
		{"divided", "01,002,Quận 10,001,Quận 1,1/2003/NĐ-CP,2003-01-01,,00001,N1\n", "divided_codes"},
		{"source", "01,002,Quận 10,001,Quận 1,1/2003/NĐ-CP,2003-01-01,,,\n", "source"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertLoadFails(t, originsFixture(t, head+tc.row), tab.FileOrigins, tc.field)
		})
	}
	ds, err := LoadDataset(originsFixture(t, head+"01,002,Quận 10,001,Quận 1,1/2003/NĐ-CP,2003-01-01,,,N1\n"))
	require.NoError(t, err)
	got := ds.SplitFrom(MustParseCode(EraPre2025, LevelDistrict, "001"))
	require.Len(t, got, 1)
	assert.Equal(t, "Quận 10", got[0].District.FullName())
	ds, err = LoadDataset(fixtureFS(t))
	require.NoError(t, err)
	assert.Empty(t, ds.SplitFrom(MustParseCode(EraPre2025, LevelDistrict, "001")), "no file, no origins")
}

// originsFixture returns the fixture's files with an origins file of
// text.
func originsFixture(t *testing.T, text string) fstest.MapFS {
	t.Helper()
	fsys := fixtureFS(t)
	fsys[tab.FileOrigins] = &fstest.MapFile{Data: []byte(text)}
	require.True(t, strings.HasPrefix(text, "province_code,"))
	return fsys
}

// The loader refuses a successor that does not name a commune of the
// history with no successor, or a commune of the lists, or a division
// that is not one: a split in one part, a second merger, parts of one
// split with different bases or dates, or the same part twice.
func TestLoadSuccessorsErrors(t *testing.T) {
	hist := "level,old_code,old_full_name,old_district_code,province_code,kind,new_code,effective_date,legal_basis,observed_last,observed_gone\n" +
		"commune,00099,Phường Cũ,001,01,abolished_target_unknown,,,,M:a@2020-02-02,M:b@2021-08-01\n"
	head := "old_code,old_full_name,province_code,kind,new_code,new_full_name,legal_basis,effective_date,source\n"
	const (
		merged = "00099,Phường Cũ,01,merged_into,00001,Phường 1,1/NQ-UBTVQH15,2024-01-01,N1\n"
		part1  = "00099,Phường Cũ,01,dissolved_split,00001,Phường 1,1/NQ-UBTVQH15,2024-01-01,N1\n"
		part2  = "00099,Phường Cũ,01,dissolved_split,00002,Phường 10,1/NQ-UBTVQH15,2024-01-01,N1\n"
	)
	for _, tc := range []struct{ name, rows, field string }{
		{"old", "00098,Phường Cũ,01,merged_into,00001,Phường 1,1/NQ-UBTVQH15,2024-01-01,N1\n", "old_code"},
		{"old name", "00099,Phường Mới,01,merged_into,00001,Phường 1,1/NQ-UBTVQH15,2024-01-01,N1\n", "old_code"},
		{"kind", "00099,Phường Cũ,01,merged,00001,Phường 1,1/NQ-UBTVQH15,2024-01-01,N1\n", "kind"},
		{"new", "00099,Phường Cũ,01,merged_into,00097,Phường 1,1/NQ-UBTVQH15,2024-01-01,N1\n", "new_code"},
		{"new name", "00099,Phường Cũ,01,merged_into,00001,Phường 2,1/NQ-UBTVQH15,2024-01-01,N1\n", "new_full_name"},
		{"new elsewhere", "00099,Phường Cũ,01,merged_into,00006,Thị trấn Hòa An,1/NQ-UBTVQH15,2024-01-01,N1\n", "new_code"},
		{"basis", "00099,Phường Cũ,01,merged_into,00001,Phường 1,,2024-01-01,N1\n", "legal_basis"},
		{"date", "00099,Phường Cũ,01,merged_into,00001,Phường 1,1/NQ-UBTVQH15,,N1\n", "effective_date"},
		{"merged twice", merged + "00099,Phường Cũ,01,merged_into,00002,Phường 10,1/NQ-UBTVQH15,2024-01-01,N1\n", "old_code"},
		{"split after merged", merged + part2, "old_code"},
		{"split in one part", part1, "kind"},
		{"part's basis", part1 + "00099,Phường Cũ,01,dissolved_split,00002,Phường 10,2/NQ-UBTVQH15,2024-01-01,N1\n", "new_code"},
		{"part's date", part1 + "00099,Phường Cũ,01,dissolved_split,00002,Phường 10,1/NQ-UBTVQH15,2024-02-01,N1\n", "new_code"},
		{"part twice", part1 + part1, "new_code"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertLoadFails(t, supplementFixture(t, hist, tab.FileSuccessors, head+tc.rows), tab.FileSuccessors, tc.field)
		})
	}
	ds, err := LoadDataset(supplementFixture(t, hist, tab.FileSuccessors, head+merged))
	require.NoError(t, err)
	for f := range ds.Formers() {
		assert.Equal(t, "00001", f.Successor.String())
		assert.Equal(t, ChangeMerged, f.Change)
		assert.Equal(t, "1/NQ-UBTVQH15", f.Basis)
	}
	// a commune divided between two: the state once for each part, in
	// the order of the rows
	ds, err = LoadDataset(supplementFixture(t, hist, tab.FileSuccessors, head+part2+part1))
	require.NoError(t, err)
	var parts []string
	for f := range ds.Formers() {
		assert.Equal(t, "Phường Cũ", f.Unit.FullName())
		assert.Equal(t, ChangeSplit, f.Change)
		assert.Equal(t, "1/NQ-UBTVQH15", f.Basis)
		assert.Equal(t, "2024-01-01", f.Effective.ISO())
		parts = append(parts, f.Successor.String())
	}
	assert.Equal(t, []string{"00002", "00001"}, parts)
}

// supplementFixture returns the fixture's files with the history file
// hist and a supplement file of text.
func supplementFixture(t *testing.T, hist, file, text string) fstest.MapFS {
	t.Helper()
	fsys := fixtureFS(t)
	fsys[tab.FileHistory] = &fstest.MapFile{Data: []byte(hist)}
	fsys[file] = &fstest.MapFile{Data: []byte(text)}
	return fsys
}

// assertLoadFails checks that loading fsys fails on field of file.
func assertLoadFails(t *testing.T, fsys fstest.MapFS, file, field string) {
	t.Helper()
	_, err := LoadDataset(fsys)
	var de *DataError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, file, de.File)
	assert.Equal(t, field, de.Field)
}

// TestLoadEarlierStatesErrors holds the refusals of the supplement of
// earlier states: a row the history's own checks refuse, a successor
// that is not the 1/3/2025 unit named, a state that is no earlier one
// (the unit's name in the list, a state the history holds, a spelling
// the conversion table gives the unit), and a row without its source.
func TestLoadEarlierStatesErrors(t *testing.T) {
	hist := "level,old_code,old_full_name,old_district_code,province_code,kind,new_code,effective_date,legal_basis,observed_last,observed_gone\n" +
		"commune,00099,Phường Cũ,001,01,abolished_target_unknown,,,,M:a@2020-02-02,M:b@2021-08-01\n"
	head := "level,old_code,old_full_name,old_district_code,old_district_full_name,province_code,kind,new_code,new_full_name," +
		"legal_basis,effective_date,observed_last,observed_gone,in_force_2019,source\n"
	const tail = ",,,M:a@2017-10-15,M:b@2020-02-02,yes,E1\n"
	for _, tc := range []struct{ name, row, field string }{
		{"level", "ward,00098,Phường Xưa,001,Quận 1,01,merged_into,00001,Phường 1" + tail, "level"},
		{"no name", "commune,00098,,001,Quận 1,01,merged_into,00001,Phường 1" + tail, "old_full_name"},
		{"kind", "commune,00098,Phường Xưa,001,Quận 1,01,vanished,00001,Phường 1" + tail, "kind"},
		{"new", "commune,00098,Phường Xưa,001,Quận 1,01,merged_into,00097,Phường 1" + tail, "new_code"},
		{"new name", "commune,00098,Phường Xưa,001,Quận 1,01,merged_into,00001,Phường 10" + tail, "new_full_name"},
		{"new elsewhere", "commune,00098,Phường Xưa,001,Quận 1,01,merged_into,00006,Thị trấn Hòa An" + tail, "new_code"},
		{"listed", "commune,00001,Phường 1,001,Quận 1,01,renamed,00001,Phường 1" + tail, "old_full_name"},
		{"in history", "commune,00099,Phường Cũ,001,Quận 1,01,merged_into,00001,Phường 1" + tail, "old_full_name"},
		{"spelling", "commune,00003,Phường Bến Nghe,001,Quận 1,01,renamed,00003,Phường Bến Nghé" + tail, "old_full_name"},
		{"dates", "commune,00098,Phường Xưa,001,Quận 1,01,merged_into,00001,Phường 1,,,M:a@2020-02-02,M:b@2017-10-15,yes,E1\n", "observed_gone"},
		{"source", "commune,00098,Phường Xưa,001,Quận 1,01,merged_into,00001,Phường 1,,,M:a@2017-10-15,M:b@2020-02-02,yes,\n", "source"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fixtureFS(t)
			fsys[tab.FileHistory] = &fstest.MapFile{Data: []byte(hist)}
			fsys[tab.FileCommuneMapping] = &fstest.MapFile{Data: []byte(
				"old_district_code,old_commune_code,old_commune_name,new_commune_code,kind,nso_note\n" +
					"001,00001,Phường 1,00001,whole,Nhập toàn bộ\n" +
					"001,00003,Phường Bến Nghe,00004,whole,Nhập toàn bộ\n")}
			fsys[tab.FileEarlierStates] = &fstest.MapFile{Data: []byte(head + tc.row)}
			assertLoadFails(t, fsys, tab.FileEarlierStates, tc.field)
		})
	}
	// a commune of 2017 whose code a merged commune kept, then lost: the
	// earlier state leads where the later one does
	fsys := fixtureFS(t)
	fsys[tab.FileHistory] = &fstest.MapFile{Data: []byte(hist)}
	fsys[tab.FileEarlierStates] = &fstest.MapFile{Data: []byte(head +
		"commune,00099,Phường Xưa,001,Quận 1,01,merged_into,00001,Phường 1" + tail)}
	ds, err := LoadDataset(fsys)
	require.NoError(t, err)
	var got []string
	for f := range ds.Formers() {
		got = append(got, f.Unit.FullName()+" "+f.Successor.String())
		if f.Unit.FullName() == "Phường Xưa" {
			assert.Equal(t, ChangeMerged, f.Change)
			from, to, exact := f.Ended()
			assert.Equal(t, "2017-10-15 2020-02-02 false", from.ISO()+" "+to.ISO()+" "+map[bool]string{true: "true", false: "false"}[exact])
		}
	}
	assert.Equal(t, []string{"Phường Xưa 00001", "Phường Cũ "}, got)
}
