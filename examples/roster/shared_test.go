package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
)

// TestSameCountsAsTheDashboards: this command and the province examples
// read rosters with one set of options (example.ImportOptions), so the
// same file gives the same counts in both: rows, accepted, rejected and
// people here are those that example.World.Read, which examples/binhduong
// runs on its -roster file, makes of it. The files are a hand-typed sheet
// and a generated Bình Dương roster with every kind of mistake.
func TestSameCountsAsTheDashboards(t *testing.T) {
	generated := filepath.Join(t.TempDir(), "binhduong.csv")
	data, err := example.Roster{Seed: 2025, Errors: 0.05, Duplicates: 0.12, Legacy: 0.02, NoTones: 0.08, Services: 0.5}.
		Open("", []string{"74"}, 1500, campaign.MustParseWindow("29/5/2025–15/8/2025"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(generated, data, 0o600))
	w, err := example.NewWorld("74", nil, nil)
	require.NoError(t, err)
	for _, file := range []string{"testdata/lai-thieu.csv", generated} {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			in, err := w.Read("roster", data, 2025, w.Unions[0])
			require.NoError(t, err)

			var stdout, stderr bytes.Buffer
			require.Equal(t, exitOK, run([]string{"stats", "-tsv", "-pivot", "2025", file}, nil, &stdout, &stderr), stderr.String())
			lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
			people := 0
			for _, l := range lines[1 : len(lines)-1] {
				cells := strings.Split(l, "\t")
				n, err := strconv.Atoi(cells[len(cells)-1])
				require.NoError(t, err, l)
				people += n
			}
			var rows, accepted, rejected int
			_, err = fmt.Sscanf(strings.ReplaceAll(lines[len(lines)-1], ".", ""), "%d dòng: nhận %d, loại %d", &rows, &accepted, &rejected)
			require.NoError(t, err, lines[len(lines)-1])
			assert.Equal(t, []int{in.Report.Rows, in.Report.Accepted, len(in.Report.Rejected), in.People},
				[]int{rows, accepted, rejected, people}, "rows, accepted, rejected, people")
			assert.Positive(t, rejected)
		})
	}
}
