package admin_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A district written with its first words cut to their letter, as shops
// and forms shorten them ("Q.B.Thạnh", "Q.Đ.Đa", "C/Giấy"), is read within
// the province written, when it is the only district there that fits, at
// a confidence below 0.9 and said so (FlagShortForm). Where two districts
// of the province fit (Thọ Xuân and Thường Xuân are both "H.T.Xuân") only
// a commune of one of them written before it picks it; alone, the
// district stays unknown. A short form no district fits is no district.
func TestResolveDistrictShortForm(t *testing.T) {
	tests := []shortFormCase{
		{"Phường Khâm Thiên, Q.Đ.Đa, Hà Nội", "006", "00202"},
		{"Số 5 ngõ 2, P. Khâm Thiên, Q.Đ.Đa, HN", "006", "00202"},
		{"188 Phan Văn Trị, P.12, Q.B.Thạnh, TPHCM", "765", "26917"},
		{"Phường 25, Q.B.Thạnh, TP.HCM", "765", "26920"},
		{"Phường 12, Q.T.Bình, TP.HCM", "766", "26971"},
		{"Phường Bạch Đằng, Q. H.B.Trưng, Hà Nội", "007", "00244"},
		{"Dịch Vọng, C/Giấy, Hà Nội", "005", "00166"},
		{"phuong binh hung hoa, q.b.tan, tp hcm", "777", "27436"},
		{"Xã Xuân Hồng, H.T.Xuân, Thanh Hóa", "395", "15493"},
		// no commas, as scanned forms give them
		{"Phưng Khâm Thiên Quận Đ.Đa T.Phố HàNội", "006", "00202"},
		{"F.Dịch Vọng  C/Giấy Thành phốHàNội", "005", "00166"},
		// "T." is also Thái Bình's: a part of its own before the province
		// and with a commune of it, it is a district
		{"Phường 12, T.Bình, TPHCM", "766", "26971"},
		{"Phường Kỳ Bá, T.Bình, Thái Bình", "336", "12442"},
		// else it reads nothing: the province written twice, a street
		{"Xã Đông La, T.Bình, Thái Bình", "", ""},
		{"12 Lê Lợi, T.Bình, TPHCM", "", ""},
		// two districts of Thanh Hóa fit, and nothing picks one
		{"Thôn 3, H.T.Xuân, Thanh Hóa", "", ""},
		// no district of the city fits
		{"Phường 5, Q.B.Thành, TP.HCM", "", ""},
		// no commas: letters inside the part, just before the province,
		// with a commune of the district before them (Phường 12 of
		// Bình Thạnh), glued or not
		{"Phường 12 B.Thạnh TPHCM", "765", "26917"},
		{"P12 BThạnh TPHCM", "765", "26917"},
		// a letter that is also a type word's ("T." for Tỉnh, Thị xã) is
		// the name's after a district's type word
		{"Phường 12 Quận T.Bình TPHCM", "766", "26971"},
		{"Xã Xuân Hồng, Huyện T.Xuân, Thanh Hóa", "395", "15493"},
		{"Thôn 3, Huyện T.Xuân, Thanh Hóa", "", ""},
		// the letters glued in one word, the last word whole or glued
		// to them ("hbtrung"), count only with a commune of the district
		{"Phường Bạch Đằng, HBTrưng, Hà Nội", "007", "00244"},
		{"P.Bạch Đằng Q.HBTrưng Hà Nội", "007", "00244"},
		{"12 Lê Lợi, hbtrung, Hà Nội", "", ""},
		// with no commune of it, or not just before the province, they
		// are not read
		{"12 Lê Lợi B.Thạnh TPHCM", "", ""},
		{"Phường 12 B.Thạnh Lê Lợi TPHCM", "", ""},
		{"Xã Đông La T.Bình Thái Bình", "", ""},
		// tones written must match
		{"Phường 25, Q.B.Thành, TP.HCM", "", ""},
	}
	checkShortForms(t, tests, func(c shortFormCase) bool { return c.district != "" })
}

// A commune written with its first words cut to their letters, glued in
// one word, and the rest whole ("P.BH Hòa B" for Bình Hưng Hòa B), or the
// last word glued to the letters ("p hbphước" for Hiệp Bình Phước), is
// read within the district written when it is the only commune there
// that fits, in a part of its own or after a commune's type word, below
// 0.9 and said so (FlagShortForm). Letters that open a word ("Thanh":
// th is an onset), or fit no commune of the district, are not read.
func TestResolveCommuneShortForm(t *testing.T) {
	tests := []shortFormCase{
		{"P.BH Hòa B, Q.Bình Tân, HCM", "777", "27442"},
		{"Phường BHH B, Quận Bình Tân, TP. Hồ Chí Minh", "777", "27442"},
		{"72/19/8/5 kp6, p hbphước, thudức, tp hồ chí minh", "769", "26809"},
		{"Xã Thanh, Huyện Thanh Oai, Hà Nội", "278", ""},
		{"P.BT Hòa, Q.Bình Tân, HCM", "777", ""},
	}
	checkShortForms(t, tests, func(c shortFormCase) bool { return c.commune != "" })
}

// A shortFormCase is an address and the codes of the district and commune
// it resolves to ("" for none).
type shortFormCase struct{ in, district, commune string }

// checkShortForms resolves each case: the units are the ones given, said
// to be read from a short form where flagged tells, and below 0.9.
func checkShortForms(t *testing.T, tests []shortFormCase, flagged func(shortFormCase) bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.district, codeOf(res.District))
			assert.Equal(t, tt.commune, codeOf(res.Commune))
			assert.Equal(t, flagged(tt), res.Flags.Has(admin.FlagShortForm))
			assert.Less(t, res.Confidence, 0.9)
		})
	}
}

// A district written short, as shop addresses do, is read within the
// province written, and said so.
func ExampleResolveAddress_shortForm() {
	res, err := admin.ResolveAddress("188 Phan Văn Trị, P.12, Q.B.Thạnh, TPHCM")
	if err != nil {
		panic(err)
	}
	fmt.Println(res.District.FullName(), res.Commune.FullName(), res.Flags)
	// Output:
	// Quận Bình Thạnh Phường 12 short form
}
