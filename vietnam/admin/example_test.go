package admin_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
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
		fmt.Println(d, u.FullName(), "-", u.Type().Label(vietnam.Vietnamese))
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
	fmt.Println(ok, u.FullName(), u.Name(), u.Type().Label(vietnam.Vietnamese), u.Type().Label(vietnam.English))
	p, _ := admin.Current().Unit(u.Province())
	fmt.Println(p.FullName(), p.Type().Label(vietnam.English))
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

func ExampleDirectory_Find() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	for _, in := range []string{"P. Lái Thiêu", "phuong lai thieu", "TT Dầu Tiếng", "Q.10", "TP. Thủ Dầu Một"} {
		for _, m := range old.Find(in) {
			fmt.Printf("%-18q %s, %s\n", in, m.Unit, m.Quality)
		}
	}
	// Output:
	// "P. Lái Thiêu"     Phường Lái Thiêu (25966), exact
	// "phuong lai thieu" Phường Lái Thiêu (25966), folded
	// "TT Dầu Tiếng"     Thị trấn Dầu Tiếng (25777), exact
	// "Q.10"             Quận 10 (771), exact
	// "TP. Thủ Dầu Một"  Thành phố Thủ Dầu Một (718), exact
}

func ExampleDirectory_Find_tones() {
	now := admin.Current()
	// With tones, only the units whose tones match: Xã Yên Hoa is another place.
	for _, m := range now.Find("Yên Hòa") {
		fmt.Println(m.Unit, m.Quality)
	}
	// Without tones, every unit that folds alike, for the caller to decide.
	fmt.Println(len(now.Find("yen hoa")))
	// Output:
	// Phường Yên Hòa (00175) exact
	// Xã Yên Hòa (16909) exact
	// Xã Yên Hòa (18682) exact
	// 4
}

func ExampleWithin() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	quan3 := old.Find("Quận 3", admin.OfLevel(admin.LevelDistrict))[0].Unit
	for _, in := range []string{"P.1", "Phường 01", "phuong 1", "F1"} {
		fmt.Println(in, "→", old.Find(in, admin.Within(quan3.Code()))[0].Unit)
	}
	// Output:
	// P.1 → Phường 1 (27160)
	// Phường 01 → Phường 1 (27160)
	// phuong 1 → Phường 1 (27160)
	// F1 → Phường 1 (27160)
}

func ExampleOfLevel() {
	// Huyện Dầu Tiếng and Thị trấn Dầu Tiếng share a name.
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	fmt.Println(len(old.Find("Dầu Tiếng")), old.Find("Dầu Tiếng", admin.OfLevel(admin.LevelCommune))[0].Unit)
	// Output:
	// 2 Thị trấn Dầu Tiếng (25777)
}

func ExampleDirectory_Communes() {
	counts := map[admin.Type]int{}
	for u := range admin.At(vietnam.MustDate(2025, time.July, 1)).Communes() {
		counts[u.Type()]++
	}
	fmt.Println(counts[admin.TypeCommune], counts[admin.TypeWard], counts[admin.TypeSpecialZone])
	// Output:
	// 2621 687 13
}

func ExampleDirectory_Districts() {
	n := 0
	for u := range admin.At(vietnam.MustDate(2025, time.June, 30)).Districts() {
		if u.Type() == admin.TypeMunicipalCity {
			fmt.Println(u.FullName(), "-", u.Type().Label(vietnam.Vietnamese))
		}
		n++
	}
	fmt.Println(n)
	for range admin.Current().Districts() {
		fmt.Println("none since 1/7/2025")
	}
	// Output:
	// Thành phố Thuỷ Nguyên - Thành phố thuộc thành phố trực thuộc trung ương
	// Thành phố Thủ Đức - Thành phố thuộc thành phố trực thuộc trung ương
	// 696
}

func ExampleDirectory_Parent() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	u, _ := old.Lookup(admin.LevelCommune, "25966")
	for ok := true; ok; u, ok = old.Parent(u) {
		fmt.Println(u.Level(), u)
	}
	// Output:
	// commune Phường Lái Thiêu (25966)
	// district Thành phố Thuận An (725)
	// province Tỉnh Bình Dương (74)
}

func ExampleSuccession_AllPopulation() {
	// Phường Thụy Khuê (Hà Nội) was split, but all its people went one way:
	// an address there belongs to Phường Tây Hồ.
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	thuyKhue := old.Find("Phường Thụy Khuê")[0].Unit
	for _, s := range admin.Successors(thuyKhue.Code()) {
		fmt.Printf("%s: %s, %q, all population: %t\n", s.New.FullName(), s.Kind, s.Note, s.AllPopulation())
	}
	// Output:
	// Phường Ba Đình: partial, "Nhập một phần diện tích", all population: false
	// Phường Tây Hồ: partial, "Nhập một phần diện tích, toàn bộ dân số", all population: true
}

func ExampleLoadDataset() {
	// A dataset in the layout of internal/data, passed as a value: here the
	// small fixture the tests use.
	ds, err := admin.LoadDataset(os.DirFS("testdata/fixture"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ds.Version(), ds.Current().Len(admin.LevelCommune))
	_, err = admin.LoadDataset(os.DirFS("testdata/none"))
	var de *admin.DataError
	fmt.Println(errors.As(err, &de), de.File)
	// Output:
	// 2026-01-01 7
	// true provinces_2025.csv
}

func ExampleEmbedded() {
	ds := admin.Embedded()
	fmt.Println(ds.Version() == admin.DataVersion, ds.Version())
	fmt.Println(ds.At(vietnam.MustDate(2025, time.June, 30)).Len(admin.LevelCommune))
	// Output:
	// true 2026-04-30
	// 10035
}

func ExampleType() {
	for _, t := range []admin.Type{admin.TypeCentralCity, admin.TypeProvincialCity, admin.TypeTownship, admin.TypeSpecialZone} {
		fmt.Printf("%s | %s | %s | %s\n", t.Label(vietnam.Vietnamese), t.Label(vietnam.English), t.Word(), t.Level())
	}
	// Output:
	// Thành phố trực thuộc trung ương | centrally-run city | Thành phố | province
	// Thành phố thuộc tỉnh | provincial city | Thành phố | district
	// Thị trấn | township | Thị trấn | commune
	// Đặc khu | special zone | Đặc khu | commune
}

func ExampleUnit() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	u, _ := old.Lookup(admin.LevelCommune, "25777")
	fmt.Println(u.Code(), u.Name(), "|", u.FullName(), "|", u.Type().Label(vietnam.Vietnamese), u.Type().Label(vietnam.English))
	fmt.Println(u.Level(), u.Era(), "parent", u.Parent(), "district", u.District(), "province", u.Province())
	// Output:
	// 25777 Dầu Tiếng | Thị trấn Dầu Tiếng | Thị trấn township
	// commune pre-2025 parent 720 district 720 province 74
}

func ExampleDataset_At() {
	// A dataset is a value: tests pass a small fixture instead of the
	// embedded data, with no global to swap.
	ds, _ := admin.LoadDataset(os.DirFS("testdata/fixture"))
	for _, d := range []vietnam.Date{vietnam.MustDate(2025, time.December, 31), vietnam.MustDate(2026, time.January, 1)} {
		u, _ := ds.At(d).Lookup(admin.LevelProvince, "02")
		fmt.Println(d, u.FullName())
	}
	// Output:
	// 31/12/2025 Tỉnh Núi Đá
	// 01/01/2026 Thành phố Núi Đá
}

func ExampleDataset_Successors() {
	ds, _ := admin.LoadDataset(os.DirFS("testdata/fixture"))
	quan1 := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "001")
	for _, s := range ds.Successors(quan1) {
		fmt.Println(s.Old.FullName(), "→", s.New.FullName(), s.Kind)
	}
	// Output:
	// Quận 1 → Phường Sài Gòn partial
	// Quận 1 → Phường Bến Thành partial
}

func ExampleMustParseCode() {
	// For literals in tests and examples; ParseCode for input.
	c := admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")
	p, _ := admin.Current().Unit(c)
	fmt.Println(p.FullName())
	// Output:
	// Thành phố Hồ Chí Minh
}

func ExampleDirectory_Descendants() {
	// Điện Biên kept its borders; its 129 communes became 45.
	count := func(d *admin.Directory, province string) (n int) {
		for u := range d.Descendants(admin.MustParseCode(d.Era(), admin.LevelProvince, province)) {
			if u.Level() == admin.LevelCommune {
				n++
			}
		}
		return n
	}
	fmt.Println(count(admin.At(vietnam.MustDate(2025, time.June, 30)), "11"), "→", count(admin.Current(), "11"))
	// Output:
	// 129 → 45
}

func ExampleCode_UnmarshalText() {
	// A stored code carries its era, so JSON read back years later still
	// names the same unit.
	var row struct {
		Home admin.Code `json:"home"`
		Old  admin.Code `json:"old"`
	}
	err := json.Unmarshal([]byte(`{"home": "2025:00004", "old": "pre-2025:00004"}`), &row)
	fmt.Println(err, row.Home == row.Old)
	now, _ := admin.Current().Unit(row.Home)
	before, _ := admin.At(vietnam.MustDate(2025, time.June, 30)).Unit(row.Old)
	fmt.Println(now.FullName(), "|", before.FullName())

	// A bare code is refused: it could be read in the wrong era.
	err = json.Unmarshal([]byte(`{"home": "00004"}`), &row)
	var ce *admin.CodeError
	fmt.Println(errors.As(err, &ce), errors.Is(err, admin.ErrCodeSyntax), ce.Input)
	// Output:
	// <nil> false
	// Phường Ba Đình | Phường Trúc Bạch
	// true true 00004
}

func ExampleEra_Start() {
	fmt.Println(admin.Era2025.Start(), admin.EraOf(admin.Era2025.Start()))
	fmt.Println(admin.EraPre2025.Start().IsZero())
	// Output:
	// 01/07/2025 2025
	// true
}

func ExampleLevel_MarshalText() {
	// The enums travel in JSON as words, also as map keys; Type uses the
	// source data's key.
	b, _ := json.Marshal(map[admin.Level]admin.Type{admin.LevelCommune: admin.TypeSpecialZone})
	fmt.Println(string(b))
	var m admin.Match
	_ = json.Unmarshal([]byte(`{"Quality":"folded"}`), &m)
	fmt.Println(m.Quality)
	var l admin.Level
	fmt.Println(l.UnmarshalText([]byte("Cấp xã")), l)
	fmt.Println(l.UnmarshalText([]byte("ward")))
	// Output:
	// {"commune":"dac_khu"}
	// folded
	// <nil> commune
	// admin: level "ward": want province, district or commune: unknown name
}
