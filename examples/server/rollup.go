package main

import (
	"context"
	"slices"
	"time"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
)

// rollup computes the campaign's values over a period in two steps. The
// database reduces the records of each unit to partial aggregates with
// GROUP BY (see partials), and metrics.Aggregator merges those partials up
// the tree, exactly as it would the records themselves: a partial is a
// record that covers the days of the records it stands for. Nothing but
// the partials crosses the wire, and each GROUP BY is one a distributed
// PostgreSQL (Citus) runs on its shards when records are distributed by
// unit.
func (s *store) rollup(ctx context.Context, tree *org.Tree, cat *metrics.Catalog, p metrics.Period) (*metrics.Rollup, error) {
	a := metrics.NewAggregator(tree, cat, metrics.Options{Period: p})
	err := s.partials(ctx, cat, p, false, func(t metrics.Tagged) { a.Add(t.Record) })
	if err != nil {
		return nil, err
	}
	return a.Rollup(), nil
}

// breakdowns rolls the records of a period up by each of the categories,
// from the same partials as rollup, grouped by the records' tags as well:
// metrics.Disaggregate reads the partials as it would the records, since
// a partial of a distinct subject starts on the day of its group's
// earliest record, which is what settles the subject's option.
func (s *store) breakdowns(ctx context.Context, tree *org.Tree, cat *metrics.Catalog, p metrics.Period, by []metrics.Category) ([]*metrics.Breakdown, error) {
	var parts []metrics.Tagged
	if err := s.partials(ctx, cat, p, true, func(t metrics.Tagged) { parts = append(parts, t) }); err != nil {
		return nil, err
	}
	out := make([]*metrics.Breakdown, len(by))
	for i, c := range by {
		b, err := metrics.Disaggregate(tree, cat, slices.Values(parts), metrics.Options{Period: p}, c)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

// partials yields the records of the period reduced by unit and indicator
// (and, when tagged, by the records' tags): a sum and a maximum for Sum
// and Max indicators; a partial per subject for Distinct ones; the latest
// value for Latest ones.
func (s *store) partials(ctx context.Context, cat *metrics.Catalog, p metrics.Period, tagged bool, yield func(metrics.Tagged)) error {
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
	// tg is the group's tags, or NULL for every record when untagged: one
	// statement, whose text never depends on the request.
	add := func(sql string, codes []string, read func(scan func(...any) error) (metrics.Record, error)) error {
		if len(codes) == 0 {
			return nil
		}
		rows, err := s.pool.Query(ctx, sql, from, to, codes, tagged)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var tags map[metrics.Category]string
			r, err := read(func(dest ...any) error { return rows.Scan(append(dest, &tags)...) })
			if err != nil {
				return err
			}
			yield(metrics.Tagged{Record: r, Tags: tagList(tags)})
		}
		return rows.Err()
	}
	// Sum and Max: one partial per unit and indicator. Max indicators read
	// the maximum column; the aggregator takes the max of maxima.
	err := add(`
		SELECT unit, indicator, min(day), max(coalesce(end_day, day)), sum(value)::bigint, max(value), CASE WHEN $4 THEN tags END AS tg
		FROM records
		WHERE day >= $1 AND coalesce(end_day, day) <= $2 AND indicator = ANY($3)
		GROUP BY unit, indicator, tg`, sums, func(scan func(...any) error) (metrics.Record, error) {
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
		return err
	}
	// Distinct: the set of subjects of each unit. The tree walk that counts
	// a person once at the province needs the subjects, not their number.
	err = add(`
		SELECT unit, indicator, subject, min(day), max(coalesce(end_day, day)), CASE WHEN $4 THEN tags END AS tg
		FROM records
		WHERE day >= $1 AND coalesce(end_day, day) <= $2 AND indicator = ANY($3) AND subject IS NOT NULL
		GROUP BY unit, indicator, subject, tg`, distinct, func(scan func(...any) error) (metrics.Record, error) {
		var unit, ind, subject string
		var first, last time.Time
		err := scan(&unit, &ind, &subject, &first, &last)
		r := partial(unit, ind, first, last)
		r.Subject = subject
		return r, err
	})
	if err != nil {
		return err
	}
	// Latest: each unit's value on its last day, the larger on a tie, as
	// metrics.Latest keeps it.
	return add(`
		SELECT DISTINCT ON (unit, indicator, tg) unit, indicator, coalesce(end_day, day), value, CASE WHEN $4 THEN tags END AS tg
		FROM records
		WHERE day >= $1 AND coalesce(end_day, day) <= $2 AND indicator = ANY($3)
		ORDER BY unit, indicator, tg, coalesce(end_day, day) DESC, value DESC`, latest, func(scan func(...any) error) (metrics.Record, error) {
		var unit, ind string
		var last time.Time
		var v int64
		err := scan(&unit, &ind, &last, &v)
		r := partial(unit, ind, last, last)
		r.Value = v
		return r, err
	})
}

func partial(unit, ind string, first, last time.Time) metrics.Record {
	r := metrics.Record{Indicator: metrics.Code(ind), Unit: org.ID(unit), Date: dateOf(first)}
	if l := dateOf(last); l != r.Date {
		r.End = l
	}
	return r
}
