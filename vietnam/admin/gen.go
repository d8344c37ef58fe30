//go:build ignore

// gen.go regenerates tables.go from the CSV files in internal/data. Run it
// with `go generate` in this folder after updating those files (copy the
// new release of the sources SOURCES.md lists, and update SOURCES.md).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"os"

	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

func main() {
	d, err := tab.Load(os.DirFS("internal/data"))
	if err == nil {
		src := tab.Emit(d)
		var formatted []byte
		if formatted, err = format.Source(src); err == nil && !bytes.Equal(src, formatted) {
			err = errors.New("tab.Emit wrote source that gofmt would change")
		}
		if err == nil {
			err = os.WriteFile("tables.go", src, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
