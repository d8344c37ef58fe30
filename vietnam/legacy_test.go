package vietnam_test

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// allLetters lists every Vietnamese letter in every tone, both cases:
// the 12 vowels × 6 tones, built from combining marks so that the list
// does not depend on the package's own tables, plus đ and Đ.
func allLetters() []string {
	vowels := []string{"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"}
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	var out []string
	for _, v := range vowels {
		for _, t := range tones {
			l := norm.NFC.String(v + t)
			out = append(out, l, strings.ToUpper(l))
		}
	}
	return append(out, "đ", "Đ")
}

// asWindows1252 returns legacy bytes as Excel shows them: each byte read
// as a Windows-1252 character.
func asWindows1252(t *testing.T, b string) string {
	t.Helper()
	s, err := charmap.Windows1252.NewDecoder().String(b)
	require.NoError(t, err)
	return s
}

// asLatin1 returns legacy bytes read as Latin-1 (bytes 0x80–0x9F become
// C1 controls).
func asLatin1(b string) string {
	r := make([]rune, len(b))
	for i := 0; i < len(b); i++ {
		r[i] = rune(b[i])
	}
	return string(r)
}

func TestLegacyRoundTripEveryLetter(t *testing.T) {
	letters := allLetters()
	require.Len(t, letters, 146)
	for _, enc := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.VIQR} {
		t.Run(enc.String(), func(t *testing.T) {
			for _, l := range letters {
				want := l
				if enc == vietnam.TCVN3 && isUpperToned(l) {
					want = strings.ToLower(l) // TCVN3 has no capitals with tones
				}
				// Alone, between letters, and after a capital.
				for _, text := range []string{l, "x" + l + "n", "Ng" + l + "."} {
					wantText := strings.Replace(text, l, want, 1)
					b, err := enc.Encode(text)
					if enc == vietnam.VIQR && err != nil && text != "x"+l+"n" {
						// At a word's end a tone typed . ? or ' that
						// would not make a syllable reads as
						// punctuation, so VIQR cannot write it there.
						var ee *vietnam.EncodeError
						require.ErrorAs(t, err, &ee, "%q", text)
						_, tone := vietnam.SplitTone(ee.Rune)
						assert.Contains(t, []vietnam.Tone{vietnam.ToneAcute, vietnam.ToneHook, vietnam.ToneDot}, tone, "%q", text)
						continue
					}
					require.NoError(t, err, "%q", text)
					assert.Equal(t, wantText, enc.DecodeBytes([]byte(b)), "%q encoded as %q", text, b)
					if !utf8.ValidString(b) || b == text || enc == vietnam.VIQR { // else the bytes read as UTF-8 text
						assert.Equal(t, wantText, enc.Decode(b), "%q encoded as %q", text, b)
					}
					if enc != vietnam.VIQR {
						assert.Equal(t, wantText, enc.Decode(asWindows1252(t, b)), "%q as Windows-1252", text)
						assert.Equal(t, wantText, enc.Decode(asLatin1(b)), "%q as Latin-1", text)
					}
					// Decomposed input encodes the same.
					nfd, err := enc.Encode(norm.NFD.String(text))
					require.NoError(t, err)
					assert.Equal(t, b, nfd)
				}
			}
		})
	}
}

func isUpperToned(l string) bool {
	r := []rune(norm.NFD.String(l))
	if !unicode.IsUpper(r[0]) {
		return false
	}
	for _, m := range r[1:] {
		if strings.ContainsRune("\u0300\u0301\u0309\u0303\u0323", m) {
			return true
		}
	}
	return false
}

func TestLegacyKnownText(t *testing.T) {
	tests := []struct {
		enc     vietnam.Encoding
		legacy  string // as Windows-1252 characters, the way Excel shows it
		unicode string
	}{
		{vietnam.TCVN3, "§¹i häc", "Đại học"},
		{vietnam.TCVN3, "B¶o Th¾ng", "Bảo Thắng"},
		{vietnam.TCVN3, "M\u00adêng Kh\u00ad¬ng", "Mường Khương"},
		{vietnam.TCVN3, "Ninh B×nh", "Ninh Bình"},
		{vietnam.TCVN3, "TØnh B×nh D\u00ad¬ng", "Tỉnh Bình Dương"},
		{vietnam.TCVN3, "Hµ Néi", "Hà Nội"},
		{vietnam.VNI, "Ñöôøng", "Đường"},
		{vietnam.VNI, "Xin chaøo caùc baïn", "Xin chào các bạn"},
		{vietnam.VNI, "Ñaïi hoïc", "Đại học"},
		{vietnam.VNI, "Vieät Nam", "Việt Nam"},
		{vietnam.VNI, "Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"},
		{vietnam.VNI, "ÑÖÔØNG", "ĐƯỜNG"},
		{vietnam.VNI, "Aán", "Ấn"},             // lower-case mark after a capital
		{vietnam.VNI, "chò Thuøy", "chị Thùy"}, // the one-byte toned i
		{vietnam.VIQR, "Vie^.t Nam", "Việt Nam"},
		{vietnam.VIQR, "Ha` No^.i", "Hà Nội"},
		{vietnam.VIQR, "DDa^`m Ddu+o+`ng", "Đầm Đường"},
		{vietnam.VIQR, "ngu+o+`i ddu+o+.c", "người được"},
		{vietnam.VIQR, "Vui\\. Kho^ng\\?", "Vui. Không?"},
		{vietnam.VIQR, "a\\dd", "add"},
		{vietnam.VIQR, `C:\\dir`, `C:\dir`},
	}
	for _, tt := range tests {
		t.Run(tt.enc.String()+" "+tt.unicode, func(t *testing.T) {
			assert.Equal(t, tt.unicode, tt.enc.Decode(tt.legacy))
			if tt.enc == vietnam.VIQR {
				return
			}
			// The raw bytes decode the same.
			raw, err := charmap.Windows1252.NewEncoder().String(tt.legacy)
			require.NoError(t, err)
			assert.Equal(t, tt.unicode, tt.enc.Decode(raw), "raw bytes")
			// Partly converted text: Unicode letters are kept.
			assert.Equal(t, "Tỉnh "+tt.unicode, tt.enc.Decode("Tỉnh "+tt.legacy))
		})
	}
}

// RFC 1456 types the tone after the vowel it sits on, so a full stop,
// question mark or apostrophe after a word's last vowel is a tone only
// when the word it makes is a Vietnamese syllable with its tone where the
// spelling puts it; otherwise it is the sentence's punctuation. Inside a
// word it is always a tone ("la(.ng").
func TestVIQRPunctuationAfterWord(t *testing.T) {
	for _, tt := range []struct{ viqr, want string }{
		{"ye^u.", "yêu."},               // the tone of yêu sits on ê
		{"Em ddi dda^u?", "Em đi đâu?"}, // đâu: likewise
		{"A('.", "Ă'."},                 // ă takes a final consonant
		{"Vui.", "Vui."},                // the tone of vui sits on u
		{"Kho^ng bie^'t 'ma^y'.", "Không biết 'mây'."}, // a closing quote
		{"to^'i.", "tối."}, // a second tone
		{"la(.ng", "lặng"}, // inside a word
		{"Ba.n kho?e kho^ng?", "Bạn khỏe không?"},
		{"Ca?m o+n ba.n nhie^`u.", "Cảm ơn bạn nhiều."},
		{"Da. va^ng, ha.", "Dạ vâng, hạ"}, // dạ, hạ: syllables with their tone
		{"Chu+a a.", "Chưa ạ"},
	} {
		assert.Equal(t, tt.want, vietnam.VIQR.Decode(tt.viqr), tt.viqr)
	}
	// Text whose VIQR would read back otherwise cannot be encoded; the
	// error names the letter and its offset.
	for _, tt := range []struct{ s, want string }{
		{"yêụ", `vietnam: VIQR cannot encode 'ụ' at byte 3 of "yêụ"`},
		{"Ắ", `vietnam: VIQR cannot encode 'Ắ' at byte 0 of "Ắ"`},
		{"vuị.", `vietnam: VIQR cannot encode 'ị' at byte 2 of "vuị."`},
		{"Em đi đâụ nhé", `vietnam: VIQR cannot encode 'ụ' at byte 11 of "Em đi đâụ nhé"`},
	} {
		_, err := vietnam.VIQR.Encode(tt.s)
		var ee *vietnam.EncodeError
		require.ErrorAs(t, err, &ee, tt.s)
		assert.EqualError(t, err, tt.want)
	}
}

func TestLegacyEncode(t *testing.T) {
	tests := []struct {
		enc       vietnam.Encoding
		in, want  string
		roundTrip string
	}{
		{vietnam.VNI, "Đường", "\xd1\xf6\xf4\xf8ng", "Đường"},
		{vietnam.TCVN3, "Đại học", "\xa7\xb9i h\xe4c", "Đại học"},
		{vietnam.TCVN3, "HOÀ BÌNH", "HO\xb5 B\xd7NH", "HOà BìNH"},
		{vietnam.TCVN3, "ĂÂÊÔƠƯĐ", "\xa1\xa2\xa3\xa4\xa5\xa6\xa7", "ĂÂÊÔƠƯĐ"},
		{vietnam.VIQR, "Việt Nam", "Vie^.t Nam", "Việt Nam"},
		{vietnam.VIQR, "Vui.", `Vui\.`, "Vui."},
		{vietnam.VIQR, "Cái gì?", "Ca'i gi`\\?", "Cái gì?"},
		{vietnam.VIQR, "add dđ", `a\dd \ddd`, "add dđ"},
		{vietnam.VIQR, `a\b`, `a\\b`, `a\b`},
		{vietnam.VIQR, "ô.^", `o^\.\^`, "ô.^"},
		{vietnam.Unicode, "Hoà", "Hoà", "Hoà"},
	}
	for _, tt := range tests {
		t.Run(tt.enc.String()+" "+tt.in, func(t *testing.T) {
			got, err := tt.enc.Encode(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.roundTrip, tt.enc.Decode(got))
		})
	}
}

func TestLegacyEncodeErrors(t *testing.T) {
	tests := []struct {
		enc  vietnam.Encoding
		in   string
		want string
	}{
		{vietnam.TCVN3, "Hà Nội 東京", `vietnam: TCVN3 cannot encode '東' at byte 10 of "Hà Nội 東京"`},
		{vietnam.VNI, "giá €5", `vietnam: VNI cannot encode '€' at byte 5 of "giá €5"`},
		{vietnam.VIQR, "naïve", `vietnam: VIQR cannot encode 'ï' at byte 2 of "naïve"`},
		{vietnam.TCVN3, "©", `vietnam: TCVN3 cannot encode '©' at byte 0 of "©"`},
		{vietnam.EncodingUnknown, "Hà", `vietnam: cannot encode "Hà" in unknown`},
		{vietnam.VIQR, "a\xff", `vietnam: VIQR cannot encode '�' at byte 1 of "a\xff"`},
		{vietnam.TCVN3, "a\xff", `vietnam: TCVN3 cannot encode '�' at byte 1 of "a\xff"`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := tt.enc.Encode(tt.in)
			require.Error(t, err)
			assert.EqualError(t, err, tt.want)
			var ee *vietnam.EncodeError
			require.True(t, errors.As(err, &ee))
			assert.Equal(t, tt.enc, ee.Encoding)
		})
	}
}

func TestLegacyDecodeNeverFails(t *testing.T) {
	// Every byte value, alone and after each base letter, decodes to valid
	// UTF-8 in every encoding.
	for _, enc := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.VIQR, vietnam.Unicode, vietnam.EncodingUnknown} {
		for b := 0; b < 256; b++ {
			for _, prefix := range []string{"", "a", "A", "o", "\xf4", "d", "\\"} {
				out := enc.Decode(prefix + string([]byte{byte(b)}))
				assert.True(t, norm.NFC.IsNormalString(out))
				assert.True(t, strings.ToValidUTF8(out, "") == out, "%v %q", enc, out)
			}
		}
	}
	// Raw bytes that happen to be valid UTF-8 need DecodeBytes.
	assert.Equal(t, "\u05f5", vietnam.TCVN3.Decode("\xd7\xb5"))
	assert.Equal(t, "ìà", vietnam.TCVN3.DecodeBytes([]byte("\xd7\xb5")))
	assert.Equal(t, "ìà", vietnam.TCVN3.Decode("×µ"))
	assert.Equal(t, "Việt Nam", vietnam.VIQR.DecodeBytes([]byte("Vie^.t Nam")))
	// Bytes with no Vietnamese meaning keep their Windows-1252 character.
	assert.Equal(t, "€ ", vietnam.TCVN3.Decode("\x80 "))
	assert.Equal(t, "Hà\ufffd", vietnam.Unicode.Decode("Hà\xff"))
}

func TestEncodingString(t *testing.T) {
	for e, want := range map[vietnam.Encoding]string{
		vietnam.EncodingUnknown: "unknown", vietnam.Unicode: "Unicode", vietnam.TCVN3: "TCVN3",
		vietnam.VNI: "VNI", vietnam.VIQR: "VIQR", vietnam.Windows1258: "Windows-1258", vietnam.Encoding(42): "Encoding(42)",
	} {
		assert.Equal(t, want, e.String())
	}
}

func TestDetect(t *testing.T) {
	const sentence = "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bình Dương triển khai phong trào Bình dân học vụ số"
	encode := func(e vietnam.Encoding, s string) string {
		b, err := e.Encode(s)
		require.NoError(t, err)
		return b
	}
	tests := []struct {
		name    string
		in      string
		want    vietnam.Encoding
		minConf float64
	}{
		{"Unicode sentence", sentence, vietnam.Unicode, 0.9},
		{"Unicode NFD", norm.NFD.String(sentence), vietnam.Unicode, 0.9},
		{"Unicode Latin-1 letters only", "Hòa Bình, Tân Bình", vietnam.Unicode, 0.5},
		{"Unicode name", "Nguyễn Thị Thuỷ", vietnam.Unicode, 0.9},
		{"plain ASCII", "Nguyen Van A.", vietnam.Unicode, 1},
		{"English", "Hello, world. What's up?", vietnam.Unicode, 1},
		{"empty", "", vietnam.Unicode, 1},
		{"TCVN3 as Windows-1252", asWindows1252(t, encode(vietnam.TCVN3, sentence)), vietnam.TCVN3, 0.9},
		{"TCVN3 raw bytes", encode(vietnam.TCVN3, sentence), vietnam.TCVN3, 0.9},
		{"TCVN3 short", "§¹i häc", vietnam.TCVN3, 0.9},
		{"VNI as Windows-1252", asWindows1252(t, encode(vietnam.VNI, sentence)), vietnam.VNI, 0.9},
		{"VNI raw bytes", encode(vietnam.VNI, sentence), vietnam.VNI, 0.9},
		{"VNI short", "Ñöôøng Ñoàng Khôûi", vietnam.VNI, 0.9},
		{"VIQR", encode(vietnam.VIQR, sentence), vietnam.VIQR, 0.9},
		{"VIQR short", "Vie^.t Nam", vietnam.VIQR, 0.9},
		{"VIQR sentence end", "Ha` No^.i.", vietnam.VIQR, 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := vietnam.Detect(tt.in)
			assert.Equal(t, tt.want, got)
			assert.GreaterOrEqual(t, conf, tt.minConf)
			assert.LessOrEqual(t, conf, 1.0)
		})
	}
	// Garbage bytes that read as Vietnamese nowhere.
	got, conf := vietnam.Detect("\xff\xfe\x00\x01")
	assert.Equal(t, vietnam.EncodingUnknown, got)
	assert.Zero(t, conf)
}

func TestToUnicode(t *testing.T) {
	const want = "Trường Đại học Thủ Dầu Một"
	for _, e := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.VIQR} {
		b, err := e.Encode(want)
		require.NoError(t, err)
		assert.Equal(t, want, vietnam.ToUnicode(b), e.String())
		if e != vietnam.VIQR {
			assert.Equal(t, want, vietnam.ToUnicode(asWindows1252(t, b)), e.String())
		}
	}
	assert.Equal(t, want, vietnam.ToUnicode(want))
	assert.Equal(t, want, vietnam.ToUnicode(norm.NFD.String(want)))
	assert.Equal(t, "Nguyen Van A.", vietnam.ToUnicode("Nguyen Van A."))
}

// Windows-1258, Microsoft's Vietnamese code page (the code page of
// Vietnamese Windows, "windows-1258" in the WHATWG Encoding Standard and
// golang.org/x/text's charmap, whose table the expected bytes below are
// written from): precomposed bytes for ă â đ ê ô ơ ư and a few toned
// letters, the tones as combining marks CC (grave), EC (acute), D2
// (hook), DE (tilde), F2 (dot below) after the vowel.
func TestWindows1258(t *testing.T) {
	// raw is what Encode writes: the code page's own byte for a toned
	// letter where it has one (à, é, í), as Windows does; marks has every
	// tone as a combining mark, which the code page allows too.
	tests := []struct{ text, raw, marks string }{
		{"Việt", "Vi\xea\xf2t", "Vi\xea\xf2t"},
		{"Hà Nội", "H\xe0 N\xf4\xf2i", "Ha\xcc N\xf4\xf2i"},
		{"Nguyễn Văn A", "Nguy\xea\xden V\xe3n A", "Nguy\xea\xden V\xe3n A"},
		{"Trường Đại học", "Tr\xfd\xf5\xccng \xd0a\xf2i ho\xf2c", "Tr\xfd\xf5\xccng \xd0a\xf2i ho\xf2c"},
		{"Thành phố Hồ Chí Minh", "Th\xe0nh ph\xf4\xec H\xf4\xcc Ch\xed Minh", "Tha\xccnh ph\xf4\xec H\xf4\xcc Chi\xec Minh"},
		{"Phường Bến Nghé, Quận 1", "Ph\xfd\xf5\xccng B\xea\xecn Ngh\xe9, Qu\xe2\xf2n 1", "Ph\xfd\xf5\xccng B\xea\xecn Nghe\xec, Qu\xe2\xf2n 1"},
		{"Xã Bình An, huyện Dĩ An, tỉnh Bình Dương", "Xa\xde Bi\xccnh An, huy\xea\xf2n Di\xde An, ti\xd2nh Bi\xccnh D\xfd\xf5ng", "Xa\xde Bi\xccnh An, huy\xea\xf2n Di\xde An, ti\xd2nh Bi\xccnh D\xfd\xf5ng"},
		{"Lớp học kỹ năng số cho người cao tuổi", "L\xf5\xecp ho\xf2c ky\xde n\xe3ng s\xf4\xec cho ng\xfd\xf5\xcci cao tu\xf4\xd2i", "L\xf5\xecp ho\xf2c ky\xde n\xe3ng s\xf4\xec cho ng\xfd\xf5\xcci cao tu\xf4\xd2i"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			raw, err := vietnam.Windows1258.Encode(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.raw, raw)
			for _, b := range []string{tt.raw, tt.marks} {
				assert.Equal(t, tt.text, vietnam.Windows1258.DecodeBytes([]byte(b)))
				assert.Equal(t, tt.text, vietnam.Windows1258.Decode(b))
				// The bytes as Excel shows them, read as Windows-1252.
				shown, err := charmap.Windows1252.NewDecoder().String(b)
				require.NoError(t, err)
				assert.Equal(t, tt.text, vietnam.Windows1258.Decode(shown))
				if b == tt.marks {
					// Shown so, text with a tone byte after a vowel
					// ("Viêòt") is Windows-1258's too.
					enc, _ := vietnam.Detect(shown)
					assert.Equal(t, vietnam.Windows1258, enc, "%q", shown)
					assert.Equal(t, tt.text, vietnam.ToUnicode(shown))
				}
				// Detect reads the raw bytes, which TCVN3 and VNI misread
				// ("Nguyờịn Vón A"), and ToUnicode restores the text.
				enc, conf := vietnam.Detect(b)
				assert.Equal(t, vietnam.Windows1258, enc, "%q", b)
				assert.Greater(t, conf, 0.5)
				assert.Equal(t, tt.text, vietnam.ToUnicode(b))
			}
		})
	}
	_, err := vietnam.Windows1258.Encode("Hà Nội 東京")
	assert.EqualError(t, err, `vietnam: Windows-1258 cannot encode '東' at byte 10 of "Hà Nội 東京"`)
	// Text as it stands that is Vietnamese keeps its reading: "goòng"
	// (a vowel, then ò, Windows-1258's o and dot below) is no "gọng"; a
	// word TCVN3 reads as a syllable is theirs ("nho\xcc", TCVN3's
	// "nhoè", Windows-1258's "nhò").
	for raw, want := range map[string]vietnam.Encoding{"nho\xcc": vietnam.TCVN3, "goòng": vietnam.Unicode, "xoòng": vietnam.Unicode} {
		got, _ := vietnam.Detect(raw)
		assert.Equal(t, want, got, "%q", raw)
	}
}

// TestWindows1258WithoutTones: raw bytes with no tone byte of
// Windows-1258 are its precomposed letters (ă â ê ô ơ ư đ, à á é…), which
// are toned letters of TCVN3 and VNI's ơ too: "c\xf4ng" is Windows-1258's
// "công" and TCVN3's "cụng". Detect answers such bytes with the
// confidence the doubt leaves (plainRival), reads them as Windows-1258
// where only it makes Vietnamese of them, and where it makes two
// syllables or more far commoner than the other table's.
func TestWindows1258WithoutTones(t *testing.T) {
	tests := []struct {
		raw     string
		want    vietnam.Encoding
		text    string
		maxConf float64
	}{
		// One word far commoner in Windows-1258 (công, cụng): TCVN3's
		// still, at a quarter of the confidence.
		{"c\xf4ng", vietnam.TCVN3, "cụng", 0.25},
		{"C\xf4ng ty", vietnam.TCVN3, "Cụng ty", 0.25},
		// Two such syllables: Windows-1258's.
		{"Th\xf4n T\xe2n An", vietnam.Windows1258, "Thôn Tân An", 0.5},
		{"c\xf4ng t\xe2m", vietnam.Windows1258, "công tâm", 0.5},
		// Words about as common in both (bụng, bông): half the confidence.
		{"b\xf4ng", vietnam.TCVN3, "bụng", 0.5},
		// Far commoner in TCVN3 (bụng từ, bông tơ): as sure as before.
		{"b\xf4ng t\xf5", vietnam.TCVN3, "bụng từ", 1},
		// Only Windows-1258 reads them as Vietnamese: TCVN3 and VNI have
		// no đ at F0, D0 ("ði", "Ðông Nai").
		{"\xf0i", vietnam.Windows1258, "đi", 1},
		{"\xd0\xf4ng Nai", vietnam.Windows1258, "Đông Nai", 1},
		// Letters Windows-1258 has not (TCVN3's à is B5): TCVN3 alone.
		{"Th\xb5nh ph\xe8", vietnam.TCVN3, "Thành phố", 1},
	}
	for _, tt := range tests {
		got, conf := vietnam.Detect(tt.raw)
		assert.Equal(t, tt.want, got, "%q", tt.raw)
		assert.Equal(t, tt.text, got.Decode(tt.raw), "%q", tt.raw)
		assert.Greater(t, conf, 0.0, "%q", tt.raw)
		assert.LessOrEqual(t, conf, tt.maxConf, "%q", tt.raw)
	}
}

// FuzzWindows1258: what Encode writes, DecodeBytes reads back (in NFC);
// Decode of any bytes is valid UTF-8 in NFC.
func FuzzWindows1258(f *testing.F) {
	for _, s := range []string{"Việt Nam", "Trường Đại học", "ǘ", "a\u0301\u0301", "\u0340", "東", "\xff\xcc", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := vietnam.Windows1258.Decode(s); !utf8.ValidString(d) || !norm.NFC.IsNormalString(d) {
			t.Fatalf("Decode(%q) = %q: not NFC UTF-8", s, d)
		}
		raw, err := vietnam.Windows1258.Encode(s)
		if err != nil {
			var ee *vietnam.EncodeError
			if !errors.As(err, &ee) {
				t.Fatalf("Encode(%q): %v", s, err)
			}
			return
		}
		if got := vietnam.Windows1258.DecodeBytes([]byte(raw)); got != norm.NFC.String(s) {
			t.Fatalf("Encode(%q) = %q, which decodes to %q", s, raw, got)
		}
	})
}
