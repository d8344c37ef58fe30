package training_test

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func ExampleTT02() {
	fw := training.TT02()
	fmt.Println(len(fw.Areas), "domains,", fw.NumCompetences(), "competences,", len(fw.Levels), "levels")
	ai := fw.Areas[5]
	fmt.Println(ai.Code, ai.Name.VI)
	l, _ := fw.Level("TC1")
	fmt.Println(l.Rank, l.Name.In("en"))
	// Output:
	// 6 domains, 24 competences, 8 levels
	// 6 Ứng dụng trí tuệ nhân tạo (AI)
	// 3 Intermediate 1
}

func ExampleDigComp22() {
	fw := training.DigComp22()
	c, _ := fw.Competence("4.2")
	fmt.Println(fw.NumCompetences(), c.Name.EN)
	// Output: 21 Protecting personal data and privacy
}

func ExampleBasicCitizen() {
	fw := training.BasicCitizen()
	fmt.Println(fw.Areas[0].Code, fw.Areas[0].Name.VI)
	// Output: 0 Sử dụng thiết bị và phần mềm trên thiết bị
}

func ExampleEquivalent() {
	fmt.Println(training.Equivalent("tt02-2025", "2.6", "digcomp-2.2"))
	fmt.Println(training.Equivalent("tt02-2025", "6.1", "digcomp-2.2"))
	// Output:
	// [2.6]
	// []
}

func ExampleFramework_Validate() {
	own := training.Framework{
		ID:     "tinh-doan-ai",
		Areas:  []training.Area{{Code: "A", Competences: []training.Competence{{Code: "A.1"}}}},
		Levels: []training.Level{{Rank: 1, Code: "DAT"}},
	}
	fmt.Println(own.Validate())
	// Output: <nil>
}

func ExampleCourse_Validate() {
	c := training.Course{
		ID:          "ai-co-ban",
		Competences: []training.CompetenceRef{{Framework: "tt02-2025", Competence: "6.2", Level: 1}},
		Lessons:     []training.Lesson{{ID: "1", Title: "Trò chuyện với trợ lý AI"}},
	}
	fmt.Println(c.Validate(training.TT02()))
	// Output: <nil>
}

func ExampleParseCertificateNumber() {
	n, _ := training.NewCertificateNumber("BDHVS", 2025, 123)
	fmt.Println(n)
	_, err := training.ParseCertificateNumber("BDHVS-2025-000132-" + n.String()[18:])
	fmt.Println(err != nil)
	// Output:
	// BDHVS-2025-000123-76
	// true
}

func ExampleRule_Evaluate() {
	course := training.Course{ID: "c", Lessons: []training.Lesson{{ID: "1"}, {ID: "2"}}}
	rule := training.Rule{MinAttendance: decimal.RequireFromString("0.8"), LessonsInOrder: true}
	o := rule.Evaluate(course, training.Progress{Held: 5, Attended: 3,
		Lessons: []training.LessonDone{{Lesson: "1", Date: vietnam.MustParseDate("1/6/2025")}}})
	fmt.Println(o.Complete, o.Attendance)
	for i, s := range o.Shortfalls {
		fmt.Println(s.In("vi"), "—", o.Detail[i])
	}
	// Output:
	// false 0.6
	// chưa đủ số buổi — attended 3 of 5 sessions, need 80%
	// thiếu bài học — lesson 2 "2" not completed
}

func ExampleGradebook() {
	d := vietnam.MustParseDate
	course := training.Course{ID: "vneid", Lessons: []training.Lesson{{ID: "cai-dat"}, {ID: "kich-hoat"}}}
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

func ExampleParseService() {
	for _, s := range []string{"Chữ ký số", "VNeID mức 2", "dich vu cong"} {
		svc, _ := training.ParseService(s)
		fmt.Println(svc, "—", svc.VI())
	}
	// Output:
	// smartca — Tài khoản chữ ký số SmartCA
	// vneid2 — Kích hoạt định danh điện tử VNeID mức 2
	// dvc — Hồ sơ dịch vụ công trực tuyến
}
