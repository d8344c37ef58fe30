package admin_test

import "testing"

// A district written alone after a house and street, with no province,
// whose name communes of other provinces also have (Quận Đống Đa of Hà
// Nội and Phường Đống Đa of Vĩnh Yên and Quy Nhơn; Quận Tây Hồ and Xã Tây
// Hồ; Quận Thanh Xuân and Xã Thanh Xuân; Quận Bình Thạnh and Xã Bình
// Thạnh), is the district when it is the only district of that name: a
// clinic list of Hà Nội writes "107 Tôn Đức Thắng, Đống Đa". The commune
// stays unknown and the answer is a guess (under 0.9). The same name
// after other words of its part, or after a part that opens with no
// house number or street word, may be the commune of the other province
// ("Ấp Long Thành", "Lương Tây - Lương Sơn" for Xã Lương Sơn of Bình
// Thuận): it names nothing, as before; so does a name that another
// district has ("Bình Tân": Quận Bình Tân of Hồ Chí Minh and Huyện Bình
// Tân of Vĩnh Long).
func TestResolveDistrictNamedLikeCommunesElsewhere(t *testing.T) {
	hn, hcm := "Thành phố Hà Nội", "Thành phố Hồ Chí Minh"
	checkUnsure(t, []resolvedCase{
		{"12 Thái Hà, Đống Đa", resolved{District: "Quận Đống Đa", Province: hn, Within: true}},
		{"107 Tôn Đức Thắng, Đống Đa", resolved{District: "Quận Đống Đa", Province: hn, Within: true}},
		{"Ngõ 122 Đường Láng, Đống Đa", resolved{District: "Quận Đống Đa", Province: hn, Within: true}},
		{"124 Hoàng Hoa Thám, Tây Hồ", resolved{District: "Quận Tây Hồ", Province: hn, Within: true}},
		{"182 Lương Thế Vinh, Thanh Xuân", resolved{District: "Quận Thanh Xuân", Province: hn, Within: true}},
		{"Số 5 Ngõ 64 Nguyễn Chí Thanh, Ba Đình", resolved{District: "Quận Ba Đình", Province: hn, Within: true}},
		{"208 Nguyễn Hữu Cảnh, Bình Thạnh", resolved{District: "Quận Bình Thạnh", Province: hcm, Within: true}},
		{"12 le loi, dong da", resolved{District: "Quận Đống Đa", Province: hn, Within: true}},
		// not after a house and street: the commune of another province
		// may as well be meant
		{"Ấp Long Thành", resolved{Commune: "error"}},
		{"Thôn Văn Giang", resolved{Commune: "error"}},
		{"Lương Tây - Lương Sơn", resolved{Commune: "error"}},
		{"Chung cư Vicoland A5, Vân Đồn", resolved{Commune: "error"}},
		{"Thái Hà, Đống Đa", resolved{Commune: "error"}},
		{"Đống Đa", resolved{Commune: "error"}},
		// another district has the name
		{"12 Lê Lợi, Bình Tân", resolved{Commune: "error"}},
		{"45 Trần Phú, Châu Thành", resolved{Commune: "error"}},
	})
}
