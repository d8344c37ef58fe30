package admin

// tables.go is generated from the CSV files in internal/data, with their
// SOURCES.md (thanglequoc/vietnamese-provinces-database, GSO, Quyết định
// 19/2025/QĐ-TTg) and licence.
//go:generate go run gen.go

// names_index.go is the name index of those tables (nameindex.go), and
// derived_index.go the typo search's and communePreds' indexes of them,
// made by the package itself and written out as constant data.
//go:generate go run -tags admin_genindex ./internal/genindex

// addrwords.go holds the switches that tell the resolver whether a word
// may start or end a type word (addrUnitWords, addrHamletWords).
//go:generate go test -run TestAddrWordsUpToDate -update-addrwords .

// address_runes_table.go is the table of the letters of Vietnamese that
// the scans of an address read (addrRunes).
//go:generate go test -run TestAddrRunesUpToDate -update-addrrunes .

// tone_runes_table.go is the table of the letters of Vietnamese that
// the tone keys of words read (toneRunes).
//go:generate go test -run TestToneRunesUpToDate -update-tonerunes .
