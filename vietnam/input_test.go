package vietnam_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestInputMethodDecodeWord(t *testing.T) {
	tests := []struct {
		k    vietnam.InputMethod
		in   string
		want string
		ok   bool
	}{
		// Telex, as typed with the Vietnamese mode off
		{vietnam.InputTelex, "Phuwowngf", "Phường", true},
		{vietnam.InputTelex, "Phuongwf", "Phường", true}, // w and tone after the final, as Telex programs accept
		{vietnam.InputTelex, "Phuwowfng", "Phường", true},
		{vietnam.InputTelex, "tieengs", "tiếng", true},
		{vietnam.InputTelex, "vieejt", "việt", true},
		{vietnam.InputTelex, "Phuongfw", "Phường", true},
		{vietnam.InputTelex, "hoaws", "hoaws", false},   // ă needs a final
		{vietnam.InputTelex, "Haangw", "Haangw", false}, // â then w
		{vietnam.InputTelex, "Beens", "Bến", true},
		{vietnam.InputTelex, "Nghes", "Nghé", true},
		{vietnam.InputTelex, "Quaanj", "Quận", true},
		{vietnam.InputTelex, "QUAANJ", "QUẬN", true},
		{vietnam.InputTelex, "dduwowngf", "đường", true},
		{vietnam.InputTelex, "Dduwowngf", "Đường", true},
		{vietnam.InputTelex, "nguoiwf", "người", true},
		{vietnam.InputTelex, "Thanhf", "Thành", true},
		{vietnam.InputTelex, "phoos", "phố", true},
		{vietnam.InputTelex, "Tranaf", "Tranaf", false}, // two vowel groups
		{vietnam.InputTelex, "sfs", "sfs", false},       // no vowel: s, f are letters, not a syllable
		{vietnam.InputTelex, "nguwowif", "người", true},
		{vietnam.InputTelex, "Hoaf", "Hòa", true}, // classic placement in open oa
		{vietnam.InputTelex, "hoanf", "hoàn", true},
		{vietnam.InputTelex, "thuys", "thúy", true},
		{vietnam.InputTelex, "quys", "quý", true},
		{vietnam.InputTelex, "giaf", "già", true},
		{vietnam.InputTelex, "tw", "tư", true},
		{vietnam.InputTelex, "Khanhs", "Khánh", true},
		{vietnam.InputTelex, "awn", "ăn", true},
		{vietnam.InputTelex, "Ddoongf", "Đồng", true},
		{vietnam.InputTelex, "Thaps", "Tháp", true},
		{vietnam.InputTelex, "matf", "matf", false}, // stop final with huyền
		{vietnam.InputTelex, "aaaa", "aaaa", false},
		{vietnam.InputTelex, "abaAABAAAA", "abaAABAAAA", false},
		{vietnam.InputTelex, "Ward", "Ward", false},
		{vietnam.InputTelex, "Town", "Tơn", true}, // a syllable: one word cannot tell English from Telex
		{vietnam.InputTelex, "Street", "Street", false},
		{vietnam.InputTelex, "road", "road", false},
		{vietnam.InputTelex, "Nam", "Nam", false}, // nothing typed
		{vietnam.InputTelex, "Bà", "Bà", false},
		{vietnam.InputTelex, "P12", "P12", false},
		{vietnam.InputTelex, "x", "x", false},
		// VNI
		{vietnam.InputVNI, "Phuong72", "Phường", true},
		{vietnam.InputVNI, "Phu7o7ng2", "Phường", true},
		{vietnam.InputVNI, "Ben61", "Bến", true},
		{vietnam.InputVNI, "Nghe1", "Nghé", true},
		{vietnam.InputVNI, "D9o6ng", "Đông", true},
		{vietnam.InputVNI, "Qua6n5", "Quận", true},
		{vietnam.InputVNI, "quo7", "quơ", true},
		{vietnam.InputVNI, "Ha82ng", "Hằng", true},
		{vietnam.InputVNI, "tu7", "tư", true},
		{vietnam.InputVNI, "P12", "P12", false},
		{vietnam.InputVNI, "Q10", "Q10", false},
		{vietnam.InputVNI, "KP3", "KP3", false},
		{vietnam.InputVNI, "12", "12", false},
		{vietnam.InputVNI, "Ha12", "Ha12", false}, // two tones
		{vietnam.InputVNI, "Nam", "Nam", false},
		{vietnam.InputVNI, "xe9", "xe9", false}, // 9 without a d
		// not a keyboard
		{0, "Beens", "Beens", false},
		{vietnam.InputMethod(9), "Beens", "Beens", false},
	}
	for _, tt := range tests {
		t.Run(tt.k.String()+"/"+tt.in, func(t *testing.T) {
			got, ok := tt.k.DecodeWord(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ok, ok)
		})
	}
}

func TestInputMethodString(t *testing.T) {
	assert.Equal(t, "Telex", vietnam.InputTelex.String())
	assert.Equal(t, "VNI", vietnam.InputVNI.String())
	assert.Equal(t, "InputMethod(0)", vietnam.InputMethod(0).String())
	assert.Equal(t, "InputMethod(7)", vietnam.InputMethod(7).String())
}

// FuzzInputMethodDecodeWord checks that DecodeWord never panics, returns the
// word unchanged when it reports false, and otherwise one syllable whose
// folded letters all come from the word, with its tone where the
// spelling rules put it.
func FuzzInputMethodDecodeWord(f *testing.F) {
	for _, s := range []string{"Phuwowngf", "Phuong72", "D9o6ng", "aaaa", "uow", "quo7", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range []vietnam.InputMethod{vietnam.InputTelex, vietnam.InputVNI} {
			got, ok := k.DecodeWord(s)
			if !ok {
				if got != s {
					t.Fatalf("%v.DecodeWord(%q) = %q, false: want the word back", k, s, got)
				}
				continue
			}
			// a Telex w alone types ư
			if !isSubsequence(vietnam.Fold(got), strings.ReplaceAll(vietnam.Fold(s), "w", "u")) {
				t.Fatalf("%v.DecodeWord(%q) = %q: letters not from the word", k, s, got)
			}
			if again := vietnam.ToneClassic.Apply(got); again != got {
				t.Fatalf("%v.DecodeWord(%q) = %q: tone misplaced (classic %q)", k, s, got, again)
			}
		}
	})
}

func isSubsequence(sub, s string) bool {
	i := 0
	for j := 0; j < len(s) && i < len(sub); j++ {
		if s[j] == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

func ExampleInputMethod_DecodeWord() {
	for _, w := range []string{"Phuwowngf", "Beens", "Nghes", "Ward"} {
		fmt.Println(vietnam.InputTelex.DecodeWord(w))
	}
	fmt.Println(vietnam.InputVNI.DecodeWord("D9o6ng"))
	// Output:
	// Phường true
	// Bến true
	// Nghé true
	// Ward false
	// Đông true
}
