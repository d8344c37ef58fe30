package admin

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

// checkPlainAddrPart fails where plainAddrPart says the part seg is
// plain and cleanAddrSegment writes it otherwise than trimmed.
func checkPlainAddrPart(t *testing.T, sc *addrScratch, seg string) bool {
	t.Helper()
	trimmed, plain := plainAddrPart(seg)
	if plain {
		if got := string(sc.cleanAddrSegment(nil, seg, false, false, false)); got != strings.Trim(seg, " ") || trimmed != got {
			t.Errorf("plainAddrPart(%q) = %q, true, but cleanAddrSegment writes %q", seg, trimmed, got)
		}
	}
	return plain
}

// addrParts returns the parts of s, cut as cleanAddrParts cuts them.
func addrParts(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && isAddrSegSep(byte(r)) })
}

// TestPlainAddrPart: a part with anything for a step of cleanAddrSegment
// to do is not plain, one step at a time; the parts that are plain are
// written by cleanAddrSegment as they are, trimmed.
func TestPlainAddrPart(t *testing.T) {
	var sc addrScratch
	for _, tt := range []struct {
		seg   string
		plain bool
	}{
		{" Huyện Cẩm Thủy", true},
		{"Xã Tam Hưng ", true},
		{" TP. Đà Nẵng", true},
		{"12/3 Lê Lợi", true},
		{"P.5", true},
		{"Phường 12", true},
		{"ward", true},              // one word: no English type word after a name
		{"Tân Kim City Hall", true}, // not last
		{"Gần Chợ", true},           // the first word: no landmark
		{"Huyện Tân Biên", true},    // a type word apart
		{"Hà  Nội", false},          // two spaces
		{"Hà\tNội", false},          // white space but ' '
		{"Cai Lậy (Thị xã)", false}, // brackets
		{"Cai Lậy [Thị xã]", false}, // brackets
		{"lan@x.vn Hà Nội", false},  // e-mail
		{"TP.HCM", true},            // capitals, no small letter after them
		{"XÃ TÂN QUAN", true},
		{"TỉnhThái Nguyên", false}, // a capital after a small letter
		{"LâmĐồng", false},         // a capital of addrRunes after a small letter
		{"TPHà Nội", false},        // a small letter after two capitals
		{"TTr.Quỳnh Côi", false},
		{"Nam Đị8nh", false},              // a digit after a letter outside ASCII
		{"Huyệnđô Lương", false},          // a glued type word
		{"T.Phốvinh Yên", false},          // a glued type word after a dot
		{"Vĩnh Phúc 0912 345 678", false}, // a phone number
		{"Tỉnh Thanh Hóa gần trường", false},
		{"An Phú sau chợ mới", false},
		{"Thai Nguyen Province", false}, // an English type word last
		{"Ha Noi City.", false},
		{"Đông Hà g\x7fần chợ", false}, // DEL, which Fold drops
	} {
		assert.Equal(t, tt.plain, checkPlainAddrPart(t, &sc, tt.seg), "%q", tt.seg)
		if !tt.plain && !strings.ContainsAny(tt.seg, "\t") {
			// each part that is not plain has something to clean: a
			// plainAddrPart that said true of it would be wrong
			assert.NotEqual(t, strings.Trim(tt.seg, " "), string(sc.cleanAddrSegment(nil, tt.seg, false, false, false)), "%q", tt.seg)
		}
	}
	// every part of the labelled sets as written, lower-cased and
	// without commas, with dashes as commas as splitAddrDashes makes
	// them, normalized as tokenizeAddress reads them
	plain, parts := 0, 0
	for _, in := range everyLabelledAddress(t) {
		for _, w := range addressWritings(in) {
			norm := vietnam.Normalize(w)
			dashed, _ := splitAddrDashes(nil, norm)
			for _, s := range []string{w, norm, dashed} {
				for _, seg := range addrParts(s) {
					parts++
					if checkPlainAddrPart(t, &sc, seg) {
						plain++
					}
				}
			}
		}
	}
	t.Logf("%d of %d parts plain", plain, parts)
	assert.Greater(t, plain, parts/2, "most parts are plain")
}

// FuzzPlainAddrPart: a part plainAddrPart says is plain is one
// cleanAddrSegment writes as it is, trimmed, in any text.
func FuzzPlainAddrPart(f *testing.F) {
	for _, s := range []string{
		"Xã Tam Hưng, H. Thủy Nguyên", "Huyệnđô Lương", "T.Phốvinh", "Bến Nghé gần chợ", "Ha Noi City.",
		"Vĩnh Phúc 0912 345 678", "Nam Đị8nh", "An Phú (Xã)", "g\x7fan cho", "ĐỐI DIỆN chợ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var sc addrScratch
		for _, seg := range addrParts(s) {
			checkPlainAddrPart(t, &sc, seg)
		}
	})
}

// TestCleanAddrPartsSeparators: cleanAddrParts cuts a text at each
// separator (isAddrSegSep), keeps it, and cleans every part between,
// empty ones too, plain or not.
func TestCleanAddrPartsSeparators(t *testing.T) {
	var sc addrScratch
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{",", ","},
		{",a (gần chợ),, b;c|", ",a,,b;c|"},
		{"Xã A , Huyện  B\nTỉnh C;|", "Xã A,Huyện B\nTỉnh C;|"},
		{"TỉnhThái Nguyên, Hà Nội", "Tỉnh Thái Nguyên,Hà Nội"},
	} {
		assert.Equal(t, tt.want, sc.cleanAddrParts(tt.in, false, false), "%q", tt.in)
	}
}
