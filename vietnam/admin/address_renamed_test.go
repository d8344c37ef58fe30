package admin_test

import "testing"

// Thừa Thiên Huế became Thành phố Huế on 1/1/2025, and the city of Huế,
// its district until then (474), became Quận Thuận Hóa under the same
// code. An address written before, "…, Thành phố Huế, Thừa Thiên Huế",
// names the city as the district, not the province twice. Codes are read
// off internal/data: Xã Hương Phong went from Hương Trà to the city in
// 2021, was Phường Hương Phong (20002) of Thuận Hóa on 1/3/2025 and went
// whole into Phường Hóa Châu (20014) (commune_mapping_2025.csv); Xã Hương
// Phong (20080) of A Lưới, another commune, is now Xã A Lưới 4.
func TestResolveRenamedProvinceCity(t *testing.T) {
	checkResolved(t, []resolvedCase{
		{"Xã Hương Phong, Thành Phố Huế, Thừa Thiên Huế", resolved{Commune: "Xã Hương Phong", District: "Thành phố Huế",
			Province: "Thành phố Huế", Candidates: "20014", Flags: "former"}},
		{"xa huong phong, thanh pho hue, tinh thua thien hue", resolved{Commune: "Xã Hương Phong", District: "Thành phố Huế",
			Province: "Thành phố Huế", Candidates: "20014", Flags: "former"}},
		{"15 Lê Lợi, Phường Phú Hội, TP Huế, Thừa Thiên Huế", resolved{Commune: "Phường Phú Hội", District: "Thành phố Huế",
			Province: "Thành phố Huế", Candidates: "19789", Flags: "former"}},
		// the commune of A Lưới is itself with its district written
		{"Xã Hương Phong, Huyện A Lưới, Thừa Thiên Huế", resolved{Commune: "Xã Hương Phong", District: "Huyện A Lưới",
			Province: "Thành phố Huế", Candidates: "20101"}},
		// today's name written twice is the province once
		{"Phường Hóa Châu, Thành phố Huế, Huế", resolved{Commune: "Phường Hóa Châu", Province: "Thành phố Huế", Candidates: "20014"}},
	})
}
