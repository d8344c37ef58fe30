package org_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// fuzzLoad is what both load targets do: from the seeds, a load either
// gives a tree that write writes and read reads back unchanged, or a
// *CheckError listing at least one problem, each located and worded as
// the package words them.
func fuzzLoad(f *testing.F, seeds []string, read func(io.Reader) (*org.Tree, error), write func(*org.Tree, io.Writer) error) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		tree, err := read(strings.NewReader(in))
		if err != nil {
			if tree != nil {
				t.Fatalf("tree and error both returned: %v", err)
			}
			var ce *org.CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("error is %T, not *CheckError: %v", err, err)
			}
			if len(ce.Problems) == 0 {
				t.Fatalf("CheckError without problems")
			}
			for _, p := range ce.Problems {
				if p.Row < 0 || p.Err == nil || !strings.HasPrefix(p.Error(), "org: ") {
					t.Fatalf("badly formed problem %#v", p)
				}
			}
			return
		}
		var buf bytes.Buffer
		if err := write(tree, &buf); err != nil {
			t.Fatalf("write: %v", err)
		}
		back, err := read(&buf)
		if err != nil {
			t.Fatalf("reading back %q: %v", buf.String(), err)
		}
		if diff := cmp.Diff(tree.Units(), back.Units()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	seeds := []string{
		// a valid tree with every column
		"id,parent_id,kind,name,admin_code,valid_from,valid_to,population,households,members\n" +
			"td-bd,,tinh_doan,Tỉnh đoàn Bình Dương,pre-2025:74,,2025-06-30,,,1000\n" +
			"dp-lt,td-bd,doan_xa,Đoàn phường Lái Thiêu,25966,,30/6/2025,20000,5000,400\n",
		// columns reordered, BOM, names instead of codes
		"\ufeffname,ID,parent_id,kind\nA,a,,Chi đoàn\nB,b,a,Tổ công nghệ số cộng đồng\n",
		// structural problems: duplicate, cycle, unknown parent
		"id,parent_id\na,b\nb,a\nc,zz\nc,\n",
		// syntax problems: quotes, short rows, bad dates and codes
		"id,valid_from,admin_code\n\"a\"x,1/1/2025,\nb,31/2/2025,2025:xyz\nc\n",
		// empty and header-only
		"",
		"id\n",
		"id\n\n\n",
	}
	fuzzLoad(f, seeds, org.ReadCSV, (*org.Tree).WriteCSV)
}

func FuzzReadJSON(f *testing.F) {
	seeds := []string{
		// what WriteJSON writes
		`{"units": [
  {"id":"td-bd","name":"Tỉnh đoàn Bình Dương","kind":"tinh_doan","admin_code":"pre-2025:74","valid_to":"2025-06-30","members":1000},
  {"id":"dp-lt","name":"Đoàn phường Lái Thiêu","kind":"doan_xa","parent_id":"td-bd","admin_code":"pre-2025:25966","valid_to":"2025-06-30"}
]}`,
		// a bare array
		`[{"id":"a"},{"id":"b","parent_id":"a","kind":"Chi đoàn"}]`,
		// every kind of bad unit
		`{"units":[{"id":1},{"id":"a","parent":"b"},{"id":"b","members":-1},{"id":"c","valid_to":"x"},{"id":"c"}]}`,
		// not JSON
		`{"units": [`,
		`null`,
		``,
	}
	fuzzLoad(f, seeds, org.ReadJSON, (*org.Tree).WriteJSON)
}

func FuzzParseKind(f *testing.F) {
	for _, s := range []string{
		"chi_doan", "Chi đoàn", "CHI DOAN", "Thành đoàn", "ấp", // built-in codes and names
		"clb_tin_hoc", "a-1", // custom codes
		"", " ", "Câu lạc bộ", "1abc", "a b", strings.Repeat("a", 65), // empty and bad
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := org.ParseKind(s)
		if err != nil {
			if !errors.Is(err, org.ErrKind) || !strings.HasPrefix(err.Error(), "org: kind ") || k != org.KindUnknown {
				t.Fatalf("ParseKind(%q) = %q, %v", s, k, err)
			}
			return
		}
		if k == org.KindUnknown {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("ParseKind(%q) = unknown without error", s)
			}
			return
		}
		if !k.IsValid() {
			t.Fatalf("ParseKind(%q) = invalid %q", s, k)
		}
		// The code reads back as itself, and so do the names.
		for _, again := range []string{k.String(), k.Label(vietnam.Vietnamese), k.Label(vietnam.English)} {
			if back, err := org.ParseKind(again); err != nil || back != k {
				t.Fatalf("ParseKind(%q) = %q, %v; want %q", again, back, err, k)
			}
		}
	})
}
