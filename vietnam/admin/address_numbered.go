package admin

import (
	"strings"
	"unicode"
)

// IsNumberedPart reports whether part, one part of an address between
// commas, is made only of house numbers and of hamlet words each followed
// by a number: "12/5", "Số 12A", "Tổ 5", "Khu phố 3B", "KP.3", "Ấp 2",
// "12/5 Ấp 3", "Tổ 5 KP 3". Such a part is a place below the commune and
// can name no unit, unlike a named hamlet or street ("Ấp Bình Phú",
// "12 Lê Lợi"), whose name may be a commune's ("Ấp Phú Hữu Hữu Định" is
// in Xã Hữu Định). Rosters write the same communes behind thousands of
// such parts; a program that reads many addresses may read the units
// after them once.
//
// Hamlet words are those ParseAddress knows ("Tổ dân phố", "Khu phố", "KP",
// "Khu", "Ấp", "Thôn", "Xóm", "Bản", "Buôn", "Bon", "Plei", "Làng", "Khóm",
// "Tổ"), with or without tones; a commune's type word ("P. 3", "Phường 3")
// is not one, nor is a number alone after a word that is not, nor
// letters glued to a number but at the end ("5P8", "12X 3": Phường 8,
// Xã 3; "5B/3" is refused with them), nor a number glued to letters.
func IsNumberedPart(part string) bool {
	if len(part) > MaxAddressLen {
		return false
	}
	var buf [12]addrToken
	var keys [64]byte
	toks, _ := appendAddrTokensTo(buf[:0], keys[:0], part, true)
	if len(toks) == 0 || toks[len(toks)-1].seg != 0 {
		return false
	}
	// Between words only spaces, dots, slashes and dashes: a bracket
	// opens a remark, a colon follows a label, and ParseAddress drops those.
	at := 0
	for _, t := range toks {
		if strings.Trim(part[at:t.start], " ./-") != "" {
			return false
		}
		at = t.end
	}
	if strings.Trim(part[at:], " ./-") != "" {
		return false
	}
	for _, t := range toks {
		if gluedWords(part[t.start:t.end]) {
			return false // "aP 0" is read "a, P 0": Phường 0
		}
	}
	for i := 0; i < len(toks); {
		// A house number ("Số 12", "12/5", "12-14") or a hamlet word and
		// its number ("Tổ 5").
		switch {
		case tokensAre(toks, i, "so", "nha"), tokensAre(toks, i, "nha", "so"):
			i += 2
		case tokensAre(toks, i, "so"), tokensAre(toks, i, "sn"):
			i++
		default:
			i += addrHamletAt(toks, i)
		}
		if i >= len(toks) || !toks[i].num || toks[i].glued {
			return false
		}
		for i++; i < len(toks) && toks[i].num; i++ {
			if gap := part[toks[i-1].end:toks[i].start]; toks[i].glued || gap != "/" && gap != "-" {
				return false
			}
		}
		// Letters glued to the number end the part ("12A", "Tổ 5B"):
		// before more they may be a unit's type ("0X 0" is Xã 0).
		if i < len(toks) && toks[i].glued {
			return i == len(toks)-1 && len(toks[i].key) <= 2
		}
	}
	return true
}

// gluedWords reports whether the word w has a capital after a small
// letter, where ParseAddress cuts words typed without a space.
func gluedWords(w string) bool {
	prev := ' '
	for _, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}
