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
	f.Fuzz(func(t *testing.T, s string) {
		var v metrics.Value
		if json.Unmarshal([]byte(s), &v) != nil {
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s decodes but does not encode: %v", s, err)
		}
		var back metrics.Value
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(v) {
			t.Fatalf("%s → %s → %v, %v", s, b, back, err)
		}
	})
}

// FuzzPeriodJSON checks both JSON forms of a period, the string and the
// object of earlier versions: no panic, and a decoded period round-trips.
func FuzzPeriodJSON(f *testing.F) {
	for _, s := range []string{`"2025W23"`, `{"from":"2025-05-29","to":"2025-08-15"}`, `{"from":"2025-08-15","to":"2025-05-29"}`,
		`{"to":"2025-08-15"}`, `""`, `null`, `"quý I/2025"`, `{"from":1}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p metrics.Period
		if json.Unmarshal([]byte(s), &p) != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%s decodes but does not encode: %v", s, err)
		}
		var back metrics.Period
		if err := json.Unmarshal(b, &back); err != nil || back != p {
			t.Fatalf("%s → %s → %v, %v", s, b, back, err)
		}
	})
}
