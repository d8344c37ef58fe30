package example_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
		ok   bool
		want example.Flags
	}{
		{nil, 0, true, example.Flags{AsOf: "15/7/2025", Lang: "vi", Format: "text", Rows: 100}},
		{[]string{"-lang", "en", "-format", "json", "-rows", "5", "-date", "1/6/2025"}, 0, true, example.Flags{AsOf: "1/6/2025", Lang: "en", Format: "json", Rows: 5}},
		{[]string{"-h"}, 0, false, example.Flags{}},
		{[]string{"-lang", "fr"}, 2, false, example.Flags{}},
		{[]string{"-format", "xml"}, 2, false, example.Flags{}},
		{[]string{"-rows", "0"}, 2, false, example.Flags{}},
		{[]string{"extra"}, 2, false, example.Flags{}},
		{[]string{"-nope"}, 2, false, example.Flags{}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := flag.NewFlagSet("tinh", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			var f example.Flags
			f.Register(fs, "15/7/2025", 100)
			var stderr bytes.Buffer
			code, ok := f.Parse(fs, tt.args, &stderr, "[-lang vi|en]")
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.Equal(t, tt.want, f)
			}
			if tt.code == 2 && !strings.HasPrefix(tt.args[0], "-nope") {
				assert.Equal(t, "tinh: want [-lang vi|en]\n", stderr.String())
			}
		})
	}
	f := example.Flags{Lang: "en"}
	assert.Equal(t, vietnam.English, f.Language())
	f.Lang = "vi"
	assert.Equal(t, vietnam.Vietnamese, f.Language())
}

func TestWriteTable(t *testing.T) {
	var b strings.Builder
	example.WriteTable(&b, [][]string{{"Đơn vị", "Số"}, {"Phường Lái Thiêu", "1.234"}, {"Xã An Sơn", "7"}})
	assert.Equal(t, ""+
		"Đơn vị               Số\n"+
		"Phường Lái Thiêu  1.234\n"+
		"Xã An Sơn             7\n", b.String())
	b.Reset()
	example.WriteTable(&b, nil)
	assert.Empty(t, b.String())
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, example.WriteJSON(&b, map[string]int{"rows": 2}))
	assert.Equal(t, "{\n  \"rows\": 2\n}\n", b.String())
}

func TestMigrateBadChoice(t *testing.T) {
	tree, err := org.Build(nil)
	require.NoError(t, err)
	_, _, err = example.Migrate(tree, map[string]string{"25966": "x"})
	assert.ErrorContains(t, err, `scenario: splitChoices "25966": "x"`)
}

// report prints what it was built with, in the format asked.
type report struct{ text string }

func (r report) WriteText(w io.Writer) error { _, err := fmt.Fprintln(w, "text", r.text); return err }
func (r report) WriteJSON(w io.Writer) error { return example.WriteJSON(w, r.text) }
func (r report) Sheet() example.Sheet {
	return example.Sheet{Imports: []*example.Intake{{Source: r.text}}}
}

func TestProgram(t *testing.T) {
	tests := []struct {
		args           []string
		fail           error
		code           int
		stdout, stderr string
	}{
		{[]string{"-roster", "a.csv", "-lang", "en"}, nil, 0, "text en a.csv  100\n", ""},
		{[]string{"-format", "json", "-rows", "5", "-study", "b.csv"}, nil, 0, "\"vi  b.csv 5\"\n", ""},
		{[]string{"-format", "csv"}, nil, 0, strings.Join(example.CSVHeader, ",") + "\n" +
			"import,,,,vi   100,rows,0,,,,,\nimport,,,,vi   100,accepted,0,,,,,\nimport,,,,vi   100,rejected,0,,,,,\n" +
			"import,,,,vi   100,duplicates_merged,0,,,,,\nimport,,,,vi   100,people,0,,,,,\n" +
			"import,,,,vi   100,address_not_found,0,,,,,\nimport,,,,vi   100,address_ambiguous,0,,,,,\nimport,,,,vi   100,rows_without_date,0,,,,,\n", ""},
		{[]string{"-rows", "0"}, nil, 2, "", "tinh: want [-date d/m/yyyy] [-lang vi|en] [-format text|csv|json] [-roster f.csv] [-study g.csv] [-rows n]\n"},
		{nil, errors.New("roster: no such file"), 1, "", "tinh: roster: no such file\n"},
	}
	for _, tt := range tests {
		p := example.Program{Name: "tinh", DefaultAsOf: "1/6/2025", Rows: 100,
			Rosters: []example.RosterFlag{{Name: "roster", Arg: "f.csv", Help: "roster CSV"}, {Name: "study", Arg: "g.csv", Help: "study roster CSV"}},
			Build: func(o example.Options) (example.Report, error) {
				return report{fmt.Sprint(o.Lang, " ", o.Rosters[0], " ", o.Rosters[1], " ", o.Rows)}, tt.fail
			}}
		var stdout, stderr bytes.Buffer
		code := p.Run(tt.args, &stdout, &stderr)
		assert.Equal(t, tt.code, code, "%v", tt.args)
		assert.Equal(t, tt.stdout, stdout.String(), "%v", tt.args)
		assert.Equal(t, tt.stderr, stderr.String())
	}
}

// A province example's command line: the common flags, a roster flag, and
// the report its scenario builds.
func ExampleProgram() {
	p := example.Program{Name: "tinh", DefaultAsOf: "15/7/2025", Rows: 100,
		Rosters: []example.RosterFlag{{Name: "roster", Arg: "file.csv", Help: "roster CSV instead of the generated one"}},
		Build: func(o example.Options) (example.Report, error) {
			return report{fmt.Sprintf("%s %s %q %d", o.AsOf, o.Language(), o.Rosters[0], o.Rows)}, nil
		}}
	fmt.Println(p.Usage())
	p.Run([]string{"-lang", "en", "-rows", "20"}, os.Stdout, io.Discard)
	p.Run([]string{"-format", "json", "-roster", "ds.csv"}, os.Stdout, io.Discard)
	fmt.Println(p.Run([]string{"-format", "xml"}, os.Stdout, os.Stdout))
	// Output:
	// [-date d/m/yyyy] [-lang vi|en] [-format text|csv|json] [-roster file.csv] [-rows n]
	// text 15/7/2025 en "" 20
	// "15/7/2025 vi \"ds.csv\" 100"
	// tinh: want [-date d/m/yyyy] [-lang vi|en] [-format text|csv|json] [-roster file.csv] [-rows n]
	// 2
}
