package metrics

import (
	"errors"
	"fmt"
)

// ErrConflict is the category of a *ConflictError.
var ErrConflict = errors.New("same record ID, different content")

// ConflictError reports a record whose ID was seen before with other
// content: two systems reuse an ID, or a record was edited and resent. The
// first record stays counted and the second is not; the operator decides.
type ConflictError struct {
	ID string
	// Source is the new record's source, FirstSource that of the record
	// counted first under the same ID.
	Source, FirstSource string
	// Record is the new record, the one not counted.
	Record Record
}

func (e *ConflictError) Error() string {
	r := e.Record
	return fmt.Sprintf("metrics: record %q from %q (%s at %s on %s, value %d) differs from the record with the same ID from %q",
		e.ID, e.Source, r.Indicator, r.Unit, r.Date.ISO(), r.Value, e.FirstSource)
}

// Unwrap returns ErrConflict.
func (e *ConflictError) Unwrap() error { return ErrConflict }

// ErrOverlap is returned by Merge when both aggregators counted a record
// with the same ID: merging would count it twice. Shard records by ID (a
// hash of it modulo the number of shards) so that copies of a record land
// in the same aggregator.
var ErrOverlap = errors.New("both aggregators counted the same record ID")

// seenRecord is what an Aggregator keeps of a record with an ID: a
// fingerprint of its content and its source, not the record itself.
type seenRecord struct {
	sum    uint64
	source string
}

// fingerprint hashes the content of a record: everything but ID and
// Source, with 64-bit FNV-1a, which is stable across processes, so
// aggregators built apart agree when they merge. It is written out rather
// than taken from hash/fnv so that it allocates nothing.
func fingerprint(r Record) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	str := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * prime
		}
		h = (h ^ 0xff) * prime // a separator no UTF-8 text contains
	}
	num := func(x uint64) {
		for range 8 {
			h = (h ^ (x & 0xff)) * prime
			x >>= 8
		}
	}
	str(string(r.Indicator))
	str(string(r.Unit))
	str(r.Subject)
	num(uint64(r.Value))
	num(uint64(r.Date.Year())<<16 | uint64(r.Date.Month())<<8 | uint64(r.Date.Day()))
	num(uint64(r.End.Year())<<16 | uint64(r.End.Month())<<8 | uint64(r.End.Day()))
	return h
}

// Ingest counts r unless a record with the same non-empty ID was given
// before, so that a stream replayed after a retry, or a file imported
// twice, counts each record once. It returns first = false for such a
// repeat; a repeat with different content (Indicator, Unit, Date, End,
// Value or Subject) is also a *ConflictError naming both sources. Records
// without an ID always count. Add and AddAll behave the same way and count
// repeats and conflicts in Skipped.
//
// The aggregator keeps a fingerprint and the source of every ID, so its
// memory grows with the number of distinct IDs.
func (a *Aggregator) Ingest(r Record) (first bool, err error) {
	if first, err = a.admit(r); first {
		a.add(r)
	}
	return first, err
}

// admit checks r's ID against the IDs seen so far and remembers it; it
// returns true for a record to count (no ID, or an ID not seen before)
// and counts repeats and conflicts in Skipped.
func (a *Aggregator) admit(r Record) (bool, error) {
	if r.ID == "" {
		return true, nil
	}
	sum := fingerprint(r)
	if s, ok := a.seen[r.ID]; ok {
		if s.sum != sum {
			a.skipped.Conflicts++
			return false, &ConflictError{ID: r.ID, Source: r.Source, FirstSource: s.source, Record: r}
		}
		a.skipped.Repeats++
		return false, nil
	}
	if a.seen == nil {
		a.seen = make(map[string]seenRecord)
	}
	a.seen[r.ID] = seenRecord{sum: sum, source: r.Source}
	return true, nil
}

// mergeSeen checks that a and b counted no record ID in common and adds
// b's IDs to a's.
func (a *Aggregator) mergeSeen(b *Aggregator) error {
	for id, s := range b.seen {
		if f, ok := a.seen[id]; ok {
			if f.sum != s.sum {
				return fmt.Errorf("metrics: merge: record %q from %q and from %q differ: %w", id, f.source, s.source, ErrOverlap)
			}
			return fmt.Errorf("metrics: merge: record %q (from %q): %w", id, s.source, ErrOverlap)
		}
	}
	if len(b.seen) > 0 && a.seen == nil {
		a.seen = make(map[string]seenRecord, len(b.seen))
	}
	for id, s := range b.seen {
		a.seen[id] = s
	}
	return nil
}
