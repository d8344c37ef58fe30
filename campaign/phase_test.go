package campaign_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
)

func TestPeak(t *testing.T) {
	p, err := campaign.Peak("15 ngày cao điểm", date("1/7/2025"), 15)
	require.NoError(t, err)
	want := campaign.Phase{Name: "15 ngày cao điểm", Window: win("1/7/2025", "15/7/2025")}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Fatalf("Peak mismatch (-want +got):\n%s", diff)
	}
	_, err = campaign.Peak("cao điểm", date("1/7/2025"), 0)
	assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
}

// phaseErrors unpacks the errors.Join result of CheckPhases.
func phaseErrors(t *testing.T, err error) []campaign.PhaseError {
	t.Helper()
	if err == nil {
		return nil
	}
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "CheckPhases returns an errors.Join: %v", err)
	var out []campaign.PhaseError
	for _, e := range joined.Unwrap() {
		var pe *campaign.PhaseError
		require.ErrorAs(t, e, &pe)
		out = append(out, *pe)
	}
	return out
}

func TestCheckPhases(t *testing.T) {
	summer := win("29/5/2025", "15/8/2025")
	launch := campaign.Phase{Name: "Ra quân", Window: win("29/5/2025", "30/6/2025")}
	peak := campaign.Phase{Name: "15 ngày cao điểm", Window: win("1/7/2025", "15/7/2025")}
	tests := []struct {
		name   string
		w      campaign.Window
		phases []campaign.Phase
		want   []campaign.PhaseError
	}{
		{"none", summer, nil, nil},
		{"fitting and overlapping", summer, []campaign.Phase{launch, peak, {Name: "Tổng kết", Window: win("1/7/2025", "15/8/2025")}}, nil},
		{"open phase in open window", win("22/4/2025", ""), []campaign.Phase{{Name: "Duy trì", Window: win("1/5/2025", "")}}, nil},
		{
			"past the end", summer,
			[]campaign.Phase{launch, {Name: "Tháng Thanh niên", Window: campaign.YouthMonth.In(2025)}, {Name: "Hậu chiến dịch", Window: win("1/8/2025", "31/8/2025")}},
			[]campaign.PhaseError{
				{Index: 1, Name: "Tháng Thanh niên", Reason: "01/03/2025–31/03/2025 is not inside 29/05/2025–15/08/2025", Err: campaign.ErrPhaseOutside},
				{Index: 2, Name: "Hậu chiến dịch", Reason: "01/08/2025–31/08/2025 is not inside 29/05/2025–15/08/2025", Err: campaign.ErrPhaseOutside},
			},
		},
		{
			"open phase in closed window", summer,
			[]campaign.Phase{{Name: "Duy trì", Window: win("1/7/2025", "")}},
			[]campaign.PhaseError{{Index: 0, Name: "Duy trì", Reason: "từ 01/07/2025 is not inside 29/05/2025–15/08/2025", Err: campaign.ErrPhaseOutside}},
		},
		{
			"no name, no window, same name", summer,
			[]campaign.Phase{peak, {Name: " ", Window: peak.Window}, {Name: "Chưa định"}, {Name: "15 NGAY CAO DIEM", Window: peak.Window}},
			[]campaign.PhaseError{
				{Index: 1, Name: " ", Reason: "no name", Err: campaign.ErrPhaseInvalid},
				{Index: 2, Name: "Chưa định", Reason: "no window", Err: campaign.ErrPhaseInvalid},
				{Index: 3, Name: "15 NGAY CAO DIEM", Reason: "same name as phase 0", Err: campaign.ErrPhaseInvalid},
			},
		},
		{
			"zero window", campaign.Window{}, []campaign.Phase{peak},
			[]campaign.PhaseError{{Index: 0, Name: "15 ngày cao điểm", Reason: "01/07/2025–15/07/2025 is not inside no window", Err: campaign.ErrPhaseOutside}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := campaign.CheckPhases(tt.w, tt.phases)
			got := phaseErrors(t, err)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("CheckPhases mismatch (-want +got):\n%s", diff)
			}
			for _, pe := range tt.want {
				assert.ErrorIs(t, err, pe.Err)
			}
		})
	}
}

func TestPhaseErrorText(t *testing.T) {
	err := campaign.CheckPhases(win("29/5/2025", "15/8/2025"), []campaign.Phase{{Name: "Hậu chiến dịch", Window: win("1/8/2025", "31/8/2025")}})
	assert.EqualError(t, err, `campaign: phase 0 "Hậu chiến dịch": 01/08/2025–31/08/2025 is not inside 29/05/2025–15/08/2025`)
}

func TestPhasesAt(t *testing.T) {
	launch := campaign.Phase{Name: "Ra quân", Window: win("29/5/2025", "10/7/2025")}
	peak := campaign.Phase{Name: "15 ngày cao điểm", Window: win("1/7/2025", "15/7/2025")}
	phases := []campaign.Phase{launch, peak}
	names := func(at time.Time) []string {
		var out []string
		for p := range campaign.PhasesAt(phases, at) {
			out = append(out, p.Name)
		}
		return out
	}
	assert.Equal(t, []string{"Ra quân"}, names(vn(2025, time.June, 1, 9, 0)))
	assert.Equal(t, []string{"Ra quân", "15 ngày cao điểm"}, names(vn(2025, time.July, 5, 9, 0)))
	assert.Equal(t, []string{"15 ngày cao điểm"}, names(vn(2025, time.July, 15, 23, 59)))
	assert.Empty(t, names(vn(2025, time.July, 16, 0, 0)))
	// The caller may stop early.
	for p := range campaign.PhasesAt(phases, vn(2025, time.July, 5, 9, 0)) {
		assert.Equal(t, "Ra quân", p.Name)
		break
	}
	assert.True(t, slices.Equal([]string(nil), names(time.Time{})))
}
