package main

import (
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/training"
)

// This file is the scenario: everything a province changes to run the
// tracker on its own campaign. The code in the other files reads it and
// knows nothing of Bình Dương. To adapt the example, copy the folder and
// edit the values below; see README.md.

// province is the pre-2025 code of the province whose Youth Union runs the
// campaign ("74": Bình Dương); merged lists the provinces merged into it
// on 1/7/2025: none, one or several (none here: Bình Dương itself went
// into Thành phố Hồ Chí Minh). Their Tỉnh đoàn, district unions and
// commune unions are mirrored from vietnam/admin as they stood on
// 30/6/2025, then carried across the reform together.
var (
	province = "74"
	merged   []string
)

// defaultAsOf is the report date when -date is not given: two weeks into
// the new administrative units, so the dashboard shows both views.
const defaultAsOf = "15/7/2025"

// mainCampaign is the campaign the dashboard follows, with its targets for
// the whole province. Absolute targets are split among the former districts
// by the weights below; percentage targets are kept by every district.
var mainCampaign = example.Campaign{
	ID:     "tnct-pcknso-2025",
	NameVI: "Thanh niên chung tay phổ cập kỹ năng số",
	NameEN: "Youth join hands to spread digital skills",
	Window: "29/5/2025–15/8/2025",
	Targets: []example.Target{
		{Indicator: indUnionMembers, Value: 52000},
		{Indicator: indSmartCA, Value: 200000},
		{Indicator: indCadreClasses, Value: 100, Percent: true},
	},
}

// studyProgram is the study of Nghị quyết 57-NQ/TW on breakthroughs in
// science, technology, innovation and digital transformation, which the
// province's union organised before the campaign. It has no numeric
// target: the dashboard reports who took part.
var studyProgram = example.Campaign{
	ID:     "hoc-tap-nq57-2025",
	NameVI: "Học tập, quán triệt Nghị quyết 57-NQ/TW",
	NameEN: "Study of Resolution 57-NQ/TW",
	Window: "1/3/2025–1/6/2025",
}

// districtWeights are the populations the province targets are allocated by,
// one per former city or district (pre-2025 code, as vietnam/admin has it).
// Source: kehoachviet.com, "Dân số và diện tích các quận huyện tỉnh Bình
// Dương 2024". They are example weights: a province puts its own (union
// members, youth population, households) here.
var districtWeights = []example.Weight{
	{District: "718", Name: "Thủ Dầu Một", Value: 331652},
	{District: "719", Name: "Bàu Bàng", Value: 95574},
	{District: "720", Name: "Dầu Tiếng", Value: 115985},
	{District: "721", Name: "Bến Cát", Value: 312239},
	{District: "722", Name: "Phú Giáo", Value: 92544},
	{District: "723", Name: "Tân Uyên", Value: 382085},
	{District: "724", Name: "Dĩ An", Value: 489508},
	{District: "725", Name: "Thuận An", Value: 614850},
	{District: "726", Name: "Bắc Tân Uyên", Value: 67917},
}

// splitChoices settles the old communes that the reform split among several
// new ones: pre-2025 commune code → the 2025 commune its records go to.
// Without an entry, org.MigrateOptions.SettleSplits decides: a successor that
// would otherwise have no union, else the one that took all the population,
// else the commune waits and its records count for the city union (the
// dashboard says how many); a province writes its decisions here.
var splitChoices = map[string]string{}

// cadreClasses is the plan of training classes for Đoàn–Hội–Đội cadres:
// one per former district, on the day it is held. A class counts as held
// from its day on; the target is that all of them are held.
var cadreClasses = []cadreClass{
	{District: "718", Date: "7/6/2025"},
	{District: "719", Date: "14/6/2025"},
	{District: "720", Date: "21/6/2025"},
	{District: "721", Date: "14/6/2025"},
	{District: "722", Date: "28/6/2025"},
	{District: "723", Date: "12/7/2025"},
	{District: "724", Date: "8/6/2025"},
	{District: "725", Date: "7/6/2025"},
	{District: "726", Date: "26/7/2025"},
}

// roster describes the generated volunteer roster used when no -roster file
// is given: a seeded, repeatable sheet with the mistakes real sheets have.
var roster = example.Roster{
	Seed:       2025,
	Rows:       60000,
	Errors:     0.03,
	Duplicates: 0.12,
	Legacy:     0.02,
	NoTones:    0.08,
	Services:   0.55,
}

// studyRoster is the generated roster of the study program's participants.
var studyRoster = example.Roster{
	Seed:       57,
	Rows:       12000,
	Errors:     0.02,
	Duplicates: 0.05,
	Legacy:     0.01,
	NoTones:    0.05,
}

// indicators are those of the campaign. Codes travel into CSV and JSON.
var indicators = []metrics.Indicator{
	{Code: indUnionMembers, NameVI: "Đoàn viên được nâng cao kỹ năng số", NameEN: "Union members with improved digital skills", Unit: metrics.People, Aggregation: metrics.Distinct},
	{Code: metrics.Code(indSmartCA), NameVI: "Tài khoản SmartCA", NameEN: "SmartCA accounts", Unit: metrics.Accounts, Aggregation: metrics.Distinct},
	{Code: indClassesPlan, NameVI: "Lớp cán bộ theo kế hoạch", NameEN: "Cadre classes planned", Unit: metrics.Classes, Aggregation: metrics.Sum},
	{Code: indClassesHeld, NameVI: "Lớp cán bộ đã mở", NameEN: "Cadre classes held", Unit: metrics.Classes, Aggregation: metrics.Sum},
	{Code: indCadreClasses, NameVI: "Lớp cán bộ Đoàn–Hội–Đội đã mở", NameEN: "Đoàn–Hội–Đội cadre classes held", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: indClassesHeld, Denominator: indClassesPlan},
	{Code: indStudy, NameVI: "Người học tập Nghị quyết 57", NameEN: "People who studied Resolution 57", Unit: metrics.People, Aggregation: metrics.Distinct},
}

// The codes of the indicators.
const (
	indUnionMembers = "doan_vien_ky_nang_so"
	indCadreClasses = "lop_can_bo"
	indClassesPlan  = "lop_can_bo_ke_hoach"
	indClassesHeld  = "lop_can_bo_da_mo"
	indStudy        = "hoc_tap_nq57"
)

// memberGroup is the target group (training.TargetGroups) whose class
// attendances count for indUnionMembers.
const memberGroup = "doan_vien"

// indSmartCA counts SmartCA accounts: one per person, so the people helped
// with SmartCA, each once, which is package training's indicator for it.
var indSmartCA = string(training.ServiceUsers(training.SmartCA))

// weeklyReports is the weekly report every commune union owes during the
// campaign, due on Friday at 17:00 of the week (DaysAfterEnd −2 from
// Sunday), and the seeded log of when reports came in that stands in for
// the province's inbox: each union reports a week on time with
// probability OnTime, late with probability Late, or not at all. A
// province replaces the log with its own submissions.
var weeklyReports = example.Weekly{
	Seed:         29,
	OnTime:       0.72,
	Late:         0.16,
	DaysAfterEnd: -2,
	Hour:         17,
}

// shortNames head the columns of the indicators in the new view.
var shortNames = map[string][2]string{
	indUnionMembers: {"Đoàn viên", "Members"},
	indSmartCA:      {"SmartCA", "SmartCA"},
	indCadreClasses: {"Lớp cán bộ", "Cadre classes"},
}

// labels are the dashboard's words that name the province and what the
// reform made of it; %d stands for the numbers the dashboard counts.
var labels = map[string][2]string{
	"reform":  {"Từ 01/07/2025, Bình Dương hợp nhất vào Thành phố Hồ Chí Minh: cấp huyện kết thúc, xã/phường được sắp xếp lại.", "From 01/07/2025 Bình Dương is part of Ho Chi Minh City: the district level ended and communes were merged."},
	"oldview": {"THEO ĐƠN VỊ CŨ (tỉnh Bình Dương, huyện/thị xã/thành phố trước 01/07/2025)", "BY FORMER UNITS (Bình Dương province and its districts before 01/07/2025)"},
	"newview": {"THEO ĐƠN VỊ MỚI (%d phường/xã của Thành phố Hồ Chí Minh từ Bình Dương)", "BY NEW UNITS (%d wards and communes of Ho Chi Minh City from Bình Dương)"},
	"split":   {"%d xã cũ bị chia cho nhiều xã mới: tính cho một xã kế thừa (splitChoices trong scenario.go, nếu không thì theo quy tắc SettleSplits), %d xã chờ quyết định được tính cho Thành đoàn; %d xã mới gồm xã cũ của nhiều huyện: tính cho huyện góp nhiều xã nhất.", "%d old communes split among new ones: each counted for one successor (splitChoices in scenario.go, else the SettleSplits rule), %d awaiting a decision counted for the city union; %d new communes took communes of several districts: counted for the district that gave most."},
}
