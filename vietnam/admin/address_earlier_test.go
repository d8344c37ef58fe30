package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Communes and a district as the statistics office's list of 2017 named
// them, which shop address pickers still offer: the name a commune had
// before a merger of 2019–2020 kept its code under the merged commune's
// name (then recoded), and Huyện Tân Thành, Thị xã Phú Mỹ since 2018
// (supplement/earlier_states.csv). They resolve through the chain, as
// former units, below 0.9 where no type word is written. Expected codes
// are read off that file and commune_mapping_2025.csv.
func TestResolveEarlierStates(t *testing.T) {
	const ht, bv = "Tỉnh Hà Tĩnh", "Tỉnh Bà Rịa - Vũng Tàu"
	kimLoc := former("Xã Kim Lộc", "Huyện Can Lộc", ht, "18436")
	tests := []resolvedCase{
		// Xã Kim Lộc (18424) became Xã Kim Song Trường with Song Lộc and
		// Trường Lộc, recoded 18436, which went into Xã Trường Lưu.
		{"Kim Lộc, Can Lộc, Hà Tĩnh", kimLoc},
		{"Xã Kim Lộc, Huyện Can Lộc, Tỉnh Hà Tĩnh", kimLoc},
		{"xa kim loc huyen can loc ha tinh", kimLoc},
		{"Thôn 3, Kim Lộc, Can Lộc, Hà Tĩnh", kimLoc},
		// Phường An Hoạch (16379), Phường An Hưng since, was split in
		// 2025: both parts, flagged
		{"An Hoạch, Thanh Hóa, Thanh Hóa", resolved{Commune: "Phường An Hoạch", District: "Thành phố Thanh Hóa",
			Province: "Tỉnh Thanh Hóa", Candidates: "14797|16417", Ambiguous: true, Flags: "former"}},
		// Thị trấn Nghi Xuân became Thị trấn Tiên Điền (18373), not the
		// 2025 Xã Nghi Xuân (18352), which the commune written alone is
		{"Nghi Xuân, Nghi Xuân, Hà Tĩnh", former("Thị trấn Nghi Xuân", "Huyện Nghi Xuân", ht, "18373")},
		{"Xã Nghi Xuân, Hà Tĩnh", resolved{Commune: "Xã Nghi Xuân", Province: ht, Candidates: "18352"}},
		// a commune of a district merged in 2019 (Kỳ Sơn into Thành phố
		// Hòa Bình), by its name of 2017
		{"Xã Phú Minh, Huyện Kỳ Sơn, Hòa Bình", former("Xã Phú Minh", "Huyện Kỳ Sơn", "Tỉnh Hoà Bình", "04897")},
		// names respelled before 2019, as TikTok Shop's picker writes them
		{"Xín Vàng (Xã), Bắc Yên, Sơn La", former("Xã Xín Vàng", "Huyện Bắc Yên", "Tỉnh Sơn La", "03862")},
		{"Plei Cần (Thị trấn ), Ngọc Hồi, Kon Tum", former("Thị trấn Plei Cần", "Huyện Ngọc Hồi", "Tỉnh Kon Tum", "23377")},
		// the district written by its name before 2018: the commune of Thị
		// xã Phú Mỹ, not the 2025 Phường Tân Thành
		{"Mỹ Xuân, Tân Thành, Bà Rịa - Vũng Tàu", former("Phường Mỹ Xuân", "Huyện Tân Thành", bv, "26704")},
		{"Xã Tóc Tiên, Huyện Tân Thành, Tỉnh Bà Rịa - Vũng Tàu", former("Xã Tóc Tiên", "Huyện Tân Thành", bv, "26728")},
		{"Huyện Tân Thành, Bà Rịa - Vũng Tàu", resolved{District: "Huyện Tân Thành", Province: bv, Flags: "former", Within: true}},
		// the 2025 ward written with its type word stays the ward, and the
		// name of today is read as today's
		{"Phường Tân Thành, Thành phố Hồ Chí Minh", resolved{Commune: "Phường Tân Thành", Province: "Thành phố Hồ Chí Minh", Candidates: "26725"}},
		{"Phường Chương Dương, Quận Hoàn Kiếm, Hà Nội", resolved{Commune: "Phường Chương Dương", District: "Quận Hoàn Kiếm",
			Province: "Thành phố Hà Nội", Candidates: "00097"}},
	}
	checkResolved(t, tests)
	// a former unit is never read as sure as today's
	for _, tt := range tests {
		if res, err := admin.ResolveAddress(tt.in); assert.NoError(t, err) && tt.want.Flags != "" {
			assert.LessOrEqual(t, res.Confidence, 0.9, tt.in)
		}
	}
}

// former is what an address resolves to when it names the commune by an
// earlier state, with its district and province.
func former(commune, district, province, candidates string) resolved {
	return resolved{Commune: commune, District: district, Province: province, Candidates: candidates, Flags: "former"}
}

// A commune abolished with no successor when its island district was
// left without communes (Lý Sơn's An Vĩnh, An Hải and An Bình, 2020)
// leads, through the district, to the special zone it became whole: the
// one candidate, flagged. A commune without successor elsewhere still
// leads to its district's communes (Within).
func TestResolveIslandCommuneWithoutSuccessor(t *testing.T) {
	const qn = "Tỉnh Quảng Ngãi"
	zone := func(commune string) resolved {
		return resolved{Commune: commune, District: "Huyện Lý Sơn", Province: qn, Candidates: "21548", Flags: "former|no successor"}
	}
	checkResolved(t, []resolvedCase{
		{"An Vĩnh, Lý Sơn, Quảng Ngãi", zone("Xã An Vĩnh")},
		{"Xã An Hải, Huyện Lý Sơn, Tỉnh Quảng Ngãi", zone("Xã An Hải")},
		{"Thôn Đông, xã An Bình, huyện Lý Sơn, Quảng Ngãi", zone("Xã An Bình")},
		{"an vinh ly son quang ngai", zone("Xã An Vĩnh")},
		{"Xã Phúc Thành A, Huyện Kim Thành, Hải Dương", resolved{Commune: "Xã Phúc Thành A", District: "Huyện Kim Thành",
			Province: "Tỉnh Hải Dương", Flags: "former|no successor", Within: true}},
	})
}
