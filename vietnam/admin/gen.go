//go:build ignore

// gen.go regenerates tables.go from the CSV files in internal/data. Run it
// with `go generate` in this folder after updating those files (copy the
// new release of the sources SOURCES.md lists, and update SOURCES.md).
package main

import (
	"fmt"
	"os"

	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

func main() {
	d, err := tab.Load(os.DirFS("internal/data"))
	if err == nil {
		err = tab.WriteGenerated("tables.go", tab.Emit(d))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
