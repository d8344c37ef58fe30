package main

import (
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
)

// This file is the scenario: everything a province changes to run the
// tracker for its own campaign. The other files read it and know nothing of
// Bình Dương. To adapt the server, copy the folder and edit the values
// below; see README.md.

// province is the pre-2025 code of the province whose Youth Union runs the
// campaign ("74": Bình Dương). Its Tỉnh đoàn, district unions and commune
// unions are mirrored from vietnam/admin as they stood on treeDate: the
// units the campaign was planned with. Rows written with the 2025 communes
// count for the old unit that holds everything the new commune came from
// (org.Mapping.Old), so nothing is lost after the reform of 1/7/2025.
const (
	province = "74"
	treeDate = "15/6/2025"
)

// mainCampaign is the campaign the server tracks, with the province's
// targets. Absolute targets are split among the former districts by
// districtWeights; the province keeps its own total.
var mainCampaign = example.Campaign{
	ID:     "tnct-pcknso-2025",
	NameVI: "Thanh niên chung tay phổ cập kỹ năng số",
	NameEN: "Youth join hands to spread digital skills",
	Window: "29/5/2025–15/8/2025",
	Targets: []example.Target{
		{Indicator: string(training.Learners), Value: 52000},
		{Indicator: string(training.ServiceUsers(training.SmartCA)), Value: 20000},
	},
}

// districtWeights are the populations the province's targets are allocated
// by, one per former city or district (pre-2025 code). Source: kehoachviet.com,
// "Dân số và diện tích các quận huyện tỉnh Bình Dương 2024". A province puts
// its own weights (union members, youth population) here.
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

// weeklyReport is the reporting rhythm (a metrics.DataSet over the
// campaign's window): every commune union sends its report for each ISO
// week of the campaign (Monday first, as Vietnam counts weeks) by the
// Friday of that week, 17:00 Vietnam time.
var weeklyReport = reportRule{
	ID:       "bao-cao-tuan",
	Name:     "Báo cáo tuần",
	Kinds:    []org.Kind{org.KindCommuneUnion},
	Deadline: metrics.Deadline{DaysAfterEnd: -2, Hour: 17}, // Sunday − 2 = Friday
}
