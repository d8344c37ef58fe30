package admin

// tables.go is generated from the CSV files in internal/data, with their
// SOURCES.md (thanglequoc/vietnamese-provinces-database, GSO, Quyết định
// 19/2025/QĐ-TTg) and licence.
//go:generate go run gen.go
