package vietnam

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Detect reports the encoding s is most likely in, with a confidence
// between 0 and 1. It decodes s with every encoding that could have
// produced it and counts, in each result, the words that are well-formed
// Vietnamese syllables against those that are not and against stray
// symbols ("§", "¹", "«" are what TCVN3 letters look like read as
// Windows-1252). The encoding whose reading is most Vietnamese wins;
// Unicode wins ties, so Unicode text is reported as Unicode.
//
// The confidence is the share of marked words that read as Vietnamese in
// the winner, down to half of that when another encoding reads as well. Short
// inputs are naturally ambiguous: "Hòa" is good Unicode and, read as
// Windows-1252 VNI bytes, the also plausible "Hịa". Text with no
// Vietnamese letters in any reading (plain ASCII, English) is reported as
// Unicode, with confidence 1 when nothing in it looks foreign. Input that
// is not valid UTF-8 and reads as Vietnamese in no legacy encoding gives
// EncodingUnknown with confidence 0.
//
// VIQR is recognised by its marks inside words ("Vie^.t"); a full stop,
// question mark or apostrophe at the end of a word counts as punctuation
// for detection, so that English text is not taken for VIQR.
func Detect(s string) (Encoding, float64) {
	valid := utf8.ValidString(s)
	type candidate struct {
		enc        Encoding
		scoredText string // the reading of s in enc
		good, bad  int
	}
	var cands []candidate
	if valid {
		cands = append(cands, candidate{enc: Unicode, scoredText: norm.NFC.String(s)})
	}
	if !valid || onlyByteRunes(s) {
		cands = append(cands,
			candidate{enc: TCVN3, scoredText: TCVN3.Decode(s)},
			candidate{enc: VNI, scoredText: VNI.Decode(s)})
	}
	if valid && strings.ContainsAny(s, viqrMarks+"dD") {
		cands = append(cands, candidate{enc: VIQR, scoredText: norm.NFC.String(decodeVIQR(viqrPunctuation(s)))})
	}
	best, second := -1, 0
	for i := range cands {
		c := &cands[i]
		dup := false
		for _, p := range cands[:i] {
			dup = dup || p.scoredText == c.scoredText
		}
		if dup {
			continue // the same reading as an encoding before it
		}
		c.good, c.bad = scoreVietnamese(c.scoredText)
		score := c.good - c.bad
		switch {
		case best < 0 || score > cands[best].good-cands[best].bad:
			if best >= 0 {
				second = max(second, cands[best].good-cands[best].bad)
			}
			best = i
		default:
			second = max(second, score)
		}
	}
	if best < 0 || cands[best].good == 0 {
		if !valid {
			return EncodingUnknown, 0
		}
		if len(cands) > 0 && cands[0].bad == 0 {
			return Unicode, 1
		}
		return Unicode, 0.5
	}
	b := cands[best]
	score := b.good - b.bad
	if score <= 0 {
		return b.enc, 0
	}
	// The share of good words, halved when the runner-up reads as well.
	conf := float64(b.good) / float64(b.good+b.bad)
	if second > 0 {
		conf *= 0.5 + 0.5*float64(score-second)/float64(score)
	}
	return b.enc, conf
}

// ToUnicode returns s decoded from the encoding Detect finds, in NFC.
// Unicode text comes back unchanged but for NFC and invalid bytes
// (replaced by U+FFFD). Use Encoding.Decode when the encoding is known:
// detection on a single short word can be wrong.
func ToUnicode(s string) string {
	e, _ := Detect(s)
	return e.Decode(s)
}

// onlyByteRunes reports whether every rune of s can stand for one byte
// read as Windows-1252 or Latin-1, as mis-decoded legacy text does.
func onlyByteRunes(s string) bool {
	for _, r := range s {
		if r > 0xFF {
			if _, ok := charmap.Windows1252.EncodeRune(r); !ok {
				return false
			}
		}
	}
	return true
}

// viqrPunctuation escapes the VIQR marks that also serve as punctuation
// (full stop, question mark, apostrophe) where they end a word, for
// scoring only.
func viqrPunctuation(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '.' || c == '?' || c == '\'') && (i+1 == len(s) || !isASCIILetter(s[i+1])) && (i == 0 || s[i-1] != '\\') {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// scoreVietnamese counts the words of s that contain a non-ASCII letter
// and are well-formed Vietnamese syllables (good), and those that are
// not, plus characters that do not belong in Vietnamese text (bad).
// Plain ASCII words prove nothing and are not counted.
func scoreVietnamese(s string) (good, bad int) {
	var w [maxSyllable]rune
	n, marked := 0, false
	flush := func() {
		if marked {
			if _, ok := parseSyllable(w[:min(n, maxSyllable)]); ok && n <= maxSyllable {
				good++
			} else {
				bad++
			}
		}
		n, marked = 0, false
	}
	for _, r := range s {
		if isWordRune(r) {
			if n < maxSyllable {
				w[n] = r
			}
			n++
			marked = marked || r >= utf8.RuneSelf
			continue
		}
		flush()
		if r < utf8.RuneSelf {
			if r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
				bad++
			}
			continue
		}
		if !isSpaceRune(r) && !isTypographic(r) && !unicode.IsDigit(r) {
			bad++ // §, ¹, «, controls, U+FFFD ...
		}
	}
	flush()
	return good, bad
}

// isTypographic reports the punctuation of well-typed Vietnamese text.
func isTypographic(r rune) bool {
	switch r {
	case '‘', '’', '“', '”', '–', '—', '…', '•':
		return true
	}
	return false
}
