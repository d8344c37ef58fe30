// Package vietnam is a Vietnamese locale toolkit: civil dates in Vietnam
// time, Vietnamese text clean-up and search keys, tone placement, legacy
// encodings, and numbers in Vietnamese convention. It knows nothing of
// programs or campaigns, so any Go program that stores or searches
// Vietnamese names can import it alone.
//
// # Dates
//
// A Date is a civil date (no clock, no zone). Parse the day-first forms
// people type, and read the date of an instant in Vietnam time, which is
// UTC+07:00 all year and needs no tzdata on the host:
//
//	d, err := vietnam.ParseDate("29/5/2025")         // or "ngày 29 tháng 5 năm 2025"
//	end := vietnam.MustParseDate("15/8/2025")
//	days := end.DaysSince(d) + 1                      // 79, both ends inclusive
//	today := vietnam.Today(time.Now())                // the date in Vietnam now
//
// # Text
//
// Normalize cleans text for storage and display (NFC, single spaces, no
// invisible characters) and keeps spelling. Fold makes the search key:
// lower case, no tones, no marks, đ→d. Title gives the proper case of names.
//
//	vietnam.Normalize("Nguyễn  Văn\u00a0A")    // "Nguyễn Văn A"
//	vietnam.Fold("Đặng Thị Ánh Tuyết")        // "dang thi anh tuyet"
//	vietnam.EqualFold("Hoà An", "hòa an")      // true
//	vietnam.Title("nguyễn VĂN a")              // "Nguyễn Văn A"
//
// # Concurrency
//
// Every function and type in this package is safe for concurrent use.
// There is no package state to configure; tables are read-only and built
// on first use.
package vietnam
