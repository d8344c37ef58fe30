package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

// addrStreetTones writes each street word isAddrStreetWord knows but "h"
// with its tones, which fold back to the key.
func TestAddrStreetTones(t *testing.T) {
	for _, k := range []string{"duong", "d", "pho", "ngo", "ngach", "hem", "kiet"} {
		assert.True(t, isAddrStreetWord(k), k)
		assert.Equal(t, k, vietnam.Fold(addrStreetTones(k)), k)
	}
	for _, k := range []string{"h", "duongx", "lo"} {
		assert.Empty(t, addrStreetTones(k), k)
	}
}
