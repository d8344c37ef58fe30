// Package golden checks the JSON form of stored values against files in a
// package's testdata directory, testdata/NAME.golden.json, and that the
// form reads back into the same value. Run a package's tests with -update
// to write the files anew, then review the diff before committing: the
// files are the documented wire format of the types.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the values under test")

// Path returns the golden file of name: testdata/NAME.golden.json.
func Path(name string) string { return filepath.Join("testdata", name+".golden.json") }

// Check compares got with the golden file of name, or writes it with
// -update.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := Path(name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the encoding (-file +encoded):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// RoundTrip encodes v as indented JSON, checks it against the golden file
// of name, decodes the file back into a new T and checks that it equals v
// (with go-cmp and opts).
func RoundTrip[T any](t testing.TB, name string, v T, opts ...cmp.Option) {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatalf("marshal %s: %v", name, err)
	}
	b = append(b, '\n')
	Check(t, name, b)
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %s: %v", name, err)
	}
	if d := cmp.Diff(v, back, opts...); d != "" {
		t.Errorf("%s does not round-trip (-value +decoded):\n%s", name, d)
	}
}
