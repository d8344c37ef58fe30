package training_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestCertificateNumber(t *testing.T) {
	n, err := training.NewCertificateNumber("BDHVS", 2025, 123)
	require.NoError(t, err)
	s := n.String()
	// MOD 97-10: the whole number, letters as 10–35, is 1 modulo 97.
	assert.Regexp(t, `^BDHVS-2025-000123-\d\d$`, s)
	got, err := training.ParseCertificateNumber(" " + s + " ")
	require.NoError(t, err)
	assert.Equal(t, n, got)
	lower, err := training.ParseCertificateNumber("bdhvs" + s[5:])
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
			_, err := training.ParseCertificateNumber(typo)
			assert.Error(t, err, typo)
		}
	}
}

func TestCertificateNumberErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BDHVS-2025-000123", `training: certificate "BDHVS-2025-000123": want SERIES-YEAR-SEQ-CHECK: invalid certificate number`},
		{"BDHVS-25-000123-11", `training: certificate "BDHVS-25-000123-11": want a 4-digit year, 6-digit sequence and 2 check digits: invalid certificate number`},
		{"BDHVS-2025-00012x-11", `training: certificate "BDHVS-2025-00012x-11": year, sequence and check must be digits: invalid certificate number`},
		{"BD1-2025-000123-11", `training: certificate "BD1-2025-000123-11": series has '1' at 2; want A–Z: invalid certificate number`},
		{"BDHVS-2025-000000-11", `training: certificate "BDHVS-2025-000000-11": sequence out of range 1–999999: invalid certificate number`},
		{"BDHVS-2025-000123-00", `training: certificate "BDHVS-2025-000123-00": check digits do not match: mistyped?: invalid certificate number`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := training.ParseCertificateNumber(tt.in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, training.ErrCertificate))
			assert.Equal(t, tt.want, err.Error())
		})
	}
	_, err := training.NewCertificateNumber("", 2025, 1)
	assert.ErrorIs(t, err, training.ErrCertificate)
	assert.Equal(t, "", training.CertificateNumber{}.String())
}

func FuzzParseCertificateNumber(f *testing.F) {
	f.Add("BDHVS-2025-000123-45")
	f.Add("A-2000-000001-00")
	f.Add("--")
	f.Add("ZZZZZZZZZZ-2999-999999-99")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := training.ParseCertificateNumber(s)
		if err != nil {
			return
		}
		back, err := training.ParseCertificateNumber(n.String())
		if err != nil || back != n {
			t.Fatalf("round trip of %q: %v %v", s, back, err)
		}
	})
}

func TestCertify(t *testing.T) {
	d := vietnam.MustParseDate
	g, err := training.NewGradebook(vneidClass(), vneidCourse(), training.Rule{MinAttendance: dec("0.6")})
	require.NoError(t, err)
	for _, l := range []training.LearnerID{"an", "binh", "chi"} {
		require.NoError(t, g.Enroll(l, d("1/6/2025")))
	}
	for i := range 3 {
		require.NoError(t, g.Attend("an", i))
		require.NoError(t, g.Attend("chi", i))
	}
	certs, err := g.Certify("BDHVS", 41, d("30/6/2025"), nil)
	require.NoError(t, err)
	require.Len(t, certs, 2)
	assert.Equal(t, training.LearnerID("an"), certs[0].Learner)
	assert.Equal(t, 41, certs[0].Number.Seq)
	assert.Equal(t, training.LearnerID("chi"), certs[1].Learner)
	assert.Equal(t, 42, certs[1].Number.Seq)
	assert.Equal(t, "vneid-101", certs[1].Course)

	// Certifying again later numbers only the newly completed.
	require.NoError(t, g.Attend("binh", 0))
	require.NoError(t, g.Attend("binh", 1))
	issued := map[training.LearnerID]training.CertificateNumber{"an": certs[0].Number, "chi": certs[1].Number}
	more, err := g.Certify("BDHVS", 43, d("30/6/2025"), issued)
	require.NoError(t, err)
	require.Len(t, more, 1)
	assert.Equal(t, training.LearnerID("binh"), more[0].Learner)

	b, err := json.Marshal(more[0])
	require.NoError(t, err)
	var back training.Certificate
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, more[0], back)

	_, err = g.Certify("bad series", 1, d("30/6/2025"), nil)
	assert.ErrorIs(t, err, training.ErrCertificate)
}
