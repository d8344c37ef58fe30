package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A district's name written as the end of a longer name of another unit
// of its province after a street word ("đường Tả Thanh Oai": Tả Thanh
// Oai, a commune of Thanh Trì, ends in Thanh Oai, a district) is that
// longer name, not the district, as a commune's is (Song Hồ is not Hồ).
func TestResolveDistrictInLongerName(t *testing.T) {
	for _, in := range []string{
		"Khu tập thể mạ kim, đường Tả Thanh Oai",
		"Số 5 đường Tả Thanh Oai, Hà Nội",
	} {
		t.Run(in, func(t *testing.T) {
			res, _ := admin.ResolveAddress(in)
			assert.Empty(t, res.District.FullName())
			assert.Empty(t, res.Within)
			assert.Empty(t, res.Candidates)
		})
	}
	// the district written on its own still reads
	res, _ := admin.ResolveAddress("Xã Bích Hòa Thanh Oai Hà Nội")
	assert.Equal(t, "Huyện Thanh Oai", res.District.FullName())
}
