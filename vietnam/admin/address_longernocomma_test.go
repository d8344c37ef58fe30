package admin_test

import "testing"

// With no comma, a district's name that ends a longer name of a commune
// of the province written whole is the commune's: "thôn 3 Tả Thanh Oai
// Hà Nội" names Xã Tả Thanh Oai of Thanh Trì, not Huyện Thanh Oai, as it
// does with commas. Tả Thanh Oai was split in 2025 between Phường Thanh
// Liệt (00643) and Xã Đại Thanh (00664): both are candidates. A district
// whose name ends no longer name, or written with its type word, reads
// as before. Codes of commune_mapping_2025.csv.
func TestResolveDistrictEndingLongerNameNoComma(t *testing.T) {
	hn := "Thành phố Hà Nội"
	tto := resolved{Commune: "Xã Tả Thanh Oai", Province: hn, Candidates: "00643|00664", Ambiguous: true}
	checkUnsure(t, []resolvedCase{
		{"thôn 3 Tả Thanh Oai Hà Nội", tto},
		{"Tả Thanh Oai Hà Nội", tto},
		{"thon 3 ta thanh oai ha noi", tto},
		{"thôn 3, Tả Thanh Oai, Hà Nội", tto},
		{"xóm 2 Tả Thanh Oai Thanh Trì Hà Nội", resolved{Commune: "Xã Tả Thanh Oai", District: "Huyện Thanh Trì", Province: hn,
			Candidates: "00643|00664", Ambiguous: true}},
		// the district itself (or the 2025 Xã Thanh Oai, as before)
		{"thôn 3 Thanh Oai Hà Nội", resolved{District: "Huyện Thanh Oai", Province: hn,
			Candidates: "10114|09568|10096|10126|10144|10180", Ambiguous: true}},
		{"thôn 3 Tả Huyện Thanh Oai Hà Nội", resolved{District: "Huyện Thanh Oai", Province: hn, Within: true}},
	})
}
