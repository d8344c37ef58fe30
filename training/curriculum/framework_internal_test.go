package curriculum

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every correspondence points at competences that exist, both ways.
func TestCorrespondencesExist(t *testing.T) {
	fws := map[string]Framework{}
	for _, f := range []Framework{TT02(), DigComp22(), BasicCitizen()} {
		fws[f.ID] = f
	}
	n := 0
	for _, c := range correspondences() {
		_, ok1 := fws[c.from].Competence(c.fromCode)
		_, ok2 := fws[c.to].Competence(c.toCode)
		assert.True(t, ok1 && ok2, "%+v", c)
		if c.from == "tt02-2025" && c.to == "digcomp-2.2" {
			n++
		}
	}
	// Every DigComp competence has its Thông tư 02 counterpart.
	assert.Equal(t, 21, n)
}
