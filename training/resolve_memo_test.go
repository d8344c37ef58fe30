package training_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestImportResolvesAsResolver: the importer reads the units after
// numbered parts ("Tổ 5, …") once per import, and every row still gets
// what resolving its whole address gives. First rows whose named street or
// hamlet changes the reading of the same units (a street named after
// Phường Trần Hưng Đạo of Hạ Long), then the real-world set of
// vietnam/admin (written by people and scanned from documents), each
// behind the numbered parts rosters put before them.
func TestImportResolvesAsResolver(t *testing.T) {
	rows := []string{
		"Tổ 5, P.Ha Long, tỉnh Quang Ninh",
		"Lô 462 Trần Hưng Đạo, P.Ha Long, tỉnh Quang Ninh",
		"KP.15, Long Cốc, Huyện Tân Sơn, P.Thọ",
		"Khối 2, Long Cốc, Huyện Tân Sơn, P.Thọ",
		"Lô 322 Hoàng Diệu, Long Cốc, Huyện Tân Sơn, P.Thọ",
	}
	var addrs []string
	for _, f := range []string{"../vietnam/admin/testdata/addresses/addresses.tsv", "../vietnam/admin/testdata/addresses/scanned.tsv"} {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for line := range strings.Lines(string(b)) {
			if a, _, _ := strings.Cut(line, "\t"); a != "" && !strings.HasPrefix(a, "#") {
				addrs = append(addrs, a)
			}
		}
	}
	require.Greater(t, len(addrs), 4000)
	prefixes := []string{"", "Tổ 5, ", "12/5, ", "Tổ 2, Khu phố 3, ", "Số 7, Ấp 4, ", "KP 1, "}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	require.NoError(t, w.Write([]string{"Họ và tên", "Địa chỉ"}))
	for _, a := range rows {
		require.NoError(t, w.Write([]string{"Nguyễn Văn An", a}))
	}
	for _, p := range prefixes {
		for _, a := range addrs {
			rows = append(rows, p+a)
			require.NoError(t, w.Write([]string{"Nguyễn Văn An", p + a}))
		}
	}
	w.Flush()
	im := training.NewImporter(training.ImportOptions{})
	r := admin.NewResolver(admin.Embedded())
	i := 0
	_, err := im.Import(context.Background(), &buf, func(e training.Entry) error {
		a := rows[i]
		i++
		var commune, written admin.Code
		var candidates []admin.Code
		res, err := r.Resolve(vietnam.Normalize(a))
		if err == nil {
			written = res.Listed.Code()
			if u, ok := res.Current(); ok {
				commune = u.Code()
			} else {
				for _, c := range res.Candidates {
					candidates = append(candidates, c.Unit.Code())
				}
			}
			// An address read as several communes names none of them;
			// an old commune split among its candidates is still named.
			if res.Ambiguous {
				var next []admin.Code
				for _, s := range admin.Successors(written) {
					next = append(next, s.New.Code())
				}
				for _, c := range candidates {
					if c != written && !slices.Contains(next, c) {
						written = admin.Code{}
					}
				}
			}
		}
		assert.Equal(t, commune, e.Learner.Commune, "%q", a)
		assert.Equal(t, written, e.Written, "%q", a)
		assert.Equal(t, candidates, e.Candidates, "%q", a)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, len(rows), i)
}
