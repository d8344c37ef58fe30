package person

import (
	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Kind, Network and Migration marshal as text (Sex too, in cccd.go) so that
// JSON, map keys and flags carry words, not numbers that change meaning if
// a constant is ever inserted. Each value has one code, a lower-case ASCII
// word (hyphenated, never changed once published); the zero value
// marshals as the empty text. UnmarshalText accepts the code, the zero's
// word, the empty text, and the other names listed per type, ignoring
// case, tones and marks, and treating '-', '_' and ' ' alike.

var kindText = enumtext.Table{What: "person: phone kind", Err: vietnam.ErrUnknownName, Words: [][]string{
	{"unknown"},
	{"mobile", "di dong"},
	{"fixed-line", "co dinh", "landline"},
	{"voip"},
	{"toll-free", "mien phi"},
	{"premium-rate"},
	{"short-code", "so ngan"},
	{"uan", "private-network", "mang dung rieng"},
}}

// MarshalText encodes the kind as "mobile", "fixed-line" (String's
// "fixed line" with a hyphen, so that the code is one word), "voip",
// "toll-free", "premium-rate", "short-code" or "uan", and KindUnknown as the
// empty text. A kind with no constant is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindText.Marshal(uint8(k)) }

// UnmarshalText decodes "mobile", "fixed-line" (or "fixed line",
// "landline"), the Vietnamese "di động" and "cố định", and the empty text
// or "unknown" as KindUnknown.
func (k *Kind) UnmarshalText(text []byte) error { return enumtext.Decode(&kindText, k, text) }

// networkText: the codes are the brand names in lower case.
var networkText = enumtext.Table{What: "person: network", Err: vietnam.ErrUnknownName, Words: [][]string{
	{"unknown"},
	{"viettel"},
	{"vinaphone"},
	{"mobifone"},
	{"vietnamobile"},
	{"gmobile"},
	{"itel"},
	{"reddi"},
}}

// MarshalText encodes the network as its brand name in lower case:
// "viettel", "vinaphone", "mobifone", "vietnamobile", "gmobile", "itel",
// "reddi". NetworkUnknown is the empty text; a network with no constant
// is an error.
func (n Network) MarshalText() ([]byte, error) { return networkText.Marshal(uint8(n)) }

// UnmarshalText decodes a brand name in any case ("VinaPhone"), and the
// empty text or "unknown" as NetworkUnknown.
func (n *Network) UnmarshalText(text []byte) error { return enumtext.Decode(&networkText, n, text) }

var migrationText = enumtext.Table{What: "person: migration", Err: vietnam.ErrUnknownName, Words: [][]string{
	{"none", "not migrated"},
	{"mobile-2018"},
	{"area-code-2017"},
	{"vsat-2018"},
}}

// MarshalText encodes the migration as a code after its constant:
// "mobile-2018", "area-code-2017" or "vsat-2018" (String is a sentence, not a code).
// NotMigrated is the empty text; a migration with no constant is an
// error.
func (m Migration) MarshalText() ([]byte, error) { return migrationText.Marshal(uint8(m)) }

// UnmarshalText decodes "mobile-2018" or "area-code-2017", and the empty
// text, "none" or "not migrated" as NotMigrated.
func (m *Migration) UnmarshalText(text []byte) error { return enumtext.Decode(&migrationText, m, text) }
