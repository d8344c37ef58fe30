package admin

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// cleanAddrText rewrites normalized address text into the form the
// tokenizer reads, part by part (parts are cut at , ; | and line breaks,
// which it keeps):
//
//   - what people add around an address goes: a remark in brackets ("(đối
//     diện chợ Bến Thành)", "(hẻm xe hơi)"), a landmark after "gần",
//     "cạnh", "đối diện", "sau chợ …", "kế chợ …" to the end of its part, phone
//     numbers with their label ("ĐT 0353 222 111", "SĐT: 0903.123.456",
//     "+84 912 000 111"), e-mail addresses;
//   - a type word in brackets after the name moves before it: "Cai Lậy
//     (Thị xã)" reads "Thị xã Cai Lậy", "Lao Và Chải (Xa)" "Xa Lao Và
//     Chải"; so does an English type word: "Binh Thanh District", "Khanh
//     Hoa Province", "Ho Chi Minh City";
//   - words glued without a space are cut where a capital follows a small
//     letter ("TỉnhThái Nguyên", "P.LáiThiêu", "Thành phốHà Nội",
//     "EaChàRang") or ends a run of capitals ("TPHàNội" is "TP Hà Nội");
//     a capital letter cut off alone before a name is read as an
//     abbreviation ("TBình Dương" is "T. Bình Dương");
//   - a digit typed inside a word with tones goes ("Nam Đị8nh");
//   - a type word glued to a name in small letters is cut ("Huyệnđô
//     Lương", "Tỉnhbac Ninh");
//   - text typed in Telex with the keyboard's Vietnamese mode off is
//     converted, when it has no mark and two words or more that only
//     Telex makes ("Phuwowngf Beens Nghes" is "Phường Bến Nghé"); so is
//     text typed in VNI ("Phuong72 Ben61 Nghe1").
//
// It returns s itself when there is nothing to rewrite. The work is linear
// in the length of s.
func cleanAddrText(s string) string {
	telex, vni := isTelexText(s), isVNIText(s)
	if !telex && !vni && !needsAddrClean(s) {
		return s
	}
	var out strings.Builder
	out.Grow(len(s) + 16)
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !isAddrSegSep(s[i]) {
			continue
		}
		cleanAddrSegment(&out, s[start:i], telex, vni)
		if i < len(s) {
			out.WriteByte(s[i])
		}
		start = i + 1
	}
	return out.String()
}

func isAddrSegSep(c byte) bool { return c == ',' || c == ';' || c == '|' || c == '\n' }

// needsAddrClean is a fast check that cleanAddrText has something to do
// besides converting Telex or VNI typing, which cleanAddrText checks itself.
func needsAddrClean(s string) bool {
	digits := 0
	var prev, prev2 rune
	for _, r := range s {
		switch {
		case r == '(' || r == '[' || r == '@':
			return true
		case r >= '0' && r <= '9':
			digits++
			if digits >= 9 || prev >= utf8.RuneSelf && unicode.IsLetter(prev) {
				return true
			}
		case unicode.IsUpper(r) && unicode.IsLower(prev),
			unicode.IsLower(r) && unicode.IsUpper(prev) && unicode.IsUpper(prev2):
			return true
		}
		prev2, prev = prev, r
	}
	f := strings.ToLower(s)
	for _, w := range addrGluedTypeWords {
		if i := strings.Index(f, w); i >= 0 && i+len(w) < len(f) && isAddrLetterAt(f, i+len(w)) {
			return true
		}
	}
	for _, w := range [...]string{"gần", "gan ", "cạnh", "canh ", "đối diện", "doi dien", "sau ", "trước", "truoc", "kế ", "ke ",
		"district", "province", "city", "ward", "commune", "town"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// cleanAddrSegment writes the cleaned form of one part.
func cleanAddrSegment(out *strings.Builder, seg string, telex, vni bool) {
	// A remark or type word in brackets.
	var typeWord string
	for {
		open := strings.IndexAny(seg, "([")
		if open < 0 {
			break
		}
		end := strings.IndexAny(seg[open:], ")]")
		inner, rest := "", ""
		if end < 0 {
			inner = seg[open+1:]
		} else {
			inner, rest = seg[open+1:open+end], seg[open+end+1:]
		}
		if t := strings.TrimSpace(inner); typeWord == "" && isAddrTypeText(t) {
			typeWord = t
		}
		seg = seg[:open] + " " + rest
	}
	words := strings.Fields(seg)
	kept := make([]string, 0, len(words)+4)
	for _, w := range words {
		if strings.IndexByte(w, '@') >= 0 {
			// an e-mail address, and its label
			if n := len(kept); n > 0 && isAddrLabel(kept[n-1], "email", "e-mail", "mail") {
				kept = kept[:n-1]
			}
			continue
		}
		if telex {
			w = untype(vietnam.InputTelex, w)
		} else if vni {
			w = untype(vietnam.InputVNI, w)
		}
		if typ, name, ok := cutGluedTypeWord(w); ok {
			kept = append(kept, typ)
			w = name
		} else if dot := strings.LastIndexByte(w, '.'); dot > 0 {
			// "T.Phốvinh": the type word after an abbreviation's dot
			if typ, name, ok := cutGluedTypeWord(w[dot+1:]); ok {
				kept = append(kept, w[:dot+1]+typ)
				w = name
			}
		}
		kept = append(kept, splitGlued(w)...)
	}
	words = dropPhones(kept)
	words = dropLandmark(words)
	if n := len(words); n >= 2 && typeWord == "" {
		if f := vietnam.Fold(strings.Trim(words[n-1], ".")); isEnglishType(f) {
			typeWord, words = words[n-1], words[:n-1]
		}
	}
	if typeWord != "" && len(words) > 0 {
		out.WriteString(typeWord)
		out.WriteByte(' ')
	}
	for i, w := range words {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(w)
	}
}

// isAddrTypeText reports whether s (from brackets) is a type word: "Xã",
// "Xa", "X", "Thị xã", "Huyen", "H", "TP".
func isAddrTypeText(s string) bool {
	f := strings.Trim(vietnam.Fold(s), ". ")
	switch f {
	case "xa", "x", "phuong", "p", "thi tran", "tt", "thi xa", "tx", "huyen", "h", "quan", "q",
		"thanh pho", "tp", "tinh", "t", "dac khu":
		return true
	}
	return false
}

func isEnglishType(f string) bool {
	switch f {
	case "district", "province", "city", "ward", "commune", "town":
		return true
	}
	return false
}

// isAddrLabel reports whether w, folded and without a trailing ':' or
// '.', is one of the labels.
func isAddrLabel(w string, labels ...string) bool {
	f := strings.TrimRight(vietnam.Fold(w), ":.")
	for _, l := range labels {
		if f == l {
			return true
		}
	}
	return false
}

// addrGluedTypeWords are the type words, lower-cased with their tones,
// that forms glue to a name typed in small letters ("Huyệntân biên",
// "Tỉnhbac Ninh", "T.Phốvinh Yên"). With their tones they are no name's
// first syllable.
var addrGluedTypeWords = [...]string{"huyện", "tỉnh", "phường", "quận", "phố", "trấn", "xã"}

func isAddrLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// cutGluedTypeWord returns the type word that opens w, glued to a name
// of two letters or more, and the name; ok is false when w is not so.
func cutGluedTypeWord(w string) (typ, name string, ok bool) {
	for _, t := range addrGluedTypeWords {
		if len(w) < len(t)+2 {
			continue
		}
		if head := w[:len(t)]; strings.EqualFold(head, t) && isAddrLetterAt(w, len(t)) {
			rest := w[len(t):]
			if last, _ := utf8.DecodeLastRuneInString(rest); utf8.RuneCountInString(rest) >= 2 && unicode.IsLetter(last) {
				return head, rest, true
			}
		}
	}
	return "", "", false
}

// splitGlued cuts a word where a capital follows a small letter, or ends
// a run of capitals before small letters; a digit inside a word with
// tones is dropped. It returns the word alone when there is nothing to cut.
func splitGlued(w string) []string {
	if rest, ok := strings.CutPrefix(w, "TTr"); ok && rest != "" && (rest[0] == '.' || unicode.IsUpper(rune(rest[0]))) {
		// "TTr.Quỳnh Côi": Thị trấn, not T. and Tr.
		if rest = strings.TrimLeft(rest, "."); rest != "" {
			return append([]string{"TTr."}, splitGlued(rest)...)
		}
	}
	var cuts [8]int
	n := 0
	var prev, prev2 rune
	drop := -1
	for i, r := range w {
		switch {
		case n == len(cuts):
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			cuts[n] = i
			n++
		case unicode.IsLower(r) && unicode.IsUpper(prev) && unicode.IsUpper(prev2):
			// "TPHà": cut before the last capital
			cuts[n] = i - utf8.RuneLen(prev)
			n++
		case r >= '0' && r <= '9' && prev >= utf8.RuneSelf && unicode.IsLetter(prev) && drop < 0:
			if next, _ := utf8.DecodeRuneInString(w[i+1:]); unicode.IsLower(next) {
				drop = i
			}
		}
		prev2, prev = prev, r
	}
	if n == 0 && drop < 0 {
		return []string{w}
	}
	if drop >= 0 {
		w = w[:drop] + w[drop+1:]
		for k := range n {
			if cuts[k] > drop {
				cuts[k]--
			}
		}
	}
	parts := make([]string, 0, n+1)
	at := 0
	for _, c := range cuts[:n] {
		if c > at {
			parts = append(parts, w[at:c])
		}
		at = c
	}
	parts = append(parts, w[at:])
	// A capital cut off alone before a name is an abbreviation: "TBình"
	// is "T. Bình", "P.LáiThiêu" already has its dot.
	if len(parts) > 1 && len(parts[0]) == 1 && parts[0][0] >= 'A' && parts[0][0] <= 'Z' {
		parts[0] += "."
	}
	return parts
}

// dropPhones removes phone numbers (9 to 12 digits in groups, starting
// with 0 or +84) and the label and dash before them.
func dropPhones(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); {
		j, digits := i, 0
		for j < len(words) && isPhoneGroup(words[j]) {
			digits += countDigits(words[j])
			j++
		}
		w := strings.TrimLeft(words[i], "(")
		if j > i && digits >= 9 && digits <= 12 && (strings.HasPrefix(w, "0") || strings.HasPrefix(w, "+84") || strings.HasPrefix(w, "84")) {
			for len(out) > 0 && (out[len(out)-1] == "-" || isAddrLabel(out[len(out)-1],
				"dt", "sdt", "dtdd", "dd", "tel", "phone", "mobile", "hotline", "lh", "lien he")) {
				out = out[:len(out)-1]
			}
			i = j
			continue
		}
		out = append(out, words[i])
		i++
	}
	return out
}

func isPhoneGroup(w string) bool {
	if w == "" {
		return false
	}
	d := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			d++
		case c == '.' || c == '-' || c == '+' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return d > 0
}

func countDigits(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			n++
		}
	}
	return n
}

// dropLandmark cuts the part at a landmark: "gần", "cạnh", "đối diện"
// written with their tones, or any of "gan", "canh", "sau", "truoc", "ke",
// "ben canh", "doi dien" followed by a place people point to ("chợ",
// "trường", "cây xăng").
func dropLandmark(words []string) []string {
	for i, w := range words {
		lw := strings.ToLower(w)
		if lw == "gần" || lw == "cạnh" || lw == "đối" && i+1 < len(words) && strings.ToLower(words[i+1]) == "diện" {
			if i > 0 {
				return words[:i]
			}
		}
		switch vietnam.Fold(w) {
		case "gan", "canh", "sau", "truoc", "ke", "doi", "ben":
			if i > 0 && i+1 < len(words) && isLandmarkNoun(words[i+1:]) {
				return words[:i]
			}
		}
	}
	return words
}

func isLandmarkNoun(rest []string) bool {
	f := vietnam.Fold(rest[0])
	if f == "dien" || f == "canh" { // "đối diện chợ", "bên cạnh trường"
		if len(rest) < 2 {
			return false
		}
		f = vietnam.Fold(rest[1])
	}
	switch f {
	case "cho", "truong", "cay", "nha", "tiem", "nga", "cau", "ben", "ubnd", "uy", "benh", "cong", "sieu",
		"chua", "dinh", "buu", "quan", "cua", "khu", "tram", "san", "ngan", "cang":
		return true
	}
	return false
}

// Text typed with the keyboard's Vietnamese mode off keeps its marks as
// letters (Telex: "Phuwowngf Beens Nghes, Quaanj 1") or digits (VNI:
// "Phuong72 Ben61 Nghe1"); vietnam.InputMethod reads such words back.
// One word proves little ("Max" is the Telex "Mã"), so a text is read as
// typed only when it has no mark at all and two such words or more, one
// of them with a vowel mark or đ, not only a tone ("Kar" of Ea Kar reads
// as Kả).

// isTelexText reports whether s reads as typed in Telex.
func isTelexText(s string) bool {
	return typedUnmarked(s, isASCIILetter, func(w string) (bool, bool) { return typedWord(vietnam.InputTelex, w) })
}

// isVNIText reports whether s reads as typed in VNI: "P12", "Q10" or
// "KP3" have no vowel before their digits and are not VNI.
func isVNIText(s string) bool {
	return typedUnmarked(s, func(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' },
		func(w string) (bool, bool) { return typedWord(vietnam.InputVNI, w) })
}

// typedUnmarked reports whether s, written without any mark, has two words
// or more (runs of bytes that inWord accepts) that word reads as typed with
// the keyboard's Vietnamese mode off, one of them typing a mark.
func typedUnmarked(s string, inWord func(byte) bool, word func(string) (typed, marks bool)) bool {
	n, marks := 0, false
	for i := 0; i < len(s); {
		if s[i] >= utf8.RuneSelf {
			return false // marks typed: the keyboard was on
		}
		j := i
		for j < len(s) && inWord(s[j]) {
			j++
		}
		if j > i {
			if t, m := word(s[i:j]); t {
				n++
				marks = marks || m
			}
			i = j
		} else {
			i++
		}
	}
	return n >= 2 && marks
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// typedWord reports whether w reads as typed with m, and whether it types
// a vowel mark or đ. English words of addresses ("Town" would be Tơn)
// are not read as typed.
func typedWord(m vietnam.InputMethod, w string) (typed, marks bool) {
	if isEnglishAddrWord(w) {
		return false, false
	}
	d, ok := m.DecodeWord(w)
	if !ok {
		return false, false
	}
	for _, r := range d {
		if b, _ := vietnam.SplitTone(r); b >= utf8.RuneSelf {
			return true, true
		}
	}
	return true, false
}

// isEnglishAddrWord reports the English words of addresses that happen to
// read as Telex syllables.
func isEnglishAddrWord(w string) bool {
	if len(w) > 8 {
		return false
	}
	var lw [8]byte
	for i := 0; i < len(w); i++ {
		lw[i] = w[i] | 0x20
	}
	switch string(lw[:len(w)]) {
	case "ward", "town", "street", "road", "commune", "district", "province", "city", "hwy", "new", "west", "view", "tower":
		return true
	}
	return false
}

// untype converts one word of a text typed with m; a word that does not
// read as typed is returned as it is.
func untype(m vietnam.InputMethod, w string) string {
	if isEnglishAddrWord(w) {
		return w
	}
	d, _ := m.DecodeWord(w)
	return d
}
