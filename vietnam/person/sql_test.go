package person_test

import (
	"database/sql"
	"database/sql/driver"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	_ driver.Valuer = person.Phone{}
	_ sql.Scanner   = (*person.Phone)(nil)
	_ driver.Valuer = person.CCCD{}
	_ sql.Scanner   = (*person.CCCD)(nil)
)

// TestPhoneScan scans what drivers return: text in any written form, an
// int64 from a numeric column (the leading 0 lost, or the country code
// kept), NULL.
func TestPhoneScan(t *testing.T) {
	want := person.MustParsePhone("0912 345 678")
	for _, src := range []any{"+84912345678", []byte("0912.345.678"), int64(912345678), int64(84912345678)} {
		var p person.Phone
		require.NoError(t, p.Scan(src), "%v", src)
		assert.Equal(t, want.E164(), p.E164(), "%v", src)
	}
	var p person.Phone
	require.NoError(t, p.Scan(nil))
	assert.True(t, p.IsZero())
	for _, src := range []any{time.Now(), 9.1e8, int64(-1)} {
		assert.ErrorIs(t, p.Scan(src), vietnam.ErrScan, "%T", src)
	}
	err := p.Scan("0912 34")
	assert.ErrorIs(t, err, vietnam.ErrScan)
	assert.ErrorIs(t, err, person.ErrPhoneLength)

	v, err := want.Value()
	require.NoError(t, err)
	assert.Equal(t, "+84912345678", v)
	v, err = person.Phone{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	_, err = person.MustParsePhone("113").Value()
	assert.ErrorIs(t, err, person.ErrPhoneShortCode)
	assert.EqualError(t, err, "person: phone 113: a short code has no E.164 form")
}

func TestCCCDScan(t *testing.T) {
	want := person.MustParseCCCD("001095012345")
	for _, src := range []any{"001095012345", []byte("001 095 012 345"), int64(1095012345)} {
		var c person.CCCD
		require.NoError(t, c.Scan(src), "%v", src)
		assert.Equal(t, want, c, "%v", src)
	}
	var c person.CCCD
	require.NoError(t, c.Scan(nil))
	assert.True(t, c.IsZero())
	for _, src := range []any{time.Now(), 1.0, int64(-5), int64(1e13)} {
		assert.ErrorIs(t, c.Scan(src), vietnam.ErrScan, "%v", src)
	}
	err := c.Scan("00109501234")
	assert.ErrorIs(t, err, vietnam.ErrScan)
	assert.ErrorIs(t, err, person.ErrIDLength)

	v, err := want.Value()
	require.NoError(t, err)
	assert.Equal(t, "001095012345", v, "text keeps the leading zeros")
	v, err = person.CCCD{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
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
