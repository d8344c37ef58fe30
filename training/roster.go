package training

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/hocvuso/hocvuso/training/vocab"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/ethnic"
)

// Field is a column of a roster the importer understands. The zero Field
// is an ignored column.
type Field uint8

// The roster fields.
const (
	FieldIgnored   Field = iota
	FieldName            // Họ và tên (of a person, or of an organisation with a tax code)
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
	FieldTaxCode         // Mã số thuế (an organisation helped)
	FieldEthnicity       // Dân tộc
	FieldActivity        // Hoạt động
)

var fieldNames = [...]string{"ignored", "name", "birth_date", "sex", "cccd", "phone", "address",
	"household", "group", "unit", "date", "class", "service", "helper", "tax_code", "ethnicity", "activity"}

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
	{FieldName, []string{"ho va ten", "ho ten", "hoten", "ho va ten hoc vien", "ten hoc vien", "ho ten nguoi dan", "full name", "name", "ten",
		"ten to chuc", "ten doanh nghiep", "ho ten/ten to chuc"}},
	{FieldBirthDate, []string{"ngay sinh", "ngay thang nam sinh", "nam sinh", "ns", "sinh ngay", "date of birth", "dob", "birth date", "birthday"}},
	{FieldSex, []string{"gioi tinh", "gt", "gioi", "sex", "gender", "nam nu", "nam/nu"}},
	{FieldCCCD, []string{"cccd", "so cccd", "can cuoc", "so can cuoc", "cmnd", "so cmnd", "cccd/cmnd", "so cccd/cmnd", "so dinh danh", "ma dinh danh", "dinh danh ca nhan", "id number", "citizen id"}},
	{FieldPhone, []string{"sdt", "so dien thoai", "dien thoai", "dt", "so dt", "sdt lien he", "phone", "mobile", "di dong"}},
	{FieldAddress, []string{"dia chi", "noi o", "noi o hien nay", "cho o hien nay", "dia chi thuong tru", "thuong tru", "tam tru", "address", "que quan"}},
	{FieldHousehold, []string{"ho gia dinh", "ma ho", "ho", "so ho", "household"}},
	{FieldGroup, []string{"doi tuong", "nhom doi tuong", "nhom", "thanh phan", "group", "target group"}},
	{FieldUnit, []string{"don vi", "chi doan", "co so doan", "ma don vi", "unit"}},
	{FieldDate, []string{"ngay", "ngay hoc", "ngay tham gia", "ngay dang ky", "ngay ho tro", "thoi gian", "date"}},
	{FieldClass, []string{"lop", "ma lop", "lop hoc", "class"}},
	{FieldService, []string{"dich vu", "noi dung ho tro", "noi dung", "hinh thuc ho tro", "service", "dich vu ho tro"}},
	{FieldHelper, []string{"tinh nguyen vien", "nguoi ho tro", "tnv", "tnv ho tro", "helper", "volunteer"}},
	{FieldTaxCode, []string{"ma so thue", "mst", "ma so doanh nghiep", "msdn", "tax code", "ma so thue doanh nghiep"}},
	{FieldEthnicity, []string{"dan toc", "ethnicity", "ethnic group"}},
	{FieldActivity, []string{"hoat dong", "loai hoat dong", "hinh thuc", "activity"}},
}

// headerKey folds a header cell as FieldOf compares it.
func headerKey(h string) string {
	return strings.Trim(vietnam.Fold(vietnam.ToUnicode(h)), " .:*()")
}

// FieldOf returns the field a header names, using the words of volunteer
// sheets ("Họ và tên", "Ho ten", "HỌ TÊN", "SĐT", "Số CCCD"…); FieldIgnored
// when the header is not recognised ("STT", "Ghi chú").
func FieldOf(header string) Field {
	h := headerKey(header)
	for _, hw := range headerWords {
		if slices.Contains(hw.words, h) {
			return hw.f
		}
	}
	return FieldIgnored
}

// An Entry is an accepted roster row.
type Entry struct {
	Row      int // line number in the file (the header is line 1 when it is the first line)
	Learner  Learner
	Date     vietnam.Date // the day of the class or service, when given
	Class    string
	Service  Service  // empty when the row is not an assisted service
	Activity Activity // empty (a class) unless the row says otherwise
	Helper   string
	Fixes    []Fix
	// Warnings are the problems that did not reject the row: a cell that
	// could not be read and was left out, a value outside the program's
	// vocabulary, an address not found or ambiguous.
	Warnings []RowError
	// Candidates are the current communes an ambiguous address may be in.
	Candidates []admin.Code
	// Written is the commune the address names, in the era it was written
	// in (a pre-2025 code for "P. Lái Thiêu, TP. Thuận An"); zero when no
	// commune was recognised, and when the address is ambiguous between
	// communes ("xa thanh an, thanh pho ho chi minh" is Thanh An or Thạnh
	// An: Candidates lists both). An old commune split among new ones is
	// still written (Candidates are its successors). Learner.Commune is
	// its current successor.
	Written admin.Code
}

// Errors wrapped by RowError, for errors.Is. ErrInvalidValue is also
// wrapped by the errors for a Plan Schedule cannot lay out, for a
// Gradebook of a class of another course, and for a learner, session or
// lesson a Gradebook's class does not have.
var (
	ErrEmptyRow     = errors.New("empty row")
	ErrRequired     = errors.New("required value missing")
	ErrInvalidValue = errors.New("invalid value")
	ErrMismatch     = errors.New("values disagree")
	// ErrHeader: no row among the first ten names two known fields, two
	// columns name the same field, or a key of ImportOptions.Columns names
	// no column of the header. It stops the import before any row.
	ErrHeader = errors.New("unusable header")
	// ErrMalformedRow: the row cannot be split into cells (a quote that
	// does not close, text after a closing quote), or a cell or the row is
	// over its size limit.
	ErrMalformedRow = errors.New("malformed row")
	// ErrUnknownTerm: a service, group or activity no term of the
	// program's vocabulary names, or an ethnic group not on the list.
	ErrUnknownTerm = errors.New("not in the vocabulary")
)

// ImportReport says what happened to every row. Each row read ends in one
// of three ways: accepted clean, accepted with warnings, or rejected, and
// Rows == Accepted + len(Rejected), where Accepted counts Warned.
type ImportReport struct {
	Header   []string        // the header row as read
	Fields   []Field         // the field of each header column
	Encoding string          // the file's text encoding: "UTF-8", "UTF-16LE"…
	Rows     int             // data rows read after the header
	Accepted int             // rows passed to the caller, Warned among them
	Warned   int             // accepted rows with at least one warning
	Rejected []*RowError     // rows refused, in file order
	Fixes    map[FixKind]int // corrections made in accepted rows
	// Warnings counts the warnings of accepted rows by kind.
	Warnings map[WarnKind]int
}

// ImportOptions configure an Importer. The zero value imports with the
// embedded administrative data and the national vocabularies, keeps tone
// placement as written, rejects two-digit years, and keeps a row whose
// only problem is an unreadable cell other than the name.
type ImportOptions struct {
	// Columns adds or overrides header names: header text → field. Keys
	// are compared as FieldOf compares headers, with or without tones and
	// in any case. Each key must name a column of the header, or the
	// import stops with ErrHeader; a value must be a Field (FieldIgnored
	// skips the column), or it stops with ErrInvalidValue.
	Columns map[string]Field
	// Pivot reads two-digit years ("29/5/85"): yy is the latest year
	// ending in yy not after Pivot. Zero rejects two-digit years.
	Pivot int
	// Tones places tone marks in names in this style.
	Tones vietnam.ToneStyle
	// Resolver resolves addresses to current communes; nil uses the
	// embedded data. Set NoResolve to skip resolution. An import resolves
	// each distinct address once, and the units written after house and
	// hamlet numbers ("12/5, Tổ 3, Phường Lái Thiêu, TP HCM", see
	// admin.IsNumberedPart) once whatever the numbers.
	Resolver  *admin.Resolver
	NoResolve bool
	// Source names the roster in learner IDs of rows without a CCCD.
	Source string
	// Services, Groups and Activities are the program's vocabularies; nil
	// means NationalServices, TargetGroups and Activities.
	Services, Groups, Activities *vocab.Vocabulary
	// Required lists the fields whose unreadable cell rejects the row
	// (an empty cell is not unreadable); an unreadable cell of any other
	// field is dropped with a warning and the rest of the row counts. A
	// service, group or activity no term names is kept as written with a
	// warning, and rejects the row when its field is required. The name
	// is always required, and must be present.
	Required []Field
	// AgeBands are the age bands of the ByAge breakdown; nil means
	// DefaultAgeBands.
	AgeBands []AgeBand
}

// An Importer reads volunteer rosters. It is safe for concurrent use:
// each Import call keeps its own state.
type Importer struct {
	opts     ImportOptions
	columns  map[string]Field
	required [fieldCount]bool
	err      error // an option no import can run with
	ethnic   *ethnic.Parser
	bands    []AgeBand
}

const fieldCount = int(FieldActivity) + 1

// NewImporter returns an importer with the options.
func NewImporter(opts ImportOptions) *Importer {
	if opts.Resolver == nil && !opts.NoResolve {
		opts.Resolver = admin.NewResolver(admin.Embedded())
	}
	if opts.Services == nil {
		opts.Services = NationalServices()
	}
	if opts.Groups == nil {
		opts.Groups = TargetGroups()
	}
	if opts.Activities == nil {
		opts.Activities = Activities()
	}
	im := &Importer{opts: opts, columns: map[string]Field{}, ethnic: ethnic.NewParser()}
	for _, k := range slices.Sorted(maps.Keys(opts.Columns)) {
		f := opts.Columns[k]
		if int(f) >= fieldCount {
			im.err = fmt.Errorf("training: ImportOptions.Columns[%q] is %v, not a roster field: %w", k, f, ErrInvalidValue)
			break
		}
		im.columns[headerKey(k)] = f
	}
	for _, f := range opts.Required {
		if int(f) < fieldCount {
			im.required[f] = true
		}
	}
	im.required[FieldName] = true
	im.bands = opts.AgeBands
	if im.bands == nil {
		im.bands = DefaultAgeBands()
	}
	return im
}

// fieldOf is FieldOf with the caller's Columns.
func (im *Importer) fieldOf(h string) Field {
	if f, ok := im.columns[headerKey(h)]; ok {
		return f
	}
	return FieldOf(h)
}

// maxHeaderSearch is how many leading rows may hold a title before the
// header ("DANH SÁCH HỌC VIÊN LỚP …").
const maxHeaderSearch = 10

// maxCell is the largest cell in bytes and maxCells the most cells a row
// may have; a row over either is rejected. A roster's longest cell, an
// address, takes about 100 bytes; a cell of kilobytes is a paste gone
// wrong or hostile input.
const (
	maxCell  = 1024
	maxCells = 256
)

// Import reads a CSV roster from r and calls accept for every row it
// accepts, in file order, while it reads: memory stays bounded by one row,
// whatever the file's size. The text may be UTF-8 with or without a
// byte-order mark, or UTF-16 with one (Excel's "Unicode text"); cells
// typed in TCVN3 or VNI are decoded. The delimiter (comma, semicolon as
// Excel writes it under a Vietnamese locale, tab or '|') is the one of the
// header line. The header is the first of the leading rows that names at
// least two known fields; rows above it are titles and are not counted.
//
// Every data row is accepted, accepted with warnings, or rejected with its
// line, column and reason; a row with malformed quoting is rejected alone
// and the next line is read as a row, and so is a row with a cell over
// 1 KB or more than 256 cells. An error from accept, a read error,
// or ctx's cancellation stops the import and is returned with the report
// so far.
func (im *Importer) Import(ctx context.Context, r io.Reader, accept func(Entry) error) (ImportReport, error) {
	br, enc := decode(r)
	cr := newCSVReader(br, im.sniffDelimiter(br), maxCell)
	rep, err := im.ImportRows(ctx, cr, accept)
	rep.Encoding = enc
	return rep, err
}

// ImportRows is Import for rows another reader splits: an .xlsx sheet,
// a database query.
func (im *Importer) ImportRows(ctx context.Context, rr RowReader, accept func(Entry) error) (ImportReport, error) {
	rep := ImportReport{Fixes: map[FixKind]int{}, Warnings: map[WarnKind]int{}}
	if im.err != nil {
		return rep, im.err
	}
	num, _ := rr.(numericReader)
	st := newImportState()
	var cols []Field
	for i := 0; cols == nil; i++ {
		_, rec, err := rr.Read()
		if err == io.EOF || i >= maxHeaderSearch {
			return rep, fmt.Errorf("training: %w: no row among the first %d names two known columns", ErrHeader, maxHeaderSearch)
		}
		if errors.Is(err, ErrMalformedRow) {
			continue
		}
		if err != nil {
			return rep, fmt.Errorf("training: reading header: %w", err)
		}
		fields, known, err := im.headerFields(rec)
		if err == nil && known >= 2 {
			err = im.checkColumns(rec)
		}
		if err != nil {
			return rep, err
		}
		if known >= 2 {
			cols = fields
			rep.Fields = fields
			rep.Header = make([]string, len(rec))
			for j, h := range rec {
				rep.Header[j] = vietnam.Normalize(vietnam.ToUnicode(h))
			}
		}
	}
	p := &rowParser{im: im, cols: cols, header: rep.Header, st: st, num: num}
	for {
		if rep.Rows%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
		}
		line, rec, err := rr.Read()
		if err == io.EOF {
			return rep, nil
		}
		if err != nil {
			if !errors.Is(err, ErrMalformedRow) {
				return rep, fmt.Errorf("training: reading roster: %w", err)
			}
			rep.Rows++
			rep.Rejected = append(rep.Rejected, &RowError{Row: line, Reason: strings.TrimPrefix(err.Error(), ErrMalformedRow.Error()+": "), Err: err})
			continue
		}
		rep.Rows++
		e, rerr := p.row(line, rec)
		if rerr != nil {
			rep.Rejected = append(rep.Rejected, rerr)
			continue
		}
		rep.Accepted++
		for _, f := range e.Fixes {
			rep.Fixes[f.Kind]++
		}
		if len(e.Warnings) > 0 {
			rep.Warned++
			for _, w := range e.Warnings {
				rep.Warnings[w.Kind]++
			}
		}
		if err := accept(e); err != nil {
			return rep, err
		}
	}
}

// headerFields reads a header row: the field of each column and how many
// are known. Two columns naming one field are an error naming both.
func (im *Importer) headerFields(rec []string) ([]Field, int, error) {
	fields := make([]Field, len(rec))
	known := 0
	var at [fieldCount]int
	for i, h := range rec {
		f := im.fieldOf(h)
		if f == FieldIgnored || int(f) >= fieldCount {
			continue
		}
		if at[f] > 0 {
			j := at[f] - 1
			return nil, 0, fmt.Errorf("training: %w: %q (column %d) and %q (column %d) both name the %s field",
				ErrHeader, vietnam.ToUnicode(rec[j]), j+1, vietnam.ToUnicode(h), i+1, f)
		}
		at[f] = i + 1
		fields[i] = f
		known++
	}
	return fields, known, nil
}

// checkColumns reports the keys of ImportOptions.Columns that name no
// column of the header: the caller meant a column the file does not have
// (or spelt it otherwise), and an import without it would count rows the
// caller did not ask for.
func (im *Importer) checkColumns(rec []string) error {
	var missing []string
	for _, k := range slices.Sorted(maps.Keys(im.opts.Columns)) {
		key := headerKey(k)
		if !slices.ContainsFunc(rec, func(h string) bool { return headerKey(h) == key }) {
			missing = append(missing, strconv.Quote(k))
		}
	}
	if missing == nil {
		return nil
	}
	return fmt.Errorf("training: %w: ImportOptions.Columns names %s, which no column of the header has", ErrHeader, strings.Join(missing, ", "))
}

// importState is what one Import call remembers between rows: the
// results of the costly steps for cell texts already seen.
type importState struct {
	addresses memo[resolved]       // by cleaned address text
	units     memo[resolved]       // by the units after numbered parts: see resolveNew
	readings  memo[reading]        // the encoding a cell reads as, by cell
	terms     [3]memo[matchedTerm] // by cleaned value: services, groups, activities
}

// A reading is what vietnam.Detect says of a cell.
type reading struct {
	enc  vietnam.Encoding
	conf float64
}

// matchedTerm is a vocabulary's match of a value: the term's code, or the
// value as written when no term names it.
type matchedTerm struct {
	code string
	ok   bool
}

// The memos' sizes (per generation): a province has about a hundred
// communes and a few thousand hamlets; vocabularies have tens of terms.
const (
	memoAddresses = 1 << 15
	memoUnits     = 1 << 12
	memoReadings  = 1 << 13
	memoTerms     = 1 << 10
)

func newImportState() *importState {
	st := &importState{addresses: newMemo[resolved](memoAddresses), units: newMemo[resolved](memoUnits), readings: newMemo[reading](memoReadings)}
	for i := range st.terms {
		st.terms[i] = newMemo[matchedTerm](memoTerms)
	}
	return st
}

// resolved is what an Entry needs of an address's Resolution.
type resolved struct {
	commune    admin.Code // current
	written    admin.Code // as written, in its era
	candidates []admin.Code
	warning    string
}

// resolveNew resolves an address not seen before in this import. Rosters
// write a few hundred communes behind house numbers and hamlet numbers
// that make nearly every address unique ("Tổ 5, Khu phố 3, Phường Lái
// Thiêu, TP Hồ Chí Minh"), and such parts name no unit
// (admin.IsNumberedPart): the units after them are looked up among those
// read before behind such parts, and only when they are new is the
// address resolved, which teaches its units to the next rows. A named
// hamlet or street ("Ấp Phú Hữu Hữu Định") may name the commune, so an
// address with one is always resolved whole.
func (im *Importer) resolveNew(st *importState, address string) resolved {
	var after [4]int // where the text after each numbered part starts
	n := 0
	for rest := address; n < len(after); {
		i := strings.IndexByte(rest, ',')
		if i < 0 || !admin.IsNumberedPart(rest[:i]) {
			break
		}
		rest = strings.TrimLeft(rest[i+1:], " ")
		after[n] = len(address) - len(rest)
		n++
		if r, ok := st.units.get(rest); ok {
			return r
		}
	}
	res, err := im.opts.Resolver.Resolve(address)
	r := resolvedOf(res, err)
	if n > 0 && err == nil && res.Address.Commune != "" {
		a := res.Address
		units := admin.Address{Commune: a.Commune, District: a.District, Province: a.Province}.String()
		if slices.Contains(after[:n], len(address)-len(units)) && strings.HasSuffix(address, units) {
			st.units.put(units, r)
		}
	}
	return r
}

// resolvedOf keeps what an Entry needs of a Resolution.
func resolvedOf(res admin.Resolution, err error) resolved {
	if err != nil {
		return resolved{warning: "address not found"}
	}
	// A commune named as it was before 1/3/2025 counts as the unit that
	// continues it.
	r := resolved{written: writtenOf(res)}
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

// writtenOf returns the commune an address names, in its era. An
// ambiguous address names one only when every candidate continues the
// commune read (an old commune split among new ones, which the split
// settles, not the reader); when readings that tie name different
// communes ("xa thanh an" is Thanh An or Thạnh An), the one listed first
// is a pick, and a caller counting rows by the commune written would
// count the row on it without a word, so none is returned. Successors
// are those of the embedded data: a resolver on other data gives no
// written commune for an ambiguous address.
func writtenOf(res admin.Resolution) admin.Code {
	w := res.Listed.Code()
	if !res.Ambiguous || w.IsZero() {
		return w
	}
	next := admin.Successors(w)
	for _, c := range res.Candidates {
		if c := c.Unit.Code(); c != w && !slices.ContainsFunc(next, func(s admin.Succession) bool { return s.New.Code() == c }) {
			return admin.Code{}
		}
	}
	return w
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
