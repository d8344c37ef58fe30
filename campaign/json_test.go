package campaign_test

import (
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/internal/scan/scantest"
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
	scantest.Run(t, scantest.Cases[campaign.Window]{
		Into: "campaign.Window",
		Want: campaign.MustParseWindow("29/5/2025–15/8/2025"),
		Good: []any{"2025-05-29/2025-08-15", []byte("29/05/2025–15/08/2025"), "[2025-05-29,2025-08-16)",
			"[2025-05-29,2025-08-15]", "(2025-05-28,2025-08-16)", `["2025-05-29","2025-08-16")`},
		Value:       "2025-05-29/2025-08-15",
		Unsupported: []any{int64(1), time.Now(), 2.5},
		Bad: map[string]error{
			"[,2025-08-16)":           campaign.ErrWindowSyntax,
			"[2025-08-16,2025-05-29)": campaign.ErrWindowOrder,
			"[2025-02-30,2025-03-01)": campaign.ErrWindowSyntax,
			"hè 2025":                 campaign.ErrWindowSyntax,
		},
	})
	// An unbounded daterange is open-ended.
	scantest.Run(t, scantest.Cases[campaign.Window]{
		Into:  "campaign.Window",
		Want:  campaign.MustParseWindow("từ 22/4/2025"),
		Good:  []any{"[2025-04-22,)", "[2025-04-22,infinity)"},
		Value: "2025-04-22/..",
	})
}
