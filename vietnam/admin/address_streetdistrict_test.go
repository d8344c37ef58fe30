package admin_test

import "testing"

// A district's name after a house or street is the place they are in,
// with or without a comma between, even with no province or type word
// (real-estate lists write "280 Quang Trung Gò Vấp", "Đường Mai Thị Lựu
// Buôn Ma Thuột"), when no unit of another province has that name; the
// commune stays unknown and the answer is a guess (confidence under 0.9).
// A name right after the house number or the street word is the street's
// own ("Số 12 Hai Bà Trưng"), and one that other provinces' units share
// ("Bình Tân") names nothing.
func TestResolveDistrictAfterStreet(t *testing.T) {
	checkUnsure(t, []resolvedCase{
		{"280 Quang Trung Gò Vấp", resolved{District: "Quận Gò Vấp", Province: "Thành phố Hồ Chí Minh", Within: true}},
		{"280 Quang Trung, Gò Vấp", resolved{District: "Quận Gò Vấp", Province: "Thành phố Hồ Chí Minh", Within: true}},
		{"412 Nguyễn Văn Cừ, Long Biên", resolved{District: "Quận Long Biên", Province: "Thành phố Hà Nội", Within: true}},
		{"Đường Mai Thị Lựu Buôn Ma Thuột", resolved{District: "Thành phố Buôn Ma Thuột", Province: "Tỉnh Đắk Lắk", Within: true}},
		// with the province, the district (and its successors) or the 2025
		// ward Gò Vấp, as with a comma: no silent pick of the ward
		{"280 Quang Trung Gò Vấp, Hồ Chí Minh", resolved{District: "Quận Gò Vấp", Province: "Thành phố Hồ Chí Minh",
			Candidates: "26884|26876|26878|26882|26890|26898", Ambiguous: true}},
		{"Gò Vấp", resolved{Commune: "error"}},
		{"412 Nguyễn Văn Cừ", resolved{Commune: "error"}},
		{"Số 12 Hai Bà Trưng", resolved{Commune: "error"}},
		{"Đường Hai Bà Trưng", resolved{Commune: "error"}},
		{"đường 7 - Bình Tân", resolved{Commune: "error"}},
	})
}

// A district's name ending a part that a street word opens, after the
// street's own words, is the district: "Phố Lê Trọng Tấn Hoài Đức - Hà
// Nội" (a real-estate list's). A commune's name so placed stays the
// street's ("Tôn Đức Thắng": Đức Thắng is a ward of Hà Nội), as does a
// district's name right after the street word.
func TestResolveDistrictEndingStreetPart(t *testing.T) {
	checkUnsure(t, []resolvedCase{
		{"Phố Lê Trọng Tấn Hoài Đức - Hà Nội", resolved{District: "Huyện Hoài Đức", Province: "Thành phố Hà Nội", Within: true}},
		{"đường nguyễn súy tân phú - hồ chí minh", resolved{District: "Quận Tân Phú", Province: "Thành phố Hồ Chí Minh", Within: true}},
		{"Đường Tôn Đức Thắng, Hà Nội", resolved{Province: "Thành phố Hà Nội"}},
		{"Đường Hai Bà Trưng, Hà Nội", resolved{Province: "Thành phố Hà Nội"}},
	})
}
