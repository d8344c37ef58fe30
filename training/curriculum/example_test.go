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

func ExampleCourse_LessonIndex() {
	c := curriculum.Course{ID: "vneid", Lessons: []curriculum.Lesson{{ID: "cai-dat"}, {ID: "kich-hoat-muc-2"}, {ID: "vi-dien-tu"}}}
	for _, id := range []string{"kich-hoat-muc-2", "smartca"} {
		i, ok := c.LessonIndex(id)
		fmt.Println(id, i, ok)
	}
	// Output:
	// kich-hoat-muc-2 1 true
	// smartca 0 false
}

func ExampleFramework_Area() {
	fw := curriculum.TT02()
	a, ok := fw.Area("6.2")
	fmt.Println(a.Code, a.Name.VI, ok)
	_, ok = curriculum.DigComp22().Area("6.2") // DigComp has no AI domain
	fmt.Println(ok)
	// Output:
	// 6 Ứng dụng trí tuệ nhân tạo (AI) true
	// false
}

func ExampleFramework_Competence() {
	c, ok := curriculum.TT02().Competence("4.2")
	fmt.Println(c.Name.VI, "|", c.Name.EN, ok)
	// Output: Bảo vệ dữ liệu cá nhân và quyền riêng tư | Protecting personal data and privacy true
}

func ExampleFramework_Level() {
	fw := curriculum.TT02()
	for _, s := range []string{"cb1", "NC2", "8", "TC3"} {
		l, ok := fw.Level(s)
		fmt.Println(s, l.Rank, l.Code, ok)
	}
	// Output:
	// cb1 1 CB1 true
	// NC2 6 NC2 true
	// 8 8 CS2 true
	// TC3 0  false
}

func ExampleFramework_NumCompetences() {
	for _, fw := range []curriculum.Framework{curriculum.TT02(), curriculum.DigComp22(), curriculum.BasicCitizen()} {
		fmt.Println(fw.ID, fw.NumCompetences())
	}
	// Output:
	// tt02-2025 24
	// digcomp-2.2 21
	// qd757-citizen 5
}

func ExampleText_Label() {
	t := curriculum.Text{VI: "Kích hoạt định danh điện tử mức 2"}
	fmt.Println(t.Label(vietnam.Vietnamese))
	fmt.Println(t.Label(vietnam.English)) // no English: falls back
	// Output:
	// Kích hoạt định danh điện tử mức 2
	// Kích hoạt định danh điện tử mức 2
}
