package person_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/internal/scan/scantest"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// TestPhoneScan scans what drivers return: text in any written form, an
// int64 from a numeric column (the leading 0 lost, or the country code
// kept), NULL.
func TestPhoneScan(t *testing.T) {
	scantest.Run(t, scantest.Cases[person.Phone]{
		Into:        "person.Phone",
		Want:        person.MustParsePhone("0912 345 678"),
		Good:        []any{"+84912345678", []byte("0912.345.678"), int64(912345678), int64(84912345678)},
		Value:       "+84912345678",
		Unsupported: []any{time.Now(), 9.1e8, int64(-1)},
		Bad:         map[string]error{"0912 34": person.ErrPhoneLength},
	})
	_, err := person.MustParsePhone("113").Value()
	assert.ErrorIs(t, err, person.ErrPhoneShortCode)
	assert.EqualError(t, err, "person: phone 113: a short code has no E.164 form")
}

func TestCCCDScan(t *testing.T) {
	scantest.Run(t, scantest.Cases[person.CCCD]{
		Into:        "person.CCCD",
		Want:        person.MustParseCCCD("001095012345"),
		Good:        []any{"001095012345", []byte("001 095 012 345"), int64(1095012345)},
		Value:       "001095012345", // text keeps the leading zeros
		Unsupported: []any{time.Now(), 1.0, int64(-5), int64(1e13)},
		Bad:         map[string]error{"00109501234": person.ErrIDLength},
	})
}

func TestPersonGoldenJSON(t *testing.T) {
	names := []person.Name{
		person.ParseName("Nguyễn Thị Minh Khai"),
		person.ParseName("Tôn Nữ Thị Ninh"),
		{Family: "Niê", Given: "H'Hen", GivenFirst: true},
		{},
	}
	golden.RoundTrip(t, "name", names)
	golden.RoundTrip(t, "phone", []person.Phone{person.MustParsePhone("0912 345 678"), person.MustParsePhone("(028) 3829 1234"), {}})
	golden.RoundTrip(t, "cccd", []person.CCCD{person.MustParseCCCD("001095012345"), {}})
}
