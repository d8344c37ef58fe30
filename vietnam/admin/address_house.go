package admin

// numberLeads reports whether the words [ni, e) start with a number
// written apart from the name after it: a house number ("7 Lê Lợi, Thành
// phố Vinh"), never a slip in a name, so that a typo search does not take
// the number for the one letter wrong and the street for the commune of
// that name. A number that two or more digits make is two edits and is
// left out already; this keeps a one-digit number alike. Digits typed
// inside a word ("Nam Đị8nh") are glued to it and stay a slip.
func numberLeads(toks []addrToken, ni, e int) bool {
	return toks[ni].num && ni+1 < e && !toks[ni+1].glued
}
