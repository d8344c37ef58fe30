package person_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

func ExampleParseName() {
	for _, s := range []string{
		"nguyễn thị minh khai",
		"Tôn Nữ Thị Ninh",
		"Âu Dương Phong",
		"H'Hen Niê",
		"Minh",
	} {
		n := person.ParseName(s)
		fmt.Printf("%-22q family=%q middle=%q given=%q\n", s, n.Family, n.Middle, n.Given)
	}
	// Output:
	// "nguyễn thị minh khai" family="nguyễn" middle="thị minh" given="khai"
	// "Tôn Nữ Thị Ninh"      family="Tôn Nữ" middle="Thị" given="Ninh"
	// "Âu Dương Phong"       family="Âu Dương" middle="" given="Phong"
	// "H'Hen Niê"            family="Niê" middle="" given="H'Hen"
	// "Minh"                 family="" middle="" given="Minh"
}

func ExampleName_Title() {
	n := person.ParseName("NGUYỄN thị minh KHAI")
	fmt.Println(n.Title())
	// Output: Nguyễn Thị Minh Khai
}

func ExampleName_Equal() {
	a := person.ParseName("Nguyễn Thị Hoà")
	b := person.ParseName("NGUYEN THI HOA")
	fmt.Println(a.Equal(b), a == b, a.Key())
	// Output: true false nguyen thi hoa
}

func ExampleSort() {
	names := []person.Name{
		person.ParseName("Bùi Tiến Đạt"),
		person.ParseName("Hồ Văn Dũng"),
		person.ParseName("Nguyễn Thị Ân"),
		person.ParseName("Lê Văn An"),
		person.ParseName("Võ Văn Bình"),
		person.ParseName("Đỗ Văn Bình"),
	}
	person.Sort(names)
	for _, n := range names {
		fmt.Println(n)
	}
	// Output:
	// Lê Văn An
	// Nguyễn Thị Ân
	// Đỗ Văn Bình
	// Võ Văn Bình
	// Hồ Văn Dũng
	// Bùi Tiến Đạt
}

func ExampleSortBy() {
	type learner struct {
		Name  person.Name
		Class string
	}
	roster := []learner{
		{person.ParseName("Trần Văn Ôn"), "10A"},
		{person.ParseName("Nguyễn Thị Ơn"), "10B"},
		{person.ParseName("Lê Thị Hòa"), "10A"},
		{person.ParseName("Lê Thị Hoa"), "10C"},
	}
	person.SortBy(roster, func(l learner) person.Name { return l.Name })
	for _, l := range roster {
		fmt.Println(l.Name, l.Class)
	}
	// Output:
	// Lê Thị Hoa 10C
	// Lê Thị Hòa 10A
	// Trần Văn Ôn 10A
	// Nguyễn Thị Ơn 10B
}

func ExampleCollator_Compare() {
	c := person.NewCollator() // one per goroutine
	a, b := person.ParseName("Bùi Tiến Đạt"), person.ParseName("Hồ Văn Dũng")
	fmt.Println(c.Compare(a, b), person.Compare(b, a))
	// Output: 1 -1
}

func ExampleKind_IsService() {
	// A learner's contact number must be a subscriber's own, not a hotline.
	for _, s := range []string{"0912 345 678", "1022", "1800 1091"} {
		p := person.MustParsePhone(s)
		fmt.Println(s, p.Kind().IsService())
	}
	// Output:
	// 0912 345 678 false
	// 1022 true
	// 1800 1091 true
}

func ExampleName_Alternative() {
	for _, s := range []string{"Hoàng Phủ Ngọc Tường", "Hoàng Phú Quý", "Hoang Phu Quy"} {
		n := person.ParseName(s)
		alt, ambiguous := n.Alternative()
		fmt.Printf("%s: family %q", s, n.Family)
		if ambiguous {
			fmt.Printf(", or %q", alt.Family)
		}
		fmt.Println()
	}
	// Output:
	// Hoàng Phủ Ngọc Tường: family "Hoàng Phủ"
	// Hoàng Phú Quý: family "Hoàng"
	// Hoang Phu Quy: family "Hoang Phu", or "Hoang"
}

func ExampleParseCCCDAt() {
	// A roster filled in on 1 June 2024 cannot list someone born in 2025.
	typed := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	_, err := person.ParseCCCDAt("079 325 000 001", typed)
	fmt.Println(err)
	fmt.Println(errors.Is(err, person.ErrIDFuture))
	c, err := person.ParseCCCDAt("079 325 000 001", typed.AddDate(1, 0, 0))
	fmt.Println(c.BirthYear(), err)
	// Output:
	// person: CCCD "079 325 000 001": birth year in the future (born 2025, after 2024) at position 5
	// true
	// 2025 <nil>
}

func ExampleParseCCCD() {
	c, err := person.ParseCCCD("001 099 012 345")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := c.Province()
	fmt.Println(c, c.Format())
	fmt.Println(p.Name, c.Sex(), c.Century(), c.BirthYear())

	for _, bad := range []string{"00109901234", "001O99012345", "003099012345", "123456789"} {
		_, err := person.ParseCCCD(bad)
		fmt.Println(err)
	}
	// Output:
	// 001099012345 001 099 012 345
	// Hà Nội male 20 1999
	// person: CCCD "00109901234": wrong number of digits (11 digits, want 12)
	// person: CCCD "001O99012345": not a digit ('O') at position 4
	// person: CCCD "003099012345": unknown place of birth code (003) at position 1
	// person: CCCD "123456789": a 9-digit CMND, not a 12-digit CCCD
}

func ExampleCCCD_CheckBirth() {
	c := person.MustParseCCCD("079305000001") // a woman born in 2005
	fmt.Println(c.CheckBirth(vietnam.MustParseDate("14/2/2005"), person.Female))
	err := c.CheckBirth(vietnam.MustParseDate("14/2/2004"), person.SexUnknown)
	fmt.Println(errors.Is(err, person.ErrBirthMismatch), err)
	// Output:
	// <nil>
	// true person: CCCD "079305000001": does not match (birth year 2004, but the number says 2005)
}

func ExampleCCCD_Abroad() {
	c := person.MustParseCCCD("232088000123")
	_, inVietnam := c.Province()
	country, _ := c.Country()
	fmt.Println(c.Abroad(), inVietnam, c.PlaceCode(), country, c.BirthYear())
	// Output: true false 232 Nhật Bản 1988
}

func ExampleParseCMND() {
	id := "023 456 789"
	if _, err := person.ParseCCCD(id); errors.Is(err, person.ErrIsCMND) {
		c, _ := person.ParseCMND(id)
		fmt.Println("CMND", c)
	}
	// Output: CMND 023456789
}

func ExampleLookupProvince() {
	p, ok := person.LookupProvince("74")
	fmt.Println(p.FullName, ok)
	// Output: Tỉnh Bình Dương true
}

func ExampleLookupCountry() {
	name, ok := person.LookupCountry(175)
	fmt.Println(name, ok)
	// Output: Hoa Kỳ true
}

func ExampleProvinces() {
	n := 0
	for p := range person.Provinces() {
		if n < 3 {
			fmt.Println(p.Code, p.Name)
		}
		n++
	}
	fmt.Println(n, "provinces")
	// Output:
	// 01 Hà Nội
	// 02 Hà Giang
	// 04 Cao Bằng
	// 63 provinces
}

func ExampleParsePhone() {
	for _, s := range []string{
		"0912 345 678",
		"0912.345.678",
		"+84 912345678",
		"84912345678",
		"(028) 3829 1234",
	} {
		p, err := person.ParsePhone(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-17q %-13s %-10s %s\n", s, p.E164(), p.Kind(), p.Network())
	}
	// Output:
	// "0912 345 678"    +84912345678  mobile     VinaPhone
	// "0912.345.678"    +84912345678  mobile     VinaPhone
	// "+84 912345678"   +84912345678  mobile     VinaPhone
	// "84912345678"     +84912345678  mobile     VinaPhone
	// "(028) 3829 1234" +842838291234 fixed line unknown
}

func ExampleParsePhone_migration() {
	for _, s := range []string{"0168 123 4567", "04 3825 3523", "(08) 3829 1234", "08 3829 1234"} {
		p := person.MustParsePhone(s)
		fmt.Printf("%-16s → %-14s %s\n", s, p.National(), p.Migration())
	}
	// Output:
	// 0168 123 4567    → 0381 234 567   11-digit mobile number converted to 10 digits (2018)
	// 04 3825 3523     → 024 3825 3523  old area code replaced (2017)
	// (08) 3829 1234   → 028 3829 1234  old area code replaced (2017)
	// 08 3829 1234     → 0838 291 234   not migrated
}

func ExampleParsePhone_errors() {
	for _, s := range []string{"0912 345 67x", "0912 345", "+1 212 555 0100", "0801 234 567"} {
		_, err := person.ParsePhone(s)
		fmt.Println(err)
	}
	// Output:
	// person: phone "0912 345 67x": unexpected character ('x') at position 12
	// person: phone "0912 345": wrong number of digits (6 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))
	// person: phone "+1 212 555 0100": not a Vietnamese number (country code is not +84)
	// person: phone "0801 234 567": unknown prefix (0801)
}

func ExamplePhone_Kind() {
	for _, s := range []string{"0912 345 678", "028 3829 1234", "0672 012 345", "1800 1091", "1900 1234 56", "1022", "113", "069 12345"} {
		p := person.MustParsePhone(s)
		fmt.Printf("%-14s %-15q %s\n", p.National(), p.E164(), p.Kind())
	}
	// Output:
	// 0912 345 678   "+84912345678"  mobile
	// 028 3829 1234  "+842838291234" fixed line
	// 067 201 23 45  "+84672012345"  VoIP
	// 1800 1091      "+8418001091"   toll-free
	// 1900 123456    "+841900123456" premium-rate
	// 1022           ""              short code
	// 113            ""              short code
	// 0691 2345      "+846912345"    UAN
}

func ExamplePhone_National() {
	for _, s := range []string{"+84912345678", "+842838291234", "+842363821234"} {
		p := person.MustParsePhone(s)
		fmt.Printf("%-14s | %s\n", p.National(), p.International())
	}
	// Output:
	// 0912 345 678   | +84 912 345 678
	// 028 3829 1234  | +84 28 3829 1234
	// 0236 3821 234  | +84 236 3821 234
}

func ExamplePhone_Province() {
	p := person.MustParsePhone("0274 3822 123")
	prov, _ := p.Province()
	fmt.Println(p.AreaCode(), prov.Name)
	// Output: 0274 Bình Dương
}

func ExamplePhone_Legacy() {
	p := person.MustParsePhone("0511 3821 234")
	fmt.Println(p.E164(), "was", p.Legacy())
	// Output: +842363821234 was (0511) 3821234
}

func ExampleCCCD_Serial() {
	c := person.MustParseCCCD("074204001234")
	fmt.Println(c.PlaceCode(), c.Sex().Label(vietnam.Vietnamese), c.YearDigits(), c.Serial())
	// Output: 74 nam 4 1234
}

func ExampleCCCD_UnmarshalText() {
	// CCCD, CMND and Phone read from and write to JSON as text, so a
	// roster row decodes in one call and an empty field stays empty.
	var row struct {
		ID    person.CCCD  `json:"cccd"`
		Old   person.CMND  `json:"cmnd"`
		Phone person.Phone `json:"phone"`
	}
	err := json.Unmarshal([]byte(`{"cccd": "074 204 001 234", "cmnd": "", "phone": "0168 123 4567"}`), &row)
	fmt.Println(err, row.ID.Format(), row.Old.IsZero(), row.Phone)
	out, _ := json.Marshal(row)
	fmt.Println(string(out))

	err = json.Unmarshal([]byte(`{"cccd": "074204"}`), &row)
	fmt.Println(errors.Is(err, person.ErrIDLength))
	// Output:
	// <nil> 074 204 001 234 true 0381 234 567
	// {"cccd":"074204001234","cmnd":"","phone":"+84381234567"}
	// true
}

func ExamplePhone_Equal() {
	// The same subscriber typed in its old 11-digit form and its current form.
	old := person.MustParsePhone("0168 123 4567")
	cur := person.MustParsePhone("+84 381 234 567")
	fmt.Println(old.Equal(cur), old == cur, old.Migration(), cur.Migration())
	// Output: true false 11-digit mobile number converted to 10 digits (2018) not migrated
}

func ExampleIDError() {
	// Point whoever typed the number at the wrong character.
	_, err := person.ParseCCCD("0791O5000001")
	var ie *person.IDError
	if errors.As(err, &ie) {
		fmt.Printf("%s %q: position %d (%s)\n", ie.Kind, ie.Input, ie.Pos, ie.Why)
	}
	_, err = person.ParsePhone("0912 345 6789 1")
	var pe *person.PhoneError
	fmt.Println(errors.As(err, &pe), errors.Is(err, person.ErrPhoneLength))
	// Output:
	// CCCD "0791O5000001": position 5 ('O')
	// true true
}

func ExampleNetwork_MarshalText() {
	// What ParsePhone learnt about a number travels in JSON as words.
	p, _ := person.ParsePhone("0168 123 4567")
	b, _ := json.Marshal(struct {
		Phone     person.Phone
		Kind      person.Kind
		Network   person.Network
		Migration person.Migration
	}{p, p.Kind(), p.Network(), p.Migration()})
	fmt.Println(string(b))
	var k person.Kind
	fmt.Println(k.UnmarshalText([]byte("Cố định")), k)
	var n person.Network
	fmt.Println(n.UnmarshalText([]byte("S-Fone")))
	// Output:
	// {"Phone":"+84381234567","Kind":"mobile","Network":"viettel","Migration":"mobile-2018"}
	// <nil> fixed line
	// person: network "S-Fone": want viettel, vinaphone, mobifone, vietnamobile, gmobile, itel or reddi: unknown name
}

func ExampleCompare() {
	// Names sort by given name, then family name, then middle name, with
	// letters in the Vietnamese order (a ă â ... d đ ...).
	a, b := person.ParseName("Trần Văn Đạt"), person.ParseName("Lê Thị Dung")
	fmt.Println(person.Compare(a, b), person.Compare(b, a), person.Compare(a, a))
	// Output: 1 -1 0
}

func ExampleNewCollator() {
	// One Collator for a whole column; it is not safe for concurrent use.
	c := person.NewCollator()
	names := []string{"Ông Văn Ân", "Ông Văn An", "Ông Văn Ấn"}
	for i := 1; i < len(names); i++ {
		fmt.Println(names[i-1], "<", names[i], c.Compare(person.ParseName(names[i-1]), person.ParseName(names[i])) < 0)
	}
	// Output:
	// Ông Văn Ân < Ông Văn An false
	// Ông Văn An < Ông Văn Ấn true
}

func ExampleMustParseCCCD() {
	// For literals known to be valid; input from people goes to ParseCCCD.
	c := person.MustParseCCCD("079 305 000 001")
	p, _ := c.Province()
	fmt.Println(c, c.BirthYear(), c.Sex(), p.Name)
	// Output: 079305000001 2005 female Hồ Chí Minh
}

func ExampleMustParsePhone() {
	p := person.MustParsePhone("+84 912 345 678")
	fmt.Println(p, p.E164(), p.Network())
	// Output: 0912 345 678 +84912345678 VinaPhone
}

func ExampleMustParseTaxCode() {
	// A dependent unit's code names its parent company's.
	t := person.MustParseTaxCode("0100109106001")
	fmt.Println(t, t.Branch(), t.Parent())
	// Output: 0100109106-001 1 0100109106
}

func ExampleCCCD_Province() {
	for _, s := range []string{"019190001234", "074085001234", "232088000123"} {
		p, ok := person.MustParseCCCD(s).Province()
		fmt.Printf("%s %q %q %v\n", s, p.Code, p.FullName, ok)
	}
	// Output:
	// 019190001234 "19" "Tỉnh Thái Nguyên" true
	// 074085001234 "74" "Tỉnh Bình Dương" true
	// 232088000123 "" "" false
}

func ExampleCCCD_PlaceCode() {
	fmt.Println(person.MustParseCCCD("019190001234").PlaceCode(), person.MustParseCCCD("232088000123").PlaceCode())
	// Output: 19 232
}

func ExampleCCCD_Country() {
	for _, s := range []string{"232088000123", "019190001234"} {
		country, ok := person.MustParseCCCD(s).Country()
		fmt.Printf("%s %q %v\n", s, country, ok)
	}
	// Output:
	// 232088000123 "Nhật Bản" true
	// 019190001234 "" false
}

func ExampleCCCD_BirthYear() {
	for _, s := range []string{"019190001234", "074204001234", "001099012345"} {
		c := person.MustParseCCCD(s)
		fmt.Println(s, c.BirthYear(), c.Sex())
	}
	// Output:
	// 019190001234 1990 female
	// 074204001234 2004 male
	// 001099012345 1999 male
}

func ExampleCCCD_Century() {
	for _, s := range []string{"019190001234", "074204001234"} {
		c := person.MustParseCCCD(s)
		fmt.Println(s, c.Century(), c.YearDigits())
	}
	// Output:
	// 019190001234 20 90
	// 074204001234 21 4
}

func ExampleCCCD_YearDigits() {
	c := person.MustParseCCCD("074305000001") // a woman born in 2005
	fmt.Printf("%02d %d\n", c.YearDigits(), c.BirthYear())
	// Output: 05 2005
}

func ExampleCCCD_Sex() {
	for _, s := range []string{"019090001234", "019190001234", "074204001234", "074305000001"} {
		c := person.MustParseCCCD(s)
		fmt.Println(s, c.Sex().Label(vietnam.Vietnamese), c.BirthYear())
	}
	// Output:
	// 019090001234 nam 1990
	// 019190001234 nữ 1990
	// 074204001234 nam 2004
	// 074305000001 nữ 2005
}

func ExampleCCCD_Format() {
	c := person.MustParseCCCD("019.190.001.234")
	fmt.Println(c.Format())
	fmt.Println(c.String())
	// Output:
	// 019 190 001 234
	// 019190001234
}

func ExampleCCCD_String() {
	c := person.MustParseCCCD(" 0741 8500 1234 ")
	fmt.Println(c)
	var none person.CCCD
	fmt.Printf("%q\n", none.String())
	// Output:
	// 074185001234
	// ""
}

func ExampleCCCD_Equal() {
	a := person.MustParseCCCD("019 190 001 234")
	b := person.MustParseCCCD("019190001234")
	fmt.Println(a.Equal(b), a == b)
	// Output: true true
}

func ExampleCCCD_IsZero() {
	var c person.CCCD
	fmt.Println(c.IsZero(), person.MustParseCCCD("019190001234").IsZero())
	// Output: true false
}

func ExampleCCCD_MarshalText() {
	b, err := json.Marshal(struct {
		Name string      `json:"ho_ten"`
		ID   person.CCCD `json:"so_cccd"`
	}{"Nguyễn Thị Hoa", person.MustParseCCCD("019 190 001 234")})
	fmt.Println(string(b), err)
	// Output: {"ho_ten":"Nguyễn Thị Hoa","so_cccd":"019190001234"} <nil>
}

func ExampleCMND_String() {
	c, err := person.ParseCMND("090 123 456")
	fmt.Println(c, err)
	// Output: 090123456 <nil>
}

func ExampleCMND_Equal() {
	a, _ := person.ParseCMND("090123456")
	b, _ := person.ParseCMND("090 123 456")
	fmt.Println(a.Equal(b))
	// Output: true
}

func ExampleCMND_IsZero() {
	var c person.CMND
	fmt.Println(c.IsZero())
	// Output: true
}

func ExampleCMND_MarshalText() {
	c, _ := person.ParseCMND("090 123 456")
	b, err := c.MarshalText()
	fmt.Println(string(b), err)
	// Output: 090123456 <nil>
}

func ExampleCMND_UnmarshalText() {
	var c person.CMND
	fmt.Println(c.UnmarshalText([]byte("090123456")), c)
	fmt.Println(c.UnmarshalText([]byte("019190001234")))
	// Output:
	// <nil> 090123456
	// person: CMND "019190001234": wrong number of digits (12 digits, want 9)
}

func ExampleIDError_Error() {
	_, err := person.ParseCCCD("019 190 00I 234")
	fmt.Println(err)
	// Output: person: CCCD "019 190 00I 234": not a digit ('I') at position 11
}

func ExampleIDError_Unwrap() {
	_, err := person.ParseCCCD("019 190 001 23")
	var ie *person.IDError
	fmt.Println(errors.As(err, &ie), ie.Kind, errors.Is(err, person.ErrIDLength))
	// Output: true CCCD true
}

func ExamplePhone_E164() {
	for _, s := range []string{"0912 345 678", "(0208) 3855 123", "+84 98 765 4321"} {
		fmt.Println(person.MustParsePhone(s).E164())
	}
	// Output:
	// +84912345678
	// +842083855123
	// +84987654321
}

func ExamplePhone_International() {
	for _, s := range []string{"0912 345 678", "0274 3822 123", "1800 1091", "1022"} {
		fmt.Printf("%q\n", person.MustParsePhone(s).International())
	}
	// Output:
	// "+84 912 345 678"
	// "+84 274 3822 123"
	// "+84 1800 1091"
	// ""
}

func ExamplePhone_String() {
	p := person.MustParsePhone("+84-986-123-456")
	fmt.Println(p)
	fmt.Printf("%q\n", person.Phone{}.String())
	// Output:
	// 0986 123 456
	// ""
}

func ExamplePhone_AreaCode() {
	for _, s := range []string{"0208 3855 123", "0274 3822 123", "024 3825 3523", "0912 345 678"} {
		fmt.Printf("%s %q\n", s, person.MustParsePhone(s).AreaCode())
	}
	// Output:
	// 0208 3855 123 "0208"
	// 0274 3822 123 "0274"
	// 024 3825 3523 "024"
	// 0912 345 678 ""
}

func ExamplePhone_Network() {
	for _, s := range []string{"0986 123 456", "0912 345 678", "0903 123 456", "0921 234 567", "0274 3822 123"} {
		fmt.Println(s, person.MustParsePhone(s).Network())
	}
	// Output:
	// 0986 123 456 Viettel
	// 0912 345 678 VinaPhone
	// 0903 123 456 MobiFone
	// 0921 234 567 Vietnamobile
	// 0274 3822 123 unknown
}

func ExamplePhone_Migration() {
	for _, s := range []string{"0168 123 4567", "04 3825 3523", "0650 3822 123", "0381 234 567"} {
		p := person.MustParsePhone(s)
		fmt.Println(s, "→", p, p.Migration())
	}
	// Output:
	// 0168 123 4567 → 0381 234 567 11-digit mobile number converted to 10 digits (2018)
	// 04 3825 3523 → 024 3825 3523 old area code replaced (2017)
	// 0650 3822 123 → 0274 3822 123 old area code replaced (2017)
	// 0381 234 567 → 0381 234 567 not migrated
}

func ExamplePhone_IsZero() {
	var p person.Phone
	fmt.Println(p.IsZero(), person.MustParsePhone("0912 345 678").IsZero())
	// Output: true false
}

func ExamplePhone_MarshalText() {
	b, err := json.Marshal(map[string]person.Phone{"sdt": person.MustParsePhone("0912.345.678")})
	fmt.Println(string(b), err)
	// Output: {"sdt":"+84912345678"} <nil>
}

func ExamplePhone_UnmarshalText() {
	var learner struct {
		Phone person.Phone `json:"sdt"`
	}
	err := json.Unmarshal([]byte(`{"sdt": "0168 123 4567"}`), &learner)
	fmt.Println(learner.Phone, learner.Phone.Migration(), err)
	err = json.Unmarshal([]byte(`{"sdt": "0912 345"}`), &learner)
	fmt.Println(err)
	// Output:
	// 0381 234 567 11-digit mobile number converted to 10 digits (2018) <nil>
	// person: phone "0912 345": wrong number of digits (6 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))
}

func ExamplePhoneError_Error() {
	for _, s := range []string{"0912 34x 678", "0912 345", "0112 345 678"} {
		_, err := person.ParsePhone(s)
		fmt.Println(err)
	}
	// Output:
	// person: phone "0912 34x 678": unexpected character ('x') at position 8
	// person: phone "0912 345": wrong number of digits (6 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))
	// person: phone "0112 345 678": unknown prefix (0112)
}

func ExamplePhoneError_Unwrap() {
	_, err := person.ParsePhone("0912 34x 678")
	fmt.Println(errors.Is(err, person.ErrPhoneSyntax))
	// Output: true
}

func ExampleKind_String() {
	for _, s := range []string{"0912 345 678", "0208 3855 123", "1800 1091", "1900 1234", "113", "1022"} {
		fmt.Println(s, person.MustParsePhone(s).Kind())
	}
	fmt.Println(person.Kind(99))
	// Output:
	// 0912 345 678 mobile
	// 0208 3855 123 fixed line
	// 1800 1091 toll-free
	// 1900 1234 premium-rate
	// 113 short code
	// 1022 short code
	// Kind(99)
}

func ExampleKind_MarshalText() {
	b, err := person.TollFree.MarshalText()
	fmt.Println(string(b), err)
	// Output: toll-free <nil>
}

func ExampleKind_UnmarshalText() {
	var k person.Kind
	fmt.Println(k.UnmarshalText([]byte("fixed line")), k)
	fmt.Println(k.UnmarshalText([]byte("satellite")))
	// Output:
	// <nil> fixed line
	// person: phone kind "satellite": want mobile, fixed-line, voip, toll-free, premium-rate, short-code or uan: unknown name
}

func ExampleMigration_String() {
	for m := person.NotMigrated; m <= person.VSAT2018+1; m++ {
		fmt.Println(m)
	}
	// Output:
	// not migrated
	// 11-digit mobile number converted to 10 digits (2018)
	// old area code replaced (2017)
	// VSAT 0992 number converted to 0672 (2018)
	// Migration(4)
}

func ExampleMigration_MarshalText() {
	b, err := person.Mobile2018.MarshalText()
	fmt.Println(string(b), err)
	// Output: mobile-2018 <nil>
}

func ExampleMigration_UnmarshalText() {
	var m person.Migration
	err := m.UnmarshalText([]byte("area code 2017"))
	fmt.Println(m == person.AreaCode2017, err)
	// Output: true <nil>
}

func ExampleNetwork_String() {
	for n := person.NetworkUnknown; n <= person.Reddi+1; n++ {
		fmt.Println(n)
	}
	// Output:
	// unknown
	// Viettel
	// VinaPhone
	// MobiFone
	// Vietnamobile
	// Gmobile
	// Itel
	// Reddi
	// Network(8)
}

func ExampleNetwork_UnmarshalText() {
	for _, s := range []string{"viettel", "Vinaphone", "S-Fone"} {
		var n person.Network
		err := n.UnmarshalText([]byte(s))
		fmt.Println(s, n, err)
	}
	// Output:
	// viettel Viettel <nil>
	// Vinaphone VinaPhone <nil>
	// S-Fone unknown person: network "S-Fone": want viettel, vinaphone, mobifone, vietnamobile, gmobile, itel or reddi: unknown name
}

func ExampleSex_Label() {
	for _, s := range []person.Sex{person.Male, person.Female, person.SexUnknown} {
		fmt.Printf("%s / %s\n", s.Label(vietnam.Vietnamese), s.Label(vietnam.English))
	}
	// Output:
	// nam / male
	// nữ / female
	// không rõ / unknown
}

func ExampleSex_String() {
	fmt.Println(person.Male, person.Female, person.SexUnknown, person.Sex(3))
	// Output: male female unknown Sex(3)
}

func ExampleSex_MarshalText() {
	b, err := json.Marshal([]person.Sex{person.Female, person.Male, person.SexUnknown})
	fmt.Println(string(b), err)
	// Output: ["female","male",""] <nil>
}

func ExampleSex_UnmarshalText() {
	// The "Giới tính" column of a roster, as volunteers type it.
	for _, s := range []string{"Nữ", "nam", "F", "khác"} {
		var sex person.Sex
		err := sex.UnmarshalText([]byte(s))
		fmt.Println(s, sex, err)
	}
	// Output:
	// Nữ female <nil>
	// nam male <nil>
	// F female <nil>
	// khác unknown person: sex "khác": want male or female: unknown name
}

func ExampleName_String() {
	n := person.ParseName("  nguyễn   thị  minh khai ")
	fmt.Printf("%q\n", n.String())
	// Output: "nguyễn thị minh khai"
}

func ExampleName_Key() {
	for _, s := range []string{"Nguyễn Thị Hoà", "NGUYEN THI HOA", "Đặng Văn Đức"} {
		fmt.Println(person.ParseName(s).Key())
	}
	// Output:
	// nguyen thi hoa
	// nguyen thi hoa
	// dang van duc
}

func ExampleName_IsZero() {
	fmt.Println(person.ParseName("").IsZero(), person.ParseName("  ").IsZero(), person.ParseName("Minh").IsZero())
	// Output: true true false
}

func ExampleTaxCode_String() {
	fmt.Println(person.MustParseTaxCode("0100 109 106"))
	fmt.Println(person.MustParseTaxCode("0100109106001"))
	// Output:
	// 0100109106
	// 0100109106-001
}

func ExampleTaxCode_Branch() {
	for _, s := range []string{"0100109106", "0100109106-001", "0100109106-012"} {
		fmt.Println(s, person.MustParseTaxCode(s).Branch())
	}
	// Output:
	// 0100109106 0
	// 0100109106-001 1
	// 0100109106-012 12
}

func ExampleTaxCode_Parent() {
	t := person.MustParseTaxCode("0100109106-001")
	fmt.Println(t.Parent(), t.Parent().Branch())
	fmt.Println(person.MustParseTaxCode("0100109106").Parent())
	// Output:
	// 0100109106 0
	// 0100109106
}

func ExampleTaxCode_IsZero() {
	var t person.TaxCode
	fmt.Println(t.IsZero(), person.MustParseTaxCode("0100109106").IsZero())
	// Output: true false
}

func ExampleTaxCode_MarshalText() {
	b, err := json.Marshal(map[string]person.TaxCode{"mst": person.MustParseTaxCode("0100109106-001")})
	fmt.Println(string(b), err)
	// Output: {"mst":"0100109106-001"} <nil>
}

func ExampleTaxCode_UnmarshalText() {
	var t person.TaxCode
	fmt.Println(t.UnmarshalText([]byte("0100.109.106")), t)
	fmt.Println(t.UnmarshalText([]byte("0100109107")))
	// Output:
	// <nil> 0100109106
	// person: MST "0100109107": wrong check digit (7, want 6) at position 10
}

// A PhoneError points at the character a form should underline.
func ExamplePhoneError() {
	_, err := person.ParsePhone("0912 34x 678")
	var pe *person.PhoneError
	if errors.As(err, &pe) {
		fmt.Println(pe.Pos, errors.Is(err, person.ErrPhoneSyntax))
	}
	// Output: 8 true
}
