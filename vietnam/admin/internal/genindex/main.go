//go:build admin_genindex

// Command genindex writes names_index.go, the name index of the embedded
// data, and derived_index.go, the indexes the package would otherwise
// make of it on first use, as constant data. go generate runs it in
// vietnam/admin after gen.go has written tables.go, with the build tag
// admin_genindex, under which the package builds the indexes at run time
// from the new tables.
package main

import (
	"fmt"
	"os"

	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

func main() {
	for _, f := range []struct {
		path string
		src  func() []byte
	}{
		{"names_index.go", admin.GenerateNameIndex},
		{"derived_index.go", admin.GenerateDerivedIndex},
	} {
		if err := tab.WriteGenerated(f.path, f.src()); err != nil {
			fmt.Fprintln(os.Stderr, "genindex:", err)
			os.Exit(1)
		}
	}
}
