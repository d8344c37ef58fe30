package admin_test

import "testing"

// Forms with one box per level leave a box empty or fill it with a
// number alone. A name without type word followed by an empty part
// ("vĩnh Hưng, , Long An") was written in the commune's box: it reads
// as the commune before the district of that name. A number alone
// between the commune and the province is the district's ("Phường Bến
// Thành, 1, TP HCM" is in Quận 1), read only with a commune before it.
// Codes are read off internal/data/commune_mapping_2025.csv.
func TestResolveEmptyAndBareParts(t *testing.T) {
	hcm := "Thành phố Hồ Chí Minh"
	checkUnsure(t, []resolvedCase{
		// Thị trấn Vĩnh Hưng 27757 of Huyện Vĩnh Hưng
		{"vĩnh Hưng, , Long An", resolved{Commune: "Thị trấn Vĩnh Hưng", Province: "Tỉnh Long An", Candidates: "27757"}},
		{"Thạch Hà, , Hà Tĩnh", resolved{Commune: "Thị trấn Thạch Hà", Province: "Tỉnh Hà Tĩnh", Candidates: "18562"}},
		{"Phường Bến Thành, 1, TP HCM", resolved{Commune: "Phường Bến Thành", District: "Quận 1", Province: hcm, Candidates: "26743"}},
		{"P. 5, 10, Hồ Chí Minh", resolved{Commune: "Phường 05", District: "Quận 10", Province: hcm, Candidates: "27169", Flags: "former"}},
		// the district with its type word, or with no empty part after
		// it, stays the district; a number with no commune before it,
		// or no district of that number, names nothing
		{"Huyện Vĩnh Hưng, , Long An", resolved{District: "Huyện Vĩnh Hưng", Province: "Tỉnh Long An", Within: true}},
		{"Vĩnh Hưng, Long An", resolved{District: "Huyện Vĩnh Hưng", Province: "Tỉnh Long An", Within: true}},
		{"Tổ 5, 10, TP HCM", resolved{Province: hcm}},
		{"Phường 1, 3, Vĩnh Long", resolved{Province: "Tỉnh Vĩnh Long"}},
	})
}
