package calendar

import (
	"strconv"
	"unicode"

	"github.com/hocvuso/hocvuso/internal/clip"
	"github.com/hocvuso/hocvuso/vietnam"
)

// ParseLunar reads a lunar date in the forms people write in Vietnam:
//
//	10/3/2026   10-3-2026   10.3.2026   1/2 nhuận/2023   1/2n/2023
//	ngày 10 tháng 3 năm 2026 âm lịch   mùng 1 tháng Giêng năm 2026
//	rằm tháng 8 năm 2025               10/3/2026 (ÂL)   mùng 3 Tết 2026
//
// Tones and case are optional ("mung 1 thang gieng nam 2026"). "rằm" is
// day 15, "Giêng" and "Tết" (as in "mùng 1 Tết") month 1, "Chạp" month 12;
// after "tháng" the months' traditional names are read too: Hai, Ba, Tư,
// Năm, Sáu, Bảy, Tám, Chín, Mười, and Một or Mười Một for the eleventh
// ("rằm tháng Bảy", "mùng 5 tháng Năm năm 2026"). "nhuận" or "n" after the
// month marks the leap month. A year named by can-chi ("năm Bính Ngọ")
// is not accepted: it repeats every 60 years.
//
// The date must exist: day 30 of a 29-day month or a leap month the year
// lacks is an error, as in LunarToSolar. A form without a year ("10/3 âm
// lịch") wraps ErrLunarNoYear; see ParseLunarInYear.
func ParseLunar(s string) (LunarDate, error) { return parseLunar(s, 0, false) }

// ParseLunarInYear is like ParseLunar but uses lunar year year when the
// text has none, as in "Giỗ Tổ 10/3 âm lịch".
func ParseLunarInYear(s string, year int) (LunarDate, error) { return parseLunar(s, year, true) }

// MustParseLunar is like ParseLunar but panics on error. It is meant for
// literals in tests and examples.
func MustParseLunar(s string) LunarDate {
	l, err := ParseLunar(s)
	if err != nil {
		panic(err)
	}
	return l
}

// lunarFiller are the words that carry no value in a lunar date.
var lunarFiller = []string{"ngay", "mung", "mong", "thang", "nam", "am", "lich", "al", "amlich"}

func parseLunar(s string, defYear int, hasDef bool) (LunarDate, error) {
	fail := func(reason string, kind error) (LunarDate, error) {
		return LunarDate{}, &LunarError{Input: clip.To(s, 64), Reason: reason, Err: kind}
	}
	// Folding removes tones and case, and turns đ into d, so "Mùng",
	// "mung" and "MỒNG" read alike.
	f := vietnam.Fold(s)
	var nums [3]int
	n := 0
	leap := false
	// afterThang: the last word read was "tháng", so a month's name may
	// follow; tens: it was "Mười" as a month, which "Một" or "Hai" makes
	// 11 or 12.
	afterThang, tens := false, false
	for i := 0; i < len(f); {
		c := f[i]
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' {
			wasThang, wasTens := afterThang, tens
			afterThang, tens = false, false
			if c >= 'a' && c <= 'z' {
				j := i
				for j < len(f) && f[j] >= 'a' && f[j] <= 'z' {
					j++
				}
				w := f[i:j]
				if m := lunarMonthName(w); wasThang && n == 1 && m > 0 {
					nums[1], n, i = m, 2, j
					tens = m == 10
					continue
				}
				if wasTens && (w == "mot" || w == "hai") {
					nums[1], i = 11, j
					if w == "hai" {
						nums[1] = 12
					}
					continue
				}
				afterThang = w == "thang"
			}
		}
		switch {
		case c >= '0' && c <= '9' || c == '-' && minusSign(f, i):
			// A minus sign is kept, so that "10/3/-1" is year −1 and
			// fails below like LunarDate{Year: -1}, instead of the '-'
			// being read as a separator and the year as 1.
			j := i + 1
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
			if n == 3 {
				return fail("unexpected number "+strconv.Quote(f[i:j]), ErrLunarSyntax)
			}
			if j-i > maxNumberLen {
				return fail("number "+strconv.Quote(clip.To(f[i:j], 20))+" too long", ErrLunarSyntax)
			}
			nums[n], _ = strconv.Atoi(f[i:j])
			n++
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(f) && f[j] >= 'a' && f[j] <= 'z' {
				j++
			}
			w := f[i:j]
			i = j
			switch {
			case contains(lunarFiller, w):
			case w == "ram" && n == 0: // rằm, the full-moon day
				nums[0], n = 15, 1
			case (w == "gieng" || w == "chap" || w == "tet") && n == 1:
				nums[1], n = 1, 2
				if w == "chap" {
					nums[1] = 12
				}
			case (w == "nhuan" || w == "n") && n == 2 && !leap:
				leap = true
			default:
				return fail(unexpectedWord(s, f, i-len(w), i), ErrLunarSyntax)
			}
		case c == ' ' || c == '/' || c == '-' || c == '.' || c == ',' || c == '(' || c == ')':
			i++
		default:
			return fail("unexpected character "+strconv.Quote(f[i:i+1]), ErrLunarSyntax)
		}
	}
	switch n {
	case 0, 1:
		return fail("want day, month and year", ErrLunarSyntax)
	case 2:
		if !hasDef {
			return fail("no year", ErrLunarNoYear)
		}
		nums[2] = defYear
	}
	l := LunarDate{Year: nums[2], Month: nums[1], Day: nums[0], Leap: leap}
	if _, err := LunarToSolar(l); err != nil {
		e := err.(*LunarError)
		e.Input = clip.To(s, 64)
		return LunarDate{}, e
	}
	return l, nil
}

// unexpectedWord says which word of s was not understood and where. The
// parser reads the folded text f, where "mười" is "muoi" and offsets have
// moved, so the word f[i:j] is found again in s as the same token of
// letters and digits, counted from the start; the message quotes it as the
// user wrote it, with its byte offset in s. Should the two texts not
// tokenise alike (a letter Fold expands or drops), the folded word is
// quoted without an offset rather than pointing at the wrong place.
func unexpectedWord(s, f string, i, j int) string {
	folded := "unexpected word " + strconv.Quote(clip.To(f[i:j], 20))
	// Only a word that is a whole token of f can be matched to one of s.
	if i > 0 && isTokenByte(f[i-1]) || j < len(f) && isTokenByte(f[j]) {
		return folded
	}
	k := 0 // the token's index in f
	for p := 0; p < i; p++ {
		if isTokenByte(f[p]) && (p == 0 || !isTokenByte(f[p-1])) {
			k++
		}
	}
	start, n := -1, 0
	for p, r := range s {
		in := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r)
		switch {
		case in && start < 0:
			start = p
		case !in && start >= 0:
			if n == k {
				return originalWord(s[start:p], f[i:j], start, folded)
			}
			n++
			start = -1
		}
	}
	if start >= 0 && n == k {
		return originalWord(s[start:], f[i:j], start, folded)
	}
	return folded
}

// originalWord is the message for w, the token of the input at byte at,
// when it is the word the parser read (it folds to folded); else the
// fallback, so that a message never quotes another word.
func originalWord(w, folded string, at int, fallback string) string {
	if vietnam.Fold(w) != folded {
		return fallback
	}
	return "unexpected word " + strconv.Quote(clip.To(w, 20)) + " at byte " + strconv.Itoa(at)
}

// isTokenByte reports whether b belongs to a token of folded text: an
// ASCII letter or digit, or a byte of a character Fold kept.
func isTokenByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// maxNumberLen is the most characters a number may have: enough for any
// int32 with its sign, so Atoi cannot overflow and out-of-range values
// reach LunarToSolar, which states the ranges.
const maxNumberLen = 9

// minusSign reports whether the '-' at f[i] is a minus sign rather than a
// separator ("10-3-2026"): it is one when a digit follows and no digit or
// letter comes just before it.
func minusSign(f string, i int) bool {
	if i+1 >= len(f) || f[i+1] < '0' || f[i+1] > '9' {
		return false
	}
	if i == 0 {
		return true
	}
	p := f[i-1]
	return !(p >= '0' && p <= '9' || p >= 'a' && p <= 'z')
}

// lunarMonthName is the month a traditional name gives after "tháng",
// folded: Giêng, Hai, Ba, Tư, Năm, Sáu, Bảy, Tám, Chín, Mười, Một (the
// eleventh month; also Mười Một), Chạp; 0 for any other word.
func lunarMonthName(w string) int {
	switch w {
	case "gieng":
		return 1
	case "hai":
		return 2
	case "ba":
		return 3
	case "tu":
		return 4
	case "nam":
		return 5
	case "sau":
		return 6
	case "bay":
		return 7
	case "tam":
		return 8
	case "chin":
		return 9
	case "muoi":
		return 10
	case "mot":
		return 11
	case "chap":
		return 12
	}
	return 0
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}
