package training_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

func ExampleGradebook_Outcome() {
	d := vietnam.MustParseDate
	course := curriculum.Course{ID: "c", Lessons: []curriculum.Lesson{{ID: "1"}, {ID: "2"}}}
	class := training.Class{ID: "lop-2", Course: "c", Sessions: []training.Session{
		{Date: d("1/6/2025"), Lessons: []string{"1"}}, {Date: d("2/6/2025")}, {Date: d("3/6/2025")},
		{Date: d("4/6/2025")}, {Date: d("5/6/2025")}}}
	rule := training.Rule{MinAttendance: decimal.RequireFromString("0.8"), LessonsInOrder: true}
	g, _ := training.NewGradebook(class, course, rule)
	_ = g.Enroll("an", d("1/6/2025"))
	for _, i := range []int{0, 1, 2} {
		_ = g.Attend("an", i)
	}
	o, _ := g.Outcome("an", d("30/6/2025"))
	fmt.Println(o.Complete, o.Attendance)
	for i, s := range o.Shortfalls {
		fmt.Println(s.Label(vietnam.Vietnamese), "—", o.Detail[i])
	}
	// Output:
	// false 0.6
	// chưa đủ số buổi — attended 3 of 5 sessions, need 80%
	// thiếu bài học — lesson 2 "2" not completed
}

func ExampleGradebook() {
	d := vietnam.MustParseDate
	course := curriculum.Course{ID: "vneid", Lessons: []curriculum.Lesson{{ID: "cai-dat"}, {ID: "kich-hoat"}}}
	class := training.Class{ID: "lop-1", Course: "vneid", Unit: "doan-phuong-lai-thieu", Sessions: []training.Session{
		{Date: d("7/6/2025"), Lessons: []string{"cai-dat"}},
		{Date: d("14/6/2025"), Lessons: []string{"kich-hoat"}},
	}}
	g, _ := training.NewGradebook(class, course, training.Rule{MinAttendance: decimal.RequireFromString("0.5"), LessonsInOrder: true})
	_ = g.Enroll("an", d("1/6/2025"))
	_ = g.Enroll("binh", d("1/6/2025"))
	_ = g.Attend("an", 0)
	_ = g.Attend("an", 1)
	_ = g.Attend("binh", 0)
	fmt.Println(slices.Collect(g.Completed(d("30/6/2025"))))
	// Output: [an]
}

func ExampleImporter_Import() {
	roster := "Họ và tên,Ngày sinh,SĐT,Địa chỉ,Ngày học\n" +
		"nguyễn văn an,12/3/1985,0912.345.678,\"P. Lái Thiêu, TP. Thuận An, Bình Dương\",7/6/2025\n" +
		"Lê Văn Cường,31/04/1995,0911222333,,7/6/2025\n"
	im := training.NewImporter(training.ImportOptions{})
	rep, _ := im.Import(context.Background(), strings.NewReader(roster), func(e training.Entry) error {
		fmt.Println(e.Row, e.Learner.Name, e.Learner.Phone.National(), e.Learner.Commune, e.Date)
		for _, f := range e.Fixes {
			fmt.Printf("  %s: %q → %q\n", f.Kind, f.From, f.To)
		}
		for _, w := range e.Warnings {
			fmt.Println("  warning:", &w)
		}
		return nil
	})
	fmt.Println(rep.Rows, "rows,", (rep.Accepted - rep.Warned), "clean,", rep.Warned, "with warnings,", len(rep.Rejected), "rejected")
	// Output:
	// 2 Nguyễn Văn An 0912 345 678 25966 07/06/2025
	//   name_case: "nguyễn văn an" → "Nguyễn Văn An"
	//   date_format: "12/3/1985" → "12/03/1985"
	//   phone_format: "0912.345.678" → "0912 345 678"
	//   date_format: "7/6/2025" → "07/06/2025"
	// 3 Lê Văn Cường 0911 222 333  07/06/2025
	//   date_format: "7/6/2025" → "07/06/2025"
	//   warning: training: row 3, column "Ngày sinh", value "31/04/1995": not a birth date: day 31 out of range for 4/1995 (1–30)
	// 2 rows, 1 clean, 1 with warnings, 0 rejected
}

func ExampleFieldOf() {
	for _, h := range []string{"Họ và tên", "HO TEN", "SĐT", "Ghi chú"} {
		fmt.Println(h, "→", training.FieldOf(h))
	}
	// Output:
	// Họ và tên → name
	// HO TEN → name
	// SĐT → phone
	// Ghi chú → ignored
}

func ExampleIndicators() {
	for _, ind := range training.Indicators(nil)[:4] {
		fmt.Println(ind.Code, ind.Aggregation, "—", ind.NameVI)
	}
	// Output:
	// hoc_vien distinct — Người được hướng dẫn kỹ năng số
	// luot_hoc sum — Lượt tham gia lớp học
	// hoan_thanh distinct — Người hoàn thành lớp học
	// ho_gia_dinh_so distinct — Hộ gia đình số
}

func ExampleSchedule() {
	sessions, _ := training.Schedule(training.Plan{First: vietnam.MustParseDate("28/4/2025"), Sessions: 3,
		Lessons: []string{"cai-dat", "kich-hoat", "dich-vu-cong"}}, nil)
	for _, s := range sessions {
		fmt.Println(s.Date, s.Date.Weekday(), s.Lessons)
	}
	// Output:
	// 28/04/2025 Monday [cai-dat]
	// 29/04/2025 Tuesday [kich-hoat]
	// 05/05/2025 Monday [dich-vu-cong]
}

func ExampleGradebook_Certify() {
	d := vietnam.MustParseDate
	course := curriculum.Course{ID: "vneid", Lessons: []curriculum.Lesson{{ID: "1"}}}
	class := training.Class{ID: "lop-1", Course: "vneid", Sessions: []training.Session{{Date: d("7/6/2025"), Lessons: []string{"1"}}}}
	g, _ := training.NewGradebook(class, course, training.Rule{LessonsInOrder: true})
	_ = g.Enroll("an", d("1/6/2025"))
	_ = g.Attend("an", 0)
	certs, _ := g.Certify("BDHVS", 1, d("7/6/2025"), nil)
	fmt.Println(certs[0].Learner, certs[0].Number)
	// Output: an BDHVS-2025-000001-54
}

func ExampleGradebookRecords() {
	d := vietnam.MustParseDate
	course := curriculum.Course{ID: "ai", Lessons: []curriculum.Lesson{{ID: "1"}}}
	class := training.Class{ID: "lop-ai", Course: "ai", Unit: "doan-xa-muong-pon", Sessions: []training.Session{
		{Date: d("10/5/2025"), Lessons: []string{"1"}}}}
	g, _ := training.NewGradebook(class, course, training.Rule{})
	_ = g.Enroll("giang", d("6/5/2025"))
	_ = g.Attend("giang", 0)
	for r := range training.GradebookRecords(g, d("31/5/2025")) {
		fmt.Println(r.Indicator, r.Unit, r.Date, r.Subject)
	}
	// Output:
	// luot_hoc doan-xa-muong-pon 10/05/2025 giang
	// hoc_vien doan-xa-muong-pon 10/05/2025 giang
	// hoan_thanh doan-xa-muong-pon 31/05/2025 giang
}

func ExampleHouseholdRecords() {
	learners := []training.Learner{{ID: "a", Household: "ho-17", Unit: "kp1"}, {ID: "b", Household: "ho-18", Unit: "kp1"}}
	done := func(id training.LearnerID) bool { return id == "a" }
	for r := range training.HouseholdRecords(slices.Values(learners), done, vietnam.MustParseDate("30/6/2025")) {
		fmt.Println(r.Indicator, r.Unit, r.Subject)
	}
	// Output: ho_gia_dinh_so kp1 ho-17
}

func ExampleServiceIndicator() {
	for _, s := range []training.Service{training.VNeIDLevel2, training.SmartCA} {
		fmt.Println(training.ServiceIndicator(s), "—", s.Label(vietnam.English))
	}
	// Output:
	// dv_vneid2 — VNeID level-2 activation
	// dv_smartca — SmartCA digital-signature account
}

func ExampleTargetGroups() {
	groups := training.TargetGroups()
	for _, cell := range []string{"Người cao tuổi", "HS-SV", "CBCCVC", "đồng bào DTTS"} {
		t, _ := groups.Match(cell)
		fmt.Println(t.Code, "—", t.Label(vietnam.Vietnamese))
	}
	// Output:
	// nguoi_cao_tuoi — Người cao tuổi
	// hoc_sinh — Học sinh, sinh viên
	// can_bo — Cán bộ, công chức, viên chức
	// dan_toc_thieu_so — Đồng bào dân tộc thiểu số
}

func ExampleImporter_Records() {
	im := training.NewImporter(training.ImportOptions{NoResolve: true})
	e := training.Entry{Learner: training.Learner{ID: "074085001234", Unit: "doan-lai-thieu", Sex: person.Male,
		BirthDate: vietnam.MustParseDate("12/3/1998")}, Date: vietnam.MustParseDate("2/6/2025"), Service: "dvc_muc_4"}
	for _, t := range im.Records(e) {
		fmt.Println(t.Record.Indicator, t.Record.Unit, t.Record.Date, t.Option(training.BySex), t.Option(training.ByAge))
	}
	// Output:
	// dv_dvc_muc_4 doan-lai-thieu 02/06/2025 nam thanh_nien
	// nd_dvc_muc_4 doan-lai-thieu 02/06/2025 nam thanh_nien
	// dv_dvc doan-lai-thieu 02/06/2025 nam thanh_nien
	// nd_dvc doan-lai-thieu 02/06/2025 nam thanh_nien
}

func ExampleServiceUsers() {
	fmt.Println(training.ServiceUsers(training.OnlinePublicService), training.ServiceIndicator(training.OnlinePublicService))
	// Output: nd_dvc dv_dvc
}

func ExampleNationalServices() {
	services := training.NationalServices()
	for _, cell := range []string{"Kích hoạt VNeID mức 2", "chu ky so", "DVC toàn trình", "Góp ý Hiến pháp trên VNeID"} {
		t, ok := services.Match(cell)
		fmt.Printf("%s → %q %v %q\n", cell, t.Code, ok, t.Parent)
	}
	// Output:
	// Kích hoạt VNeID mức 2 → "vneid2" true ""
	// chu ky so → "smartca" true ""
	// DVC toàn trình → "dvc_muc_4" true "dvc"
	// Góp ý Hiến pháp trên VNeID → "" false ""
}

func ExampleActivities() {
	activities := training.Activities()
	for _, cell := range []string{"Hỗ trợ", "Tuyên truyền", "lớp học"} {
		t, ok := activities.Match(cell)
		fmt.Printf("%s → %q %v\n", cell, t.Code, ok)
	}
	// Output:
	// Hỗ trợ → "ho_tro" true
	// Tuyên truyền → "tuyen_truyen" true
	// lớp học → "lop_hoc" true
}

func ExampleDefaultAgeBands() {
	for _, b := range training.DefaultAgeBands() {
		fmt.Println(b.Code, b.From, b.To, "—", b.Label(vietnam.English))
	}
	// Output:
	// thanh_nien 16 30 — Youth (16–30)
	// nguoi_cao_tuoi 60 0 — Older people (60+)
}

// sheet is a RowReader over rows already split, as a spreadsheet or a
// database query gives them.
type sheet struct {
	rows [][]string
	next int
}

func (s *sheet) Read() (int, []string, error) {
	if s.next == len(s.rows) {
		return 0, nil, io.EOF
	}
	s.next++
	return s.next, s.rows[s.next-1], nil
}

func ExampleImporter_ImportRows() {
	rows := &sheet{rows: [][]string{
		{"DANH SÁCH NGƯỜI DÂN ĐƯỢC HỖ TRỢ"},
		{"STT", "Họ tên", "Dịch vụ", "Ngày"},
		{"1", "Trần Thị Bích", "SmartCA", "3/6/2025"},
		{"2", "", "VNeID", "3/6/2025"},
	}}
	im := training.NewImporter(training.ImportOptions{NoResolve: true})
	rep, err := im.ImportRows(context.Background(), rows, func(e training.Entry) error {
		fmt.Println(e.Row, e.Learner.Name, e.Service, e.Date)
		return nil
	})
	fmt.Println(rep.Rows, "rows,", rep.Accepted, "accepted, rejected:", rep.Rejected, err)
	// Output:
	// 3 Trần Thị Bích smartca 03/06/2025
	// 2 rows, 1 accepted, rejected: [training: row 4, column "Họ tên", value "": name missing] <nil>
}

func ExampleGradebook_CompleteLesson() {
	d := vietnam.MustParseDate
	course := curriculum.Course{ID: "smartca", Lessons: []curriculum.Lesson{{ID: "cai-dat"}, {ID: "ky-so"}}}
	class := training.Class{ID: "lop-3", Course: "smartca", Sessions: []training.Session{
		{Date: d("7/6/2025"), Lessons: []string{"cai-dat"}}}}
	rule := training.Rule{PassingScore: decimal.NewFromInt(5), LessonsInOrder: true}
	g, _ := training.NewGradebook(class, course, rule)
	_ = g.Enroll("an", d("1/6/2025"))
	_ = g.Enroll("binh", d("2/6/2025"))
	for l := range g.Learners() {
		_ = g.Attend(l, 0)
	}
	// An studies the second lesson online on the national platform and
	// passes the test; Bình takes the test without it.
	_ = g.CompleteLesson("an", "ky-so", d("9/6/2025"))
	_ = g.Assess("an", decimal.NewFromInt(8))
	_ = g.Assess("binh", decimal.NewFromInt(4))
	for l, enrolled := range g.Learners() {
		o, _ := g.Outcome(l, d("30/6/2025"))
		fmt.Println(l, enrolled, o.Complete, o.Shortfalls)
	}
	// Output:
	// an 01/06/2025 true []
	// binh 02/06/2025 false [score below passing lesson missing]
}

func ExampleWarnKind_Label() {
	for _, k := range []training.WarnKind{training.WarnDropped, training.WarnUnknownTerm, training.WarnLeadingZero} {
		fmt.Println(k, "—", k.Label(vietnam.Vietnamese), "—", k.Label(vietnam.English))
	}
	fmt.Println(training.FixPhoneMigrated, "—", training.FixPhoneMigrated.Label(vietnam.Vietnamese))
	// Output:
	// dropped — bỏ ô không đọc được — cell dropped
	// unknown_term — giá trị ngoài danh mục — value not in the vocabulary
	// leading_zero — thêm số 0 đầu — leading zero restored
	// phone_migrated — chuyển đổi số điện thoại
}

func ExampleNewGradebook() {
	d := vietnam.MustParseDate
	// The Đoàn xã Thường Tân (Bình Dương) runs a two-evening SmartCA class
	// for 30 people; a gradebook is only opened for the course it teaches.
	smartca := curriculum.Course{ID: "smartca", Lessons: []curriculum.Lesson{{ID: "dang-ky"}, {ID: "ky-so"}}}
	vneid := curriculum.Course{ID: "vneid", Lessons: []curriculum.Lesson{{ID: "kich-hoat"}}}
	class := training.Class{ID: "thuong-tan-smartca-1", Course: "smartca", Unit: "doan-xa-thuong-tan", Capacity: 30,
		Sessions: []training.Session{{Date: d("10/6/2025"), Lessons: []string{"dang-ky"}}, {Date: d("12/6/2025"), Lessons: []string{"ky-so"}}}}
	rule := training.Rule{MinAttendance: decimal.RequireFromString("1"), LessonsInOrder: true}

	_, err := training.NewGradebook(class, vneid, rule)
	fmt.Println(errors.Is(err, training.ErrInvalidValue), err)

	g, err := training.NewGradebook(class, smartca, rule)
	fmt.Println(err)
	_ = g.Enroll("074190004567", d("9/6/2025"))
	for i := range class.Sessions {
		_ = g.Attend("074190004567", i)
	}
	o, _ := g.Outcome("074190004567", d("12/6/2025"))
	fmt.Println(o.Complete, o.Attendance)
	// Output:
	// true training: class "thuong-tan-smartca-1" is of course "smartca", not "vneid": invalid value
	// <nil>
	// true 1
}

func ExampleNewImporter() {
	// A commune union's sheet with its own header for the name and
	// two-digit birth years: Columns names the column, Pivot reads the
	// years, Source names the roster in IDs of rows with no CCCD.
	roster := "STT,Tên đoàn viên,Năm sinh,Số điện thoại,Ngày\n" +
		"1,Đặng Thị Thu Hà,29/5/98,0938 456 789,14/6/2025\n"
	im := training.NewImporter(training.ImportOptions{
		Columns:   map[string]training.Field{"Tên đoàn viên": training.FieldName, "Năm sinh": training.FieldBirthDate},
		Pivot:     2025,
		NoResolve: true,
		Source:    "doan-phuong-phu-loi",
	})
	rep, err := im.Import(context.Background(), strings.NewReader(roster), func(e training.Entry) error {
		fmt.Println(e.Learner.ID, e.Learner.Name, e.Learner.BirthDate, e.Learner.Phone.National(), e.Date)
		return nil
	})
	fmt.Println(rep.Accepted, "accepted,", err)
	// Output:
	// doan-phuong-phu-loi#2 Đặng Thị Thu Hà 29/05/1998 0938 456 789 14/06/2025
	// 1 accepted, <nil>
}

func ExampleGradebook_Enroll() {
	d := vietnam.MustParseDate
	// A small VNeID class of the Đoàn phường Chánh Phú Hòa: two seats.
	course := curriculum.Course{ID: "vneid", Lessons: []curriculum.Lesson{{ID: "kich-hoat"}}}
	class := training.Class{ID: "chanh-phu-hoa-1", Course: "vneid", Capacity: 2,
		Sessions: []training.Session{{Date: d("21/6/2025"), Lessons: []string{"kich-hoat"}}}}
	g, _ := training.NewGradebook(class, course, training.Rule{})
	fmt.Println(g.Enroll("074160001111", d("16/6/2025")))
	fmt.Println(g.Enroll("074160001111", d("17/6/2025")))
	fmt.Println(g.Enroll("074158002222", d("17/6/2025")))
	err := g.Enroll("074162003333", d("18/6/2025"))
	fmt.Println(errors.Is(err, training.ErrClassFull), err)
	// Output:
	// <nil>
	// training: class "chanh-phu-hoa-1": "074160001111": learner already enrolled
	// <nil>
	// true training: class "chanh-phu-hoa-1": "074162003333": capacity 2: class full
}

func ExampleGradebook_Assess() {
	d := vietnam.MustParseDate
	// An AI basics class of the Đoàn phường Tân Đông Hiệp with a final
	// quiz: 7 of 10 passes, and a retake's better score counts.
	course := curriculum.Course{ID: "ai-co-ban", Lessons: []curriculum.Lesson{{ID: "1"}}}
	class := training.Class{ID: "tan-dong-hiep-ai", Course: "ai-co-ban",
		Sessions: []training.Session{{Date: d("5/7/2025"), Lessons: []string{"1"}}}}
	g, _ := training.NewGradebook(class, course, training.Rule{PassingScore: decimal.NewFromInt(7)})
	_ = g.Enroll("074203004444", d("1/7/2025"))
	_ = g.Attend("074203004444", 0)
	_ = g.Assess("074203004444", decimal.RequireFromString("6.5"))
	o, _ := g.Outcome("074203004444", d("5/7/2025"))
	fmt.Println(o.Complete, o.Detail)
	_ = g.Assess("074203004444", decimal.RequireFromString("8"))
	_ = g.Assess("074203004444", decimal.RequireFromString("5"))
	o, _ = g.Outcome("074203004444", d("5/7/2025"))
	fmt.Println(o.Complete)
	// Output:
	// false [score 6.5 below 7]
	// true
}

// thaiNguyenClass is a two-evening VNeID class of a Thái Nguyên commune
// union, with three learners enrolled.
func thaiNguyenClass() *training.Gradebook {
	d := vietnam.MustParseDate
	course := curriculum.Course{ID: "vneid", Lessons: []curriculum.Lesson{{ID: "cai-dat"}, {ID: "kich-hoat-muc-2"}}}
	class := training.Class{ID: "phu-luong-vneid-1", Course: "vneid", Unit: "doan-xa-phu-luong",
		Sessions: []training.Session{{Date: d("7/6/2025"), Lessons: []string{"cai-dat"}}, {Date: d("14/6/2025"), Lessons: []string{"kich-hoat-muc-2"}}}}
	g, err := training.NewGradebook(class, course, training.Rule{MinAttendance: decimal.RequireFromString("1")})
	if err != nil {
		panic(err)
	}
	for _, id := range []training.LearnerID{"019190001234", "019085002345", "019303003456"} {
		if err := g.Enroll(id, d("5/6/2025")); err != nil {
			panic(err)
		}
	}
	return g
}

func ExampleGradebook_Attend() {
	g := thaiNguyenClass()
	fmt.Println(g.Attend("019190001234", 0))
	fmt.Println(g.Attend("019190001234", 0)) // twice is harmless
	fmt.Println(g.Attend("019190001234", 2)) // there are two sessions
	fmt.Println(g.Attend("019999999999", 0)) // not enrolled
	// Output:
	// <nil>
	// <nil>
	// training: class "phu-luong-vneid-1": session 3 of 2: no such session: invalid value
	// training: class "phu-luong-vneid-1": "019999999999": not enrolled: invalid value
}

func ExampleGradebook_Completed() {
	g := thaiNguyenClass()
	for _, id := range []training.LearnerID{"019190001234", "019303003456"} {
		_ = g.Attend(id, 0)
		_ = g.Attend(id, 1)
	}
	_ = g.Attend("019085002345", 0) // missed the second evening
	for id := range g.Completed(vietnam.MustParseDate("14/6/2025")) {
		fmt.Println(id)
	}
	// Output:
	// 019190001234
	// 019303003456
}

func ExampleGradebook_Learners() {
	for id, enrolled := range thaiNguyenClass().Learners() {
		fmt.Println(id, enrolled)
	}
	// Output:
	// 019190001234 05/06/2025
	// 019085002345 05/06/2025
	// 019303003456 05/06/2025
}

func ExampleAgeBand_Label() {
	for _, b := range training.DefaultAgeBands() {
		fmt.Printf("%s: %s / %s\n", b.Code, b.Label(vietnam.Vietnamese), b.Label(vietnam.English))
	}
	// Output:
	// thanh_nien: Thanh niên (16–30) / Youth (16–30)
	// nguoi_cao_tuoi: Người cao tuổi (từ 60) / Older people (60+)
}

func ExampleField_String() {
	for _, h := range []string{"Họ và tên", "SĐT", "Số CCCD", "Ngày sinh", "Dân tộc", "STT"} {
		fmt.Printf("%s → %s\n", h, training.FieldOf(h))
	}
	// Output:
	// Họ và tên → name
	// SĐT → phone
	// Số CCCD → cccd
	// Ngày sinh → birth_date
	// Dân tộc → ethnicity
	// STT → ignored
}

func ExampleGroup_Label() {
	for _, g := range []training.Group{"can_bo", "nguoi_cao_tuoi", "dan_toc_thieu_so", "clb_ky_su_tre"} {
		fmt.Printf("%s | %s\n", g.Label(vietnam.Vietnamese), g.Label(vietnam.English))
	}
	// Output:
	// Cán bộ, công chức, viên chức | Cadre or civil servant
	// Người cao tuổi | Older person
	// Đồng bào dân tộc thiểu số | Ethnic minority
	// clb_ky_su_tre | clb_ky_su_tre
}

func ExampleService_Label() {
	for _, s := range []training.Service{training.VNeIDLevel2, training.SmartCA, training.Hotline1022, "binh_duong_s"} {
		fmt.Printf("%s | %s\n", s.Label(vietnam.Vietnamese), s.Label(vietnam.English))
	}
	// Output:
	// Kích hoạt định danh điện tử mức 2 | VNeID level-2 activation
	// Chữ ký số SmartCA | SmartCA digital-signature account
	// Tổng đài 1022 | 1022 public-service hotline
	// binh_duong_s | binh_duong_s
}

func ExampleShortfall_String() {
	for s := training.LowAttendance; s <= training.LessonOutOfOrder+1; s++ {
		fmt.Println(s)
	}
	// Output:
	// attendance too low
	// not assessed
	// score below passing
	// lesson missing
	// lesson out of order
	// Shortfall(6)
}

func ExampleShortfall_Label() {
	g := thaiNguyenClass()
	_ = g.Attend("019085002345", 0)
	o, _ := g.Outcome("019085002345", vietnam.MustParseDate("14/6/2025"))
	for _, s := range o.Shortfalls {
		fmt.Println(s.Label(vietnam.Vietnamese), "/", s.Label(vietnam.English))
	}
	fmt.Println(o.Detail)
	// Output:
	// chưa đủ số buổi / attendance too low
	// [attended 1 of 2 sessions, need 100%]
}

// importSample reads a Thái Nguyên volunteer sheet with a few of the
// slips rosters have.
func importSample() (*training.ImportReport, []training.Entry) {
	roster := "STT,Họ và tên,Số điện thoại,Ngày sinh,Ghi chú\n" +
		"1,nguyễn thị hoà,0168 123 4567,5/3/1990,\n" +
		"2,Lò Văn Páo,912345678,1985,\n" +
		"3,Hoàng Thị Mai,0208 3855 123,31/2/1999,\n" +
		"4,,0912 000 111,1/1/2000,\n"
	im := training.NewImporter(training.ImportOptions{NoResolve: true, Source: "phu-luong"})
	var entries []training.Entry
	rep, err := im.Import(context.Background(), strings.NewReader(roster), func(e training.Entry) error {
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		panic(err)
	}
	return &rep, entries
}

func ExampleFixKind_String() {
	_, entries := importSample()
	for _, e := range entries {
		for _, f := range e.Fixes {
			fmt.Printf("row %d %s: %q → %q\n", e.Row, f.Kind, f.From, f.To)
		}
	}
	// Output:
	// row 2 name_case: "nguyễn thị hoà" → "Nguyễn Thị Hoà"
	// row 2 phone_migrated: "0168 123 4567" → "0381 234 567"
	// row 2 date_format: "5/3/1990" → "05/03/1990"
	// row 3 phone_format: "912345678" → "0912 345 678"
}

func ExampleFixKind_Label() {
	for k := training.FixEncoding; k <= training.FixDate; k++ {
		fmt.Printf("%s / %s\n", k.Label(vietnam.Vietnamese), k.Label(vietnam.English))
	}
	// Output:
	// chuyển mã / encoding
	// khoảng trắng / spacing
	// viết hoa tên / name case
	// vị trí dấu / tone placement
	// định dạng số điện thoại / phone format
	// chuyển đổi số điện thoại / phone number migrated
	// định dạng ngày / date format
}

func ExampleWarnKind_String() {
	rep, _ := importSample()
	for k := training.WarnDropped; k <= training.WarnUnreachablePhone; k++ {
		if n := rep.Warnings[k]; n > 0 {
			fmt.Println(k, n, k.Label(vietnam.Vietnamese))
		}
	}
	// Output: dropped 1 bỏ ô không đọc được
}

func ExampleRowError_Error() {
	rep, entries := importSample()
	for _, e := range entries {
		for _, w := range e.Warnings {
			fmt.Println(w.Error())
		}
	}
	for _, r := range rep.Rejected {
		fmt.Println(r.Error())
	}
	// Output:
	// training: row 4, column "Ngày sinh", value "31/2/1999": not a birth date: day 31 out of range for 2/1999 (1–28)
	// training: row 5, column "Họ và tên", value "": name missing
}

func ExampleRowError_Unwrap() {
	rep, _ := importSample()
	for _, r := range rep.Rejected {
		fmt.Println(r.Row, errors.Is(r, training.ErrInvalidValue), errors.Is(r, training.ErrRequired))
	}
	// Output: 5 false true
}
