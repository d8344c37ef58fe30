//go:build admin_genindex

package admin

// This file is compiled only by the generator of names_index.go and
// derived_index.go (internal/genindex, run by go generate), which the
// generated files leave out: the package then builds its indexes of the
// embedded data at run time, as it does for any Dataset, and the
// generator writes them out.

var (
	embeddedNames nameIndex
	embeddedTypo  typoIndex
	embeddedPreds []int32
	embeddedCame  cameIndex
)

// GenerateNameIndex returns the source of names_index.go.
func GenerateNameIndex() []byte {
	return emitNameIndex(buildNameIndex(&Dataset{d: &embeddedData}))
}

// GenerateDerivedIndex returns the source of derived_index.go.
func GenerateDerivedIndex() []byte {
	ds := &Dataset{d: &embeddedData}
	x := buildNameIndex(ds)
	return emitDerivedIndex(buildTypoIndex(x), buildCommunePreds(embeddedData.CommuneLinks), buildCameIndex(ds))
}
