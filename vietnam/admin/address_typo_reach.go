package admin

import "strings"

// Scans and hurried typing put a misspelt name where the typo search of
// typos did not look: after a type word that is itself damaged ("Thành
// Fhố Cam Rah", "Huyn Lai ung", "Huzyen hú Hoa"), in text with no comma
// at all ("Xã Vị Tân  Vị Than", "Đông thanh AnE Minh T kien Giang"), and
// after the commune in the part that also holds it ("Nậm Cha Sìn Hổ, Lai
// Châu"). typoReaches opens those places to it; what a match there must
// have besides is as for any name read there (see score): a name after
// other words of its part stands only with a unit read before it.

// typoReaches reports whether the typo search for a unit of level may
// read a run of words that starts at token ni, neither at the start of
// its part nor after a type word.
func (st *resolveState) typoReaches(ni int, level Level) bool {
	// after other words of its part (the whole text when it has no
	// comma) where a unit may be written with no comma before it: not
	// after a house number, a street or a hamlet word (innerName); not
	// for a province that ends the text, which has its own pass, nor
	// after a letter alone, a type word's ("H Tan Thanh") or an initial.
	// Asked before the damaged type word, which costs more to look for.
	if t := &st.toks[ni]; level != LevelProvince && !(len(t.key) == 1 && !t.num) &&
		st.innerName(ni, ni, level) { // the end not known: no district ends a street's part
		return true
	}
	_, n := st.damagedTypeWordOf(ni, levelTypes(level))
	return n > 0
}

// levelTypes returns the types of units of level.
func levelTypes(level Level) addrTypes {
	switch level {
	case LevelProvince:
		return addrProvTypes
	case LevelDistrict:
		return addrDistTypes
	}
	return addrCommTypes
}

// innerTypoFits reports whether unit u, found one edit from the words of
// tokens [ni, e) where typoReaches let the search look, has no more words
// than they: a scan splits words ("AnE Minh" is "An E Minh") more than
// it glues them, and a word one edit from two ("Phượng" from Phù Đổng)
// is another word.
func (st *resolveState) innerTypoFits(ni, e int, u int32) bool {
	return strings.Count(st.x.key(u), " ")+1 <= e-ni
}
