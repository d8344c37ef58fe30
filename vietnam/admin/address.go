package admin

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/hocvuso/hocvuso/vietnam"
)

// MaxAddressLen is the longest address, in bytes, that ParseAddress and a
// Resolver accept. Real addresses are well under 200 bytes; the cap keeps
// the work per address bounded whatever a file contains.
const MaxAddressLen = 512

// Errors of address parsing and resolution, matched with errors.Is; the
// error returned is an *AddressError that says which input failed.
var (
	// ErrAddressEmpty: the input holds no letter or digit.
	ErrAddressEmpty = errors.New("empty address")
	// ErrAddressTooLong: the input is longer than MaxAddressLen bytes.
	ErrAddressTooLong = errors.New("address too long")
	// ErrAddressNotFound: no province, district or commune of either era
	// was recognised in the input.
	ErrAddressNotFound = errors.New("no administrative unit recognised")
)

// An AddressError reports an address that could not be parsed or resolved.
type AddressError struct {
	Input string // the input as given (cut to MaxAddressLen bytes)
	Err   error  // ErrAddressEmpty, ErrAddressTooLong or ErrAddressNotFound
}

func (e *AddressError) Error() string {
	if errors.Is(e.Err, ErrAddressTooLong) {
		return fmt.Sprintf("admin: address %q...: %v (%d bytes at most)", e.Input, e.Err, MaxAddressLen)
	}
	return fmt.Sprintf("admin: address %q: %v", e.Input, e.Err)
}

func (e *AddressError) Unwrap() error { return e.Err }

func newAddressError(s string, err error) *AddressError {
	if len(s) > MaxAddressLen {
		s = strings.ToValidUTF8(s[:MaxAddressLen], "")
	}
	return &AddressError{Input: s, Err: err}
}

// An Address is a free-text address split into its parts, smallest first, each
// as written (normalized with vietnam.Normalize, type words and abbreviations
// kept: "P. 10", "TP HCM"). A part that the text does not carry is empty; the
// zero Address is an address with no part.
type Address struct {
	House    string // house number: "42/4/6", "Số 12A"
	Street   string // street, alley or building: "Trương Quốc Dung", "Hẻm 5 Lê Lợi"
	Hamlet   string // below the commune: "Khu phố 3", "Ấp Bình Phú", "Tổ 5, Thôn 2"
	Commune  string // "Phường Lái Thiêu", "P8", "xa dong xuan"
	District string // before 1/7/2025 only: "TP. Thuận An", "Q10"
	Province string // "Bình Dương", "TP HCM", "BD"
}

// String joins the non-empty parts with ", ", smallest first, with the
// house number and street in one part.
func (a Address) String() string {
	parts := make([]string, 0, 5)
	switch {
	case a.House != "" && a.Street != "":
		parts = append(parts, a.House+" "+a.Street)
	case a.House != "":
		parts = append(parts, a.House)
	case a.Street != "":
		parts = append(parts, a.Street)
	}
	for _, p := range []string{a.Hamlet, a.Commune, a.District, a.Province} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// IsZero reports whether a has no part.
func (a Address) IsZero() bool { return a == Address{} }

// ParseAddress splits free text into the parts of an Address, using only the
// text: commas, the type words of units and hamlets and their abbreviations
// ("P.", "F", "Q.", "H.", "TX", "TT", "TP", "KP", "Ấp", "Thôn", "Tổ"), glued
// forms ("P8Q10", "F.10"), province nicknames ("TPHCM", "Sài Gòn", "SG"),
// with or without tones. Each line of a text on several lines is a part.
// A leading field name ("Địa chỉ:", "Thường trú:"), a trailing country
// ("Việt Nam", "VN") and a postal code (at the end, with or without its
// label "Mã bưu chính", or before the province's name) are dropped, and
// so are remarks in brackets, landmarks ("gần chợ …"), phone numbers and
// e-mail addresses; text typed in Telex or VNI with the Vietnamese mode off is
// converted ("Phuwowngf Beens Nghes"); parts written from the largest
// unit down are turned around; glued words are cut ("TỉnhThái Nguyên",
// "Huyệnđô Lương") and a type
// word written after its name, in brackets or in English, is read before
// it ("Cai Lậy (Thị xã)", "Binh Thanh District"). Parts are returned as
// the text reads after that cleaning.
//
// Text with neither commas nor type words cannot be split without knowing
// the names of the units; a Resolver does that (its Resolve returns the
// Address read with the names). ParseAddress returns an *AddressError
// wrapping ErrAddressEmpty or ErrAddressTooLong for input it cannot read,
// and ErrAddressNotFound for text that is only noise (a phone number).
func ParseAddress(s string) (Address, error) {
	sc := embeddedResolver.getScratch()
	defer embeddedResolver.scratch.Put(sc)
	toks, norm, err := sc.tokenizeAddress(s)
	if err != nil {
		return Address{}, err
	}
	return parseAddrText(norm, toks), nil
}

// An addrToken is one word or number of an address. Words and numbers are split
// apart ("P8Q10" is p, 8, q, 10) and leading zeros dropped from numbers, so
// that "P.01" and "Phường 1" give the same keys.
type addrToken struct {
	start, end int      // byte span in the normalized input
	key        string   // folded: "lai", "1"
	keyAt      [2]int32 // where key is in the tokenizer's buffer
	seg        int      // comma-separated segment
	dot        bool     // followed directly by '.': an abbreviation
	glued      bool     // follows the previous token with no separator ("P8")
	num        bool     // digits only
	marked     bool     // carries a non-ASCII letter (tones or marks)
	// toned is typeWordToned of the token, once asked of a marked one:
	// 1 when it carries the tones of its type word, -1 when not, 0 not
	// asked yet
	toned int8
}

// addrScratch holds the buffers of reading the text of one address. The
// tokens it returns and their keys live in it: they are valid until it
// reads the next address, and must not outlive it (the text returned is
// a string of its own).
type addrScratch struct {
	dash    []byte // the text with dashes read as commas (splitAddrDashes)
	english []byte // the text with English parts cut (splitAddrEnglish)
	clean   []byte // the text cleaned (cleanAddrText)
	// unbracket is a part without its brackets (cleanAddrSegment)
	unbracket []byte
	words     []string    // the words of a part being cleaned
	keys      []byte      // the keys of the tokens
	toks      []addrToken // the tokens
	arranged  []addrToken // the tokens in the order the resolver reads
	// asWritten is, when the parts were reversed (read largest first),
	// the tokens in the order written, which the resolver also tries: an
	// abbreviated province at the end ("…, Huyện Tân Sơn, P.Thọ") opens
	// its part like a ward. nil otherwise.
	asWritten []addrToken
}

// tokenizeAddress normalizes s and cuts it into tokens; it drops a trailing
// country and postal code.
func (sc *addrScratch) tokenizeAddress(s string) ([]addrToken, string, error) {
	if len(s) > MaxAddressLen {
		return nil, "", newAddressError(s, ErrAddressTooLong)
	}
	// One scan tells which of the first steps have anything to do, and
	// a second where they rewrote the text: it costs less than
	// needsAddrClean alone, which the text was asked, and finds the text
	// Normalize wrote slow only where it would be (TestScanAddrTextSet).
	f := scanAddrText(s)
	written := s // f is of written
	// asciiAddrKeys of asciiOf: of s where f says s is ASCII, of ""
	// (none) until then
	var ascii uint8
	asciiOf := ""
	switch {
	case f&addrTextSlow != 0:
		written = vietnam.Normalize(fromLegacy(addrLinesAsParts(s)))
		f = scanAddrText(written)
	case f&addrTextASCII != 0:
		// no line break, nothing Normalize changes; LooksLegacy reads
		// ASCII for VIQR
		ascii, asciiOf = asciiAddrKeys(s), s
		if ascii&asciiKeyVIQR == 0 {
			break
		}
		if written = fromLegacy(s); written != s {
			written = vietnam.Normalize(written)
			f = scanAddrText(written)
		}
	}
	dashed, dash := written, sc.dash
	if f&(addrTextSlow|addrTextDash) != 0 {
		dashed, dash = splitAddrDashes(sc.dash, written)
	}
	split, english := dashed, sc.english[:0]
	if f&(addrTextSlow|addrTextClean|addrTextLongS) != 0 {
		// Where the scan found no word of addrCleanWords, written has
		// no English type word, nor has dashed, but "diſtrict", whose
		// long s EqualFold reads as s, and which the scan tells
		// (TestScanAddrText).
		split, english = splitAddrEnglish(sc.english, dashed)
	}
	sc.dash, sc.english = dash, english
	// The scan tells what needsAddrClean says of split where it read
	// written and no English type word was cut: splitAddrDashes makes
	// a '-' a ',', which needsAddrClean reads alike, and keeps the text
	// ASCII or not (TestScanAddrText).
	known := f&addrTextSlow == 0 && split == dashed
	var norm string
	switch {
	case known && f&addrTextASCII != 0:
		// ASCII: Telex or VNI may be, and the scan tells the rest
		if split != asciiOf {
			ascii = asciiAddrKeys(split)
		}
		norm = sc.cleanASCIIText(split, f&addrTextClean != 0, ascii)
	case !known:
		norm = sc.cleanAddrText(split)
	case f&addrTextClean != 0:
		// marks typed: neither Telex nor VNI (cleanAddrText)
		norm = sc.cleanAddrParts(split, false, false)
	default:
		norm = split
	}
	if norm == written {
		norm = written
	} else {
		// a view of the scratch (viewAddrText): the one copy, which the
		// answer's parts keep
		norm = strings.Clone(norm)
	}
	toks, keys := appendAddrTokensTo(sc.toks[:0], sc.keys[:0], norm, true)
	sc.toks, sc.keys = toks, keys
	toks = trimAddrCountryLead(trimAddrLabel(norm, toks))
	toks = joinAddrProvinceType(dropAddrInitialsEcho(norm, dropAddrPostalLead(trimAddrTail(norm, toks))))
	sc.asWritten = nil
	if arranged, reversed := arrangeAddrSegments(sc.arranged[:0], norm, toks); arranged != nil {
		sc.arranged = arranged
		if reversed {
			sc.asWritten = toks
		}
		toks = trimAddrTail(norm, arranged)
	}
	if len(toks) == 0 {
		if norm != written {
			// the scratch's buffers, which no token holds now
			var wtoks []addrToken
			wtoks, sc.keys = appendAddrTokensTo(sc.arranged[:0], sc.keys[:0], written, true)
			if sc.arranged = wtoks; len(wtoks) > 0 {
				// a phone number or a remark alone: text, but no address
				return nil, norm, newAddressError(s, ErrAddressNotFound)
			}
		}
		return nil, norm, newAddressError(s, ErrAddressEmpty)
	}
	return toks, norm, nil
}

// hasAddrLineBreak reports whether s has a line break of
// addrLinesAsParts: \n, \r, \v, \f, or U+2028 or U+2029, which UTF-8
// writes E2 80 A8 and E2 80 A9 (and strings.ContainsAny would decode
// every rune of s to find).
func hasAddrLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\v', '\f':
			return true
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

// addrLinesAsParts returns s with each line break, and the white space
// and commas around it, made one ", ": an address written on several
// lines, as envelopes, forms and address libraries lay it out ("Phường
// 5\nQuận 3\nHo Chi Minh City\n705612\nViệt Nam"), has a part per line,
// and Normalize would make the breaks spaces. It returns s itself when
// it has no line break.
func addrLinesAsParts(s string) string {
	if !hasAddrLineBreak(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	pending := false // a break seen since the last text
	for _, r := range s {
		switch r {
		case '\n', '\r', '\u2028', '\u2029', '\v', '\f':
			pending = true
			continue
		case ' ', '\t', ',':
			if pending {
				continue
			}
		}
		if pending && b.Len() > 0 {
			b.WriteString(", ")
		}
		pending = false
		b.WriteRune(r)
	}
	return b.String()
}

// appendAddrTokens appends the tokens of the normalized text s.
func appendAddrTokens(toks []addrToken, s string) []addrToken {
	// Folded keys are no longer than the text but for a few numbers'
	// leading zeros: one buffer, copied into one string at the end.
	toks, _ = appendAddrTokensTo(toks, make([]byte, 0, len(s)+8), s, false)
	return toks
}

// appendAddrTokensTo appends the tokens of the normalized text s to toks,
// their keys to keys, and returns both. With view, the tokens' keys are
// views of the returned keys buffer, valid as long as it is not written
// again (see addrScratch); else they are a string of their own.
//
// Each key is written as its word is read: an ASCII letter lower-cased,
// a letter of Vietnamese as the one letter it folds to (addrRunes), a
// digit as it is. A word with any other rune (a combining mark, a letter
// of another script) is folded whole by appendFoldWord when it ends,
// which is what every key is: the bytes written for it are a shortcut.
func appendAddrTokensTo(toks []addrToken, keys []byte, s string, view bool) ([]addrToken, []byte) {
	z := addrTokenizer{s: s, toks: toks, first: len(toks), start: -1, keys: slices.Grow(keys, len(s)+8), view: view}
	runes := addrRunes()
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c|0x20-'a' < 26: // an ASCII letter: c|0x20 is a small letter for those alone
			// z.letter(i), written out: a call at each word otherwise
			if z.start < 0 {
				z.begin(i, false)
			} else if z.digits {
				z.flush(i)
				z.glued = true
				z.begin(i, false)
			}
			// the run of ASCII letters, most of a word's, which goes on
			// it lower-cased with one test a byte
			keys := append(z.keys, c|0x20)
			for i++; i < len(s) && s[i]|0x20-'a' < 26; i++ {
				keys = append(keys, s[i]|0x20)
			}
			z.keys = keys
			continue
		case c-'0' < 10:
			if z.start >= 0 && !z.digits {
				z.flush(i)
				z.glued = true
			}
			if z.start < 0 {
				z.begin(i, true)
			}
			// the run of digits, which the key takes as they are
			j := i + 1
			for j < len(s) && s[j]-'0' < 10 {
				j++
			}
			z.keys = append(z.keys, s[i:j]...)
			i = j
			continue
		case c < utf8.RuneSelf:
			if (c == '\'' || c == '`') && z.start >= 0 && !z.digits {
				// inside a word: "H'Leo", "K'Dang" stay one word; the key
				// drops it
				i++
				continue
			}
			if z.start >= 0 { // most are a space after a comma's token
				z.flushDot(i, c == '.')
			}
			if c == ',' || c == ';' || c == '|' || c == '\n' {
				z.seg++
			}
			i++
			continue
		}
		// runes.at, written out for the runes of two bytes and three
		var fold byte
		size := 0
		switch {
		case c-0xC3 < 4 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			fold, size = runes[int(c-0xC3)<<6|int(s[i+1]&0x3F)].fold, 2
		case c == 0xE1 && i+2 < len(s) && s[i+1]&0xFE == 0xBA && s[i+2]&0xC0 == 0x80:
			fold, size = runes[4<<6+int(s[i+1]&1)<<6|int(s[i+2]&0x3F)].fold, 3
		}
		if fold != 0 {
			if z.start < 0 || z.digits {
				z.letter(i) // most words open with an ASCII letter
			}
			z.marked = true
			z.keys = append(z.keys, fold)
			i += size
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isAddrWordRune(r):
			z.letter(i)
			z.marked, z.slow = true, true
		case isAddrApostrophe(r) && z.start >= 0 && !z.digits:
			z.slow = true
		default:
			z.flush(i)
		}
		i += size
	}
	z.flush(len(s))
	if view {
		return z.toks, z.keys // flush made each key a view
	}
	// One string holds every key; each token's key is a slice of it.
	all := string(z.keys)
	for i := z.first; i < len(z.toks); i++ {
		t := &z.toks[i]
		t.key = all[t.keyAt[0]:t.keyAt[1]]
	}
	return z.toks, z.keys
}

// addrTokenizer is the state of appendAddrTokens.
type addrTokenizer struct {
	s      string
	toks   []addrToken
	first  int    // first token appended
	keys   []byte // the folded keys, one after the other
	seg    int
	start  int // start of the current token, -1 between tokens
	keyAt  int // where the current token's key starts in keys
	digits bool
	marked bool
	glued  bool
	slow   bool // the word has a rune that its key must be folded whole for
	// view: each token's key is made a view of keys as it is flushed.
	// No byte of keys is written again once its token is flushed (each
	// token writes from its own keyAt on), and where keys grows the
	// views keep the bytes they were made of.
	view bool
}

// begin starts a token at byte i.
func (z *addrTokenizer) begin(i int, digits bool) {
	z.start, z.keyAt, z.digits, z.marked, z.slow = i, len(z.keys), digits, false, false
}

// letter notes a letter at byte i: it ends a number, starts a word.
func (z *addrTokenizer) letter(i int) {
	if z.start >= 0 && z.digits {
		z.flush(i)
		z.glued = true
	}
	if z.start < 0 {
		z.begin(i, false)
	}
}

// flush ends the current token at byte end, its key made as
// appendFoldWord makes it.
func (z *addrTokenizer) flush(end int) {
	z.flushDot(end, end < len(z.s) && z.s[end] == '.')
}

// flushDot is flush where dot tells whether the byte at end is '.':
// the tokenizer's loop has it at hand where most tokens end.
func (z *addrTokenizer) flushDot(end int, dot bool) {
	if z.start < 0 {
		return
	}
	at := z.keyAt
	switch {
	case z.slow:
		z.keys = appendFoldWord(z.keys[:at], z.s[z.start:end])
	case z.digits:
		// a number without its leading zeros: "01" is "1"
		k := z.keys[at:]
		n := 0
		for n < len(k)-1 && k[n] == '0' {
			n++
		}
		if n > 0 {
			z.keys = append(z.keys[:at], k[n:]...)
		}
	case len(z.keys) > at+1 && z.keys[len(z.keys)-1] == 'y': // what spellYAsI asks first
		z.keys = spellYAsI(z.keys, at)
	}
	if keys := z.keys; len(keys) > at {
		// the token written in its place, field by field: append
		// builds it aside and copies it, and each token pays for that
		n := len(z.toks)
		if n == cap(z.toks) {
			z.toks = slices.Grow(z.toks, 1)
		}
		z.toks = z.toks[:n+1]
		t := &z.toks[n]
		t.start, t.end = z.start, end
		// one store of the key: each is a pointer's, which the
		// garbage collector's write barrier checks
		if z.view {
			t.key = unsafe.String(&keys[at], len(keys)-at)
		} else {
			t.key = ""
		}
		t.keyAt = [2]int32{int32(at), int32(len(keys))}
		t.seg = z.seg
		t.dot = dot
		t.glued, t.num, t.marked, t.toned = z.glued, z.digits, z.marked, 0
	}
	z.start = -1
	z.glued = false
}

func isAddrApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`'
}

// addrLabels are the field names forms put before an address ("Địa chỉ:",
// "Thường trú:"), folded.
var addrLabels = [...]string{
	"dia chi", "dc", "d c", "dia chi thuong tru", "dia chi tam tru", "thuong tru", "tam tru",
	"noi thuong tru", "noi o", "noi o hien tai", "cho o", "cho o hien tai", "que quan", "hktt",
	"ho khau thuong tru", "address", "addr",
}

// trimAddrLabel drops a field name and colon that open the address.
func trimAddrLabel(norm string, toks []addrToken) []addrToken {
	colon := strings.IndexByte(norm, ':')
	if colon < 0 {
		return toks
	}
	n := 0
	for n < len(toks) && toks[n].end <= colon {
		n++
	}
	if n == 0 || n > 6 {
		return toks
	}
	for _, l := range addrLabels {
		if addrTokensSpell(toks, 0, n, l) {
			return toks[n:]
		}
	}
	return toks
}

// trimAddrCountryLead drops the country's name written as one word
// ("Vietnam", addrCountryWord) before the first words of the address in
// their part, as map services write a place they know by district alone
// ("Vietnam Hà Trung, Thanh Hoá, Việt Nam"). The country alone in its
// part is arrangeAddrSegments's to drop (isAddrCountryPart); "Việt Nam"
// in two words before others is kept, which may be a name's ("Việt Nam
// Nam").
func trimAddrCountryLead(toks []addrToken) []addrToken {
	if len(toks) < 2 || toks[0].key != addrCountryWord || toks[1].seg != toks[0].seg {
		return toks
	}
	return toks[1:]
}

// trimAddrTail drops a trailing country name, whole or cut short
// (addrCountryTail), postal code and the "(cũ)" or "(mới)" people append,
// as often as they repeat.
func trimAddrTail(norm string, toks []addrToken) []addrToken {
	for len(toks) > 0 {
		n := len(toks)
		last := toks[n-1].key
		k := addrCountryTail(toks)
		switch {
		case k > 0:
			toks = toks[:n-k]
		case isAddrPostalCode(toks, n-1) || isAddrGluedPostalCode(toks, n-1):
			seg := toks[n-1].seg
			toks = toks[:n-1]
			for _, l := range addrPostalLabels {
				// and its label: "Mã bưu chính 70000"
				if k := strings.Count(l, " ") + 1; k <= len(toks) && toks[len(toks)-k].seg == seg &&
					addrTokensSpell(toks, len(toks)-k, len(toks), l) {
					toks = toks[:len(toks)-k]
					break
				}
			}
		case (last == "cu" || last == "moi") && toks[n-1].start > 0 && norm[toks[n-1].start-1] == '(':
			toks = toks[:n-1]
		default:
			return toks
		}
	}
	return toks
}

// The country's name, folded: addrCountryAt and countryCut read the
// tokens against these spellings, and only they. "Vietnam" and "VN"
// are its forms of one word.
const (
	addrCountryFirst = "viet"
	addrCountryLast  = "nam"
	addrCountry      = addrCountryFirst + " " + addrCountryLast
	addrCountryWord  = addrCountryFirst + addrCountryLast
	addrCountryCode  = "vn"
)

// addrCountryAt returns how many tokens ending before end spell the
// country's name in full: "Việt Nam" within one part, "Vietnam", "VN";
// 0 when they do not. It is what a country part is: trimAddrTail drops
// one that ends the address, arrangeAddrSegments one inside it
// (isAddrCountryPart).
func addrCountryAt(toks []addrToken, end int) int {
	switch k := toks[end-1].key; k {
	case addrCountryWord, addrCountryCode:
		return 1
	case addrCountryLast:
		if end >= 2 && toks[end-2].key == addrCountryFirst && toks[end-2].seg == toks[end-1].seg {
			return 2
		}
	}
	return 0
}

// addrCountryTail returns how many tokens at the end of toks are the
// country, in full (addrCountryAt) or cut short (countryCut); 0 when
// they are not.
func addrCountryTail(toks []addrToken) int {
	if k := addrCountryAt(toks, len(toks)); k > 0 {
		return k
	}
	return countryCut(toks)
}

// countryCut returns how many tokens at the end of toks are the country
// cut short by a column's width, a part of its own after the address:
// "…, Vi", "…, Việt", "…, Việt N", "…, Việt Na" (two letters or more of
// addrCountry, short of all of it); 0 when they are not.
func countryCut(toks []addrToken) int {
	n := len(toks)
	k := 1
	if n >= 2 && toks[n-2].seg == toks[n-1].seg {
		k = 2
	}
	if n <= k || toks[n-k-1].seg == toks[n-k].seg || len(toks[n-k].key) < 2 || toks[n-k].key[0] != addrCountry[0] {
		return 0 // not a part of its own after another, of one word or two
	}
	// the words of the part, a space between, a start of addrCountry
	rest := addrCountry
	for x := n - k; x < n; x++ {
		if x > n-k {
			if rest == "" || rest[0] != ' ' {
				return 0
			}
			rest = rest[1:]
		}
		if !strings.HasPrefix(rest, toks[x].key) {
			return 0
		}
		rest = rest[len(toks[x].key):]
	}
	if rest == "" || len(addrCountry)-len(rest) < 2 {
		return 0
	}
	return k
}

// isAddrPostalCode reports whether token i is a postal code: a number of
// five digits (the national codes since 2018, "70000", of which those of
// the north-east open with a zero: Quảng Ninh "01000", Hải Phòng "04000")
// or six (VNPost's older codes, "700000") standing alone. The digits are
// counted as written: the key drops leading zeros.
func isAddrPostalCode(toks []addrToken, i int) bool {
	t := toks[i]
	return t.num && isAddrPostalLen(t) && !t.glued &&
		(i+1 == len(toks) || !toks[i+1].glued)
}

// isAddrPostalLen reports whether number token t has five or six digits
// as written.
func isAddrPostalLen(t addrToken) bool {
	n := t.end - t.start
	return n == 5 || n == 6
}

// isAddrGluedPostalCode reports whether token i, the last, is a postal
// code glued to the word before it, the end of the province's name, as
// exports that join the city and the code with no space write it ("Hà
// Nội100000", "Long An82000"): no unit's name ends in five or six digits.
func isAddrGluedPostalCode(toks []addrToken, i int) bool {
	t := toks[i]
	return i > 0 && i+1 == len(toks) && t.num && t.glued && isAddrPostalLen(t) &&
		!toks[i-1].num && len(toks[i-1].key) > 1
}

// addrPostalLabels are the words that name a postal code, folded.
var addrPostalLabels = [...]string{"ma buu chinh", "ma buu dien", "mbc", "postal code", "postcode", "zip code", "zip"}

// dropAddrPostalLead drops a postal code written before the name of the
// last part, the province's ("…, Quận 3, 700000 TP. Hồ Chí Minh"), as
// envelopes in the European style put it.
func dropAddrPostalLead(toks []addrToken) []addrToken {
	n := len(toks)
	if n < 3 || toks[n-1].seg == toks[0].seg {
		return toks
	}
	i := addrSegFirst(toks, n-1)
	if !isAddrPostalCode(toks, i) || toks[i+1].num || toks[i+1].seg != toks[i].seg {
		return toks
	}
	return append(toks[:i], toks[i+1:]...)
}

// arrangeAddrSegments appends to dst the tokens with their comma-separated
// parts put in the order the resolver reads, smallest first, or returns
// nil when they are in that order already. A part typed twice in a row goes ("Quận 1,
// Quận 1, TP HCM, TP HCM"), and parts written from the largest unit down
// ("TP HCM, Quận 1, Phường Bến Nghé", "Tỉnh Long An, Huyện Cần Giuộc, Xã
// Tân Kim"), as forms with one box per level give them, are turned
// around, which it reports. The order is read from the type words that open the parts:
// two or more, each of a smaller unit than the one before, the first part
// not a house, street or hamlet.
func arrangeAddrSegments(dst []addrToken, norm string, toks []addrToken) (out []addrToken, reversed bool) {
	var segs [16][2]int // [first, end) of each part
	n := 0
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].seg == toks[i].seg {
			j++
		}
		if n == len(segs) {
			return nil, false
		}
		segs[n] = [2]int{i, j}
		n++
		i = j
	}
	if n < 2 {
		return nil, false
	}
	// repeats of a typed part; an untyped name may be a commune's and its
	// district's ("Ea Hleo, Ea Hleo, Đắk Lắk")
	keep := segs[:0] // filtered in place
	for k := 0; k < n; k++ {
		sg := segs[k]
		if k < n-1 && isAddrCountryPart(toks, sg) {
			// the country inside the address: a province and country
			// typed twice ("…, Tỉnh Thanh Hóa, Việt Nam, Tỉnh Thanh Hóa,
			// Việt Nam"), or written first
			continue
		}
		if l := sg[1] - sg[0]; (l == 1 || l == 2 && isAddrTypeFirstOfTwo(toks[sg[0]].key)) && isAddrTypeOnlyPart(norm, toks, sg) {
			// a type word alone, the box of a form that holds the type
			// of the name in the box before ("Phúc Yên, Thị xã, Vĩnh
			// Phúc"): it names no unit, and read as one it hides the
			// name before it
			continue
		}
		if m := len(keep); m > 0 {
			if sameAddrKeys(toks, keep[m-1], sg) && addrSegmentRank(norm, toks, sg[0]) > 0 {
				continue
			}
			// addrNameTypedTwice says 0 after fewer than three parts,
			// told here without its call: most addresses
			if m >= 3 {
				switch addrNameTypedTwice(norm, toks, keep, sg) {
				case 1:
					continue
				case 2:
					keep[m-1] = sg
					continue
				}
			}
		}
		keep = append(keep, sg)
	}
	if len(keep) == 0 {
		// every part dropped ("Quận, City": type words alone): the
		// text as written, which names nothing either
		return nil, false
	}
	// order: the rank of the type word opening each part (0: none)
	typed, rising := 0, true
	last := 0
	for _, sg := range keep {
		r := addrSegmentRank(norm, toks, sg[0])
		if r == 0 {
			continue
		}
		typed++
		if r <= last {
			rising = false
			if len(keep) == n && !looksAddrStreetPart(norm, toks, keep[len(keep)-1][0]) {
				return nil, false // in order, nothing dropped, no street last
			}
		}
		last = r
	}
	// the largest first only when the first part is not below the
	// commune: "KP.15, Long Cốc, Huyện Tân Sơn, P.Thọ" ends with a
	// province written "P."
	reverse := typed >= 2 && rising && !looksAddrLocal(norm, toks, keep[0][0])
	// A house and street written after the units, last as an English
	// form puts them ("Quận 7, Thành phố Hồ Chí Minh, 321 Pine Street"),
	// go first.
	tail := 0
	if !reverse && !looksAddrLocal(norm, toks, keep[0][0]) {
		for tail < len(keep)-1 && looksAddrStreetPart(norm, toks, keep[len(keep)-1-tail][0]) {
			tail++
		}
	}
	if !reverse && tail == 0 && len(keep) == n {
		return nil, false
	}
	if reverse {
		for a, b := 0, len(keep)-1; a < b; a, b = a+1, b-1 {
			keep[a], keep[b] = keep[b], keep[a]
		}
	}
	if tail > 0 {
		// turned by three reversals: the parts below the commune, then
		// the units, each in the order written
		slices.Reverse(keep)
		slices.Reverse(keep[:tail])
		slices.Reverse(keep[tail:])
	}
	out = slices.Grow(dst[:0], len(toks))
	for k, sg := range keep {
		for _, t := range toks[sg[0]:sg[1]] {
			t.seg = k
			out = append(out, t)
		}
	}
	return out, reverse
}

// isAddrTypeOnlyPart reports whether the part sg is a unit's type word
// and nothing else: "Thị xã", "Huyện", "TP", but not a letter ("P", "H"),
// which may be an initial.
func isAddrTypeOnlyPart(norm string, toks []addrToken, sg [2]int) bool {
	places := addrUnitWordsOf(toks[sg[0]].key)
	for p := 0; p < len(places); p++ {
		uw := &addrUnitWords[places[p]]
		if len(uw.words) == sg[1]-sg[0] && len(toks[sg[0]].key) > 1 && tokensFollow(toks, sg[0], uw.words) &&
			typeWordToned(norm, toks, sg[0], len(uw.words)) {
			return true
		}
	}
	return false
}

// isAddrCountryPart reports whether the part sg is the country's name
// alone (addrCountryAt).
func isAddrCountryPart(toks []addrToken, sg [2]int) bool {
	n := sg[1] - sg[0]
	return n <= 2 && addrCountryAt(toks, sg[1]) == n
}

// addrNameTypedTwice tells whether the part sg, after the parts kept, is a
// province's name written once with its type word and once without, side
// by side ("…, Quận 1, Hồ Chí Minh, Thành phố Hồ Chí Minh", "…, Huyện Y,
// Thanh Hóa, Tỉnh Thanh Hóa"): 1 when sg is the repeat to drop, 2 when the
// part before it is (sg replaces it), 0 otherwise. It is one only after a
// district's part that follows another: after a commune's, the untyped
// name is the district of the province's name ("Phường Điện Biên, Thanh
// Hóa, Tỉnh Thanh Hóa"), and a part that opens like a district's may be a
// commune's name without tones ("huyen tung, thanh pho bac kan, bac kan":
// Huyền Tụng). A district's name typed twice the resolver reads already
// (districtCopy).
func addrNameTypedTwice(norm string, toks []addrToken, keep [][2]int, sg [2]int) int {
	m := len(keep)
	if m < 3 {
		return 0
	}
	prev := keep[m-1]
	// the same last word, and one part longer by a type word of one to
	// six words: most neighbours differ already there
	d := (sg[1] - sg[0]) - (prev[1] - prev[0])
	if d == 0 || d < -6 || d > 6 || toks[sg[1]-1].key != toks[prev[1]-1].key {
		return 0
	}
	typed, bare, drop := sg, prev, 2
	if d < 0 {
		typed, bare, drop, d = prev, sg, 1, -d
	}
	uw, ok := addrUnitWordAt(norm, toks, typed[0])
	if !ok || len(uw.words) != d || !sameAddrKeys(toks, [2]int{typed[0] + d, typed[1]}, bare) {
		return 0
	}
	if _, ok := addrUnitWordAt(norm, toks, bare[0]); ok {
		return 0
	}
	if r := addrSegmentRank(norm, toks, typed[0]); r != 1 && r != 2 {
		return 0
	}
	if before := addrSegmentRank(norm, toks, keep[m-2][0]); before != 2 && before != 3 {
		return 0
	}
	return drop
}

// sameAddrKeys reports whether two parts spell the same words.
func sameAddrKeys(toks []addrToken, a, b [2]int) bool {
	if a[1]-a[0] != b[1]-b[0] {
		return false
	}
	for i := range a[1] - a[0] {
		if toks[a[0]+i].key != toks[b[0]+i].key {
			return false
		}
	}
	return true
}

// addrSegmentRank ranks the unit a part's opening type word or nickname
// names, larger units first: 1 a province ("Tỉnh", "HCM"), 2 a city that
// may be either level ("TP"), 3 a district, 4 a commune; 0 for none.
func addrSegmentRank(norm string, toks []addrToken, i int) int {
	if isAddrProvinceNickname(toks, i) {
		return 1
	}
	uw, ok := addrUnitWordAt(norm, toks, i)
	switch {
	case !ok:
		return 0
	case uw.kinds&addrCommTypes != 0:
		return 4
	case uw.kinds&addrProvTypes != 0 && uw.kinds&addrDistTypes != 0:
		return 2
	case uw.kinds&addrProvTypes != 0:
		return 1
	}
	return 3
}

// tokensAre reports whether the tokens from i spell the words of key ("thi tran").
func tokensAre(toks []addrToken, i int, words ...string) bool {
	if i < 0 || i+len(words) > len(toks) {
		return false
	}
	for j, w := range words {
		if toks[i+j].key != w || toks[i+j].seg != toks[i].seg {
			return false
		}
	}
	return true
}

// tokensFollow is tokensAre(toks, i, words...) where token i's key is
// words[0] already (addrUnitWordsOf, addrHamletWordsOf): the words after
// it alone are compared, most type words and hamlet words being of one.
func tokensFollow(toks []addrToken, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for j := 1; j < len(words); j++ {
		if toks[i+j].key != words[j] || toks[i+j].seg != toks[i].seg {
			return false
		}
	}
	return true
}

// tokensPrecede is tokensAre(toks, i-len(words), words...) where token
// i-1's key is the last of words already (addrUnitWordsByLast): the words
// before it alone are compared, most type words being of one.
func tokensPrecede(toks []addrToken, i int, words []string) bool {
	s := i - len(words)
	if s < 0 {
		return false
	}
	for j := 0; j < len(words)-1; j++ {
		if toks[s+j].key != words[j] || toks[s+j].seg != toks[s].seg {
			return false
		}
	}
	return toks[i-1].seg == toks[s].seg
}

// An addrUnitWord is a type word of a unit ("phường", "p", "tx") with the kinds
// it may introduce.
type addrUnitWord struct {
	words []string
	kinds addrTypes
}

// addrUnitWords lists the type words of units and their abbreviations, longest
// first so that "thanh pho" wins over "t".
var addrUnitWords = [...]addrUnitWord{
	{[]string{"thanh", "pho", "truc", "thuoc", "trung", "uong"}, addrTypes(1 << TypeCentralCity)},
	{[]string{"thanh", "pho"}, addrTypes(1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)},
	{[]string{"thi", "tran"}, addrTypes(1 << TypeTownship)},
	{[]string{"thi", "xa"}, addrTypes(1 << TypeTown)},
	{[]string{"dac", "khu"}, addrTypes(1 << TypeSpecialZone)},
	{[]string{"t", "p"}, addrTypes(1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)},
	{[]string{"t", "t"}, addrTypes(1 << TypeTownship)},
	{[]string{"t", "x"}, addrTypes(1 << TypeTown)},
	{[]string{"t", "xa"}, addrTypes(1 << TypeTown)},                                 // "T.Xã"
	{[]string{"t", "pho"}, addrTypes(1<<TypeProvincialCity | 1<<TypeMunicipalCity)}, // "T.Phố"
	{[]string{"thanhpho"}, addrTypes(1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)},
	{[]string{"thixa"}, addrTypes(1 << TypeTown)},
	{[]string{"thitran"}, addrTypes(1 << TypeTownship)},
	{[]string{"phuong"}, addrTypes(1 << TypeWard)},
	{[]string{"xa"}, addrTypes(1 << TypeCommune)},
	{[]string{"quan"}, addrTypes(1 << TypeUrbanDistrict)},
	{[]string{"huyen"}, addrTypes(1 << TypeRuralDistrict)},
	{[]string{"tinh"}, addrTypes(1 << TypeProvince)},
	{[]string{"tp"}, addrTypes(1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)},
	{[]string{"tx"}, addrTypes(1 << TypeTown)},
	{[]string{"tt"}, addrTypes(1 << TypeTownship)},
	{[]string{"ttr"}, addrTypes(1 << TypeTownship)}, // "TTr. Quỳnh Côi"
	{[]string{"dk"}, addrTypes(1 << TypeSpecialZone)},
	{[]string{"ph"}, addrTypes(1 << TypeWard)},
	{[]string{"p"}, addrTypes(1 << TypeWard)},
	{[]string{"f"}, addrTypes(1 << TypeWard)},
	{[]string{"x"}, addrTypes(1 << TypeCommune)},
	{[]string{"q"}, addrTypes(1 << TypeUrbanDistrict)},
	{[]string{"h"}, addrTypes(1 << TypeRuralDistrict)},
	{[]string{"t"}, addrTypes(1 << TypeProvince)},
	// English, as forms and shops write addresses for foreigners
	{[]string{"ward"}, addrTypes(1 << TypeWard)},
	{[]string{"commune"}, addrTypes(1 << TypeCommune)},
	{[]string{"district"}, addrDistTypes},
	{[]string{"dist"}, addrDistTypes},
	{[]string{"town"}, addrTypes(1<<TypeTown | 1<<TypeTownship)},
	{[]string{"city"}, addrTypes(1<<TypeCentralCity | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)},
	{[]string{"province"}, addrTypes(1 << TypeProvince)},
	{[]string{"prov"}, addrTypes(1 << TypeProvince)},
}

// isAddrTypeLetter reports whether k is a type word of one letter of
// addrUnitWords ("p", "q", "h", "x", "t", "f"): districtShort reads no
// such letter, alone before a word, as the first of a name cut short.
func isAddrTypeLetter(k string) bool {
	if len(k) != 1 {
		return false
	}
	places := addrUnitWordsOf(k)
	for p := 0; p < len(places); p++ {
		if len(addrUnitWords[places[p]].words) == 1 {
			return true
		}
	}
	return false
}

// addrUnitWordAt returns the type word that starts at token i, if any. A bare
// one-letter abbreviation counts only when it is marked as one: written with
// a dot ("P. Tân Định"), glued to a number ("P8") or followed by a number
// ("Q 1"); otherwise "h" could be an initial or a hẻm.
func addrUnitWordAt(norm string, toks []addrToken, i int) (w addrUnitWord, ok bool) {
	if i < 0 || i >= len(toks) {
		return addrUnitWord{}, false
	}
	places := addrUnitWordsOf(toks[i].key)
	for p := 0; p < len(places); p++ {
		uw := &addrUnitWords[places[p]]
		if tokensFollow(toks, i, uw.words) && typeWordToned(norm, toks, i, len(uw.words)) && addrUnitWordStands(toks, i, uw) {
			return *uw, true
		}
	}
	return addrUnitWord{}, false
}

// typeWordCase is strings.EqualFold(w, toned), toned a word of the type
// words as written with tones (addrTypeWordTone), without EqualFold's
// tables: each rune of toned folds with its capital alone, which is 0x20
// below it in ASCII and Latin-1 and 1 below past it, and k with the
// Kelvin sign too (TestTypeWordCase). The resolver asks it of the type
// words written in capitals ("XÃ", "HUYỆN") and of names alike but for
// their tones ("Trần", "Tĩnh"), where EqualFold cost ~600 instructions.
func typeWordCase(w, toned string) bool {
	for w != "" && toned != "" {
		r, n := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w)
		}
		t, m := rune(toned[0]), 1
		if t >= utf8.RuneSelf {
			t, m = utf8.DecodeRuneInString(toned)
		}
		w, toned = w[n:], toned[m:]
		up := t - 0x20
		if t >= 0x100 {
			up = t - 1
		}
		if r != t && r != up && (t != 'k' || r != '\u212a') {
			return false
		}
	}
	return w == "" && toned == ""
}

// addrUnitWordStands reports whether uw, spelt by the tokens from i, is
// a type word there: a bare letter marked as an abbreviation, a name
// after it in its part.
func addrUnitWordStands(toks []addrToken, i int, uw *addrUnitWord) bool {
	n := len(uw.words)
	if n == 1 && len(uw.words[0]) == 1 {
		next := i + 1
		if !toks[i].dot && (next >= len(toks) || toks[next].seg != toks[i].seg || !toks[next].num) {
			return false
		}
	}
	return i+n < len(toks) && toks[i+n].seg == toks[i].seg // a type word needs a name after it
}

// addrHamletWords introduce the parts below a commune.
var addrHamletWords = [...][]string{
	{"to", "dan", "pho"}, {"khu", "pho"}, {"khu", "dan", "cu"}, {"tdp"}, {"kp"}, {"khu"},
	{"ap"}, {"thon"}, {"xom"}, {"ban"}, {"buon"}, {"bon"}, {"plei"}, {"lang"}, {"khom"}, {"to"},
	{"khoi"}, {"tieu", "khu"}, // "Khối 2" (Nghệ An, Hà Tĩnh), "Tiểu khu 3" (Sơn La)
}

// addrHamletAt returns the number of tokens of a hamlet word at token i, or 0.
// Short words that are also ordinary syllables ("bản", "tổ", "làng") count
// only when followed by a name or number in the same segment.
func addrHamletAt(toks []addrToken, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	places := addrHamletWordsOf(toks[i].key)
	for p := 0; p < len(places); p++ {
		if w := addrHamletWords[places[p]]; tokensFollow(toks, i, w) {
			n := len(w)
			if i+n >= len(toks) || toks[i+n].seg != toks[i].seg {
				return 0
			}
			return n
		}
	}
	return 0
}

// addrHouseAt returns the number of tokens of a house number at token i
// ("12A", "42/4/6", "Số 5", "SN 12", "No.12"), or 0.
func addrHouseAt(norm string, toks []addrToken, i int) int {
	j := i
	if j < len(toks) {
		// "số nhà", "nhà số", "số", "sn", and English "No.123/45": one
		// switch on the key, as most tokens are none of them
		switch k := toks[j].key; k {
		case "so", "nha":
			if j+1 < len(toks) && toks[j+1].seg == toks[j].seg && toks[j+1].key == addrHouseSecond(k) {
				j += 2
			} else if k == "so" {
				j++
			}
		case "sn":
			j++
		case "no":
			if toks[j].dot {
				j++
			}
		}
	}
	if j >= len(toks) || !toks[j].num || toks[j].seg != toks[i].seg {
		return 0
	}
	j++
	// the rest of a house number is glued to it or joined by / or -:
	// "12A", "42/4/6", "12-14", "5B/3"
	for j < len(toks) && toks[j].seg == toks[i].seg {
		gap := norm[toks[j-1].end:toks[j].start]
		if !(toks[j].glued || gap == "/" || gap == "-") {
			break
		}
		if !toks[j].num && len(toks[j].key) > 2 {
			break
		}
		j++
	}
	return j - i
}

// addrHouseSecond returns the word after "so" ("số nhà") or "nha" ("nhà
// số") that opens a house number.
func addrHouseSecond(k string) string {
	if k == "so" {
		return "nha"
	}
	return "so"
}

// addrSpanText returns the normalized text of tokens [i, j). A token
// opens with a letter or digit and ends with one or an apostrophe, never
// a space nor a separator (TestAddrTokenEnds): the text from the first's
// start to the last's end has nothing to trim.
func addrSpanText(norm string, toks []addrToken, i, j int) string {
	if i >= j {
		return ""
	}
	return norm[toks[i].start:toks[j-1].end]
}

// addrSpanSegments returns the text of tokens [i, j) with their segments
// joined by ", " rather than whatever separated them.
func addrSpanSegments(norm string, toks []addrToken, i, j int) string {
	if i >= j || toks[i].seg == toks[j-1].seg {
		return addrSpanText(norm, toks, i, j) // one segment, or none
	}
	var buf [8]string // on the stack: strings.Join keeps no part
	parts := buf[:0]
	for i < j {
		k := i + 1
		for k < j && toks[k].seg == toks[i].seg {
			k++
		}
		parts = append(parts, addrSpanText(norm, toks, i, k))
		i = k
	}
	return strings.Join(parts, ", ")
}

// parseAddrLocal fills House, Street and Hamlet from tokens [0, end): the part
// of an address below the commune.
//
// Most addresses have one part there or none: the street's parts and the
// hamlet's are joined as they are met, where buffers of parts cost their
// clearing and two joins at every address. A third part of either is
// joined with the others in one allocation, as the two are
// (parseAddrLocalParts).
func parseAddrLocal(a *Address, norm string, toks []addrToken, end int) {
	house := a.House
	var street, hamlet [2]string
	for i := 0; i < end; {
		j, h, k := addrLocalSegment(a, norm, toks, i, end)
		if !addAddrLocalPart(&street, addrSpanText(norm, toks, j, h)) || !addAddrLocalPart(&hamlet, addrSpanText(norm, toks, h, k)) {
			a.House = house
			parseAddrLocalParts(a, norm, toks, end)
			return
		}
		i = k
	}
	// a second part joined to the first, where it has one: a call of
	// the runtime's concatenation at every address otherwise
	a.Street, a.Hamlet = street[0], hamlet[0]
	if street[1] != "" {
		a.Street += ", " + street[1]
	}
	if hamlet[1] != "" {
		a.Hamlet += ", " + hamlet[1]
	}
}

// addAddrLocalPart puts s, where it is not empty, in the first of parts
// that is; false where both are taken.
func addAddrLocalPart(parts *[2]string, s string) bool {
	switch {
	case s == "":
	case parts[0] == "":
		parts[0] = s
	case parts[1] == "":
		parts[1] = s
	default:
		return false
	}
	return true
}

// parseAddrLocalParts is parseAddrLocal, its parts kept and joined at
// the end.
func parseAddrLocalParts(a *Address, norm string, toks []addrToken, end int) {
	var sbuf, hbuf [8]string // on the stack, as in addrSpanSegments
	street, hamlet := sbuf[:0], hbuf[:0]
	for i := 0; i < end; {
		j, h, k := addrLocalSegment(a, norm, toks, i, end)
		if s := addrSpanText(norm, toks, j, h); s != "" {
			street = append(street, s)
		}
		if s := addrSpanText(norm, toks, h, k); s != "" {
			hamlet = append(hamlet, s)
		}
		i = k
	}
	a.Street = strings.Join(street, ", ")
	a.Hamlet = strings.Join(hamlet, ", ")
}

// addrLocalSegment reads the part of tokens [i, end) that starts at i,
// up to k: a.House from its first tokens while a has none, to j, then
// the street, to h, and the hamlet from its hamlet word on.
func addrLocalSegment(a *Address, norm string, toks []addrToken, i, end int) (j, h, k int) {
	k = i + 1
	for k < end && toks[k].seg == toks[i].seg {
		k++
	}
	j = i
	if a.House == "" {
		if n := addrHouseAt(norm, toks, j); n > 0 && j+n <= k {
			a.House = addrSpanText(norm, toks, j, j+n)
			j += n
		}
	}
	h = -1
	for x := j; x < k; x++ {
		if addrHamletAt(toks, x) > 0 && (x == i || x > j || addrHamletStrong(toks, x)) {
			h = x
			break
		}
	}
	if h < 0 {
		h = k
	}
	return j, h, k
}

// addrHamletStrong reports a hamlet word that cannot be part of a street name.
func addrHamletStrong(toks []addrToken, i int) bool {
	switch toks[i].key {
	case "kp", "tdp", "ap", "thon", "xom":
		return true
	}
	return tokensAre(toks, i, "khu", "pho") || tokensAre(toks, i, "to", "dan", "pho")
}

// parseAddrText is ParseAddress's reading: type words and commas only.
func parseAddrText(norm string, toks []addrToken) Address {
	// Cut the tokens into pieces at commas and at unit type words, then
	// hand the pieces out from the right: province, district, commune.
	type piece struct {
		i, j  int
		kinds addrTypes // of the type word that opens it; 0 if none
	}
	var buf [16]piece // on the stack unless the text has more pieces
	pieces := buf[:0]
	start := 0
	var kinds addrTypes
	for i := 0; i < len(toks); i++ {
		if i > start && toks[i].seg != toks[i-1].seg {
			pieces = append(pieces, piece{start, i, kinds})
			start, kinds = i, 0
		}
		if i > start && addrHamletAt(toks, i) == 0 {
			// a type word inside a piece starts a new piece, unless it
			// follows a street word: "Đường Huyện 5" is a road
			if uw, ok := addrUnitWordAt(norm, toks, i); ok && !(isAddrStreetWord(toks[i-1].key) && addrStreetWritten(norm, &toks[i-1])) {
				pieces = append(pieces, piece{start, i, kinds})
				start, kinds = i, uw.kinds
				i += len(uw.words) - 1
				continue
			}
		}
		if i == start {
			if uw, ok := addrUnitWordAt(norm, toks, i); ok {
				kinds = uw.kinds
				i += len(uw.words) - 1
			} else if isAddrProvinceNickname(toks, i) {
				kinds = addrTypes(1 << TypeCentralCity)
			}
		}
	}
	pieces = append(pieces, piece{start, len(toks), kinds})

	var a Address
	n := len(pieces)
	localEnd := len(toks)
	// the last piece is the province unless it is clearly lower
	p := n - 1
	if pieces[p].kinds&addrProvTypes != 0 ||
		pieces[p].kinds&(addrDistTypes|addrCommTypes) == 0 && !looksAddrLocal(norm, toks, pieces[p].i) {
		a.Province = addrSpanText(norm, toks, pieces[p].i, pieces[p].j)
		localEnd = pieces[p].i
		p--
	}
	// district: a piece with a district type word; or, with no type word,
	// a bare piece that has a bare or commune piece before it
	if p >= 0 {
		k := pieces[p].kinds
		bareBefore := p > 0 && pieces[p-1].kinds&^addrCommTypes == 0 && !looksAddrLocal(norm, toks, pieces[p-1].i)
		if k&addrDistTypes != 0 && k&addrCommTypes == 0 ||
			k&addrDistTypes != 0 && pieces[p].kinds != 0 && p > 0 && pieces[p-1].kinds&addrCommTypes != 0 ||
			k == 0 && bareBefore && !looksAddrLocal(norm, toks, pieces[p].i) {
			a.District = addrSpanText(norm, toks, pieces[p].i, pieces[p].j)
			localEnd = pieces[p].i
			p--
		}
	}
	if p >= 0 {
		k := pieces[p].kinds
		if k&addrCommTypes != 0 || k == 0 && !looksAddrLocal(norm, toks, pieces[p].i) {
			a.Commune = addrSpanText(norm, toks, pieces[p].i, pieces[p].j)
			localEnd = pieces[p].i
		}
	}
	parseAddrLocal(&a, norm, toks, localEnd)
	return a
}

// looksAddrStreetPart reports whether the part opening at token i is a
// house or a street, and no unit's abbreviated type word: "H. Củ Chi" is
// a district, not a hẻm, and a bare "h" or "d" may be either. A hamlet
// word does not count: "Lạng Sơn" opens like "Làng".
func looksAddrStreetPart(norm string, toks []addrToken, i int) bool {
	// the type word asked last: most parts asked are a province's,
	// which open with neither a number nor a street word
	if !(addrHouseAt(norm, toks, i) > 0 || toks[i].num || len(toks[i].key) > 1 && isAddrStreetWord(toks[i].key) && addrStreetWritten(norm, &toks[i])) {
		return false
	}
	_, ok := addrUnitWordAt(norm, toks, i)
	return !ok
}

// looksAddrLocal reports whether the piece at token i is below the commune: it
// opens with a house number, a hamlet word or a street word.
func looksAddrLocal(norm string, toks []addrToken, i int) bool {
	return addrHouseAt(norm, toks, i) > 0 || addrHamletAt(toks, i) > 0 || isAddrStreetWord(toks[i].key) && addrStreetWritten(norm, &toks[i]) || toks[i].num
}

// addrStreetWritten reports whether token t, whose key isAddrStreetWord
// reports, is written without marks or with the street word's own: "Ngọ"
// and "Dương" fold to the keys of "ngõ" and "đường" but are words of
// names ("Trần Thành Ngọ Kiến An", "Nam Dương Hải Châu"), and tones
// written must match, as for a family name (isAddrSurname). Callers ask
// isAddrStreetWord first, which is inlined, and this for the few street
// words.
func addrStreetWritten(norm string, t *addrToken) bool {
	return !t.marked || typeWordCase(norm[t.start:t.end], addrStreetTones(t.key))
}

// addrStreetTones returns the street word of folded key as written with
// its tones, "" for any other key: the street words but "h" (hẻm cut
// short), which is never written with marks; isAddrStreetWord reads its
// list here.
func addrStreetTones(key string) string {
	switch key {
	case "duong":
		return "đường"
	case "d":
		return "đ"
	case "pho":
		return "phố"
	case "ngo":
		return "ngõ"
	case "ngach":
		return "ngách"
	case "hem":
		return "hẻm"
	case "kiet":
		return "kiệt"
	}
	return ""
}

// isAddrStreetWord reports a word that introduces a street or alley:
// those of addrStreetTones and "h".
func isAddrStreetWord(k string) bool {
	return k == "h" || addrStreetTones(k) != ""
}

// addrProvinceNicknames are the names people type for a province that are not
// its name, keyed by the folded name they stand for. Initials ("BD",
// "BRVT") are handled apart, since most of them are not unique.
var addrProvinceNicknames = [...]struct {
	name  string   // folded province name
	alias []string // folded aliases, tokens joined by one space
}{
	{"ho chi minh", []string{"hcm", "tphcm", "hcmc", "tp hcm", "sai gon", "saigon", "sg", "tp ho chi minh", "tphochiminh",
		"h c m", "h c minh"}}, // "H.C.M", "T.P H.C.Minh"
	{"ha noi", []string{"hn", "tphn", "tp hn", "hanoi"}},
	{"hue", []string{"thua thien hue", "tt hue", "tth"}},
	{"ba ria vung tau", []string{"brvt", "br vt", "vung tau"}},
	{"da nang", []string{"danang"}},
	{"hai phong", []string{"haiphong"}},
	{"can tho", []string{"cantho"}},
}

// isAddrProvinceNickname reports whether the tokens from i to the end of their
// segment spell a province nickname.
func isAddrProvinceNickname(toks []addrToken, i int) bool {
	// a nickname opens with the first token's key: most parts open with
	// none's first word, which is told without a walk of the part
	if !addrNicknameOpens(toks[i].key) {
		return false
	}
	j := i
	size := -1 // the length of the keys joined by spaces
	for j < len(toks) && toks[j].seg == toks[i].seg {
		size += len(toks[j].key) + 1
		j++
	}
	for _, a := range addrNicknamesByFirst[toks[i].key[0]-'a'] {
		if len(a) == size && addrTokensSpell(toks, i, j, a) {
			return true
		}
	}
	return false
}

// addrNicknamesByFirst are the aliases of addrProvinceNicknames by their
// first letter, a to z: a part can spell only those that open with the
// first letter of its first key.
var addrNicknamesByFirst = byFirstLetter(addrNicknameAliases, firstByte)

// addrNicknameAliases yields the aliases of addrProvinceNicknames in
// their order.
func addrNicknameAliases(yield func(string) bool) {
	for _, n := range addrProvinceNicknames {
		for _, a := range n.alias {
			if !yield(a) {
				return
			}
		}
	}
}

// addrNicknameFirsts has, for each length and first letter of the first
// word of a nickname of addrProvinceNicknames ("tp" of "tp hcm"),
// addrNicknameBit of the word's second byte, that of 0 for a word of one
// letter. It is a few bits, made at start.
var addrNicknameFirsts = func() (t [12][26]uint32) {
	for a := range addrNicknameAliases {
		w, _, _ := strings.Cut(a, " ")
		second := byte(0)
		if len(w) > 1 {
			second = w[1]
		}
		t[len(w)][w[0]-'a'] |= addrNicknameBit(second)
	}
	return t
}()

// addrNicknameOpens reports whether the key k (not empty) may be the
// first word of a nickname: addrNicknameFirsts has its length, first
// letter and second byte.
func addrNicknameOpens(k string) bool {
	if len(k) >= len(addrNicknameFirsts) || k[0]-'a' >= 26 {
		return false
	}
	second := byte(0)
	if len(k) > 1 {
		second = k[1]
	}
	return addrNicknameFirsts[len(k)][k[0]-'a']&addrNicknameBit(second) != 0
}

// addrNicknameBit is the bit of byte c in addrNicknameFirsts: a small
// letter's own, one bit shared by every other byte.
func addrNicknameBit(c byte) uint32 {
	if c >= 'a' && c <= 'z' {
		return 1 << (c - 'a')
	}
	return 1 << 31
}

// addrTokensSpell reports whether the keys of tokens [i, j), joined by one
// space, make key.
func addrTokensSpell(toks []addrToken, i, j int, key string) bool {
	for x := i; x < j; x++ {
		k := toks[x].key
		if x > i {
			if key == "" || key[0] != ' ' {
				return false
			}
			key = key[1:]
		}
		if !strings.HasPrefix(key, k) {
			return false
		}
		key = key[len(k):]
	}
	return key == ""
}
