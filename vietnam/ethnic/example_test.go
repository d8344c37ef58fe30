package ethnic_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/ethnic"
)

func ExampleParse() {
	for _, s := range []string{"H'Mông", "dân tộc Mường", "Ê Đê", "05"} {
		g, _ := ethnic.Parse(s)
		fmt.Println(g.Code(), g, "·", g.Label(vietnam.English), "· 2008:", g.Code2008())
	}
	// Output:
	// 08 HMông · Hmong · 2008: 08
	// 06 Mường · Muong · 2008: 04
	// 12 Ê-đê · E De · 2008: 11
	// 05 Khơ-me · Khmer · 2008: 05
}

func ExampleGroups() {
	n := 0
	for range ethnic.Groups() {
		n++
	}
	fmt.Println(n, "groups")
	// Output: 54 groups
}

func ExampleParser() {
	p := ethnic.NewParser()
	g, err := p.Parse("Thái")
	fmt.Println(g.Code(), g, err)
	// Output: 03 Thái <nil>
}

func ExampleNewParser() {
	// The "Dân tộc" column of a roster from Phường Lái Thiêu, Bình Dương,
	// read with one Parser built once for the whole file.
	p := ethnic.NewParser()
	for _, cell := range []string{"Kinh", "hoa", "Khơ-me", "Tày", "Việt kiều"} {
		g, err := p.Parse(cell)
		if err != nil {
			fmt.Println(cell, "→", err)
			continue
		}
		fmt.Println(cell, "→", g.Code(), g)
	}
	// Output:
	// Kinh → 01 Kinh
	// hoa → 04 Hoa
	// Khơ-me → 05 Khơ-me
	// Tày → 02 Tày
	// Việt kiều → ethnic: "Việt kiều": not an ethnic group
}

func ExampleGroup_String() {
	// Groups of Thái Nguyên's rosters.
	for _, g := range []ethnic.Group{ethnic.Kinh, ethnic.Tay, ethnic.Nung, ethnic.Dao, ethnic.Hmong, ethnic.Unknown, ethnic.Group(99)} {
		fmt.Println(g)
	}
	// Output:
	// Kinh
	// Tày
	// Nùng
	// Dao
	// HMông
	// unknown
	// Group(99)
}

func ExampleGroup_Label() {
	for _, s := range []string{"Sán Dìu", "Sán Chay", "Ba Na"} {
		g, _ := ethnic.Parse(s)
		fmt.Printf("%s | %s\n", g.Label(vietnam.Vietnamese), g.Label(vietnam.English))
	}
	// Output:
	// Sán Dìu | San Diu
	// Sán Chay | San Chay
	// Ba na | Bahnar
}

func ExampleGroup_Code() {
	for _, g := range []ethnic.Group{ethnic.Tay, ethnic.Hmong, ethnic.Unknown} {
		fmt.Printf("%q\n", g.Code())
	}
	// Output:
	// "02"
	// "08"
	// ""
}

func ExampleGroup_Code2008() {
	// The 1979 and 2008 lists number some groups differently.
	for _, g := range []ethnic.Group{ethnic.Kinh, ethnic.Hoa, ethnic.Muong, ethnic.Khmer} {
		fmt.Println(g, g.Code(), g.Code2008())
	}
	// Output:
	// Kinh 01 01
	// Hoa 04 06
	// Mường 06 04
	// Khơ-me 05 05
}

func ExampleGroup_Aliases() {
	fmt.Println(ethnic.Hmong.Aliases())
	fmt.Println(ethnic.Khmer.Aliases())
	// Output:
	// [H'Mông H'mông Hmông Mông Mèo H'mông (Mèo)]
	// [Khơ Me Khơ me Khmer]
}

func ExampleGroup_IsValid() {
	fmt.Println(ethnic.Dao.IsValid(), ethnic.Group(54).IsValid(), ethnic.Group(55).IsValid(), ethnic.Unknown.IsValid())
	// Output: true true false false
}

func ExampleParser_Parse() {
	p := ethnic.NewParser()
	for _, cell := range []string{"Nùng", "SAN DIU", "dân tộc Dao", "Mán"} {
		g, err := p.Parse(cell)
		fmt.Println(cell, "→", g.Code(), g, err)
	}
	// Output:
	// Nùng → 07 Nùng <nil>
	// SAN DIU → 18 Sán Dìu <nil>
	// dân tộc Dao → 09 Dao <nil>
	// Mán →  unknown ethnic: "Mán": not an ethnic group
}
