package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolve(t *testing.T) {
	input := strings.Join([]string{
		"P. Lái Thiêu, TP. Thuận An, Bình Dương", // old units: the old commune's successor
		"Phường Lái Thiêu, TP. Hồ Chí Minh",      // new units: directly
		"",                                // an empty line keeps its number
		"BD",                              // initials alone are not enough
		"123 Đường Vĩnh Viễn, P8Q10, HCM", // glued numbered ward and district
		"Q.1, Ho Chi Minh",                // a district and no commune
		"18/3 Trần Hưng Đạo, P14Q10, TPHCM\r", // a split ward; CRLF line end
		"Thị trấn Dầu Tiếng, Huyện Dầu Tiếng, Bình Dương",
		"xa tan tien", // no province: many communes of that name, in both eras
	}, "\n")
	want := strings.Join([]string{
		"1\t25966\tPhường Lái Thiêu\t79\told\t0\t25966",
		"2\t25966\tPhường Lái Thiêu\t79\tnew\t0\t25966",
		"3\t\t\t\t\t0\t",
		"4\t\t\t\t\t0\t",
		"5\t27169\tPhường Diên Hồng\t79\told\t0\t27169",
		"6\t\t\t79\told\t0\t",
		"7\t\t\t79\told\t1\t27163|27169",
		"8\t25777\tXã Dầu Tiếng\t79\told\t0\t25777",
		"9\t\t\t\tnew\t1\t01051|06019|12583|16108|24526|25318|32188|02470|02953|10045|10081|12019|12634|23246|25363|31338|01969|07699|09100|10999|11581|11593|11602",
	}, "\n") + "\n"
	var stdout, stderr bytes.Buffer
	code := run([]string{"resolve"}, strings.NewReader(input), &stdout, &stderr)
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr.String())
	if diff := cmp.Diff(want, stdout.String()); diff != "" {
		t.Errorf("resolve output (-want +got):\n%s", diff)
	}
}

func TestResolveHeader(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"resolve", "-header"}, strings.NewReader("Phường Lái Thiêu, TP. Hồ Chí Minh"), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	want := "line\tcommune_code\tcommune_name\tprovince_code\tera\tambiguous\tcandidates\n" +
		"1\t25966\tPhường Lái Thiêu\t79\tnew\t0\t25966\n"
	assert.Equal(t, want, stdout.String())
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     string // a substring of standard output
		stderr     string // a substring of standard error
		noStdout   bool
		noStderr   bool
		stdinLines string
	}{
		{name: "no command", args: nil, code: 2, stderr: "Usage: roster <command>", noStdout: true},
		{name: "help", args: []string{"help"}, code: 0, stdout: "resolve   resolve addresses", noStderr: true},
		{name: "unknown", args: []string{"clean-up"}, code: 2, stderr: `roster: unknown command "clean-up"`, noStdout: true},
		{name: "resolve help", args: []string{"resolve", "-h"}, code: 0, stderr: "Usage: roster resolve [-header]", noStdout: true},
		{name: "resolve bad flag", args: []string{"resolve", "-x"}, code: 2, stderr: "flag provided but not defined: -x", noStdout: true},
		{name: "resolve argument", args: []string{"resolve", "file.txt"}, code: 2, stderr: `unexpected argument "file.txt"`, noStdout: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(tt.stdinLines), &stdout, &stderr)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, stdout.String(), tt.stdout)
			assert.Contains(t, stderr.String(), tt.stderr)
			if tt.noStdout {
				assert.Empty(t, stdout.String())
			}
			if tt.noStderr {
				assert.Empty(t, stderr.String())
			}
		})
	}
}

type failingReader struct{ data string }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, errors.New("disk gone")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

func TestResolveIOErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"resolve"}, &failingReader{data: "Phường Lái Thiêu, TP. Hồ Chí Minh\n"}, &stdout, &stderr)
	assert.Equal(t, 1, code)
	assert.Equal(t, "1\t25966\tPhường Lái Thiêu\t79\tnew\t0\t25966\n", stdout.String(), "lines read before the error are written")
	assert.Equal(t, "roster resolve: reading standard input: disk gone\n", stderr.String())

	stderr.Reset()
	code = run([]string{"resolve"}, strings.NewReader("Bình Dương\n"), failingWriter{}, &stderr)
	assert.Equal(t, 1, code)
	assert.Equal(t, "roster resolve: writing: pipe closed\n", stderr.String())
}

// TestResolveLongLine checks that a line longer than the resolver accepts
// gets its empty line and does not stop the run.
func TestResolveLongLine(t *testing.T) {
	long := strings.Repeat("Phường Lái Thiêu ", 100)
	var stdout, stderr bytes.Buffer
	code := run([]string{"resolve"}, strings.NewReader(long+"\nPhường Lái Thiêu, TP. Hồ Chí Minh\n"), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	assert.Equal(t, "1\t\t\t\t\t0\t\n2\t25966\tPhường Lái Thiêu\t79\tnew\t0\t25966\n", stdout.String())
}
