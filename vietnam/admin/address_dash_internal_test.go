package admin

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestSplitAddrDashes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Phường Vinh Quang - Chợ Mới - An Giang", "Phường Vinh Quang , Chợ Mới , An Giang"},
		{"XA TRUNG THANH - H VUNG LIEM - VĨNH LONG", "XA TRUNG THANH , H VUNG LIEM , VĨNH LONG"},
		{"Xuan Lang Commune – Phu Tho Province", "Xuan Lang Commune , Phu Tho Province"}, // en dash
		{"thôn 3 -Xã Hòa An", "thôn 3 ,Xã Hòa An"},
		// the dashes word processors and phones put for '-': em dash,
		// hyphen, minus sign, full-width hyphen-minus
		{"Phường Vinh Quang — Chợ Mới — An Giang", "Phường Vinh Quang , Chợ Mới , An Giang"},
		{"Xã Hòa An ‐ Phú Hòa ‐ Phú Yên", "Xã Hòa An , Phú Hòa , Phú Yên"},
		{"Thôn 3 − Xã Hòa An", "Thôn 3 , Xã Hòa An"},
		{"Xã Hòa An－Phú Hòa－Phú Yên", "Xã Hòa An,Phú Hòa,Phú Yên"},
		{"Phường Tân Hòa–Buôn Ma Thuột–Đắk Lắk", "Phường Tân Hòa,Buôn Ma Thuột,Đắk Lắk"},
		// three parts cut by dashes between words, no comma
		{"Phường Tân Hòa-Buôn Ma Thuột-Đắk Lắk", "Phường Tân Hòa,Buôn Ma Thuột,Đắk Lắk"},
		// names with a dash of their own
		{"Phường 7, Vũng Tàu, Bà Rịa - Vũng Tàu", "Phường 7, Vũng Tàu, Bà Rịa - Vũng Tàu"},
		{"Phường Phước Mỹ, TP Phan Rang-Tháp Chàm, Ninh Thuận", "Phường Phước Mỹ, TP Phan Rang-Tháp Chàm, Ninh Thuận"},
		{"Phường Xuân Hương - Đà Lạt - Lâm Đồng", "Phường Xuân Hương - Đà Lạt , Lâm Đồng"},
		{"Phường An Cựu, TT-Huế", "Phường An Cựu, TT-Huế"},
		{"Phường 7, Bà Rịa – Vũng Tàu", "Phường 7, Bà Rịa – Vũng Tàu"},
		{"Phường Phước Mỹ, Phan Rang–Tháp Chàm", "Phường Phước Mỹ, Phan Rang–Tháp Chàm"},
		{"P. Thắng Tam, BR-VT", "P. Thắng Tam, BR-VT"},
		// one dash between words in text with commas: an ethnic name
		{"Xã Ea-Kly, Krông Pắc, Đắk Lắk", "Xã Ea-Kly, Krông Pắc, Đắk Lắk"},
		// a dash typed inside a name, glued to the word before it, in
		// text with commas: the name's last words follow it to the comma
		{"KV4 P.Lê Hồng- Phong, TP.Quy Nhơn, Bình Định", "KV4 P.Lê Hồng Phong, TP.Quy Nhơn, Bình Định"},
		{"66/4 Nguyễn- Lương Bằng, BMT, ĐăkLăk", "66/4 Nguyễn Lương Bằng, BMT, ĐăkLăk"},
		{"290 Tùng Thiện- Vương, P.13, Quận 8", "290 Tùng Thiện Vương, P.13, Quận 8"},
		// but a part after it (a number, more words, more dashes), or no
		// comma at all, is parted
		{"Thôn 3- Xã Hòa An Phú Hòa, Phú Yên", "Thôn 3, Xã Hòa An Phú Hòa, Phú Yên"},
		{"Thôn Tân Lập- Khu 5, Xã Hòa An, Phú Yên", "Thôn Tân Lập, Khu 5, Xã Hòa An, Phú Yên"},
		{"ấp Hòa Bình - Vĩnh Thanh- Nhơn Trạch - Đồng Nai, Xã Vĩnh Thanh", "ấp Hòa Bình , Vĩnh Thanh, Nhơn Trạch , Đồng Nai, Xã Vĩnh Thanh"},
		{"Phường Trần Phú- Quy Nhơn- Bình Định", "Phường Trần Phú, Quy Nhơn, Bình Định"},
		{"Thôn Vĩnh Thái -gần đường ray, Xã Cam Hiệp Nam", "Thôn Vĩnh Thái ,gần đường ray, Xã Cam Hiệp Nam"},
		// numbers
		{"12-14 Lê Lợi, Quận 1", "12-14 Lê Lợi, Quận 1"},
		{"966 - 4 ql13, hưng nguyên", "966 - 4 ql13, hưng nguyên"},
		{"12–14 Lê Lợi − Quận 1", "12–14 Lê Lợi , Quận 1"},
		// dashes of no address: arrows and an ellipsis start with E2 too
		{"Phường 1 → Phường 2 … Quận 3", "Phường 1 → Phường 2 … Quận 3"},
		{"- Khu B Chu Hoà -", "- Khu B Chu Hoà -"},
		{"", ""},
	} {
		got, _ := splitAddrDashes(nil, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// addrDashPairs holds the words around the dash of every unit name that
// has one, of either era or of the history, and the province writings
// it names.
func TestAddrDashPairs(t *testing.T) {
	want := []string{"thien hue", "tt hue", "br vt"}
	ds := Embedded()
	add := func(u Unit) {
		name := u.Name()
		for i := strings.IndexAny(name, "-–"); i >= 0; i = strings.IndexAny(name, "-–") {
			p := string(vietnam.AppendFold(nil, addrWordBefore(name, i))) + " " + string(vietnam.AppendFold(nil, addrWordAfter(name, i+1)))
			if !slices.Contains(want, p) {
				want = append(want, p)
			}
			name = name[i+1:]
		}
	}
	for _, dir := range []*Directory{ds.Current(), ds.beforeReform()} {
		for u := range dir.Provinces() {
			add(u)
		}
		for u := range dir.Districts() {
			add(u)
		}
		for u := range dir.Communes() {
			add(u)
		}
	}
	for f := range ds.Formers() {
		add(f.Unit)
	}
	slices.Sort(want)
	got := slices.Sorted(slices.Values(addrDashPairs[:]))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("addrDashPairs differs from the data (-want +got):\n%s", diff)
	}
}

func TestSplitAddrEnglish(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Tan Loi Thanh Commune Giong Trom District Ben Tre Province",
			"Tan Loi Thanh Commune, Giong Trom District, Ben Tre Province"},
		{"278 Đường 30/4 Quang Minh Commune Ba Don Town Quang Binh Province",
			"278 Đường 30/4 Quang Minh Commune, Ba Don Town, Quang Binh Province"},
		{"Ward 13 District 3 Ho Chi Minh City", "Ward 13, District 3, Ho Chi Minh City"},
		{"Binh Thanh district ho chi minh city", "Binh Thanh district, ho chi minh city"},
		// parts already cut, a type word last, none at all
		{"Binh Thanh District, Ho Chi Minh City", "Binh Thanh District, Ho Chi Minh City"},
		{"Khanh Hoa Province", "Khanh Hoa Province"},
		{"District 1", "District 1"},
		{"Phường Bến Nghé, Quận 1", "Phường Bến Nghé, Quận 1"},
		{"", ""},
		// the letters strings.EqualFold reads as s and k; a type word
		// glued after other letters is not one
		{"Tan Binh Diſtrict Ho Chi Minh", "Tan Binh Diſtrict, Ho Chi Minh"},
		{" Ward 5 Tan Binh", " Ward 5, Tan Binh"},
		{"Tan Binh Xdistrict Ho Chi Minh", "Tan Binh Xdistrict Ho Chi Minh"},
		{"Tân Bìnhdistrict Hồ Chí Minh", "Tân Bìnhdistrict Hồ Chí Minh"},
	} {
		got, _ := splitAddrEnglish(nil, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// FuzzSplitAddrEnglish checks that the look from each space
// (englishTypeBeforeSpace) lets through every text that reading every
// word (splitAddrEnglishWords) cuts.
func FuzzSplitAddrEnglish(f *testing.F) {
	for _, s := range []string{"Ward 13 District 3 Ho Chi Minh City", "Tan Binh Diſtrict Ho Chi Minh", "Phường Bến Nghé, Quận 1", "Ba Don Town Quang Binh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := splitAddrEnglish(nil, s)
		want, _ := splitAddrEnglishWords(nil, s)
		if got != want {
			t.Fatalf("splitAddrEnglish(%q) = %q, reading every word gives %q", s, got, want)
		}
	})
}

// TestAddrDashBytes: every dash (isAddrDash) opens with '-', E2 or EF in
// UTF-8, and addrDashAt finds it whole, and no other rune; so the scans
// of splitAddrDashes and tightDashes, which look at those bytes alone,
// find every dash, on every rune.
func TestAddrDashBytes(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		want := 0
		if isAddrDash(r) {
			want = len(s)
			if c := s[0]; c != '-' && c != 0xE2 && c != 0xEF {
				t.Fatalf("%U: a dash opening with %#x", r, c)
			}
		}
		if got := addrDashAt(s+"a", 0); got != want {
			t.Fatalf("%U: addrDashAt %d, want %d", r, got, want)
		}
	}
}

// TestTightDashes: dashes between two letters, whatever dash.
func TestTightDashes(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"Tân Hòa-Buôn Ma Thuột–Đắk Lắk", 2},
		{"Hòa - Buôn", 0},
		{"12-14 Lê-Lợi", 1},
		{"a−b‐c－d→e", 3},
		{"-a-", 0},
	} {
		assert.Equal(t, tt.want, tightDashes(tt.in), tt.in)
	}
}
