package metrics_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func weights(ws ...int64) []metrics.Claim {
	cs := make([]metrics.Claim, len(ws))
	for i, w := range ws {
		cs[i].Weight = w
	}
	return cs
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name   string
		total  int64
		claims []metrics.Claim
		want   []int64
	}{
		{"seed 52.000", 52000, weights(1200, 950, 430, 310, 110), []int64{20800, 16467, 7453, 5373, 1907}},
		{"Alabama 10", 10, weights(6, 6, 2), []int64{4, 4, 2}},
		{"Alabama 11: the third unit loses one", 11, weights(6, 6, 2), []int64{5, 5, 1}},
		{"exact", 90, weights(1, 1, 1), []int64{30, 30, 30}},
		{"tie: earlier claim first", 2, weights(1, 1, 1), []int64{1, 1, 0}},
		{"tie: larger weight first", 2, weights(1, 3), []int64{0, 2}},
		{"zero total", 0, weights(5, 7), []int64{0, 0}},
		{"zero total, zero weights", 0, weights(0, 0), []int64{0, 0}},
		{"zero weight gets nothing", 10, weights(0, 1), []int64{0, 10}},
		{"empty", 0, nil, []int64{}},
		{"minimums", 100, []metrics.Claim{{Weight: 1000}, {Weight: 1, Min: 10}, {Weight: 1, Min: 10}}, []int64{80, 10, 10}},
		{"minimum of a zero weight", 10, []metrics.Claim{{Weight: 0, Min: 3}, {Weight: 1}}, []int64{3, 7}},
		{"cap", 90, []metrics.Claim{{Weight: 1, Cap: 20}, {Weight: 1}, {Weight: 1}}, []int64{20, 35, 35}},
		{"caps fill up", 60, []metrics.Claim{{Weight: 5, Cap: 10}, {Weight: 3, Cap: 20}, {Weight: 1, Cap: 30}}, []int64{10, 20, 30}},
		{"min and cap together", 100, []metrics.Claim{{Weight: 100, Cap: 50}, {Weight: 1, Min: 20}, {Weight: 10}}, []int64{50, 20, 30}},
		{"cap and rounding", 10, []metrics.Claim{{Weight: 10, Cap: 4}, {Weight: 1}, {Weight: 1}, {Weight: 1}}, []int64{4, 2, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := metrics.Allocate(tt.total, tt.claims)
			require.NoError(t, err)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Allocate (-want +got):\n%s", d)
			}
		})
	}
}

func TestAllocateErrors(t *testing.T) {
	tests := []struct {
		name   string
		total  int64
		claims []metrics.Claim
		index  int
		text   string
	}{
		{"negative total", -1, weights(1), -1, "metrics: allocate: negative total -1"},
		{"negative weight", 1, weights(1, -2), 1, "metrics: allocate: claim 1: negative weight -2"},
		{"negative min", 1, []metrics.Claim{{Weight: 1, Min: -1}}, 0, "metrics: allocate: claim 0: negative minimum -1"},
		{"negative cap", 1, []metrics.Claim{{Weight: 1, Cap: -1}}, 0, "metrics: allocate: claim 0: negative cap -1"},
		{"cap below min", 10, []metrics.Claim{{Weight: 1, Min: 5, Cap: 4}}, 0, "metrics: allocate: claim 0: cap 4 below minimum 5"},
		{"minimums too high", 10, []metrics.Claim{{Weight: 1, Min: 6}, {Weight: 1, Min: 6}}, -1,
			"metrics: allocate: minimums sum to 12, above the total 10"},
		{"caps too low", 10, []metrics.Claim{{Weight: 1, Cap: 3}, {Weight: 1, Cap: 3}}, -1,
			"metrics: allocate: caps (and minimums of zero weights) sum to 6, below the total 10"},
		{"no weight", 5, weights(0, 0), -1, "metrics: allocate: caps (and minimums of zero weights) sum to 0, below the total 5"},
		{"a cap does not give a zero weight anything", 1, []metrics.Claim{{Weight: 0, Cap: 350}}, -1,
			"metrics: allocate: caps (and minimums of zero weights) sum to 0, below the total 1"},
		{"no claims", 5, nil, -1, "metrics: allocate: caps (and minimums of zero weights) sum to 0, below the total 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := metrics.Allocate(tt.total, tt.claims)
			assert.Nil(t, got)
			require.ErrorIs(t, err, metrics.ErrAllocation)
			var ae *metrics.AllocationError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.index, ae.Index)
			assert.Equal(t, tt.text, err.Error())
		})
	}
}

// quotasKept checks the two promises of the largest-remainder method
// against exact rational quotas computed here: the parts sum to the total,
// and each part is its quota rounded down or up. names, when given, name
// the claims in the messages.
func quotasKept(t *testing.T, total int64, claims []metrics.Claim, parts []int64, names []string) bool {
	t.Helper()
	var sumW, sum int64
	for _, c := range claims {
		sumW += c.Weight
	}
	ok := true
	for i, p := range parts {
		sum += p
		q := new(big.Rat).SetFrac64(total*claims[i].Weight, sumW)
		lo := new(big.Int).Quo(q.Num(), q.Denom()).Int64()
		hi := lo
		if !q.IsInt() {
			hi++
		}
		name := fmt.Sprint("part ", i)
		if names != nil {
			name = names[i]
		}
		ok = assert.True(t, p == lo || p == hi, "%s = %d, quota %s", name, p, q.FloatString(3)) && ok
	}
	return assert.Equal(t, total, sum) && ok
}

// TestAllocateProperties checks, on random weights, the two promises of the
// method against exact rational quotas computed here: the parts sum to the
// total, and each part is its quota rounded down or up. It also checks the
// bounds on random minimums and caps.
func TestAllocateProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		n := 1 + r.IntN(12)
		claims := make([]metrics.Claim, n)
		var sumW int64
		for i := range claims {
			claims[i].Weight = r.Int64N(5000)
			sumW += claims[i].Weight
		}
		if sumW == 0 {
			continue
		}
		total := r.Int64N(300000)
		parts, err := metrics.Allocate(total, claims)
		require.NoError(t, err)
		if !quotasKept(t, total, claims, parts, nil) {
			return
		}

		// Random bounds around the quotas, kept feasible.
		var sumMin int64
		for i := range claims {
			claims[i].Min = r.Int64N(1 + parts[i])
			sumMin += claims[i].Min
			if r.IntN(2) == 0 {
				claims[i].Cap = parts[i] + r.Int64N(100)
				if claims[i].Cap == 0 {
					claims[i].Cap = 1
				}
			}
		}
		bounded, err := metrics.Allocate(total, claims)
		require.NoError(t, err)
		requireBounded(t, total, claims, bounded)
	}
}

// requireBounded checks that parts sum to total and respect every claim's
// minimum and cap.
func requireBounded(t testing.TB, total int64, claims []metrics.Claim, parts []int64) {
	t.Helper()
	require.Len(t, parts, len(claims))
	var sum int64
	for i, p := range parts {
		sum += p
		require.GreaterOrEqual(t, p, claims[i].Min, "claim %d", i)
		if claims[i].Cap > 0 {
			require.LessOrEqual(t, p, claims[i].Cap, "claim %d", i)
		}
	}
	require.Equal(t, total, sum)
}

func TestAllocateTarget(t *testing.T) {
	tg := binhDuong()
	parts, err := metrics.AllocateTarget(tg, weights(1200, 950, 430, 310, 110))
	require.NoError(t, err)
	var got []string
	for _, p := range parts {
		assert.Equal(t, tg.Window, p.Window)
		assert.Equal(t, tg.Indicator, p.Indicator)
		got = append(got, p.Value.String())
	}
	if d := cmp.Diff([]string{"20800", "16467", "7453", "5373", "1907"}, got); d != "" {
		t.Errorf("values (-want +got):\n%s", d)
	}

	pct := metrics.Target{Indicator: "share", Kind: metrics.Percentage, Value: decimal.NewFromInt(80), Window: tg.Window}
	parts, err = metrics.AllocateTarget(pct, weights(3, 1))
	require.NoError(t, err)
	require.Len(t, parts, 2)
	for _, p := range parts {
		assert.Equal(t, "80", p.Value.String(), "a percentage is kept, not split")
	}

	tg.Value = dec("10.5")
	_, err = metrics.AllocateTarget(tg, weights(1))
	assert.EqualError(t, err, "metrics: allocate: target value 10.5 is not a whole count")
	tg.Value = decimal.NewFromInt(10)
	_, err = metrics.AllocateTarget(tg, []metrics.Claim{{Weight: 1, Cap: 2}})
	assert.ErrorIs(t, err, metrics.ErrAllocation)
}
