package admin_test

import "testing"

// A commune's name read without its type word at the end of a longer
// name of another unit of the province, of either level or era, is part
// of that name: "Bắc Từ Liêm" is the district (until 2025), not the 2025
// ward Từ Liêm after a word "Bắc" (seen in a real-estate list:
// "Đường Võ Qúy Huân Bắc Từ Liêm Hà Nội"). The name with its own type
// word, or after a hamlet, stays the commune. Expected codes are read off
// internal/data/commune_mapping_2025.csv; TestResolveNameInsideLongerName
// does the same among the units of one level and era.
func TestResolveNameInsideLongerNameOfAnotherLevel(t *testing.T) {
	tests := []resolvedCase{
		{"Võ Quý Huân Bắc Từ Liêm Hà Nội", resolved{District: "Quận Bắc Từ Liêm", Province: "Thành phố Hà Nội", Within: true}},
		{"vo quy huan bac tu liem ha noi", resolved{District: "Quận Bắc Từ Liêm", Province: "Thành phố Hà Nội", Within: true}},
		{"12 Lê Đức Thọ Nam Từ Liêm Hà Nội", resolved{District: "Quận Nam Từ Liêm", Province: "Thành phố Hà Nội", Within: true}},
		// Phường Long Bình Tân of Biên Hòa went whole into Phường Long
		// Hưng; Xã Bình Tân (25246) is another 2025 commune of Đồng Nai
		{"Ph.Long Bình Tân Đồng Nai", resolved{Commune: "Phường Long Bình Tân", Province: "Tỉnh Đồng Nai", Candidates: "26380"}},
		// the ward itself
		{"Phường Từ Liêm, Hà Nội", resolved{Commune: "Phường Từ Liêm", Province: "Thành phố Hà Nội", Candidates: "00592"}},
		{"Tổ 5 Từ Liêm, Hà Nội", resolved{Commune: "Phường Từ Liêm", Province: "Thành phố Hà Nội", Candidates: "00592"}},
	}
	checkResolved(t, tests)
}
