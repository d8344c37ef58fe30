package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// checkResolved resolves each case's address (see resolvedCase) in a
// subtest of its own and compares it with what it must resolve to.
func checkResolved(t *testing.T, tests []resolvedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, resolvedOf(tt.in))
		})
	}
}

// Type words and names typed with a slip of the shift or caps-lock key
// inside one word read as the word ("QuAn 2" as in another parser's
// suite, "tHÀNH PHỐ" with caps lock on); words glued with a capital
// still split ("PhườngMỹAn"). Expected codes are read off
// internal/data/commune_mapping_2025.csv.
func TestResolveCaseSlips(t *testing.T) {
	tests := []resolvedCase{
		{"2b Đường Lê Văn Miến, Thảo Điền, QuAn 2, Hồ Chí Minh", resolved{Commune: "Phường Thảo Điền", District: "Quận 2",
			Province: "Thành phố Hồ Chí Minh", Candidates: "27094", Flags: "former"}},
		{"153 Đường Man Thiện, Tăng Nhơn Phú A, qUAn 9, Hồ Chí Minh", resolved{Commune: "Phường Tăng Nhơn Phú A", District: "Quận 9",
			Province: "Thành phố Hồ Chí Minh", Candidates: "26842", Flags: "former"}},
		{"PhườNG Bến Nghé, Quận 1, TP HCM", resolved{Commune: "Phường Bến Nghé", District: "Quận 1",
			Province: "Thành phố Hồ Chí Minh", Candidates: "26740"}},
		{"12 Lê Lợi, Phường Bến Nghé, Quận 1, tHÀNH PHỐ Hồ Chí Minh", resolved{Commune: "Phường Bến Nghé", District: "Quận 1",
			Province: "Thành phố Hồ Chí Minh", Candidates: "26740"}},
		{"pHƯỜNG bẾN nGHÉ, qUẬN 1, TP HCM", resolved{Commune: "Phường Bến Nghé", District: "Quận 1",
			Province: "Thành phố Hồ Chí Minh", Candidates: "26740"}},
		{"PHường Lái Thiêu, THành phố Thuận An, Bình Dương", resolved{Commune: "Phường Lái Thiêu", District: "Thành phố Thuận An",
			Province: "Tỉnh Bình Dương", Candidates: "25966"}},
		{"xÃ Long Hậu, hUYỆN Cần Giuộc, tỈNH Long An", resolved{Commune: "Xã Long Hậu", District: "Huyện Cần Giuộc",
			Province: "Tỉnh Long An", Candidates: "28159"}},
		// glued words still split at their capital
		{"Số 922 Nguyễn Huệ, PhườngMỹAn, Ngũ Hành Sơn, TP. Đà Nẵng", resolved{Commune: "Phường Mỹ An", District: "Quận Ngũ Hành Sơn",
			Province: "Thành phố Đà Nẵng", Candidates: "20285"}},
		// a slip inside a word that is no unit stays unread
		{"Thảo Điền, QuAn 22, Hồ Chí Minh", resolved{Province: "Thành phố Hồ Chí Minh"}},
	}
	checkResolved(t, tests)
}

// A letter glued after a number before a name is the end of a damaged
// word, not the type word of the name: "T0P Buôn Ma Thuột" (a "TP" with a
// stray digit) does not make Buôn Ma Thuột a ward, "Phường Buôn Ma Thuột"
// of 2025; type words glued to numbers ("P8Q10") stay type words.
// Phường Tân An (24163) of Thành phố Buôn Ma Thuột and Phường 8 (27187)
// of Quận 10: internal/data/commune_mapping_2025.csv.
func TestResolveLetterAfterNumber(t *testing.T) {
	tanAn := resolved{Commune: "Phường Tân An", District: "Thành phố Buôn Ma Thuột", Province: "Tỉnh Đắk Lắk", Candidates: "24163"}
	tests := []resolvedCase{
		{"Phường Tân An, T0P Buôn Ma Thuột", tanAn},
		{"Phường Tân An, T0P Buôn Ma Thuột, Đắk Lắk", tanAn},
		{"123 Đường Vĩnh Viễn, P8Q10, HCM", resolved{Commune: "Phường 8", District: "Quận 10",
			Province: "Thành phố Hồ Chí Minh", Candidates: "27169"}},
	}
	checkResolved(t, tests)
}
