// Package scantest checks the sql.Scanner and driver.Valuer of the
// module's value types the same way in each package's tests.
package scantest

import (
	"database/sql"
	"database/sql/driver"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Cases is what a type's Scan and Value do with what drivers return.
type Cases[T any] struct {
	Into  string       // the type as errors name it: "admin.Code"
	Want  T            // the value every Good source scans to
	Good  []any        // driver values that scan to Want
	Value driver.Value // what Want.Value returns
	// Unsupported are driver values of a type Scan does not read (or, for
	// an int64, a number that is no value).
	Unsupported []any
	// Bad are texts that do not parse, each with the error the
	// *vietnam.ScanError wraps beside vietnam.ErrScan.
	Bad map[string]error
}

// Run checks that every Good source scans to Want, NULL to the zero T,
// and that Want.Value returns Value and the zero T's Value NULL; that the
// Unsupported and Bad sources are *vietnam.ScanErrors naming Into, and
// leave the value alone.
func Run[T driver.Valuer, P interface {
	*T
	sql.Scanner
}](t *testing.T, c Cases[T]) {
	t.Helper()
	var zero T
	for _, src := range c.Good {
		var v T
		if assert.NoError(t, P(&v).Scan(src), "%T %v", src, src) {
			assert.Equal(t, c.Want, v, "%T %v", src, src)
		}
	}
	v := c.Want
	require.NoError(t, P(&v).Scan(nil))
	assert.Equal(t, zero, v, "NULL is the zero value")

	for _, src := range c.Unsupported {
		v := c.Want
		err := P(&v).Scan(src)
		assert.ErrorIs(t, err, vietnam.ErrScan, "%T %v", src, src)
		assert.EqualError(t, err, fmt.Sprintf("vietnam: scan %T into %s: unsupported driver type", src, c.Into))
		assert.Equal(t, c.Want, v, "a failed Scan leaves the value alone")
	}
	for text, wrapped := range c.Bad {
		v := c.Want
		err := P(&v).Scan(text)
		assert.ErrorIs(t, err, vietnam.ErrScan, text)
		assert.ErrorIs(t, err, wrapped, text)
		var se *vietnam.ScanError
		if assert.ErrorAs(t, err, &se, text) {
			assert.Equal(t, c.Into, se.Into)
		}
		assert.Equal(t, c.Want, v, "a failed Scan leaves the value alone")
	}

	got, err := c.Want.Value()
	require.NoError(t, err)
	assert.Equal(t, c.Value, got)
	got, err = zero.Value()
	require.NoError(t, err)
	assert.Nil(t, got, "the zero value is NULL")
}
