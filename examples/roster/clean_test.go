package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	require.Len(t, rows, 9+2, "nine accepted rows of the first roster (three with a cell dropped), two of the second")
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
	require.Len(t, rej, 1+3)
	assert.Equal(t, []string{"lai-thieu", "11", "Họ và tên", "", "name missing"}, rej[2])
	assert.Contains(t, stderr.String(), "14 dòng: nhận 11, loại 3 (xem "+rejects+"), trùng 2")

	// A bad cell is dropped and said why; the row counts.
	for _, r := range rows {
		if r[col("Nguồn")] == "lai-thieu" && r[col("Dòng")] == "8" {
			assert.Equal(t, "", r[col("Ngày sinh")])
			assert.Contains(t, r[len(r)-1], "not a birth date")
		}
	}
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
		"\t(chưa xác định xã)\t\t5\t5",
		"14 dòng: nhận 11, loại 3",
	}, lines)

	stdout.Reset()
	require.Equal(t, exitOK, run([]string{"stats", "testdata/smartca.csv"}, nil, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "Phường Lái Thiêu")
}
