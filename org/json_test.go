package org_test

import (
	"testing"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestUnitGoldenJSON pins the JSON of org.Unit: snake_case keys, the
// admin code with its era, ISO dates, zero fields left out.
func TestUnitGoldenJSON(t *testing.T) {
	golden.RoundTrip(t, "unit", []org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion,
			Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74"), ValidTo: vietnam.MustDate(2025, 6, 30),
			Population: 2_763_124, Members: 52_000},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd",
			Admin: admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "725"), ValidTo: vietnam.MustDate(2025, 6, 30)},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "hcm",
			Admin: admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"), ValidFrom: vietnam.MustDate(2025, 7, 1),
			Households: 12_000},
		{ID: "team-1", Name: "Đội hình Bình dân học vụ số", Kind: org.KindLiteracyTeam, Parent: "lt", Members: 12},
	})
}
