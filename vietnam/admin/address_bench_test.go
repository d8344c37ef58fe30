package admin_test

import (
	"flag"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// benchAddresses are the forms the resolver meets, by name.
var benchAddresses = []struct{ name, in string }{
	{"old-full", "Phường Lái Thiêu, Thành phố Thuận An, Tỉnh Bình Dương"},
	{"old-abbrev-house", "42/4/6 Trương Quốc Dung, F. 10, Q. Phú Nhuận, TP HCM"},
	{"old-glued", "123 Đường Vĩnh Viễn, P8Q10, HCM"},
	{"old-folded-no-commas", "so 5 kp 3 xa dong xuan huyen soc son ha noi"},
	{"new", "Phường Lái Thiêu, TP. Hồ Chí Minh"},
	{"no-province", "xa tan tien"},
}

var (
	sinkResolution admin.Resolution
	sinkAddress    admin.Address
	sinkMatches    int
)

// BenchmarkResolveAddress resolves one address per op, index built.
func BenchmarkResolveAddress(b *testing.B) {
	if _, err := admin.ResolveAddress("Bình Dương"); err != nil {
		b.Fatal(err)
	}
	benchEachAddress(b, func(in string) { sinkResolution, _ = admin.ResolveAddress(in) })
}

// benchEachAddress runs op on each of benchAddresses, one sub-benchmark
// each, op once per iteration.
func benchEachAddress(b *testing.B, op func(in string)) {
	for _, bb := range benchAddresses {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				op(bb.in)
			}
		})
	}
}

// BenchmarkResolveAddressBaseline is what a user would write with Find
// alone: split at commas and look each part up by name in both eras. It
// neither splits text without commas nor ties the parts together, so it
// does less than ResolveAddress.
func BenchmarkResolveAddressBaseline(b *testing.B) {
	old := admin.At(admin.Era2025.Start().AddDays(-1))
	now := admin.Current()
	old.Find("Bình Dương")
	now.Find("Bình Dương")
	benchEachAddress(b, func(in string) {
		for _, part := range strings.Split(in, ",") {
			sinkMatches += len(old.Find(part)) + len(now.Find(part))
		}
	})
}

// benchAddressFile measures BenchmarkResolveAddressSet on a list of one's own
// (one address per line; a tab ends the address, as in the labelled set),
// such as the addresses whose time lies near the median, whose cost the
// median reports.
var benchAddressFile = flag.String("admin.benchaddresses", "", "resolve the addresses of this file (one per line) in BenchmarkResolveAddressSet instead of the labelled set")

// BenchmarkResolveAddressSet resolves the labelled real-world set per op
// (3,774 addresses of both eras and the history, with and without tones,
// commas and type words) and reports the mean and median time and the
// allocations per address. Its baseline is
// what a user would write with Find alone (see
// BenchmarkResolveAddressBaseline), over the same addresses in the same
// run.
func BenchmarkResolveAddressSet(b *testing.B) {
	file := "testdata/addresses/addresses.tsv"
	if *benchAddressFile != "" {
		file = *benchAddressFile
	}
	data, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	var inputs []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			inputs = append(inputs, strings.SplitN(line, "\t", 2)[0])
		}
	}
	old := admin.At(admin.Era2025.Start().AddDays(-1))
	now := admin.Current()
	run := func(b *testing.B, resolve func(string)) {
		resolve("Bình Dương")
		took := make([]time.Duration, len(inputs))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for b.Loop() {
			for i, s := range inputs {
				t := time.Now()
				resolve(s)
				took[i] += time.Since(t)
			}
		}
		runtime.ReadMemStats(&after)
		slices.Sort(took)
		n := float64(b.N)
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n/float64(len(inputs)), "ns/address")
		b.ReportMetric(float64(took[len(took)/2].Nanoseconds())/n, "median-ns/address")
		b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n/float64(len(inputs)), "allocs/address")
	}
	b.Run("resolver", func(b *testing.B) {
		run(b, func(s string) { sinkResolution, _ = admin.ResolveAddress(s) })
	})
	b.Run("baseline-find", func(b *testing.B) {
		run(b, func(s string) {
			for _, part := range strings.Split(s, ",") {
				sinkMatches += len(old.Find(part)) + len(now.Find(part))
			}
		})
	})
}

// BenchmarkParseAddress splits text without the names.
func BenchmarkParseAddress(b *testing.B) {
	benchEachAddress(b, func(in string) { sinkAddress, _ = admin.ParseAddress(in) })
}

// BenchmarkResolveAddressHuge: an input of 1 MB is refused after reading
// its length, so no input costs more than one of MaxAddressLen bytes
// (below, whose work is linear in its tokens); the allocations report
// that nothing of the input is copied beyond the error's excerpt.
func BenchmarkResolveAddressHuge(b *testing.B) {
	huge := strings.Repeat("Phường (gần chợ) 0909 123 456 TỉnhThái, ", 1<<20/40)
	longest := huge[:admin.MaxAddressLen]
	b.Run("1MB", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkResolution, _ = admin.ResolveAddress(huge)
		}
	})
	b.Run("MaxAddressLen", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkResolution, _ = admin.ResolveAddress(longest)
		}
	})
}

// TestResolveAllocs pins what a resolution allocates once its Resolver
// has its buffers: the text when cleaning rewrote it, and a block of
// candidates or alternatives now and then (handOut), one for
// dozens of resolutions that have a few (for the forms of
// benchAddresses, one at most).
func TestResolveAllocs(t *testing.T) {
	if raceBuild {
		t.Skip("the race detector allocates")
	}
	for _, bb := range benchAddresses {
		if _, err := admin.ResolveAddress(bb.in); err != nil {
			t.Fatal(err)
		}
		n := testing.AllocsPerRun(100, func() { sinkResolution, _ = admin.ResolveAddress(bb.in) })
		if n > 1 {
			t.Errorf("%s: %q: %.1f allocations per resolution, want 1 at most", bb.name, bb.in, n)
		}
	}
}

// TestResolveAllocsForms pins the allocations of the forms that cost
// more before the reader wrote its steps to the scratch (dashes,
// brackets, e-mail, a district's communes, noise alone): each answer
// allocates its Within and, when cleaning rewrote the text, the one copy
// of it that the parts of its Address keep; its Candidates and
// Alternatives are cut from blocks the scratch keeps.
func TestResolveAllocsForms(t *testing.T) {
	if raceBuild {
		t.Skip("the race detector allocates")
	}
	for _, tt := range []struct {
		in             string
		resolve, parse float64
	}{
		{"Huyện Hoành Bồ, Quảng Ninh", 1, 0},                      // Within
		{"Phường 1, Cai Lậy (Thị xã), Tiền Giang", 1, 1},          // text
		{"Thôn 5 Đại Lịch - Văn Chấn - Yên Bái", 1, 1},            // text
		{"Phường Lái Thiêu, TP.HCM - email: hoa@gmail.com", 1, 1}, // text
		{"Hải Châu, Đà Nẵng", 0, 0},                               // Candidates, Alternatives from the blocks
		{"0912345678", 1, 1},                                      // the *AddressError
	} {
		sinkResolution, _ = admin.ResolveAddress(tt.in)
		n := testing.AllocsPerRun(100, func() { sinkResolution, _ = admin.ResolveAddress(tt.in) })
		assert.LessOrEqual(t, n, tt.resolve, "ResolveAddress(%q)", tt.in)
		n = testing.AllocsPerRun(100, func() { sinkAddress, _ = admin.ParseAddress(tt.in) })
		assert.LessOrEqual(t, n, tt.parse, "ParseAddress(%q)", tt.in)
	}
}
