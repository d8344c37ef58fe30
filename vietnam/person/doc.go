// Package person reads the personal data that Vietnamese rosters carry:
// names, citizen ID numbers (CCCD, and the older CMND) and phone numbers.
// Volunteers type these on phones, in every spelling and layout; this package
// turns them into values that compare, sort and print correctly.
//
// # Names
//
// ParseName splits a full name into họ (family), tên đệm (middle) and tên
// (given), in the order Vietnamese write them, recognising compound family
// names (Tôn Nữ, Tôn Thất, Âu Dương, Nguyễn Phúc…) and Ê Đê names written
// given name first ("H'Hen Niê"):
//
//	n := person.ParseName("nguyễn thị minh khai")
//	n.Given                  // "khai"
//	n.Title().String()       // "Nguyễn Thị Minh Khai"
//	n.Equal(person.ParseName("NGUYEN THI MINH KHAI")) // true: compared by vietnam.Fold
//
// Rosters are sorted by given name, then middle, then family name, each with
// Vietnamese collation (a < ă < â, d < đ, tones ngang < huyền < hỏi < ngã <
// sắc < nặng), never by bytes:
//
//	person.Sort(names)
//	person.SortBy(learners, func(l Learner) person.Name { return l.Name })
//
// # Citizen IDs
//
// ParseCCCD reads a 12-digit CCCD and decodes what the number says about its
// holder: the province where the birth was registered (against the 63
// provinces in force before July 2025, because that is when the codes were
// assigned), sex, century and year of birth. There is no check digit, so a
// well-formed number can still be wrong; CheckBirth compares it with a birth
// date and sex from elsewhere:
//
//	c, err := person.ParseCCCD("001 099 012 345")
//	p, _ := c.Province()     // Hà Nội
//	c.Sex(), c.BirthYear()   // male, 1999
//	err = c.CheckBirth(vietnam.MustParseDate("12/3/1999"), person.Male)
//
// A 9-digit number is a CMND: ParseCCCD reports ErrIsCMND and ParseCMND
// reads it.
//
// # Phone numbers
//
// ParsePhone accepts national and international forms with any spacing,
// tells mobile numbers from fixed lines, names the network a mobile prefix
// was allocated to, and migrates numbers withdrawn in the 2017 area-code
// change and the 2018 change from 11- to 10-digit mobiles:
//
//	p, _ := person.ParsePhone("0168 123 4567")
//	p.E164()                 // "+84381234567"
//	p.National()             // "0381 234 567"
//	p.Network(), p.Migration() // Viettel, Mobile2018
//
// ParsePhone and ParseCCCD do not allocate on success.
//
// Sex, Kind, Network and Migration marshal as text, so JSON carries
// "female", "mobile", "viettel", "mobile-2018" rather than numbers; the
// zero values are the empty text, and UnmarshalText also reads the
// Vietnamese words ("nữ", "di động", "cố định").
//
// # Data
//
// The province table (63 pre-2025 provinces) is typed into provinces.go and a
// test holds it to the source CSV (vietnam/admin's copy in the repository, from
// thanglequoc/vietnamese-provinces-database v2.4.1, the GSO codes); the package
// does not import vietnam/admin, so that it stays small. Country codes for
// births abroad come from Circular 07/2016/TT-BCA (countries.go). Phone
// prefix tables and their sources are in phone_tables.go.
//
// # Concurrency
//
// Every function and value type in this package is safe for concurrent use;
// tables are read-only and nothing runs at init. The one exception is
// Collator, which keeps scratch state: use one per goroutine.
package person
