package admin_test

import (
	"os"
	"strings"
	"testing"

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
	for _, bb := range benchAddresses {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkResolution, _ = admin.ResolveAddress(bb.in)
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
	for _, bb := range benchAddresses {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, part := range strings.Split(bb.in, ",") {
					sinkMatches += len(old.Find(part)) + len(now.Find(part))
				}
			}
		})
	}
}

// BenchmarkResolveAddressSet resolves the whole labelled set per op and
// reports the time and allocations per address.
func BenchmarkResolveAddressSet(b *testing.B) {
	data, err := os.ReadFile(addressSetFile)
	if err != nil {
		b.Fatal(err)
	}
	var inputs []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if !strings.HasPrefix(line, "#") {
			inputs = append(inputs, strings.SplitN(line, "\t", 2)[0])
		}
	}
	admin.ResolveAddress("Bình Dương")
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			sinkResolution, _ = admin.ResolveAddress(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(inputs)), "ns/address")
}

// BenchmarkParseAddress splits text without the names.
func BenchmarkParseAddress(b *testing.B) {
	for _, bb := range benchAddresses {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkAddress, _ = admin.ParseAddress(bb.in)
			}
		})
	}
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
