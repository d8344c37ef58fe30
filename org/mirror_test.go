package org_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestMirrorCountry builds the whole country on a day of each era and
// checks the tree against the directory it came from, unit by unit.
func TestMirrorCountry(t *testing.T) {
	for _, day := range []string{"15/6/2025", "15/7/2025"} {
		t.Run(day, func(t *testing.T) {
			dir := admin.At(d(day))
			tree, err := org.Mirror(dir)
			require.NoError(t, err)

			levels := []admin.Level{admin.LevelProvince, admin.LevelDistrict, admin.LevelCommune}
			want := 0
			for _, l := range levels {
				want += dir.Len(l)
			}
			assert.Equal(t, want, tree.Len())

			count := map[org.Kind]int{}
			for u := range tree.Roots() {
				assert.Equal(t, org.KindProvince, u.Kind)
			}
			for i, u := range tree.All() {
				count[u.Kind]++
				a, ok := dir.Unit(u.Admin)
				require.True(t, ok, u.ID)
				assert.Equal(t, org.IDFor(u.Kind, u.Admin), u.ID)
				assert.Equal(t, a.FullName(), u.Name)
				assert.True(t, u.InForce(d(day)))
				p := tree.ParentIndex(i)
				if a.Parent().IsZero() {
					assert.Equal(t, -1, p)
					continue
				}
				require.GreaterOrEqual(t, p, 0, u.ID)
				assert.Equal(t, a.Parent(), tree.UnitAt(p).Admin, u.ID)
			}
			assert.Equal(t, dir.Len(admin.LevelProvince), count[org.KindProvince])
			assert.Equal(t, dir.Len(admin.LevelDistrict), count[org.KindDistrict])
			assert.Equal(t, dir.Len(admin.LevelCommune), count[org.KindCommune])

			// The tree passes Build's checks (era, levels, validity).
			again, err := org.Build(tree.Units())
			require.NoError(t, err)
			assert.Equal(t, tree.Len(), again.Len())

			// And it is the only tree in force that day.
			assert.Equal(t, tree.Len(), tree.At(d(day)).Len())
		})
	}
}

func TestMirrorCountryCounts(t *testing.T) {
	// The published totals (see vietnam/admin): 63/696/10.035 before the
	// reform, 34/3.321 after.
	old, err := org.Mirror(admin.At(d("15/6/2025")))
	require.NoError(t, err)
	assert.Equal(t, 63+696+10035, old.Len())
	now, err := org.Mirror(admin.At(d("15/7/2025")))
	require.NoError(t, err)
	assert.Equal(t, 34+3321, now.Len())
	assert.Equal(t, 3321, countLeaves(now))
	assert.Equal(t, 0, now.At(d("15/6/2025")).Len())
	assert.Equal(t, 0, old.At(d("15/7/2025")).Len())
}

func countLeaves(t *org.Tree) int {
	n := 0
	for range t.Leaves() {
		n++
	}
	return n
}

func TestMirrorProvince(t *testing.T) {
	dir := admin.At(d("15/6/2025"))
	bd := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	tree, err := org.Mirror(dir, bd, bd)
	require.NoError(t, err)
	root, ok := tree.Unit("tinh@pre-2025:74")
	require.True(t, ok)
	assert.Equal(t, "Tỉnh Bình Dương", root.Name)
	assert.Equal(t, d("30/6/2025"), root.ValidTo)
	assert.Equal(t, []org.ID{"tinh@pre-2025:74"}, ids(tree.Roots()))
	lt, ok := tree.Unit("xa@pre-2025:25966")
	require.True(t, ok)
	assert.Equal(t, "Phường Lái Thiêu", lt.Name)
	p, _ := tree.Parent(lt.ID)
	assert.Equal(t, "Thành phố Thuận An", p.Name)

	n := 0
	for dist := range dir.Children(bd) {
		n++
		for range dir.Children(dist.Code()) {
			n++
		}
	}
	assert.Equal(t, n, tree.Size(root.ID)-1)

	_, err = org.Mirror(dir, admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79"))
	assert.ErrorIs(t, err, org.ErrProvince)
	assert.EqualError(t, err, `org: mirror: province "2025:79": not a province of the directory dated 15/06/2025`)
	_, err = org.Mirror(dir, admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "725"))
	assert.ErrorIs(t, err, org.ErrProvince)
}

func TestMirrorUnion(t *testing.T) {
	hcm := admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")
	tree, err := org.MirrorUnion(admin.At(d("15/7/2025")), hcm)
	require.NoError(t, err)
	root, ok := tree.Unit(org.IDFor(org.KindProvinceUnion, hcm))
	require.True(t, ok)
	assert.Equal(t, "Thành đoàn Thành phố Hồ Chí Minh", root.Name)
	assert.Equal(t, d("1/7/2025"), root.ValidFrom)
	lt, ok := tree.Unit("doan_xa@2025:25966")
	require.True(t, ok)
	assert.Equal(t, "Đoàn phường Lái Thiêu", lt.Name)
	assert.Equal(t, org.KindCommuneUnion, lt.Kind)
	assert.Equal(t, 1, tree.Depth(lt.ID))
	_, err = org.Build(tree.Units())
	require.NoError(t, err)
}

func TestUnionName(t *testing.T) {
	pre := admin.At(d("15/6/2025"))
	now := admin.At(d("15/7/2025"))
	tests := []struct {
		dir   *admin.Directory
		level admin.Level
		code  string
		want  string
	}{
		{now, admin.LevelProvince, "79", "Thành đoàn Thành phố Hồ Chí Minh"},
		{now, admin.LevelProvince, "19", "Tỉnh đoàn Thái Nguyên"},
		{pre, admin.LevelProvince, "74", "Tỉnh đoàn Bình Dương"},
		{pre, admin.LevelDistrict, "725", "Thành đoàn Thuận An"},
		{pre, admin.LevelDistrict, "760", "Quận đoàn 1"},
		{pre, admin.LevelDistrict, "720", "Huyện đoàn Dầu Tiếng"},
		{pre, admin.LevelCommune, "25966", "Đoàn phường Lái Thiêu"},
		{pre, admin.LevelCommune, "25777", "Đoàn thị trấn Dầu Tiếng"},
		{now, admin.LevelCommune, "25777", "Đoàn xã Dầu Tiếng"},
	}
	for _, tt := range tests {
		u, ok := tt.dir.Lookup(tt.level, tt.code)
		require.True(t, ok, tt.code)
		assert.Equal(t, tt.want, org.UnionName(u), tt.code)
	}
	assert.Equal(t, "", org.UnionName(admin.Unit{}))
}

func TestForAdmin(t *testing.T) {
	dir := admin.At(d("15/7/2025"))
	hcm := admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")
	gov, err := org.Mirror(dir, hcm)
	require.NoError(t, err)
	union, err := org.MirrorUnion(dir, hcm)
	require.NoError(t, err)
	both := mustBuild(t, append(gov.Units(), union.Units()...))

	lt := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	assert.Equal(t, []org.ID{"xa@2025:25966"}, ids(gov.ForAdmin(lt)))
	assert.Equal(t, []org.ID{"xa@2025:25966", "doan_xa@2025:25966"}, ids(both.ForAdmin(lt)))
	assert.Empty(t, ids(both.ForAdmin(admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966"))))
	assert.Empty(t, ids(both.ForAdmin(admin.Code{})))
	var nilTree *org.Tree
	assert.Empty(t, ids(nilTree.ForAdmin(lt)))
	// Every unit of the mirror is found by its own code.
	for _, u := range gov.All() {
		assert.Equal(t, []org.ID{u.ID}, ids(gov.ForAdmin(u.Admin)))
	}
	// Trees made by At and Subtree answer too.
	sub, _ := both.Subtree("doan_xa@2025:25966")
	assert.Equal(t, []org.ID{"doan_xa@2025:25966"}, ids(sub.ForAdmin(lt)))
	assert.Equal(t, 2, len(ids(both.At(d("1/8/2025")).ForAdmin(lt))))
}

func TestMirrorNilDirectory(t *testing.T) {
	got, err := org.Mirror(nil)
	require.NoError(t, err)
	want, err := org.Mirror(admin.Current())
	require.NoError(t, err)
	assert.Equal(t, want.Units(), got.Units())
}
