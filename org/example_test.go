package org_test

import (
	"errors"
	"fmt"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
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
		fmt.Printf("%*s%s (%s)\n", 2*tree.Depth(u.ID), "", u.Name, u.Kind.VI())
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
		fmt.Printf("%s: %s / %s (%s)\n", k, k.VI(), k.EN(), k.Family())
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
		fmt.Println(k.VI())
	}
	// Output:
	// Trung ương Đoàn
	// Tỉnh đoàn
	// Huyện đoàn
	// Đoàn xã
	// Đoàn cơ sở
	// Chi đoàn
}
