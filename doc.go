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
//   - vietnam/ethnic: the 54 ethnic groups with their official codes (the
//     1979 list, and the 2008 one on request), read from a roster's "Dân
//     tộc" column in any spelling.
//   - vietnam/validate: validator/v10 tags for the above.
//   - org: trees of units (Youth Union levels, volunteer teams,
//     administrative units) with validity dates, checks, walks, the
//     migration across the 2025 reform (each move with its typed rule),
//     and the one follower of successor chains (Tree.Follow) that metrics
//     and campaign use.
//   - metrics: indicators, records, rollups over an org tree, targets,
//     progress and pacing, periods, data sets with completeness and
//     timeliness, breakdowns, allocation, reports in Vietnamese or English.
//   - campaign: windows, phases and yearly periods in Vietnam time;
//     campaigns with an owner, targets and status, and their report seen
//     through one explicit view of a reorganisation (campaign.View).
//   - training: classes, completion, learners and households, assisted
//     services, roster import, and the records metrics
//     rolls up; training/curriculum holds the competence frameworks and
//     courses (plain data), training/vocab the open vocabularies of
//     services, groups and activities, training/dedupe the duplicate
//     detection across rosters, training/certificate the certificate
//     numbers, and training/xlsx reads and writes rosters as Excel workbooks
//     (excelize stays out of programs that import training alone).
//
// Lower floors never import higher ones: the vietnam packages know nothing
// of programs and can be imported alone; org builds on them; metrics on
// org; campaign and training on metrics, and not on each other. What
// several packages share without making it public lives in internal/: the
// enum text of every package (enumtext), the synthetic roster generator
// of tests and examples (synth), what the province examples share
// (example), golden JSON files (golden) and the PostgreSQL round trip of
// the value types (sqltest).
//
// The examples folder holds whole province scenarios to copy
// (examples/binhduong, examples/thainguyen, examples/dienbien), the data
// officer's command-line tool (examples/roster) and a service with
// PostgreSQL and a dashboard (examples/server).
//
// Every package writes its errors one way: the message starts with the
// package's name and says what was read and where, and it wraps one of
// the package's sentinel errors (Err… variables, short phrases) with %w,
// so that errors.Is matches the kind and errors.As finds the error type
// when there is one.
//
// # A walk through
//
// A province's tracker starts from rows typed by volunteers, lands them on
// today's communes, counts each person once, and compares the counts with
// the campaign's targets:
//
//	im := training.NewImporter(training.ImportOptions{Pivot: 2025})
//	dd := dedupe.New()
//	report, err := im.Import(ctx, roster, func(e training.Entry) error {
//		dd.Add(dedupe.Ref{Source: "lai-thieu", Row: e.Row}, e.Learner)
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
