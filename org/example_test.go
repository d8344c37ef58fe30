package org_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// binhDuong is the Youth Union of one ward of Bình Dương before the reform.
func binhDuong() []org.Unit {
	end := vietnam.MustParseDate("30/6/2025")
	return []org.Unit{
		{ID: "td-bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, ValidTo: end},
		{ID: "thd-ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "td-bd", ValidTo: end},
		{ID: "dp-lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "thd-ta", ValidTo: end, Members: 420},
		{ID: "cd-kp1", Name: "Chi đoàn khu phố Bình Đức 1", Kind: org.KindBranch, Parent: "dp-lt", ValidTo: end, Members: 35},
		{ID: "cd-kp2", Name: "Chi đoàn khu phố Bình Đức 2", Kind: org.KindBranch, Parent: "dp-lt", ValidTo: end, Members: 28},
		{ID: "cnscd-kp1", Name: "Tổ công nghệ số cộng đồng khu phố Bình Đức 1", Kind: org.KindCommunityDigitalTeam, Parent: "cd-kp1", ValidTo: end},
	}
}

func ExampleBuild() {
	tree, err := org.Build(binhDuong())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tree.Len(), "units")
	for u := range tree.Descendants("thd-ta") {
		fmt.Printf("%*s%s (%s)\n", 2*tree.Depth(u.ID), "", u.Name, u.Kind.Label(vietnam.Vietnamese))
	}
	// Output:
	// 6 units
	//     Đoàn phường Lái Thiêu (Đoàn xã)
	//       Chi đoàn khu phố Bình Đức 1 (Chi đoàn)
	//         Tổ công nghệ số cộng đồng khu phố Bình Đức 1 (Tổ công nghệ số cộng đồng)
	//       Chi đoàn khu phố Bình Đức 2 (Chi đoàn)
}

func ExampleBuild_problems() {
	_, err := org.Build([]org.Unit{
		{ID: "dp-lt", Name: "Đoàn phường Lái Thiêu", Parent: "thd-ta"},
		{ID: "cd-1", Parent: "dp-lt"},
		{ID: "cd-1", Parent: "dp-lt"},
		{ID: "a", Parent: "b"},
		{ID: "b", Parent: "a"},
	})
	var ce *org.CheckError
	if errors.As(err, &ce) {
		for _, p := range ce.Problems {
			fmt.Println(p)
		}
	}
	fmt.Println(errors.Is(err, org.ErrCycle))
	// Output:
	// org: row 1: unit "dp-lt": parent_id "thd-ta": unknown parent: no unit has this id
	// org: row 3: unit "cd-1": id "cd-1": duplicate id: already used by row 2
	// org: row 4: unit "a": parent_id "b": cycle: "a" → "b" → "a"
	// true
}

func ExampleTree_Ancestors() {
	tree, _ := org.Build(binhDuong())
	for u := range tree.Ancestors("cnscd-kp1") {
		fmt.Println(u.Name)
	}
	// Output:
	// Chi đoàn khu phố Bình Đức 1
	// Đoàn phường Lái Thiêu
	// Thành đoàn Thuận An
	// Tỉnh đoàn Bình Dương
}

func ExampleTree_Path() {
	tree, _ := org.Build(binhDuong())
	for _, u := range tree.Path("cd-kp2") {
		fmt.Print(u.ID, " / ")
	}
	fmt.Println()
	// Output:
	// td-bd / thd-ta / dp-lt / cd-kp2 /
}

func ExampleTree_Children() {
	tree, _ := org.Build(binhDuong())
	for u := range tree.Children("dp-lt") {
		fmt.Println(u.Name, u.Members)
	}
	// Output:
	// Chi đoàn khu phố Bình Đức 1 35
	// Chi đoàn khu phố Bình Đức 2 28
}

func ExampleTree_Descendants() {
	tree, _ := org.Build(binhDuong())
	branches := 0
	for u := range tree.Descendants("td-bd") {
		if u.Kind == org.KindBranch {
			branches++
		}
	}
	fmt.Println(branches, "branches")
	// Output:
	// 2 branches
}

func ExampleTree_Parent() {
	tree, _ := org.Build(binhDuong())
	p, ok := tree.Parent("dp-lt")
	fmt.Println(p.Name, ok)
	_, ok = tree.Parent("td-bd")
	fmt.Println(ok)
	// Output:
	// Thành đoàn Thuận An true
	// false
}

func ExampleTree_Roots() {
	tree, _ := org.Build(append(binhDuong(), org.Unit{ID: "td-hn", Name: "Thành đoàn Hà Nội", Kind: org.KindProvinceUnion}))
	for u := range tree.Roots() {
		fmt.Println(u.Name)
	}
	// Output:
	// Tỉnh đoàn Bình Dương
	// Thành đoàn Hà Nội
}

func ExampleTree_Leaves() {
	tree, _ := org.Build(binhDuong())
	for u := range tree.Leaves() {
		fmt.Println(u.ID)
	}
	// Output:
	// cnscd-kp1
	// cd-kp2
}

func ExampleTree_Depth() {
	tree, _ := org.Build(binhDuong())
	fmt.Println(tree.Depth("td-bd"), tree.Depth("cd-kp1"), tree.Depth("nope"))
	// Output:
	// 0 3 -1
}

func ExampleTree_Size() {
	tree, _ := org.Build(binhDuong())
	fmt.Println(tree.Size("td-bd"), tree.Size("dp-lt"), tree.Size("cd-kp2"))
	// Output:
	// 6 4 1
}

func ExampleTree_CommonAncestor() {
	tree, _ := org.Build(binhDuong())
	u, ok := tree.CommonAncestor("cnscd-kp1", "cd-kp2")
	fmt.Println(u.Name, ok)
	// Output:
	// Đoàn phường Lái Thiêu true
}

func ExampleTree_IsAncestor() {
	tree, _ := org.Build(binhDuong())
	fmt.Println(tree.IsAncestor("thd-ta", "cd-kp2"), tree.IsAncestor("cd-kp2", "thd-ta"))
	// Output:
	// true false
}

func ExampleTree_At() {
	units := append(binhDuong(),
		org.Unit{ID: "td-hcm", Name: "Thành đoàn Thành phố Hồ Chí Minh", Kind: org.KindProvinceUnion},
		org.Unit{ID: "dp-lt-2025", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "td-hcm",
			ValidFrom: vietnam.MustParseDate("1/7/2025")},
	)
	tree, _ := org.Build(units)
	for _, day := range []string{"15/6/2025", "15/7/2025"} {
		fmt.Println(day, tree.At(vietnam.MustParseDate(day)).Len(), "units")
	}
	// Output:
	// 15/6/2025 7 units
	// 15/7/2025 2 units
}

func ExampleTree_Subtree() {
	tree, _ := org.Build(binhDuong())
	ward, _ := tree.Subtree("dp-lt")
	for u := range ward.Roots() {
		fmt.Println(u.Name, ward.Len())
	}
	// Output:
	// Đoàn phường Lái Thiêu 4
}

// Rolling members up the tree needs no recursion: parents come before
// their children, so one backward loop over indexes adds every subtree.
func ExampleTree_ParentIndex() {
	tree, _ := org.Build(binhDuong())
	total := make([]int, tree.Len())
	for i := tree.Len() - 1; i >= 0; i-- {
		total[i] += tree.UnitAt(i).Members
		if p := tree.ParentIndex(i); p >= 0 {
			total[p] += total[i]
		}
	}
	i, _ := tree.Index("td-bd")
	fmt.Println(total[i], "members")
	// Output:
	// 483 members
}

// A subtree is a range of indexes, so a sum over it is a slice loop.
func ExampleTree_End() {
	tree, _ := org.Build(binhDuong())
	i, _ := tree.Index("dp-lt")
	members := 0
	for j := i; j < tree.End(i); j++ {
		members += tree.UnitAt(j).Members
	}
	fmt.Println(members)
	// Output:
	// 483
}

func ExampleTree_All() {
	tree, _ := org.Build(binhDuong()[:3])
	for i, u := range tree.All() {
		fmt.Println(i, tree.DepthAt(i), u.ID)
	}
	// Output:
	// 0 0 td-bd
	// 1 1 thd-ta
	// 2 2 dp-lt
}

func ExampleUnit_InForce() {
	u := org.Unit{Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, ValidTo: vietnam.MustParseDate("30/6/2025")}
	fmt.Println(u.InForce(vietnam.MustParseDate("30/6/2025")), u.InForce(vietnam.MustParseDate("1/7/2025")))
	// Output:
	// true false
}

func ExampleParseKind() {
	for _, s := range []string{"Thành đoàn", "chi doan", "Tổ công nghệ số cộng đồng", "clb_tin_hoc", "Câu lạc bộ"} {
		k, err := org.ParseKind(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s / %s (%s)\n", k, k.Label(vietnam.Vietnamese), k.Label(vietnam.English), k.Family())
	}
	// Output:
	// tinh_doan: Tỉnh đoàn / Provincial Youth Union (youth union)
	// chi_doan: Chi đoàn / Youth Union branch (youth union)
	// to_cong_nghe_so: Tổ công nghệ số cộng đồng / Community digital technology team (volunteer)
	// clb_tin_hoc: clb_tin_hoc / clb_tin_hoc (custom)
	// org: kind "Câu lạc bộ": not a kind: no built-in kind has this name, and a custom code starts with a lower-case ASCII letter
}

func ExampleKinds() {
	for _, k := range org.Kinds()[:6] {
		fmt.Println(k.Label(vietnam.Vietnamese))
	}
	// Output:
	// Trung ương Đoàn
	// Tỉnh đoàn
	// Huyện đoàn
	// Đoàn xã
	// Đoàn cơ sở
	// Chi đoàn
}

func ExampleTree_Index() {
	tree, _ := org.Build(binhDuong())
	// Per-unit data in a plain slice, indexed like the tree.
	done := make([]bool, tree.Len())
	i, ok := tree.Index("cd-kp2")
	done[i] = true
	fmt.Println(i, ok, tree.UnitAt(i).Name)
	_, ok = tree.Index("nope")
	fmt.Println(ok)
	// Output:
	// 5 true Chi đoàn khu phố Bình Đức 2
	// false
}

func ExampleTree_Unit() {
	tree, _ := org.Build(binhDuong())
	u, ok := tree.Unit("dp-lt")
	fmt.Println(u.Name, u.Kind.Label(vietnam.Vietnamese), u.Members, ok)
	fmt.Println(tree.Has("dp-lt"), tree.Has("nope"))
	// Output:
	// Đoàn phường Lái Thiêu Đoàn xã 420 true
	// true false
}

func ExampleMirror() {
	// The government tree of Thái Nguyên after the reform: the province
	// and its communes, with no district level.
	dir := admin.At(vietnam.MustParseDate("15/7/2025"))
	tn := admin.MustParseCode(admin.Era2025, admin.LevelProvince, "19")
	tree, err := org.Mirror(dir, tn)
	if err != nil {
		fmt.Println(err)
		return
	}
	root := org.IDFor(org.KindProvince, tn)
	u, _ := tree.Unit(root)
	fmt.Println(u.Name, "—", tree.Size(root)-1, "communes, from", u.ValidFrom)

	// The whole country on a day before the reform.
	old, _ := org.Mirror(admin.At(vietnam.MustParseDate("15/6/2025")))
	fmt.Println(old.Len(), "units before the reform")
	// Output:
	// Tỉnh Thái Nguyên — 92 communes, from 01/07/2025
	// 10794 units before the reform
}

func ExampleMirrorUnion() {
	dir := admin.At(vietnam.MustParseDate("15/6/2025"))
	bd := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	tree, _ := org.MirrorUnion(dir, bd)
	for u := range tree.Children(org.IDFor(org.KindProvinceUnion, bd)) {
		fmt.Println(u.Name)
	}
	// Output:
	// Thành đoàn Thủ Dầu Một
	// Huyện đoàn Bàu Bàng
	// Huyện đoàn Dầu Tiếng
	// Thành đoàn Bến Cát
	// Huyện đoàn Phú Giáo
	// Thành đoàn Tân Uyên
	// Thành đoàn Dĩ An
	// Thành đoàn Thuận An
	// Huyện đoàn Bắc Tân Uyên
}

func ExampleIDFor() {
	fmt.Println(org.IDFor(org.KindCommuneUnion, admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")))
	fmt.Println(org.IDFor(org.KindProvince, admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")))
	// Output:
	// doan_xa@2025:25966
	// tinh@pre-2025:74
}

func ExampleUnionName() {
	dir := admin.At(vietnam.MustParseDate("15/7/2025"))
	for _, code := range []string{"79", "19"} {
		u, _ := dir.Lookup(admin.LevelProvince, code)
		fmt.Println(org.UnionName(u))
	}
	u, _ := dir.Lookup(admin.LevelCommune, "25966")
	fmt.Println(org.UnionName(u))
	// Output:
	// Thành đoàn Thành phố Hồ Chí Minh
	// Tỉnh đoàn Thái Nguyên
	// Đoàn phường Lái Thiêu
}

// migrationFixture is Tỉnh đoàn Bình Dương on 30/6/2025 with two wards of
// Thuận An that the reform merged into one.
func migrationFixture() *org.Tree {
	end := vietnam.MustParseDate("30/6/2025")
	pre := func(l admin.Level, c string) admin.Code { return admin.MustParseCode(admin.EraPre2025, l, c) }
	tree, err := org.Build([]org.Unit{
		{ID: "td-bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, Admin: pre(admin.LevelProvince, "74"), ValidTo: end},
		{ID: "thd-ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "td-bd", Admin: pre(admin.LevelDistrict, "725"), ValidTo: end},
		{ID: "dp-lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(admin.LevelCommune, "25966"), ValidTo: end, Members: 400},
		{ID: "cd-kp1", Name: "Chi đoàn khu phố Bình Đức 1", Kind: org.KindBranch, Parent: "dp-lt", ValidTo: end},
		{ID: "dp-bn", Name: "Đoàn phường Bình Nhâm", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(admin.LevelCommune, "25984"), ValidTo: end, Members: 250},
		{ID: "dp-vp", Name: "Đoàn phường Vĩnh Phú", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(admin.LevelCommune, "25990"), ValidTo: end},
	})
	if err != nil {
		panic(err)
	}
	return tree
}

func ExampleMigrate() {
	old := migrationFixture()
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range tree.All() {
		fmt.Printf("%*s%s (%s) %d\n", 2*tree.Depth(u.ID), "", u.Name, u.ID, u.Members)
	}
	for mv := range mapping.Moves() {
		fmt.Println(mv.Old, mv.Outcome, mv.New)
	}
	// Output:
	// Thành đoàn Thành phố Hồ Chí Minh (tinh_doan@2025:79) 0
	//   Đoàn phường Lái Thiêu (dp-lt) 650
	//     Chi đoàn khu phố Bình Đức 1 (cd-kp1) 0
	// td-bd merged tinh_doan@2025:79
	// thd-ta closed tinh_doan@2025:79
	// dp-lt kept dp-lt
	// cd-kp1 kept cd-kp1
	// dp-bn merged dp-lt
	// dp-vp pending
}

// A split ward waits for a decision; Choices settles it.
func ExampleMigrate_choices() {
	old := migrationFixture()
	_, mapping, _ := org.Migrate(old, org.MigrateOptions{})
	for _, mv := range mapping.Pending() {
		fmt.Println(mv.Old, mv.Candidates)
	}
	binhHoa := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25987")
	tree, mapping, _ := org.Migrate(old, org.MigrateOptions{Choices: map[org.ID]admin.Code{"dp-vp": binhHoa}})
	id, _ := mapping.New("dp-vp")
	u, _ := tree.Unit(id)
	fmt.Println(id, u.Name)
	// Output:
	// dp-vp [25966 25987]
	// doan_xa@2025:25987 Đoàn phường Bình Hòa
}

// Metrics carries a record of an old unit to the new one with New, and
// sums old targets into a new unit with Sources.
func ExampleMapping_New() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	for _, old := range []org.ID{"dp-bn", "cd-kp1", "thd-ta", "dp-vp"} {
		id, ok := mapping.New(old)
		fmt.Println(old, "→", id, ok)
	}
	fmt.Println(mapping.Sources("dp-lt"))
	// Output:
	// dp-bn → dp-lt true
	// cd-kp1 → cd-kp1 true
	// thd-ta → tinh_doan@2025:79 true
	// dp-vp →  false
	// [dp-lt dp-bn]
}

func ExampleMapping_Move() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	mv, _ := mapping.Move("dp-vp")
	fmt.Println(mv.Outcome, mv.From, mv.Reason)
	// Output:
	// pending 25990 split among Phường Lái Thiêu (25966), Phường Bình Hòa (25987); choose one in MigrateOptions.Choices
}

func ExampleReadCSV() {
	in := `id,parent_id,kind,name,admin_code,valid_from,valid_to,members
td-bd,,Tỉnh đoàn,Tỉnh đoàn Bình Dương,pre-2025:74,,30/6/2025,
dp-lt,td-bd,Đoàn phường,Đoàn phường Lái Thiêu,25966,,30/6/2025,420
cd-1,dp-lt,Chi đoàn,Chi đoàn khu phố 1,,,30/6/2025,35
`
	tree, err := org.ReadCSV(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	u, _ := tree.Unit("dp-lt")
	fmt.Println(tree.Len(), u.Kind, u.Admin, u.Admin.Era(), u.Members)

	bad := `id,parent_id,kind,valid_to
a,,chi_doan,31/6/2025
b,zz,chi_doan,
a,,Câu lạc bộ,
`
	_, err = org.ReadCSV(strings.NewReader(bad))
	var ce *org.CheckError
	if errors.As(err, &ce) {
		for _, p := range ce.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// 3 doan_xa 25966 pre-2025 420
	// org: row 2: unit "a": valid_to "31/6/2025": syntax: not a date
	// org: row 3: unit "b": parent_id "zz": unknown parent: no unit has this id
	// org: row 4: unit "a": kind "Câu lạc bộ": not a kind: neither a built-in kind nor a custom code
	// org: row 4: unit "a": id "a": duplicate id: already used by row 2
}

func ExampleTree_WriteCSV() {
	tree, _ := org.Build(binhDuong()[:3])
	_ = tree.WriteCSV(os.Stdout)
	// Output:
	// id,parent_id,kind,name,admin_code,valid_from,valid_to,population,households,members
	// td-bd,,tinh_doan,Tỉnh đoàn Bình Dương,,,2025-06-30,,,
	// thd-ta,td-bd,huyen_doan,Thành đoàn Thuận An,,,2025-06-30,,,
	// dp-lt,thd-ta,doan_xa,Đoàn phường Lái Thiêu,,,2025-06-30,,,420
}

func ExampleTree_WriteJSON() {
	tree, _ := org.Build(binhDuong()[:2])
	_ = tree.WriteJSON(os.Stdout)
	// Output:
	// {"units": [
	//   {"id":"td-bd","name":"Tỉnh đoàn Bình Dương","kind":"tinh_doan","valid_to":"2025-06-30"},
	//   {"id":"thd-ta","name":"Thành đoàn Thuận An","kind":"huyen_doan","parent_id":"td-bd","valid_to":"2025-06-30"}
	// ]}
}

func ExampleReadJSON() {
	in := `{"units": [
  {"id": "dp-lt", "name": "Đoàn phường Lái Thiêu", "kind": "doan_xa", "admin_code": "2025:25966", "valid_from": "2025-07-01"},
  {"id": "cd-1", "name": "Chi đoàn khu phố 1", "kind": "chi_doan", "parent_id": "dp-lt", "members": 35}
]}`
	_, err := org.ReadJSON(strings.NewReader(in))
	fmt.Println(err)
	// Output:
	// org: 1 problem: row 2: unit "cd-1": validity: in force always but its parent "dp-lt" only from 01/07/2025 on
}

func ExampleTree_Units() {
	tree, _ := org.Build(binhDuong())
	units := tree.Units() // a copy, in pre-order
	units[0].Name = "renamed"
	u, _ := tree.Unit("td-bd")
	fmt.Println(len(units), u.Name)
	// Output:
	// 6 Tỉnh đoàn Bình Dương
}

func ExampleKind_Label() {
	fmt.Println(org.KindLiteracyTeam.Label(vietnam.Vietnamese))
	fmt.Println(org.KindLiteracyTeam.Label(vietnam.English))
	fmt.Println(org.KindLiteracyTeam.Family())
	fmt.Println(org.Kind("clb_tin_hoc").Family(), org.KindUnknown)
	// Output:
	// Đội hình Bình dân học vụ số
	// Digital literacy team
	// volunteer
	// custom unknown
}

// A learner's address resolved to a commune finds the units it counts for.
func ExampleTree_ForAdmin() {
	dir := admin.At(vietnam.MustParseDate("15/7/2025"))
	hcm := admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")
	tree, _ := org.MirrorUnion(dir, hcm)
	laiThieu := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	for u := range tree.ForAdmin(laiThieu) {
		p, _ := tree.Parent(u.ID)
		fmt.Println(u.Name, "→", p.Name)
	}
	// Output:
	// Đoàn phường Lái Thiêu → Thành đoàn Thành phố Hồ Chí Minh
}

func ExampleNewGroupSet() {
	tree, _ := org.Build(binhDuong())
	area, err := org.NewGroupSet(tree, "khu vực", map[string][]org.ID{
		"đô thị": {"dp-lt"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	g, _ := area.Inherited("cnscd-kp1") // the team counts with its ward
	fmt.Println(g)
	for u := range area.Ungrouped() {
		fmt.Println("ungrouped:", u.Name)
	}
	// Output:
	// đô thị
	// ungrouped: Tỉnh đoàn Bình Dương
	// ungrouped: Thành đoàn Thuận An
}

func ExampleMapping_WriteCSV() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	_ = mapping.WriteCSV(os.Stdout)
	// Output:
	// old_id,outcome,new_id,from,to,candidates,reason
	// td-bd,merged,tinh_doan@2025:79,pre-2025:74,2025:79,,"merged into ""Thành đoàn Thành phố Hồ Chí Minh"""
	// thd-ta,closed,tinh_doan@2025:79,pre-2025:725,,,the district level ended on 30/06/2025
	// dp-lt,kept,dp-lt,pre-2025:25966,2025:25966,,
	// cd-kp1,kept,cd-kp1,,,,
	// dp-bn,merged,dp-lt,pre-2025:25984,2025:25966,,"merged into ""Đoàn phường Lái Thiêu"""
	// dp-vp,pending,,pre-2025:25990,,2025:25966 2025:25987,"split among Phường Lái Thiêu (25966), Phường Bình Hòa (25987); choose one in MigrateOptions.Choices"
}

func ExampleGroupSet_Members() {
	tree, _ := org.Build(binhDuong())
	blocs, err := org.NewGroupSet(tree, "khối", map[string][]org.ID{
		"khu dân cư": {"cd-kp1", "cd-kp2"},
		"phường":     {"dp-lt"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(blocs.Name(), blocs.Groups())
	for u := range blocs.Members("khu dân cư") {
		fmt.Println(" ", u.Name)
	}
	// Of reads the unit's own group; Inherited falls back to an ancestor's.
	own, ok := blocs.Of("cnscd-kp1")
	fmt.Printf("%q %v\n", own, ok)
	inh, ok := blocs.Inherited("cnscd-kp1")
	fmt.Printf("%q %v\n", inh, ok)

	// A unit put in two groups is reported, with the group it came from.
	_, err = org.NewGroupSet(tree, "khối", map[string][]org.ID{"a": {"dp-lt"}, "b": {"dp-lt", "zz"}})
	fmt.Println(errors.Is(err, org.ErrGroup))
	// Output:
	// khối [khu dân cư phường]
	//   Chi đoàn khu phố Bình Đức 1
	//   Chi đoàn khu phố Bình Đức 2
	// "" false
	// "khu dân cư" true
	// true
}

func ExampleMustParseKind() {
	// For literals; ParseKind for input. Names and codes both work.
	for _, k := range []org.Kind{org.MustParseKind("Đoàn phường"), org.MustParseKind("to_cong_nghe_so"), org.MustParseKind("clb_tin_hoc")} {
		fmt.Println(k, k.IsBuiltin(), k.Family())
	}
	// Output:
	// doan_xa true youth union
	// to_cong_nghe_so true volunteer
	// clb_tin_hoc false custom
}

// A commune the reform split among several new ones waits for a decision,
// so Xã Bàu Bàng, made only of split parts, gets no union. SettleSplits
// applies the provinces' rule and says why in each Move.
func ExampleMigrateOptions_settleSplits() {
	binhDuong := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	old, _ := org.MirrorUnion(admin.At(vietnam.MustParseDate("30/6/2025")), binhDuong)
	bauBang := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25822")

	for _, settle := range []bool{false, true} {
		tree, mapping, err := org.Migrate(old, org.MigrateOptions{SettleSplits: settle})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("SettleSplits %v: %d pending\n", settle, len(mapping.Pending()))
		for u := range tree.ForAdmin(bauBang) {
			fmt.Println(u.Name, "from:")
			for _, id := range mapping.Sources(u.ID) {
				mv, _ := mapping.Move(id)
				fmt.Printf("  %s: %s\n", id, mv.Reason)
			}
		}
	}
	// Output:
	// SettleSplits false: 16 pending
	// SettleSplits true: 15 pending
	// Đoàn xã Bàu Bàng from:
	//   doan_xa@pre-2025:25822: split among Xã Trừ Văn Thố (25819), Xã Bàu Bàng (25822); goes with Xã Bàu Bàng (25822), which no other unit went into (MigrateOptions.SettleSplits)
}

// After the reform a report can keep the old view: a record of a new ward
// counts for the lowest old union that holds all it came from.
func ExampleMapping_Old() {
	binhDuong := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	old, _ := org.MirrorUnion(admin.At(vietnam.MustParseDate("30/6/2025")), binhDuong)
	tree, mapping, _ := org.Migrate(old, org.MigrateOptions{SettleSplits: true})
	for _, code := range []string{"79", "25966", "25822"} {
		level := admin.LevelCommune
		if len(code) == 2 {
			level = admin.LevelProvince
		}
		for u := range tree.ForAdmin(admin.MustParseCode(admin.Era2025, level, code)) {
			id, _ := mapping.Old(u.ID)
			was, _ := old.Unit(id)
			fmt.Printf("%s → %s\n", u.Name, was.Name)
		}
	}
	// Output:
	// Thành đoàn Thành phố Hồ Chí Minh → Tỉnh đoàn Bình Dương
	// Đoàn phường Lái Thiêu → Thành đoàn Thuận An
	// Đoàn xã Bàu Bàng → Đoàn thị trấn Lai Uyên
}

// A province keeps its decisions on split communes by commune code;
// ChoicesByCommune turns them into Choices for the units that serve them.
func ExampleChoicesByCommune() {
	old := migrationFixture()
	vinhPhu, _ := old.Unit("dp-vp")
	binhHoa := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25987")
	choices, err := org.ChoicesByCommune(old, nil, map[admin.Code]admin.Code{vinhPhu.Admin: binhHoa})
	fmt.Println(choices, err)
	baDinh := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "00004")
	_, err = org.ChoicesByCommune(old, nil, map[admin.Code]admin.Code{vinhPhu.Admin: baDinh})
	fmt.Println(errors.Is(err, org.ErrChoice))
	// Output:
	// map[dp-vp:25987] <nil>
	// true
}

// While a split commune waits for a decision, its records count for the
// new unit of its nearest ancestor that has one.
func ExampleMapping_Nearest() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	fmt.Println(mapping.New("dp-vp"))
	fmt.Println(mapping.Nearest("dp-vp"))
	// Output:
	//  false
	// tinh_doan@2025:79 true
}

func ExampleTree_Len() {
	tree, _ := org.Build(binhDuong())
	fmt.Println(tree.Len())
	// Output: 6
}

func ExampleTree_Has() {
	tree, _ := org.Build(binhDuong())
	fmt.Println(tree.Has("dp-lt"), tree.Has("dp-an-phu"))
	// Output: true false
}

func ExampleTree_UnitAt() {
	tree, _ := org.Build(binhDuong())
	for i := range tree.Len() {
		u := tree.UnitAt(i)
		fmt.Println(i, u.ID, u.Members)
	}
	// Output:
	// 0 td-bd 0
	// 1 thd-ta 0
	// 2 dp-lt 420
	// 3 cd-kp1 35
	// 4 cnscd-kp1 0
	// 5 cd-kp2 28
}

func ExampleTree_DepthAt() {
	tree, _ := org.Build(binhDuong())
	for i := range tree.Len() {
		fmt.Printf("%*s%s\n", 2*tree.DepthAt(i), "", tree.UnitAt(i).Name)
	}
	// Output:
	// Tỉnh đoàn Bình Dương
	//   Thành đoàn Thuận An
	//     Đoàn phường Lái Thiêu
	//       Chi đoàn khu phố Bình Đức 1
	//         Tổ công nghệ số cộng đồng khu phố Bình Đức 1
	//       Chi đoàn khu phố Bình Đức 2
}

func ExampleUnit_IsRoot() {
	tree, _ := org.Build(binhDuong())
	for _, id := range []org.ID{"td-bd", "dp-lt"} {
		u, _ := tree.Unit(id)
		fmt.Println(u.Name, u.IsRoot())
	}
	// Output:
	// Tỉnh đoàn Bình Dương true
	// Đoàn phường Lái Thiêu false
}

func ExampleUnit_Equal() {
	a := org.Unit{ID: "dp-lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Members: 420}
	b := a
	b.Members = 650 // after Bình Nhâm merged in
	fmt.Println(a.Equal(a), a.Equal(b))
	// Output: true false
}

func ExampleKind_String() {
	fmt.Println(org.KindCommuneUnion, org.KindUnknown, org.Kind("clb_tin_hoc"), org.Kind("CLB Tin học"))
	// Output: doan_xa unknown clb_tin_hoc Kind("CLB Tin học")
}

func ExampleKind_Family() {
	for _, k := range []org.Kind{org.KindBranch, org.KindYouthFederation, org.KindCommunityDigitalTeam, org.KindCommune,
		org.KindYoungPioneers, org.KindOneStopPoint, org.KindPartner, "clb_tin_hoc", org.KindUnknown} {
		fmt.Println(k, k.Family())
	}
	// Output:
	// chi_doan youth union
	// hoi_lhtn youth federation
	// to_cong_nghe_so volunteer
	// xa administrative
	// doi_thieu_nien young pioneers
	// bo_phan_mot_cua state
	// doi_tac partner
	// clb_tin_hoc custom
	// unknown unknown
}

func ExampleKind_IsBuiltin() {
	fmt.Println(org.KindLiteracyTeam.IsBuiltin(), org.Kind("clb_tin_hoc").IsBuiltin())
	// Output: true false
}

func ExampleKind_IsValid() {
	for _, k := range []org.Kind{org.KindBranch, "clb_tin_hoc", "CLB Tin học", org.KindUnknown} {
		fmt.Printf("%q %v\n", string(k), k.IsValid())
	}
	// Output:
	// "chi_doan" true
	// "clb_tin_hoc" true
	// "CLB Tin học" false
	// "" false
}

func ExampleKind_MarshalText() {
	b, err := org.MustParseKind("Thành đoàn").MarshalText()
	fmt.Println(string(b), err)
	// Output: tinh_doan <nil>
}

func ExampleKind_UnmarshalText() {
	// The "Loại đơn vị" column of a Thái Nguyên union's spreadsheet.
	for _, s := range []string{"Đoàn phường", "chi doan", "Tổ công nghệ số cộng đồng", "Ấp", "Đoàn xã (cũ)"} {
		var k org.Kind
		err := k.UnmarshalText([]byte(s))
		fmt.Printf("%s → %s %v\n", s, k, err)
	}
	// Output:
	// Đoàn phường → doan_xa <nil>
	// chi doan → chi_doan <nil>
	// Tổ công nghệ số cộng đồng → to_cong_nghe_so <nil>
	// Ấp → thon <nil>
	// Đoàn xã (cũ) → unknown org: kind "Đoàn xã (cũ)": not a kind: no built-in kind has this name, and a custom code starts with a lower-case ASCII letter
}

func ExampleFamily_String() {
	for f := org.FamilyUnknown; f <= org.FamilyPartner+1; f++ {
		fmt.Println(f)
	}
	// Output:
	// unknown
	// youth union
	// youth federation
	// volunteer
	// administrative
	// custom
	// young pioneers
	// state
	// partner
	// Family(9)
}

func exampleGroups() *org.GroupSet {
	tree, _ := org.Build(binhDuong())
	g, err := org.NewGroupSet(tree, "khối", map[string][]org.ID{
		"khu dân cư": {"cd-kp1", "cd-kp2"},
		"đô thị":     {"dp-lt"},
	})
	if err != nil {
		panic(err)
	}
	return g
}

func ExampleGroupSet_Name() {
	fmt.Println(exampleGroups().Name())
	// Output: khối
}

func ExampleGroupSet_Groups() {
	fmt.Println(exampleGroups().Groups())
	// Output: [khu dân cư đô thị]
}

func ExampleGroupSet_Of() {
	g := exampleGroups()
	for _, id := range []org.ID{"cd-kp1", "cnscd-kp1", "dp-lt"} {
		group, ok := g.Of(id)
		fmt.Printf("%s %q %v\n", id, group, ok)
	}
	// Output:
	// cd-kp1 "khu dân cư" true
	// cnscd-kp1 "" false
	// dp-lt "đô thị" true
}

func ExampleGroupSet_Inherited() {
	g := exampleGroups()
	for _, id := range []org.ID{"cnscd-kp1", "td-bd"} {
		group, ok := g.Inherited(id)
		fmt.Printf("%s %q %v\n", id, group, ok)
	}
	// Output:
	// cnscd-kp1 "khu dân cư" true
	// td-bd "" false
}

func ExampleGroupSet_Ungrouped() {
	for u := range exampleGroups().Ungrouped() {
		fmt.Println(u.Name)
	}
	// Output:
	// Tỉnh đoàn Bình Dương
	// Thành đoàn Thuận An
}

func ExampleMapping_Len() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	fmt.Println(mapping.Len(), "old units,", len(mapping.Pending()), "pending")
	// Output: 6 old units, 1 pending
}

func ExampleMapping_Moves() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	for mv := range mapping.Moves() {
		fmt.Printf("%-7s %-8s %-18s %s\n", mv.Old, mv.Outcome, mv.New, mv.Rule)
	}
	// Output:
	// td-bd   merged   tinh_doan@2025:79  merged_into
	// thd-ta  closed   tinh_doan@2025:79  districts_ended
	// dp-lt   kept     dp-lt              none
	// cd-kp1  kept     cd-kp1             none
	// dp-bn   merged   dp-lt              merged_into
	// dp-vp   pending                     needs_choice
}

func ExampleMapping_Pending() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	for _, mv := range mapping.Pending() {
		fmt.Println(mv.Old, mv.Rule, mv.Candidates)
		fmt.Println(mv.Reason)
	}
	// Output:
	// dp-vp needs_choice [25966 25987]
	// split among Phường Lái Thiêu (25966), Phường Bình Hòa (25987); choose one in MigrateOptions.Choices
}

func ExampleMapping_Sources() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	fmt.Println(mapping.Sources("dp-lt"))
	fmt.Println(mapping.Sources("tinh_doan@2025:79"))
	// Output:
	// [dp-lt dp-bn]
	// [td-bd thd-ta]
}

func ExampleOutcome_String() {
	for o := org.OutcomeUnknown; o <= org.Ended+1; o++ {
		fmt.Println(o)
	}
	// Output:
	// unknown
	// kept
	// merged
	// closed
	// pending
	// ended
	// Outcome(6)
}

func ExampleRule_String() {
	_, mapping, _ := org.Migrate(migrationFixture(), org.MigrateOptions{})
	mv, _ := mapping.Move("dp-vp")
	fmt.Println(mv.Rule, "|", org.RuleAllPopulation, "|", org.RuleNone, "|", org.Rule(99))
	// Output: needs_choice | all_population | none | Rule(99)
}

func ExampleRule_MarshalText() {
	for _, r := range []org.Rule{org.RuleDistrictsEnded, org.RuleNone} {
		b, err := r.MarshalText()
		fmt.Printf("%q %v\n", b, err)
	}
	// Output:
	// "districts_ended" <nil>
	// "" <nil>
}

func ExampleRule_UnmarshalText() {
	var r org.Rule
	fmt.Println(r.UnmarshalText([]byte("needs_choice")), r == org.RuleNeedsChoice)
	fmt.Println(r.UnmarshalText([]byte("coin_toss")))
	// Output:
	// <nil> true
	// org: rule "coin_toss": want under_pending, ended_before, districts_ended, district_dropped, island_district, not_in_data, caller_choice, choice_invalid, all_population, only_unit, needs_choice or merged_into: syntax
}

func ExampleProblem_Error() {
	_, err := org.Build([]org.Unit{
		{ID: "td-tn", Name: "Tỉnh đoàn Thái Nguyên", Kind: org.KindProvinceUnion},
		{ID: "dx-pl", Name: "Đoàn xã Phú Lương", Kind: org.KindCommuneUnion, Parent: "td-thai-nguyen"},
	})
	var ce *org.CheckError
	if errors.As(err, &ce) {
		fmt.Println(ce.Problems[0].Error())
	}
	// Output: org: row 2: unit "dx-pl": parent_id "td-thai-nguyen": unknown parent: no unit has this id
}

func ExampleProblem_Unwrap() {
	_, err := org.Build([]org.Unit{{ID: "td-tn"}, {ID: "td-tn"}})
	var ce *org.CheckError
	errors.As(err, &ce)
	p := ce.Problems[0]
	fmt.Println(errors.Is(p, org.ErrDuplicateID), p.Row, p.ID)
	// Output: true 2 td-tn
}

func ExampleCheckError_Error() {
	_, err := org.Build([]org.Unit{
		{ID: "td-tn", Name: "Tỉnh đoàn Thái Nguyên", Kind: "Tỉnh đoàn"},
		{ID: "dx-pl", Name: "Đoàn xã Phú Lương", Parent: "td-thai-nguyen"},
	})
	fmt.Println(err)
	// Output: org: 2 problems: row 1: unit "td-tn": kind "Tỉnh đoàn": not a kind: a custom code starts with a lower-case ASCII letter; row 2: unit "dx-pl": parent_id "td-thai-nguyen": unknown parent: no unit has this id
}

func ExampleCheckError_Unwrap() {
	_, err := org.Build([]org.Unit{{ID: "a", Parent: "b"}, {ID: "b", Parent: "a"}, {ID: "c", Parent: "x"}})
	fmt.Println(errors.Is(err, org.ErrCycle), errors.Is(err, org.ErrDuplicateID))
	// Output: true false
}
