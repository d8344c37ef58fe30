package admin

// tables.go is generated from the CSV files in internal/data, which are
// copies of ../shared/data/vn-admin/ with their SOURCES.md and licence.
//go:generate go run gen.go
