package person_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

func TestParseName(t *testing.T) {
	tests := []struct {
		in   string
		want person.Name
		str  string // String(); "" means the input itself
	}{
		{"Nguyễn Thị Minh Khai", person.Name{Family: "Nguyễn", Middle: "Thị Minh", Given: "Khai"}, ""},
		{"Trần Hưng Đạo", person.Name{Family: "Trần", Middle: "Hưng", Given: "Đạo"}, ""},
		{"Lê Lợi", person.Name{Family: "Lê", Given: "Lợi"}, ""},
		{"Nguyễn Văn A", person.Name{Family: "Nguyễn", Middle: "Văn", Given: "A"}, ""},
		{"Minh", person.Name{Given: "Minh"}, ""},
		{"", person.Name{}, ""},
		{"   ", person.Name{}, ""},
		// Clean-up: spaces and NFD input.
		{"  nguyễn\u00a0 văn   an ", person.Name{Family: "nguyễn", Middle: "văn", Given: "an"}, "nguyễn văn an"},
		{"Nguye\u0302\u0303n Va\u0306n An", person.Name{Family: "Nguyễn", Middle: "Văn", Given: "An"}, "Nguyễn Văn An"},
		// Compound family names, with or without tones.
		{"Tôn Nữ Thị Ninh", person.Name{Family: "Tôn Nữ", Middle: "Thị", Given: "Ninh"}, ""},
		{"Tôn Thất Thuyết", person.Name{Family: "Tôn Thất", Given: "Thuyết"}, ""},
		{"Âu Dương Phong", person.Name{Family: "Âu Dương", Given: "Phong"}, ""},
		{"Au Duong Phong", person.Name{Family: "Au Duong", Given: "Phong"}, ""},
		{"Công Tôn Sách", person.Name{Family: "Công Tôn", Given: "Sách"}, ""},
		{"Hoàng Phủ Ngọc Tường", person.Name{Family: "Hoàng Phủ", Middle: "Ngọc", Given: "Tường"}, ""},
		{"Tư Mã Ý", person.Name{Family: "Tư Mã", Given: "Ý"}, ""},
		{"Nguyễn Phúc Bửu Lộc", person.Name{Family: "Nguyễn Phúc", Middle: "Bửu", Given: "Lộc"}, ""},
		{"Nguyễn Phước Vĩnh San", person.Name{Family: "Nguyễn Phước", Middle: "Vĩnh", Given: "San"}, ""},
		{"Công Tằng Tôn Nữ Thị Hoa", person.Name{Family: "Công Tằng Tôn Nữ", Middle: "Thị", Given: "Hoa"}, ""},
		// A compound needs a given name after it; otherwise it is read as usual.
		{"Tôn Nữ", person.Name{Family: "Tôn", Given: "Nữ"}, ""},
		// Tôn alone is an ordinary family name.
		{"Tôn Đức Thắng", person.Name{Family: "Tôn", Middle: "Đức", Given: "Thắng"}, ""},
		// Ê Đê names: given name first, clan name last.
		{"H'Hen Niê", person.Name{Family: "Niê", Given: "H'Hen", GivenFirst: true}, ""},
		{"H’Hen Niê", person.Name{Family: "Niê", Given: "H’Hen", GivenFirst: true}, ""},
		{"Y-Ngông Niê Kdăm", person.Name{Family: "Niê Kdăm", Given: "Y-Ngông", GivenFirst: true}, ""},
		{"Y Moan Ênuôl", person.Name{Family: "Ênuôl", Given: "Y Moan", GivenFirst: true}, ""},
		{"Y Moan", person.Name{Given: "Y Moan"}, ""},
		{"H'Hen", person.Name{Given: "H'Hen"}, ""},
		// A bare H is an initial, not the Ê Đê prefix.
		{"H Văn Nam", person.Name{Family: "H", Middle: "Văn", Given: "Nam"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := person.ParseName(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseName(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			str := tt.str
			if str == "" {
				str = strings.TrimSpace(tt.in)
			}
			assert.Equal(t, str, got.String())
			assert.Equal(t, got, person.ParseName(got.String()), "round trip")
			assert.Equal(t, tt.want.IsZero(), got.IsZero())
		})
	}
}

func TestNameTitleKeyEqual(t *testing.T) {
	n := person.ParseName("NGUYỄN thị minh KHAI")
	assert.Equal(t, person.Name{Family: "Nguyễn", Middle: "Thị Minh", Given: "Khai"}, n.Title())
	assert.Equal(t, "Nguyễn Thị Minh Khai", n.Title().String())
	assert.Equal(t, "nguyen thi minh khai", n.Key())

	e := person.ParseName("h'hen niê")
	assert.Equal(t, person.Name{Family: "Niê", Given: "H'Hen", GivenFirst: true}, e.Title())

	tests := []struct {
		a, b string
		want bool
	}{
		{"Nguyễn Thị Hoà", "NGUYEN THI HOA", true},
		{"Nguyễn Thị Hoà", "Nguyễn Thị Hòa", true},
		{"Đặng Văn Lâm", "dang van lam", true},
		{"Nguyễn Thị Hoà", "Nguyễn Hoà", false},
		{"Nguyễn Văn An", "Nguyễn Văn Anh", false},
		{"H'Hen Niê", "Niê H'Hen", false},
	}
	for _, tt := range tests {
		a, b := person.ParseName(tt.a), person.ParseName(tt.b)
		assert.Equal(t, tt.want, a.Equal(b), "%q vs %q", tt.a, tt.b)
		assert.Equal(t, tt.want, b.Equal(a), "%q vs %q", tt.b, tt.a)
	}
}

// roster is written in the order a Vietnamese class list puts it. The
// expectations follow the alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p
// q r s t u ư v x y) and tones ngang, huyền, hỏi, ngã, sắc, nặng; they are
// not computed by the code under test.
var roster = []string{
	"Lê Văn An",      // given An
	"Nguyễn Thị Ân",  // â after a
	"Trần Thị Anh",   // An < Anh < Ánh
	"Phạm Thị Ánh",   // acute after plain
	"Võ Văn Bình",    // same given and middle: family Đỗ < Võ
	"Đỗ Văn Bình",    // (placed before Võ when sorted)
	"Hồ Văn Dũng",    // d
	"Bùi Tiến Đạt",   // đ after d: bytes would put it last
	"Lê Thị Hoa",     // Hoa (ngang) < Hòa (huyền) < Hóa (sắc)
	"Lê Thị Hòa",     //
	"Lê Thị Hóa",     //
	"Ngô Văn Hùng",   // u < ư
	"Đào Văn Hưng",   //
	"Nguyễn Thị Ơn",  // after Ôn
	"Trần Văn Ôn",    // ô before ơ
	"Niê",            // a one-word given name
	"Y Moan Ênuôl",   // sorted by its given name "Y Moan"
	"H'Hen Niê",      // given "H'Hen" sorts with H
	"Âu Dương Phong", // compound family, given Phong
}

func wantRosterOrder() []string {
	return []string{
		"Lê Văn An",
		"Trần Thị Anh",
		"Phạm Thị Ánh",
		"Nguyễn Thị Ân",
		"Đỗ Văn Bình",
		"Võ Văn Bình",
		"Hồ Văn Dũng",
		"Bùi Tiến Đạt",
		"H'Hen Niê",
		"Lê Thị Hoa",
		"Lê Thị Hòa",
		"Lê Thị Hóa",
		"Ngô Văn Hùng",
		"Đào Văn Hưng",
		"Niê",
		"Trần Văn Ôn",
		"Nguyễn Thị Ơn",
		"Âu Dương Phong",
		"Y Moan Ênuôl",
	}
}

func TestSort(t *testing.T) {
	names := make([]person.Name, len(roster))
	for i, s := range roster {
		names[i] = person.ParseName(s)
	}
	person.Sort(names)
	got := make([]string, len(names))
	for i, n := range names {
		got[i] = n.String()
	}
	if diff := cmp.Diff(wantRosterOrder(), got); diff != "" {
		t.Errorf("Sort mismatch (-want +got):\n%s", diff)
	}

	// The byte order a naive program gets is different: Đạt goes last among the Ds.
	byBytes := slices.Clone(names)
	slices.SortFunc(byBytes, func(a, b person.Name) int { return strings.Compare(a.Given, b.Given) })
	assert.NotEqual(t, names, byBytes)
}

func TestSortByIsStableAndAgreesWithCompare(t *testing.T) {
	type learner struct {
		Name person.Name
		Row  int
	}
	var ls []learner
	for i, s := range append(slices.Clone(roster), "Lê Văn An", "LÊ VĂN AN", "Lê Văn An") {
		ls = append(ls, learner{person.ParseName(s), i})
	}
	person.SortBy(ls, func(l learner) person.Name { return l.Name })

	c := person.NewCollator()
	for i := 1; i < len(ls); i++ {
		r := c.Compare(ls[i-1].Name, ls[i].Name)
		assert.LessOrEqual(t, r, 0, "%v before %v", ls[i-1].Name, ls[i].Name)
		assert.Equal(t, r, person.Compare(ls[i-1].Name, ls[i].Name))
		if r == 0 {
			assert.Less(t, ls[i-1].Row, ls[i].Row, "stable for equal names")
		}
	}
	// Lower case sorts before upper case at the last level.
	assert.Equal(t, -1, person.Compare(person.ParseName("Lê Văn An"), person.ParseName("LÊ VĂN AN")))
	assert.Equal(t, 0, person.Compare(person.ParseName("Lê Văn An"), person.ParseName("Lê  Văn An")))

	// Short and empty inputs are fine.
	person.Sort(nil)
	one := []person.Name{person.ParseName("An")}
	person.Sort(one)
	assert.Equal(t, "An", one[0].Given)
}

// TestZeroCollator holds the zero Collator to its doc: usable as declared,
// ordering exactly as one from NewCollator.
func TestZeroCollator(t *testing.T) {
	var zero person.Collator
	built := person.NewCollator()
	names := make([]person.Name, len(roster))
	for i, s := range roster {
		names[i] = person.ParseName(s)
	}
	for _, a := range names {
		for _, b := range names {
			require.Equal(t, built.Compare(a, b), zero.Compare(a, b), "%v vs %v", a, b)
		}
	}
}

// TestNameEqualInCmp pins what the Equal doc tells go-cmp users: Diff
// compares search keys, and the == comparer it suggests sees spelling.
func TestNameEqualInCmp(t *testing.T) {
	type row struct{ Name person.Name }
	a := row{person.ParseName("Lê Thị Hòa")}
	b := row{person.ParseName("LE THI HOA")}
	assert.Empty(t, cmp.Diff(a, b), "Equal ignores tones and case")
	spelling := cmp.Comparer(func(x, y person.Name) bool { return x == y })
	assert.NotEmpty(t, cmp.Diff(a, b, spelling))
	assert.Empty(t, cmp.Diff(a, row{person.ParseName("Lê Thị Hòa")}, spelling))
}

// TestParseNameNoAllocs pins that a name in NFC with single spaces is
// split without allocating: its parts are slices of it. A roster import
// parses one on every row.
func TestParseNameNoAllocs(t *testing.T) {
	for _, s := range []string{"Nguyễn Thị Minh Khai", "Tôn Nữ Thị Ninh", "Hoang Phu Quy", "H'Hen Niê", "Minh"} {
		assert.Zero(t, testing.AllocsPerRun(50, func() { _ = person.ParseName(s) }), s)
	}
}
