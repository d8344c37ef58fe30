// Package linear holds functions of text to linear work on inputs of any
// size, for the tests of the packages that own them (#11, #14: no input
// over 1 MB takes more than linear time). Speed is measured only in
// benchmarks: Bench reports ns/byte over a family of sizes, to be read
// across one run; Check guards without a clock, by what a call allocates.
package linear

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// Unit is a piece of input repeated to make an input of any size: one of
// the adversarial shapes (a run of one letter, of marks, of separators).
type Unit struct {
	Name string
	Text string
}

// Func is a function under test; it keeps its result somewhere the
// compiler cannot drop it.
type Func struct {
	Name string
	F    func(string)
}

// Repeat repeats unit to about n bytes, in whole copies (at least one),
// so that every size of one unit has the same text at its ends.
func Repeat(unit string, n int) string {
	return strings.Repeat(unit, max(n/len(unit), 1))
}

// Sizes are the input sizes of Bench: 64 KB, 256 KB, 1 MB and 4 MB.
var Sizes = []int{64 << 10, 256 << 10, 1 << 20, 4 << 20}

// Bench runs each function on each unit repeated to each size, as
// sub-benchmarks "Func/Unit/SizeKB", and reports ns/byte: in linear time
// the sizes of one row report the same ns/byte.
func Bench(b *testing.B, funcs []Func, units []Unit, sizes []int) {
	for _, fn := range funcs {
		for _, u := range units {
			for _, n := range sizes {
				s := Repeat(u.Text, n)
				b.Run(fmt.Sprintf("%s/%s/%dKB", fn.Name, u.Name, n>>10), func(b *testing.B) {
					b.ReportAllocs()
					b.SetBytes(int64(len(s)))
					for b.Loop() {
						fn.F(s)
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(s)), "ns/byte")
				})
			}
		}
	}
}

// Allocs returns the allocations and the bytes allocated by a call of f,
// averaged over runs calls on one thread, after one call to warm it.
// It forces no collection, which would empty the sync.Pools that f's
// package keeps its buffers in.
func Allocs(runs int, f func()) (mallocs, bytes uint64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	runs = max(runs, 1)
	f()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / uint64(runs), (after.TotalAlloc - before.TotalAlloc) / uint64(runs)
}

// Growth is what Check allows: per byte of input, the large input may
// allocate at most Growth times what the small one does (plus a little,
// for the runtime's own), where work growing with the square of the input
// would allocate large/small times as much per byte.
const Growth = 2

// Check calls each function on each unit repeated to small and to large
// bytes and reports, as errors of t, the pairs whose allocations or bytes
// allocated grow faster than the input by more than Growth. Each
// function is first called once on the large input, so that tables built
// on first use and buffers it reuses are not counted; inputs under
// 256 KB are measured over as many calls as make 256 KB. Allocation
// counts mean nothing under the race detector, which allocates on its
// own: there Check skips t.
func Check(t testing.TB, funcs []Func, units []Unit, small, large int) {
	t.Helper()
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	ratio := uint64(large / small)
	for _, fn := range funcs {
		for _, u := range units {
			s, l := Repeat(u.Text, small), Repeat(u.Text, large)
			fn.F(l)
			ms, bs := Allocs((256<<10)/len(s), func() { fn.F(s) })
			ml, bl := Allocs((256<<10)/len(l), func() { fn.F(l) })
			t.Logf("%s/%s: %d allocs, %d bytes at %d bytes; %d, %d at %d", fn.Name, u.Name, ms, bs, len(s), ml, bl, len(l))
			if ml > Growth*ratio*ms+16 {
				t.Errorf("%s/%s: %d allocations at %d bytes, %d at %d: more than linear", fn.Name, u.Name, ms, len(s), ml, len(l))
			}
			if bl > Growth*ratio*bs+64<<10 {
				t.Errorf("%s/%s: %d bytes allocated at %d bytes, %d at %d: more than linear", fn.Name, u.Name, bs, len(s), bl, len(l))
			}
		}
	}
}
