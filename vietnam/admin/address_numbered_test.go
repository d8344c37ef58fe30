package admin_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func TestIsNumberedPart(t *testing.T) {
	tests := []struct {
		part string
		want bool
	}{
		{"12/5", true},
		{"Số 12A", true},
		{"SN 4", true},
		{"Tổ 5", true},
		{"Tổ dân phố 12", true},
		{"Khu phố 3", true},
		{"KP.3", true},
		{"KP 03", true},
		{"Ấp 2", true},
		{"Thôn 16", true},
		{"xom 4", true},
		{"12/5 Ấp 3", true},
		{"Tổ 5 KP 3", true},
		{"Tổ 5A", true},
		{" Tổ 7 ", true},
		{"Ấp Bình Phú", false},         // a name, maybe a commune's
		{"Ấp Phú Hữu Hữu Định", false}, // it is: Xã Hữu Định
		{"12 Lê Lợi", false},           // a street, maybe a commune's name
		{"Tổ 11 Sài Đồng", false},      // Sài Đồng is a ward
		{"P. 3", false},                // Phường 3
		{"Phường 3", false},
		{"F3", false},
		{"Q10", false},
		{"Tổ", false}, // no number
		{"Khu phố", false},
		{"Tổ 5, P. 3", false}, // two parts
		{"5P8", false},        // Phường 8
		{"12X 3", false},      // Xã 3
		{"Ấp (0000)", false},  // a remark ParseAddress drops
		{"Tổ 5 (cũ)", false},
		{"sốP 3", false}, // "số P 3": Phường 3
		{"", false},
		{"Lái Thiêu", false},
	}
	for _, tt := range tests {
		t.Run(tt.part, func(t *testing.T) {
			assert.Equal(t, tt.want, admin.IsNumberedPart(tt.part))
		})
	}
}

func ExampleIsNumberedPart() {
	for _, part := range []string{"Tổ 5", "12/5 Ấp 3", "Ấp Bình Phú", "P. 3"} {
		fmt.Printf("%q %v\n", part, admin.IsNumberedPart(part))
	}
	// Output:
	// "Tổ 5" true
	// "12/5 Ấp 3" true
	// "Ấp Bình Phú" false
	// "P. 3" false
}

// FuzzIsNumberedPart: no input panics, and a numbered part names no unit:
// before the units of an address, ParseAddress reads the same units.
func FuzzIsNumberedPart(f *testing.F) {
	for _, s := range []string{"12/5", "Số 12A", "Tổ 5 KP 3", "KP.3", "Ấp Bình Phú", "P. 3", "Tổ 5A", "12/5 Ấp 3"} {
		f.Add(s)
	}
	const units = "P. Lái Thiêu, TX. Thuận An, Bình Dương"
	want, err := admin.ParseAddress(units)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !admin.IsNumberedPart(s) || len(s)+2+len(units) > admin.MaxAddressLen {
			return
		}
		a, err := admin.ParseAddress(s + ", " + units)
		if err != nil || a.Commune != want.Commune || a.District != want.District || a.Province != want.Province {
			t.Fatalf("IsNumberedPart(%q) but ParseAddress reads %#v, %v", s, a, err)
		}
	})
}
