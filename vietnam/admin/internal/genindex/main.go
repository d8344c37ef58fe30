//go:build admin_genindex

// Command genindex writes names_index.go, the name index of the embedded
// data as constant data. go generate runs it in vietnam/admin after gen.go
// has written tables.go, with the build tag admin_genindex, under which
// the package builds the index at run time from the new tables.
package main

import (
	"fmt"
	"os"

	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

func main() {
	if err := tab.WriteGenerated("names_index.go", admin.GenerateNameIndex()); err != nil {
		fmt.Fprintln(os.Stderr, "genindex:", err)
		os.Exit(1)
	}
}
