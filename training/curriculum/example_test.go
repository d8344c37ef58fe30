package curriculum_test

import (
	"fmt"
	"time"

	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
)

func ExampleTT02() {
	fw := curriculum.TT02()
	fmt.Println(len(fw.Areas), "domains,", fw.NumCompetences(), "competences,", len(fw.Levels), "levels")
	ai := fw.Areas[5]
	fmt.Println(ai.Code, ai.Name.VI)
	l, _ := fw.Level("TC1")
	fmt.Println(l.Rank, l.Name.Label(vietnam.English))
	// Output:
	// 6 domains, 24 competences, 8 levels
	// 6 Ứng dụng trí tuệ nhân tạo (AI)
	// 3 Intermediate 1
}

func ExampleDigComp22() {
	fw := curriculum.DigComp22()
	c, _ := fw.Competence("4.2")
	fmt.Println(fw.NumCompetences(), c.Name.EN)
	// Output: 21 Protecting personal data and privacy
}

func ExampleBasicCitizen() {
	fw := curriculum.BasicCitizen()
	fmt.Println(fw.Areas[0].Code, fw.Areas[0].Name.VI)
	// Output: 0 Sử dụng thiết bị và phần mềm trên thiết bị
}

func ExampleEquivalent() {
	fmt.Println(curriculum.Equivalent("tt02-2025", "2.6", "digcomp-2.2"))
	fmt.Println(curriculum.Equivalent("tt02-2025", "6.1", "digcomp-2.2"))
	// Output:
	// [2.6]
	// []
}

func ExampleFramework_Validate() {
	own := curriculum.Framework{
		ID:     "tinh-doan-ai",
		Areas:  []curriculum.Area{{Code: "A", Competences: []curriculum.Competence{{Code: "A.1"}}}},
		Levels: []curriculum.Level{{Rank: 1, Code: "DAT"}},
	}
	fmt.Println(own.Validate())
	// Output: <nil>
}

func ExampleCourse_Validate() {
	c := curriculum.Course{
		ID:          "ai-co-ban",
		Competences: []curriculum.CompetenceRef{{Framework: "tt02-2025", Competence: "6.2", Level: 1}},
		Lessons:     []curriculum.Lesson{{ID: "1", Title: "Trò chuyện với trợ lý AI"}},
	}
	fmt.Println(c.Validate(curriculum.TT02()))
	// Output: <nil>
}

func ExampleCourse_Duration() {
	c := curriculum.Course{ID: "smartca", Lessons: []curriculum.Lesson{
		{ID: "1", Duration: 45 * time.Minute}, {ID: "2", Duration: 90 * time.Minute}}}
	fmt.Println(c.Duration())
	// Output: 2h15m0s
}
