// Package training models the teaching side of a digital-skills program:
// how it is taught (classes, sessions, attendance, completion,
// certificates), to whom (learners, households, groups), the one-to-one
// help volunteers give (assisted services such as VNeID level 2 and
// SmartCA), and how the paper trail becomes honest numbers: roster import
// with a reason for every rejected row, duplicate detection across
// rosters, and the records that package metrics rolls up. What is taught,
// the competence frameworks (Thông tư 02/2025, DigComp 2.2, QĐ 757) and the
// courses mapped to them, is in package training/curriculum.
//
// "Mỗi đoàn viên là một giáo viên số, mỗi cơ sở Đoàn là một lớp học số."
//
// # Classes
//
// Schedule lays sessions on working days, or on chosen weekdays with the
// holidays skipped, through package vietnam/calendar. A Gradebook keeps
// enrolments, attendance, scores and lessons; a Rule decides completion
// and says why not (Shortfall); Certify numbers the certificates of those
// who completed (package training/certificate).
//
// # Rosters
//
// An Importer reads the files volunteers keep: CSV in UTF-8 or UTF-16
// (and .xlsx through package training/xlsx), Vietnamese headers with or
// without tones ("Họ và tên", "Ho ten", "HỌ TÊN"), day-first dates, text
// typed in TCVN3 or VNI, phones in any layout. It streams, and every row
// ends one of three ways: accepted clean with its fixes listed, accepted
// with warnings (a cell that could not be read is dropped and said why,
// and the rest of the row counts), or rejected with its line, column and
// reason. A stray quote costs its own row, never the rows after it.
//
//	im := training.NewImporter(training.ImportOptions{Pivot: 2025})
//	d := dedupe.New()
//	rep, err := im.Import(ctx, file, func(e training.Entry) error {
//		d.Add(dedupe.Ref{Source: "lai-thieu", Row: e.Row}, e.Learner)
//		return nil
//	})
//
// # Vocabularies
//
// Services, target groups and kinds of activity are open vocabularies
// (package training/vocab): a program lists its own terms (its province's
// app, a contest) beside the national ones (VNeID level 2, SmartCA, Cổng dịch vụ công and its levels
// 3 and 4, Tổng đài 1022, cashless payment, fraud awareness, AI classes).
// A cell names a term by its code, its name or an alias, compared whole
// after folding, never by a word it contains: "Góp ý Hiến pháp trên VNeID"
// is not a VNeID activation. A value no term names is kept as written with
// a warning, or rejects the row when the field is required
// (ImportOptions.Required).
//
// Package training/dedupe finds the same person on several rosters by
// CCCD, else by phone and folded name, else by folded name, birth date and
// commune. Each merge says which key matched; conflicting values are
// reported, never overwritten; Separate undoes a merge; the result does
// not depend on the order of the rows.
//
// # Records
//
// Importer.Records, GradebookRecords and HouseholdRecords turn the above
// into metrics.Records for the Indicators of this package (people trained,
// attendances, completions, digital households, one indicator per assisted
// service), so that a campaign's targets are tracked without glue code. A
// subject is a person (by CCCD, else the row) or an organisation (by its
// tax code): a business's SmartCA account counts beside people's, and the
// BySubject breakdown tells them apart. Records from rows carry their
// breakdowns (sex, age band on the day, target group, ethnic group, ward
// or commune) for metrics.Disaggregate.
//
// # Errors
//
// Every package of the module writes its errors one way: the message
// starts with the package's name and says what was read and where
// (as in the example below), and it wraps one of the package's sentinel
// errors (ErrInvalidValue and
// the other Err… variables, short phrases without the package's name)
// with %w, so that errors.Is matches the kind and errors.As finds the
// error type when there is one, with its fields:
//
//	training: row 7, column "Ngày sinh", value "31/4/1990": …
//
// # Concurrency
//
// Classes, learners and other values are plain data. An Importer is safe
// for concurrent use; a Gradebook is not (one per class).
package training
