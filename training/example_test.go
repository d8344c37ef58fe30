package training_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/training"
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
