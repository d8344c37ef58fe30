package main

import (
	"github.com/hocvuso/hocvuso/internal/example"
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

// rosters are the generated rosters of each province, used when no -roster
// file is given: seeded, repeatable, with the mistakes real sheets have.
var rosters = []example.Roster{
	{Province: province, Seed: 2023, Rows: 30000, Errors: 0.03, Duplicates: 0.10, Legacy: 0.02, NoTones: 0.08, Services: 0.6},
	{Province: "06", Seed: 2306, Rows: 8000, Errors: 0.03, Duplicates: 0.10, Legacy: 0.02, NoTones: 0.08, Services: 0.6},
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

// splitChoices settles the old communes that the reform split among several
// new ones: pre-2025 commune code → the 2025 commune their records go to.
// Without an entry, org.MigrateOptions.SettleSplits decides: a successor that
// would otherwise have no union, else the one that took all the population,
// else the commune waits and its records count for the province union; a
// province writes its decisions here.
var splitChoices = map[string]string{}
