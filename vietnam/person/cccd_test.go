package person_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// cccdFields is everything a CCCD decodes to, for cmp.Diff.
type cccdFields struct {
	Digits     string
	Place      int
	Province   string
	Abroad     bool
	Country    string
	Sex        person.Sex
	Century    int
	YearDigits int
	BirthYear  int
	Serial     int
}

func fieldsOf(c person.CCCD) cccdFields {
	p, _ := c.Province()
	country, _ := c.Country()
	return cccdFields{
		Digits: c.String(), Place: c.PlaceCode(), Province: p.Name, Abroad: c.Abroad(), Country: country,
		Sex: c.Sex(), Century: c.Century(), YearDigits: c.YearDigits(), BirthYear: c.BirthYear(), Serial: c.Serial(),
	}
}

func TestParseCCCD(t *testing.T) {
	tests := []struct {
		in   string
		want cccdFields
	}{
		// Hà Nội, 4th digit 0 = male born 1900s, year 99.
		{"001099012345", cccdFields{"001099012345", 1, "Hà Nội", false, "", person.Male, 20, 99, 1999, 12345}},
		// Separators as people type them.
		{"001 099 012 345", cccdFields{"001099012345", 1, "Hà Nội", false, "", person.Male, 20, 99, 1999, 12345}},
		{" 001.099.012.345 ", cccdFields{"001099012345", 1, "Hà Nội", false, "", person.Male, 20, 99, 1999, 12345}},
		{"001-099-012-345", cccdFields{"001099012345", 1, "Hà Nội", false, "", person.Male, 20, 99, 1999, 12345}},
		// HCMC, 3 = female born 2000s.
		{"079305000001", cccdFields{"079305000001", 79, "Hồ Chí Minh", false, "", person.Female, 21, 5, 2005, 1}},
		// 1 = female born 1900s; Cà Mau is the last code.
		{"096185999999", cccdFields{"096185999999", 96, "Cà Mau", false, "", person.Female, 20, 85, 1985, 999999}},
		// 2 = male born 2000s; year 00.
		{"074200123456", cccdFields{"074200123456", 74, "Bình Dương", false, "", person.Male, 21, 0, 2000, 123456}},
		// Code 24 is decoded as pre-2025 Bắc Giang, not the Bắc Ninh that holds it since 2025.
		{"024190000000", cccdFields{"024190000000", 24, "Bắc Giang", false, "", person.Female, 20, 90, 1990, 0}},
		// Born abroad: country codes 101–295.
		{"101088000123", cccdFields{"101088000123", 101, "", true, "Afghanistan", person.Male, 20, 88, 1988, 123}},
		{"232099000777", cccdFields{"232099000777", 232, "", true, "Nhật Bản", person.Male, 20, 99, 1999, 777}},
		{"295301000000", cccdFields{"295301000000", 295, "", true, "Zimbabwe", person.Female, 21, 1, 2001, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := checkParsed(t, "ParseCCCD", person.ParseCCCD, fieldsOf, tt.in, tt.want)
			// Round trips through both printed forms.
			again, err := person.ParseCCCD(c.Format())
			require.NoError(t, err)
			assert.Equal(t, c, again)
			assert.Equal(t, c, person.MustParseCCCD(c.String()))
			assert.False(t, c.IsZero())
		})
	}
}

func TestParseCCCDErrors(t *testing.T) {
	tests := []rejection{
		{"", person.ErrIDLength, 0, `person: CCCD "": wrong number of digits (no digits, want 12)`},
		{"0010990123", person.ErrIDLength, 0, `person: CCCD "0010990123": wrong number of digits (10 digits, want 12)`},
		{"0010990123456", person.ErrIDLength, 0, `person: CCCD "0010990123456": wrong number of digits (13 digits, want 12)`},
		{"00109901234x", person.ErrIDSyntax, 12, `person: CCCD "00109901234x": not a digit ('x') at position 12`},
		{"001O99012345", person.ErrIDSyntax, 4, `person: CCCD "001O99012345": not a digit ('O') at position 4`},
		{"số 001099012345", person.ErrIDSyntax, 1, `person: CCCD "số 001099012345": not a digit ('s') at position 1`},
		{"00109901234５", person.ErrIDSyntax, 12, `person: CCCD "00109901234５": not a digit ('５') at position 12`},
		{"123456789", person.ErrIsCMND, 0, `person: CCCD "123456789": a 9-digit CMND, not a 12-digit CCCD`},
		// 003 was never a province code (03 is unused), nor is 000, 097, 100 or 296+.
		{"003099012345", person.ErrIDPlace, 1, `person: CCCD "003099012345": unknown place of birth code (003) at position 1`},
		{"000099012345", person.ErrIDPlace, 1, `person: CCCD "000099012345": unknown place of birth code (000) at position 1`},
		{"097099012345", person.ErrIDPlace, 1, `person: CCCD "097099012345": unknown place of birth code (097) at position 1`},
		{"100099012345", person.ErrIDPlace, 1, `person: CCCD "100099012345": unknown place of birth code (100) at position 1`},
		{"296099012345", person.ErrIDPlace, 1, `person: CCCD "296099012345": unknown place of birth code (296) at position 1`},
		{" 001 499 012 345", person.ErrIDCentury, 6, `person: CCCD " 001 499 012 345": impossible century digit (4 means born in the 2100s) at position 6`},
		{"001999012345", person.ErrIDCentury, 4, `person: CCCD "001999012345": impossible century digit (9 means born in the 2300s) at position 4`},
		// A birth year after today: 2099 has not come.
		{"001299012345", person.ErrIDFuture, 4, `person: CCCD "001299012345": birth year in the future (born 2099, after ` + thisYear() + `) at position 4`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := person.ParseCCCD(tt.in)
			checkRejected[*person.IDError](t, c, err, tt)
		})
	}
}

func TestCCCDCheckBirth(t *testing.T) {
	c := person.MustParseCCCD("001099012345") // male, 1999
	tests := []struct {
		name    string
		birth   vietnam.Date
		sex     person.Sex
		message string // "" for no error
	}{
		{"agrees", vietnam.MustDate(1999, 3, 12), person.Male, ""},
		{"no data", vietnam.Date{}, person.SexUnknown, ""},
		{"only sex", vietnam.Date{}, person.Male, ""},
		{"year differs", vietnam.MustDate(1998, 3, 12), person.Male,
			`person: CCCD "001099012345": does not match (birth year 1998, but the number says 1999)`},
		{"century differs", vietnam.MustDate(2099, 1, 1), person.SexUnknown,
			`person: CCCD "001099012345": does not match (birth year 2099, but the number says 1999)`},
		{"sex differs", vietnam.MustDate(1999, 3, 12), person.Female,
			`person: CCCD "001099012345": does not match (sex female, but the number says male)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := c.CheckBirth(tt.birth, tt.sex)
			if tt.message == "" {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, person.ErrBirthMismatch)
			assert.EqualError(t, err, tt.message)
		})
	}
}

func TestParseCMND(t *testing.T) {
	c, err := person.ParseCMND("012 345 678")
	require.NoError(t, err)
	assert.Equal(t, "012345678", c.String())
	assert.False(t, c.IsZero())
	assert.Equal(t, c, mustCMND(t, c.String()))

	_, err = person.ParseCMND("0123456789")
	assert.ErrorIs(t, err, person.ErrIDLength)
	assert.EqualError(t, err, `person: CMND "0123456789": wrong number of digits (10 digits, want 9)`)
	_, err = person.ParseCMND("01234567a")
	assert.ErrorIs(t, err, person.ErrIDSyntax)

	// The fall-back a roster import uses.
	_, err = person.ParseCCCD("012345678")
	if errors.Is(err, person.ErrIsCMND) {
		_, err = person.ParseCMND("012345678")
	}
	assert.NoError(t, err)

	var zero person.CMND
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
}

func mustCMND(t *testing.T, s string) person.CMND {
	t.Helper()
	c, err := person.ParseCMND(s)
	require.NoError(t, err)
	return c
}

func TestCCCDZero(t *testing.T) {
	var c person.CCCD
	assert.True(t, c.IsZero())
	assert.Equal(t, "", c.String())
	assert.Equal(t, "", c.Format())
	assert.Equal(t, person.SexUnknown, c.Sex())
	assert.Equal(t, 0, c.BirthYear())
	assert.Equal(t, 0, c.Century())
	_, ok := c.Province()
	assert.False(t, ok)
}

func TestCCCDText(t *testing.T) {
	type row struct {
		ID   person.CCCD `json:"id"`
		Old  person.CMND `json:"old"`
		Note string      `json:"note"`
	}
	enumtexttest.JSON(t, row{ID: person.MustParseCCCD("079305000001"), Old: mustCMND(t, "023456789"), Note: "x"},
		`{"id":"079305000001","old":"023456789","note":"x"}`)
	// Zero values survive the round trip.
	enumtexttest.JSON(t, row{Note: "empty"}, `{"id":"","old":"","note":"empty"}`)

	var out row
	err := json.Unmarshal([]byte(`{"id":"07930500000"}`), &out)
	assert.ErrorIs(t, err, person.ErrIDLength)
	err = json.Unmarshal([]byte(`{"old":"07930500000"}`), &out)
	assert.ErrorIs(t, err, person.ErrIDLength)
}

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		code int
		name string
		ok   bool
	}{
		{101, "Afghanistan", true},
		{175, "Hoa Kỳ", true},
		{231, "Nga", true},
		{279, "Trung Quốc", true},
		{295, "Zimbabwe", true},
		{100, "", false},
		{296, "", false},
		{1, "", false},
		{-5, "", false},
	}
	for _, tt := range tests {
		name, ok := person.LookupCountry(tt.code)
		assert.Equal(t, tt.name, name, tt.code)
		assert.Equal(t, tt.ok, ok, tt.code)
	}
	_, ok := person.MustParseCCCD("001099012345").Country()
	assert.False(t, ok, "a birth in Vietnam has no country code")
	_, ok = person.CCCD{}.Country()
	assert.False(t, ok)
}

func TestSexStrings(t *testing.T) {
	tests := []struct {
		s      person.Sex
		en, vi string
	}{
		{person.SexUnknown, "unknown", "không rõ"},
		{person.Male, "male", "nam"},
		{person.Female, "female", "nữ"},
		{person.Sex(200), "Sex(200)", "Sex(200)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.en, tt.s.String())
		assert.Equal(t, tt.vi, tt.s.Label(vietnam.Vietnamese))
		assert.Equal(t, tt.en, tt.s.Label(vietnam.English))
	}
}

func TestLookupProvince(t *testing.T) {
	p, ok := person.LookupProvince("79")
	require.True(t, ok)
	assert.Equal(t, person.Province{Code: "79", Name: "Hồ Chí Minh", FullName: "Thành phố Hồ Chí Minh"}, p)
	for _, bad := range []string{"", "3", "03", "97", "7a", "079", "９６"} {
		_, ok := person.LookupProvince(bad)
		assert.False(t, ok, bad)
	}
	n := 0
	prev := ""
	for p := range person.Provinces() {
		assert.Greater(t, p.Code, prev, "codes ascend")
		prev = p.Code
		n++
	}
	assert.Equal(t, 63, n)
	// The walk stops when asked.
	n = 0
	for range person.Provinces() {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

// TestIDEqualForCmp holds CCCD, CMND and Phone to their Equal methods, so
// that go-cmp compares records holding them without options (it would
// panic on their unexported fields otherwise).
func TestIDEqualForCmp(t *testing.T) {
	type holder struct {
		ID    person.CCCD
		Old   person.CMND
		Phone person.Phone
	}
	mk := func(id, old, phone string) holder {
		t.Helper()
		var h holder
		var err error
		if id != "" {
			h.ID, err = person.ParseCCCD(id)
			require.NoError(t, err)
		}
		if old != "" {
			h.Old, err = person.ParseCMND(old)
			require.NoError(t, err)
		}
		if phone != "" {
			h.Phone, err = person.ParsePhone(phone)
			require.NoError(t, err)
		}
		return h
	}
	tests := []struct {
		name string
		a, b holder
		same bool
	}{
		{"same numbers written differently", mk("001099012345", "012345678", "0912345678"), mk("001 099 012 345", "012.345.678", "+84 912 345 678"), true},
		{"zero values", holder{}, holder{}, true},
		{"other CCCD", mk("001099012345", "", ""), mk("001099012346", "", ""), false},
		{"CCCD against zero", mk("001099012345", "", ""), holder{}, false},
		{"other CMND", mk("", "012345678", ""), mk("", "012345679", ""), false},
		{"CMND of zeros against zero", mk("", "000000000", ""), holder{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diff := cmp.Diff(tt.a, tt.b)
			assert.Equal(t, tt.same, diff == "", "cmp.Diff (-a +b):\n%s", diff)
			assert.Equal(t, tt.same, tt.a.ID.Equal(tt.b.ID) && tt.a.Old.Equal(tt.b.Old) && tt.a.Phone.Equal(tt.b.Phone))
			assert.Equal(t, tt.a.ID == tt.b.ID, tt.a.ID.Equal(tt.b.ID), "CCCD.Equal agrees with ==")
			assert.Equal(t, tt.a.Old == tt.b.Old, tt.a.Old.Equal(tt.b.Old), "CMND.Equal agrees with ==")
		})
	}
}

func TestSexText(t *testing.T) {
	enumtexttest.Cases[person.Sex]{
		Err:   vietnam.ErrUnknownName,
		Codes: map[person.Sex]string{person.SexUnknown: "", person.Male: "male", person.Female: "female"},
		Aliases: map[string]person.Sex{
			"unknown": person.SexUnknown, "Không rõ": person.SexUnknown,
			"Nữ": person.Female, "nu": person.Female, "F": person.Female,
			"NAM": person.Male, "m": person.Male,
		},
		Names: enumtexttest.Labels[person.Sex],
		Bad:   map[string]string{"2": `person: sex "2": want male or female: unknown name`},
	}.Run(t, (*person.Sex).UnmarshalText)
	enumtexttest.JSON(t, struct{ Sex person.Sex }{person.Female}, `{"Sex":"female"}`)
}

func thisYear() string { return strconv.Itoa(time.Now().In(time.FixedZone("ICT", 7*3600)).Year()) }

// The birth year is judged against the date the caller passes: a roster
// typed in 2024 cannot hold someone born in 2025, while the same number is
// fine on a 2025 record. The reference is read in Vietnam's time (UTC+7):
// 31 Dec 2024 18:00 UTC is already 2025 there.
func TestParseCCCDAt(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		in   string
		ref  time.Time
		want error
	}{
		{"079325000001", time.Date(2024, 6, 1, 0, 0, 0, 0, ict), person.ErrIDFuture},
		{"079325000001", time.Date(2025, 1, 1, 0, 0, 0, 0, ict), nil},
		{"079325000001", time.Date(2024, 12, 31, 18, 0, 0, 0, time.UTC), nil},
		{"079325000001", time.Date(2024, 12, 31, 16, 59, 0, 0, time.UTC), person.ErrIDFuture},
		{"001099012345", time.Date(1999, 1, 1, 0, 0, 0, 0, ict), nil},
		{"001099012345", time.Date(1998, 12, 31, 0, 0, 0, 0, ict), person.ErrIDFuture},
		{"001299012345", time.Time{}, person.ErrIDFuture}, // zero: today
		{"001226012345", time.Time{}, nil},                // born this year: numbers are given at birth registration
	}
	for _, tt := range tests {
		_, err := person.ParseCCCDAt(tt.in, tt.ref)
		if tt.want == nil {
			assert.NoError(t, err, "%s at %v", tt.in, tt.ref)
			continue
		}
		assert.ErrorIs(t, err, tt.want, "%s at %v", tt.in, tt.ref)
	}
}
