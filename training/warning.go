package training

import (
	"fmt"

	"github.com/hocvuso/hocvuso/internal/clip"
	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// FixKind is a kind of correction the importer made to a value it accepted.
type FixKind uint8

// The corrections the importer reports.
const (
	_                FixKind = iota
	FixEncoding              // text typed in TCVN3, VNI or VIQR decoded to Unicode
	FixSpacing               // invisible characters or runs of spaces removed, NFC
	FixNameCase              // name put in proper case
	FixTones                 // tone marks placed in the chosen style
	FixPhone                 // phone number rewritten in national form
	FixPhoneMigrated         // an 11-digit or pre-2017 number rewritten to today's
	FixDate                  // a date written in another form rewritten
)

// fixText: the codes are those of the import report's JSON and CSV; the
// zero is no fix.
var fixText = enumtext.Table{What: "training: fix", Type: "FixKind",
	Words: [][]string{
		nil,
		FixEncoding:      {"encoding"},
		FixSpacing:       {"spacing"},
		FixNameCase:      {"name_case"},
		FixTones:         {"tone_placement"},
		FixPhone:         {"phone_format"},
		FixPhoneMigrated: {"phone_migrated"},
		FixDate:          {"date_format"},
	},
	Labels: [][2]string{
		{},
		FixEncoding:      {"chuyển mã", "encoding"},
		FixSpacing:       {"khoảng trắng", "spacing"},
		FixNameCase:      {"viết hoa tên", "name case"},
		FixTones:         {"vị trí dấu", "tone placement"},
		FixPhone:         {"định dạng số điện thoại", "phone format"},
		FixPhoneMigrated: {"chuyển đổi số điện thoại", "phone number migrated"},
		FixDate:          {"định dạng ngày", "date format"},
	}}

// String returns the fix's code ("name_case"), or "FixKind(N)" for a
// value that is no fix.
func (k FixKind) String() string { return fixText.String(uint8(k)) }

// Label returns the fix's name in l ("viết hoa tên", "name case"), or
// "FixKind(N)" for a value that is no fix.
func (k FixKind) Label(l vietnam.Lang) string { return fixText.Label(uint8(k), l) }

// A Fix is one correction to one cell.
type Fix struct {
	Kind     FixKind
	Column   string // the header as written in the file
	From, To string
}

// WarnKind is a kind of problem that did not reject a row.
type WarnKind uint8

// The warnings the importer gives.
const (
	_ WarnKind = iota
	// WarnDropped: a cell could not be read and was left out; the rest
	// of the row counts.
	WarnDropped
	// WarnUnknownTerm: a service, group or activity no term of the
	// program's vocabulary names; kept as written.
	WarnUnknownTerm
	// WarnAddress: an address not found, ambiguous, or without a commune.
	WarnAddress
	// WarnExtraCells: the row has more cells than the header has columns.
	WarnExtraCells
	// WarnLeadingZero: a number stored as a number lost its leading zero
	// (phone 912345678, an 11-digit CCCD) and got it back.
	WarnLeadingZero
	// WarnUnreachablePhone: the phone is a number of a private network of
	// State organs, Defence or Public Security (a person.UAN, 069…), which
	// volunteers cannot call from an ordinary phone. It is kept, as the
	// person gave it, but the row has no contact number.
	WarnUnreachablePhone
)

var warnText = enumtext.Table{What: "training: warning", Type: "WarnKind",
	Words: [][]string{
		nil,
		WarnDropped:          {"dropped"},
		WarnUnknownTerm:      {"unknown_term"},
		WarnAddress:          {"address"},
		WarnExtraCells:       {"extra_cells"},
		WarnLeadingZero:      {"leading_zero"},
		WarnUnreachablePhone: {"unreachable_phone"},
	},
	Labels: [][2]string{
		{},
		WarnDropped:          {"bỏ ô không đọc được", "cell dropped"},
		WarnUnknownTerm:      {"giá trị ngoài danh mục", "value not in the vocabulary"},
		WarnAddress:          {"địa chỉ chưa xác định", "address not resolved"},
		WarnExtraCells:       {"thừa ô", "extra cells"},
		WarnLeadingZero:      {"thêm số 0 đầu", "leading zero restored"},
		WarnUnreachablePhone: {"số mạng dùng riêng, không gọi được", "private-network phone, not reachable"},
	}}

// String returns the warning kind's code ("leading_zero"), or
// "WarnKind(N)" for a value that is no warning kind.
func (k WarnKind) String() string { return warnText.String(uint8(k)) }

// Label returns the warning kind's name in l ("thêm số 0 đầu", "leading
// zero restored"), or "WarnKind(N)" for a value that is no warning kind.
func (k WarnKind) Label(l vietnam.Lang) string { return warnText.Label(uint8(k), l) }

// A RowError is a problem with a row or one of its cells: where (line
// and column), the value as it was written, and why. In
// ImportReport.Rejected it is the reason the row was refused, and Kind is
// zero; in Entry.Warnings it is a problem that did not reject the row,
// and Kind says which. Err is the sentinel error it wraps
// (ErrInvalidValue, ErrMismatch…), for errors.Is; nil for a warning that
// is no error, such as a restored leading zero.
type RowError struct {
	Kind   WarnKind
	Row    int
	Column string // the header as written; empty for the whole row
	Value  string // the cell as written, kept
	Reason string
	Err    error
}

func (e *RowError) Error() string {
	switch {
	case e.Column == "" && e.Value == "":
		return fmt.Sprintf("training: row %d: %s", e.Row, e.Reason)
	case e.Column == "":
		return fmt.Sprintf("training: row %d, value %q: %s", e.Row, clip.To(e.Value, 60), e.Reason)
	}
	return fmt.Sprintf("training: row %d, column %q, value %q: %s", e.Row, e.Column, clip.To(e.Value, 60), e.Reason)
}

func (e *RowError) Unwrap() error { return e.Err }
