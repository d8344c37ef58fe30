// Package enumtexttest checks the text form of the vietnam packages'
// enums the same way in each package's tests.
package enumtexttest

import (
	"encoding"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Cases is the expected text form of one enum: the code of every value (the
// zero's is ""), other names UnmarshalText accepts, and rejected texts
// with their error.
type Cases[T ~uint8] struct {
	Codes   map[T]string
	Aliases map[string]T
	Bad     map[string]string
	// Names, when set, gives more names of each value that has a code,
	// the zero aside (its labels, its String), all of which must decode to
	// that value.
	Names func(T) []string
	// Err, when set, is the sentinel every error matches with errors.Is.
	Err error
}

// Run checks every uint8 value: those with a code round-trip through
// MarshalText, JSON values and JSON map keys, the others fail to marshal;
// then the aliases and the bad texts.
func (c Cases[T]) Run(t *testing.T, unmarshal func(*T, []byte) error) {
	t.Helper()
	for i := range 256 {
		v := T(i)
		b, err := any(v).(encoding.TextMarshaler).MarshalText()
		code, ok := c.Codes[v]
		if !ok {
			assert.Error(t, err, "value %d has no code but marshals as %q", i, b)
			if c.Err != nil {
				assert.ErrorIs(t, err, c.Err, "value %d", i)
			}
			continue
		}
		require.NoError(t, err, "value %d", i)
		assert.Equal(t, code, string(b), "value %d", i)
		var back T = 1
		require.NoError(t, unmarshal(&back, b))
		assert.Equal(t, v, back, "code %q", b)

		j, err := json.Marshal(map[T]T{v: v})
		require.NoError(t, err)
		assert.Equal(t, fmt.Sprintf(`{%q:%q}`, code, code), string(j))
		var got map[T]T
		require.NoError(t, json.Unmarshal(j, &got))
		if diff := cmp.Diff(map[T]T{v: v}, got); diff != "" {
			t.Errorf("JSON of %d (-want +got):\n%s", i, diff)
		}
	}
	seen := map[string]T{}
	for v, code := range c.Codes {
		if w, dup := seen[code]; dup {
			t.Errorf("values %d and %d share the code %q", w, v, code)
		}
		seen[code] = v
	}
	for text, want := range c.Aliases {
		var got T = 1
		if assert.NoError(t, unmarshal(&got, []byte(text)), "alias %q", text) {
			assert.Equal(t, want, got, "alias %q", text)
		}
	}
	for v, code := range c.Codes {
		if code == "" || c.Names == nil {
			continue
		}
		for _, n := range c.Names(v) {
			var got T
			if assert.NoError(t, unmarshal(&got, []byte(n)), "name %q of %d", n, v) {
				assert.Equal(t, v, got, "name %q", n)
			}
		}
	}
	for text, msg := range c.Bad {
		var got T = 1
		err := unmarshal(&got, []byte(text))
		assert.EqualError(t, err, msg)
		if c.Err != nil {
			assert.ErrorIs(t, err, c.Err, "text %q", text)
		}
		assert.Equal(t, T(1), got, "a failed UnmarshalText leaves the value alone")
	}
}

// Fuzz is the body of a fuzz target over the enums of a package: no text
// makes unmarshal panic, a rejected text is quoted in its error, and a
// text accepted decodes to a value whose code decodes to the same value.
func Fuzz[T ~uint8](t *testing.T, s string, unmarshal func(*T, []byte) error) {
	t.Helper()
	var v T
	if err := unmarshal(&v, []byte(s)); err != nil {
		assert.Contains(t, err.Error(), fmt.Sprintf("%q", s))
		return
	}
	b, err := any(v).(encoding.TextMarshaler).MarshalText()
	require.NoError(t, err, "%q decoded to %d, which does not marshal", s, v)
	var back T
	require.NoError(t, unmarshal(&back, b))
	require.Equal(t, v, back, "%q -> %d -> %q", s, v, b)
}

// Distinct checks that no two values of a table share a name once
// folded, which would make Unmarshal pick the first silently.
func Distinct(t *testing.T, tables ...*enumtext.Table) {
	t.Helper()
	for _, e := range tables {
		seen := map[string]int{}
		for v, names := range e.Words {
			for _, n := range names {
				k := enumtext.Key(n)
				if w, dup := seen[k]; dup && w != v {
					t.Errorf("%s: %q names both %d and %d", e.What, n, w, v)
				}
				seen[k] = v
			}
		}
	}
}

// JSON checks that v, a value holding enums, encodes as the JSON want
// and decodes back to v.
func JSON[T any](t *testing.T, v T, want string) {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, want, string(b))
	var back T
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(v, back); diff != "" {
		t.Errorf("%s decodes as another value (-want +got):\n%s", b, diff)
	}
}

// Labels is a Names for an enum with labels: v in Vietnamese and in
// English.
func Labels[T interface{ Label(vietnam.Lang) string }](v T) []string {
	return []string{v.Label(vietnam.Vietnamese), v.Label(vietnam.English)}
}
