package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// People write the ward first and the street after it ("Phường Bến
// Nghé, 12 Lê Lợi, Quận 1, TP HCM"): a commune with its type word, with
// a part of house, street or hamlet between it and its district or
// province, is read across that part, with less confidence. A name
// without type word there is the street's or hamlet's of another
// address, and stays unread. Codes are read off
// internal/data/commune_mapping_2025.csv.
func TestResolveCommuneAcrossStreetPart(t *testing.T) {
	hcm, la := "Thành phố Hồ Chí Minh", "Tỉnh Long An"
	checkUnsure(t, []resolvedCase{
		{"Phường Bến Nghé, 12 Lê Lợi, Quận 1, TP HCM", resolved{Commune: "Phường Bến Nghé", District: "Quận 1", Province: hcm,
			Candidates: "26740"}},
		{"P. Bến Nghé, số 5 đường Lê Lợi, Q.1, TP.HCM", resolved{Commune: "Phường Bến Nghé", District: "Quận 1", Province: hcm,
			Candidates: "26740"}},
		{"Xã Long Hậu, ấp 3, Cần Giuộc, Long An", resolved{Commune: "Xã Long Hậu", District: "Huyện Cần Giuộc", Province: la,
			Candidates: "28159"}},
		{"Phường Bến Thành, 12 Lê Lợi, TP HCM", resolved{Commune: "Phường Bến Thành", Province: hcm, Candidates: "26743"}},
		// no type word, or no commune before the part: the district alone
		{"Bến Nghé, 12 Lê Lợi, Quận 1, TP HCM", resolved{District: "Quận 1", Province: hcm, Within: true}},
		{"Thôn 5, Ấp 3, Cần Giuộc, Long An", resolved{District: "Huyện Cần Giuộc", Province: la, Within: true}},
	})
	// the part read across is the address's street
	res, err := admin.ResolveAddress("Phường Bến Nghé, 12 Lê Lợi, Quận 1, TP HCM")
	require.NoError(t, err)
	assert.Equal(t, admin.Address{House: "12", Street: "Lê Lợi", Commune: "Phường Bến Nghé", District: "Quận 1", Province: "TP HCM"}, res.Address)
}
