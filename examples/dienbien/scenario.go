package main

import (
	"time"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/curriculum"
)

// This file is the scenario: what a province changes to run the tracker on
// its own campaign. The other files read it and know nothing of Điện Biên.

// province is the pre-2025 code of the province (Điện Biên, "11"); merged
// lists the provinces merged into it on 1/7/2025: none, one or several
// (none here). Their union trees are mirrored from vietnam/admin as they
// stood on 30/6/2025 and carried across the reform together: 129 communes
// before 1/7/2025, 45 after.
var (
	province = "11"
	merged   []string
)

// defaultAsOf is the report date when -date is not given.
const defaultAsOf = "15/8/2025"

// aiCampaign is "Điện Biên Phủ - Hành trình phủ AI", launched on 6/5/2025.
// No end was announced in the sources read; the example follows it to the
// end of the year.
var aiCampaign = example.Campaign{
	ID:     "dien-bien-phu-hanh-trinh-phu-ai",
	NameVI: "Điện Biên Phủ - Hành trình phủ AI",
	NameEN: "Điện Biên Phủ - the AI coverage journey",
	Window: "6/5/2025–31/12/2025",
}

// movement is the province's part of the "Bình dân học vụ số" movement,
// launched nationally on 26/3/2025, with the province's plan for 2026:
// more than 330.000 adults confirmed on VNeID (the province's plan for the
// movement, as vietnam.vn and VietnamPlus reported the provincial plans).
// The target counts people: each person helped to activate VNeID level 2
// counts once, however many rows record the help.
var movement = example.Campaign{
	ID:      "binh-dan-hoc-vu-so-dien-bien",
	NameVI:  "Phong trào Bình dân học vụ số",
	NameEN:  "The Bình dân học vụ số movement",
	Window:  "26/3/2025–31/12/2026",
	Targets: []example.Target{{Indicator: string(training.ServiceUsers(training.VNeIDLevel2)), Value: 330000}},
}

// aiCourse is what the campaign's classes teach: one lesson per competence
// of domain 6 of the digital competence framework of Thông tư 02/2025
// (curriculum.TT02), at its first basic step. The program checks it against
// the framework, so a wrong code is an error, not a silent gap.
var aiCourse = curriculum.Course{
	ID:    "hanh-trinh-phu-ai",
	Title: curriculum.Text{VI: "Hành trình phủ AI", EN: "The AI coverage journey"},
	Competences: []curriculum.CompetenceRef{
		{Framework: "tt02-2025", Competence: "6.1", Level: 1},
		{Framework: "tt02-2025", Competence: "6.2", Level: 1},
		{Framework: "tt02-2025", Competence: "6.3", Level: 1},
	},
	Lessons: []curriculum.Lesson{
		{ID: "6.1", Title: "AI là gì, AI làm được gì và không làm được gì", Duration: 90 * time.Minute},
		{ID: "6.2", Title: "Dùng trợ lý AI trên điện thoại cho học tập, sản xuất, dịch vụ công", Duration: 120 * time.Minute},
		{ID: "6.3", Title: "Kiểm chứng câu trả lời của AI, nhận biết tin giả và lừa đảo bằng AI", Duration: 90 * time.Minute},
	},
}

// roster is the generated roster used when no -roster file is given: class
// attendances of the campaign and services of the movement, seeded, with
// the mistakes real sheets have.
var roster = example.Roster{Seed: 652025, Rows: 20000, Errors: 0.03, Duplicates: 0.10, Legacy: 0.02, NoTones: 0.10, Services: 0.4}

// indicators are training's (training.Indicators), the people confirmed
// on VNeID named as the movement's target names them.
func indicators() []metrics.Indicator {
	inds := training.Indicators(nil)
	for i, ind := range inds {
		if ind.Code == training.ServiceUsers(training.VNeIDLevel2) {
			inds[i] = example.Renamed(ind.Code, "Người được xác thực VNeID mức 2", "People confirmed on VNeID level 2")
		}
	}
	return inds
}

// columns are the indicators of the unit table: people in the AI classes
// and their attendances (counted over the AI campaign's window), and two
// assisted services of the movement: the people confirmed on VNeID, each
// once, as the target counts them, and the fraud awareness sessions held.
var columns = []metrics.Code{training.Learners, training.Attendances,
	training.ServiceUsers(training.VNeIDLevel2), training.ServiceIndicator(training.FraudAwareness)}

// shortNames head the columns of the unit table.
var shortNames = map[metrics.Code][2]string{
	columns[0]: {"Học viên AI", "AI learners"},
	columns[1]: {"Lượt học", "Attendances"},
	columns[2]: {"VNeID mức 2", "VNeID level 2"},
	columns[3]: {"Chống lừa đảo", "Fraud awareness"},
}

// splitChoices settles the old communes that the reform split among several
// new ones: pre-2025 commune code → the 2025 commune their records go to.
// Without an entry, org.MigrateOptions.SettleSplits decides: a successor that
// would otherwise have no union, else the one that took all the population,
// else the commune waits and its records count for the province union; a
// province writes its decisions here.
var splitChoices = map[string]string{}
