package person_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// phoneFields is everything a Phone reports, for cmp.Diff.
type phoneFields struct {
	E164, National, International string
	Kind                          person.Kind
	Network                       person.Network
	Area, Province                string
	Migration                     person.Migration
	Legacy                        string
}

func phoneFieldsOf(p person.Phone) phoneFields {
	prov, _ := p.Province()
	return phoneFields{
		E164: p.E164(), National: p.National(), International: p.International(),
		Kind: p.Kind(), Network: p.Network(), Area: p.AreaCode(), Province: prov.Name,
		Migration: p.Migration(), Legacy: p.Legacy(),
	}
}

func mobile(e164, national, intl string, n person.Network) phoneFields {
	return phoneFields{E164: e164, National: national, International: intl, Kind: person.Mobile, Network: n}
}

func fixedLine(e164, national, intl, area, province string) phoneFields {
	return phoneFields{E164: e164, National: national, International: intl, Kind: person.FixedLine, Area: area, Province: province}
}

// migrated is f for a number written in its form from before migration m,
// which was legacy.
func (f phoneFields) migrated(m person.Migration, legacy string) phoneFields {
	f.Migration, f.Legacy = m, legacy
	return f
}

func TestParsePhone(t *testing.T) {
	vina := mobile("+84912345678", "0912 345 678", "+84 912 345 678", person.VinaPhone)
	hcmc := fixedLine("+842838291234", "028 3829 1234", "+84 28 3829 1234", "028", "Hồ Chí Minh")
	tests := []struct {
		in   string
		want phoneFields
	}{
		// The forms of the issue.
		{"0912 345 678", vina},
		{"0912.345.678", vina},
		{"+84 912345678", vina},
		{"84912345678", vina},
		{"(028) 3829 1234", hcmc},
		// HCMC lines 028 88xx xxxx exist (reported to PhoneNumberKit as
		// +842888807505 in 2024; in libphonenumber's fixed-line pattern
		// since 8.13.6).
		{"028 8880 7505", fixedLine("+842888807505", "028 8880 7505", "+84 28 8880 7505", "028", "Hồ Chí Minh")},
		// More ways people type them.
		{"0912-345-678", vina},
		{"0912345678", vina},
		{"+84 (0) 912 345 678", vina},
		{"(+84) 912 345 678", vina},
		{"+84-912-345-678", vina},
		{"+840912345678", vina},
		{"0084 912 345 678", vina},
		{"912345678", vina}, // the spreadsheet ate the 0
		{"0912\u00a0345\u00a0678", vina},
		{"0912–345–678", vina}, // en dashes
		{"0912—345—678", vina}, // em dashes
		{"0912‑345‑678", vina}, // non-breaking hyphens (Word)
		{"0912−345−678", vina}, // minus signs
		{"0912－345－678", vina}, // full-width hyphen-minus (East Asian input methods)
		{"0912﹣345﹣678", vina}, // small hyphen-minus
		{"0912﹘345﹘678", vina}, // small em dash
		{"  0912 / 345 / 678  ", vina},
		{"028 3829 1234", hcmc},
		{"+84 28 3829 1234", hcmc},
		{"842838291234", hcmc},
		// One prefix of every network.
		{"0981 234 567", mobile("+84981234567", "0981 234 567", "+84 981 234 567", person.Viettel)},
		{"0321 234 567", mobile("+84321234567", "0321 234 567", "+84 321 234 567", person.Viettel)},
		{"0861 234 567", mobile("+84861234567", "0861 234 567", "+84 861 234 567", person.Viettel)},
		{"0881 234 567", mobile("+84881234567", "0881 234 567", "+84 881 234 567", person.VinaPhone)},
		{"0901 234 567", mobile("+84901234567", "0901 234 567", "+84 901 234 567", person.MobiFone)},
		{"0701 234 567", mobile("+84701234567", "0701 234 567", "+84 701 234 567", person.MobiFone)},
		{"0896 234 567", mobile("+84896234567", "0896 234 567", "+84 896 234 567", person.MobiFone)},
		{"0921 234 567", mobile("+84921234567", "0921 234 567", "+84 921 234 567", person.Vietnamobile)},
		{"0561 234 567", mobile("+84561234567", "0561 234 567", "+84 561 234 567", person.Vietnamobile)},
		{"0523 234 567", mobile("+84523234567", "0523 234 567", "+84 523 234 567", person.Vietnamobile)},
		{"0591 234 567", mobile("+84591234567", "0591 234 567", "+84 591 234 567", person.Gmobile)},
		{"0993 234 567", mobile("+84993234567", "0993 234 567", "+84 993 234 567", person.Gmobile)},
		{"0871 234 567", mobile("+84871234567", "0871 234 567", "+84 871 234 567", person.Itel)},
		{"0998 234 567", mobile("+84998234567", "0998 234 567", "+84 998 234 567", person.Itel)},
		{"0559 234 567", mobile("+84559234567", "0559 234 567", "+84 559 234 567", person.Reddi)},
		// Fixed lines with three-digit area codes.
		{"0236 3821 234", fixedLine("+842363821234", "0236 3821 234", "+84 236 3821 234", "0236", "Đà Nẵng")},
		{"0274.3822.123", fixedLine("+842743822123", "0274 3822 123", "+84 274 3822 123", "0274", "Bình Dương")},
		// Hà Giang kept its code in 2017: not a migration.
		{"0219 3866 123", fixedLine("+842193866123", "0219 3866 123", "+84 219 3866 123", "0219", "Hà Giang")},
		// 2018: 11-digit mobiles become 10 digits.
		{"0168 123 4567", mobile("+84381234567", "0381 234 567", "+84 381 234 567", person.Viettel).migrated(person.Mobile2018, "0168 123 4567")},
		{"+84 168 123 4567", mobile("+84381234567", "0381 234 567", "+84 381 234 567", person.Viettel).migrated(person.Mobile2018, "0168 123 4567")},
		{"01201234567", mobile("+84701234567", "0701 234 567", "+84 701 234 567", person.MobiFone).migrated(person.Mobile2018, "0120 123 4567")},
		{"01271234567", mobile("+84811234567", "0811 234 567", "+84 811 234 567", person.VinaPhone).migrated(person.Mobile2018, "0127 123 4567")},
		{"01881234567", mobile("+84581234567", "0581 234 567", "+84 581 234 567", person.Vietnamobile).migrated(person.Mobile2018, "0188 123 4567")},
		{"01991234567", mobile("+84591234567", "0591 234 567", "+84 591 234 567", person.Gmobile).migrated(person.Mobile2018, "0199 123 4567")},
		// 2017: old area codes.
		{"04 3825 3523", fixedLine("+842438253523", "024 3825 3523", "+84 24 3825 3523", "024", "Hà Nội").migrated(person.AreaCode2017, "(04) 38253523")},
		{"(08) 3829 1234", fixedLine("+842838291234", "028 3829 1234", "+84 28 3829 1234", "028", "Hồ Chí Minh").migrated(person.AreaCode2017, "(08) 38291234")},
		{"0511 3821 234", fixedLine("+842363821234", "0236 3821 234", "+84 236 3821 234", "0236", "Đà Nẵng").migrated(person.AreaCode2017, "(0511) 3821234")},
		{"0650 3822 123", fixedLine("+842743822123", "0274 3822 123", "+84 274 3822 123", "0274", "Bình Dương").migrated(person.AreaCode2017, "(0650) 3822123")},
		{"061 3822 123", fixedLine("+842513822123", "0251 3822 123", "+84 251 3822 123", "0251", "Đồng Nai").migrated(person.AreaCode2017, "(061) 3822123")},
		// Spacing does not make an area code: these digits are Bắc Giang's 0240 before 2017.
		{"024 0123 4567", fixedLine("+842041234567", "0204 1234 567", "+84 204 1234 567", "0204", "Bắc Giang").migrated(person.AreaCode2017, "(0240) 1234567")},
		// 0241 was Bắc Ninh's code; today's 024 Hà Nội numbers never continue with 0 or 1.
		{"0241 3123 456", fixedLine("+842223123456", "0222 3123 456", "+84 222 3123 456", "0222", "Bắc Ninh").migrated(person.AreaCode2017, "(0241) 3123456")},
		// 031 (Hải Phòng before 2017) is no mobile prefix, so it migrates.
		{"031 3842 123", fixedLine("+842253842123", "0225 3842 123", "+84 225 3842 123", "0225", "Hải Phòng").migrated(person.AreaCode2017, "(031) 3842123")},
		// 08 3829 1234 without brackets is a VinaPhone mobile today: the current reading wins.
		{"08 3829 1234", mobile("+84838291234", "0838 291 234", "+84 838 291 234", person.VinaPhone)},
		// 033 was Quảng Ninh; today it is Viettel.
		{"033 3825 123", mobile("+84333825123", "0333 825 123", "+84 333 825 123", person.Viettel)},
		// Brackets naming a current code are simply a fixed line.
		{"(0236) 3821 234", fixedLine("+842363821234", "0236 3821 234", "+84 236 3821 234", "0236", "Đà Nẵng")},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p := checkParsed(t, "ParsePhone", person.ParsePhone, phoneFieldsOf, tt.in, tt.want)
			assert.Equal(t, p.National(), p.String())
			checkPhoneForms(t, p)
		})
	}
}

func TestParsePhoneErrors(t *testing.T) {
	tests := []rejection{
		{"", person.ErrPhoneLength, 0, `person: phone "": wrong number of digits (no digits)`},
		{"abc", person.ErrPhoneSyntax, 1, `person: phone "abc": unexpected character ('a') at position 1`},
		{"0912 345 67x", person.ErrPhoneSyntax, 12, `person: phone "0912 345 67x": unexpected character ('x') at position 12`},
		{"số 0912345678", person.ErrPhoneSyntax, 1, `person: phone "số 0912345678": unexpected character ('s') at position 1`},
		{"0912+345678", person.ErrPhoneSyntax, 5, `person: phone "0912+345678": unexpected character ('+') at position 5`},
		{"((028) 3829 1234", person.ErrPhoneSyntax, 2, `person: phone "((028) 3829 1234": unexpected character ('(') at position 2`},
		{"(028 3829 1234", person.ErrPhoneSyntax, 0, `person: phone "(028 3829 1234": unexpected character (unclosed '(')`},
		{"028) 3829 1234", person.ErrPhoneSyntax, 4, `person: phone "028) 3829 1234": unexpected character (')') at position 4`},
		{"+1 212 555 0100", person.ErrPhoneCountry, 0, `person: phone "+1 212 555 0100": not a Vietnamese number (country code is not +84)`},
		{"+84", person.ErrPhoneLength, 0, `person: phone "+84": wrong number of digits (no digits after the country code)`},
		{"0912 345", person.ErrPhoneLength, 0, `person: phone "0912 345": wrong number of digits (6 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))`},
		{"0912 345 678 9", person.ErrPhonePrefix, 0, `person: phone "0912 345 678 9": unknown prefix (0912)`},
		{"0123 456 789 012 345 6", person.ErrPhoneLength, 0, `person: phone "0123 456 789 012 345 6": wrong number of digits (more than 15 digits)`},
		// Not allocated: 080, 040, 010.
		{"0801 234 567", person.ErrPhonePrefix, 0, `person: phone "0801 234 567": unknown prefix (0801)`},
		// 0240 was Bắc Giang's code, but with 8 digits after it is neither old nor new.
		{"0240 3123 4567", person.ErrPhoneLength, 0, `person: phone "0240 3123 4567": wrong number of digits (11 digits after the trunk 0, want 9 (mobile) or 10 (fixed line))`},
		{"024 9123 4567", person.ErrPhonePrefix, 0, `person: phone "024 9123 4567": unknown prefix (024)`},
		// An old HCMC number starting with 0 has no current form.
		{"(08) 0123 4567", person.ErrPhonePrefix, 0, `person: phone "(08) 0123 4567": unknown prefix (0801)`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := person.ParsePhone(tt.in)
			checkRejected[*person.PhoneError](t, p, err, tt)
		})
	}
}

func TestPhoneZeroAndEnums(t *testing.T) {
	var p person.Phone
	assert.True(t, p.IsZero())
	assert.Equal(t, "", p.E164())
	assert.Equal(t, "", p.National())
	assert.Equal(t, "", p.International())
	assert.Equal(t, "", p.AreaCode())
	assert.Equal(t, "", p.Legacy())
	assert.Equal(t, person.KindUnknown, p.Kind())
	assert.Equal(t, person.NetworkUnknown, p.Network())

	// A named zero keeps its name; a value with no constant prints as
	// Type(n), never as a real value.
	assert.Equal(t, "unknown", person.NetworkUnknown.String())
	assert.Equal(t, "Network(99)", person.Network(99).String())
	assert.Equal(t, "Network(8)", person.Network(8).String())
	assert.Equal(t, "Vietnamobile", person.Vietnamobile.String())
	assert.Equal(t, "unknown", person.KindUnknown.String())
	assert.Equal(t, "Kind(9)", person.Kind(9).String())
	assert.Equal(t, "Kind(8)", person.Kind(8).String())
	assert.Equal(t, "fixed line", person.FixedLine.String())
	assert.Equal(t, "not migrated", person.NotMigrated.String())
	assert.Equal(t, "Migration(9)", person.Migration(9).String())
	assert.Equal(t, "Migration(4)", person.Migration(4).String())
	assert.Equal(t, "old area code replaced (2017)", person.AreaCode2017.String())
}

func TestPhoneEquality(t *testing.T) {
	old := person.MustParsePhone("0168 123 4567")
	cur := person.MustParsePhone("038 123 4567")
	assert.True(t, old.Equal(cur))
	assert.NotEqual(t, old, cur, "== also sees the migration")
	assert.Equal(t, cur, person.MustParsePhone("+84381234567"))
}

func TestPhoneText(t *testing.T) {
	type row struct {
		Phone person.Phone `json:"phone"`
	}
	enumtexttest.JSON(t, row{person.MustParsePhone("0912 345 678")}, `{"phone":"+84912345678"}`)
	enumtexttest.JSON(t, row{}, `{"phone":""}`)
	var r row
	require.NoError(t, json.Unmarshal([]byte(`{"phone":"0168 123 4567"}`), &r))
	assert.Equal(t, "+84381234567", r.Phone.E164())
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"phone":"12"}`), &r), person.ErrPhoneLength)
	require.NoError(t, json.Unmarshal([]byte(`{"phone":""}`), &r))
	assert.True(t, r.Phone.IsZero())
}

func TestParsePhoneDoesNotAllocate(t *testing.T) {
	for _, in := range []string{"0912 345 678", "+84 28 3829 1234", "0168 123 4567", "04 3825 3523", "(08) 3829 1234"} {
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := person.ParsePhone(in); err != nil {
				t.Fatal(err)
			}
		})
		assert.Zero(t, allocs, in)
	}
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := person.ParseCCCD("001 099 012 345"); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs, "ParseCCCD")
}

// The package promises safety for concurrent use: the prefix index is built
// on first use by whichever goroutine gets there first. Run with -race.
func TestConcurrentUse(t *testing.T) {
	done := make(chan struct{})
	for g := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range 50 {
				p, err := person.ParsePhone([]string{"0912 345 678", "04 3825 3523", "0168 123 4567"}[(g+i)%3])
				assert.NoError(t, err)
				assert.NotEqual(t, person.KindUnknown, p.Kind())
				names := []person.Name{person.ParseName("Lê Văn Đạt"), person.ParseName("Lê Văn Dũng")}
				person.Sort(names)
				assert.Equal(t, "Dũng", names[0].Given)
			}
		}()
	}
	for range 4 {
		<-done
	}
}

// Only part of 089 and 055 is in service. libphonenumber's mobile pattern
// for region VN (release 9.0.31) accepts 89[6-9] and 559 followed by six
// digits, from the operators' IR.21 returns; MobiFone's 089 began in 2016
// as a single block of a million numbers (Cục Viễn thông, 4/2/2016).
func TestPhonePartlyAllocatedPrefixes(t *testing.T) {
	for _, in := range []string{"0896 123 456", "0897 123 456", "0898 123 456", "0899 123 456"} {
		p, err := person.ParsePhone(in)
		require.NoError(t, err, in)
		assert.Equal(t, person.MobiFone, p.Network(), in)
	}
	p, err := person.ParsePhone("0559 123 456")
	require.NoError(t, err)
	assert.Equal(t, person.Reddi, p.Network())
	// 0890–0895 are no mobiles: the ten digits read as HCMC's 08 and eight
	// digits, from before 2017.
	for in, want := range map[string]string{"0890 123 456": "028 9012 3456", "0891 234 567": "028 9123 4567", "0895 123 456": "028 9512 3456"} {
		p, err := person.ParsePhone(in)
		require.NoError(t, err, in)
		assert.Equal(t, person.FixedLine, p.Kind(), in)
		assert.Equal(t, want, p.National(), in)
	}
	// 055 and 7 digits outside 0559 is Quảng Ngãi's area code before 2017,
	// not a Reddi mobile.
	p, err = person.ParsePhone("055 1234 567")
	require.NoError(t, err)
	assert.Equal(t, person.FixedLine, p.Kind())
	assert.Equal(t, "0255 1234 567", p.National())
}
