package org_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

var d = vietnam.MustParseDate

// small is a hand-made union tree in a deliberately scrambled order:
// children appear before parents and siblings are not sorted.
//
//	tw
//	└── bd
//	    ├── ta
//	    │   ├── lt
//	    │   │   ├── kp1
//	    │   │   └── kp2
//	    │   └── bn
//	    └── da
//	        └── dha
//	hn (a second root)
func small() []org.Unit {
	return []org.Unit{
		{ID: "kp1", Name: "Chi đoàn khu phố 1", Kind: org.KindBranch, Parent: "lt"},
		{ID: "tw", Name: "Trung ương Đoàn", Kind: org.KindCentralUnion},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "ta"},
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, Parent: "tw", ValidTo: d("30/6/2025")},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: d("30/6/2025")},
		{ID: "kp2", Name: "Chi đoàn khu phố 2", Kind: org.KindBranch, Parent: "lt", ValidTo: d("30/6/2025")},
		{ID: "hn", Name: "Thành đoàn Hà Nội", Kind: org.KindProvinceUnion},
		{ID: "bn", Name: "Đoàn phường Bình Nhâm", Kind: org.KindCommuneUnion, Parent: "ta", ValidFrom: d("1/1/2020"), ValidTo: d("30/6/2025")},
		{ID: "da", Name: "Thành đoàn Dĩ An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: d("30/6/2025")},
		{ID: "dha", Name: "Đoàn phường Dĩ An", Kind: org.KindCommuneUnion, Parent: "da", ValidTo: d("30/6/2025")},
	}
}

func mustBuild(t testing.TB, units []org.Unit) *org.Tree {
	t.Helper()
	tree, err := org.Build(units)
	require.NoError(t, err)
	return tree
}

func ids(seq func(func(org.Unit) bool)) []org.ID {
	var out []org.ID
	for u := range seq {
		out = append(out, u.ID)
	}
	return out
}

// fix the bad kp children so the fixture is valid: lt is open-ended under
// ta which closed, so give lt the same end.
func validSmall() []org.Unit {
	us := small()
	for i := range us {
		switch us[i].ID {
		case "lt", "kp1":
			us[i].ValidTo = d("30/6/2025")
		}
	}
	return us
}

func TestBuildValid(t *testing.T) {
	tree := mustBuild(t, validSmall())
	assert.Equal(t, 10, tree.Len())
	// Pre-order, children in input order, roots in input order.
	var got []org.ID
	for _, u := range tree.All() {
		got = append(got, u.ID)
	}
	want := []org.ID{"tw", "bd", "ta", "lt", "kp1", "kp2", "bn", "da", "dha", "hn"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pre-order (-want +got):\n%s", diff)
	}
	// Index agrees with All, parents come first, End delimits subtrees.
	for i, u := range tree.All() {
		j, ok := tree.Index(u.ID)
		require.True(t, ok)
		assert.Equal(t, i, j)
		if p := tree.ParentIndex(i); p >= 0 {
			assert.Less(t, p, i)
			assert.Equal(t, u.Parent, tree.UnitAt(p).ID)
			assert.Equal(t, tree.DepthAt(p)+1, tree.DepthAt(i))
		} else {
			assert.True(t, u.IsRoot())
		}
		assert.Equal(t, tree.Size(u.ID), tree.End(i)-i)
	}
}

func TestBuildCopiesInput(t *testing.T) {
	us := validSmall()
	tree := mustBuild(t, us)
	us[1].Name = "changed"
	u, _ := tree.Unit("tw")
	assert.Equal(t, "Trung ương Đoàn", u.Name)
	out := tree.Units()
	out[0].Name = "changed too"
	u, _ = tree.Unit("tw")
	assert.Equal(t, "Trung ương Đoàn", u.Name)
}

func TestBuildRebuildsFromUnits(t *testing.T) {
	tree := mustBuild(t, validSmall())
	again := mustBuild(t, tree.Units())
	if diff := cmp.Diff(tree.Units(), again.Units()); diff != "" {
		t.Errorf("rebuild (-want +got):\n%s", diff)
	}
}

func TestBuildEmpty(t *testing.T) {
	tree := mustBuild(t, nil)
	assert.Equal(t, 0, tree.Len())
	assert.Empty(t, ids(tree.Roots()))
	_, ok := tree.Unit("x")
	assert.False(t, ok)
	var nilTree *org.Tree
	assert.Equal(t, 0, nilTree.Len())
	assert.Empty(t, ids(nilTree.Roots()))
	assert.False(t, nilTree.Has("x"))
}

func TestBuildProblems(t *testing.T) {
	type want struct {
		row   int
		id    org.ID
		err   error
		field string
	}
	tests := []struct {
		name  string
		units []org.Unit
		want  []want
	}{
		{
			name: "duplicate id",
			units: []org.Unit{
				{ID: "a"}, {ID: "b", Parent: "a"}, {ID: "a", Parent: "b"},
			},
			want: []want{{3, "a", org.ErrDuplicateID, "id"}},
		},
		{
			name:  "unknown parent",
			units: []org.Unit{{ID: "a"}, {ID: "b", Parent: "zz"}, {ID: "c", Parent: "b"}},
			want:  []want{{2, "b", org.ErrUnknownParent, "parent_id"}},
		},
		{
			name:  "self parent",
			units: []org.Unit{{ID: "a", Parent: "a"}},
			want:  []want{{1, "a", org.ErrCycle, "parent_id"}},
		},
		{
			name: "two cycles and a unit hanging under one",
			units: []org.Unit{
				{ID: "r"},
				{ID: "c", Parent: "b"}, {ID: "b", Parent: "a"}, {ID: "a", Parent: "c"},
				{ID: "under", Parent: "a"},
				{ID: "y", Parent: "x"}, {ID: "x", Parent: "y"},
			},
			want: []want{
				{2, "c", org.ErrCycle, "parent_id"},
				{6, "y", org.ErrCycle, "parent_id"},
			},
		},
		{
			name:  "empty id",
			units: []org.Unit{{ID: ""}, {ID: " a"}, {ID: "b\x00"}},
			want: []want{
				{1, "", org.ErrID, "id"},
				{2, " a", org.ErrID, "id"},
				{3, "b\x00", org.ErrID, "id"},
			},
		},
		{
			name:  "bad kind",
			units: []org.Unit{{ID: "a", Kind: "Chi Đoàn"}},
			want:  []want{{1, "a", org.ErrKind, "kind"}},
		},
		{
			name:  "from after to",
			units: []org.Unit{{ID: "a", ValidFrom: d("2/1/2025"), ValidTo: d("1/1/2025")}},
			want:  []want{{1, "a", org.ErrValidity, "valid_to"}},
		},
		{
			name: "child outside parent",
			units: []org.Unit{
				{ID: "p", ValidFrom: d("1/1/2020"), ValidTo: d("30/6/2025")},
				{ID: "open", Parent: "p"},
				{ID: "early", Parent: "p", ValidFrom: d("1/1/2019"), ValidTo: d("1/1/2021")},
				{ID: "late", Parent: "p", ValidFrom: d("1/1/2021"), ValidTo: d("1/7/2025")},
				{ID: "inside", Parent: "p", ValidFrom: d("1/1/2020"), ValidTo: d("30/6/2025")},
			},
			want: []want{
				{2, "open", org.ErrValidity, ""},
				{3, "early", org.ErrValidity, ""},
				{4, "late", org.ErrValidity, ""},
			},
		},
		{
			name: "district union after the reform",
			units: []org.Unit{
				{ID: "ok", Kind: org.KindDistrictUnion, ValidTo: d("30/6/2025")},
				{ID: "open", Kind: org.KindDistrictUnion},
				{ID: "late", Kind: org.KindDistrictUnion, ValidTo: d("1/7/2025")},
				{ID: "new", Kind: org.KindDistrict, ValidFrom: d("1/7/2025")},
			},
			want: []want{
				{3, "late", org.ErrEra, "kind"},
				{4, "new", org.ErrEra, "kind"},
			},
		},
		{
			name: "admin code of the wrong era",
			units: []org.Unit{
				{ID: "old-ok", Kind: org.KindCommuneUnion, Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966"), ValidTo: d("30/6/2025")},
				{ID: "new-ok", Kind: org.KindCommuneUnion, Admin: admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"), ValidFrom: d("1/7/2025")},
				{ID: "open-ok", Kind: org.KindCommuneUnion, Admin: admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")},
				{ID: "old-late", Kind: org.KindCommuneUnion, Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966"), ValidFrom: d("1/7/2025")},
				{ID: "new-early", Kind: org.KindBranch, Admin: admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"), ValidTo: d("30/6/2025")},
			},
			want: []want{
				{4, "old-late", org.ErrEra, "admin_code"},
				{5, "new-early", org.ErrEra, "admin_code"},
			},
		},
		{
			name: "admin code of the wrong level",
			units: []org.Unit{
				{ID: "p", Kind: org.KindProvinceUnion, Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966")},
				{ID: "h", Kind: org.KindDistrictUnion, Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "725")},
				{ID: "x", Kind: org.KindCommune, Admin: admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")},
				{ID: "cd", Kind: org.KindBranch, Admin: admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")},
			},
			want: []want{
				{1, "p", org.ErrAdminLevel, "admin_code"},
				{3, "x", org.ErrAdminLevel, "admin_code"},
			},
		},
		{
			name: "admin code unknown or outside the parent's",
			units: []org.Unit{
				{ID: "td-bd", Kind: org.KindProvinceUnion, Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")},
				{ID: "thd-ta", Kind: org.KindDistrictUnion, Parent: "td-bd", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "725")},
				{ID: "lt", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966")},
				{ID: "hoi-lt", Kind: org.KindYouthFederation, Parent: "lt", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966")},
				{ID: "cd", Kind: org.KindBranch, Parent: "lt"},
				{ID: "hoi-bn", Kind: org.KindYouthFederation, Parent: "cd", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25984")},
				{ID: "da", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25942")},
				{ID: "hn", Kind: org.KindCommuneUnion, Parent: "td-bd", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "00004")},
				{ID: "none", Kind: org.KindCommuneUnion, Parent: "td-bd", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "99999")},
				{ID: "new", Kind: org.KindCommuneUnion, Parent: "td-bd", Admin: admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")},
			},
			want: []want{
				{6, "hoi-bn", org.ErrAdminParent, "admin_code"},
				{7, "da", org.ErrAdminParent, "admin_code"},
				{8, "hn", org.ErrAdminParent, "admin_code"},
				{9, "none", org.ErrAdminCode, "admin_code"},
			},
		},
		{
			name: "every problem at once",
			units: []org.Unit{
				{ID: "a", Parent: "nope"},
				{ID: "a"},
				{ID: "b", Parent: "b"},
				{ID: "c", Kind: "???", ValidFrom: d("2/1/2025"), ValidTo: d("1/1/2025")},
			},
			want: []want{
				{1, "a", org.ErrUnknownParent, "parent_id"},
				{2, "a", org.ErrDuplicateID, "id"},
				{3, "b", org.ErrCycle, "parent_id"},
				{4, "c", org.ErrKind, "kind"},
				{4, "c", org.ErrValidity, "valid_to"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := org.Build(tt.units)
			require.Error(t, err)
			assert.Nil(t, tree)
			var ce *org.CheckError
			require.ErrorAs(t, err, &ce)
			var got []want
			for _, p := range ce.Problems {
				got = append(got, want{p.Row, p.ID, p.Err, p.Field})
				assert.ErrorIs(t, err, p.Err)
				assert.Contains(t, p.Error(), "org: ")
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{}), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckErrorText(t *testing.T) {
	_, err := org.Build([]org.Unit{
		{ID: "a"}, {ID: "a"}, {ID: "c", Parent: "b"},
	})
	require.Error(t, err)
	assert.Equal(t,
		`org: 2 problems: row 2: unit "a": id "a": duplicate id: already used by row 1; `+
			`row 3: unit "c": parent_id "b": unknown parent: no unit has this id`,
		err.Error())

	_, err = org.Build([]org.Unit{{ID: "c", Parent: "b"}, {ID: "b", Parent: "c"}})
	assert.EqualError(t, err, `org: 1 problem: row 1: unit "c": parent_id "b": cycle: "c" → "b" → "c"`)

	_, err = org.Build([]org.Unit{
		{ID: "p", ValidTo: d("30/6/2025")}, {ID: "c", Parent: "p", ValidFrom: d("1/1/2025")},
	})
	assert.EqualError(t, err, `org: 1 problem: row 2: unit "c": validity: in force from 01/01/2025 on but its parent "p" only until 30/06/2025`)

	_, err = org.Build([]org.Unit{{ID: "p", Kind: org.KindProvinceUnion, ValidFrom: d("1/7/2025"),
		Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966")}})
	assert.EqualError(t, err, `org: 2 problems: `+
		`row 1: unit "p": admin_code "pre-2025:25966": wrong era: a pre-2025 code, but the unit is in force from 01/07/2025 on; `+
		`row 1: unit "p": admin_code "pre-2025:25966": wrong admin level: a commune code, but a Tỉnh đoàn serves a province`)

	_, err = org.Build([]org.Unit{
		{ID: "td-hn", Kind: org.KindProvinceUnion, Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "01")},
		{ID: "lt", Kind: org.KindCommuneUnion, Parent: "td-hn", Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966")},
		{ID: "x", Kind: org.KindCommuneUnion, Parent: "td-hn", Admin: admin.MustParseCode(admin.Era2025, admin.LevelCommune, "99999")},
	})
	assert.EqualError(t, err, `org: 2 problems: `+
		`row 2: unit "lt": admin_code "pre-2025:25966": outside the parent's admin unit: Phường Lái Thiêu (25966) is not in Thành phố Hà Nội (01), which "td-hn" serves; `+
		`row 3: unit "x": admin_code "2025:99999": unknown admin code: no 2025 unit has this code in the data of `+admin.DataVersion)

	var many []org.Unit
	for range 12 {
		many = append(many, org.Unit{ID: "x"})
	}
	_, err = org.Build(many)
	assert.Contains(t, err.Error(), "org: 11 problems: ")
	assert.Contains(t, err.Error(), "; and 1 more")
}

func TestWalks(t *testing.T) {
	tree := mustBuild(t, validSmall())
	tests := []struct {
		id          org.ID
		parent      org.ID
		ancestors   []org.ID
		children    []org.ID
		descendants []org.ID
		depth, size int
	}{
		{"tw", "", nil, []org.ID{"bd"}, []org.ID{"bd", "ta", "lt", "kp1", "kp2", "bn", "da", "dha"}, 0, 9},
		{"bd", "tw", []org.ID{"tw"}, []org.ID{"ta", "da"}, []org.ID{"ta", "lt", "kp1", "kp2", "bn", "da", "dha"}, 1, 8},
		{"lt", "ta", []org.ID{"ta", "bd", "tw"}, []org.ID{"kp1", "kp2"}, []org.ID{"kp1", "kp2"}, 3, 3},
		{"kp2", "lt", []org.ID{"lt", "ta", "bd", "tw"}, nil, nil, 4, 1},
		{"hn", "", nil, nil, nil, 0, 1},
		{"missing", "", nil, nil, nil, -1, 0},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			p, ok := tree.Parent(tt.id)
			assert.Equal(t, tt.parent != "", ok)
			assert.Equal(t, tt.parent, p.ID)
			assert.Equal(t, tt.ancestors, ids(tree.Ancestors(tt.id)))
			assert.Equal(t, tt.children, ids(tree.Children(tt.id)))
			assert.Equal(t, tt.descendants, ids(tree.Descendants(tt.id)))
			assert.Equal(t, tt.depth, tree.Depth(tt.id))
			assert.Equal(t, tt.size, tree.Size(tt.id))
			var path []org.ID
			for _, u := range tree.Path(tt.id) {
				path = append(path, u.ID)
			}
			if tt.depth >= 0 {
				want := slices.Clone(tt.ancestors)
				slices.Reverse(want)
				want = append(want, tt.id)
				assert.Equal(t, want, path)
			} else {
				assert.Nil(t, path)
			}
		})
	}
	assert.Equal(t, []org.ID{"tw", "hn"}, ids(tree.Roots()))
	assert.Equal(t, []org.ID{"kp1", "kp2", "bn", "dha", "hn"}, ids(tree.Leaves()))
}

func TestWalksStopEarly(t *testing.T) {
	tree := mustBuild(t, validSmall())
	seqs := map[string]func(func(org.Unit) bool){
		"Ancestors":   tree.Ancestors("kp1"),
		"Children":    tree.Children("bd"),
		"Descendants": tree.Descendants("tw"),
		"Roots":       tree.Roots(),
		"Leaves":      tree.Leaves(),
	}
	for name, seq := range seqs {
		n := 0
		for range seq {
			n++
			break
		}
		assert.Equal(t, 1, n, name)
	}
	n := 0
	for range tree.All() {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestCommonAncestor(t *testing.T) {
	tree := mustBuild(t, validSmall())
	tests := []struct {
		a, b org.ID
		want org.ID
	}{
		{"kp1", "kp2", "lt"},
		{"kp1", "bn", "ta"},
		{"kp1", "dha", "bd"},
		{"lt", "kp2", "lt"},
		{"kp2", "lt", "lt"},
		{"kp1", "kp1", "kp1"},
		{"kp1", "hn", ""},
		{"kp1", "nope", ""},
	}
	for _, tt := range tests {
		got, ok := tree.CommonAncestor(tt.a, tt.b)
		assert.Equal(t, tt.want != "", ok, "%s %s", tt.a, tt.b)
		assert.Equal(t, tt.want, got.ID, "%s %s", tt.a, tt.b)
	}
}

func TestIsAncestor(t *testing.T) {
	tree := mustBuild(t, validSmall())
	assert.True(t, tree.IsAncestor("tw", "kp1"))
	assert.True(t, tree.IsAncestor("lt", "kp1"))
	assert.False(t, tree.IsAncestor("kp1", "kp1"))
	assert.False(t, tree.IsAncestor("kp1", "lt"))
	assert.False(t, tree.IsAncestor("da", "kp1"))
	assert.False(t, tree.IsAncestor("hn", "kp1"))
	assert.False(t, tree.IsAncestor("nope", "kp1"))
}

func TestAt(t *testing.T) {
	tree := mustBuild(t, validSmall())
	tests := []struct {
		date string
		want []org.ID
	}{
		{"1/1/2019", []org.ID{"tw", "bd", "ta", "lt", "kp1", "kp2", "da", "dha", "hn"}},
		{"30/6/2025", []org.ID{"tw", "bd", "ta", "lt", "kp1", "kp2", "bn", "da", "dha", "hn"}},
		{"1/7/2025", []org.ID{"tw", "hn"}},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			at := tree.At(d(tt.date))
			var got []org.ID
			for i, u := range at.All() {
				got = append(got, u.ID)
				p := at.ParentIndex(i)
				if p >= 0 {
					assert.Equal(t, u.Parent, at.UnitAt(p).ID)
				}
			}
			assert.Equal(t, tt.want, got)
			rebuilt := mustBuild(t, at.Units())
			assert.Equal(t, at.Units(), rebuilt.Units())
		})
	}
	assert.Same(t, tree, tree.At(vietnam.Date{}))
}

func TestSubtree(t *testing.T) {
	tree := mustBuild(t, validSmall())
	sub, ok := tree.Subtree("ta")
	require.True(t, ok)
	assert.Equal(t, []org.ID{"ta"}, ids(sub.Roots()))
	assert.Equal(t, []org.ID{"lt", "kp1", "kp2", "bn"}, ids(sub.Descendants("ta")))
	assert.Equal(t, 0, sub.Depth("ta"))
	assert.Equal(t, 2, sub.Depth("kp1"))
	_, ok = tree.Subtree("nope")
	assert.False(t, ok)
	// The original keeps its parent link.
	u, _ := tree.Unit("ta")
	assert.Equal(t, org.ID("bd"), u.Parent)
}

func TestInForce(t *testing.T) {
	u := org.Unit{ValidFrom: d("1/1/2020"), ValidTo: d("30/6/2025")}
	for _, tt := range []struct {
		date string
		want bool
	}{{"31/12/2019", false}, {"1/1/2020", true}, {"30/6/2025", true}, {"1/7/2025", false}} {
		assert.Equal(t, tt.want, u.InForce(d(tt.date)), tt.date)
	}
	assert.True(t, u.InForce(vietnam.Date{}))
	assert.True(t, org.Unit{}.InForce(d("1/1/1900")))
}

func TestConcurrentReads(t *testing.T) {
	tree := mustBuild(t, validSmall())
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				assert.Equal(t, 8, len(ids(tree.Descendants("tw"))))
				_, ok := tree.Index(org.ID(fmt.Sprint("kp", g%2+1)))
				assert.True(t, ok)
				assert.Equal(t, 2, tree.At(d("1/7/2025")).Len())
			}
		}()
	}
	wg.Wait()
}

func TestProblemMatching(t *testing.T) {
	_, err := org.Build([]org.Unit{{ID: "a", Parent: "b"}})
	assert.ErrorIs(t, err, org.ErrUnknownParent)
	assert.NotErrorIs(t, err, org.ErrCycle)
	var p org.Problem
	require.True(t, errors.As(err, &p))
	assert.Equal(t, org.ID("a"), p.ID)
	assert.Equal(t, "b", p.Value)
}

// TestNoAllocs pins the promise of the package doc: lookups and walks
// allocate nothing.
func TestNoAllocs(t *testing.T) {
	tree := mustBuild(t, validSmall())
	n := 0
	walks := map[string]func(){
		"Index":      func() { i, _ := tree.Index("kp2"); n += i },
		"Unit":       func() { u, _ := tree.Unit("kp2"); n += u.Members },
		"Parent":     func() { u, _ := tree.Parent("kp2"); n += u.Members },
		"Depth":      func() { n += tree.Depth("kp2") },
		"Size":       func() { n += tree.Size("tw") },
		"IsAncestor": func() { _ = tree.IsAncestor("tw", "kp2") },
		"Common":     func() { u, _ := tree.CommonAncestor("kp1", "dha"); n += u.Members },
		"Descendants": func() {
			for u := range tree.Descendants("tw") {
				n += u.Members
			}
		},
		"Children": func() {
			for u := range tree.Children("bd") {
				n += u.Members
			}
		},
		"Ancestors": func() {
			for u := range tree.Ancestors("kp2") {
				n += u.Members
			}
		},
		"Roots": func() {
			for u := range tree.Roots() {
				n += u.Members
			}
		},
		"Leaves": func() {
			for u := range tree.Leaves() {
				n += u.Members
			}
		},
		"All": func() {
			for i, u := range tree.All() {
				n += i + u.Members
			}
		},
		"rollup": func() {
			for i := tree.Len() - 1; i >= 0; i-- {
				if p := tree.ParentIndex(i); p >= 0 {
					n += tree.End(p) + tree.DepthAt(i)
				}
			}
		},
	}
	for name, f := range walks {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
}

// A nil *Tree is an empty tree for every method that takes an ID.
func TestNilTree(t *testing.T) {
	var tree *org.Tree
	_, ok := tree.Unit("a")
	assert.False(t, ok)
	_, ok = tree.Parent("a")
	assert.False(t, ok)
	_, ok = tree.CommonAncestor("a", "b")
	assert.False(t, ok)
	_, ok = tree.Subtree("a")
	assert.False(t, ok)
	assert.False(t, tree.IsAncestor("a", "b"))
	assert.Equal(t, -1, tree.Depth("a"))
	assert.Equal(t, 0, tree.Size("a"))
	assert.Nil(t, tree.Path("a"))
	assert.Nil(t, tree.Units())
	assert.Nil(t, tree.At(d("1/1/2025")))
	for _, seq := range []func(func(org.Unit) bool){tree.Ancestors("a"), tree.Children("a"), tree.Descendants("a"), tree.Roots(), tree.Leaves()} {
		assert.Empty(t, ids(seq))
	}
	var buf strings.Builder
	require.NoError(t, tree.WriteCSV(&buf))
	assert.Equal(t, "id,parent_id,kind,name,admin_code,valid_from,valid_to,population,households,members\n", buf.String())
	newTree, mapping, err := org.Migrate(tree, org.MigrateOptions{})
	require.NoError(t, err)
	assert.Equal(t, 0, newTree.Len())
	assert.Equal(t, 0, mapping.Len())
}
