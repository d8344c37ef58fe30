package admin_test

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// addressSeeds are the seed corpus of both fuzz targets.
var addressSeeds = []string{
	"P.12, Q.B.Thạnh, TPHCM",                                  // district cut short
	"F.Dịch Vọng C/Giấy, Q. H.B.Trưng HN",                     // slash, letters after a type word
	"Xã A, Huyện B, Thanh Hóa, Tỉnh Thanh Hóa, VN, Việt Nam",  // province and country twice
	"P. Lái Thiêu, TP. Thuận An, Bình Dương",                  // pre-2025, abbreviated
	"Phường Lái Thiêu, TP. Hồ Chí Minh",                       // 2025
	"123 Đường Vĩnh Viễn, P8Q10, HCM",                         // glued numbered ward and district
	"42/4/6 Trương Quốc Dung, F. 10, Q. Phú Nhuận, TP HCM",    // Saigon "F"
	"xa dong xuan huyen dong hung thai binh",                  // no tones, no commas
	"Số 5, KP 3, P. Dĩ An, TX Dĩ An, BD, Việt Nam 820000",     // hamlet, initials, country, postal code
	"Phu\u031bo\u031b\u0300ng 1, Qua\u0323\u0302n 3",          // decomposed
	"H. 12 Lê Lợi, Q. 12",                                     // hẻm and Quận 12
	"BD",                                                      // initials alone
	",,, ; |",                                                 // separators only
	"\xff\xfe P1",                                             // invalid UTF-8
	strings.Repeat("Phường 1, ", 60),                          // longer than MaxAddressLen
	strings.Repeat("tan ", 120),                               // many tokens, one segment
	"Phường 5\r\nQuận 3\nHo Chi Minh City\n\n700000 Việt Nam", // lines, a postal code
	"QuAn 2, tHÀNH PHỐ Hồ Chí Minh",                           // case slips
}

// addAddressSeeds adds addressSeeds to the corpus of f.
func addAddressSeeds(f *testing.F) {
	for _, s := range addressSeeds {
		f.Add(s)
	}
}

// isAddressError reports the sentinels of ParseAddress and ResolveAddress.
func isAddressError(err error) bool {
	return errors.Is(err, admin.ErrAddressEmpty) || errors.Is(err, admin.ErrAddressTooLong) || errors.Is(err, admin.ErrAddressNotFound)
}

// FuzzParseAddress checks that ParseAddress never panics, fails only with
// its sentinels, and returns parts cut from the normalized input.
func FuzzParseAddress(f *testing.F) {
	addAddressSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		a, err := admin.ParseAddress(s)
		if err != nil {
			if !isAddressError(err) {
				t.Fatalf("ParseAddress(%q): unexpected error %v", s, err)
			}
			if len(s) > admin.MaxAddressLen && !errors.Is(err, admin.ErrAddressTooLong) {
				t.Fatalf("ParseAddress(%q) = %v, want ErrAddressTooLong", s, err)
			}
			return
		}
		// Parts come from the input as ParseAddress cleans it (remarks,
		// phones and e-mails dropped, glued words cut, a type word moved
		// before its name, a stray digit inside a word dropped, words
		// typed in Telex or VNI with the keyboard off read back, text in
		// VNI or TCVN3 decoded): every
		// word of a part, folded and without digits, is in the folded
		// input without digits, or in its words read back.
		in := noDigits(vietnam.Fold(vietnam.Normalize(s)) + " " + untyped(s) + " " + fromLegacy(s))
		for _, part := range []string{a.House, a.Street, a.Hamlet, a.Commune, a.District, a.Province} {
			for _, w := range strings.FieldsFunc(vietnam.Fold(part), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
				if w = noDigits(w); !strings.Contains(in, w) {
					t.Fatalf("ParseAddress(%q): word %q of part %q is not in the input", s, w, part)
				}
			}
		}
		if a.IsZero() {
			t.Fatalf("ParseAddress(%q) gave no part and no error", s)
		}
	})
}

// FuzzResolveAddress checks that resolution never panics, fails only with
// its sentinels, and returns consistent results: current communes of the
// 2025 era, ambiguity when there are several, a confidence in (0, 1], and
// for a pre-2025 commune only its successors.
func FuzzResolveAddress(f *testing.F) {
	addAddressSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		res, err := admin.ResolveAddress(s)
		if err != nil {
			if !isAddressError(err) {
				t.Fatalf("ResolveAddress(%q): unexpected error %v", s, err)
			}
			return
		}
		// The buffers a Resolver reuses carry nothing over: the same
		// address after another resolves the same.
		if _, err := admin.ResolveAddress("P.LáiThiêu (gần chợ), Thuận An, BD 0909123456"); err != nil {
			t.Fatal(err)
		}
		if again, _ := admin.ResolveAddress(s); !reflect.DeepEqual(again, res) {
			t.Fatalf("ResolveAddress(%q) = %+v, then %+v after another address", s, res, again)
		}
		if res.Confidence <= 0 || res.Confidence > 1 {
			t.Fatalf("ResolveAddress(%q): confidence %v", s, res.Confidence)
		}
		if res.Ambiguous && res.Confidence > 0.5 {
			t.Fatalf("ResolveAddress(%q): ambiguous with confidence %v", s, res.Confidence)
		}
		if len(res.Candidates) > 1 && !res.Ambiguous {
			t.Fatalf("ResolveAddress(%q): %d candidates, not ambiguous", s, len(res.Candidates))
		}
		if res.Province.IsZero() && res.District.IsZero() && res.Commune.IsZero() {
			t.Fatalf("ResolveAddress(%q): no unit and no error", s)
		}
		for _, c := range res.Candidates {
			if c.Unit.Era() != admin.Era2025 || c.Unit.Level() != admin.LevelCommune {
				t.Fatalf("ResolveAddress(%q): candidate %v is not a 2025 commune", s, c.Unit)
			}
		}
		if res.Commune.Era() == admin.EraPre2025 && len(res.Alternatives) == 0 {
			succ := admin.Successors(res.Commune.Code())
			if res.Flags.Has(admin.FlagFormer) {
				for f := range admin.Formers() {
					if f.Unit == res.Commune {
						succ = admin.Trace(f).Now
					}
				}
			}
			for _, c := range res.Candidates {
				if !slices.ContainsFunc(succ, func(x admin.Succession) bool { return x.New == c.Unit }) {
					t.Fatalf("ResolveAddress(%q): candidate %v is not a successor of %v", s, c.Unit, res.Commune)
				}
			}
		}
	})
}

func noDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, s)
}

// untyped returns the folded words of s that read as typed in Telex or
// VNI, read back.
func untyped(s string) string {
	var b strings.Builder
	// Words end at anything but a letter or digit, as where ParseAddress
	// ends its parts (";", "|", a line break: "WA0;WA" is the Telex "ƯA"
	// twice) or cuts a remark ("WA(BW" is "ƯA"), and a stray digit inside
	// a word is dropped by ParseAddress, so the word is also read back
	// without it. ParseAddress reads the text normalised, without its
	// control characters ("W\x16A W\x16A" is "ƯA ƯA" too), so the words
	// are read back from both.
	sep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for _, text := range []string{s, vietnam.Normalize(s)} {
		for _, w := range strings.FieldsFunc(text, sep) {
			for _, m := range []vietnam.InputMethod{vietnam.InputTelex, vietnam.InputVNI} {
				for _, v := range []string{w, noDigits(w)} {
					if d, ok := m.DecodeWord(v); ok {
						b.WriteString(vietnam.Fold(d) + " ")
					}
				}
			}
		}
	}
	return b.String()
}

// fromLegacy returns s folded as decoded from VNI, TCVN3 or Windows-1258
// when Detect reads it so, which ParseAddress does for text with legacy
// letters. It asks of the text normalised too, as ParseAddress reads it:
// "0\v¥" is Unicode, but "0 ¥" is TCVN3's "0 ơ"; and of the text with
// its line breaks made part ends, as ParseAddress decodes it:
// "0\v0\u0093¥" is Unicode, but "0, 0\u0093¥" is TCVN3's "0, 0“ơ" (the
// C1 control is byte 0x93, “ in Windows-1252), which Normalize would have
// dropped.
func fromLegacy(s string) string {
	var b strings.Builder
	for _, text := range []string{s, vietnam.Normalize(s), admin.AddrLinesAsParts(s)} {
		if e, _ := vietnam.Detect(text); e == vietnam.VNI || e == vietnam.TCVN3 || e == vietnam.Windows1258 {
			b.WriteString(vietnam.Fold(vietnam.Normalize(e.Decode(text))) + " ")
		}
	}
	return b.String()
}
