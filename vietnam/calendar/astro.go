package calendar

import "math"

// This file is the astronomical reference: the truncated series for the
// mean new moon and the apparent solar longitude given by Jean Meeus
// ("Astronomical Algorithms"), evaluated at Vietnam's meridian. It is the
// method Hồ Ngọc Đức published for the Vietnamese calendar, so results agree
// with the calendars printed in Vietnam. Everything here is pure and
// allocation-free; the year table in table.go caches its results.

// vnOffsetDays is UTC+7 as a fraction of a day. It is a constant on
// purpose: the Vietnamese calendar is defined at 105°E, whatever the
// host's zone or the offset IANA gives Asia/Ho_Chi_Minh for a past date.
const vnOffsetDays = 7.0 / 24.0

// synodicMonth is the mean length of a lunation in days.
const synodicMonth = 29.530588853

// jdnEpochNewMoon is the Julian day number of the new moon numbered 0 in
// newMoonJD (1 January 1900), used to estimate lunation numbers.
const jdnEpochNewMoon = 2415021

const degree = math.Pi / 180

// newMoonJD returns the Julian date (UT) of new moon number k, counted
// from the new moon of 1 January 1900.
func newMoonJD(k int) float64 {
	kf := float64(k)
	t := kf / 1236.85 // Julian centuries since 1900 January 0.5
	t2 := t * t
	t3 := t2 * t
	mean := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3 +
		0.00033*math.Sin((166.56+132.87*t-0.009173*t2)*degree)
	sunAnom := (359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3) * degree
	moonAnom := (306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3) * degree
	lat := (21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3) * degree
	corr := (0.1734-0.000393*t)*math.Sin(sunAnom) + 0.0021*math.Sin(2*sunAnom) -
		0.4068*math.Sin(moonAnom) + 0.0161*math.Sin(2*moonAnom) - 0.0004*math.Sin(3*moonAnom) +
		0.0104*math.Sin(2*lat) - 0.0051*math.Sin(sunAnom+moonAnom) - 0.0074*math.Sin(sunAnom-moonAnom) +
		0.0004*math.Sin(2*lat+sunAnom) - 0.0004*math.Sin(2*lat-sunAnom) -
		0.0006*math.Sin(2*lat+moonAnom) + 0.0010*math.Sin(2*lat-moonAnom) +
		0.0005*math.Sin(sunAnom+2*moonAnom)
	// ΔT (TT−UT) in days: the series gives dynamical time.
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return mean + corr - deltaT
}

// newMoonDay returns the Julian day number of the civil day, in Vietnam,
// that contains new moon k. That day is day 1 of a lunar month.
func newMoonDay(k int) int {
	return int(math.Floor(newMoonJD(k) + 0.5 + vnOffsetDays))
}

// majorTerm returns which of the twelve 30° arcs of the ecliptic the sun
// is in at the start (00:00 in Vietnam) of day jdn: 0 for 0°–30° (after
// the March equinox), ..., 9 for 270°–300° (after the winter solstice).
// A lunar month contains a major solar term exactly when this index
// changes between its first day and the first day of the next month.
func majorTerm(jdn int) int {
	t := (float64(jdn) - 0.5 - vnOffsetDays - 2451545.0) / 36525 // centuries since J2000
	t2 := t * t
	anom := (357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2) * degree
	mean := (280.46645 + 36000.76983*t + 0.0003032*t2) * degree
	center := ((1.914600-0.004817*t-0.000014*t2)*math.Sin(anom) +
		(0.019993-0.000101*t)*math.Sin(2*anom) + 0.000290*math.Sin(3*anom)) * degree
	lon := math.Mod(mean+center, 2*math.Pi)
	if lon < 0 {
		lon += 2 * math.Pi
	}
	return int(lon / (math.Pi / 6))
}

// lunation returns the number k of the new moon nearest to day jdn.
func lunation(jdn int) int {
	return int(math.Floor((float64(jdn)-2415021.076998695)/synodicMonth + 0.5))
}

// month11 returns the first day (JDN) of the lunar month that contains
// the December solstice of Gregorian year y: month 11 of lunar year y.
func month11(y int) int {
	dec31 := jdn(y, 12, 31)
	k := int(math.Floor(float64(dec31-jdnEpochNewMoon) / synodicMonth))
	start := newMoonDay(k)
	// If the sun is already past 270° when this month starts, the
	// solstice fell in the month before.
	if majorTerm(start) >= 9 {
		start = newMoonDay(k - 1)
	}
	return start
}

// solsticeSpan describes the lunar months from month 11 of lunar year y
// (the one holding the December solstice of Gregorian year y) up to, not
// including, month 11 of year y+1.
type solsticeSpan struct {
	k0     int // lunation number of the first month (month 11)
	months int // 12, or 13 when the span holds a leap month
	leap   int // position (1..12) of the leap month within the span; 0 if none
}

// spanOf computes the solstice span that starts in Gregorian year y.
func spanOf(y int) solsticeSpan {
	a := month11(y)
	b := month11(y + 1)
	k0 := lunation(a)
	s := solsticeSpan{k0: k0, months: 12}
	if b-a <= 365 {
		return s
	}
	s.months = 13
	s.leap = spanLeap(a)
	return s
}

// spanMonth gives the lunar month number and leap flag of position i
// (0-based) in a span: position 0 is month 11.
func (s solsticeSpan) spanMonth(i int) (month int, leap bool) {
	if s.leap != 0 && i >= s.leap {
		leap = i == s.leap
		i--
	}
	return (i+10)%12 + 1, leap
}

// astroYear computes lunar year y (from its Tết to the next) directly from
// astronomy. It is the reference that the year table caches.
func astroYear(y int) yearInfo {
	var info yearInfo
	prev, cur := spanOf(y-1), spanOf(y)
	n := 0
	var starts [14]int
	add := func(s solsticeSpan, from, to int) {
		for i := from; i < to; i++ {
			m, leap := s.spanMonth(i)
			if leap {
				info.leap = uint8(m)
			}
			starts[n] = newMoonDay(s.k0 + i)
			n++
		}
	}
	// In the previous span, lunar year y starts at month 1, which is
	// position 2, or 3 when a leap 11 or 12 comes before it.
	first := 2
	if prev.leap == 1 || prev.leap == 2 {
		first = 3
	}
	add(prev, first, prev.months)
	// In the current span, months 11 and 12 (and a leap 11 or 12) still
	// belong to lunar year y.
	last := 2
	if cur.leap == 1 || cur.leap == 2 {
		last = 3
	}
	add(cur, 0, last)
	starts[n] = newMoonDay(cur.k0 + last) // Tết of year y+1
	info.tet = int32(starts[0])
	info.months = uint8(n)
	for i := 0; i < n; i++ {
		if starts[i+1]-starts[i] == 30 {
			info.long |= 1 << i
		}
	}
	return info
}

// jdn returns the Julian day number of a date in the proleptic Gregorian
// calendar.
func jdn(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + floorDiv(yy, 4) - floorDiv(yy, 100) + floorDiv(yy, 400) - 32045
}

// civil returns the proleptic Gregorian date of Julian day number j.
func civil(j int) (y, m, d int) {
	a := j + 32044
	b := floorDiv(4*a+3, 146097)
	c := a - floorDiv(146097*b, 4)
	dd := floorDiv(4*c+3, 1461)
	e := c - floorDiv(1461*dd, 4)
	mm := floorDiv(5*e+2, 153)
	d = e - floorDiv(153*mm+2, 5) + 1
	m = mm + 3 - 12*floorDiv(mm, 10)
	y = 100*b + dd - 4800 + floorDiv(mm, 10)
	return y, m, d
}

func floorDiv(a, b int) int {
	if a >= 0 {
		return a / b // b is always a positive constant here
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// astroToLunar converts Julian day number j to a lunar date straight from
// the astronomy, without the year table: it finds the new moon that starts
// j's month, the two month-11 anchors around it, and numbers the month
// from them. It is the slow reference the table is tested against and the
// baseline of the benchmarks.
func astroToLunar(j int) LunarDate {
	k := int(math.Floor((float64(j) - 2415021.076998695) / synodicMonth))
	start := newMoonDay(k + 1)
	if start > j {
		start = newMoonDay(k)
	}
	gy, _, _ := civil(j)
	a11 := month11(gy)
	var b11, year int
	if a11 > start {
		year = gy
		b11, a11 = a11, month11(gy-1)
	} else {
		year = gy + 1
		b11 = month11(gy + 1)
	}
	pos := (start - a11) / 29 // whole lunations since month 11
	month, leap := 11+pos, false
	if b11-a11 > 365 {
		if l := spanLeap(a11); pos >= l {
			month = 10 + pos
			leap = pos == l
		}
	}
	if month > 12 {
		month -= 12
	}
	if month >= 11 && pos < 4 {
		year--
	}
	return LunarDate{Year: year, Month: month, Day: j - start + 1, Leap: leap}
}

// spanLeap returns the position of the leap month in the 13-month span
// that starts with month 11 on day a11: the first month after month 11
// that holds no major term (the term index is the same at its start and
// at the start of the next month).
func spanLeap(a11 int) int {
	k := lunation(a11)
	prev := majorTerm(newMoonDay(k + 1))
	for i := 1; i < 13; i++ {
		next := majorTerm(newMoonDay(k + i + 1))
		if next == prev {
			return i
		}
		prev = next
	}
	// Unreachable for real astronomy (13 lunations cannot all hold one of
	// 12 terms); keep the year well-formed by treating the last as leap.
	return 12
}
