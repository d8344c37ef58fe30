package main

import (
	"context"
	"time"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
)

// rollup computes the campaign's values over a period in two steps. The
// database reduces the records of each unit to partial aggregates with
// GROUP BY (a sum and a maximum per unit and indicator; the distinct
// subjects per unit and indicator; the latest value per unit and indicator),
// and metrics.Aggregator merges those partials up the tree, exactly as it
// would the records themselves: a partial is a record that covers the days
// of the records it stands for. Nothing but the partials crosses the wire,
// and each GROUP BY is one a distributed PostgreSQL (Citus) runs on its
// shards when records are distributed by unit.
func (s *store) rollup(ctx context.Context, tree *org.Tree, cat *metrics.Catalog, p metrics.Period) (*metrics.Rollup, error) {
	a := metrics.NewAggregator(tree, cat, metrics.Options{Period: p})
	var sums, distinct, latest []string
	for ind := range cat.All() {
		switch ind.Aggregation {
		case metrics.Sum, metrics.Max:
			sums = append(sums, string(ind.Code))
		case metrics.Distinct:
			distinct = append(distinct, string(ind.Code))
		case metrics.Latest:
			latest = append(latest, string(ind.Code))
		}
	}
	from, to := dateTime(p.From), dateTime(p.To)
	add := func(sql string, codes []string, read func(scan func(...any) error) (metrics.Record, error)) error {
		if len(codes) == 0 {
			return nil
		}
		rows, err := s.pool.Query(ctx, sql, from, to, codes)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r, err := read(rows.Scan)
			if err != nil {
				return err
			}
			a.Add(r)
		}
		return rows.Err()
	}
	// Sum and Max: one partial per unit and indicator. Max indicators read
	// the maximum column; the aggregator takes the max of maxima.
	err := add(`
		SELECT unit, indicator, min(day), max(coalesce(end_day, day)), sum(value)::bigint, max(value)
		FROM records
		WHERE day >= $1 AND coalesce(end_day, day) <= $2 AND indicator = ANY($3)
		GROUP BY unit, indicator`, sums, func(scan func(...any) error) (metrics.Record, error) {
		var unit, ind string
		var first, last time.Time
		var sum, max int64
		err := scan(&unit, &ind, &first, &last, &sum, &max)
		r := partial(unit, ind, first, last)
		r.Value = sum
		if i, _ := cat.Indicator(r.Indicator); i.Aggregation == metrics.Max {
			r.Value = max
		}
		return r, err
	})
	if err != nil {
		return nil, err
	}
	// Distinct: the set of subjects of each unit. The tree walk that counts
	// a person once at the province needs the subjects, not their number.
	err = add(`
		SELECT unit, indicator, subject, min(day), max(coalesce(end_day, day))
		FROM records
		WHERE day >= $1 AND coalesce(end_day, day) <= $2 AND indicator = ANY($3) AND subject IS NOT NULL
		GROUP BY unit, indicator, subject`, distinct, func(scan func(...any) error) (metrics.Record, error) {
		var unit, ind, subject string
		var first, last time.Time
		err := scan(&unit, &ind, &subject, &first, &last)
		r := partial(unit, ind, first, last)
		r.Subject = subject
		return r, err
	})
	if err != nil {
		return nil, err
	}
	// Latest: each unit's value on its last day, the larger on a tie, as
	// metrics.Latest keeps it.
	err = add(`
		SELECT DISTINCT ON (unit, indicator) unit, indicator, coalesce(end_day, day), value
		FROM records
		WHERE day >= $1 AND coalesce(end_day, day) <= $2 AND indicator = ANY($3)
		ORDER BY unit, indicator, coalesce(end_day, day) DESC, value DESC`, latest, func(scan func(...any) error) (metrics.Record, error) {
		var unit, ind string
		var last time.Time
		var v int64
		err := scan(&unit, &ind, &last, &v)
		r := partial(unit, ind, last, last)
		r.Value = v
		return r, err
	})
	if err != nil {
		return nil, err
	}
	return a.Rollup(), nil
}

func partial(unit, ind string, first, last time.Time) metrics.Record {
	r := metrics.Record{Indicator: metrics.Code(ind), Unit: org.ID(unit), Date: dateOf(first)}
	if l := dateOf(last); l != r.Date {
		r.End = l
	}
	return r
}
