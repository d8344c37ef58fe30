// Package hocvuso is the map of a Go library for Vietnam's digital-skills
// programs such as "Bình dân học vụ số" (Digital Popular Education): who
// is organised where, which campaign runs when, who was trained or helped,
// and how far each unit is from its targets. This package exports nothing;
// the work is done by its sub-packages, from the floor up:
//
//   - vietnam: civil dates in Vietnam time (UTC+7, no tzdata needed);
//     Vietnamese text: Normalize, Fold, Title, tone placement in either
//     style, legacy encodings (TCVN3, VNI, VIQR); numbers ("52.000",
//     "1,6 triệu").
//   - vietnam/admin: every administrative unit before and after the
//     1/7/2025 reform, succession from old units to new, lookup by name in
//     any spelling, and address parsing and resolution.
//   - vietnam/calendar: the Vietnamese lunar calendar (UTC+7), public
//     holidays of the Labour Code, decreed days off, working days.
//   - vietnam/person: personal names (họ, tên đệm, tên; roster sort order),
//     CCCD and CMND numbers, phone numbers with the 2017/2018 migrations.
//   - vietnam/validate: validator/v10 tags for the above.
//   - org: trees of units (Youth Union levels, volunteer teams,
//     administrative units) with validity dates, checks, walks, and the
//     migration across the 2025 reform.
//   - metrics: indicators, records, rollups over an org tree, targets,
//     progress and pacing, allocation, reports in Vietnamese or English.
//   - campaign: windows, phases and yearly periods in Vietnam time;
//     campaigns with an owner, targets and status.
//   - training: competence frameworks, courses, classes, completion,
//     learners and households, assisted services, roster import, duplicate
//     detection, and the records metrics rolls up.
//
// Lower floors never import higher ones: the vietnam packages know nothing
// of programs and can be imported alone; org builds on them; metrics on
// org; campaign and training on metrics. The examples folder holds whole
// province scenarios to copy.
//
// # A walk through
//
// A province's tracker starts from rows typed by volunteers, lands them on
// today's communes, counts each person once, and compares the counts with
// the campaign's targets:
//
//	im := training.NewImporter(training.ImportOptions{Pivot: 2025})
//	dd := training.NewDeduper()
//	report, err := im.Import(ctx, roster, func(e training.Entry) error {
//		dd.Add(training.Ref{Source: "lai-thieu", Row: e.Row}, e.Learner)
//		return nil
//	})
//	// report.Rejected says which rows were refused, where and why.
//
//	res, _ := admin.ResolveAddress("P. Lái Thiêu, TP. Thuận An, Bình Dương")
//	ward, _ := res.Current() // Phường Lái Thiêu, Thành phố Hồ Chí Minh
//
//	w, _ := campaign.ParseWindowInYear("29/5–15/8", 2025) // 79 days
//
// From there, metrics.Aggregate rolls the records of training.Importer.Records
// up an org tree (migrated across the reform with org.Migrate), and
// metrics.Evaluate tells each unit's progress against its targets. The
// program examples/binhduong does all of it end to end.
package hocvuso
