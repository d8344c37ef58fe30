package person

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Name is a personal name split the Vietnamese way. For the Kinh majority a
// name is written family name (họ), middle name (tên đệm, zero or more
// words), given name (tên): "Nguyễn Thị Minh Khai" is Family "Nguyễn", Middle
// "Thị Minh", Given "Khai". People are called and sorted by the given name.
//
// GivenFirst marks names written given name first and family (clan) name
// last, as in Ê Đê and other Central Highlands names ("H'Hen Niê": Given
// "H'Hen", Family "Niê"). String writes the parts back in the order they
// were parsed.
//
// Name is comparable; == compares spelling exactly, Equal compares search
// keys (no tones, no case). The zero Name has no parts.
type Name struct {
	Family     string // họ: "Nguyễn", "Tôn Nữ", "Niê"
	Middle     string // tên đệm: "Thị Minh"; may be empty
	Given      string // tên: "Khai", "H'Hen"
	GivenFirst bool   // written given name first, family name last
}

// compoundFamilies are the family names of more than one word, spelt with
// their tones, in lower case. The royal Nguyễn Phúc (Nguyễn Phước) lineage
// gives Tôn Thất and Tôn Nữ to later generations, and Công Tằng / Công
// Huyền / Công Tôn before Tôn Nữ for the daughters of further degrees; Âu
// Dương, Công Tôn, Hoàng Phủ, Tư Mã, Gia Cát and Thượng Quan are
// two-syllable surnames of Chinese origin.
//
// A few of them can also be read as a one-word family name and a middle
// name ("Nguyễn Phúc An" might be Nguyễn + Phúc); the list wins, as it does
// in the national registers of the royal clan.
var compoundFamilies = [...]string{
	"công huyền tôn nữ",
	"công tằng tôn nữ",
	"công tôn nữ",
	"huyền tôn nữ",
	"tằng tôn nữ",
	"âu dương",
	"công tôn",
	"gia cát",
	"hoàng phủ",
	"nguyễn phúc",
	"nguyễn phước",
	"thượng quan",
	"tôn nữ",
	"tôn thất",
	"tư mã",
}

// ParseName splits a full name into family, middle and given names. The text
// is first cleaned with vietnam.Normalize (NFC, single spaces); spelling and
// case are kept, use Title for display.
//
// The rules, in order:
//   - one word is a given name ("Minh");
//   - a name whose first word starts with the Ê Đê prefixes "Y-" or "H'"
//     (also "Y" as a word of its own: "Y Moan Ênuôl") is written given name
//     first: the prefixed word (with the word after a bare "Y") is the given
//     name, the rest the family name, and GivenFirst is set;
//   - otherwise the family name is the first word, or the first two to four
//     words when they form a compound family name from the list ("Tôn Nữ",
//     "Tôn Thất", "Công Tôn", "Âu Dương", "Hoàng Phủ", "Tư Mã",
//     "Nguyễn Phúc", "Nguyễn Phước", "Công Tằng Tôn Nữ", …) and at least one
//     word is left; the given name is the last word and the middle name
//     everything between.
//
// Tones written must match, word by word: "Hoàng Phủ Quý" has the family
// name Hoàng Phủ, "Hoàng Phú Quý" the family name Hoàng and the middle
// name Phú. A word written without any mark also matches the compound's
// word it folds to, so a name typed without tones ("Hoang Phu Quy"), or
// with them on some words only ("Hoang Phủ Quý", "Ton Nữ Thi Ha"), cannot
// tell the readings apart: ParseName then reads the compound, and
// Alternative returns the other reading, so that a caller can ask rather
// than guess.
//
// Names written in Western order ("Khai Nguyen") cannot be told apart from
// Vietnamese order and are read as Vietnamese.
func ParseName(s string) Name {
	s = vietnam.Normalize(s)
	if s == "" {
		return Name{}
	}
	var buf [8]string // the words, without allocating for most names
	words := buf[:0]
	for w := range strings.SplitSeq(s, " ") {
		words = append(words, w)
	}
	if len(words) == 1 {
		return Name{Given: s}
	}
	// The parts are slices of s: Normalize left single spaces between words.
	if g := minorityGiven(words); g > 0 {
		return Name{
			Given:      span(s, words, 0, g),
			Family:     span(s, words, g, len(words)),
			GivenFirst: g < len(words),
		}
	}
	f, _ := compoundLen(words)
	last := len(words) - 1
	return Name{
		Family: span(s, words, 0, f),
		Middle: span(s, words, f, last),
		Given:  words[last],
	}
}

// span returns strings.Join(words[i:j], " ") as a slice of s, which the
// words are of, one space apart.
func span(s string, words []string, i, j int) string {
	if i >= j {
		return ""
	}
	start := 0
	for _, w := range words[:i] {
		start += len(w) + 1
	}
	end := start - 1
	for _, w := range words[i:j] {
		end += len(w) + 1
	}
	return s[start:end]
}

// minorityGiven returns how many leading words form an Ê Đê-style given name
// ("H'Hen", "Y-Ngông", "Y Moan"), or 0 when the name is not of that form.
func minorityGiven(words []string) int {
	w := words[0]
	switch {
	case len(w) > 2 && (w[0] == 'Y' || w[0] == 'y') && w[1] == '-':
		return 1
	case len(w) > 2 && (w[0] == 'H' || w[0] == 'h') && w[1] == '\'':
		return 1
	case len(w) > 4 && (w[0] == 'H' || w[0] == 'h') && strings.HasPrefix(w[1:], "\u2019"):
		return 1
	case (w == "Y" || w == "y") && len(words) > 1:
		return 2
	}
	return 0
}

// compound is an entry of compoundFamilies split into words, with the
// words folded (plain ASCII).
type compound struct {
	n             int
	words, folded [4]string
}

// compounds is compoundFamilies split and folded, built on first use.
var compounds = sync.OnceValue(func() *[len(compoundFamilies)]compound {
	var cs [len(compoundFamilies)]compound
	for i, c := range compoundFamilies {
		for w := range strings.SplitSeq(c, " ") {
			cs[i].words[cs[i].n] = w
			cs[i].folded[cs[i].n] = vietnam.Fold(w)
			cs[i].n++
		}
	}
	return &cs
})

// compoundLen returns how many leading words form a compound family name
// that leaves a given name after it, or 1, and whether the spelling decides
// it. Tones written must match: a word with a mark matches only the
// compound's word spelt the same (case aside). A word of plain ASCII also
// matches the compound's word without its marks ("Phu" for "phủ"), typed
// without tones, and then sure is false.
func compoundLen(words []string) (k int, sure bool) {
	var plain [4]bool
	for i := range min(len(words), len(plain)) {
		plain[i] = isPlain(words[i])
	}
	k, sure = 1, true
	cs := compounds()
	for i := range cs {
		c := &cs[i]
		if c.n <= k || c.n >= len(words) {
			continue // no longer than the best, or no given name left
		}
		if ok, exact := c.match(words, &plain); ok {
			k, sure = c.n, exact
		}
	}
	return k, sure
}

// match reports whether the first words spell c, and whether each is spelt
// as c's word rather than matched without its marks (plain says which
// words have none).
func (c *compound) match(words []string, plain *[4]bool) (match, exact bool) {
	exact = true
	for i := range c.n {
		switch {
		case lowerEqual(words[i], c.words[i]):
		case plain[i] && lowerEqual(words[i], c.folded[i]):
			exact = false
		default:
			return false, false
		}
	}
	return true, exact
}

// lowerEqual reports whether strings.ToLower(s) == lower, without
// building it.
func lowerEqual(s, lower string) bool {
	for _, r := range s {
		l, n := utf8.DecodeRuneInString(lower)
		if n == 0 || unicode.ToLower(r) != l {
			return false
		}
		lower = lower[n:]
	}
	return lower == ""
}

// isPlain reports whether s has no letter outside ASCII: a name typed
// without tones or vowel marks.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Alternative returns the other way to split n when its spelling cannot
// decide: a name whose first words match a compound family name only
// because some were typed without tones ("Hoang Phu Quy": Hoàng Phủ + Quý,
// or Hoàng + Phú + Quý; "Hoang Phủ Quý"). For the compound reading it
// returns the one-word family name, and the other way round. It returns
// false when the split is certain: the compound's words are spelt with
// their tones, no compound fits, or n is written given name first.
func (n Name) Alternative() (Name, bool) {
	full := n.String()
	if n.GivenFirst || n.Family == "" || n.Given == "" {
		return Name{}, false
	}
	words := strings.Split(full, " ")
	comp, sure := compoundLen(words)
	if sure {
		return Name{}, false
	}
	cur := strings.Count(n.Family, " ") + 1
	var f int
	switch {
	case cur == 1 && comp > 1:
		f = comp
	case cur > 1 && comp == cur:
		f = 1
	default:
		return Name{}, false
	}
	last := len(words) - 1
	return Name{
		Family: strings.Join(words[:f], " "),
		Middle: strings.Join(words[f:last], " "),
		Given:  words[last],
	}, true
}

// String returns the full name in the order it was written: family, middle,
// given, or given then family when GivenFirst is set.
func (n Name) String() string {
	parts := make([]string, 0, 3)
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if n.GivenFirst {
		add(n.Given)
		add(n.Middle)
		add(n.Family)
	} else {
		add(n.Family)
		add(n.Middle)
		add(n.Given)
	}
	return strings.Join(parts, " ")
}

// IsZero reports whether n has no parts.
func (n Name) IsZero() bool { return n.Family == "" && n.Middle == "" && n.Given == "" }

// Title returns n with every part in proper case for display
// (vietnam.Title): "NGUYỄN thị minh KHAI" gives "Nguyễn Thị Minh Khai".
func (n Name) Title() Name {
	return Name{
		Family:     vietnam.Title(n.Family),
		Middle:     vietnam.Title(n.Middle),
		Given:      vietnam.Title(n.Given),
		GivenFirst: n.GivenFirst,
	}
}

// Key returns the search key of the full name (vietnam.Fold of String): no
// tones, no case, đ→d. Use it to index and deduplicate rosters.
func (n Name) Key() string { return vietnam.Fold(n.String()) }

// Equal reports whether n and m have the same search key, so that
// "Nguyễn Thị Hoà" equals "NGUYEN THI HOA". Tones are ignored, so Hòa and Hoa
// are equal too: confirm a match with another field (birth date, CCCD).
//
// go-cmp uses this method, so cmp.Diff of values holding a Name ignores
// tones and case too. To diff spelling, pass
// cmp.Comparer(func(a, b person.Name) bool { return a == b }).
func (n Name) Equal(m Name) bool {
	return n.GivenFirst == m.GivenFirst &&
		vietnam.EqualFold(n.Family, m.Family) &&
		vietnam.EqualFold(n.Middle, m.Middle) &&
		vietnam.EqualFold(n.Given, m.Given)
}
