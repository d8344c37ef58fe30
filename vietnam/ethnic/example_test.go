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
