package campaign_test

import (
	"database/sql"
	"database/sql/driver"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	_ driver.Valuer = campaign.Window{}
	_ sql.Scanner   = (*campaign.Window)(nil)
)

func TestCampaignGoldenJSON(t *testing.T) {
	golden.RoundTrip(t, "window", []campaign.Window{
		campaign.MustParseWindow("29/5/2025–15/8/2025"),
		campaign.MustParseWindow("từ ngày 22/4/2025"),
		campaign.MustParseWindow("10/10/2025"),
		{},
	})
	golden.RoundTrip(t, "campaign", summerCampaign())
}

// TestWindowScan scans a text column and PostgreSQL's daterange, which
// pgx and lib/pq return as text in canonical form (end excluded).
func TestWindowScan(t *testing.T) {
	summer := campaign.MustParseWindow("29/5/2025–15/8/2025")
	for _, src := range []any{"2025-05-29/2025-08-15", []byte("29/05/2025–15/08/2025"), "[2025-05-29,2025-08-16)",
		"[2025-05-29,2025-08-15]", "(2025-05-28,2025-08-16)", `["2025-05-29","2025-08-16")`} {
		var w campaign.Window
		require.NoError(t, w.Scan(src), "%s", src)
		assert.Equal(t, summer, w, "%s", src)
	}
	var w campaign.Window
	require.NoError(t, w.Scan("[2025-04-22,)"))
	assert.Equal(t, campaign.MustParseWindow("từ 22/4/2025"), w, "an unbounded daterange is open-ended")
	require.NoError(t, w.Scan(nil))
	assert.True(t, w.IsZero())

	for _, src := range []any{int64(1), time.Now(), 2.5} {
		assert.ErrorIs(t, w.Scan(src), vietnam.ErrScan, "%T", src)
	}
	for _, src := range []string{"[,2025-08-16)", "[2025-08-16,2025-05-29)", "[2025-02-30,2025-03-01)", "hè 2025"} {
		err := w.Scan(src)
		assert.ErrorIs(t, err, vietnam.ErrScan, src)
		var we *campaign.WindowError
		assert.ErrorAs(t, err, &we, src)
	}

	v, err := summer.Value()
	require.NoError(t, err)
	assert.Equal(t, "2025-05-29/2025-08-15", v)
	v, err = campaign.Window{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
}
