package campaign_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

// TestOutcome: past its window a campaign is achieved or not achieved,
// never behind; while it runs it has no outcome.
func TestOutcome(t *testing.T) {
	data := reformData(t)
	short := summerCampaign() // 52.000 trained: far from reached
	reached := summerCampaign()
	reached.Targets = []metrics.Target{{Indicator: "trained", Value: decimal.NewFromInt(1000)}}

	tests := []struct {
		name   string
		c      campaign.Campaign
		asOf   string
		want   campaign.Outcome
		vi, en string
	}{
		{"running", short, "1/7/2025", campaign.OutcomeNone, "Đang diễn ra", "Running"},
		{"ended short", short, "1/9/2025", campaign.OutcomeNotAchieved, "Đã kết thúc: không đạt", "Ended: not achieved"},
		{"ended reached", reached, "1/9/2025", campaign.OutcomeAchieved, "Đã kết thúc: đạt", "Ended: achieved"},
		{"last day", short, "15/8/2025", campaign.OutcomeNone, "Đang diễn ra", "Running"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustReport(t, tt.c, tt.asOf, data)
			assert.Equal(t, tt.want, r.Outcome())
			assert.Equal(t, tt.vi, r.StatusLabel(vietnam.Vietnamese))
			assert.Equal(t, tt.en, r.StatusLabel(vietnam.English))
			if r.Status == campaign.StatusEnded {
				for _, row := range r.Table.Rows {
					if row.HasTarget {
						assert.NotEqual(t, metrics.StatusBehind, row.Progress.Status, "%s %s", row.Unit.ID, row.Indicator.Code)
					}
				}
			}
		})
	}

	none := summerCampaign()
	none.Targets = nil
	r := mustReport(t, none, "1/9/2025", data)
	assert.Equal(t, campaign.OutcomeNone, r.Outcome(), "no target, no outcome")
	assert.Equal(t, "Đã kết thúc", r.StatusLabel(vietnam.Vietnamese))

	assert.Equal(t, "Outcome(7)", campaign.Outcome(7).String())
}

func TestOutcomeText(t *testing.T) {
	enumtexttest.Cases[campaign.Outcome]{
		Err:     campaign.ErrOutcome,
		Codes:   map[campaign.Outcome]string{campaign.OutcomeNone: "", campaign.OutcomeAchieved: "achieved", campaign.OutcomeNotAchieved: "not_achieved"},
		Aliases: map[string]campaign.Outcome{"none": campaign.OutcomeNone, "Không đạt": campaign.OutcomeNotAchieved, "dat": campaign.OutcomeAchieved},
		Bad:     map[string]string{"behind": `campaign: outcome "behind": want achieved or not_achieved: not a campaign outcome`},
		Names:   enumtexttest.Labels[campaign.Outcome],
	}.Run(t, (*campaign.Outcome).UnmarshalText)
}
