package person_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// spelling compares Names letter by letter (Name.Equal ignores tones).
var spelling = cmp.Comparer(func(a, b person.Name) bool { return a == b })

// With tones written, a compound family name matches only as it is spelt:
// Hoàng Phủ is a family name (the writer Hoàng Phủ Ngọc Tường), Hoàng Phú
// is the family name Hoàng and the middle name Phú. Without tones the
// two cannot be told apart, and Alternative says so.
func TestParseNameCompoundTones(t *testing.T) {
	tests := []struct {
		in   string
		want person.Name
		alt  *person.Name // the other reading when the split is ambiguous
	}{
		{"Hoàng Phú Quý", person.Name{Family: "Hoàng", Middle: "Phú", Given: "Quý"}, nil},
		{"Hoàng Phủ Quý", person.Name{Family: "Hoàng Phủ", Given: "Quý"}, nil},
		{"HOÀNG PHỦ NGỌC TƯỜNG", person.Name{Family: "HOÀNG PHỦ", Middle: "NGỌC", Given: "TƯỜNG"}, nil},
		{"Tôn Nữ Thị Ninh", person.Name{Family: "Tôn Nữ", Middle: "Thị", Given: "Ninh"}, nil},
		{"Tôn Nư Hải", person.Name{Family: "Tôn", Middle: "Nư", Given: "Hải"}, nil},
		{"Âu Dương Phong", person.Name{Family: "Âu Dương", Given: "Phong"}, nil},
		{"Âu Đường Phong", person.Name{Family: "Âu", Middle: "Đường", Given: "Phong"}, nil},
		{"Tư Mã Ý", person.Name{Family: "Tư Mã", Given: "Ý"}, nil},
		{"Từ Mã Ý", person.Name{Family: "Từ", Middle: "Mã", Given: "Ý"}, nil},
		{"Gia Cát Lượng", person.Name{Family: "Gia Cát", Given: "Lượng"}, nil},
		{"Công Tằng Tôn Nữ Thị Hoa", person.Name{Family: "Công Tằng Tôn Nữ", Middle: "Thị", Given: "Hoa"}, nil},
		// NFD and the other tone placement are the same spelling.
		{"Hoa\u0300ng Phu\u0309 Quý", person.Name{Family: "Hoàng Phủ", Given: "Quý"}, nil},
		// No tone anywhere: both readings are possible.
		{"Hoang Phu Quy", person.Name{Family: "Hoang Phu", Given: "Quy"}, &person.Name{Family: "Hoang", Middle: "Phu", Given: "Quy"}},
		{"HOANG PHU NGOC TUONG", person.Name{Family: "HOANG PHU", Middle: "NGOC", Given: "TUONG"},
			&person.Name{Family: "HOANG", Middle: "PHU NGOC", Given: "TUONG"}},
		{"Au Duong Phong", person.Name{Family: "Au Duong", Given: "Phong"}, &person.Name{Family: "Au", Middle: "Duong", Given: "Phong"}},
		{"Cong Tang Ton Nu Thi Hoa", person.Name{Family: "Cong Tang Ton Nu", Middle: "Thi", Given: "Hoa"},
			&person.Name{Family: "Cong", Middle: "Tang Ton Nu Thi", Given: "Hoa"}},
		// Tones on some words only: a word without marks may be the
		// compound's word typed without them, so both readings stay.
		{"Hoang Phủ Quý", person.Name{Family: "Hoang Phủ", Given: "Quý"}, &person.Name{Family: "Hoang", Middle: "Phủ", Given: "Quý"}},
		{"Hoàng Phu Quý", person.Name{Family: "Hoàng Phu", Given: "Quý"}, &person.Name{Family: "Hoàng", Middle: "Phu", Given: "Quý"}},
		{"Ton Nữ Thi Ha", person.Name{Family: "Ton Nữ", Middle: "Thi", Given: "Ha"}, &person.Name{Family: "Ton", Middle: "Nữ Thi", Given: "Ha"}},
		{"Âu Duong Phong", person.Name{Family: "Âu Duong", Given: "Phong"}, &person.Name{Family: "Âu", Middle: "Duong", Given: "Phong"}},
		// ... but a word with a mark must still be spelt as the compound's.
		{"Hoang Phú Quy", person.Name{Family: "Hoang", Middle: "Phú", Given: "Quy"}, nil},
		// A word the list spells without marks is spelt as the list's.
		{"Gia Cát Lượng", person.Name{Family: "Gia Cát", Given: "Lượng"}, nil},
		// Toneless names with no compound are not ambiguous.
		{"Nguyen Van An", person.Name{Family: "Nguyen", Middle: "Van", Given: "An"}, nil},
		{"Ton Duc Thang", person.Name{Family: "Ton", Middle: "Duc", Given: "Thang"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := person.ParseName(tt.in)
			if diff := cmp.Diff(tt.want, got, spelling); diff != "" {
				t.Errorf("ParseName(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			alt, ok := got.Alternative()
			assert.Equal(t, tt.alt != nil, ok, "ambiguous")
			if tt.alt != nil {
				if diff := cmp.Diff(*tt.alt, alt, spelling); diff != "" {
					t.Errorf("Alternative of %q mismatch (-want +got):\n%s", tt.in, diff)
				}
				back, ok := alt.Alternative()
				assert.True(t, ok, "the alternative's alternative")
				assert.Equal(t, got, back)
			}
		})
	}
}
