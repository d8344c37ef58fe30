package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// cleanHeader is the header of the cleaned roster, in Vietnamese for the
// data officers who open it in a spreadsheet.
var cleanHeader = []string{"Nguồn", "Dòng", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại",
	"Địa chỉ", "Mã xã", "Tên xã", "Mã tỉnh", "Đối tượng", "Ngày", "Nội dung hỗ trợ", "Trùng với", "Khóa trùng", "Cảnh báo"}

var rejectHeader = []string{"Nguồn", "Dòng", "Cột", "Giá trị", "Lý do"}

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
	return training.NewImporter(training.ImportOptions{Pivot: o.pivot, Tones: style, Source: source}), nil
}

// input is one roster to read.
type input struct {
	name string
	r    io.Reader
}

// inputs opens the files named, or standard input when there are none.
func inputs(files []string, stdin io.Reader, source string) ([]input, func(), error) {
	if len(files) == 0 {
		if source == "" {
			source = "stdin"
		}
		return []input{{source, stdin}}, func() {}, nil
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
		ins = append(ins, input{src, f})
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
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
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

// runClean is the clean command.
func runClean(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts rosterOptions
	opts.register(fs)
	outPath := fs.String("o", "", "write the cleaned roster to this file (default: standard output)")
	rejectsPath := fs.String("rejects", "rejects.csv", "write the rejected rows, with line, column and reason, to this file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: roster clean [flags] [roster.csv ...] > cleaned.csv")
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, "Reads volunteer rosters (CSV; standard input when no file is named) and writes")
		fmt.Fprintln(stderr, "them cleaned: names in proper case, dates dd/mm/yyyy, phones in national form,")
		fmt.Fprintln(stderr, "CCCD checked, addresses resolved to the current commune, duplicates marked.")
		fmt.Fprintln(stderr, "Rows that cannot be accepted go to the rejects file with the reason.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	ins, closeIns, err := inputs(fs.Args(), stdin, opts.source)
	if err != nil {
		fmt.Fprintf(stderr, "roster clean: %v\n", err)
		return exitError
	}
	defer closeIns()

	out := stdout
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			fmt.Fprintf(stderr, "roster clean: %v\n", err)
			return exitError
		}
		defer f.Close()
		out = f
	}
	rf, err := os.Create(*rejectsPath)
	if err != nil {
		fmt.Fprintf(stderr, "roster clean: %v\n", err)
		return exitError
	}
	defer rf.Close()

	cw, rw := csv.NewWriter(out), csv.NewWriter(rf)
	cw.Write(cleanHeader)
	rw.Write(rejectHeader)
	matcher := training.NewMatcher()
	current := admin.Current()
	prog := newProgress(stderr)
	var rows, accepted, rejected, dups int
	for _, in := range ins {
		im, err := opts.importer(in.name)
		if err != nil {
			fmt.Fprintf(stderr, "roster clean: %v\n", err)
			return exitUsage
		}
		rep, err := im.Import(context.Background(), in.r, func(e training.Entry) error {
			prog.tick()
			ref := training.Ref{Source: in.name, Row: e.Row}
			merge, dup := matcher.Match(ref, e.Learner)
			if dup {
				dups++
			}
			return cw.Write(cleanRow(ref, e, merge, current))
		})
		rows += rep.Rows
		accepted += rep.Accepted
		for _, r := range rep.Rejected {
			rw.Write([]string{in.name, fmt.Sprint(r.Row), r.Column, r.Value, r.Reason})
		}
		rejected += len(rep.Rejected)
		if err != nil {
			fmt.Fprintf(stderr, "roster clean: %s: %v\n", in.name, err)
			return exitError
		}
	}
	prog.done()
	cw.Flush()
	rw.Flush()
	if err := errors.Join(cw.Error(), rw.Error()); err != nil {
		fmt.Fprintf(stderr, "roster clean: writing: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stderr, "roster clean: %s dòng: nhận %s, loại %s (xem %s), trùng %s\n",
		vietnam.FormatInt(int64(rows)), vietnam.FormatInt(int64(accepted)), vietnam.FormatInt(int64(rejected)),
		*rejectsPath, vietnam.FormatInt(int64(dups)))
	return exitOK
}

// cleanRow is one line of the cleaned roster.
func cleanRow(ref training.Ref, e training.Entry, merge training.Merge, dir *admin.Directory) []string {
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
		sex = vietnam.Title(l.Sex.Label(vietnam.Vietnamese))
	}
	group := ""
	if l.Group != training.GroupUnknown {
		group = l.Group.Label(vietnam.Vietnamese)
	}
	service := ""
	if e.Service != training.ServiceUnknown {
		service = e.Service.Label(vietnam.Vietnamese)
	}
	var dupOf, dupKey string
	if merge.Key != 0 {
		dupOf, dupKey = merge.With.String(), merge.Key.String()
	}
	var reasons []string
	for _, w := range e.Warnings {
		reasons = append(reasons, w.Reason)
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
