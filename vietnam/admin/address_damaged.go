package admin

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Scanned forms and hurried typing damage the type words before names as
// much as the names: "Phưng Khâm Thiên", "Huyn Lai Vung", "hyện Nga Sơn",
// "Tỉnwh Đắk Lắk", "Thị trn Sông Đốc", "T.Phw Hà Nội". A word one edit
// from a type word is read as that type word only where it stands before a
// name of a unit of that type (the name confirms it), and only when it is
// no word of any unit's name: "Phương", "Xuyên", "Minh" and "Tân" are one
// edit from "Phường", "Huyện", "Tỉnh" and "Trấn" but are names.

// An addrDamagedWord is a type word that may be read damaged: its last
// word as written with tones and folded, the word before it (exact) for
// type words of two words, and the types it introduces.
type addrDamagedWord struct {
	first         string // folded word before it, or ""
	toned, folded string
	kinds         addrTypes
}

var addrDamagedWords = [...]addrDamagedWord{
	{"", "phường", "phuong", addrTypes(1 << TypeWard)},
	{"", "huyện", "huyen", addrTypes(1 << TypeRuralDistrict)},
	{"", "quận", "quan", addrTypes(1 << TypeUrbanDistrict)},
	{"", "tỉnh", "tinh", addrTypes(1 << TypeProvince)},
	{"thi", "trấn", "tran", addrTypes(1 << TypeTownship)},
	{"thanh", "phố", "pho", addrTypes(1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)},
	{"t", "phố", "pho", addrTypes(1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)},
}

// addrNameWordsNearTypes are the words of unit names (of both eras and
// the 2019–2025 history), as written and folded, that are one edit from a
// word of addrDamagedWords: they are names, never a damaged type word.
// TestAddrNameWordsNearTypes derives the list from the data.
var addrNameWordsNearTypes = [...]string{
	// with tones
	"bỉnh", "huyền", "hố", "luyện", "luận", "pha", "phi", "pho", "phu", "phà", "phê",
	"phì", "phí", "phó", "phô", "phù", "phú", "phương", "phượng", "phạ", "phả", "phổ", "phụ",
	"phủ", "pố", "quan", "quyn", "quán", "quân", "quơn", "quản", "thường", "thố", "tinh",
	"tròn", "trân", "trấp", "trần", "tuấn", "tánh", "tênh", "tình", "tĩnh", "tấn", "tịnh", "đỉnh",
	// folded
	"binh", "cho", "chuong", "chuyen", "dinh", "duyen", "hinh", "ho", "huan", "huong", "kho",
	"khuong", "khuyen", "kinh", "linh", "luan", "luyen", "minh", "nho", "nhuong", "ninh", "peo",
	"pheo", "phao", "phe", "phoi", "phon", "phong", "phung", "plo", "po", "poo", "pro",
	"qua", "quai", "quang", "quao", "quat", "quon", "quyen", "ran", "sinh", "tan", "tanh", "tenh",
	"than", "thinh", "tho", "thuong", "tich", "tih", "tin", "ting", "toan", "tra", "trac", "trai",
	"tram", "trang", "tranh", "trao", "trap", "trau", "tray", "trinh", "tron", "tuan", "tuyen",
	"uyen", "vinh", "xinh", "xuan", "xuyen",
}

// damagedTypeWordBefore returns, when the token just before token i is a
// damaged type word of a unit of type t (see addrDamagedWords), its types
// and its length in tokens; 0 when there is none.
func (st *resolveState) damagedTypeWordBefore(i int, t Type) (addrTypes, int) {
	return st.damagedTypeWordOf(i, addrTypes(1)<<t)
}

// damagedTypeWordOf is damagedTypeWordBefore for a type word of any of
// the types want.
func (st *resolveState) damagedTypeWordOf(i int, want addrTypes) (addrTypes, int) {
	toks := st.toks
	x := i - 1
	if x < 0 || toks[x].seg != toks[i].seg || toks[x].num || len(toks[x].key) < 2 {
		return 0, 0
	}
	// by place, the kinds first: the scoring asks before most names
	// for one type, that of one or two of the words, and a word read by
	// value copies three strings
	for k := range addrDamagedWords {
		w := &addrDamagedWords[k]
		if w.kinds&want == 0 {
			continue
		}
		// after the exact first word, the last word with another tone
		// ("Thành phô", "T.Phô") is the type word: no name so starts
		retoned := w.first != "" && toks[x].key == w.folded
		if !retoned && !st.damagedAsAt(x, k) {
			continue
		}
		if w.first == "" {
			if f := x - 1; f >= 0 && toks[f].seg == toks[x].seg && toks[f].key == w.folded[:1] && toks[f].dot {
				// "HZuyện" cut into "H. Zuyện": one word
				return w.kinds, 2
			}
			return w.kinds, 1
		}
		if f := x - 1; f >= 0 && toks[f].seg == toks[x].seg && toks[f].key == w.first && typeWordToned(st.norm, toks, f, 1) {
			return w.kinds, 2
		}
	}
	return 0, 0
}

// damagedAsAt is damagedAs for addrDamagedWords[k], computed once per
// resolution: the scoring asks it before every name that follows token
// x, for each level. damagedAt[x] holds two bits per word: asked, and
// the answer.
func (st *resolveState) damagedAsAt(x, k int) bool {
	if len(st.damagedAt) != len(st.toks) {
		st.damagedAt = append(st.damagedAt[:0], make([]uint16, len(st.toks))...)
	}
	v := &st.damagedAt[x]
	if *v&(1<<(2*k)) == 0 {
		*v |= 1 << (2 * k)
		if st.damagedAs(x, addrDamagedWords[k]) {
			*v |= 2 << (2 * k)
		}
	}
	return *v&(2<<(2*k)) != 0
}

// damagedAs reports whether token x is one edit from w's last word: with
// tones when written with them, folded when not.
func (st *resolveState) damagedAs(x int, w addrDamagedWord) bool {
	t := st.toks[x]
	if !t.marked {
		return oneEditString(w.folded, t.key) && !slices.Contains(addrNameWordsNearTypes[:], t.key)
	}
	word := st.norm[t.start:t.end]
	if !oneEditEdges(w.toned, word) {
		return false // most words before a name: neither letter at its place
	}
	var buf [4 * 8]byte
	low := buf[:0]
	for _, r := range word {
		if len(low)+utf8.UTFMax > cap(low) {
			return false // longer than any type word and one letter
		}
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	return oneEditRunes(w.toned, string(low)) && !slices.Contains(addrNameWordsNearTypes[:], string(low))
}

// oneEditEdges reports whether the word w, in small letters, may be one
// edit from a, of three letters or more (as every type word of
// addrDamagedWords is: TestDamagedWordsLong): one edit leaves the first
// letter or the last where it is, and a word with neither is not one
// edit from a, which is told without reading the letters between.
func oneEditEdges(a, w string) bool {
	af, _ := utf8.DecodeRuneInString(a)
	wf, _ := utf8.DecodeRuneInString(w)
	if lowerAddrRune(wf) == af {
		return true
	}
	al, _ := utf8.DecodeLastRuneInString(a)
	wl, _ := utf8.DecodeLastRuneInString(w)
	return lowerAddrRune(wl) == al
}

// oneEditString is oneEditGlued for two strings.
func oneEditString(a, b string) bool {
	var buf [16]byte
	if len(b) > len(buf) {
		return false
	}
	return oneEditGlued(a, append(buf[:0], b...))
}

// oneEditRunes reports whether b is one letter (rune) from a: oneEditOf
// of their runes.
func oneEditRunes(a, b string) bool {
	var ab, bb [8]rune
	ra, ok1 := appendRunes(ab[:0], a)
	rb, ok2 := appendRunes(bb[:0], b)
	return ok1 && ok2 && oneEditOf(ra, rb)
}

// oneEditOf reports whether b is one symbol from a: one inserted,
// deleted or replaced, or two neighbours swapped; a equal to b is not.
// It is what one edit is, which oneEditGlued asks of bytes and
// oneEditRunes of letters.
func oneEditOf[E comparable](a, b []E) bool {
	la, lb := len(a), len(b)
	switch {
	case la == lb:
		i := 0
		for i < la && a[i] == b[i] {
			i++
		}
		if i == la {
			return false // equal: not a typo
		}
		if slices.Equal(a[i+1:], b[i+1:]) {
			return true // replaced
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
	case la == lb+1:
		a, b, la = b, a, lb
		fallthrough
	case la+1 == lb:
		i := 0
		for i < la && a[i] == b[i] {
			i++
		}
		return slices.Equal(a[i:], b[i+1:])
	}
	return false
}

// appendRunes appends the runes of s while they fit in dst's capacity.
func appendRunes(dst []rune, s string) ([]rune, bool) {
	for _, r := range s {
		if len(dst) == cap(dst) {
			return dst, false
		}
		dst = append(dst, r)
	}
	return dst, true
}
