package person

import (
	"database/sql/driver"
	"fmt"
	"strconv"

	"github.com/hocvuso/hocvuso/internal/scan"
)

// Value implements driver.Valuer: the number in E.164 form as text,
// "+84912345678"; the zero Phone is NULL. A short code (113, 1080) has no
// E.164 form and is an error.
func (p Phone) Value() (driver.Value, error) {
	if p.IsZero() {
		return nil, nil
	}
	s := p.E164()
	if s == "" {
		return nil, fmt.Errorf("person: phone %s: %w", p, ErrPhoneShortCode)
	}
	return s, nil
}

// Scan implements sql.Scanner. It reads text (string or []byte) in any
// form ParsePhone reads, and an int64, as a spreadsheet import or a
// numeric column leaves a number (84912345678, or 912345678 with the
// leading 0 dropped); NULL gives the zero Phone. Errors are
// *vietnam.ScanError, which wraps vietnam.ErrScan and the parse error.
func (p *Phone) Scan(src any) error { return phoneScan.Scan(p, src) }

var phoneScan = scan.Text[Phone]{Into: "person.Phone", Parse: ParsePhone,
	Int: func(n int64) (string, bool) { return strconv.FormatInt(n, 10), n >= 0 }}

// Value implements driver.Valuer: the 12 digits as text, leading zeros
// kept ("001095012345"); the zero CCCD is NULL. Text, not a number,
// because the leading zeros are part of the number.
func (c CCCD) Value() (driver.Value, error) { return scan.Value(c) }

// Scan implements sql.Scanner. It reads text (string or []byte) in any
// form ParseCCCD reads, and an int64 from a numeric column that dropped
// the leading zeros (1095012345 is 001095012345); NULL gives the zero
// CCCD. Errors are *vietnam.ScanError, which wraps vietnam.ErrScan and the
// parse error.
func (c *CCCD) Scan(src any) error { return cccdScan.Scan(c, src) }

var cccdScan = scan.Text[CCCD]{Into: "person.CCCD", Parse: ParseCCCD,
	Int: func(n int64) (string, bool) { return fmt.Sprintf("%012d", n), n >= 0 && n < 1e12 }}
