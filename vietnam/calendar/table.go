package calendar

import "sync"

// yearInfo is one lunar year in compact form: 8 bytes.
type yearInfo struct {
	tet    int32  // Julian day number of day 1 of month 1
	long   uint16 // bit i set: the i-th month of the year (0-based, leap included) has 30 days
	months uint8  // 12, or 13 in a year with a leap month
	leap   uint8  // the month that is doubled (the leap month follows it); 0 if none
}

// The year table covers lunar years tableFirst..tableLast, enough for
// every solar date of 1900–2199 and every lunar date of years 1900–2199.
const (
	tableFirst = 1899
	tableLast  = 2200
)

// yearTable is built from the astronomy on first use (about 5 ms, 2.4 KB)
// and read-only afterwards, so lookups need no lock.
var yearTable = sync.OnceValue(func() *[tableLast - tableFirst + 1]yearInfo {
	var t [tableLast - tableFirst + 1]yearInfo
	for i := range t {
		t[i] = astroYear(tableFirst + i)
	}
	return &t
})

// lunarYear returns lunar year y, from the table when it covers y and
// from the astronomy otherwise.
func lunarYear(y int) yearInfo {
	if y >= tableFirst && y <= tableLast {
		return yearTable()[y-tableFirst]
	}
	return astroYear(y)
}

// length returns the number of days of the i-th month (0-based, leap
// month counted in order).
func (y yearInfo) length(i int) int {
	return 29 + int(y.long>>i&1)
}

// days returns the number of days in the lunar year.
func (y yearInfo) days() int {
	n := 0
	for i := 0; i < int(y.months); i++ {
		n += y.length(i)
	}
	return n
}

// index returns the position (0-based) of a month in the year, or -1 when
// the year has no such month (month out of 1–12, or a leap month the year
// does not have).
func (y yearInfo) index(month int, leap bool) int {
	switch {
	case month < 1 || month > 12:
		return -1
	case leap && int(y.leap) != month:
		return -1
	case y.leap != 0 && (month > int(y.leap) || leap):
		return month
	}
	return month - 1
}

// month returns the month number and leap flag of position i.
func (y yearInfo) month(i int) (int, bool) {
	if y.leap == 0 || i < int(y.leap) {
		return i + 1, false
	}
	return i, i == int(y.leap)
}

// toLunar converts a Julian day number to a lunar date using year lookups.
func toLunar(j int) LunarDate {
	gy, _, _ := civil(j)
	return toLunarIn(j, gy)
}

// toLunarIn is toLunar for a day j known to lie in Gregorian year gy. Tết
// always falls in January or February, so j belongs to lunar year gy or
// gy−1.
func toLunarIn(j, gy int) LunarDate {
	ly := gy
	info := lunarYear(ly)
	if j < int(info.tet) {
		ly--
		info = lunarYear(ly)
	}
	off := j - int(info.tet)
	for i := 0; i < int(info.months); i++ {
		n := info.length(i)
		if off < n {
			m, leap := info.month(i)
			return LunarDate{Year: ly, Month: m, Day: off + 1, Leap: leap}
		}
		off -= n
	}
	// Only reachable if the astronomy disagreed with itself about where the
	// next year starts; answer with the next year's first days rather than
	// panic.
	return LunarDate{Year: ly + 1, Month: 1, Day: off + 1}
}
