//go:build admin_genindex

package admin

// This file is compiled only by the generator of names_index.go
// (internal/genindex, run by go generate), which the generated file
// leaves out: the package then builds its index of the embedded data at
// run time, as it does for any Dataset, and the generator writes that
// index out.

var embeddedNames nameIndex

// GenerateNameIndex returns the source of names_index.go.
func GenerateNameIndex() []byte {
	return emitNameIndex(buildNameIndex(&Dataset{d: &embeddedData}))
}
