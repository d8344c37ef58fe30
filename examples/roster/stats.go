package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/dedupe"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// communeCount is one line of stats.
type communeCount struct {
	code   admin.Code
	rows   int // accepted rows
	people int // rows that are not duplicates of an earlier row
}

// statsUsage is what stats -h writes before the flags.
const statsUsage = `Usage: roster stats [flags] [roster.csv ...]

Counts the accepted rows and the people of volunteer rosters by current commune,
with the rows rejected and those whose address names no single commune.`

// runStats is the stats command.
func runStats(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("stats", statsUsage, stderr)
	var opts rosterOptions
	opts.register(fs)
	tsv := fs.Bool("tsv", false, "write tab-separated values instead of an aligned table")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	ins, closeIns, err := inputs(fs.Args(), stdin, opts.source)
	if err != nil {
		return fail(fs, exitError, "%v", err)
	}
	defer closeIns()

	counts := map[admin.Code]*communeCount{}
	matcher := dedupe.NewMatcher()
	prog := newProgress(stderr)
	var rows, accepted, rejected int
	for _, in := range ins {
		im, err := opts.importer(in.name)
		if err != nil {
			return fail(fs, exitUsage, "%v", err)
		}
		rep, err := in.read(context.Background(), im, "", func(e training.Entry) error {
			prog.tick()
			c := counts[e.Learner.Commune]
			if c == nil {
				c = &communeCount{code: e.Learner.Commune}
				counts[e.Learner.Commune] = c
			}
			c.rows++
			if _, dup := matcher.Match(dedupe.Ref{Source: in.name, Row: e.Row}, e.Learner); !dup {
				c.people++
			}
			return nil
		})
		rows, accepted, rejected = rows+rep.Rows, accepted+rep.Accepted, rejected+len(rep.Rejected)
		if err != nil {
			return fail(fs, exitError, "%s: %v", in.name, err)
		}
	}
	prog.done()

	// Communes in official order (province, then code); the unresolved last.
	lines := make([]*communeCount, 0, len(counts))
	for _, c := range counts {
		lines = append(lines, c)
	}
	dir := admin.Current()
	slices.SortFunc(lines, func(a, b *communeCount) int {
		if a.code.IsZero() != b.code.IsZero() {
			if a.code.IsZero() {
				return 1
			}
			return -1
		}
		ua, _ := dir.Unit(a.code)
		ub, _ := dir.Unit(b.code)
		return cmp.Or(cmp.Compare(ua.Province().String(), ub.Province().String()), cmp.Compare(a.code.String(), b.code.String()))
	})
	sep := "\t"
	var w io.Writer = stdout
	var tw *tabwriter.Writer
	if !*tsv {
		tw = tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		w = tw
	}
	num := func(n int) string {
		if *tsv {
			return fmt.Sprint(n)
		}
		return vietnam.FormatInt(int64(n))
	}
	fmt.Fprintln(w, "Mã xã"+sep+"Tên xã"+sep+"Tỉnh"+sep+"Số dòng"+sep+"Số người")
	for _, c := range lines {
		code, name, prov := "", "(chưa xác định xã)", ""
		if u, ok := dir.Unit(c.code); ok {
			code, name = c.code.String(), u.FullName()
			if p, ok := dir.Unit(u.Province()); ok {
				prov = p.Name()
			}
		}
		fmt.Fprintln(w, code+sep+name+sep+prov+sep+num(c.rows)+sep+num(c.people))
	}
	if tw != nil {
		tw.Flush()
	}
	fmt.Fprintf(stdout, "%s dòng: nhận %s, loại %s\n", vietnam.FormatInt(int64(rows)), vietnam.FormatInt(int64(accepted)), vietnam.FormatInt(int64(rejected)))
	return exitOK
}
