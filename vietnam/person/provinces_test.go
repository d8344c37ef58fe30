package person

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/asciinum"
)

// The province table is typed into provinces.go so that this package does not
// depend on vietnam/admin. These tests hold it to the source data: the copy
// vietnam/admin keeps in the repository, and the folder where an updated
// release arrives, $HOCVUSO_VN_ADMIN_DATA, when it is set.
func TestProvincesAgreeWithCSV(t *testing.T) {
	sources := []string{
		filepath.Join("..", "admin", "internal", "data", "provinces_pre2025.csv"),
	}
	if dir := os.Getenv("HOCVUSO_VN_ADMIN_DATA"); dir != "" {
		sources = append(sources, filepath.Join(dir, "provinces_pre2025.csv"))
	}
	found := 0
	for _, path := range sources {
		f, err := os.Open(path)
		if os.IsNotExist(err) {
			continue
		}
		require.NoError(t, err)
		found++
		t.Run(path, func(t *testing.T) {
			defer f.Close()
			rows, err := csv.NewReader(f).ReadAll()
			require.NoError(t, err)
			require.NotEmpty(t, rows)
			col := map[string]int{}
			for i, h := range rows[0] {
				col[h] = i
			}
			for _, h := range []string{"code", "name", "full_name"} {
				require.Contains(t, col, h, "column %q", h)
			}
			var want []Province
			for _, r := range rows[1:] {
				want = append(want, Province{Code: r[col["code"]], Name: r[col["name"]], FullName: r[col["full_name"]]})
			}
			if diff := cmp.Diff(want, provinces[:]); diff != "" {
				t.Errorf("provinces.go disagrees with %s (-csv +table):\n%s", path, diff)
			}
		})
	}
	if found == 0 {
		t.Skip("no provinces_pre2025.csv found beside the repository")
	}
}

func TestAreaCodesCoverEveryProvinceOnce(t *testing.T) {
	seen := map[string]uint16{}
	olds := map[uint16]bool{}
	for _, a := range areaCodes {
		_, ok := LookupProvince(a.province)
		require.True(t, ok, "area code %d: province %q", a.code, a.province)
		if prev, dup := seen[a.province]; dup {
			t.Errorf("province %s has area codes %d and %d", a.province, prev, a.code)
		}
		seen[a.province] = a.code
		if a.old != 0 {
			require.False(t, olds[a.old], "old code %d twice", a.old)
			olds[a.old] = true
		}
	}
	require.Len(t, seen, len(provinces))
	// 59 provinces changed code in 2017; four kept theirs.
	require.Len(t, olds, 59)
}

func TestMobileTablesAgree(t *testing.T) {
	// Every 2018 successor is a current mobile block of some network, and
	// no prefix is listed twice.
	for _, m := range mobile2018 {
		d := asciinum.Append(nil, uint64(m.new)*10_000_000, 9)
		require.NotEqual(t, NetworkUnknown, mobileNetwork(d), "successor 0%d of 0%d", m.new, m.old)
	}
	seen := map[[2]uint16]bool{}
	for _, m := range mobilePrefixes {
		k := [2]uint16{m.prefix, uint16(m.width)}
		require.False(t, seen[k], "prefix %d listed twice", m.prefix)
		seen[k] = true
	}
}
