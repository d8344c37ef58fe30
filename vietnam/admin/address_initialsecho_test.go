package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Post-office lists write the initials of the district, or of the
// district and the province, after the commune, and then the names in
// full ("… Hương Canh BX, Bình Xuyên, Vĩnh Phúc"). The initials repeat
// what follows; the commune before them reads as if they were not
// there. Capitals that follow a number ("426/CT") or a type word, or
// that no words after them spell, stay where they are.
func TestResolveInitialsBeforeNames(t *testing.T) {
	tests := []struct {
		in      string
		commune string // current commune; "" for none
		house   string // Address.House
	}{
		{"Thôn 2 Hương Canh BX, Bình Xuyên, Vĩnh Phúc", "08935", ""},
		{"Ấp 4 Bình Phục Nhứt CGTG, Chợ Gạo, Tiền Giang", "28633", ""},
		{"45 đường 30/4, cái khế, NK, CT, Ninh Kiều, Cần Thơ", "31120", "45"},
		{"Tổ 5 Hội Nghĩa Tân Uyên BD, Tân Uyên, Bình Dương", "25915", ""},
		{"THỊ TRẤN HƯƠNG CANH, BX, BÌNH XUYÊN, VĨNH PHÚC", "08935", ""},
		// a house number's letters stay
		{"426/CT Nguyễn Văn Cừ, Phường An Khánh, Ninh Kiều, Cần Thơ", "31147", "426/CT"},
		// initials no words after them spell: as before, no commune
		{"Thôn 2 Hương Canh BX, Vĩnh Phúc", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assertCurrent(t, res, tt.commune)
			assert.Equal(t, tt.house, res.Address.House)
		})
	}
}
