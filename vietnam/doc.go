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
// Impossible dates (31/4, 29/2/2025) are errors, never rolled over; a day
// and month without a year ("29/5") is an error that ParseDateInYear
// resolves. Errors are *DateError values matching ErrDateSyntax,
// ErrDateRange or ErrDateNoYear with errors.Is.
//
// # Text
//
// Normalize cleans text for storage and display (NFC, single spaces, no
// invisible characters) and keeps spelling. Fold makes the search key:
// lower case, no tones, no vowel marks, đ→d (other Latin, Greek and
// Cyrillic letters lose their accents too, while the marks that spell
// words in other scripts, such as Thai tone marks, stay). Title gives the
// proper case of names.
//
//	vietnam.Normalize("Nguyễn  Văn\u00a0A")    // "Nguyễn Văn A"
//	vietnam.Fold("Đặng Thị Ánh Tuyết")        // "dang thi anh tuyet"
//	vietnam.EqualFold("Hoà An", "hòa an")      // true
//	vietnam.Title("nguyễn VĂN a")              // "Nguyễn Văn A"
//
// Fold is the key to index and compare by; it allocates nothing for a key
// that is already folded, and EqualFold compares two strings without
// building either key. Both accept decomposed (NFD) input, which macOS and
// some input methods produce.
//
// # Tone placement
//
// Vietnamese puts the tone mark of "hoa", "khoe", "thuy" in two places,
// and both are in official use ("Khánh Hòa", "Xã Thuận Hoà"). Fold and
// EqualFold ignore the difference; to store or print one style, apply a
// ToneStyle, which works syllable by syllable, also moves marks typed in
// the wrong place, and leaves words of other languages alone:
//
//	vietnam.ToneClassic.Apply("Thuận Hoà, sức khoẻ")  // "Thuận Hòa, sức khỏe"
//	vietnam.ToneModern.Apply("Thủy lợi")               // "Thuỷ lợi"
//	vietnam.ToneClassic.Apply("lựơng")                  // "lượng"
//
// # Legacy encodings
//
// Files, spreadsheets and databases from before Unicode hold Vietnamese
// in TCVN3 (ABC, the .VnTime fonts), VNI or VIQR, and files that Windows
// programs saved in the Vietnamese code page in Windows-1258 (CP1258,
// tones as combining marks). Excel and CSV readers
// usually hand such text over already mangled, each byte read as a
// Windows-1252 character; Decode takes that form as well as raw bytes:
//
//	vietnam.TCVN3.Decode("§¹i häc")        // "Đại học"
//	vietnam.VNI.Decode("Ñöôøng")           // "Đường"
//	vietnam.VIQR.Decode("Vie^.t Nam")      // "Việt Nam"
//	vietnam.TCVN3.DecodeBytes(fileBytes)   // raw bytes from an old file
//	enc, conf := vietnam.Detect(s)         // which one, and how sure
//	u := vietnam.ToUnicode(s)              // detect and decode; Unicode stays Unicode
//
// Detection reads the text in every encoding and keeps the reading with
// the most well-formed Vietnamese syllables; of two readings alike, the
// one whose syllables are far the commoner in running text ("Thèng" is
// TCVN3 "Thống"), or none when they are about as common ("bé" is also
// TCVN3 "bộ"). Decode with a known encoding when you have one, as a
// single short word can read well in two. Encode goes the other way for
// round trips and old systems. TCVN3 has no capitals with tone marks, so
// those come back in lower case.
//
// # Numbers
//
// Vietnamese groups thousands with a dot and writes decimals after a
// comma. NumberConvention formats and parses both that and the English
// convention; the package-level functions use the Vietnamese one:
//
//	vietnam.FormatInt(52000)                           // "52.000"
//	vietnam.FormatPercent(decimal.RequireFromString("40.5"))  // "40,5%"
//	vietnam.FormatCompact(decimal.New(16, 5))          // "1,6 triệu"
//	vietnam.NumberEnglish.FormatInt(52000)             // "52,000"
//	vietnam.ParseNumber("1,6 triệu")                   // 1600000
//	vietnam.ParseNumber("52,000")                      // ErrNumberAmbiguous
//
// Values are decimal.Decimal (github.com/shopspring/decimal), never
// floating point, so that targets and counts stay exact. "52,000" alone
// is 52 to a Vietnamese reader and 52000 to an English spreadsheet:
// ParseNumber refuses it, and NumberVietnamese.Parse or
// NumberEnglish.Parse reads it when the source is known.
//
// # Packages below
//
// The toolkit's other packages build on this one and, like it, know
// nothing of programs: vietnam/admin (administrative units before and
// after the reform of 1/7/2025, succession, name lookup, addresses),
// vietnam/calendar (lunar calendar, public holidays, working days),
// vietnam/person (names, CCCD and CMND numbers, tax codes, phone numbers),
// vietnam/ethnic (the 54 ethnic groups and their codes) and
// vietnam/validate (validator/v10 tags for the above). Their enums read
// and write text one way, and an unknown word wraps ErrUnknownName.
//
// # Errors
//
// Every package of the module writes its errors one way: the message
// starts with the package's name and says what was read and where
// (as in the example below), and it wraps one of the package's sentinel
// errors (ErrDateSyntax and
// the other Err… variables, short phrases without the package's name)
// with %w, so that errors.Is matches the kind and errors.As finds the
// error type when there is one, with its fields:
//
//	vietnam: date "31/4/2025": no such day
//
// # Concurrency
//
// Every function and type in this package is safe for concurrent use.
// There is no package state to configure; tables are read-only and built
// on first use. Values (Date, ToneStyle, Encoding, NumberConvention) are
// small and immutable.
package vietnam
