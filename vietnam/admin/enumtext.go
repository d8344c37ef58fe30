package admin

import (
	"sync"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// The enums of this package marshal as text so that JSON, map keys and
// flags carry words, not numbers that change meaning if a constant is ever
// inserted. Each value has one code (a lower-case ASCII word, hyphenated,
// never changed once published); the zero value marshals as the empty
// text. UnmarshalText accepts the code, the zero's word ("unknown" or
// "none"), the empty text, and the other names listed per type, ignoring
// case, tones and marks, and treating '-', '_' and ' ' alike.

var eraText = enumtext.Table{What: "admin: era", Err: vietnam.ErrUnknownName, Words: [][]string{
	{"unknown"},
	{"pre-2025"},
	{"2025"},
}}

// MarshalText encodes the era as String does, "pre-2025" or "2025" (the
// era part of a Code's text form), and EraUnknown as the empty text. An
// era with no constant is an error.
func (e Era) MarshalText() ([]byte, error) { return eraText.Marshal(uint8(e)) }

// UnmarshalText decodes "pre-2025" or "2025", and the empty text or
// "unknown" as EraUnknown.
func (e *Era) UnmarshalText(text []byte) error { return enumtext.Decode(&eraText, e, text) }

var levelText = enumtext.Table{What: "admin: level", Err: vietnam.ErrUnknownName, Words: [][]string{
	{"unknown"},
	{"province", "tinh", "cap tinh"},
	{"district", "huyen", "cap huyen"},
	{"commune", "xa", "cap xa"},
}}

// MarshalText encodes the level as String does ("province", "district",
// "commune"), and LevelUnknown as the empty text. A level with no
// constant is an error.
func (l Level) MarshalText() ([]byte, error) { return levelText.Marshal(uint8(l)) }

// UnmarshalText decodes "province", "district" or "commune", the
// Vietnamese "tỉnh", "huyện", "xã" (or "cấp tỉnh" …), and the empty text or
// "unknown" as LevelUnknown.
func (l *Level) UnmarshalText(text []byte) error { return enumtext.Decode(&levelText, l, text) }

var qualityText = enumtext.Table{What: "admin: quality", Err: vietnam.ErrUnknownName, Words: [][]string{
	{"none"},
	{"other-type"},
	{"folded"},
	{"exact"},
}}

// MarshalText encodes the quality as "exact", "folded" or "other-type"
// (String's "other type" with a hyphen, so that the code is one word), and
// QualityNone as the empty text. A quality with no constant is an error.
func (q Quality) MarshalText() ([]byte, error) { return qualityText.Marshal(uint8(q)) }

// UnmarshalText decodes "exact", "folded", "other-type" (or String's
// "other type"), and the empty text or "none" as QualityNone.
func (q *Quality) UnmarshalText(text []byte) error { return enumtext.Decode(&qualityText, q, text) }

var kindText = enumtext.Table{What: "admin: succession kind", Err: vietnam.ErrUnknownName, Words: [][]string{
	{"unknown"},
	{"whole", "toan bo", "nhap toan bo"},
	{"partial", "mot phan"},
	{"unchanged", "giu nguyen"},
	{"island-district"},
	{"uncoded-area"},
}}

// MarshalText encodes the kind as String does, with hyphens for spaces:
// "whole", "partial", "unchanged", "island-district", "uncoded-area";
// KindUnknown is the empty text. A kind with no constant is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindText.Marshal(uint8(k)) }

// UnmarshalText decodes the codes of MarshalText (or String's words), the
// Vietnamese "toàn bộ", "một phần", "giữ nguyên", and the empty text or
// "unknown" as KindUnknown.
func (k *Kind) UnmarshalText(text []byte) error { return enumtext.Decode(&kindText, k, text) }

// typeText is built from typeNames on first use: code Key(), then the
// Vietnamese and English names, which are also the labels.
var typeText = sync.OnceValue(func() *enumtext.Table {
	e := &enumtext.Table{What: "admin: unit type", Type: "Type", Err: vietnam.ErrUnknownName,
		Words: make([][]string, typeCount), Labels: make([][2]string, typeCount)}
	e.Words[TypeUnknown] = []string{"unknown"}
	for t := range typeCount {
		n := typeNames[t]
		e.Labels[t] = [2]string{n.vi, n.en}
		if t != TypeUnknown {
			e.Words[t] = []string{n.key, n.vi, n.en}
		}
	}
	return e
})

// MarshalText encodes the type as its Key, the identifier of the source
// data ("thanh_pho_thuoc_tinh", "xa", "dac_khu"): English names are only
// descriptive and could be reworded, the keys are the data's own. The
// zero Type is the empty text; a type with no constant is an error.
func (t Type) MarshalText() ([]byte, error) { return typeText().Marshal(uint8(t)) }

// UnmarshalText decodes a Key, the Vietnamese name ("Thành phố thuộc
// tỉnh", with or without tones) or the English one ("provincial city"),
// and the empty text or "unknown" as TypeUnknown. Word is not accepted:
// "Thành phố" names three types.
func (t *Type) UnmarshalText(text []byte) error { return enumtext.Decode(typeText(), t, text) }
