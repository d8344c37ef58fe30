package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A resolvedCase is an address and what it must resolve to.
type resolvedCase struct {
	in   string
	want resolved
}

// checkUnsure resolves each address of tests, compares it with what it
// must resolve to, and, when anything was read, checks that the
// confidence is under 0.9: the answers rest on a repair or a guess.
func checkUnsure(t *testing.T, tests []resolvedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Empty(t, cmp.Diff(tt.want, resolvedOf(tt.in)))
			if res, err := admin.ResolveAddress(tt.in); err == nil {
				assert.Less(t, res.Confidence, 0.9)
			}
		})
	}
}

// A second look at an address the first reading left without a commune
// reads a name one letter off where the first does not look for one:
// after a damaged type word, after other words of its part (the whole
// text when it has no comma). Such answers are flagged as typos and
// weigh less; where two names fit, or the words are a type letter and a
// name, or a word for a name of two, nothing is guessed. Codes are read
// off internal/data/commune_mapping_2025.csv.
func TestResolveSecondLookTypos(t *testing.T) {
	bmt, dl := "Thành phố Buôn Ma Thuột", "Tỉnh Đắk Lắk"
	checkUnsure(t, []resolvedCase{
		// "Thành Phw" (phố one letter off) before "Buôn Ma Thuộ" (the
		// last t lost): Phường Tân An 24124 went whole into 24163
		{"Phường Tân An, Thành Phw Buôn Ma Thuộ, Đắk Lắk", resolved{Commune: "Phường Tân An", District: bmt, Province: dl,
			Candidates: "24163", Flags: "typo"}},
		// no comma at all
		{"Phường Tân An Buôn Ma Thuộ Đắk Lắk", resolved{Commune: "Phường Tân An", District: bmt, Province: dl,
			Candidates: "24163", Flags: "typo"}},
		// the commune and the misspelt district in one part: Xã Hòa
		// Thắng 24166 went whole into Phường Tân Lập 24121
		{"Hòa Thắng Buôn Ma Thuộ, Đắk Lắk", resolved{Commune: "Xã Hòa Thắng", District: bmt, Province: dl,
			Candidates: "24121", Flags: "typo"}},
		// a letter doubled: Xã Đạo Trù 08914 of Tam Đảo kept its code
		{"Xã Đạo Trù Tam Đảoo Vĩnh Phúc", resolved{Commune: "Xã Đạo Trù", District: "Huyện Tam Đảo", Province: "Tỉnh Vĩnh Phúc",
			Candidates: "08914", Flags: "typo"}},
		// "Thanh Tai" is one letter from Thanh Trì and from Thanh Oai
		{"Xã Tam Hiệp Thanh Tai Hà Nội", resolved{Province: "Thành phố Hà Nội"}},
		// one word is not a name of two, one letter off: "Phượng" is not
		// Phù Đổng
		{"số 615 Hai Bà Trưng Phượng, Hà Nội", resolved{Province: "Thành phố Hà Nội"}},
		// a type letter is no letter of a typo: "H Tân Thành" is Huyện
		// Tân Thành (Thị xã Phú Mỹ since 2018, an earlier state), not
		// Phường Tân Thành with an h inserted
		{"Xã Tân Hải H Tân Thành Bà Rịa Vũng Tàu", resolved{Commune: "Xã Tân Hải", District: "Huyện Tân Thành",
			Province: "Tỉnh Bà Rịa - Vũng Tàu", Candidates: "26710", Flags: "former"}},
	})
}

// A long name two letters off is read, on a second look, when it is the
// one name so near in the district (for a commune) or the province (for
// a district), with the marks written agreeing; a province so read needs
// a unit of it written before it. Codes are read off
// internal/data/commune_mapping_2025.csv.
func TestResolveTwoEdits(t *testing.T) {
	checkUnsure(t, []resolvedCase{
		// a letter lost, one doubled: Xã Tân Thạnh Đông 27547 went whole
		// into Xã Phú Hòa Đông 27541
		{"Xã Tân Thnh Đôngg, Huyện Củ Chi, TP HCM", resolved{Commune: "Xã Tân Thạnh Đông", District: "Huyện Củ Chi",
			Province: "Thành phố Hồ Chí Minh", Candidates: "27541", Flags: "typo"}},
		// a letter replaced, one lost, no marks: Xã Tam Anh Nam 20984
		// went whole into Xã Tam Anh (Đà Nẵng)
		{"Xã Tam Amh Nm, Huyện Núi Thành, Quảng Nam", resolved{Commune: "Xã Tam Anh Nam", District: "Huyện Núi Thành",
			Province: "Tỉnh Quảng Nam", Candidates: "20984", Flags: "typo"}},
		// a district, a letter doubled and one lost
		{"Huyện Gionng Trm, Bến Tre", resolved{District: "Huyện Giồng Trôm", Province: "Tỉnh Bến Tre", Flags: "typo", Within: true}},
		// a province two letters off, with a district of it before it
		{"Huyện Sơn Tịnh, Quan Nqai", resolved{District: "Huyện Sơn Tịnh", Province: "Tỉnh Quảng Ngãi", Flags: "typo", Within: true}},
		// but alone it is no province
		{"Quan Nqai", resolved{Commune: "error"}},
		// the tone written on "Tám" is a third letter wrong
		{"Xã Tám Amh Nm, Huyện Núi Thành, Quảng Nam", resolved{District: "Huyện Núi Thành", Province: "Tỉnh Quảng Nam",
			Flags: "commune unknown", Unread: "Xã Tám Amh Nm", Within: true}},
		// without the district, a commune is not read two letters off
		{"Xã Tam Amh Nm, Quảng Nam", resolved{Province: "Tỉnh Quảng Nam", Flags: "commune unknown", Unread: "Xã Tam Amh Nm"}},
		// two letters from Thanh Trì and from Thanh Oai
		{"Huyện Thamh Tai, Hà Nội", resolved{Province: "Thành phố Hà Nội", Flags: "commune unknown", Unread: "Huyện Thamh Tai"}},
		// Bến Nghé has 7 letters: too short for two wrong
		{"Phường Bếm Ngé, Quận 1, TP.HCM", resolved{District: "Quận 1", Province: "Thành phố Hồ Chí Minh",
			Flags: "commune unknown", Unread: "Phường Bếm Ngé", Within: true}},
	})
}

// A stray mark or digit inside a type word ("Huy,ện", "Tỉ.nh", "T1nh")
// is dropped, or read as the letter it looks like, on a second look;
// the answer weighs less than one read as written. Codes are read off
// internal/data/commune_mapping_2025.csv.
func TestResolveNoisyTypeWords(t *testing.T) {
	checkUnsure(t, []resolvedCase{
		// Xã Đạo Trù 08914 kept its code
		{"Xã Đạo Trù, Huy,ện Tam Đảo, Tỉ.nh Vĩnh Phúc", resolved{Commune: "Xã Đạo Trù", District: "Huyện Tam Đảo",
			Province: "Tỉnh Vĩnh Phúc", Candidates: "08914"}},
		// Thị trấn Tam Đảo 08908 went whole into Xã Tam Đảo 08911
		{"Thị trấn Tam Đảo, Huyện Tam Đảo, T1nh Vĩnh Phúc", resolved{Commune: "Thị trấn Tam Đảo", District: "Huyện Tam Đảo",
			Province: "Tỉnh Vĩnh Phúc", Candidates: "08911"}},
	})
}
