package admin

import "strings"

// Post-office and shop lists write a district's or a province's initials
// after the commune and then the names in full: "Khu phố 1 Hương Canh
// BX, Bình Xuyên, Vĩnh Phúc", "Ấp 3 Bình Phục Nhứt CGTG, Chợ Gạo, Tiền
// Giang" (Chợ Gạo, Tiền Giang), "cái khế, NK, CT, Ninh Kiều, Cần Thơ".
// The initials say nothing the names do not; read where they stand they
// end the commune's part, or fill a part of their own, with words no
// unit has.

// dropAddrInitialsEcho drops from toks each word that writes the
// initials of words after it: it ends its part, is two to four capitals
// with no vowel (so no Vietnamese syllable, which has one: "BX", "CGTG",
// "ĐN"), and it stands alone in its part or after a space and a word
// that is no type word ("Q.BT", "H.BX", "tỉnh TN" are read as initials
// of a unit, see districtInitials) and no number ("426/CT"); the
// words it abbreviates, each starting with its letter in turn, start a
// later part and end one (they may run over two parts: "Chợ Gạo, Tiền
// Giang"). A part left with no word goes, and the parts after it are
// numbered one less.
func dropAddrInitialsEcho(norm string, toks []addrToken) []addrToken {
	// most words end in a small letter, a digit or a letter past ASCII:
	// the walk by parts starts at the last word that ends in a capital
	// (none in most addresses), found from the end at a few instructions
	// a word, where a walk by parts spends twice that on each
	i := len(toks)
	for i > 0 && norm[toks[i-1].end-1]-'A' >= 26 {
		i--
	}
	if i == 0 {
		return toks
	}
	seg := -1
	if i < len(toks) {
		seg = toks[i].seg
	}
	return dropAddrInitialsFrom(norm, toks, i-1, seg)
}

// dropAddrInitialsFrom is dropAddrInitialsEcho from token i down, seg
// being the part of token i+1 (-1 past the last).
func dropAddrInitialsFrom(norm string, toks []addrToken, i, seg int) []addrToken {
	// from the end, the last word of each part: most are lower-case
	// letters at their end, or longer
	for ; i >= 0; i-- {
		t := &toks[i]
		if t.seg == seg {
			continue
		}
		seg = t.seg
		if n := len(t.key); n < 2 || n > 4 || t.num {
			continue
		}
		if c := norm[t.end-1]; c < 'A' || c > 'Z' || !addrCapitalsNoVowel(norm[t.start:t.end]) || !addrInitialsAfter(toks, i) {
			continue
		}
		alone := i == 0 || toks[i-1].seg != t.seg
		if !alone && (addrUnitWordsByLast(toks[i-1].key) != "" || toks[i-1].num || t.start == 0 || norm[t.start-1] != ' ') {
			continue // typed, or a house number's ("426/CT", "12 CT")
		}
		toks = append(toks[:i], toks[i+1:]...)
		if alone {
			for k := i; k < len(toks); k++ {
				toks[k].seg--
			}
		}
	}
	return toks
}

// addrCapitalsNoVowel reports whether w is written in capitals A to Z and
// Đ (addrCapitalLetters) with no vowel.
func addrCapitalsNoVowel(w string) bool {
	return addrCapitalLetters(w) && !strings.ContainsAny(w, "AEIOUY")
}

// addrInitialsAfter reports whether the letters of the key of token i
// start, in turn, the words of a run of tokens after its part that
// starts a part and ends one.
func addrInitialsAfter(toks []addrToken, i int) bool {
	ini := toks[i].key
	n := len(ini)
	for j := i + 1; j+n <= len(toks); j++ {
		if toks[j].seg == toks[i].seg || toks[j].seg == toks[j-1].seg {
			continue // not the start of a later part
		}
		if end := j + n; end < len(toks) && toks[end].seg == toks[end-1].seg {
			continue // the run does not end its part
		}
		k := 0
		for k < n && !toks[j+k].num && toks[j+k].key[0] == ini[k] {
			k++
		}
		if k == n {
			return true
		}
	}
	return false
}
