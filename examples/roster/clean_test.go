package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training/xlsx"
)

func readCSV(t *testing.T, s string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	require.NoError(t, err)
	return recs
}

func TestClean(t *testing.T) {
	rejects := filepath.Join(t.TempDir(), "rejects.csv")
	var stdout, stderr bytes.Buffer
	code := run([]string{"clean", "-pivot", "2025", "-rejects", rejects, "testdata/lai-thieu.csv", "testdata/smartca.csv"}, nil, &stdout, &stderr)
	require.Equal(t, exitOK, code, stderr.String())

	rows := readCSV(t, stdout.String())
	require.Equal(t, cleanHeader, rows[0])
	rows = rows[1:]
	require.Len(t, rows, 6+2, "six accepted rows of the first roster, two of the second")
	col := func(name string) int {
		for i, h := range cleanHeader {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q", name)
		return -1
	}
	first := rows[0]
	assert.Equal(t, "lai-thieu", first[col("Nguồn")])
	assert.Equal(t, "3", first[col("Dòng")])
	assert.Equal(t, "Nguyễn Văn An", first[col("Họ và tên")])
	assert.Equal(t, "0912 345 678", first[col("Số điện thoại")])
	assert.Equal(t, "25966", first[col("Mã xã")])
	assert.Equal(t, "Phường Lái Thiêu", first[col("Tên xã")])
	assert.Equal(t, "79", first[col("Mã tỉnh")])
	assert.Equal(t, "Nam", first[col("Giới tính")])

	// The same An on line 10 (same CCCD) and on the SmartCA roster (same
	// phone and name) is marked as a duplicate of line 3.
	var dups []string
	for _, r := range rows {
		if r[col("Trùng với")] != "" {
			dups = append(dups, r[col("Nguồn")]+":"+r[col("Dòng")]+" → "+r[col("Trùng với")]+" ("+r[col("Khóa trùng")]+")")
		}
	}
	assert.Equal(t, []string{"lai-thieu:10 → lai-thieu:3 (cccd)", "smartca:2 → lai-thieu:3 (phone+name)"}, dups)

	b, err := os.ReadFile(rejects)
	require.NoError(t, err)
	rej := readCSV(t, string(b))
	require.Equal(t, rejectHeader, rej[0])
	// A birth date, CCCD or phone written but unreadable rejects the row
	// with its cell, as the province examples reject it
	// (example.ImportOptions): the person it names cannot be told apart.
	assert.Equal(t, [][]string{
		rejectHeader,
		{"lai-thieu", "7", "", "", "Dòng trống"},
		{"lai-thieu", "8", "Ngày sinh", "31/04/1995", "Giá trị không hợp lệ"},
		{"lai-thieu", "9", "Số CCCD", "07419200567", "Giá trị không hợp lệ"},
		{"lai-thieu", "11", "Họ và tên", "", "Thiếu giá trị bắt buộc"},
		{"lai-thieu", "12", "Giới tính", "Nam", "Các giá trị mâu thuẫn nhau"},
		{"lai-thieu", "13", "SĐT", "12345", "Giá trị không hợp lệ"},
	}, rej)
	assert.Contains(t, stderr.String(), "14 dòng: nhận 8, loại 6 (xem "+rejects+"), trùng 2")
}

func TestCleanStdinAndFlags(t *testing.T) {
	dir := t.TempDir()
	in := strings.NewReader("Ho ten,Ngay sinh\nhoà an,1/1/2000\n")
	var stdout, stderr bytes.Buffer
	code := run([]string{"clean", "-tones", "modern", "-source", "phieu", "-rejects", filepath.Join(dir, "r.csv"), "-o", filepath.Join(dir, "out.csv")}, in, &stdout, &stderr)
	require.Equal(t, exitOK, code, stderr.String())
	b, err := os.ReadFile(filepath.Join(dir, "out.csv"))
	require.NoError(t, err)
	rows := readCSV(t, string(b))
	assert.Equal(t, []string{"phieu", "2", "Hoà An"}, rows[1][:3])
	assert.Empty(t, stdout.String())

	assert.Equal(t, exitUsage, run([]string{"clean", "-tones", "loud", "-rejects", filepath.Join(dir, "r.csv")}, strings.NewReader("Họ tên,SĐT\n"), &stdout, &stderr))
	assert.Equal(t, exitError, run([]string{"clean", "-rejects", filepath.Join(dir, "r.csv"), "no-such-file.csv"}, nil, &stdout, &stderr))
	assert.Equal(t, exitOK, run([]string{"clean", "-h"}, nil, &stdout, &stderr))
}

func TestStats(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"stats", "-tsv", "-pivot", "2025", "testdata/lai-thieu.csv", "testdata/smartca.csv"}, nil, &stdout, &stderr)
	require.Equal(t, exitOK, code, stderr.String())
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	assert.Equal(t, []string{
		"Mã xã\tTên xã\tTỉnh\tSố dòng\tSố người",
		"25777\tXã Dầu Tiếng\tHồ Chí Minh\t1\t1",
		"25942\tPhường Dĩ An\tHồ Chí Minh\t1\t1",
		"25966\tPhường Lái Thiêu\tHồ Chí Minh\t4\t2",
		"\t(chưa xác định xã)\t\t2\t2",
		"14 dòng: nhận 8, loại 6",
	}, lines)

	stdout.Reset()
	require.Equal(t, exitOK, run([]string{"stats", "testdata/smartca.csv"}, nil, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "Phường Lái Thiêu")
}

// TestCleanEnglish: with -lang en the headers, reasons and warnings are
// all in English, so the rejects file is in one language.
func TestCleanEnglish(t *testing.T) {
	dir := t.TempDir()
	rejects, out := filepath.Join(dir, "rejects.csv"), filepath.Join(dir, "out.csv")
	var stdout, stderr bytes.Buffer
	code := run([]string{"clean", "-lang", "en", "-pivot", "2025", "-o", out, "-rejects", rejects, "testdata/lai-thieu.csv"}, nil, &stdout, &stderr)
	require.Equal(t, exitOK, code, stderr.String())
	b, err := os.ReadFile(rejects)
	require.NoError(t, err)
	rej := readCSV(t, string(b))
	assert.Equal(t, rejectHeaderEN, rej[0])
	assert.Equal(t, []string{"lai-thieu", "11", "Họ và tên", "", "name missing"}, rej[4])
	assert.Equal(t, []string{"lai-thieu", "8", "Ngày sinh", "31/04/1995", "not a birth date: day 31 out of range for 4/1995 (1–30)"}, rej[2])
	b, err = os.ReadFile(out)
	require.NoError(t, err)
	rows := readCSV(t, string(b))
	assert.Equal(t, cleanHeaderEN, rows[0])
	assert.Equal(t, "Male", rows[1][4])

	assert.Equal(t, exitUsage, run([]string{"clean", "-lang", "fr", "-rejects", rejects}, strings.NewReader(""), &stdout, &stderr))
	assert.Contains(t, stderr.String(), `-lang "fr": want vi or en`)
}

// TestCleanXLSX reads a workbook and writes the cleaned roster and the
// rejects as workbooks with Vietnamese headers.
func TestCleanXLSX(t *testing.T) {
	dir := t.TempDir()
	out, rejects := filepath.Join(dir, "sạch.xlsx"), filepath.Join(dir, "loại.xlsx")
	var stdout, stderr bytes.Buffer
	code := run([]string{"clean", "-o", out, "-rejects", rejects, "../../training/xlsx/testdata/roster_title_serial.xlsx"}, nil, &stdout, &stderr)
	require.Equal(t, exitOK, code, stderr.String())
	rows := readXLSX(t, out)
	require.Len(t, rows, 1+3)
	assert.Equal(t, cleanHeader, rows[0])
	assert.Equal(t, "Trần Thị Bình", rows[2][2])
	assert.Equal(t, "074190004321", rows[2][5], "the CCCD got its zero back")
	assert.Equal(t, "0903 123 456", rows[2][6])
	assert.Equal(t, "03/06/2025", rows[2][12], "a serial date")
	rej := readXLSX(t, rejects)
	assert.Equal(t, [][]string{rejectHeader}, rej)
	assert.Contains(t, stderr.String(), "3 dòng: nhận 3, loại 0")
}

func readXLSX(t *testing.T, path string) [][]string {
	t.Helper()
	r, err := xlsx.OpenFile(path, xlsx.Options{})
	require.NoError(t, err)
	defer r.Close()
	var rows [][]string
	for {
		_, cells, err := r.Read()
		if err == io.EOF {
			return rows
		}
		require.NoError(t, err)
		rows = append(rows, slices.Clone(cells))
	}
}

// TestCleanOutputs: an output that is an input is refused; a failed run
// leaves the previous outputs as they were and no temporary file behind;
// an interrupt removes the temporary files and says so.
func TestCleanOutputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "roster.csv")
	require.NoError(t, os.WriteFile(in, []byte("Họ tên,SĐT\nAn,0912345678\n"), 0o644))
	var stdout, stderr bytes.Buffer
	code := run([]string{"clean", "-o", in, "-rejects", filepath.Join(dir, "r.csv"), in}, nil, &stdout, &stderr)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr.String(), "-o "+in+" is also an input")
	stderr.Reset()
	code = run([]string{"clean", "-rejects", filepath.Join(dir, ".", "roster.csv"), in}, nil, &stdout, &stderr)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr.String(), "is also an input")
	b, _ := os.ReadFile(in)
	assert.Equal(t, "Họ tên,SĐT\nAn,0912345678\n", string(b), "the roster is untouched")

	// A run that fails half-way (the second input is missing) keeps the
	// outputs of the run before.
	out, rejects := filepath.Join(dir, "out.csv"), filepath.Join(dir, "rejects.csv")
	require.NoError(t, os.WriteFile(out, []byte("old"), 0o644))
	code = run([]string{"clean", "-o", out, "-rejects", rejects, in, filepath.Join(dir, "missing.csv")}, nil, &stdout, &stderr)
	assert.Equal(t, exitError, code)
	b, _ = os.ReadFile(out)
	assert.Equal(t, "old", string(b))

	// An interrupt.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	stderr.Reset()
	code = cleanRoster(ctx, []string{"-o", out, "-rejects", rejects, in}, nil, &stdout, &stderr)
	assert.Equal(t, exitInterrupted, code)
	assert.Contains(t, stderr.String(), "interrupted after 0 rows; temporary files removed, "+out+" and "+rejects+" unchanged")
	b, _ = os.ReadFile(out)
	assert.Equal(t, "old", string(b))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"out.csv", "roster.csv"}, names, "no temporary file left")

	// A bad flag is named.
	stderr.Reset()
	assert.Equal(t, exitUsage, run([]string{"clean", "-pivto", "2025"}, nil, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "-pivto")
}
