package vocab_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/vocab"
	"github.com/hocvuso/hocvuso/vietnam"
)

func ExampleNew() {
	kinds, err := vocab.New(
		vocab.Term{Code: "hoi_thi", VI: "Hội thi Tin học trẻ", EN: "Young IT contest", Aliases: []string{"thi tin học trẻ"}},
		vocab.Term{Code: "hoi_thi_cap_tinh", VI: "Hội thi Tin học trẻ cấp tỉnh", Parent: "hoi_thi"},
	)
	if err != nil {
		panic(err)
	}
	for _, cell := range []string{"THI TIN HOC TRE", "Hội thi tin học trẻ cấp tỉnh", "Đăng ký thi tin học trẻ"} {
		t, ok := kinds.Match(cell)
		fmt.Println(ok, t.Code, t.Label(vietnam.English))
	}
	// Output:
	// true hoi_thi Young IT contest
	// true hoi_thi_cap_tinh Hội thi Tin học trẻ cấp tỉnh
	// false
}

// A program adds its own services to the national ones: its province's
// app under "app install", a contest. Cells are matched whole, never by a
// word they contain.
func ExampleVocabulary_With() {
	services, err := training.NationalServices().With(
		vocab.Term{Code: "app_binh_duong_so", VI: "App Bình Dương số", Parent: string(training.AppInstall),
			Aliases: []string{"Bình Dương số", "cài app Bình Dương số"}},
		vocab.Term{Code: "c_thainguyen", VI: "C-ThaiNguyen", Parent: string(training.AppInstall),
			Aliases: []string{"Thái Nguyên-ID", "Thai Nguyen ID", "ứng dụng C-ThaiNguyen"}},
		vocab.Term{Code: "thanh_nien_viet_nam", VI: "Ứng dụng Thanh niên Việt Nam", Parent: string(training.AppInstall),
			Aliases: []string{"Thanh niên Việt Nam", "app Thanh niên Việt Nam"}},
		vocab.Term{Code: "cuoc_thi_bdhvs", VI: "Cuộc thi tìm hiểu Bình dân học vụ số", Aliases: []string{"thi tìm hiểu BDHVS"}},
	)
	if err != nil {
		panic(err)
	}
	for _, cell := range []string{"Tổng đài 1022", "THAI NGUYEN-ID", "cài app Bình Dương số", "DVC toàn trình", "Góp ý Hiến pháp trên VNeID"} {
		t, ok := services.Match(cell)
		var lineage []string
		for p := range services.Lineage(t.Code) {
			lineage = append(lineage, p.Code)
		}
		fmt.Println(cell, "→", ok, lineage)
	}
	// Output:
	// Tổng đài 1022 → true [tong_dai_1022]
	// THAI NGUYEN-ID → true [c_thainguyen ung_dung]
	// cài app Bình Dương số → true [app_binh_duong_so ung_dung]
	// DVC toàn trình → true [dvc_muc_4 dvc]
	// Góp ý Hiến pháp trên VNeID → false []
}

func ExampleTerm_Label() {
	t := vocab.Term{Code: "c_thainguyen", VI: "Ứng dụng C-ThaiNguyen"}
	fmt.Println(t.Label(vietnam.Vietnamese), "|", t.Label(vietnam.English))
	t.EN = "C-ThaiNguyen app"
	fmt.Println(t.Label(vietnam.English))
	// Output:
	// Ứng dụng C-ThaiNguyen | Ứng dụng C-ThaiNguyen
	// C-ThaiNguyen app
}

func ExampleVocabulary_Match() {
	services := training.NationalServices()
	for _, cell := range []string{"smart ca", "Kích hoạt VNeID mức 2", "TỔNG ĐÀI - 1022", "cài VNeID cho bà"} {
		t, ok := services.Match(cell)
		fmt.Printf("%s → %q %v\n", cell, t.Code, ok)
	}
	// Output:
	// smart ca → "smartca" true
	// Kích hoạt VNeID mức 2 → "vneid2" true
	// TỔNG ĐÀI - 1022 → "tong_dai_1022" true
	// cài VNeID cho bà → "" false
}

func ExampleVocabulary_Lineage() {
	for t := range training.NationalServices().Lineage("dvc_muc_4") {
		fmt.Println(t.Code, "|", t.VI)
	}
	// Output:
	// dvc_muc_4 | Dịch vụ công trực tuyến mức độ 4
	// dvc | Dịch vụ công trực tuyến
}

func ExampleVocabulary_Term() {
	services := training.NationalServices()
	t, ok := services.Term(string(training.SmartCA))
	fmt.Println(t.VI, ok)
	_, ok = services.Term("SmartCA") // codes are exact; Match reads cells
	fmt.Println(ok)
	// Output:
	// Chữ ký số SmartCA true
	// false
}

func ExampleVocabulary_Terms() {
	n, top := 0, 0
	for t := range training.NationalServices().Terms() {
		n++
		if t.Parent == "" {
			top++
		}
	}
	fmt.Println(n, "terms,", top, "without a parent")
	// Output: 10 terms, 8 without a parent
}
