package admin

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// firstResolveEnv, set in the environment, makes TestFirstResolveChild
// resolve the address it names and print how long that took: the
// child's half of BenchmarkResolverFreshProcess.
const firstResolveEnv = "HOCVUSO_ADMIN_FIRST_RESOLVE"

// firstResolveAddrs are the addresses of BenchmarkResolverFreshProcess:
// one read as written, one with a typo (the one-edit search's path).
var firstResolveAddrs = []struct{ name, addr string }{
	{"clean", "Phường Lái Thiêu, TP. Hồ Chí Minh"},
	{"typo", "Phường Lái Thieeu, Thuận An, Bình Dương"},
}

// BenchmarkResolverFreshProcess is the first resolve of a program, in a
// process of its own: each op starts this test binary again, which
// resolves one address with the package-level ResolveAddress (the embedded
// dataset, nothing made yet: no table of the package or of package
// vietnam built on first use, no lazy index) and reports the time of
// that call (first-ns/op). BenchmarkResolverFirstUse cannot see what a
// process makes once for all datasets. For a count of instructions, run
// the child alone under callgrind with --toggle-collect on Resolve.
func BenchmarkResolverFreshProcess(b *testing.B) {
	exe, err := os.Executable()
	require.NoError(b, err)
	for _, a := range firstResolveAddrs {
		b.Run(a.name, func(b *testing.B) {
			var total time.Duration
			for b.Loop() {
				cmd := exec.Command(exe, "-test.run=^TestFirstResolveChild$")
				cmd.Env = append(os.Environ(), firstResolveEnv+"="+a.addr)
				out, err := cmd.Output()
				require.NoError(b, err)
				_, after, ok := bytes.Cut(out, []byte("first-resolve-ns "))
				require.True(b, ok, "%s", out)
				ns, err := strconv.ParseInt(string(bytes.Fields(after)[0]), 10, 64)
				require.NoError(b, err)
				total += time.Duration(ns)
			}
			b.ReportMetric(float64(total.Nanoseconds())/float64(b.N), "first-ns/op")
		})
	}
}

// TestFirstResolveChild resolves the address of firstResolveEnv, when
// set, and prints the time it took; see BenchmarkResolverFreshProcess.
func TestFirstResolveChild(t *testing.T) {
	addr, ok := os.LookupEnv(firstResolveEnv)
	if !ok {
		t.Skip("the child of BenchmarkResolverFreshProcess")
	}
	start := time.Now()
	res, err := ResolveAddress(addr)
	d := time.Since(start)
	require.NoError(t, err)
	require.NotEmpty(t, res.Candidates)
	fmt.Printf("first-resolve-ns %d\n", d.Nanoseconds())
}
