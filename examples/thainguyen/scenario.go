package main

import (
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/training"
)

// This file is the scenario: what a province changes to run the tracker on
// its own program. The other files read it and know nothing of Thái Nguyên.

// province is the pre-2025 code of the province whose Youth Union runs the
// program; merged lists the provinces merged into it on 1/7/2025, none,
// one or several (Bắc Kạn, "06", went into Thái Nguyên). Their union trees
// are mirrored from vietnam/admin and carried across the reform together;
// rosters below has one roster per province, this one first.
var (
	province = "19"
	merged   = []string{"06"}
)

// defaultAsOf is the report date when -date is not given.
const defaultAsOf = "30/9/2023"

// program is the 2023 program and its targets, as the project brief states
// them: they were not found in a published plan (the province's plan for
// the movement is 02-KH/BCĐ of 22/5/2025, which does not give them).
// Percentage targets are measured at every unit against that unit's own
// youth, and never split; count targets belong to the province.
var program = example.Campaign{
	ID:     "tn-thanh-nien-so-2023",
	NameVI: "Thanh niên Thái Nguyên tham gia chuyển đổi số năm 2023",
	NameEN: "Thái Nguyên youth in digital transformation, 2023",
	Window: "1/1/2023–31/12/2023",
	Targets: []example.Target{
		{Indicator: indOnlineShare, Value: 40, Percent: true},
		{Indicator: indPaymentShare, Value: 70, Percent: true},
		{Indicator: string(indAppUsers), Value: 500000},
		{Indicator: indChildren, Value: 150000},
	},
}

// youthAge is the age span of youth (Luật Thanh niên 2020: 16 to 30);
// children are under childAge (Luật Trẻ em 2016: under 16). Ages are taken
// on the day of the roster row.
var (
	youthAge = [2]int{16, 30}
	childAge = 16
)

// rosters are the generated rosters, one per province (this one, then
// those of merged in order), used when no roster file is given: seeded,
// repeatable, with the mistakes real sheets have.
var rosters = []example.Roster{
	{Seed: 2023, Rows: 30000, Errors: 0.03, Duplicates: 0.10, Legacy: 0.02, NoTones: 0.08, Services: 0.6},
	{Seed: 2306, Rows: 8000, Errors: 0.03, Duplicates: 0.10, Legacy: 0.02, NoTones: 0.08, Services: 0.6},
}

// The indicators. Youth are counted from the rosters, each person once per
// unit: a province with a youth register replaces indYouth's records with
// its register's counts.
const (
	indYouth        = "thanh_nien"
	indOnlineShare  = "ty_le_dvc"
	indPaymentShare = "ty_le_ttdt"
	indChildren     = "tre_em"
)

// The people who used a service, each once, are package training's count
// (training.ServiceUsers): the shares' numerators are that count among
// youth, the app's users that count among everyone.
var (
	indYouthOnline  = training.ServiceUsers(training.OnlinePublicService)
	indYouthPayment = training.ServiceUsers(training.EPayment)
	indAppUsers     = training.ServiceUsers(training.AppInstall)
)

// indicators are those of the program. The people-per-service indicators
// are package training's, named for what this program counts in them.
var indicators = []metrics.Indicator{
	{Code: indYouth, NameVI: "Thanh niên trong danh sách", NameEN: "Youth on the rosters", Unit: metrics.People, Aggregation: metrics.Distinct},
	example.Renamed(indYouthOnline, "Thanh niên dùng dịch vụ công trực tuyến", "Youth using online public services"),
	example.Renamed(indYouthPayment, "Thanh niên thanh toán điện tử", "Youth using e-payment"),
	{Code: indOnlineShare, NameVI: "Tỷ lệ thanh niên dùng DVC trực tuyến", NameEN: "Share of youth using online public services", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: indYouthOnline, Denominator: indYouth},
	{Code: indPaymentShare, NameVI: "Tỷ lệ thanh niên thanh toán điện tử", NameEN: "Share of youth using e-payment", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: indYouthPayment, Denominator: indYouth},
	example.Renamed(indAppUsers, "Người dùng ứng dụng công dân của tỉnh", "Users of the province's citizen app"),
	{Code: indChildren, NameVI: "Trẻ em được tiếp cận", NameEN: "Children reached", Unit: metrics.People, Aggregation: metrics.Distinct},
}

// shortNames head the columns of the tables.
var shortNames = map[metrics.Code][2]string{
	indYouth:        {"Thanh niên", "Youth"},
	indOnlineShare:  {"DVC trực tuyến", "Online services"},
	indPaymentShare: {"Thanh toán ĐT", "E-payment"},
	indAppUsers:     {"Người dùng app", "App users"},
}

// splitChoices settles the old communes that the reform split among several
// new ones: pre-2025 commune code → the 2025 commune their records go to.
// Without an entry, org.MigrateOptions.SettleSplits decides: a successor that
// would otherwise have no union, else the one that took all the population,
// else the commune waits and its records count for the province union; a
// province writes its decisions here.
var splitChoices = map[string]string{}
