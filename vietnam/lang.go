package vietnam

import "fmt"

// Lang is the language of a label: every type in the module that has a
// human name answers Label(Lang). The zero Lang is Vietnamese, so a report
// made without choosing a language reads as the province's officers write.
type Lang uint8

const (
	Vietnamese Lang = iota // "Quý I/2025", "Đúng tiến độ", "52.000"
	English                // "Q1 2025", "On track", "52,000"
)

// String returns "vi" or "en", or "Lang(N)" for a value out of range.
func (l Lang) String() string { return enumName(langNames[:], "Lang", l) }

var langNames = [...]string{Vietnamese: "vi", English: "en"}

// MarshalText returns "vi" or "en".
func (l Lang) MarshalText() ([]byte, error) { return marshalEnum(l, len(langNames), "language") }

// UnmarshalText accepts "vi" or "en" in any case.
func (l *Lang) UnmarshalText(b []byte) error { return unmarshalEnum(l, b, len(langNames), "language") }

// ParseLang reads a language as a query string or a flag gives it: "vi",
// "en", and also "vie"/"eng", "vi-VN"/"en-US" and the names "Vietnamese",
// "Tiếng Việt", "English"; case is ignored.
func ParseLang(s string) (Lang, error) {
	switch Fold(s) {
	case "vi", "vie", "vi-vn", "vi_vn", "vietnamese", "tieng viet":
		return Vietnamese, nil
	case "en", "eng", "en-us", "en_us", "en-gb", "en_gb", "english", "tieng anh":
		return English, nil
	}
	return Vietnamese, fmt.Errorf("vietnam: unknown language %q: %w", s, ErrUnknownName)
}

// Numbers returns the number convention of the language: "52.000" and
// "85,3%" in Vietnamese, "52,000" and "85.3%" in English.
func (l Lang) Numbers() NumberConvention {
	if l == English {
		return NumberEnglish
	}
	return NumberVietnamese
}
