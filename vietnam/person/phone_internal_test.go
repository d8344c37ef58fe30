package person

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every withdrawn area code migrates to its successor, with or without
// brackets; without brackets a current mobile prefix wins over an old
// two-digit area code.
func TestEveryOldAreaCodeMigrates(t *testing.T) {
	for _, a := range areaCodes {
		sub := "3822123"
		if a.old != 0 && oldSubscriberLen(a.old) == 8 {
			sub = "38221234"
		}
		newArea := fmt.Sprintf("0%d", a.code)
		if a.old == 0 {
			p, err := ParsePhone(fmt.Sprintf("(0%d) %s", a.code, sub))
			require.NoError(t, err)
			assert.Equal(t, NotMigrated, p.Migration(), "unchanged code %d", a.code)
			continue
		}
		bracketed := fmt.Sprintf("(0%d) %s", a.old, sub)
		p, err := ParsePhone(bracketed)
		require.NoError(t, err, bracketed)
		assert.Equal(t, AreaCode2017, p.Migration(), bracketed)
		assert.Equal(t, newArea, p.AreaCode(), bracketed)
		assert.Equal(t, "+84"+newArea[1:]+sub, p.E164(), bracketed)
		prov, ok := p.Province()
		require.True(t, ok, bracketed)
		assert.Equal(t, a.province, prov.Code, bracketed)
		assert.Equal(t, bracketed, p.Legacy())

		bare := fmt.Sprintf("0%d%s", a.old, sub)
		q, err := ParsePhone(bare)
		require.NoError(t, err, bare)
		if q.Kind() == Mobile {
			assert.Less(t, a.old, uint16(100), "only two-digit codes collide with mobiles: %s", bare)
			assert.NotEqual(t, NetworkUnknown, q.Network(), bare)
			continue
		}
		assert.True(t, q.Equal(p), "%s reads as %s, want %s", bare, q.E164(), p.E164())
	}
}

func TestEveryOldMobilePrefixMigrates(t *testing.T) {
	for _, m := range mobile2018 {
		in := fmt.Sprintf("0%d 123 4567", m.old)
		p, err := ParsePhone(in)
		require.NoError(t, err, in)
		assert.Equal(t, Mobile2018, p.Migration(), in)
		assert.Equal(t, fmt.Sprintf("+84%d1234567", m.new), p.E164(), in)
		assert.Equal(t, in, p.Legacy())
		cur := MustParsePhone(fmt.Sprintf("0%d1234567", m.new))
		assert.Equal(t, cur.Network(), p.Network(), in)
		assert.True(t, cur.Equal(p))
	}
}

// Every block in the table parses as a mobile of its network, and the
// 2-digit neighbours that are not allocated do not.
func TestEveryMobilePrefixParses(t *testing.T) {
	for _, m := range mobilePrefixes {
		digits := fmt.Sprintf("0%d", m.prefix)
		for len(digits) < 10 {
			digits += "5"
		}
		p, err := ParsePhone(digits)
		require.NoError(t, err, digits)
		assert.Equal(t, Mobile, p.Kind(), digits)
		assert.Equal(t, m.net, p.Network(), digits)
	}
	// (031… or 060… are not here: they are Hải Phòng's and Kon Tum's codes
	// before 2017 followed by 7 digits, and migrate.)
	for _, unallocated := range []string{"0401234567", "0501234567", "0511234567", "0711234567",
		"0801234567", "0951234567", "0101234567"} {
		_, err := ParsePhone(unallocated)
		assert.ErrorIs(t, err, ErrPhonePrefix, unallocated)
	}
}
