// Package campaign describes when the movement's campaigns run: windows of
// whole days in Vietnam time, the phases inside them, periods that come back
// every year, and working days.
//
// # Windows
//
// A Window is a span of civil days, both ends inclusive, read in Vietnam
// time (UTC+07:00) whatever the caller's time zone. Parse it in the forms
// announcements use; a text without years takes the caller's year:
//
//	w, err := campaign.ParseWindowInYear("từ ngày 29/5 đến hết ngày 15/8", 2025)
//	w.Days()                       // 79
//	w.Contains(t)                  // 15/8 23:59 in Vietnam: true; 16/8 00:00: false
//	w.Elapsed(t)                   // exact share of the window passed, e.g. 33/79
//	w.String()                     // "29/05/2025–15/08/2025"
//
// A window whose end comes before its start in the same year is an error,
// unless the text says "năm sau" or the caller sets
// WindowParser.AcrossYearEnd: a typo is far more common than a campaign
// over the new year, and the caller knows which it has.
//
// # Concurrency
//
// Every type in this package is a value or an immutable constant, and every
// function is safe for concurrent use. There is no package state to set.
package campaign
