package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"golang.org/x/term"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/dedupe"
	"github.com/hocvuso/hocvuso/training/xlsx"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// cleanHeader is the header of the cleaned roster, in Vietnamese for the
// data officers who open it in a spreadsheet.
var cleanHeader = []string{"Nguồn", "Dòng", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại",
	"Địa chỉ", "Mã xã", "Tên xã", "Mã tỉnh", "Đối tượng", "Ngày", "Nội dung hỗ trợ", "Trùng với", "Khóa trùng", "Cảnh báo"}

var rejectHeader = []string{"Nguồn", "Dòng", "Cột", "Giá trị", "Lý do"}

// cleanHeaderEN and rejectHeaderEN are the headers written with -lang en.
var (
	cleanHeaderEN = []string{"Source", "Line", "Full name", "Birth date", "Sex", "CCCD", "Phone",
		"Address", "Commune code", "Commune", "Province code", "Group", "Date", "Service", "Duplicate of", "Duplicate key", "Warnings"}
	rejectHeaderEN = []string{"Source", "Line", "Column", "Value", "Reason"}
)

// rosterOptions are the flags clean and stats share.
type rosterOptions struct {
	pivot  int
	tones  string
	source string
}

func (o *rosterOptions) register(fs *flag.FlagSet) {
	fs.IntVar(&o.pivot, "pivot", vietnam.Today(time.Now()).Year(), "read a two-digit year yy as the latest year ending in yy not after this one")
	fs.StringVar(&o.tones, "tones", "classic", "tone placement in names: classic (hòa), modern (hoà) or as-written")
	fs.StringVar(&o.source, "source", "", "roster name used in the output (default: the file name, or stdin)")
}

func (o *rosterOptions) importer(source string) (*training.Importer, error) {
	var style vietnam.ToneStyle
	switch o.tones {
	case "classic":
		style = vietnam.ToneClassic
	case "modern":
		style = vietnam.ToneModern
	case "as-written":
		style = vietnam.ToneAsWritten
	default:
		return nil, fmt.Errorf("-tones %q: want classic, modern or as-written", o.tones)
	}
	// The options of every example, so that a file gives the same counts
	// here as in the province dashboards.
	opts := example.ImportOptions(o.pivot, source, nil)
	opts.Tones = style
	return training.NewImporter(opts), nil
}

// input is one roster to read.
type input struct {
	name string
	path string // "" for standard input
	r    io.Reader
}

// read imports the roster: CSV (UTF-8 or UTF-16), or the sheet of an
// .xlsx workbook.
func (in input) read(ctx context.Context, im *training.Importer, sheet string, accept func(training.Entry) error) (training.ImportReport, error) {
	if !strings.EqualFold(filepath.Ext(in.path), ".xlsx") {
		return im.Import(ctx, in.r, accept)
	}
	x, err := xlsx.OpenFile(in.path, xlsx.Options{Sheet: sheet})
	if err != nil {
		return training.ImportReport{}, err
	}
	defer x.Close()
	return im.ImportRows(ctx, x, accept)
}

// inputs opens the files named, or standard input when there are none.
func inputs(files []string, stdin io.Reader, source string) ([]input, func(), error) {
	if len(files) == 0 {
		if source == "" {
			source = "stdin"
		}
		return []input{{source, "", stdin}}, func() {}, nil
	}
	var ins []input
	var opened []*os.File
	closeAll := func() {
		for _, f := range opened {
			f.Close()
		}
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		opened = append(opened, f)
		src := source
		if src == "" || len(files) > 1 {
			src = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		}
		ins = append(ins, input{src, name, f})
	}
	return ins, closeAll, nil
}

// progress prints a running count on stderr when stderr is a terminal.
type progress struct {
	w     io.Writer
	on    bool
	count int
}

func newProgress(stderr io.Writer) *progress {
	p := &progress{w: stderr}
	if f, ok := stderr.(*os.File); ok {
		p.on = term.IsTerminal(int(f.Fd()))
	}
	return p
}

func (p *progress) tick() {
	p.count++
	if p.on && p.count%10000 == 0 {
		fmt.Fprintf(p.w, "\r%s dòng…", vietnam.FormatInt(int64(p.count)))
	}
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r")
	}
}

// exitInterrupted is the exit code after an interrupt (128 + SIGINT).
const exitInterrupted = 130

// runClean is the clean command: cleanRoster, stopped by an interrupt.
func runClean(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return cleanRoster(ctx, args, stdin, stdout, stderr)
}

// cleanFlags are the flags of clean.
type cleanFlags struct {
	rosterOptions
	out, rejects, sheet, lang string
}

// cleanUsage is what clean -h writes before the flags.
const cleanUsage = `Usage: roster clean [flags] [roster.csv|roster.xlsx ...] > cleaned.csv

Reads volunteer rosters (CSV in UTF-8 or UTF-16, or .xlsx; standard input when no
file is named) and writes them cleaned: names in proper case, dates dd/mm/yyyy,
phones in national form, CCCD checked, addresses resolved to the current commune,
duplicates marked. A birth date, CCCD or phone that cannot be read rejects the row,
as in the province examples; another unreadable cell is left empty with a warning.
Rejected rows go to the rejects file with the reason.`

func cleanRoster(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("clean", cleanUsage, stderr)
	var o cleanFlags
	o.register(fs)
	fs.StringVar(&o.out, "o", "", "write the cleaned roster to this file, CSV or .xlsx by its name (default: CSV on standard output)")
	fs.StringVar(&o.rejects, "rejects", "rejects.csv", "write the rejected rows, with line, column and reason, to this file, CSV or .xlsx by its name")
	fs.StringVar(&o.sheet, "sheet", "", "the sheet to read in .xlsx rosters (default: the first)")
	fs.StringVar(&o.lang, "lang", "vi", "language of the headers, reasons and warnings written: vi or en")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	lang, err := vietnam.ParseLang(o.lang)
	if err != nil {
		return fail(fs, exitUsage, "-lang %q: want vi or en", o.lang)
	}
	if _, err := o.importer(""); err != nil {
		return fail(fs, exitUsage, "%v", err)
	}
	if o.rejects == "" {
		return fail(fs, exitUsage, "-rejects: a file is needed for the rejected rows")
	}
	for _, out := range []struct{ flag, path string }{{"-o", o.out}, {"-rejects", o.rejects}} {
		if in := sameFile(out.path, fs.Args()); in != "" {
			return fail(fs, exitUsage, "%s %s is also an input (%s): refusing to write over a roster", out.flag, out.path, in)
		}
	}
	if o.out != "" && sameFile(o.out, []string{o.rejects}) != "" {
		return fail(fs, exitUsage, "-o and -rejects name the same file %s", o.out)
	}
	ins, closeIns, err := inputs(fs.Args(), stdin, o.source)
	if err != nil {
		return fail(fs, exitError, "%v", err)
	}
	defer closeIns()

	// Both outputs go to temporary files beside their targets, renamed
	// only when the whole run succeeded: an interrupted or failed run
	// leaves the previous files as they were.
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	open := func(path string, header []string, w io.Writer) (rowWriter, error) {
		if path != "" {
			f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
			if err != nil {
				return nil, err
			}
			temps = append(temps, f.Name())
			w = f
		}
		return newRowWriter(w, path, header)
	}
	header, rejHeader := cleanHeader, rejectHeader
	if lang == vietnam.English {
		header, rejHeader = cleanHeaderEN, rejectHeaderEN
	}
	cw, err := open(o.out, header, stdout)
	if err != nil {
		cleanup()
		return fail(fs, exitError, "%v", err)
	}
	rw, err := open(o.rejects, rejHeader, nil)
	if err != nil {
		cw.Close()
		cleanup()
		return fail(fs, exitError, "%v", err)
	}
	abort := func(code int, format string, args ...any) int {
		cw.Close()
		rw.Close()
		cleanup()
		return fail(fs, code, format, args...)
	}
	matcher := dedupe.NewMatcher()
	current := admin.Current()
	prog := newProgress(stderr)
	var rows, accepted, rejected, dups int
	for _, in := range ins {
		im, _ := o.importer(in.name)
		rep, err := in.read(ctx, im, o.sheet, func(e training.Entry) error {
			prog.tick()
			ref := dedupe.Ref{Source: in.name, Row: e.Row}
			merge, dup := matcher.Match(ref, e.Learner)
			if dup {
				dups++
			}
			return cw.Write(cleanRow(ref, e, merge, current, lang))
		})
		rows += rep.Rows
		accepted += rep.Accepted
		for _, r := range rep.Rejected {
			if err := rw.Write([]string{in.name, fmt.Sprint(r.Row), r.Column, r.Value, reason(r, lang)}); err != nil {
				return abort(exitError, "writing %s: %v", o.rejects, err)
			}
		}
		rejected += len(rep.Rejected)
		if ctx.Err() != nil {
			prog.done()
			return abort(exitInterrupted, "interrupted after %s rows; temporary files removed, %s unchanged",
				vietnam.FormatInt(int64(rows)), strings.Join(nonEmpty(o.out, o.rejects), " and "))
		}
		if err != nil {
			return abort(exitError, "%s: %v", in.name, err)
		}
	}
	prog.done()
	if err := errors.Join(cw.Close(), rw.Close()); err != nil {
		cleanup()
		return fail(fs, exitError, "writing: %v", err)
	}
	for i, path := range nonEmpty(o.out, o.rejects) {
		if err := os.Rename(temps[i], path); err != nil {
			cleanup()
			return fail(fs, exitError, "%v", err)
		}
	}
	fmt.Fprintf(stderr, "roster clean: %s dòng: nhận %s, loại %s (xem %s), trùng %s\n",
		vietnam.FormatInt(int64(rows)), vietnam.FormatInt(int64(accepted)), vietnam.FormatInt(int64(rejected)),
		o.rejects, vietnam.FormatInt(int64(dups)))
	return exitOK
}

func nonEmpty(s ...string) []string {
	return slices.DeleteFunc(s, func(x string) bool { return x == "" })
}

// sameFile returns the input among ins that is the file at path, if any.
func sameFile(path string, ins []string) string {
	if path == "" {
		return ""
	}
	out, err := os.Stat(path)
	for _, in := range ins {
		if err == nil {
			if st, err := os.Stat(in); err == nil && os.SameFile(out, st) {
				return in
			}
		}
		a, err1 := filepath.Abs(path)
		b, err2 := filepath.Abs(in)
		if err1 == nil && err2 == nil && a == b {
			return in
		}
	}
	return ""
}

// reasons are the categories of rejection in Vietnamese, so that a
// rejects file written with -lang vi is in one language.
var reasons = []struct {
	err error
	vi  string
}{
	{training.ErrEmptyRow, "Dòng trống"},
	{training.ErrRequired, "Thiếu giá trị bắt buộc"},
	{training.ErrMismatch, "Các giá trị mâu thuẫn nhau"},
	{training.ErrMalformedRow, "Dòng sai định dạng (dấu ngoặc kép, độ dài ô hoặc số ô)"},
	{training.ErrUnknownTerm, "Giá trị ngoài danh mục"},
	{training.ErrInvalidValue, "Giá trị không hợp lệ"},
}

// reason is the reason of a rejection in the language.
func reason(r *training.RowError, lang vietnam.Lang) string {
	if lang == vietnam.English {
		return r.Reason
	}
	for _, x := range reasons {
		if errors.Is(r, x.err) {
			return x.vi
		}
	}
	return "Không nhận được dòng"
}

// A rowWriter writes the rows of one output, CSV or .xlsx.
type rowWriter interface {
	Write(cells []string) error
	Close() error
}

// newRowWriter writes CSV, or .xlsx when the path says so.
func newRowWriter(w io.Writer, path string, header []string) (rowWriter, error) {
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return newXLSXWriter(w, header), nil
	}
	c := &csvWriter{w: csv.NewWriter(w)}
	if cl, ok := w.(io.Closer); ok && path != "" {
		c.c = cl
	}
	return c, c.w.Write(header)
}

type csvWriter struct {
	w *csv.Writer
	c io.Closer
}

func (c *csvWriter) Write(cells []string) error { return c.w.Write(cells) }

func (c *csvWriter) Close() error {
	c.w.Flush()
	err := c.w.Error()
	if c.c != nil {
		err = errors.Join(err, c.c.Close())
	}
	return err
}

// xlsxWriter feeds xlsx.Write, which pulls rows, from a goroutine.
type xlsxWriter struct {
	rows chan []string
	done chan error
	w    io.Writer
}

func newXLSXWriter(w io.Writer, header []string) *xlsxWriter {
	x := &xlsxWriter{rows: make(chan []string, 64), done: make(chan error, 1), w: w}
	go func() {
		x.done <- xlsx.Write(w, "Sheet1", header, func(yield func([]string) bool) {
			for r := range x.rows {
				if !yield(r) {
					for range x.rows { // drain, so that Write never blocks
					}
					return
				}
			}
		})
	}()
	return x
}

func (x *xlsxWriter) Write(cells []string) error {
	x.rows <- slices.Clone(cells)
	return nil
}

func (x *xlsxWriter) Close() error {
	close(x.rows)
	err := <-x.done
	if c, ok := x.w.(io.Closer); ok {
		err = errors.Join(err, c.Close())
	}
	return err
}

// cleanRow is one line of the cleaned roster.
func cleanRow(ref dedupe.Ref, e training.Entry, merge dedupe.Merge, dir *admin.Directory, lang vietnam.Lang) []string {
	l := e.Learner
	var commune, communeName, province string
	if !l.Commune.IsZero() {
		commune = l.Commune.String()
		if u, ok := dir.Unit(l.Commune); ok {
			communeName, province = u.FullName(), u.Province().String()
		}
	}
	birth := l.BirthDate.String()
	if birth == "" && l.BirthYear != 0 {
		birth = fmt.Sprint(l.BirthYear)
	}
	id := l.CCCD.String()
	if id == "" {
		id = l.CMND.String()
	}
	sex := ""
	if l.Sex != 0 {
		sex = vietnam.Title(l.Sex.Label(lang))
	}
	group := ""
	if l.Group != "" {
		group = l.Group.Label(lang)
	}
	service := ""
	if e.Service != "" {
		service = e.Service.Label(lang)
	}
	var dupOf, dupKey string
	if merge.Key != 0 {
		dupOf, dupKey = merge.With.String(), merge.Key.String()
	}
	var reasons []string
	for _, w := range e.Warnings {
		if lang == vietnam.English {
			reasons = append(reasons, w.Reason)
		} else {
			reasons = append(reasons, w.Kind.Label(lang)+" ("+w.Column+")")
		}
	}
	warnings := strings.Join(reasons, "; ")
	if len(e.Candidates) > 0 {
		var codes []string
		for _, c := range e.Candidates {
			codes = append(codes, c.String())
		}
		warnings += " (" + strings.Join(codes, "|") + ")"
	}
	return []string{ref.Source, fmt.Sprint(ref.Row), l.Name.String(), birth, sex, id, l.Phone.National(),
		l.Address, commune, communeName, province, group, e.Date.String(), service, dupOf, dupKey, warnings}
}
