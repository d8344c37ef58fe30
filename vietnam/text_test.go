package vietnam_test

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean ASCII is unchanged", "Nguyen Van A", "Nguyen Van A"},
		{"NFC is unchanged", "Nguyễn Văn A", "Nguyễn Văn A"},
		{"NFD becomes NFC", norm.NFD.String("Đặng Thị Ánh Tuyết"), "Đặng Thị Ánh Tuyết"},
		{"mixed NFC and NFD", "Nguyễn " + norm.NFD.String("Thị Thuỷ"), "Nguyễn Thị Thuỷ"},
		{"runs of spaces", "Nguyễn   Văn    A", "Nguyễn Văn A"},
		{"NBSP", "Nguyễn\u00a0Văn\u00a0A", "Nguyễn Văn A"},
		{"tabs and newlines", "Nguyễn\tVăn\r\n\nA", "Nguyễn Văn A"},
		{"other Unicode spaces", "Hà\u2003Nội\u3000Việt\u202fNam", "Hà Nội Việt Nam"},
		{"trimmed", " \t Hà Nội \n", "Hà Nội"},
		{"only spaces", " \u00a0\t ", ""},
		{"empty", "", ""},
		{"zero-width space", "Hà\u200bNội", "HàNội"},
		{"zero-width joiners and BOM", "\ufeffHà\u200c \u200dNội", "Hà Nội"},
		{"soft hyphen and bidi marks", "Hà\u00adNội\u200e\u202a", "HàNội"},
		{"control characters", "Hà\x00\x07 Nội\x7f\u0085", "Hà Nội"},
		{"invalid UTF-8", "Hà\xffNội\xc3", "Hà\ufffdNội\ufffd"},
		{"eth look-alikes", "Ðặng ðức", "Đặng đức"},
		{"spelling and tone placement kept", "Hoà  Hòa KHỎE", "Hoà Hòa KHỎE"},
		{"punctuation kept", "“Bình dân học vụ số” – 2025!", "“Bình dân học vụ số” – 2025!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vietnam.Normalize(tt.in)
			assert.Equal(t, tt.want, got)
			assert.True(t, utf8.ValidString(got))
			assert.True(t, norm.NFC.IsNormalString(got))
			assert.Equal(t, got, vietnam.Normalize(got), "idempotent")
			assert.Equal(t, got, vietnam.Normalize(norm.NFD.String(tt.in)), "NFD input")
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Đặng Thị Ánh  Tuyết", "dang thi anh tuyet"},
		{"Hoà", "hoa"},
		{"Hòa", "hoa"},
		{"HOÀ", "hoa"},
		{"Nguyễn Văn A", "nguyen van a"},
		{"Thủy Thuỷ", "thuy thuy"},
		{"ĐƯỜNG ĐỒNG KHỞI", "duong dong khoi"},
		{"Ðặng", "dang"}, // eth look-alike
		{"ăâêôơưđ ĂÂÊÔƠƯĐ", "aaeooud aaeooud"},
		{"người được khuỷu ngoẻo", "nguoi duoc khuyu ngoeo"},
		{"  Bình\u00a0Dương\t\n", "binh duong"},
		{"Hà\u200bNội", "hanoi"},
		{"Bà Rịa - Vũng Tàu", "ba ria - vung tau"},
		{"Phan Rang–Tháp Chàm", "phan rang-thap cham"},
		{"H’Hen Niê", "h'hen nie"},
		{"“Học vụ số”…", `"hoc vu so".`},
		{"Phường 01, Q.3", "phuong 01, q.3"},
		{"café naïve Ñandú Øre Łódź", "cafe naive nandu ore lodz"},
		{"Ǿ ǿ Ø\u0301", "o o o"}, // letters built on Ø fold as Ø does, precomposed or not
		{"Hà Nội 東京 🇻🇳", "ha noi 東京"},
		{"nguyen van a", "nguyen van a"},
		{"Hoang  Van   Dung ", "hoang van dung"}, // runs of spaces inside plain ASCII
		{"a \t b  \u00a0c", "a b c"},
		{"Thuỷ  Hoà ", "thuy hoa"},
		{"", ""},
		{"\xff", ""},
		{"\u037e", ";"},
		{"Kırıkkale", "kirikkale"}, // dotless i folds like its capital I
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, vietnam.Fold(tt.in))
			assert.Equal(t, tt.want, vietnam.Fold(norm.NFD.String(tt.in)), "NFD input")
			assert.Equal(t, tt.want, string(vietnam.AppendFold(nil, tt.in)))
			assert.Equal(t, "key:"+tt.want, string(vietnam.AppendFold([]byte("key:"), tt.in)))
			assert.True(t, vietnam.EqualFold(tt.in, tt.want))
		})
	}
}

func TestEqualFold(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Hoà An", "hòa an", true},
		{"Đặng Thị Ánh Tuyết", "dang thi anh tuyet", true},
		{"Nguyễn  Văn A", " nguyen van a ", true},
		{"Bình Dương", norm.NFD.String("BÌNH DƯƠNG"), true},
		{"Lái Thiêu", "Lai\u00a0Thieu", true},
		{"", "", true},
		{"", " \t", true},
		{"Hà Nội", "Hà Nam", false},
		{"Hà Nội", "HàNội", false},
		{"Hà Nội", "Hà Nội 2", false},
		{"a", "", false},
		{"Đồng", "Dong", true},
		{"Đồng", "Dông", true},
		{"Thủy", "Thuỵ", true}, // different tones fold alike: a search key, not a spelling check
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, vietnam.EqualFold(tt.a, tt.b))
			assert.Equal(t, tt.want, vietnam.EqualFold(tt.b, tt.a), "symmetric")
			assert.Equal(t, vietnam.Fold(tt.a) == vietnam.Fold(tt.b), vietnam.EqualFold(tt.a, tt.b))
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"nguyễn VĂN a", "Nguyễn Văn A"},
		{"đỗ  thị hồng", "Đỗ Thị Hồng"},
		{"ĐẶNG THỊ ÁNH TUYẾT", "Đặng Thị Ánh Tuyết"},
		{"ưng hoàng phúc", "Ưng Hoàng Phúc"},
		{"ấu ắc ổ ờ ợ ụ ỳ", "Ấu Ắc Ổ Ờ Ợ Ụ Ỳ"},
		{"h'hen niê", "H'Hen Niê"},
		{"bà rịa-vũng tàu", "Bà Rịa-Vũng Tàu"},
		{norm.NFD.String("trần thị thuỷ"), "Trần Thị Thuỷ"},
		{"phường 01", "Phường 01"},
		{"  lê\u00a0lợi ", "Lê Lợi"},
		{"Nguyen Van A", "Nguyen Van A"},
		{"", ""},
		// Turkish dotted and dotless i with a combining accent: the case
		// change makes an i or I that composes with it.
		{"ı\u0301stanbul", "Ístanbul"},
		{"Kİ\u0300M", "Kìm"},
		{"ALİ\u0301", "Alí"},
		// Greek Ϋ takes no grave, but its lower case ϋ does: ῢ.
		{"0\u03ab\u0300", "0\u1fe2"},
		{"ΫΫ\u0300", "Ϋῢ"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := vietnam.Title(tt.in)
			assert.Equal(t, tt.want, got)
			assert.True(t, norm.NFC.IsNormalString(got), "NFC")
			assert.Equal(t, got, vietnam.Title(got), "idempotent")
			assert.True(t, vietnam.EqualFold(tt.in, got), "Title keeps the letters")
		})
	}
}
