package admin

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

// refUnitAt is unitAt looking through every later change for every unit
// of 2025, as it did before Directory.changed told which units have one.
func refUnitAt(d *Directory, level Level, i int) Unit {
	t := d.ds.table(d.era, level)
	d2 := *d
	d2.changed = [4]uint64{} // no change read
	u := d2.unitAt(t, level, i)
	if d.era != Era2025 {
		return u
	}
	r := &t.Units[i]
	for j := range d.ds.d.Changes {
		c := &d.ds.d.Changes[j]
		if c.Code == r.Code() && Level(c.Level) == level && c.Effective <= d.asOf {
			u.full, u.nameAt, u.typ = c.Full, c.NameAt, Type(c.Type)
		}
	}
	return u
}

// TestUnitAtChanged: unitAt, which reads the later changes only for the
// units whose code's bit is in Directory.changed, gives every unit of
// each era as a look through all the changes does, before, on and after
// the day each change took effect.
func TestUnitAtChanged(t *testing.T) {
	ds := &embedded
	dates := []vietnam.Date{{}, vietnam.MustDate(2025, time.June, 30), vietnam.MustDate(2025, time.July, 1)}
	for _, c := range ds.d.Changes {
		on := dateOf(c.Effective)
		dates = append(dates, on.AddDays(-1), on)
	}
	changed := 0
	for _, date := range dates {
		d := ds.At(date)
		for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
			tb := d.ds.table(d.era, level)
			if tb == nil {
				continue
			}
			for i := range tb.Units {
				got, want := d.unitAt(tb, level, i), refUnitAt(d, level, i)
				require.Equal(t, want, got, "%v %v %d", date, level, i)
				if got.full != tb.Full(&tb.Units[i]) {
					changed++
				}
			}
		}
	}
	require.NotZero(t, changed, "no change read at all")
}

// TestLazyOnce: a lazy value is built once however many goroutines ask
// for it first, and every one of them, and every later call, gets it
// (under -race, also that reading it after done is ordered after it was
// built).
func TestLazyOnce(t *testing.T) {
	var l lazy[*[4]int]
	var built atomic.Int32
	build := func() *[4]int {
		built.Add(1)
		return &[4]int{1, 2, 3, 4}
	}
	got := make([]*[4]int, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() { got[g] = l.get(build) })
	}
	wg.Wait()
	require.Equal(t, int32(1), built.Load())
	for _, p := range got {
		require.Same(t, got[0], p)
		require.Equal(t, [4]int{1, 2, 3, 4}, *p)
	}
	require.Same(t, got[0], l.get(build))
	require.Equal(t, int32(1), built.Load())
}

// TestUnitOfDirectory: unitOf gives every unit of the name index as the
// directory of its era does (Current for 2025, beforeReform before; the
// Formers for a former one), though it asks for the directory of 2025
// only, for its later changes.
func TestUnitOfDirectory(t *testing.T) {
	ds := &embedded
	x := ds.nameIndex()
	changed := 0
	for i := range x.units {
		a := &x.units[i]
		var want Unit
		switch {
		case a.former:
			want = ds.formerUnit(int(a.pos))
		case Era(a.era) == Era2025:
			d := ds.Current()
			want = d.unitAt(ds.table(Era2025, Level(a.level)), Level(a.level), int(a.pos))
		default:
			d := ds.beforeReform()
			want = d.unitAt(ds.table(EraPre2025, Level(a.level)), Level(a.level), int(a.pos))
		}
		got := ds.unitOf(x, int32(i))
		require.Equal(t, want, got, "unit %d", i)
		if !a.former {
			tb := ds.table(Era(a.era), Level(a.level))
			if got.full != tb.Full(&tb.Units[a.pos]) {
				changed++
			}
		}
	}
	require.NotZero(t, changed, "no later change read")
}

// TestSetTableUnitNameAt: a Unit built from a table row, which reads
// where its name starts from the row (tab.Unit.NameAt), names it as the
// table does, for every unit of every table.
func TestSetTableUnitNameAt(t *testing.T) {
	ds := &Dataset{d: &embeddedData}
	for _, era := range []Era{EraPre2025, Era2025} {
		for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
			tb := ds.table(era, level)
			if tb == nil {
				continue
			}
			for i := range tb.Units {
				var u Unit
				setTableUnit(&u, tb, era, level, i)
				require.Equal(t, tb.Name(&tb.Units[i]), u.Name(), "%v %v %d", era, level, i)
				require.Equal(t, tb.Full(&tb.Units[i]), u.FullName())
			}
		}
	}
}
