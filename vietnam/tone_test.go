package vietnam_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestToneStyleApply(t *testing.T) {
	tests := []struct {
		name, in, classic, modern string
	}{
		// The styles differ only for open oa, oe, uy.
		{"oa open", "hoà", "hòa", "hoà"},
		{"oa open classic input", "hòa", "hòa", "hoà"},
		{"oe open", "khoẻ", "khỏe", "khoẻ"},
		{"uy open", "thuỷ", "thủy", "thuỷ"},
		{"uy open classic input", "thủy", "thủy", "thuỷ"},
		{"uy open tùy", "tuỳ", "tùy", "tuỳ"},
		{"oa with dot", "hoạ", "họa", "hoạ"},
		{"oe with tilde", "loẽ", "lõe", "loẽ"},
		// With a final consonant the mark is on the second vowel in both.
		{"oa closed", "hoàn", "hoàn", "hoàn"},
		{"oa closed misplaced", "hòan", "hoàn", "hoàn"},
		{"oa closed ch", "hoạch", "hoạch", "hoạch"},
		{"oe closed", "xoèn", "xoèn", "xoèn"},
		{"uy closed", "huỳnh", "huỳnh", "huỳnh"},
		{"uy closed misplaced", "hùynh", "huỳnh", "huỳnh"},
		{"uyê", "khuyến", "khuyến", "khuyến"},
		{"uyê closed", "thuyền", "thuyền", "thuyền"},
		{"uyê misplaced", "thùyen", "thùyen", "thùyen"}, // not a syllable without ê: left alone
		// qu and gi onsets: the u and i are part of the consonant.
		{"qu + y", "quý", "quý", "quý"},
		{"qu + a", "quả", "quả", "quả"},
		{"qu misplaced", "qủa", "quả", "quả"},
		{"qu + ô", "quốc", "quốc", "quốc"},
		{"qu + yê", "quyển", "quyển", "quyển"},
		{"qu + y closed", "quỳnh", "quỳnh", "quỳnh"},
		{"gi lone i", "gìn", "gìn", "gìn"},
		{"gi lone i open", "gì", "gì", "gì"},
		{"gi + ư", "giữ", "giữ", "giữ"},
		{"gi + a", "già", "già", "già"},
		{"gi misplaced", "gìa", "già", "già"},
		{"gi + u closed", "giúp", "giúp", "giúp"},
		{"gi + ê closed", "giếng", "giếng", "giếng"},
		// ươ and the marked vowels.
		{"ươi", "người", "người", "người"},
		{"uơ", "thuở", "thuở", "thuở"},
		{"ươ closed", "được", "được", "được"},
		{"ươ misplaced", "lựơng", "lượng", "lượng"},
		{"ươ misplaced capital", "ĐỰƠC", "ĐƯỢC", "ĐƯỢC"},
		{"ưa", "mưa", "mưa", "mưa"},
		{"ưu", "hữu", "hữu", "hữu"},
		{"ưu misplaced", "hưũ", "hữu", "hữu"},
		{"iê", "tiếng", "tiếng", "tiếng"},
		{"yêu", "yếu", "yếu", "yếu"},
		{"oă", "hoặc", "hoặc", "hoặc"},
		{"uâ", "tuần", "tuần", "tuần"},
		{"uê", "thuế", "thuế", "thuế"},
		// Triphthongs: the middle vowel or the marked one.
		{"uyu", "khuỷu", "khuỷu", "khuỷu"},
		{"uyu misplaced", "khủyu", "khuỷu", "khuỷu"},
		{"oeo", "ngoẻo", "ngoẻo", "ngoẻo"},
		{"oai", "ngoài", "ngoài", "ngoài"},
		{"oai misplaced", "ngòai", "ngoài", "ngoài"},
		{"oay", "xoáy", "xoáy", "xoáy"},
		{"uôi", "tuổi", "tuổi", "tuổi"},
		{"uya", "khuya", "khuya", "khuya"},
		// Falling diphthongs put the mark on the first vowel.
		{"ua", "mùa", "mùa", "mùa"},
		{"ua misplaced", "muà", "mùa", "mùa"},
		{"ia", "kìa", "kìa", "kìa"},
		{"ai", "hái", "hái", "hái"},
		{"ôi", "tối", "tối", "tối"},
		// Capitals keep their case letter by letter.
		{"all caps", "HOÀ", "HÒA", "HOÀ"},
		{"all caps classic", "HÒA", "HÒA", "HOÀ"},
		{"title", "Hòa", "Hòa", "Hoà"},
		{"title modern", "Thuỷ", "Thủy", "Thuỷ"},
		{"mixed case", "hOÀ", "hÒA", "hOÀ"},
		// Decomposed input comes out in NFC.
		{"NFD", norm.NFD.String("Khánh Hoà"), "Khánh Hòa", "Khánh Hoà"},
		{"NFD misplaced", norm.NFD.String("lựơng"), "lượng", "lượng"},
		// Text: only the syllables change, everything else stays as typed.
		{"sentence", "Xã Thuận Hoà,  tỉnh Khánh Hòa!", "Xã Thuận Hòa,  tỉnh Khánh Hòa!", "Xã Thuận Hoà,  tỉnh Khánh Hoà!"},
		{"hyphen", "Hoà-Thuỷ", "Hòa-Thủy", "Hoà-Thuỷ"},
		{"digits", "Thuỷ1 hoà2", "Thủy1 hòa2", "Thuỷ1 hoà2"},
		{"no tone", "Nguyen Van Hoa", "Nguyen Van Hoa", "Nguyen Van Hoa"},
		// Words that are not Vietnamese syllables are left alone.
		{"loan word", "café", "café", "café"},
		{"letter w", "wòa", "wòa", "wòa"},
		{"two syllables glued", "hòahòa", "hòahòa", "hòahòa"},
		{"two tones", "hòá", "hòá", "hòá"},
		{"ethnic name with k", "Đắk Lắk", "Đắk Lắk", "Đắk Lắk"},
		{"French", "élève", "élève", "élève"},
		{"long word", "nghiêngnghiêng", "nghiêngnghiêng", "nghiêngnghiêng"},
		{"empty", "", "", ""},
		{"invalid UTF-8", "hoà\xff", "hòa\ufffd", "hoà\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			classic := vietnam.ToneClassic.Apply(tt.in)
			modern := vietnam.ToneModern.Apply(tt.in)
			assert.Equal(t, tt.classic, classic, "classic")
			assert.Equal(t, tt.modern, modern, "modern")
			if utf8.ValidString(tt.in) {
				assert.Equal(t, norm.NFC.String(tt.in), vietnam.ToneAsWritten.Apply(tt.in), "as written")
			}
			// Idempotent, style-to-style, and invisible to Fold.
			assert.Equal(t, classic, vietnam.ToneClassic.Apply(classic))
			assert.Equal(t, classic, vietnam.ToneClassic.Apply(modern))
			assert.Equal(t, modern, vietnam.ToneModern.Apply(classic))
			assert.Equal(t, vietnam.Fold(tt.in), vietnam.Fold(classic))
			assert.Equal(t, vietnam.Fold(tt.in), vietnam.Fold(modern))
		})
	}
}

// TestToneEveryTone runs the six tones through every syllable shape in
// which the styles differ, and through a closed syllable where they agree.
func TestToneEveryTone(t *testing.T) {
	type form struct{ classic, modern string }
	marks := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	for _, m := range marks {
		for _, f := range []form{
			{"ho" + m + "a", "hoa" + m},
			{"kho" + m + "e", "khoe" + m},
			{"thu" + m + "y", "thuy" + m},
			{"HO" + m + "A", "HOA" + m},
			{"hoa" + m + "n", "hoa" + m + "n"},
			{"ngoa" + m + "i", "ngoa" + m + "i"},
			{"ngươ" + m + "i", "ngươ" + m + "i"},
			{"qua" + m, "qua" + m},
		} {
			classic, modern := norm.NFC.String(f.classic), norm.NFC.String(f.modern)
			for _, in := range []string{classic, modern, f.classic, f.modern} {
				assert.Equal(t, classic, vietnam.ToneClassic.Apply(in), "%q", in)
				assert.Equal(t, modern, vietnam.ToneModern.Apply(in), "%q", in)
			}
		}
	}
}

func TestToneStyleString(t *testing.T) {
	assert.Equal(t, "as-written", vietnam.ToneAsWritten.String())
	assert.Equal(t, "classic", vietnam.ToneClassic.String())
	assert.Equal(t, "modern", vietnam.ToneModern.String())
	assert.Equal(t, "ToneStyle(9)", vietnam.ToneStyle(9).String())
	assert.Equal(t, "hoà", vietnam.ToneStyle(9).Apply("hoà"), "unknown styles keep marks")
	assert.Equal(t, "ho\ufffd", vietnam.ToneAsWritten.Apply("ho\xff"))
	var zero vietnam.ToneStyle
	assert.Equal(t, vietnam.ToneAsWritten, zero)
}

// TestToneEverySyllable builds every onset × nucleus × final × tone of a
// broad sample of Vietnamese spelling, types the tone mark on each vowel
// in turn, and checks that both styles find one canonical place for it
// whatever the typing, keep one mark, never change the letters, and
// differ exactly on the open oa, oe and uy.
func TestToneEverySyllable(t *testing.T) {
	onsets := []string{"", "b", "kh", "ngh", "th", "đ", "qu", "gi", "Tr"}
	nuclei := strings.Fields("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo " +
		"ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oay oeo uây uôi ươi ươu uya uyê uyu")
	codas := []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
	marks := []string{"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"} // huyền sắc hỏi ngã nặng
	checked := 0
	for _, on := range onsets {
		for _, nu := range nuclei {
			if on == "qu" && strings.HasPrefix(nu, "u") || on == "gi" && strings.HasPrefix(nu, "i") {
				continue
			}
			vowels := []rune(nu)
			last := string(vowels[len(vowels)-1])
			for _, co := range codas {
				switch {
				case co == "" && (last == "ă" || last == "â"):
					continue // ă and â need a final
				case (co == "ch" || co == "nh") && !strings.Contains("aêiy", last):
					continue
				}
				for ti, m := range marks {
					if stop := co == "c" || co == "ch" || co == "p" || co == "t"; stop && ti != 1 && ti != 4 {
						continue // stop finals take only sắc and nặng
					}
					var classic, modern string
					for p := range vowels {
						typed := norm.NFC.String(on + string(vowels[:p+1]) + m + string(vowels[p+1:]) + co)
						c, md := vietnam.ToneClassic.Apply(typed), vietnam.ToneModern.Apply(typed)
						if p == 0 {
							classic, modern = c, md
						}
						if c != classic || md != modern {
							t.Fatalf("%q: classic %q modern %q, but with the mark elsewhere %q %q", typed, c, md, classic, modern)
						}
						if vietnam.Fold(c) != vietnam.Fold(typed) || strings.Count(norm.NFD.String(c), m) != 1 {
							t.Fatalf("%q: classic %q changes letters or marks", typed, c)
						}
						checked++
					}
					styleFree := !(co == "" && (nu == "oa" || nu == "oe" || nu == "uy"))
					if styleFree != (classic == modern) {
						t.Errorf("%s+%s+%s: classic %q, modern %q", on, nu, co, classic, modern)
					}
				}
			}
		}
	}
	t.Logf("%d typings checked", checked)
}
