package training_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/certificate"
	"github.com/hocvuso/hocvuso/vietnam"
)

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
	issued := map[training.LearnerID]certificate.Number{"an": certs[0].Number, "chi": certs[1].Number}
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
	assert.ErrorIs(t, err, certificate.ErrInvalid)
}
