package vietnam_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// vniEncode writes a word in VNI (the VNI Windows fonts), built from the
// scheme of the VNI keyboard the fonts follow rather than from the
// package's tables: the base letter, then the Windows-1252 character of
// its marks (â/ê/ô: â; ă: ê; with a tone: the tone's form of those), or
// of its tone alone (ù ø û õ ï); ơ, ư, đ, the toned i and ỵ are one
// character (ô, ö, ñ; í ì æ ó ò; î). The marks follow the case of their
// letter. The result is raw bytes, as Encode returns them.
func vniEncode(w string) string {
	const (
		tones     = "\u0301\u0300\u0309\u0303\u0323" // sắc, huyền, hỏi, ngã, nặng
		toneAlone = "ùøûõï"
		circTone  = "áàåãä" // â, ê, ô with a tone
		breveTone = "éèúüë" // ă with a tone
		iTone     = "íìæóò"
	)
	var b strings.Builder
	for _, r := range norm.NFC.String(w) {
		d := []rune(norm.NFD.String(string(r)))
		base, upper := unicode.ToLower(d[0]), unicode.IsUpper(d[0])
		circ, breve, horn, tone := false, false, false, -1
		for _, m := range d[1:] {
			switch m {
			case '\u0302':
				circ = true
			case '\u0306':
				breve = true
			case '\u031b':
				horn = true
			default:
				tone = strings.IndexRune(tones, m) / 2 // two bytes a mark
			}
		}
		cs := func(s string) string {
			if upper {
				return strings.ToUpper(s)
			}
			return s
		}
		var mark string
		switch {
		case r == 'đ' || r == 'Đ':
			b.WriteString(cs("ñ"))
			continue
		case base == 'i' && tone >= 0:
			b.WriteString(cs(string([]rune(iTone)[tone])))
			continue
		case base == 'y' && tone == 4:
			b.WriteString(cs("î")) // ỵ
			continue
		case horn && base == 'o':
			b.WriteString(cs("ô"))
		case horn && base == 'u':
			b.WriteString(cs("ö"))
		default:
			b.WriteString(cs(string(base)))
		}
		switch {
		case circ && tone >= 0:
			mark = string([]rune(circTone)[tone])
		case circ:
			mark = "â"
		case breve && tone >= 0:
			mark = string([]rune(breveTone)[tone])
		case breve:
			mark = "ê"
		case tone >= 0:
			mark = string([]rune(toneAlone)[tone])
		}
		b.WriteString(cs(mark))
	}
	raw, err := charmap.Windows1252.NewEncoder().String(b.String())
	if err != nil {
		return "" // a letter VNI has no code for
	}
	return raw
}

// TestVNIEncodeAgreesWithScheme: the package's VNI table writes every
// syllable of the word list as the keyboard scheme does.
func TestVNIEncodeAgreesWithScheme(t *testing.T) {
	for _, w := range detectWords(t) {
		got, err := vietnam.VNI.Encode(w)
		require.NoError(t, err, w)
		require.Equal(t, vniEncode(w), got, w)
	}
}
