package metrics

import (
	"context"
	"iter"

	"github.com/hocvuso/hocvuso/org"
)

// checkEvery is how many records pass between two looks at the context: a
// look costs a channel poll, a record a few nanoseconds, so cancellation
// is seen within microseconds without slowing the loop.
const checkEvery = 1024

// AddAllContext is AddAll that stops when ctx is cancelled: it returns
// ctx's error, having counted the records read so far (the aggregator
// stays usable). A stream read from a network or a file should use it, so
// that a closed request stops the work.
func (a *Aggregator) AddAllContext(ctx context.Context, records iter.Seq[Record]) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	n := 0
	for r := range records {
		a.Add(r)
		n++
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// AggregateContext is Aggregate that stops when ctx is cancelled, returning
// no rollup and ctx's error.
func AggregateContext(ctx context.Context, tree *org.Tree, cat *Catalog, records iter.Seq[Record], opt Options) (*Rollup, error) {
	a := NewAggregator(tree, cat, opt)
	if err := a.AddAllContext(ctx, records); err != nil {
		return nil, err
	}
	return a.Rollup(), nil
}
