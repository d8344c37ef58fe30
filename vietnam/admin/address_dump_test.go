package admin_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

var dumpResolutions = flag.String("admin.dump", "", "write every resolution of the labelled sets and their variants to this file")

// rawAddress prints an Address field by field (Address.String joins them).
type rawAddress struct{ House, Street, Hamlet, Commune, District, Province string }

// TestDumpResolutions writes, with -admin.dump=FILE, what the resolver,
// ParseAddress and Find make of every address of the labelled sets and of
// variants of each (no tones, upper and lower case, no commas), one line
// each, in full (%+v). Two revisions are answer-identical when their dumps
// are: a change made for speed alone must leave the dump as it was, so
// run it before and after and compare with cmp(1). Without the flag it
// is skipped.
func TestDumpResolutions(t *testing.T) {
	if *dumpResolutions == "" {
		t.Skip("no -admin.dump file")
	}
	f, err := os.Create(*dumpResolutions)
	require.NoError(t, err)
	defer f.Close()
	w := bufio.NewWriter(f)
	old := admin.At(admin.Era2025.Start().AddDays(-1))
	now := admin.Current()
	files, err := filepath.Glob("testdata/addresses/*.tsv")
	require.NoError(t, err)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			in, _, _ := strings.Cut(line, "\t")
			for _, v := range []string{
				in,
				vietnam.Fold(in),
				strings.ToUpper(in),
				strings.ToLower(in),
				strings.ReplaceAll(in, ",", " "),
			} {
				r, err := admin.ResolveAddress(v)
				fmt.Fprintf(w, "R %q %+v %+v %v\n", v, r, rawAddress(r.Address), err)
				a, err := admin.ParseAddress(v)
				fmt.Fprintf(w, "P %+v %v\n", rawAddress(a), err)
				for part := range strings.SplitSeq(v, ",") {
					fmt.Fprintf(w, "F %v %v\n", old.Find(part), now.Find(part))
				}
			}
		}
	}
	require.NoError(t, w.Flush())
}
