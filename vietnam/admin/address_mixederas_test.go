package admin_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Since 1/7/2025 people write the new commune with the old district they
// still know. A 2025 commune formed of communes of the district written
// reads, flagged; at 0.9 or more when most of its predecessors were
// there, below when half or fewer were. One formed of communes of other
// districts alone is not read: the commune stays unknown.
func TestResolveMixedEras(t *testing.T) {
	// the commune read ("" for none), the district read, FlagMixedEras,
	// Confidence >= 0.9
	type want struct {
		Commune, District string
		Flagged, High     bool
	}
	cases := []struct {
		in   string
		want want
	}{
		// Sài Gòn of Bến Nghé, Đa Kao, Nguyễn Thái Bình, all of Quận 1
		{"Phường Sài Gòn, Quận 1, TP.HCM", want{"Phường Sài Gòn", "Quận 1", true, true}},
		{"P. Sài Gòn, Q.1, TP HCM", want{"Phường Sài Gòn", "Quận 1", true, true}},
		{"12 Lê Lợi, Phường Sài Gòn, Quận 1, TP.HCM", want{"Phường Sài Gòn", "Quận 1", true, true}},
		{"phuong sai gon, quan 1, tp hcm", want{"Phường Sài Gòn", "Quận 1", true, true}},
		{"Sài Gòn, Quận 1, Hồ Chí Minh", want{"Phường Sài Gòn", "Quận 1", true, true}},
		// the district of another province that went into the one written
		{"Phường Thủ Dầu Một, TP Thủ Dầu Một, Bình Dương", want{"Phường Thủ Dầu Một", "Thành phố Thủ Dầu Một", true, true}},
		{"Phường Thủ Dầu Một, Thủ Dầu Một, TP.HCM", want{"Phường Thủ Dầu Một", "Thành phố Thủ Dầu Một", true, true}},
		{"Phường Vũng Tàu, TP Vũng Tàu, Bà Rịa - Vũng Tàu", want{"Phường Vũng Tàu", "Thành phố Vũng Tàu", true, true}},
		// Hoàn Kiếm: 13 of its 14 of Quận Hoàn Kiếm; Ba Đình 6 of 10;
		// Cầu Giấy 4 of 6
		{"Phường Hoàn Kiếm, Quận Hoàn Kiếm, Hà Nội", want{"Phường Hoàn Kiếm", "Quận Hoàn Kiếm", true, true}},
		{"Phường Ba Đình, Quận Ba Đình, Hà Nội", want{"Phường Ba Đình", "Quận Ba Đình", true, true}},
		{"P. Cầu Giấy, Q. Cầu Giấy, HN", want{"Phường Cầu Giấy", "Quận Cầu Giấy", true, true}},
		{"Phường Ninh Kiều, Quận Ninh Kiều, Cần Thơ", want{"Phường Ninh Kiều", "Quận Ninh Kiều", true, true}},
		{"Phường Nha Trang, TP Nha Trang, Khánh Hòa", want{"Phường Nha Trang", "Thành phố Nha Trang", true, true}},
		{"Phường Hạ Long, TP Hạ Long, Quảng Ninh", want{"Phường Hạ Long", "Thành phố Hạ Long", true, true}},
		// with its district's type word or without, the same
		{"Xã Ia Grai, Huyện Ia Grai, Gia Lai", want{"Xã Ia Grai", "Huyện Ia Grai", true, true}},
		{"Xã Ia Grai, H. Ia Grai, Gia Lai", want{"Xã Ia Grai", "Huyện Ia Grai", true, true}},
		{"Xã Ia Grai, Ia Grai, Gia Lai", want{"Xã Ia Grai", "Huyện Ia Grai", true, true}},
		// few of its predecessors in the district written: below 0.9
		// (Hoàn Kiếm has part of Điện Biên of Ba Đình; Ba Đình part of
		// Thụy Khuê of Tây Hồ; Cầu Giấy Mỹ Đình 1 and 2 of Nam Từ Liêm)
		{"Phường Hoàn Kiếm, Quận Ba Đình, Hà Nội", want{"Phường Hoàn Kiếm", "Quận Ba Đình", true, false}},
		{"Phường Ba Đình, Q. Tây Hồ, Hà Nội", want{"Phường Ba Đình", "Quận Tây Hồ", true, false}},
		{"Phường Cầu Giấy, Quận Nam Từ Liêm, Hà Nội", want{"Phường Cầu Giấy", "Quận Nam Từ Liêm", true, false}},
		// none of its predecessors there: one of the names is wrong
		{"Phường Sài Gòn, Quận 3, TP.HCM", want{"", "Quận 3", false, false}},
		{"Phường Cầu Giấy, Quận Đống Đa, Hà Nội", want{"", "Quận Đống Đa", false, false}},
		{"Phường Nha Trang, Huyện Cam Lâm, Khánh Hòa", want{"", "Huyện Cam Lâm", false, false}},
		{"Xã Ia Grai, Huyện Chư Prông, Gia Lai", want{"", "Huyện Chư Prông", false, false}},
		// the district's name again, without type word: its echo, not
		// the commune of that name
		{"Ia Grai, Huyện Ia Grai, Gia Lai", want{"", "Huyện Ia Grai", false, false}},
		// a commune of the district written is read as before
		{"Phường Tân Định, Quận 1, TP.HCM", want{"Phường Tân Định", "Quận 1", false, true}},
	}
	for _, tt := range cases {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			got := want{res.Commune.FullName(), res.District.FullName(), res.Flags.Has(admin.FlagMixedEras), res.Confidence >= 0.9}
			assert.Equal(t, tt.want, got)
			if got.Flagged {
				assert.Equal(t, admin.Era2025, res.Commune.Era())
				assert.Equal(t, admin.EraPre2025, res.District.Era())
				assert.Contains(t, res.Flags.String(), "mixed eras")
				cur, ok := res.Current()
				assert.True(t, ok)
				assert.Equal(t, res.Commune, cur)
			}
			if got.Commune == "" {
				assert.True(t, res.Flags.Has(admin.FlagCommuneUnknown), res.Flags.String())
				assert.Empty(t, res.Candidates)
			}
		})
	}
}

// A 2025 ward written with the district it was formed in.
func ExampleFlagMixedEras() {
	res, _ := admin.ResolveAddress("12 Lê Lợi, P. Sài Gòn, Q.1, TP.HCM")
	fmt.Println(res.Commune, res.Commune.Era(), res.District, res.District.Era())
	fmt.Println(res.Flags, res.Confidence >= 0.9)
	// Output:
	// Phường Sài Gòn (26740) 2025 Quận 1 (760) pre-2025
	// mixed eras true
}
