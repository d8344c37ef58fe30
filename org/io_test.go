package org_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func TestCSVRoundTrip(t *testing.T) {
	tree := mustBuild(t, binhDuongBefore())
	var buf bytes.Buffer
	require.NoError(t, tree.WriteCSV(&buf))
	back, err := org.ReadCSV(&buf)
	require.NoError(t, err)
	if diff := cmp.Diff(tree.Units(), back.Units()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	tree := mustBuild(t, binhDuongBefore())
	var buf bytes.Buffer
	require.NoError(t, tree.WriteJSON(&buf))
	back, err := org.ReadJSON(&buf)
	require.NoError(t, err)
	if diff := cmp.Diff(tree.Units(), back.Units()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestWriteCSV(t *testing.T) {
	tree := mustBuild(t, []org.Unit{
		{ID: "td-bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, Admin: pre(admin.LevelProvince, "74"), ValidTo: d("30/6/2025"), Members: 1000},
		{ID: "cd-1", Name: "Chi đoàn khu phố 1, Lái Thiêu", Kind: org.KindBranch, Parent: "td-bd", ValidFrom: d("1/1/2020"), ValidTo: d("30/6/2025")},
	})
	var buf bytes.Buffer
	require.NoError(t, tree.WriteCSV(&buf))
	assert.Equal(t, "id,parent_id,kind,name,admin_code,valid_from,valid_to,population,households,members\n"+
		"td-bd,,tinh_doan,Tỉnh đoàn Bình Dương,pre-2025:74,,2025-06-30,,,1000\n"+
		`cd-1,td-bd,chi_doan,"Chi đoàn khu phố 1, Lái Thiêu",,2020-01-01,2025-06-30,,,`+"\n", buf.String())

	buf.Reset()
	require.NoError(t, tree.WriteJSON(&buf))
	assert.Equal(t, `{"units": [`+"\n"+
		`  {"id":"td-bd","name":"Tỉnh đoàn Bình Dương","kind":"tinh_doan","admin_code":"pre-2025:74","valid_to":"2025-06-30","members":1000},`+"\n"+
		`  {"id":"cd-1","name":"Chi đoàn khu phố 1, Lái Thiêu","kind":"chi_doan","parent_id":"td-bd","valid_from":"2020-01-01","valid_to":"2025-06-30"}`+"\n"+
		"]}\n", buf.String())
}

func TestReadCSVForms(t *testing.T) {
	// Columns in any order and case, a BOM, an unknown column, spaces,
	// day-first dates, kind names, bare admin codes whose era the dates fix.
	in := "\ufeffName , ID,Parent_ID,kind,admin_code,valid_from,valid_to,ghi_chu,members\n" +
		"Tỉnh đoàn Bình Dương,td-bd,,Tỉnh đoàn,74,,30/6/2025,x, 1000\n" +
		"Đoàn phường  Lái Thiêu,dp-lt,td-bd,Đoàn phường,25966,,30/06/2025,,\n" +
		"Đoàn phường Lái Thiêu,dp-lt-2025,,doan_xa,25966,1/7/2025,,,\n"
	tree, err := org.ReadCSV(strings.NewReader(in))
	require.NoError(t, err)
	want := []org.Unit{
		{ID: "td-bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, Admin: pre(admin.LevelProvince, "74"), ValidTo: d("30/6/2025"), Members: 1000},
		{ID: "dp-lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "td-bd", Admin: pre(admin.LevelCommune, "25966"), ValidTo: d("30/6/2025")},
		{ID: "dp-lt-2025", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Admin: now(admin.LevelCommune, "25966"), ValidFrom: d("1/7/2025")},
	}
	if diff := cmp.Diff(want, tree.Units()); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
}

type problemRow struct {
	Row   int
	ID    org.ID
	Field string
	Err   error
}

func problemRows(t *testing.T, err error) []problemRow {
	t.Helper()
	var ce *org.CheckError
	require.ErrorAs(t, err, &ce)
	var out []problemRow
	for _, p := range ce.Problems {
		out = append(out, problemRow{p.Row, p.ID, p.Field, p.Err})
	}
	return out
}

var errorsEqual = cmp.Comparer(func(a, b error) bool { return a == b })

func TestReadCSVProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []problemRow
		text string // the whole message, when given
	}{
		{
			name: "every bad row",
			in: "id,parent_id,kind,name,admin_code,valid_from,valid_to,members\n" + // line 1
				"a,,tinh_doan,A,,,,\n" + // 2: fine
				"b,a,Câu lạc bộ,B,,,,\n" + // 3: bad kind
				"c,a,chi_doan,C,,31/2/2025,,\n" + // 4: bad date
				"d,a,chi_doan,D,25966,,,\n" + // 5: bare code, no era
				"e,a,chi_doan,E,2025:9,,,\n" + // 6: bad code
				"f,a,chi_doan,F,,,,-3\n" + // 7: negative
				"g,a,chi_doan\n" + // 8: short row
				"a,,chi_doan,dup,,,,\n" + // 9: duplicate
				"h,zz,chi_doan,H,,,,\n" + // 10: unknown parent
				"i,a,\"chi\"doan,I,,,,\n" + // 11: bad quote
				"j,c,chi_doan,J,,,,\n", // 12: fine (its parent had a bad date)
			want: []problemRow{
				{3, "b", "kind", org.ErrKind},
				{4, "c", "valid_from", org.ErrSyntax},
				{5, "d", "admin_code", org.ErrSyntax},
				{6, "e", "admin_code", org.ErrSyntax},
				{7, "f", "members", org.ErrSyntax},
				{8, "", "", org.ErrSyntax},
				{9, "a", "id", org.ErrDuplicateID},
				{10, "h", "parent_id", org.ErrUnknownParent},
				{11, "", "", org.ErrSyntax},
			},
		},
		{
			name: "bad admin code text",
			in:   "id,admin_code\na,2025:abc\n",
			want: []problemRow{{2, "a", "admin_code", org.ErrSyntax}},
			text: `org: 1 problem: row 2: unit "a": admin_code "2025:abc": syntax: not an admin code: want an era and a code, as "2025:25966" or "pre-2025:00004"`,
		},
		{
			name: "bare code needs an era",
			in:   "id,admin_code\na,25966\n",
			want: []problemRow{{2, "a", "admin_code", org.ErrSyntax}},
			text: `org: 1 problem: row 2: unit "a": admin_code "25966": syntax: a bare code needs dates that fix its era; write "pre-2025:25966" or "2025:25966"`,
		},
		{
			name: "bare code of a bad length",
			in:   "id,admin_code,valid_to\na,2596,2025-01-01\n",
			want: []problemRow{{2, "a", "admin_code", org.ErrSyntax}},
		},
		{
			name: "bare code that is not a number",
			in:   "id,admin_code,valid_to\na,2x,2025-01-01\n",
			want: []problemRow{{2, "a", "admin_code", org.ErrSyntax}},
		},
		{
			name: "era check of a good row",
			in:   "id,kind,admin_code,valid_from\na,doan_xa,pre-2025:25966,2025-07-01\n",
			want: []problemRow{{2, "a", "admin_code", org.ErrEra}},
		},
		{
			name: "no id column",
			in:   "name,parent_id\nA,\n",
			want: []problemRow{{1, "", "header", org.ErrSyntax}},
		},
		{
			name: "column twice",
			in:   "id,name,name\na,A,B\n",
			want: []problemRow{{1, "", "header", org.ErrSyntax}},
		},
		{
			name: "empty",
			in:   "",
			want: []problemRow{{1, "", "", org.ErrSyntax}},
			text: "org: 1 problem: row 1: syntax: no header row",
		},
		{
			name: "cycle across rows",
			in:   "id,parent_id\na,b\nb,a\n",
			want: []problemRow{{2, "a", "parent_id", org.ErrCycle}},
		},
		{
			name: "quoted newline keeps line numbers",
			in:   "id,name\na,\"two\nlines\"\n,empty id\n",
			want: []problemRow{{4, "", "id", org.ErrID}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := org.ReadCSV(strings.NewReader(tt.in))
			assert.Nil(t, tree)
			if diff := cmp.Diff(tt.want, problemRows(t, err), errorsEqual); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if tt.text != "" {
				assert.EqualError(t, err, tt.text)
			}
		})
	}
}

func TestReadJSONProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []problemRow
	}{
		{
			name: "every bad unit",
			in: `{"units": [
				{"id": "a", "kind": "tinh_doan"},
				{"id": "b", "parent_id": "a", "kind": "???"},
				{"id": "c", "parent": "a"},
				{"id": "d", "parent_id": "a", "members": "many"},
				{"id": "e", "parent_id": "a", "members": 1.5},
				{"id": 7},
				{"id": "f", "parent_id": "a", "valid_to": "2025-13-01"},
				{"id": "a"}
			]}`,
			want: []problemRow{
				{2, "b", "kind", org.ErrKind},
				{3, "c", "", org.ErrSyntax},
				{4, "d", "", org.ErrSyntax},
				{5, "e", "members", org.ErrSyntax},
				{6, "", "id", org.ErrSyntax},
				{7, "f", "valid_to", org.ErrSyntax},
				{8, "a", "id", org.ErrDuplicateID},
			},
		},
		{
			name: "not json",
			in:   `{"units": [`,
			want: []problemRow{{0, "", "", org.ErrSyntax}},
		},
		{
			name: "units not an array",
			in:   `{"units": 3}`,
			want: []problemRow{{0, "", "", org.ErrSyntax}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := org.ReadJSON(strings.NewReader(tt.in))
			assert.Nil(t, tree)
			if diff := cmp.Diff(tt.want, problemRows(t, err), errorsEqual); diff != "" {
				t.Errorf("problems (-want +got):\n%s (%v)", diff, err)
			}
		})
	}
	_, err := org.ReadJSON(strings.NewReader(`[{"id": 7, "name": "x"}]`))
	assert.EqualError(t, err, `org: 1 problem: row 1: id: syntax: a JSON number where a string belongs`)
	_, err = org.ReadJSON(strings.NewReader(`[{"id": "x", "parent": "y"}]`))
	assert.EqualError(t, err, `org: 1 problem: row 1: unit "x": syntax: unknown field "parent"`)
}

func TestReadJSONForms(t *testing.T) {
	tree, err := org.ReadJSON(strings.NewReader(`[{"id": "a", "name": "A", "members": 3}, {"id": "b", "parent_id": "a"}]`))
	require.NoError(t, err)
	assert.Equal(t, []org.ID{"b"}, ids(tree.Children("a")))
	assert.Equal(t, 2, tree.Len())
	u, _ := tree.Unit("a")
	assert.Equal(t, 3, u.Members)

	tree, err = org.ReadJSON(strings.NewReader(`{"units": null}`))
	require.NoError(t, err)
	assert.Equal(t, 0, tree.Len())
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	tree := mustBuild(t, binhDuongBefore())
	assert.EqualError(t, tree.WriteCSV(failWriter{}), "disk full")
	assert.EqualError(t, tree.WriteJSON(failWriter{}), "disk full")
	_, mapping, err := org.Migrate(tree, org.MigrateOptions{})
	require.NoError(t, err)
	assert.EqualError(t, mapping.WriteCSV(failWriter{}), "disk full")
}

type failReader struct{}

func (failReader) Read([]byte) (int, error) { return 0, errors.New("network down") }

func TestReadErrors(t *testing.T) {
	_, err := org.ReadCSV(failReader{})
	assert.ErrorIs(t, err, org.ErrSyntax)
	assert.ErrorContains(t, err, "network down")
	_, err = org.ReadJSON(failReader{})
	assert.ErrorIs(t, err, org.ErrSyntax)
	assert.ErrorContains(t, err, "network down")
}

// The Bình Dương fixture ships as a file too, the way a province would
// keep it; it reads back as the units the migration tests use.
func TestReadFixtureFile(t *testing.T) {
	f, err := os.Open("testdata/binhduong_2025-06-30.csv")
	require.NoError(t, err)
	defer f.Close()
	tree, err := org.ReadCSV(f)
	require.NoError(t, err)
	want := mustBuild(t, binhDuongBefore())
	if diff := cmp.Diff(want.Units(), tree.Units()); diff != "" {
		t.Errorf("fixture file (-want +got):\n%s", diff)
	}
}
