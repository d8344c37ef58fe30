package admin_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing/fstest"
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

func ExampleDataset_Current() {
	ds := admin.Embedded()
	d := ds.Current()
	fmt.Println(d.Era(), d.Date(), d.Len(admin.LevelProvince), d.Len(admin.LevelCommune))
	// Output: 2025 30/04/2026 34 3321
}

func ExampleDataset_Version() {
	fmt.Println(admin.Embedded().Version() == admin.DataVersion, admin.DataVersion)
	// Output: true 2026-04-30
}

func ExampleDataset_Predecessors() {
	// Tỉnh Thái Nguyên of 2025 took in Bắc Kạn.
	for _, s := range admin.Embedded().Predecessors(admin.MustParseCode(admin.Era2025, admin.LevelProvince, "19")) {
		fmt.Println(s.Old.FullName(), s.Kind)
	}
	// Output:
	// Tỉnh Bắc Kạn whole
	// Tỉnh Thái Nguyên whole
}

func ExampleDataset_History() {
	quangTrung := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "09538") // Phường Quang Trung, Hà Đông
	for _, f := range admin.Embedded().History(quangTrung) {
		fmt.Println(f.Unit.FullName(), f.Change, "→", f.Successor)
	}
	// Output:
	// Phường Nguyễn Trãi renamed → 09538
	// Phường Yết Kiêu merged → 09538
}

func ExampleDataset_Formers() {
	byChange := map[string]int{}
	for f := range admin.Embedded().Formers() {
		if f.Unit.Province().String() == "74" { // Bình Dương
			byChange[f.Change.String()]++
		}
	}
	fmt.Println(byChange)
	// Output: map[retyped:11]
}

func ExampleDataset_Trace() {
	ds := admin.Embedded()
	for f := range ds.Formers() {
		if f.Unit.FullName() != "Phường 13" || f.Unit.Parent().String() != "770" { // Quận 3
			continue
		}
		ch := ds.Trace(f)
		fmt.Println(ch.From.Unit, "→", ch.Via, "→", ch.Now[0].New)
	}
	// Output: Phường 13 (27136) → Phường 12 (27130) → Phường Nhiêu Lộc (27142)
}

func ExampleDirectory_Dataset() {
	d := admin.At(vietnam.MustDate(2025, time.June, 30))
	fmt.Println(d.Dataset() == admin.Embedded(), d.Dataset().Current().Era())
	// Output: true 2025
}

func ExampleDirectory_Date() {
	for _, d := range []vietnam.Date{vietnam.MustDate(2025, time.June, 30), vietnam.MustDate(2025, time.July, 1), {}} {
		dir := admin.At(d)
		fmt.Printf("%q → %s %s\n", d.String(), dir.Date(), dir.Era())
	}
	// Output:
	// "30/06/2025" → 30/06/2025 pre-2025
	// "01/07/2025" → 01/07/2025 2025
	// "" → 30/04/2026 2025
}

func ExampleDirectory_Era() {
	fmt.Println(admin.At(vietnam.MustDate(2025, time.June, 30)).Era(), admin.Current().Era())
	// Output: pre-2025 2025
}

func ExampleDirectory_Len() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	fmt.Println(old.Len(admin.LevelProvince), old.Len(admin.LevelDistrict), old.Len(admin.LevelCommune))
	now := admin.Current()
	fmt.Println(now.Len(admin.LevelProvince), now.Len(admin.LevelDistrict), now.Len(admin.LevelCommune))
	// Output:
	// 63 696 10035
	// 34 0 3321
}

func ExampleUnit_Code() {
	u, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	c := u.Code()
	fmt.Println(u.FullName(), c, c.Era(), c.Level())
	// Output: Phường Lái Thiêu 25966 2025 commune
}

func ExampleUnit_Name() {
	for _, code := range []string{"79", "19"} {
		u, _ := admin.Current().Lookup(admin.LevelProvince, code)
		fmt.Printf("%s | %s\n", u.Name(), u.FullName())
	}
	// Output:
	// Hồ Chí Minh | Thành phố Hồ Chí Minh
	// Thái Nguyên | Tỉnh Thái Nguyên
}

func ExampleUnit_FullName() {
	u, _ := admin.At(vietnam.MustDate(2025, time.June, 30)).Lookup(admin.LevelDistrict, "718")
	fmt.Println(u.FullName())
	// Output: Thành phố Thủ Dầu Một
}

func ExampleUnit_String() {
	u, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	fmt.Println(u)
	fmt.Printf("%q\n", admin.Unit{}.String())
	// Output:
	// Phường Lái Thiêu (25966)
	// ""
}

func ExampleUnit_Type() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	for _, code := range []string{"25777", "25966", "25792"} {
		u, _ := old.Lookup(admin.LevelCommune, code)
		fmt.Println(u.FullName(), "|", u.Type().Label(vietnam.English))
	}
	// Output:
	// Thị trấn Dầu Tiếng | township
	// Phường Lái Thiêu | ward
	// Xã Long Hoà | commune
}

func ExampleUnit_Level() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	p, _ := old.Lookup(admin.LevelProvince, "74")
	d, _ := old.Lookup(admin.LevelDistrict, "725")
	c, _ := old.Lookup(admin.LevelCommune, "25966")
	fmt.Println(p.Level(), d.Level(), c.Level())
	// Output: province district commune
}

func ExampleUnit_Era() {
	before, _ := admin.At(vietnam.MustDate(2025, time.June, 30)).Lookup(admin.LevelCommune, "25966")
	after, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	fmt.Println(before.Era(), before.FullName(), "|", after.Era(), after.FullName())
	// Output: pre-2025 Phường Lái Thiêu | 2025 Phường Lái Thiêu
}

func ExampleUnit_Parent() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	u, _ := old.Lookup(admin.LevelCommune, "25966")
	district, _ := old.Unit(u.Parent())
	province, _ := old.Unit(district.Parent())
	fmt.Println(u.FullName(), "|", district.FullName(), "|", province.FullName(), "|", province.Parent().IsZero())
	// Output: Phường Lái Thiêu | Thành phố Thuận An | Tỉnh Bình Dương | true
}

func ExampleUnit_District() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	u, _ := old.Lookup(admin.LevelCommune, "25966")
	fmt.Println(u.District())
	now, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	fmt.Println(now.District().IsZero()) // no districts since 1/7/2025
	// Output:
	// 725
	// true
}

func ExampleUnit_Province() {
	u, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	p, _ := admin.Current().Unit(u.Province())
	fmt.Println(u.FullName(), "is in", p.FullName())
	// Output: Phường Lái Thiêu is in Thành phố Hồ Chí Minh
}

func ExampleUnit_Equal() {
	a, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	b, _ := admin.Current().Lookup(admin.LevelCommune, "25966")
	old, _ := admin.At(vietnam.MustDate(2025, time.June, 30)).Lookup(admin.LevelCommune, "25966")
	fmt.Println(a.Equal(b), a.Equal(old))
	// Output: true false
}

func ExampleUnit_IsZero() {
	u, ok := admin.Current().Lookup(admin.LevelCommune, "99999")
	fmt.Println(u.IsZero(), ok)
	// Output: true false
}

func ExampleCode_String() {
	fmt.Println(admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "4"))
	fmt.Println(admin.MustParseCode(admin.Era2025, admin.LevelProvince, "1"))
	fmt.Printf("%q\n", admin.Code{}.String())
	// Output:
	// 00004
	// 01
	// ""
}

func ExampleCode_Era() {
	c := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	fmt.Println(c.Era(), admin.Code{}.Era())
	// Output: 2025 unknown
}

func ExampleCode_Level() {
	c := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "718")
	fmt.Println(c.Level(), admin.Code{}.Level())
	// Output: district unknown
}

func ExampleCode_Equal() {
	a := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
	b := admin.MustParseCode(admin.Era2025, admin.LevelCommune, " 25966 ")
	old := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25966")
	fmt.Println(a.Equal(b), a.Equal(old)) // the same digits in another era are another code
	// Output: true false
}

func ExampleCode_IsZero() {
	p, _ := admin.Current().Lookup(admin.LevelProvince, "79")
	fmt.Println(p.Parent().IsZero(), p.Code().IsZero())
	// Output: true false
}

func ExampleCodeError_Error() {
	_, err := admin.ParseCode(admin.Era2025, admin.LevelCommune, "25 966")
	fmt.Println(err)
	_, err = admin.ParseCode(admin.Era2025, admin.LevelDistrict, "718")
	fmt.Println(err)
	// Output:
	// admin: parsing 2025 commune code "25 966": not a unit code
	// admin: parsing 2025 district code "718": no such era or level
}

func ExampleCodeError_Unwrap() {
	_, err := admin.ParseCode(admin.Era2025, admin.LevelDistrict, "718")
	fmt.Println(errors.Is(err, admin.ErrEraLevel), errors.Is(err, admin.ErrCodeSyntax))
	// Output: true false
}

func ExampleEra_String() {
	fmt.Println(admin.EraPre2025, admin.Era2025, admin.EraUnknown)
	// Output: pre-2025 2025 unknown
}

func ExampleEra_MarshalText() {
	b, err := json.Marshal(map[string]admin.Era{"thuong_tru": admin.EraPre2025, "tam_tru": admin.Era2025})
	fmt.Println(string(b), err)
	// Output: {"tam_tru":"2025","thuong_tru":"pre-2025"} <nil>
}

func ExampleEra_UnmarshalText() {
	for _, s := range []string{"2025", "pre-2025", "", "2019"} {
		var e admin.Era
		err := e.UnmarshalText([]byte(s))
		fmt.Printf("%q %v %v\n", s, e, err)
	}
	// Output:
	// "2025" 2025 <nil>
	// "pre-2025" pre-2025 <nil>
	// "" unknown <nil>
	// "2019" unknown admin: era "2019": want pre-2025 or 2025: unknown name
}

func ExampleLevel_String() {
	for l := admin.LevelUnknown; l <= admin.LevelCommune; l++ {
		fmt.Println(l)
	}
	// Output:
	// unknown
	// province
	// district
	// commune
}

func ExampleLevel_UnmarshalText() {
	for _, s := range []string{"commune", "tỉnh", "cấp huyện", "thôn"} {
		var l admin.Level
		err := l.UnmarshalText([]byte(s))
		fmt.Println(s, l, err)
	}
	// Output:
	// commune commune <nil>
	// tỉnh province <nil>
	// cấp huyện district <nil>
	// thôn unknown admin: level "thôn": want province, district or commune: unknown name
}

func ExampleKind_String() {
	for k := admin.KindUnknown; k <= admin.KindUncodedArea; k++ {
		fmt.Println(k)
	}
	// Output:
	// unknown
	// whole
	// partial
	// unchanged
	// island district
	// uncoded area
}

func ExampleKind_MarshalText() {
	for _, k := range []admin.Kind{admin.KindPartial, admin.KindIslandDistrict, admin.KindUnknown} {
		b, err := k.MarshalText()
		fmt.Printf("%q %v\n", b, err)
	}
	// Output:
	// "partial" <nil>
	// "island-district" <nil>
	// "" <nil>
}

func ExampleKind_UnmarshalText() {
	// The kind column of a mapping sheet, in Vietnamese.
	for _, s := range []string{"toàn bộ", "Một phần", "giữ nguyên", "island-district"} {
		var k admin.Kind
		err := k.UnmarshalText([]byte(s))
		fmt.Println(s, "→", k, err)
	}
	// Output:
	// toàn bộ → whole <nil>
	// Một phần → partial <nil>
	// giữ nguyên → unchanged <nil>
	// island-district → island district <nil>
}

func ExampleQuality_String() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	for _, in := range []string{"Phường Lái Thiêu", "phuong lai thieu", "Xã Lái Thiêu"} {
		m := old.Find(in, admin.OfLevel(admin.LevelCommune))
		fmt.Println(in, "→", m[0].Unit.FullName(), m[0].Quality)
	}
	// Output:
	// Phường Lái Thiêu → Phường Lái Thiêu exact
	// phuong lai thieu → Phường Lái Thiêu folded
	// Xã Lái Thiêu → Phường Lái Thiêu other type
}

func ExampleQuality_MarshalText() {
	b, err := json.Marshal([]admin.Quality{admin.QualityExact, admin.QualityFolded, admin.QualityOtherType, admin.QualityNone})
	fmt.Println(string(b), err)
	// Output: ["exact","folded","other-type",""] <nil>
}

func ExampleQuality_UnmarshalText() {
	var q admin.Quality
	fmt.Println(q.UnmarshalText([]byte("other type")), q == admin.QualityOtherType)
	fmt.Println(q.UnmarshalText([]byte("fuzzy")))
	// Output:
	// <nil> true
	// admin: quality "fuzzy": want other-type, folded or exact: unknown name
}

func ExampleType_Label() {
	for _, t := range []admin.Type{admin.TypeCentralCity, admin.TypeProvincialCity, admin.TypeTownship, admin.TypeSpecialZone} {
		fmt.Printf("%s | %s\n", t.Label(vietnam.Vietnamese), t.Label(vietnam.English))
	}
	// Output:
	// Thành phố trực thuộc trung ương | centrally-run city
	// Thành phố thuộc tỉnh | provincial city
	// Thị trấn | township
	// Đặc khu | special zone
}

func ExampleType_String() {
	fmt.Println(admin.TypeWard, "|", admin.TypeRuralDistrict, "|", admin.TypeUnknown, "|", admin.Type(99))
	// Output: ward | rural district | unknown | Type(99)
}

func ExampleType_Key() {
	for _, t := range []admin.Type{admin.TypeProvince, admin.TypeMunicipalCity, admin.TypeCommune, admin.TypeSpecialZone} {
		fmt.Println(t.Key())
	}
	// Output:
	// tinh
	// thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong
	// xa
	// dac_khu
}

func ExampleType_Word() {
	for _, t := range []admin.Type{admin.TypeCentralCity, admin.TypeProvincialCity, admin.TypeTown, admin.TypeWard} {
		fmt.Println(t.Word())
	}
	// Output:
	// Thành phố
	// Thành phố
	// Thị xã
	// Phường
}

func ExampleType_Level() {
	fmt.Println(admin.TypeCentralCity.Level(), admin.TypeTown.Level(), admin.TypeSpecialZone.Level())
	// Output: province district commune
}

func ExampleType_MarshalText() {
	u, _ := admin.Current().Lookup(admin.LevelProvince, "19")
	b, err := json.Marshal(map[string]any{"name": u.FullName(), "type": u.Type()})
	fmt.Println(string(b), err)
	// Output: {"name":"Tỉnh Thái Nguyên","type":"tinh"} <nil>
}

func ExampleType_UnmarshalText() {
	for _, s := range []string{"thi_tran", "Thành phố thuộc tỉnh", "thi xa", "urban district", "Thành phố"} {
		var t admin.Type
		err := t.UnmarshalText([]byte(s))
		fmt.Println(s, "→", t, err)
	}
	// Output:
	// thi_tran → township <nil>
	// Thành phố thuộc tỉnh → provincial city <nil>
	// thi xa → district-level town <nil>
	// urban district → urban district <nil>
	// Thành phố → unknown admin: unit type "Thành phố": want tinh, thanh_pho_truc_thuoc_trung_uong, quan, huyen, thi_xa, thanh_pho_thuoc_tinh, thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong, xa, phuong, thi_tran or dac_khu: unknown name
}

func ExampleChange_String() {
	for _, c := range []admin.Change{admin.ChangeRenamed | admin.ChangeRetyped, admin.ChangeMerged, 0} {
		fmt.Printf("%q\n", c.String())
	}
	// Output:
	// "renamed|retyped"
	// "merged"
	// ""
}

func ExampleChange_Has() {
	c := admin.ChangeRenamed | admin.ChangeRetyped
	fmt.Println(c.Has(admin.ChangeRenamed), c.Has(admin.ChangeRenamed|admin.ChangeMoved))
	fmt.Println(c.Has(0)) // no change is never "had"
	// Output:
	// true false
	// false
}

func ExampleFlags_String() {
	fmt.Printf("%q\n", (admin.FlagFormer | admin.FlagTypo).String())
	fmt.Printf("%q\n", admin.Flags(0).String())
	// Output:
	// "former|typo"
	// ""
}

func ExampleFlags_Has() {
	f := admin.FlagFormer | admin.FlagTypo
	fmt.Println(f.Has(admin.FlagTypo), f.Has(admin.FlagTypo|admin.FlagNoSuccessor))
	// Output: true false
}

func ExampleSuccession_Partial() {
	// Phường Vĩnh Phú (Thuận An) was split between Lái Thiêu and Bình Hòa.
	for _, s := range admin.Successors(admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "25990")) {
		fmt.Println(s.New.FullName(), s.Partial(), s.AllPopulation())
	}
	// Output:
	// Phường Lái Thiêu true false
	// Phường Bình Hòa true false
}

func ExampleAddress_IsZero() {
	fmt.Println(admin.Address{}.IsZero(), admin.Address{Province: "Thái Nguyên"}.IsZero())
	// Output: true false
}

func ExampleAddressError_Error() {
	_, err := admin.ParseAddress("   ")
	fmt.Println(err)
	// Output: admin: address "   ": empty address
}

func ExampleAddressError_Unwrap() {
	_, err := admin.ParseAddress("")
	var ae *admin.AddressError
	fmt.Println(errors.Is(err, admin.ErrAddressEmpty), errors.As(err, &ae))
	// Output: true true
}

// fixtureWith is the test fixture with one file replaced.
func fixtureWith(name, content string) fstest.MapFS {
	fsys := fstest.MapFS{}
	entries, err := os.ReadDir("testdata/fixture")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile("testdata/fixture/" + e.Name())
		if err != nil {
			panic(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: b}
	}
	fsys[name] = &fstest.MapFile{Data: []byte(content)}
	return fsys
}

func ExampleDataError_Error() {
	_, err := admin.LoadDataset(fixtureWith("provinces_2025.csv",
		"code,full_name,name,unit_type\n01,Thành phố Sông Lam,Sông Lam,thanh_pho_truc_thuoc_trung_uong\n02,Tỉnh Núi Đá,Núi Đá,bang\n"))
	fmt.Println(err)
	// Output: admin: provinces_2025.csv row 3 field "unit_type" value "bang": unknown unit type
}

func ExampleDataError_Unwrap() {
	_, err := admin.LoadDataset(fixtureWith("provinces_2025.csv", "code,full_name\n"))
	var de *admin.DataError
	fmt.Println(errors.Is(err, admin.ErrData), errors.As(err, &de))
	fmt.Println(err)
	// Output:
	// true true
	// admin: provinces_2025.csv row 1: missing column "name"
}

// An AddressError keeps the input and wraps the reason.
func ExampleAddressError() {
	_, err := admin.ResolveAddress("412 Nguyễn Văn Cừ")
	var ae *admin.AddressError
	if errors.As(err, &ae) {
		fmt.Println(ae.Input, errors.Is(err, admin.ErrAddressNotFound))
	}
	// Output: 412 Nguyễn Văn Cừ true
}

// A CodeError names the era and level the code was read for.
func ExampleCodeError() {
	_, err := admin.ParseCode(admin.Era2025, admin.LevelDistrict, "760")
	var ce *admin.CodeError
	if errors.As(err, &ce) {
		fmt.Println(ce.Input, ce.Era, ce.Level, errors.Is(err, admin.ErrEraLevel))
	}
	// Output: 760 2025 district true
}
