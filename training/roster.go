package training

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// Field is a column of a roster the importer understands. The zero Field
// is an ignored column.
type Field uint8

// The roster fields.
const (
	FieldIgnored   Field = iota
	FieldName            // Họ và tên
	FieldBirthDate       // Ngày sinh (a date, or a year alone)
	FieldSex             // Giới tính
	FieldCCCD            // Số CCCD / CMND
	FieldPhone           // Số điện thoại
	FieldAddress         // Địa chỉ
	FieldHousehold       // Hộ gia đình
	FieldGroup           // Đối tượng
	FieldUnit            // Đơn vị (org unit ID)
	FieldDate            // Ngày học / tham gia
	FieldClass           // Lớp
	FieldService         // Dịch vụ hỗ trợ
	FieldHelper          // Tình nguyện viên hỗ trợ
)

var fieldNames = [...]string{"ignored", "name", "birth_date", "sex", "cccd", "phone", "address",
	"household", "group", "unit", "date", "class", "service", "helper"}

// String returns the field's code ("birth_date").
func (f Field) String() string {
	if int(f) < len(fieldNames) {
		return fieldNames[f]
	}
	return fmt.Sprintf("Field(%d)", uint8(f))
}

// headerWords maps folded header texts to fields: the words volunteer
// sheets actually use, in Vietnamese with or without tones and in English.
var headerWords = []struct {
	f     Field
	words []string
}{
	{FieldName, []string{"ho va ten", "ho ten", "hoten", "ho va ten hoc vien", "ten hoc vien", "ho ten nguoi dan", "full name", "name", "ten"}},
	{FieldBirthDate, []string{"ngay sinh", "ngay thang nam sinh", "nam sinh", "ns", "sinh ngay", "date of birth", "dob", "birth date", "birthday"}},
	{FieldSex, []string{"gioi tinh", "gt", "gioi", "sex", "gender", "nam nu", "nam/nu"}},
	{FieldCCCD, []string{"cccd", "so cccd", "can cuoc", "so can cuoc", "cmnd", "so cmnd", "cccd/cmnd", "so cccd/cmnd", "so dinh danh", "ma dinh danh", "dinh danh ca nhan", "id number", "citizen id"}},
	{FieldPhone, []string{"sdt", "so dien thoai", "dien thoai", "dt", "so dt", "sdt lien he", "phone", "mobile", "di dong"}},
	{FieldAddress, []string{"dia chi", "noi o", "noi o hien nay", "cho o hien nay", "dia chi thuong tru", "thuong tru", "tam tru", "address", "que quan"}},
	{FieldHousehold, []string{"ho gia dinh", "ma ho", "ho", "so ho", "household"}},
	{FieldGroup, []string{"doi tuong", "nhom doi tuong", "nhom", "thanh phan", "group"}},
	{FieldUnit, []string{"don vi", "chi doan", "co so doan", "ma don vi", "unit"}},
	{FieldDate, []string{"ngay", "ngay hoc", "ngay tham gia", "ngay dang ky", "ngay ho tro", "thoi gian", "date"}},
	{FieldClass, []string{"lop", "ma lop", "lop hoc", "class"}},
	{FieldService, []string{"dich vu", "noi dung ho tro", "noi dung", "hinh thuc ho tro", "service"}},
	{FieldHelper, []string{"tinh nguyen vien", "nguoi ho tro", "tnv", "tnv ho tro", "helper", "volunteer"}},
}

// FieldOf returns the field a header names, using the words of volunteer
// sheets ("Họ và tên", "Ho ten", "HỌ TÊN", "SĐT", "Số CCCD"…); FieldIgnored
// when the header is not recognised ("STT", "Ghi chú").
func FieldOf(header string) Field {
	h := vietnam.Fold(vietnam.ToUnicode(header))
	h = strings.Trim(h, " .:*()")
	for _, hw := range headerWords {
		for _, w := range hw.words {
			if h == w {
				return hw.f
			}
		}
	}
	return FieldIgnored
}

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

var fixNames = [...][2]string{
	FixEncoding:      {"encoding", "chuyển mã"},
	FixSpacing:       {"spacing", "khoảng trắng"},
	FixNameCase:      {"name_case", "viết hoa tên"},
	FixTones:         {"tone_placement", "vị trí dấu"},
	FixPhone:         {"phone_format", "định dạng số điện thoại"},
	FixPhoneMigrated: {"phone_migrated", "chuyển đổi số điện thoại"},
	FixDate:          {"date_format", "định dạng ngày"},
}

// String returns the fix's code.
func (k FixKind) String() string {
	if k > 0 && int(k) < len(fixNames) {
		return fixNames[k][0]
	}
	return fmt.Sprintf("FixKind(%d)", uint8(k))
}

// VI returns the fix's Vietnamese name.
func (k FixKind) VI() string {
	if k > 0 && int(k) < len(fixNames) {
		return fixNames[k][1]
	}
	return k.String()
}

// A Fix is one correction to one cell.
type Fix struct {
	Kind     FixKind
	Column   string // the header as written in the file
	From, To string
}

// An Entry is an accepted roster row.
type Entry struct {
	Row     int // line number in the file (the header is line 1 when it is the first line)
	Learner Learner
	Date    vietnam.Date // the day of the class or service, when given
	Class   string
	Service Service // ServiceUnknown when the row is not an assisted service
	Helper  string
	Fixes   []Fix
	// Warnings are problems that did not reject the row: an address that
	// was not found or is ambiguous.
	Warnings []string
	// Candidates are the current communes an ambiguous address may be in.
	Candidates []admin.Code
	// Written is the commune the address names, in the era it was written
	// in (a pre-2025 code for "P. Lái Thiêu, TP. Thuận An"); zero when no
	// commune was recognised. Learner.Commune is its current successor.
	Written admin.Code
}

// Errors wrapped by RowError, for errors.Is.
var (
	ErrEmptyRow     = errors.New("empty row")
	ErrRequired     = errors.New("required value missing")
	ErrInvalidValue = errors.New("invalid value")
	ErrMismatch     = errors.New("values disagree")
	ErrNoHeader     = errors.New("no header row")
)

// A RowError is the reason a row was rejected: the line, the column and
// its value, and what is wrong.
type RowError struct {
	Row    int
	Column string // the header as written; empty for the whole row
	Value  string
	Reason string
	Err    error
}

func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("training: row %d: %s", e.Row, e.Reason)
	}
	return fmt.Sprintf("training: row %d, column %q, value %q: %s", e.Row, e.Column, truncate(e.Value, 60), e.Reason)
}

func (e *RowError) Unwrap() error { return e.Err }

// ImportReport says what happened to every row: Rows == Accepted +
// len(Rejected).
type ImportReport struct {
	Header   []string        // the header row as read
	Fields   []Field         // the field of each header column
	Rows     int             // data rows read after the header
	Accepted int             // rows passed to the caller
	Rejected []*RowError     // rows refused, in file order
	Fixes    map[FixKind]int // corrections made in accepted rows
	Warnings int             // accepted rows with a warning
}

// ImportOptions configure an Importer. The zero value imports with the
// embedded administrative data, keeps tone placement as written and
// rejects two-digit years.
type ImportOptions struct {
	// Columns adds or overrides header names: folded header text → field.
	Columns map[string]Field
	// Pivot reads two-digit years ("29/5/85"): yy is the latest year
	// ending in yy not after Pivot. Zero rejects two-digit years.
	Pivot int
	// Tones places tone marks in names in this style.
	Tones vietnam.ToneStyle
	// Resolver resolves addresses to current communes; nil uses the
	// embedded data. Set NoResolve to skip resolution.
	Resolver  *admin.Resolver
	NoResolve bool
	// UnitOf gives the org unit of a learner whose row has no unit
	// column, typically from the resolved commune.
	UnitOf func(Learner) org.ID
	// Source names the roster in learner IDs of rows without a CCCD.
	Source string
}

// An Importer reads volunteer rosters. It is safe for concurrent use:
// each Import call keeps its own state.
type Importer struct {
	opts ImportOptions
}

// NewImporter returns an importer with the options.
func NewImporter(opts ImportOptions) *Importer {
	if opts.Resolver == nil && !opts.NoResolve {
		opts.Resolver = admin.NewResolver(admin.Embedded())
	}
	return &Importer{opts: opts}
}

// maxHeaderSearch is how many leading rows may hold a title before the
// header ("DANH SÁCH HỌC VIÊN LỚP …").
const maxHeaderSearch = 10

// Import reads a CSV roster from r and calls accept for every row it
// accepts, in file order, while it reads: memory stays bounded by one row,
// whatever the file's size. The delimiter (comma, semicolon as Excel
// writes it under a Vietnamese locale, or tab) is detected from the
// header line. The header is the first of the leading rows that names at
// least two known fields; rows above it are titles and are not counted.
//
// Every data row is accepted or rejected with its line, column and
// reason. An error from accept stops the import and is returned.
func (im *Importer) Import(r io.Reader, accept func(Entry) error) (ImportReport, error) {
	rep := ImportReport{Fixes: map[FixKind]int{}}
	br := bufio.NewReaderSize(r, 64<<10)
	cr := csv.NewReader(br)
	cr.Comma = sniffDelimiter(br)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true

	st := &importState{cache: map[string]resolved{}}
	var cols []Field
	for i := 0; cols == nil; i++ {
		rec, err := cr.Read()
		if err == io.EOF || i >= maxHeaderSearch {
			return rep, fmt.Errorf("training: %w: no row among the first %d names two known columns", ErrNoHeader, maxHeaderSearch)
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || !isParseError(err) {
				return rep, fmt.Errorf("training: reading header: %w", err)
			}
			continue
		}
		fields, known := im.headerFields(rec)
		if known >= 2 {
			cols = fields
			rep.Fields = fields
			rep.Header = make([]string, len(rec))
			for j, h := range rec {
				rep.Header[j] = vietnam.Normalize(vietnam.ToUnicode(h))
			}
		}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rep, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return rep, fmt.Errorf("training: reading roster: %w", err)
			}
			rep.Rows++
			rep.Rejected = append(rep.Rejected, &RowError{Row: pe.StartLine, Reason: "malformed CSV: " + pe.Err.Error(), Err: ErrInvalidValue})
			continue
		}
		rep.Rows++
		e, rerr := im.row(st, line, rec, cols, rep.Header)
		if rerr != nil {
			rep.Rejected = append(rep.Rejected, rerr)
			continue
		}
		rep.Accepted++
		for _, f := range e.Fixes {
			rep.Fixes[f.Kind]++
		}
		if len(e.Warnings) > 0 {
			rep.Warnings++
		}
		if err := accept(e); err != nil {
			return rep, err
		}
	}
}

func isParseError(err error) bool {
	var pe *csv.ParseError
	return errors.As(err, &pe)
}

// sniffDelimiter picks the delimiter that occurs most in the first line.
func sniffDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(br.Size())
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	best, n := ',', bytes.Count(head, []byte{','})
	for _, c := range []rune{';', '\t'} {
		if m := bytes.Count(head, []byte(string(c))); m > n {
			best, n = c, m
		}
	}
	return best
}

func (im *Importer) headerFields(rec []string) ([]Field, int) {
	fields := make([]Field, len(rec))
	known := 0
	seen := map[Field]bool{}
	for i, h := range rec {
		f := FieldOf(h)
		if o, ok := im.opts.Columns[vietnam.Fold(vietnam.ToUnicode(h))]; ok {
			f = o
		}
		if f != FieldIgnored && !seen[f] {
			// The first column of a field wins: "Ngày" after "Ngày sinh"
			// must not take the birth date's place.
			fields[i] = f
			seen[f] = true
			known++
		}
	}
	return fields, known
}

// cleaner tracks the fixes of one row.
type cleaner struct {
	fixes []Fix
	// legacy is the encoding the row was typed in, when some cell of it
	// is legacy text: the cells were typed on the same machine, so every
	// non-ASCII cell that does not read as Unicode is decoded the same way.
	// Short cells alone are poor evidence ("Leâ Thò Mai" reads about as
	// well in TCVN3 as in VNI), so the row's most convincing cell decides.
	legacy vietnam.Encoding
	// decode marks, by column, the cells to decode with legacy.
	decode []bool
}

// detectRow sets the row's legacy encoding from the cell that reads most
// convincingly as legacy text (the highest confidence, then the longest),
// and marks the cells to decode with it: every non-ASCII or VIQR-looking
// cell that does not read as Unicode. Each cell goes through the detector
// at most once; rows with nothing suspicious, almost all of them, do not
// use it at all.
func (c *cleaner) detectRow(rec []string, cols []Field) {
	type reading struct {
		enc  vietnam.Encoding
		conf float64
	}
	var seen map[int]reading
	best, bestConf, bestLen := vietnam.EncodingUnknown, 0.0, 0
	for i, v := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored || !needsDetect(v) {
			continue
		}
		enc, conf := vietnam.Detect(v)
		if seen == nil {
			seen = map[int]reading{}
		}
		seen[i] = reading{enc, conf}
		if enc == vietnam.Unicode || enc == vietnam.EncodingUnknown || conf < 0.5 {
			continue
		}
		if conf > bestConf || (conf == bestConf && len(v) > bestLen) {
			best, bestConf, bestLen = enc, conf, len(v)
		}
	}
	c.legacy, c.decode = best, nil
	if best == vietnam.EncodingUnknown {
		return
	}
	c.decode = make([]bool, len(rec))
	for i, v := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored || isASCII(v) && !needsDetect(v) {
			continue
		}
		r, ok := seen[i]
		if !ok {
			r.enc, r.conf = vietnam.Detect(v)
		}
		c.decode[i] = r.enc != vietnam.Unicode || r.conf < 0.5
	}
}

// text decodes the cell in column i if detectRow said so, normalizes it,
// and notes the fixes.
func (c *cleaner) text(i int, col, raw string) string {
	s := raw
	if i < len(c.decode) && c.decode[i] {
		s = c.legacy.Decode(s)
	}
	if s != raw {
		c.fixes = append(c.fixes, Fix{FixEncoding, col, raw, s})
	}
	n := vietnam.Normalize(s)
	if n != s && strings.TrimSpace(s) != n {
		c.fixes = append(c.fixes, Fix{FixSpacing, col, s, n})
	}
	return n
}

// date notes a date that was not written in the canonical dd/mm/yyyy form.
func (c *cleaner) date(col, written string, d vietnam.Date) {
	if d.String() != written {
		c.fixes = append(c.fixes, Fix{FixDate, col, written, d.String()})
	}
}

// needsDetect reports whether a cell may be in a legacy encoding: it has
// Windows-1252 symbols or Latin-1 letters that Vietnamese does not use
// (how TCVN3 and VNI bytes look when read as Windows-1252), a plain vowel
// followed by one of VNI's tone bytes ("Phaùm", "Voõ": in Unicode
// Vietnamese the tone sits on the vowel itself), or VIQR marks. Plain
// Unicode Vietnamese and plain ASCII skip the detector.
func needsDetect(s string) bool {
	if !utf8.ValidString(s) {
		return true // raw bytes of a legacy file
	}
	ascii := true
	var prev rune
	for _, r := range s {
		last := prev
		prev = r
		if r < utf8.RuneSelf {
			continue
		}
		ascii = false
		if strings.ContainsRune("ùøûõïÙØÛÕÏ", r) && strings.ContainsRune("aeiouyAEIOUY", last) {
			return true
		}
		switch {
		case r >= 0x80 && r <= 0xBF, r >= 0x2013 && r <= 0x203A, r == 0x20AC, r == 0x2122:
			return true
		case r >= 0xC0 && r <= 0xFF && !strings.ContainsRune("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý", r):
			return true
		case r == 0x152 || r == 0x153 || r == 0x160 || r == 0x161 || r == 0x178 || r == 0x17D || r == 0x17E || r == 0x192 || r == 0x2C6 || r == 0x2DC:
			return true
		}
	}
	return ascii && strings.ContainsAny(s, "^~`(+") && !strings.ContainsAny(s, "@/")
}

// importState is what one Import call remembers between rows.
type importState struct {
	// cache holds the resolutions of address texts seen so far: rosters
	// repeat the same hamlet and ward many times. It is emptied when it
	// reaches maxCachedAddresses, which bounds memory on huge files.
	cache map[string]resolved
}

// resolved is what an Entry needs of an address's Resolution.
type resolved struct {
	commune    admin.Code // current
	written    admin.Code // as written, in its era
	candidates []admin.Code
	warning    string
}

const maxCachedAddresses = 1 << 16

func (im *Importer) row(st *importState, line int, rec []string, cols []Field, header []string) (Entry, *RowError) {
	e := Entry{Row: line}
	var c cleaner
	empty := true
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			empty = false
			break
		}
	}
	if empty {
		return e, &RowError{Row: line, Reason: "empty row", Err: ErrEmptyRow}
	}
	reject := func(col int, value, reason string, err error) (Entry, *RowError) {
		return e, &RowError{Row: line, Column: header[col], Value: value, Reason: reason, Err: err}
	}
	c.detectRow(rec, cols)
	nameCol, birthCol, sexCol := -1, -1, -1
	var birthYear int
	l := &e.Learner
	for i, raw := range rec {
		if i >= len(cols) || cols[i] == FieldIgnored {
			continue
		}
		col := header[i]
		v := c.text(i, col, raw)
		if v == "" {
			continue
		}
		switch cols[i] {
		case FieldName:
			nameCol = i
			name := v
			if im.opts.Tones != vietnam.ToneAsWritten {
				if t := im.opts.Tones.Apply(name); t != name {
					c.fixes = append(c.fixes, Fix{FixTones, col, name, t})
					name = t
				}
			}
			if t := vietnam.Title(name); t != name {
				c.fixes = append(c.fixes, Fix{FixNameCase, col, name, t})
				name = t
			}
			l.Name = person.ParseName(name)
		case FieldBirthDate:
			birthCol = i
			if len(v) == 4 && isDigits(v) {
				birthYear, _ = strconv.Atoi(v)
				l.BirthYear = birthYear
				break
			}
			d, err := im.parseDate(v)
			if err != nil {
				return reject(i, raw, "not a birth date: "+dateReason(err), ErrInvalidValue)
			}
			l.BirthDate, birthYear = d, d.Year()
			l.BirthYear = birthYear
			c.date(col, v, d)
		case FieldSex:
			sexCol = i
			s, ok := parseSex(v)
			if !ok {
				return reject(i, raw, `not a sex: want "Nam" or "Nữ"`, ErrInvalidValue)
			}
			l.Sex = s
		case FieldCCCD:
			digits := strings.Map(func(r rune) rune {
				if r == ' ' || r == '.' || r == '-' {
					return -1
				}
				return r
			}, v)
			if len(digits) == 9 {
				id, err := person.ParseCMND(digits)
				if err != nil {
					return reject(i, raw, "not a CMND number: "+err.Error(), ErrInvalidValue)
				}
				l.CMND = id
				break
			}
			id, err := person.ParseCCCD(digits)
			if err != nil {
				return reject(i, raw, "not a CCCD number: "+err.Error(), ErrInvalidValue)
			}
			l.CCCD = id
		case FieldPhone:
			p, err := person.ParsePhone(v)
			if err != nil {
				return reject(i, raw, "not a phone number: "+err.Error(), ErrInvalidValue)
			}
			l.Phone = p
			switch {
			case p.Migration() != person.NotMigrated:
				c.fixes = append(c.fixes, Fix{FixPhoneMigrated, col, v, p.National()})
			case p.National() != v && strings.ReplaceAll(p.National(), " ", "") != v:
				// Spacing alone is not a correction: "0912345678" is fine.
				c.fixes = append(c.fixes, Fix{FixPhone, col, v, p.National()})
			}
		case FieldAddress:
			l.Address = v
		case FieldHousehold:
			l.Household = HouseholdID(v)
		case FieldGroup:
			g, err := ParseGroup(v)
			if err != nil {
				return reject(i, raw, "not a group", ErrInvalidValue)
			}
			l.Group = g
		case FieldUnit:
			l.Unit = org.ID(v)
		case FieldDate:
			d, err := im.parseDate(v)
			if err != nil {
				return reject(i, raw, "not a date: "+dateReason(err), ErrInvalidValue)
			}
			e.Date = d
			c.date(col, v, d)
		case FieldClass:
			e.Class = v
		case FieldService:
			s, err := ParseService(v)
			if err != nil {
				return reject(i, raw, "not a known service", ErrInvalidValue)
			}
			e.Service = s
		case FieldHelper:
			e.Helper = v
		}
	}
	if l.Name.IsZero() {
		col := nameCol
		if col < 0 {
			for i, f := range cols {
				if f == FieldName {
					col = i
				}
			}
		}
		if col < 0 {
			return e, &RowError{Row: line, Reason: "no name column", Err: ErrRequired}
		}
		return reject(col, "", "name missing", ErrRequired)
	}
	if !l.CCCD.IsZero() {
		if birthYear != 0 && l.CCCD.BirthYear() != birthYear {
			return reject(birthCol, rec[birthCol], fmt.Sprintf("CCCD %s says born in %d", l.CCCD, l.CCCD.BirthYear()), ErrMismatch)
		}
		if l.Sex != person.SexUnknown && l.CCCD.Sex() != l.Sex {
			return reject(sexCol, rec[sexCol], fmt.Sprintf("CCCD %s says %s", l.CCCD, l.CCCD.Sex().VI()), ErrMismatch)
		}
		if l.Sex == person.SexUnknown {
			l.Sex = l.CCCD.Sex()
		}
	}
	if l.Address != "" && im.opts.Resolver != nil {
		r, ok := st.cache[l.Address]
		if !ok {
			r = im.resolve(l.Address)
			if len(st.cache) >= maxCachedAddresses {
				clear(st.cache)
			}
			st.cache[strings.Clone(l.Address)] = r
		}
		l.Commune, e.Written, e.Candidates = r.commune, r.written, slices.Clone(r.candidates)
		if r.warning != "" {
			e.Warnings = append(e.Warnings, r.warning)
		}
	}
	if l.Unit == "" && im.opts.UnitOf != nil {
		l.Unit = im.opts.UnitOf(*l)
	}
	switch {
	case !l.CCCD.IsZero():
		l.ID = LearnerID(l.CCCD.String())
	default:
		l.ID = LearnerID(fmt.Sprintf("%s#%d", im.opts.Source, line))
	}
	e.Fixes = c.fixes
	return e, nil
}

func (im *Importer) resolve(address string) resolved {
	res, err := im.opts.Resolver.Resolve(address)
	if err != nil {
		return resolved{warning: "address not found"}
	}
	r := resolved{written: res.Commune.Code()}
	if u, ok := res.Current(); ok {
		r.commune = u.Code()
		return r
	}
	for _, c := range res.Candidates {
		r.candidates = append(r.candidates, c.Unit.Code())
	}
	if res.Ambiguous {
		r.warning = fmt.Sprintf("address ambiguous: %d candidate communes", len(res.Candidates))
	} else {
		r.warning = "address has no commune"
	}
	return r
}

func (im *Importer) parseDate(s string) (vietnam.Date, error) {
	if im.opts.Pivot > 0 {
		return vietnam.ParseDatePivot(s, im.opts.Pivot)
	}
	return vietnam.ParseDate(s)
}

// dateReason returns the reason part of a date error.
func dateReason(err error) string {
	var de *vietnam.DateError
	if errors.As(err, &de) {
		return de.Reason
	}
	return err.Error()
}

func parseSex(s string) (person.Sex, bool) {
	switch vietnam.Fold(s) {
	case "nam", "m", "male", "trai":
		return person.Male, true
	case "nu", "f", "female", "gai":
		return person.Female, true
	}
	return person.SexUnknown, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
