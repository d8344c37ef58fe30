package admin_test

import (
	"fmt"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func ExampleEraOf() {
	for _, d := range []vietnam.Date{
		vietnam.MustDate(2025, time.June, 30),
		vietnam.MustDate(2025, time.July, 1),
		{},
	} {
		fmt.Printf("%q: %v\n", d.String(), admin.EraOf(d))
	}
	// Output:
	// "30/06/2025": pre-2025
	// "01/07/2025": 2025
	// "": unknown
}

func ExampleAt() {
	// The same code names different communes in the two eras.
	for _, d := range []vietnam.Date{vietnam.MustDate(2025, time.June, 30), vietnam.MustDate(2025, time.July, 1)} {
		u, _ := admin.At(d).Lookup(admin.LevelCommune, "00004")
		fmt.Println(d, u.FullName())
	}
	// Later changes keep the code and change the type.
	for _, d := range []vietnam.Date{vietnam.MustDate(2026, time.April, 29), vietnam.MustDate(2026, time.April, 30)} {
		u, _ := admin.At(d).Lookup(admin.LevelProvince, "75")
		fmt.Println(d, u.FullName(), "-", u.Type().VI())
	}
	// Output:
	// 30/06/2025 Phường Trúc Bạch
	// 01/07/2025 Phường Ba Đình
	// 29/04/2026 Tỉnh Đồng Nai - Tỉnh
	// 30/04/2026 Thành phố Đồng Nai - Thành phố trực thuộc trung ương
}

func ExampleCurrent() {
	d := admin.Current()
	fmt.Println(d.Era(), d.Date(), d.Len(admin.LevelProvince), d.Len(admin.LevelCommune))
	// Output:
	// 2025 30/04/2026 34 3321
}

func ExampleParseCode() {
	c, err := admin.ParseCode(admin.EraPre2025, admin.LevelCommune, "4") // a spreadsheet dropped the zeros
	fmt.Println(c, c.Era(), c.Level(), err)
	_, err = admin.ParseCode(admin.Era2025, admin.LevelDistrict, "718")
	fmt.Println(err)
	_, err = admin.ParseCode(admin.Era2025, admin.LevelCommune, "2596a")
	fmt.Println(err)
	// Output:
	// 00004 pre-2025 commune <nil>
	// admin: parsing 2025 district code "718": no such era or level
	// admin: parsing 2025 commune code "2596a": not a unit code
}

func ExampleCode_MarshalText() {
	c := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	text, _ := c.MarshalText()
	fmt.Println(string(text))
	var back admin.Code
	err := back.UnmarshalText([]byte("pre-2025:00004"))
	fmt.Println(back.Era(), back.Level(), back, err)
	// Output:
	// 2025:25966
	// pre-2025 commune 00004 <nil>
}

func ExampleDirectory_Lookup() {
	u, ok := admin.Current().Lookup(admin.LevelCommune, "25966")
	fmt.Println(ok, u.FullName(), u.Name(), u.Type().VI(), u.Type().EN())
	p, _ := admin.Current().Unit(u.Province())
	fmt.Println(p.FullName(), p.Type().EN())
	_, ok = admin.Current().Lookup(admin.LevelCommune, "99999")
	fmt.Println(ok)
	// Output:
	// true Phường Lái Thiêu Lái Thiêu Phường ward
	// Thành phố Hồ Chí Minh centrally-run city
	// false
}

func ExampleDirectory_Unit() {
	old := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "00004")
	_, ok := admin.Current().Unit(old) // a code is never read in the wrong era
	fmt.Println(ok)
	u, ok := admin.At(vietnam.MustDate(2025, time.June, 1)).Unit(old)
	fmt.Println(ok, u)
	// Output:
	// false
	// true Phường Trúc Bạch (00004)
}

func ExampleDirectory_Children() {
	d := admin.At(vietnam.MustDate(2025, time.June, 30))
	n := 0
	for u := range d.Children(admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")) {
		if n < 3 {
			fmt.Println(u.FullName(), u.Code())
		}
		n++
	}
	fmt.Println(n, "districts in Bình Dương")
	// Output:
	// Thành phố Thủ Dầu Một 718
	// Huyện Bàu Bàng 719
	// Huyện Dầu Tiếng 720
	// 9 districts in Bình Dương
}

func ExampleDirectory_Provinces() {
	n := 0
	for p := range admin.Current().Provinces() {
		if p.Type() == admin.TypeCentralCity {
			fmt.Println(p.FullName())
		}
		n++
	}
	fmt.Println(n)
	// Output:
	// Thành phố Hà Nội
	// Thành phố Hải Phòng
	// Thành phố Huế
	// Thành phố Đà Nẵng
	// Thành phố Đồng Nai
	// Thành phố Hồ Chí Minh
	// Thành phố Cần Thơ
	// 34
}

func ExampleSuccessors() {
	// Thị trấn Dầu Tiếng (Bình Dương) became a xã of Thành phố Hồ Chí Minh.
	c := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25777")
	for _, s := range admin.Successors(c) {
		p, _ := admin.Current().Unit(s.New.Province())
		fmt.Println(s.Old.FullName(), "→", s.New.FullName(), s.New.Code(), p.FullName(), s.Kind)
	}
	// A split commune yields every part, each partial.
	for _, s := range admin.Successors(admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25990")) {
		fmt.Println(s.Old.FullName(), "→", s.New.FullName(), s.Kind, s.Note)
	}
	// Output:
	// Thị trấn Dầu Tiếng → Xã Dầu Tiếng 25777 Thành phố Hồ Chí Minh whole
	// Phường Vĩnh Phú → Phường Lái Thiêu partial Nhập một phần
	// Phường Vĩnh Phú → Phường Bình Hòa partial Nhập một phần
}

func ExamplePredecessors() {
	for _, s := range admin.Predecessors(admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25942")) {
		fmt.Println(s.Old.FullName(), s.Kind)
	}
	for _, s := range admin.Predecessors(admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")) {
		fmt.Println(s.Old.FullName(), s.Kind)
	}
	// Output:
	// Phường Dĩ An whole
	// Phường Tân Đông Hiệp partial
	// Phường An Bình whole
	// Tỉnh Bình Dương whole
	// Tỉnh Bà Rịa - Vũng Tàu whole
	// Thành phố Hồ Chí Minh whole
}
