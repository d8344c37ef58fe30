package metrics_test

import (
	"encoding/json"
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
)

// FuzzValueJSON checks that no input panics Value.UnmarshalJSON and that a
// decoded value encodes and decodes back to itself.
func FuzzValueJSON(f *testing.F) {
	for _, s := range []string{`null`, `{"value":"52000"}`, `{"value":"85.3","numerator":"853","denominator":"1000"}`,
		`{"numerator":"5","denominator":"0"}`, `52000`, `"0.5"`, `{}`, `{"value":1e400}`, `[]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { jsonRoundTrip(t, s, metrics.Value.Equal) })
}

// FuzzPeriodJSON checks both JSON forms of a period, the string and the
// object of earlier versions: no panic, and a decoded period round-trips.
func FuzzPeriodJSON(f *testing.F) {
	for _, s := range []string{`"2025W23"`, `{"from":"2025-05-29","to":"2025-08-15"}`, `{"from":"2025-08-15","to":"2025-05-29"}`,
		`{"to":"2025-08-15"}`, `""`, `null`, `"quý I/2025"`, `{"from":1}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		jsonRoundTrip(t, s, func(a, b metrics.Period) bool { return a == b })
	})
}

// jsonRoundTrip checks that JSON s, if it decodes into a T, encodes and
// decodes back to an equal T.
func jsonRoundTrip[T any](t *testing.T, s string, equal func(a, b T) bool) {
	var v T
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s decodes but does not encode: %v", s, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil || !equal(back, v) {
		t.Fatalf("%s → %s → %v, %v", s, b, back, err)
	}
}
