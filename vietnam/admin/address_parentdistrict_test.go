package admin_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// An address written with the district a commune's district was formed
// from since 1997 ("Tây Thạnh, Tân Bình": Quận Tân Phú was formed of Tân
// Bình's wards in 2003) reads the commune of the district formed, below
// 0.9, said so; one that a commune of the district written has, or that
// the decree divided, or that none of the districts formed has, does not.
func TestResolveParentDistrict(t *testing.T) {
	type want struct {
		Commune  string // the commune read, "" for none
		District string // the district read
		Current  string // the one current commune, "" for none
		Flagged  bool   // FlagParentDistrict
	}
	for _, tt := range []struct {
		in   string
		want want
	}{
		{"Tây Thạnh, Tân Bình, TP.HCM", want{"Phường Tây Thạnh", "Quận Tân Phú", "Phường Tây Thạnh", true}},
		{"P. Tây Thạnh Q. Tân Bình TP.HCM", want{"Phường Tây Thạnh", "Quận Tân Phú", "Phường Tây Thạnh", true}},
		{"phuong tay thanh quan tan binh tp hcm", want{"Phường Tây Thạnh", "Quận Tân Phú", "Phường Tây Thạnh", true}},
		{"An Lạc, Bình Chánh, TP HCM", want{"Phường An Lạc", "Quận Bình Tân", "Phường An Lạc", true}},
		{"Phường Tân Thuận Đông, H. Nhà Bè, TP.HCM", want{"Phường Tân Thuận Đông", "Quận 7", "Phường Tân Thuận", true}},
		{"Thạnh Lộc, Hóc Môn, Hồ Chí Minh", want{"Phường Thạnh Lộc", "Quận 12", "Phường An Phú Đông", true}},
		{"Phước Hội, Hàm Tân, Bình Thuận", want{"Phường Phước Hội", "Thị xã La Gi", "Phường Phước Hội", true}},
		{"Hòa Thọ Đông, Hòa Vang, Đà Nẵng", want{"Phường Hòa Thọ Đông", "Quận Cẩm Lệ", "Phường Cẩm Lệ", true}},
		{"Quảng Thọ, Quảng Trạch, Quảng Bình", want{"Phường Quảng Thọ", "Thị xã Ba Đồn", "Phường Bắc Gianh", true}},
		{"xã Bình Hiệp, huyện Mộc Hóa, Long An", want{"Xã Bình Hiệp", "Thị xã Kiến Tường", "Xã Bình Hiệp", true}},
		{"Thanh An, Bến Cát, Bình Dương", want{"Xã Thanh An", "Huyện Dầu Tiếng", "Xã Thanh An", true}},
		// a commune the decree divided: the name with the parent is the
		// part left there (Tân Chánh Hiệp of Hóc Môn, now Đông Thạnh)
		{"Tân Chánh Hiệp, Hóc Môn, TP.HCM", want{"", "Huyện Hóc Môn", "", false}},
		// a commune of the district written is its own
		{"Phường 5, Tân Bình, TPHCM", want{"Phường 5", "Quận Tân Bình", "Phường Tân Sơn Nhất", false}},
		// Thanh Xuân was no parent of Hoàng Mai
		{"Định Công, Thanh Xuân, Hà Nội", want{"", "Quận Thanh Xuân", "", false}},
		// no commune written
		{"12 Lê Lợi, Q. Tân Bình, TP.HCM", want{"", "Quận Tân Bình", "", false}},
	} {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			cur, _ := res.Current()
			got := want{res.Commune.FullName(), res.District.FullName(), cur.FullName(), res.Flags.Has(admin.FlagParentDistrict)}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if got.Flagged {
				assert.Less(t, res.Confidence, 0.9)
				assert.Contains(t, res.Flags.String(), "parent district")
			}
		})
	}
}

// Written with the district as it was before 2003.
func ExampleFlagParentDistrict() {
	res, _ := admin.ResolveAddress("530B Lê Trọng Tấn, Tây Thạnh, Tân Bình, TP.HCM")
	c, _ := res.Current()
	fmt.Println(res.Commune, res.District, res.Flags, res.Confidence < 0.9)
	fmt.Println(c, c.Era())
	// Output:
	// Phường Tây Thạnh (27013) Quận Tân Phú (767) parent district true
	// Phường Tây Thạnh (27013) 2025
}
