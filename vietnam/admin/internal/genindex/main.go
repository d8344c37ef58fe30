//go:build admin_genindex

// Command genindex writes names_index.go, the name index of the embedded
// data as constant data. go generate runs it in vietnam/admin after gen.go
// has written tables.go, with the build tag admin_genindex, under which
// the package builds the index at run time from the new tables.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"os"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func main() {
	src := admin.GenerateNameIndex()
	formatted, err := format.Source(src)
	if err == nil && !bytes.Equal(src, formatted) {
		err = errors.New("the emitted names_index.go is not as gofmt would write it")
	}
	if err == nil {
		err = os.WriteFile("names_index.go", src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genindex:", err)
		os.Exit(1)
	}
}
