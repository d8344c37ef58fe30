package metrics_test

import (
	"context"
	"iter"
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// endless yields visits forever and counts how many it gave.
func endless(n *int) iter.Seq[metrics.Record] {
	day := vietnam.MustParseDate("2/6/2025")
	return func(yield func(metrics.Record) bool) {
		for {
			*n++
			if !yield(metrics.Record{Indicator: "visits", Unit: "lt", Date: day, Value: 1}) {
				return
			}
		}
	}
}

func TestAggregateContext(t *testing.T) {
	tree, cat := exampleTree(), exampleCatalog()

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n := 0
	r, err := metrics.AggregateContext(ctx, tree, cat, endless(&n), metrics.Options{})
	assert.Nil(t, r)
	require.ErrorIs(t, err, context.Canceled)
	assert.Zero(t, n, "an already cancelled context reads nothing")

	// Cancelled mid-way, by the stream itself after 5000 records.
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	n = 0
	day := vietnam.MustParseDate("2/6/2025")
	stream := func(yield func(metrics.Record) bool) {
		for {
			n++
			if n == 5000 {
				cancel()
			}
			if !yield(metrics.Record{Indicator: "visits", Unit: "lt", Date: day, Value: 1}) {
				return
			}
		}
	}
	a := metrics.NewAggregator(tree, cat, metrics.Options{})
	err = a.AddAllContext(ctx, stream)
	require.ErrorIs(t, err, context.Canceled)
	assert.LessOrEqual(t, n, 5000+1024, "stops within one check interval")
	v, _ := a.Rollup().Value("lt", "visits")
	assert.Equal(t, int64(n), v.Decimal().IntPart(), "what was read stays counted")

	r, err = metrics.AggregateContext(context.Background(), tree, cat, endlessN(3), metrics.Options{})
	require.NoError(t, err)
	v, _ = r.Value("bd", "visits")
	assert.Equal(t, "3", v.String())
}

func endlessN(k int) iter.Seq[metrics.Record] {
	n := 0
	return func(yield func(metrics.Record) bool) {
		for r := range endless(&n) {
			if n > k || !yield(r) {
				return
			}
		}
	}
}
