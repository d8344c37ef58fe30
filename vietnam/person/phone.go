package person

import (
	"errors"
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/internal/textvalue"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Errors returned (wrapped in a *PhoneError) by ParsePhone. Match them with
// errors.Is.
var (
	// ErrPhoneSyntax means the text holds a character that has no place in a
	// phone number (letters, a '+' after the first digit, a stray bracket).
	ErrPhoneSyntax = errors.New("unexpected character")
	// ErrPhoneLength means the number has too few or too many digits for any
	// Vietnamese number, current or withdrawn.
	ErrPhoneLength = errors.New("wrong number of digits")
	// ErrPhonePrefix means the digits have a plausible length but start with
	// no mobile prefix or area code, current or withdrawn.
	ErrPhonePrefix = errors.New("unknown prefix")
	// ErrPhoneCountry means an international number of another country.
	ErrPhoneCountry = errors.New("not a Vietnamese number")
	// ErrPhoneShortCode means a short code (113, 1080), which has no E.164
	// form: Phone.Value cannot store it.
	ErrPhoneShortCode = errors.New("a short code has no E.164 form")
)

// PhoneError reports text that is not a Vietnamese phone number.
type PhoneError struct {
	Input string // the text as given
	Pos   int    // 1-based character position of the offending character, 0 when not about one
	Err   error  // one of the ErrPhone… sentinels
	Why   string // detail: the character, the digit count, the prefix
}

func (e *PhoneError) Error() string { return errorText("phone", e.Input, e.Err, e.Why, e.Pos) }

func (e *PhoneError) Unwrap() error { return e.Err }

// Kind tells subscriber numbers (mobile, fixed line, VoIP) from service
// numbers (toll-free, premium-rate, short). The kinds follow
// libphonenumber's number types. The zero value is KindUnknown.
type Kind uint8

const (
	KindUnknown Kind = iota
	Mobile
	FixedLine
	// VoIP is the 067 2xx xx xx block (libphonenumber's VOIP type), home
	// since 2018 of the VSAT satellite lines that were 0992.
	VoIP
	// TollFree is a 1800 number, free for the caller: 1800 1091.
	TollFree
	// PremiumRate is a 1900 number, charged above the normal rate.
	PremiumRate
	// ShortCode is a number dialled as it is, inside Vietnam only: the
	// emergency numbers 111 (child protection), 112 (search and rescue),
	// 113 (police), 114 (fire), 115 (ambulance), and the four-digit public
	// service numbers 10xx such as 1022, the provinces' citizen and
	// digital-transformation hotline.
	ShortCode
	// UAN is a number of a private network of Party and State organs,
	// Defence or Public Security (mạng viễn thông dùng riêng, Circular
	// 22/2014/TT-BTTTT Art. 10(6)): 069 followed by 5 or 6 digits, and the
	// seven-digit 199 xxxx and 799 xxxx, libphonenumber's UAN type for VN.
	// They are reached from inside Vietnam only: no International form.
	UAN
)

var kindNames = [...]string{"unknown", "mobile", "fixed line", "VoIP", "toll-free", "premium-rate", "short code", "UAN"}

// String returns "mobile", "fixed line", "VoIP", "toll-free",
// "premium-rate", "short code", "UAN", or "unknown" for KindUnknown; a
// kind with no constant prints as "Kind(n)", so that it never passes for
// a real one.
func (k Kind) String() string { return enumtext.Name(kindNames[:], "Kind", uint8(k)) }

// IsService reports whether k is a service number (toll-free,
// premium-rate, short code) rather than a subscriber's.
func (k Kind) IsService() bool { return k == TollFree || k == PremiumRate || k == ShortCode }

// Network is the mobile network a number block was allocated to. Since
// number portability (2018) a subscriber may have moved to another network
// and kept the number, so treat it as a hint. The zero value is
// NetworkUnknown, also used for fixed lines.
type Network uint8

const (
	NetworkUnknown Network = iota
	Viettel
	VinaPhone
	MobiFone
	Vietnamobile
	Gmobile
	Itel  // Indochina Telecom, a virtual network (MVNO)
	Reddi // a virtual network (MVNO)
)

var networkNames = [...]string{"unknown", "Viettel", "VinaPhone", "MobiFone", "Vietnamobile", "Gmobile", "Itel", "Reddi"}

// String returns the network's brand name, or "unknown" for
// NetworkUnknown; a network with no constant prints as "Network(n)".
func (n Network) String() string { return enumtext.Name(networkNames[:], "Network", uint8(n)) }

// Migration says whether ParsePhone rewrote a withdrawn number into its
// current form. The zero value is NotMigrated.
type Migration uint8

const (
	NotMigrated Migration = iota
	// Mobile2018: an 11-digit mobile number (0168 123 4567) rewritten to
	// 10 digits (038 123 4567), per the 2018 change.
	Mobile2018
	// AreaCode2017: a fixed line with a pre-2017 area code (04 3825 3523)
	// rewritten with its new code (024 3825 3523).
	AreaCode2017
	// VSAT2018: a VSAT satellite number (0992 012 345) rewritten to the
	// 0672 block (067 201 23 45), per the 2018 change.
	VSAT2018
)

var migrationNames = [...]string{
	"not migrated",
	"11-digit mobile number converted to 10 digits (2018)",
	"old area code replaced (2017)",
	"VSAT 0992 number converted to 0672 (2018)",
}

// String describes the migration: "not migrated" for NotMigrated, a
// sentence for the others, "Migration(n)" for a value with no constant.
func (m Migration) String() string { return enumtext.Name(migrationNames[:], "Migration", uint8(m)) }

// Phone is a Vietnamese subscriber number, mobile or fixed line, in its
// current form. It is a small comparable value: two Phones are == when they
// are the same number and came from the same kind of input (see Migration);
// Equal compares the numbers alone. The zero Phone is not a number; IsZero
// reports it.
type Phone struct {
	nsn  uint64 // national significant number: the digits after +84
	n    uint8  // digits in nsn: 9 for mobile and VoIP, 10 for fixed lines, 3 to 10 for service numbers
	kind Kind
	mig  Migration
}

// maxPhoneDigits bounds the digits ParsePhone collects: "0084" and an
// 11-digit old number are 15; anything longer is an error.
const maxPhoneDigits = 16

// ParsePhone reads a Vietnamese phone number in the forms people type:
//
//	0912 345 678   0912.345.678   0912-345-678   +84 912 345 678
//	84912345678    0084 912 345 678   912345678 (a spreadsheet dropped the 0)
//	(028) 3829 1234   028 3829 1234   +84 28 3829 1234
//
// Spaces, dots, hyphens, slashes and brackets between digits are ignored.
// Withdrawn numbers are migrated and say so through Migration: 11-digit
// mobiles (0168 123 4567 → 038 123 4567, the 2018 change) and pre-2017 area
// codes (04 3825 3523 → 024 3825 3523). When an old area code collides with a
// current mobile prefix (08 3829 1234 could be HCMC before 2017 or a VinaPhone
// mobile today) the current reading wins, unless brackets mark the area code:
// "(08) 3829 1234" is read as the old HCMC line.
//
// VoIP numbers (067 2xx xx xx) are read as such, not as old Đồng Tháp
// lines, and the 2018 VSAT numbers (0992 xxx xxx) are migrated to them.
// Service numbers are recognised with their Kind: toll-free "1800 1091",
// premium-rate "1900 1234 56" (8 to 10 digits, no trunk 0) and the short
// numbers 111–115 and 10xx ("1022"), which have no international form;
// private-network numbers "069 12345", "0199 2000" are UAN, reached from
// inside Vietnam only.
//
// ParsePhone does not allocate unless it returns an error.
func ParsePhone(s string) (Phone, error) {
	var d [maxPhoneDigits]byte
	n := 0
	plus := false
	parenOpen, parenClose := -1, -1 // digit counts at '(' and ')'
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		switch {
		case c >= '0' && c <= '9':
			if n == len(d) {
				return Phone{}, &PhoneError{Input: s, Err: ErrPhoneLength, Why: "more than 15 digits"}
			}
			d[n] = c
			n++
		case c == ' ' || c == '.' || c == '-' || c == '/' || c == '\t':
		case c == '+':
			if plus || n > 0 {
				return Phone{}, syntaxError(s, i)
			}
			plus = true
		case c == '(':
			if parenOpen >= 0 {
				return Phone{}, syntaxError(s, i)
			}
			parenOpen = n
		case c == ')':
			if parenOpen < 0 || parenClose >= 0 {
				return Phone{}, syntaxError(s, i)
			}
			parenClose = n
		case c >= utf8.RuneSelf:
			r, sz := utf8.DecodeRuneInString(s[i:])
			// No-break and other Unicode spaces, and typographic dashes,
			// arrive from word processors and web forms.
			if !unicode.IsSpace(r) && !vietnam.IsDash(r) {
				return Phone{}, syntaxError(s, i)
			}
			size = sz
		default:
			return Phone{}, syntaxError(s, i)
		}
		i += size
	}
	if parenOpen >= 0 && parenClose < 0 {
		return Phone{}, &PhoneError{Input: s, Err: ErrPhoneSyntax, Why: "unclosed '('"}
	}
	if n == 0 {
		return Phone{}, &PhoneError{Input: s, Err: ErrPhoneLength, Why: "no digits"}
	}

	// Find where the national significant number starts.
	start := 0 // > 0 when a country code was given
	switch {
	case plus:
		if n < 2 || d[0] != '8' || d[1] != '4' {
			return Phone{}, &PhoneError{Input: s, Err: ErrPhoneCountry, Why: "country code is not +84"}
		}
		start = 2
	case n >= 4 && string(d[:4]) == "0084":
		start = 4
	case n >= 11 && d[0] == '8' && d[1] == '4':
		// 84 + 9 or 10 digits: a national number never starts with 84
		// at these lengths (it would start with 0, or be 9 digits long).
		start = 2
	}
	intl := start > 0
	if start < n && d[start] == '0' {
		start++ // the trunk prefix, also written after +84 by habit
	}
	hint := 0
	if parenOpen >= 0 && parenOpen <= start && parenClose > start {
		hint = parenClose - start
	}
	p, err := classify(d[start:n], hint, intl)
	if err != nil {
		err.Input = s
		return Phone{}, err
	}
	return p, nil
}

// MustParsePhone is like ParsePhone but panics on error. It is meant for
// literals in tests and examples.
func MustParsePhone(s string) Phone {
	p, err := ParsePhone(s)
	if err != nil {
		panic(err)
	}
	return p
}

func syntaxError(s string, i int) *PhoneError {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return &PhoneError{Input: s, Err: ErrPhoneSyntax, Why: fmt.Sprintf("%q", r), Pos: utf8.RuneCountInString(s[:i]) + 1}
}

// classify reads a national significant number. hint is the count of
// leading digits that brackets marked as an area code, or 0; intl says a
// country code was given, which short numbers cannot have.
func classify(d []byte, hint int, intl bool) (Phone, *PhoneError) {
	n := len(d)
	if k := serviceKind(d, intl); k != KindUnknown {
		return Phone{nsn: asciinum.Value(d), n: uint8(n), kind: k}, nil
	}
	if n == 9 && string(d[:3]) == "672" {
		return Phone{nsn: asciinum.Value(d), n: 9, kind: VoIP}, nil
	}
	if isUAN(d) {
		return Phone{nsn: asciinum.Value(d), n: uint8(n), kind: UAN}, nil
	}
	if n == 9 && string(d[:3]) == "992" {
		return Phone{nsn: 672_000_000 + asciinum.Value(d[3:]), n: 9, kind: VoIP, mig: VSAT2018}, nil
	}
	if hint > 0 && hint < n {
		code := uint16(asciinum.Value(d[:hint]))
		if _, ok := areaByCode(code, hint); ok && fixedValid(d) {
			return Phone{nsn: asciinum.Value(d), n: uint8(n), kind: FixedLine}, nil
		}
		if a, ok := areaByOld(code, hint); ok && n == hint+oldSubscriberLen(a.old) {
			if p, ok := migrateArea(a, d[hint:]); ok {
				return p, nil
			}
		}
	}
	if n == 9 && mobileNetwork(d) != NetworkUnknown {
		return Phone{nsn: asciinum.Value(d), n: 9, kind: Mobile}, nil
	}
	if n == 10 && fixedValid(d) {
		return Phone{nsn: asciinum.Value(d), n: 10, kind: FixedLine}, nil
	}
	if n == 10 && d[0] == '1' {
		old := uint16(asciinum.Value(d[:3]))
		for _, m := range mobile2018 {
			if m.old == old {
				return Phone{nsn: uint64(m.new)*10_000_000 + asciinum.Value(d[3:]), n: 9, kind: Mobile, mig: Mobile2018}, nil
			}
		}
	}
	for w := 1; w <= 3 && w < n; w++ {
		if a, ok := areaByOld(uint16(asciinum.Value(d[:w])), w); ok && n == w+oldSubscriberLen(a.old) {
			if p, ok := migrateArea(a, d[w:]); ok {
				return p, nil
			}
		}
	}
	switch {
	case n == 0:
		return Phone{}, &PhoneError{Err: ErrPhoneLength, Why: "no digits after the country code"}
	case n < 9 || n > 10:
		return Phone{}, &PhoneError{Err: ErrPhoneLength, Why: fmt.Sprintf("%d digits after the trunk 0, want 9 (mobile) or 10 (fixed line)", n)}
	}
	w := 3
	if d[0] == '2' && n == 10 && (d[1] == '4' || d[1] == '8') {
		w = 2
	}
	return Phone{}, &PhoneError{Err: ErrPhonePrefix, Why: "0" + string(d[:w])}
}

// migrateArea rewrites an old fixed-line number with its new area code; it
// fails when the result is no valid number today (an old Hà Nội number
// starting with 0 or 1).
func migrateArea(a areaCode, sub []byte) (Phone, bool) {
	w := 3
	if a.code < 100 {
		w = 2
	}
	var d [10]byte
	asciinum.Append(d[:0], uint64(a.code), w)
	copy(d[w:], sub)
	if w+len(sub) != 10 || !fixedValid(d[:]) {
		return Phone{}, false
	}
	return Phone{nsn: asciinum.Value(d[:]), n: 10, kind: FixedLine, mig: AreaCode2017}, true
}

// serviceKind recognises the service numbers of the numbering plan
// (Circular 22/2014/TT-BTTTT), with libphonenumber's patterns for VN:
// 1800 and 1900 followed by 4 to 6 digits, and the short numbers 111–115
// and 10xx, which exist only without a country code.
func serviceKind(d []byte, intl bool) Kind {
	n := len(d)
	switch {
	case n >= 8 && n <= 10 && string(d[:4]) == "1800":
		return TollFree
	case n >= 8 && n <= 10 && string(d[:4]) == "1900":
		return PremiumRate
	case intl:
		return KindUnknown
	case n == 3 && d[0] == '1' && d[1] == '1' && d[2] >= '1' && d[2] <= '5':
		return ShortCode
	case n == 4 && d[0] == '1' && d[1] == '0':
		return ShortCode
	}
	return KindUnknown
}

// isUAN reports whether d is a private-network number: 69 and 5 or 6
// digits, or 199 and 799 and 4 digits (libphonenumber's UAN pattern for
// VN). Their lengths (7 and 8) are those of no mobile, fixed line or
// pre-2017 number, so they cannot be misread.
func isUAN(d []byte) bool {
	switch n := len(d); {
	case (n == 7 || n == 8) && d[0] == '6' && d[1] == '9':
		return true
	case n == 7 && (d[0] == '1' || d[0] == '7') && d[1] == '9' && d[2] == '9':
		return true
	}
	return false
}

// oldSubscriberLen is the length of subscriber numbers under a pre-2017
// area code: 8 digits in Hà Nội (4) and HCMC (8), 7 elsewhere.
func oldSubscriberLen(old uint16) int {
	if old < 10 {
		return 8
	}
	return 7
}

// phoneIndex maps prefixes to table rows so that ParsePhone looks each up
// in one step. It is built on first use (about 3 KB) and read-only after.
type phoneIndex struct {
	byCode [1000]uint8   // area code → 1 + row in areaCodes, 0 for none
	byOld  [1000]uint8   // pre-2017 area code → 1 + row in areaCodes
	mobile [1000]Network // 3-digit national prefix → network
}

var prefixIndex = sync.OnceValue(func() *phoneIndex {
	ix := new(phoneIndex)
	for i, a := range areaCodes {
		ix.byCode[a.code] = uint8(i + 1)
		if a.old != 0 {
			ix.byOld[a.old] = uint8(i + 1)
		}
	}
	// 2-digit blocks first, so that the 3-digit blocks refining them win.
	for _, width := range []uint8{2, 3} {
		for _, m := range mobilePrefixes {
			switch {
			case m.width != width:
			case width == 2:
				for d := range uint16(10) {
					ix.mobile[m.prefix*10+d] = m.net
				}
			default:
				ix.mobile[m.prefix] = m.net
			}
		}
	}
	return ix
})

// areaByCode finds a current area code of the given width (2 for Hà Nội and
// HCMC, 3 elsewhere).
func areaByCode(code uint16, width int) (areaCode, bool) {
	if (width == 2) != (code < 100) || width > 3 || code >= 1000 {
		return areaCode{}, false
	}
	if i := prefixIndex().byCode[code]; i > 0 {
		return areaCodes[i-1], true
	}
	return areaCode{}, false
}

// areaByOld finds a pre-2017 area code of the given width (1 for Hà Nội
// and HCMC, 2 or 3 elsewhere).
func areaByOld(old uint16, width int) (areaCode, bool) {
	if width < 1 || width > 3 || old == 0 || old >= 1000 {
		return areaCode{}, false
	}
	if (width == 1 && old >= 10) || (width == 2 && (old < 10 || old >= 100)) || (width == 3 && old < 100) {
		return areaCode{}, false
	}
	if i := prefixIndex().byOld[old]; i > 0 {
		return areaCodes[i-1], true
	}
	return areaCode{}, false
}

// fixedValid reports whether d (10 digits) is a current fixed-line number:
// a current area code and a subscriber number of the right shape. Hà Nội
// numbers continue 24[2-8], HCMC 28[2-9] (libphonenumber's fixed-line
// pattern since release 8.13.6, 2023, which took in 0288 after HCMC lines
// 028 88xx xxxx were reported), which also keeps the withdrawn codes
// 0240/0241/0280/0281 out.
func fixedValid(d []byte) bool {
	if len(d) != 10 || d[0] != '2' {
		return false
	}
	switch d[1] {
	case '4':
		return d[2] >= '2' && d[2] <= '8'
	case '8':
		return d[2] >= '2' && d[2] <= '9'
	}
	_, ok := areaByCode(uint16(asciinum.Value(d[:3])), 3)
	return ok
}

// mobileNetwork returns the network of a 9-digit mobile national number,
// or NetworkUnknown when no current block starts it.
func mobileNetwork(d []byte) Network {
	if len(d) < 3 {
		return NetworkUnknown
	}
	return prefixIndex().mobile[asciinum.Value(d[:3])]
}

// IsZero reports whether p is the zero Phone.
func (p Phone) IsZero() bool { return p.n == 0 }

// Equal reports whether p and q are the same number, however each was
// written or migrated.
func (p Phone) Equal(q Phone) bool { return p.nsn == q.nsn && p.n == q.n }

// Kind reports what sort of number p is: mobile, fixed line, VoIP or a
// service number.
func (p Phone) Kind() Kind { return p.kind }

// Network returns the network the mobile number's block was allocated to,
// or NetworkUnknown for a fixed line.
func (p Phone) Network() Network {
	if p.kind != Mobile {
		return NetworkUnknown
	}
	var b [9]byte
	return mobileNetwork(asciinum.Append(b[:0], p.nsn, 9))
}

// Migration reports whether ParsePhone rewrote a withdrawn number.
func (p Phone) Migration() Migration { return p.mig }

func (p Phone) digits(b []byte) []byte { return asciinum.Append(b, p.nsn, int(p.n)) }

// areaWidth is the length of a fixed line's area code: 2 for Hà Nội and
// HCMC, 3 elsewhere.
func (p Phone) areaWidth() int {
	if p.kind == FixedLine {
		lead := p.nsn / 100_000_000
		if lead == 24 || lead == 28 {
			return 2
		}
		return 3
	}
	return 0
}

// AreaCode returns a fixed line's area code with its trunk 0 ("028",
// "0236"), or "" for a mobile number.
func (p Phone) AreaCode() string {
	w := p.areaWidth()
	if w == 0 {
		return ""
	}
	var b [11]byte
	return "0" + string(p.digits(b[:0])[:w])
}

// Province returns the pre-2025 province a fixed line's area code serves.
// Area codes were not changed by the 2025 merger of provinces, so a merged
// province has several codes. It returns false for mobile numbers.
func (p Phone) Province() (Province, bool) {
	w := p.areaWidth()
	if w == 0 {
		return Province{}, false
	}
	var b [10]byte
	a, ok := areaByCode(uint16(asciinum.Value(p.digits(b[:0])[:w])), w)
	if !ok {
		return Province{}, false
	}
	return LookupProvince(a.province)
}

// group writes the national significant number in groups: 3-3-3 for
// mobiles (912 345 678), area code then 4-4 or 4-3 for fixed lines
// (28 3829 1234, 236 3821 234).
func (p Phone) group(b []byte) []byte {
	var raw [10]byte
	d := p.digits(raw[:0])
	var cuts []int
	switch w := p.areaWidth(); {
	case p.kind == ShortCode:
		return append(b, d...)
	case p.kind == TollFree || p.kind == PremiumRate:
		b = append(b, d[:4]...)
		b = append(b, ' ')
		return append(b, d[4:]...)
	case p.kind == UAN: // libphonenumber's 3 then 4 or 5
		b = append(b, d[:3]...)
		b = append(b, ' ')
		return append(b, d[3:]...)
	case p.kind == VoIP: // libphonenumber's 2-3-2-2 grouping
		b = append(b, d[:2]...)
		b = append(b, ' ')
		b = append(b, d[2:5]...)
		b = append(b, ' ')
		b = append(b, d[5:7]...)
		b = append(b, ' ')
		return append(b, d[7:]...)
	case p.n == 9:
		cuts = []int{3, 6}
	case w == 2:
		cuts = []int{2, 6}
	default:
		cuts = []int{3, 7}
	}
	b = append(b, d[:cuts[0]]...)
	b = append(b, ' ')
	b = append(b, d[cuts[0]:cuts[1]]...)
	b = append(b, ' ')
	return append(b, d[cuts[1]:]...)
}

// E164 returns the number in E.164 form: "+84912345678", or "" for the zero
// Phone.
func (p Phone) E164() string {
	if p.IsZero() || p.kind == ShortCode {
		return ""
	}
	var b [13]byte
	return string(p.digits(append(b[:0], "+84"...)))
}

// National returns the number as written in Vietnam: "0912 345 678",
// "028 3829 1234", "0236 3821 234", "067 201 23 45"; service numbers have
// no trunk 0: "1800 1091", "1022". "" for the zero Phone.
func (p Phone) National() string {
	if p.IsZero() {
		return ""
	}
	var b [16]byte
	if p.kind.IsService() {
		return string(p.group(b[:0]))
	}
	return string(p.group(append(b[:0], '0')))
}

// International returns the number as written from abroad:
// "+84 912 345 678", "+84 28 3829 1234"; "" for the zero Phone, for
// short numbers and for UAN, which cannot be dialled from abroad.
func (p Phone) International() string {
	if p.IsZero() || p.kind == ShortCode || p.kind == UAN {
		return ""
	}
	var b [20]byte
	return string(p.group(append(b[:0], "+84 "...)))
}

// String returns the national form.
func (p Phone) String() string { return p.National() }

// Legacy returns the withdrawn national form that ParsePhone migrated, or ""
// when p was not migrated: "0168 123 4567" for a 2018 mobile, "(04) 38253523"
// for a 2017 fixed line, with the old area code in brackets so that the
// form reads back as the old line (see ParsePhone).
func (p Phone) Legacy() string {
	var raw [10]byte
	d := p.digits(raw[:0])
	switch p.mig {
	case VSAT2018:
		return fmt.Sprintf("0992 %s %s", d[3:6], d[6:])
	case Mobile2018:
		lead := uint16(asciinum.Value(d[:2]))
		for _, m := range mobile2018 {
			if m.new == lead {
				return fmt.Sprintf("0%d %s %s", m.old, d[2:5], d[5:])
			}
		}
	case AreaCode2017:
		w := p.areaWidth()
		a, ok := areaByCode(uint16(asciinum.Value(d[:w])), w)
		if ok && a.old != 0 {
			return fmt.Sprintf("(0%d) %s", a.old, d[w:])
		}
	}
	return ""
}

// MarshalText returns the E.164 form.
func (p Phone) MarshalText() ([]byte, error) { return []byte(p.E164()), nil }

// UnmarshalText parses text with ParsePhone. Empty text gives the zero Phone,
// so that an optional field survives a round trip through JSON.
func (p *Phone) UnmarshalText(text []byte) error { return textvalue.Unmarshal(p, text, ParsePhone) }
