package admin_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func ExampleParseAddress() {
	for _, s := range []string{
		"42/4/6 Trương Quốc Dung, F. 10, Q. Phú Nhuận, TP HCM",
		"123 Đường Vĩnh Viễn, P8Q10, HCM",
		"Số 5, Khu phố 3, P. Dĩ An, TX. Dĩ An, Bình Dương, Việt Nam",
	} {
		a, err := admin.ParseAddress(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("house %q street %q hamlet %q commune %q district %q province %q\n",
			a.House, a.Street, a.Hamlet, a.Commune, a.District, a.Province)
	}
	// Output:
	// house "42/4/6" street "Trương Quốc Dung" hamlet "" commune "F. 10" district "Q. Phú Nhuận" province "TP HCM"
	// house "123" street "Đường Vĩnh Viễn" hamlet "" commune "P8" district "Q10" province "HCM"
	// house "Số 5" street "" hamlet "Khu phố 3" commune "P. Dĩ An" district "TX. Dĩ An" province "Bình Dương"
}

func ExampleResolveAddress() {
	for _, s := range []string{
		"P. Lái Thiêu, TP. Thuận An, Bình Dương", // written before the reform
		"Phường Lái Thiêu, TP. Hồ Chí Minh",      // written after it
		"phuong 1 quan 3 tphcm",                  // no tones, no commas
	} {
		res, err := admin.ResolveAddress(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		now, _ := res.Current()
		fmt.Printf("%s: %s → %s\n", res.Era, res.Commune, now)
	}
	// Output:
	// pre-2025: Phường Lái Thiêu (25966) → Phường Lái Thiêu (25966)
	// 2025: Phường Lái Thiêu (25966) → Phường Lái Thiêu (25966)
	// pre-2025: Phường 1 (27160) → Phường Bàn Cờ (27154)
}

// An old ward split among several new ones has no single answer: the
// resolution says so and lists them all.
func ExampleResolveAddress_split() {
	res, err := admin.ResolveAddress("18/3 Trần Hưng Đạo, P14Q10, TPHCM")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Commune, "ambiguous:", res.Ambiguous)
	for _, c := range res.Candidates {
		fmt.Println(" ", c.Unit, c.Kind)
	}
	_, ok := res.Current()
	fmt.Println("current:", ok)
	// Output:
	// Phường 14 (27169) ambiguous: true
	//   Phường Hòa Hưng (27163) partial
	//   Phường Diên Hồng (27169) partial
	// current: false
}

// Initials such as "BD" (Bình Dương? Bình Định?) need a unit inside the
// province to confirm them.
func ExampleResolveAddress_initials() {
	for _, s := range []string{"Phường Dĩ An, TP Dĩ An, BD", "BD"} {
		res, err := admin.ResolveAddress(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(res.Province, res.District, res.Commune)
	}
	// Output:
	// Tỉnh Bình Dương (74) Thành phố Dĩ An (724) Phường Dĩ An (25942)
	// admin: address "BD": no administrative unit recognised
}

func ExampleNewResolver() {
	// A Resolver reads the names of one dataset: the embedded one here, or
	// one read with LoadDataset.
	r := admin.NewResolver(admin.Embedded())
	res, err := r.Resolve("Xa Dau Tieng, Huyen Dau Tieng, Binh Duong")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Era, res.Province.Name(), "/", res.District.Name(), "/", res.Commune.FullName())
	fmt.Printf("%s, confidence %.2f\n", res.Candidates[0].Unit.FullName(), res.Confidence)
	// Output:
	// pre-2025 Bình Dương / Dầu Tiếng / Thị trấn Dầu Tiếng
	// Xã Dầu Tiếng, confidence 0.67
}

func ExampleResolver_ResolveParts() {
	r := admin.NewResolver(admin.Embedded())
	res, err := r.ResolveParts(admin.Address{Street: "Lê Lợi", Commune: "Bến Nghé", District: "Quận 1", Province: "Hồ Chí Minh"})
	if err != nil {
		fmt.Println(err)
		return
	}
	now, _ := res.Current()
	fmt.Println(res.Commune.FullName(), "→", now.FullName())
	// Output:
	// Phường Bến Nghé → Phường Sài Gòn
}

func ExampleResolution_Current() {
	res, err := admin.ResolveAddress("Phường Sông Cầu, TP Bắc Kạn, Bắc Kạn")
	if err != nil {
		fmt.Println(err)
		return
	}
	if now, ok := res.Current(); ok {
		p, _ := admin.Current().Unit(now.Province())
		fmt.Println(now.FullName(), "-", p.FullName())
	}
	// Output:
	// Phường Bắc Kạn - Tỉnh Thái Nguyên
}

func ExampleAddress_String() {
	a := admin.Address{House: "12", Street: "Lê Lợi", Hamlet: "KP 3", Commune: "P. Dĩ An", Province: "Bình Dương"}
	fmt.Println(a)
	// Output:
	// 12 Lê Lợi, KP 3, P. Dĩ An, Bình Dương
}

// Resolve keeps the readings it did not choose: "Phú Xuyên, Hà Nội" is
// the old Huyện Phú Xuyên, named without a commune, in a list of 2019–2024
// and the 2025 Xã Phú Xuyên in one of 2025; nothing in the text says
// which, so the resolution is ambiguous. It could also be the old Thị trấn
// Phú Xuyên, written without its district (it went whole into Xã Phú
// Xuyên).
func ExampleResolver_Resolve() {
	r := admin.NewResolver(admin.Embedded())
	res, err := r.Resolve("Phú Xuyên, Hà Nội")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := func(rd admin.Reading) string {
		if rd.Commune.IsZero() {
			return rd.District.FullName()
		}
		return rd.Commune.FullName()
	}
	fmt.Printf("ambiguous: %v\n", res.Ambiguous)
	fmt.Printf("%s: %s, confidence %.2f\n", res.Era, name(res.Reading), res.Confidence)
	for _, alt := range res.Alternatives {
		fmt.Printf("or %s: %s, confidence %.2f\n", alt.Era, name(alt), alt.Confidence)
	}
	// Output:
	// ambiguous: true
	// pre-2025: Huyện Phú Xuyên, confidence 0.24
	// or 2025: Xã Phú Xuyên, confidence 0.94
	// or pre-2025: Thị trấn Phú Xuyên, confidence 0.85
}
