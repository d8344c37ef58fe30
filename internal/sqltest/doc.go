// Package sqltest holds the test that stores the module's value types in
// a real PostgreSQL through database/sql and the pgx driver, and scans
// them back from what the driver really returns. It has no code of its
// own; the test skips when no server answers.
package sqltest
