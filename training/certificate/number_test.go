package certificate_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training/certificate"
)

func TestNumber(t *testing.T) {
	n, err := certificate.New("BDHVS", 2025, 123)
	require.NoError(t, err)
	s := n.String()
	// MOD 97-10: the whole number, letters as 10–35, is 1 modulo 97.
	assert.Regexp(t, `^BDHVS-2025-000123-\d\d$`, s)
	got, err := certificate.Parse(" " + s + " ")
	require.NoError(t, err)
	assert.Equal(t, n, got)
	lower, err := certificate.Parse("bdhvs" + s[5:])
	require.NoError(t, err)
	assert.Equal(t, n, lower)

	// Every single-character typo in the digits is caught.
	for i := len("BDHVS-"); i < len(s); i++ {
		if s[i] == '-' {
			continue
		}
		for d := byte('0'); d <= '9'; d++ {
			if d == s[i] {
				continue
			}
			typo := s[:i] + string(d) + s[i+1:]
			_, err := certificate.Parse(typo)
			assert.Error(t, err, typo)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BDHVS-2025-000123", `certificate: "BDHVS-2025-000123": want SERIES-YEAR-SEQ-CHECK: invalid certificate number`},
		{"BDHVS-25-000123-11", `certificate: "BDHVS-25-000123-11": want a 4-digit year, 6-digit sequence and 2 check digits: invalid certificate number`},
		{"BDHVS-2025-00012x-11", `certificate: "BDHVS-2025-00012x-11": year, sequence and check must be digits: invalid certificate number`},
		{"BD1-2025-000123-11", `certificate: "BD1-2025-000123-11": series has '1' at 2; want A–Z: invalid certificate number`},
		{"BDHVS-2025-000000-11", `certificate: "BDHVS-2025-000000-11": sequence out of range 1–999999: invalid certificate number`},
		{"BDHVS-2025-000123-00", `certificate: "BDHVS-2025-000123-00": check digits do not match: mistyped?: invalid certificate number`},
		// A long text is quoted up to 40 bytes, cut before the "ờ" that byte 40 falls in.
		{"BDHVS-2025-000123-76 của Đoàn phường Lái Thiêu", `certificate: "BDHVS-2025-000123-76 của Đoàn phư…": want a 4-digit year, 6-digit sequence and 2 check digits: invalid certificate number`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := certificate.Parse(tt.in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, certificate.ErrInvalid))
			assert.Equal(t, tt.want, err.Error())
		})
	}
	_, err := certificate.New("", 2025, 1)
	assert.ErrorIs(t, err, certificate.ErrInvalid)
	assert.Equal(t, "", certificate.Number{}.String())
}

// A Number in JSON is its text, an absent one the empty string; a bad
// number is an error that leaves the field alone.
func TestNumberJSON(t *testing.T) {
	type record struct{ Cert certificate.Number }
	n, err := certificate.New("BDHVS", 2025, 123)
	require.NoError(t, err)
	b, err := json.Marshal(record{n})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Cert":"`+n.String()+`"}`, string(b))
	var back record
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, n, back.Cert)

	back = record{n}
	require.NoError(t, json.Unmarshal([]byte(`{"Cert":""}`), &back))
	assert.Equal(t, certificate.Number{}, back.Cert)

	back = record{n}
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"Cert":"BDHVS-2025-000123-00"}`), &back), certificate.ErrInvalid)
	assert.Equal(t, n, back.Cert)
}

func FuzzParse(f *testing.F) {
	f.Add("BDHVS-2025-000123-45")
	f.Add("A-2000-000001-00")
	f.Add("--")
	f.Add("ZZZZZZZZZZ-2999-999999-99")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := certificate.Parse(s)
		if err != nil {
			return
		}
		back, err := certificate.Parse(n.String())
		if err != nil || back != n {
			t.Fatalf("round trip of %q: %v %v", s, back, err)
		}
	})
}
