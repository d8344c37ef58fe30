package person_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// enumCases is the text form of one enum: the code of every value (the
// zero's is ""), other names UnmarshalText accepts, and rejected texts
// with their error.
type enumCases[T ~uint8] struct {
	codes   map[T]string
	aliases map[string]T
	bad     map[string]string
}

// run checks every uint8 value: those with a code round-trip through
// MarshalText, JSON values and JSON map keys, the others fail to marshal;
// then the aliases and the bad texts.
func (c enumCases[T]) run(t *testing.T, unmarshal func(*T, []byte) error) {
	t.Helper()
	for i := range 256 {
		v := T(i)
		b, err := any(v).(encoding.TextMarshaler).MarshalText()
		code, ok := c.codes[v]
		if !ok {
			assert.Error(t, err, "value %d has no code but marshals as %q", i, b)
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
	for v, code := range c.codes {
		if w, dup := seen[code]; dup {
			t.Errorf("values %d and %d share the code %q", w, v, code)
		}
		seen[code] = v
	}
	for text, want := range c.aliases {
		var got T = 1
		if assert.NoError(t, unmarshal(&got, []byte(text)), "alias %q", text) {
			assert.Equal(t, want, got, "alias %q", text)
		}
	}
	for text, msg := range c.bad {
		var got T = 1
		assert.EqualError(t, unmarshal(&got, []byte(text)), msg)
		assert.Equal(t, T(1), got, "a failed UnmarshalText leaves the value alone")
	}
}

func TestKindText(t *testing.T) {
	enumCases[person.Kind]{
		codes: map[person.Kind]string{person.KindUnknown: "", person.Mobile: "mobile", person.FixedLine: "fixed-line"},
		aliases: map[string]person.Kind{
			"unknown": person.KindUnknown, "Mobile": person.Mobile, "di động": person.Mobile,
			"fixed line": person.FixedLine, "LANDLINE": person.FixedLine, "Cố định": person.FixedLine,
		},
		bad: map[string]string{"fax": `person: phone kind "fax": want mobile or fixed-line`},
	}.run(t, (*person.Kind).UnmarshalText)
}

func TestNetworkText(t *testing.T) {
	codes := map[person.Network]string{
		person.NetworkUnknown: "", person.Viettel: "viettel", person.VinaPhone: "vinaphone", person.MobiFone: "mobifone",
		person.Vietnamobile: "vietnamobile", person.Gmobile: "gmobile", person.Itel: "itel", person.Reddi: "reddi",
	}
	aliases := map[string]person.Network{"unknown": person.NetworkUnknown, "VIETTEL": person.Viettel}
	for n := range codes {
		aliases[n.String()] = n
	}
	enumCases[person.Network]{
		codes:   codes,
		aliases: aliases,
		bad: map[string]string{
			"S-Fone": `person: network "S-Fone": want viettel, vinaphone, mobifone, vietnamobile, gmobile, itel or reddi`,
			"1":      `person: network "1": want viettel, vinaphone, mobifone, vietnamobile, gmobile, itel or reddi`,
		},
	}.run(t, (*person.Network).UnmarshalText)
}

func TestMigrationText(t *testing.T) {
	enumCases[person.Migration]{
		codes: map[person.Migration]string{person.NotMigrated: "", person.Mobile2018: "mobile-2018", person.AreaCode2017: "area-code-2017"},
		aliases: map[string]person.Migration{
			"none": person.NotMigrated, "Not migrated": person.NotMigrated, "MOBILE_2018": person.Mobile2018, "area code 2017": person.AreaCode2017,
		},
		bad: map[string]string{"2018": `person: migration "2018": want mobile-2018 or area-code-2017`},
	}.run(t, (*person.Migration).UnmarshalText)
}

// TestPhoneFactsJSON shows what ParsePhone says about a number, as JSON
// carries it.
func TestPhoneFactsJSON(t *testing.T) {
	type facts struct {
		Kind      person.Kind
		Network   person.Network
		Migration person.Migration
	}
	p, err := person.ParsePhone("0168 123 4567")
	require.NoError(t, err)
	in := facts{p.Kind(), p.Network(), p.Migration()}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"Kind":"mobile","Network":"viettel","Migration":"mobile-2018"}`, string(b))
	var out facts
	require.NoError(t, json.Unmarshal(b, &out))
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// FuzzEnumText checks that no text makes UnmarshalText panic, and that
// any text accepted decodes to a value whose code decodes to it again.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "unknown", "none", "mobile", "Cố định", "VinaPhone", "mobile-2018", "nữ", "\xff", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzText[person.Kind](t, s, (*person.Kind).UnmarshalText)
		fuzzText[person.Network](t, s, (*person.Network).UnmarshalText)
		fuzzText[person.Migration](t, s, (*person.Migration).UnmarshalText)
		fuzzText[person.Sex](t, s, (*person.Sex).UnmarshalText)
	})
}

func fuzzText[T ~uint8](t *testing.T, s string, unmarshal func(*T, []byte) error) {
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
