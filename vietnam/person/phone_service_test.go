package person_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// The cases follow libphonenumber's metadata for region VN (voip
// 672\d{6}; tollFree 1800\d{4,6}; premiumRate 1900\d{4,6}; its short-number
// metadata 11[3-5]) and the MIC's 2018 conversion notice, which moved the
// VSAT satellite block 99.2xxxxxx to 67.2xxxxxx together with the 11-digit
// mobiles.
func TestParsePhoneVoIPAndService(t *testing.T) {
	voip := phoneFields{E164: "+84672012345", National: "067 201 23 45", International: "+84 67 201 23 45", Kind: person.VoIP}
	tests := []struct {
		in   string
		want phoneFields
	}{
		// 672xxxxxx is a number in force, not Đồng Tháp's pre-2017 067.
		{"0672 012 345", voip},
		{"067 201 23 45", voip},
		{"+84 672 012 345", voip},
		{"672012345", voip},
		// Other 067 numbers of 7 digits are still Đồng Tháp before 2017.
		{"067 3851 234", phoneFields{E164: "+842773851234", National: "0277 3851 234", International: "+84 277 3851 234",
			Kind: person.FixedLine, Area: "0277", Province: "Đồng Tháp", Migration: person.AreaCode2017, Legacy: "(067) 3851234"}},
		// VSAT 0992 became 0672 in 2018.
		{"0992 012 345", phoneFields{E164: "+84672012345", National: "067 201 23 45", International: "+84 67 201 23 45",
			Kind: person.VoIP, Migration: person.VSAT2018, Legacy: "0992 012 345"}},
		// Toll-free and premium-rate numbers: 8 to 10 digits, no trunk 0.
		{"1800 1091", phoneFields{E164: "+8418001091", National: "1800 1091", International: "+84 1800 1091", Kind: person.TollFree}},
		{"1800 599 920", phoneFields{E164: "+841800599920", National: "1800 599920", International: "+84 1800 599920", Kind: person.TollFree}},
		{"18001090", phoneFields{E164: "+8418001090", National: "1800 1090", International: "+84 1800 1090", Kind: person.TollFree}},
		{"1900 1234 56", phoneFields{E164: "+841900123456", National: "1900 123456", International: "+84 1900 123456", Kind: person.PremiumRate}},
		{"1900.0000", phoneFields{E164: "+8419000000", National: "1900 0000", International: "+84 1900 0000", Kind: person.PremiumRate}},
		{"+84 1900 1234", phoneFields{E164: "+8419001234", National: "1900 1234", International: "+84 1900 1234", Kind: person.PremiumRate}},
		// Short numbers: dialled as they are, inside Vietnam only.
		{"1022", phoneFields{National: "1022", Kind: person.ShortCode}},
		{"111", phoneFields{National: "111", Kind: person.ShortCode}},
		{"112", phoneFields{National: "112", Kind: person.ShortCode}},
		{"113", phoneFields{National: "113", Kind: person.ShortCode}},
		{"114", phoneFields{National: "114", Kind: person.ShortCode}},
		{"115", phoneFields{National: "115", Kind: person.ShortCode}},
		// Private networks (libphonenumber's UAN): reached inside Vietnam
		// only, so no international form; 7 and 8 digits after the 0.
		{"0199 2000", phoneFields{E164: "+841992000", National: "0199 2000", Kind: person.UAN}},
		{"0799 1234", phoneFields{E164: "+847991234", National: "0799 1234", Kind: person.UAN}},
		{"069 12345", phoneFields{E164: "+846912345", National: "0691 2345", Kind: person.UAN}},
		{"069 123 456", phoneFields{E164: "+8469123456", National: "0691 23456", Kind: person.UAN}},
		{"+84 69 123 456", phoneFields{E164: "+8469123456", National: "0691 23456", Kind: person.UAN}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p := checkParsed(t, "ParsePhone", person.ParsePhone, phoneFieldsOf, tt.in, tt.want)
			checkPhoneForms(t, p)
		})
	}
}

func TestParsePhoneServiceErrors(t *testing.T) {
	for _, tt := range []struct {
		in string
		is error
	}{
		{"1800 123", person.ErrPhoneLength},       // 7 digits: too short for 1800
		{"1900 1234 5678", person.ErrPhoneLength}, // 12 digits
		{"+84 113", person.ErrPhoneLength},        // short numbers are not dialled from abroad
		{"119", person.ErrPhoneLength},            // not a short number
		{"0672 012 3456", person.ErrPhonePrefix},  // 10 digits after 067: not VoIP, not a fixed line
		{"0992 012 3456", person.ErrPhonePrefix},  // nor an old VSAT number
	} {
		_, err := person.ParsePhone(tt.in)
		assert.ErrorIs(t, err, tt.is, tt.in)
	}
}

func TestPhoneKindText(t *testing.T) {
	for k, code := range map[person.Kind]string{
		person.VoIP: "voip", person.TollFree: "toll-free", person.PremiumRate: "premium-rate", person.ShortCode: "short-code",
	} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, code, string(b))
		var back person.Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	b, err := person.VSAT2018.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "vsat-2018", string(b))
}
