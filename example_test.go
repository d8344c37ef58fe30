package hocvuso_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// Example is the README's quick tour; keeping it here makes sure the
// output printed there is what the code prints.
func Example() {
	// An address typed before the reform lands on today's ward.
	res, _ := admin.ResolveAddress("KP Bình Đức 1, P. Lái Thiêu, TP. Thuận An, Bình Dương")
	ward, _ := res.Current()
	city, _ := admin.Current().Unit(ward.Province())
	fmt.Println(ward.FullName(), "·", city.FullName())

	// Names, phones and citizen IDs as volunteers type them.
	name := person.ParseName(vietnam.Title("nguyễn  VĂN an"))
	fmt.Printf("%s | họ %s, tên %s | %s\n", name, name.Family, name.Given, vietnam.Fold("Đặng Thị Ánh  Tuyết"))
	phone, _ := person.ParsePhone("01681234567") // an 11-digit number from before 2018
	fmt.Println(phone.National(), phone.Network())
	id, _ := person.ParseCCCD("074085001234")
	born, _ := id.Province()
	fmt.Println(id.Sex().Label(vietnam.Vietnamese), id.BirthYear(), born.Name)

	// Campaign windows as announcements write them.
	w, _ := campaign.ParseWindowInYear("từ ngày 29/5 đến hết ngày 15/8", 2025)
	fmt.Println(w, "·", w.Days(), "ngày")
	n, _ := vietnam.ParseNumber("1,6 triệu")
	fmt.Println(vietnam.FormatInt(52000), vietnam.FormatCompact(n), n)
	// Output:
	// Phường Lái Thiêu · Thành phố Hồ Chí Minh
	// Nguyễn Văn An | họ Nguyễn, tên An | dang thi anh tuyet
	// 0381 234 567 Viettel
	// nam 1985 Bình Dương
	// 29/05/2025–15/08/2025 · 79 ngày
	// 52.000 1,6 triệu 1600000
}
