package metrics_test

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ingestRecords() []metrics.Record {
	d := vietnam.MustParseDate
	return []metrics.Record{
		{ID: "web-1", Source: "hvs-web", Indicator: "visits", Unit: "tdm", Date: d("2/6/2025"), Value: 2},
		{ID: "web-2", Source: "hvs-web", Indicator: "people", Unit: "tdm", Date: d("2/6/2025"), Subject: "an"},
		{ID: "sms-1", Source: "sms", Indicator: "visits", Unit: "lt", Date: d("3/6/2025"), Value: 1},
		{Source: "paper", Indicator: "visits", Unit: "lt", Date: d("3/6/2025"), Value: 1}, // no ID: every copy counts
	}
}

func TestIngestIdempotent(t *testing.T) {
	recs := ingestRecords()
	once := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	once.AddAll(slices.Values(recs))

	// A retried upload: all four again.
	twice := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	twice.AddAll(slices.Values(recs))
	for _, r := range recs {
		first, err := twice.Ingest(r)
		require.NoError(t, err)
		assert.Equal(t, r.ID == "", first, r.ID)
	}
	v1, _ := once.Rollup().Value("bd", "visits")
	v2, _ := twice.Rollup().Value("bd", "visits")
	assert.Equal(t, "4", v1.String())
	assert.Equal(t, "5", v2.String(), "the record without an ID counts twice; the others once")
	p, _ := twice.Rollup().Value("bd", "people")
	assert.Equal(t, "1", p.String())
	sk := twice.Skipped()
	assert.Equal(t, 3, sk.Repeats)
	assert.NoError(t, sk.Err(), "repeats are expected, not an error")
}

func TestIngestConflict(t *testing.T) {
	recs := ingestRecords()
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	a.AddAll(slices.Values(recs))
	edited := recs[0]
	edited.Source, edited.Value = "vneid", 3
	first, err := a.Ingest(edited)
	assert.False(t, first)
	require.ErrorIs(t, err, metrics.ErrConflict)
	assert.EqualError(t, err, `metrics: record "web-1" from "vneid" (visits at tdm on 2025-06-02, value 3) differs from the record with the same ID from "hvs-web"`)
	var ce *metrics.ConflictError
	require.True(t, errors.As(err, &ce))
	assert.Equal(t, "hvs-web", ce.FirstSource)
	v, _ := a.Rollup().Value("tdm", "visits")
	assert.Equal(t, "2", v.String(), "the first record stays counted")

	a.Add(edited) // through Add the conflict lands in Skipped
	sk := a.Skipped()
	assert.Equal(t, 2, sk.Conflicts)
	require.ErrorIs(t, sk.Err(), metrics.ErrSkipped)
	assert.Contains(t, sk.Err().Error(), "2 reusing a record ID with other content")

	// A different source alone is not different content.
	resent := recs[0]
	resent.Source = "hvs-web-retry"
	_, err = a.Ingest(resent)
	assert.NoError(t, err)
}

func TestMergeIDs(t *testing.T) {
	recs := ingestRecords()
	tree, cat := exampleTree(), exampleCatalog()
	a := metrics.NewAggregator(tree, cat, metrics.Options{})
	b := metrics.NewAggregator(tree, cat, metrics.Options{})
	a.AddAll(slices.Values(recs[:2]))
	b.AddAll(slices.Values(recs[2:]))
	require.NoError(t, a.Merge(b))
	first, err := a.Ingest(recs[2])
	require.NoError(t, err)
	assert.False(t, first, "an ID merged from b is known to a")

	c := metrics.NewAggregator(tree, cat, metrics.Options{})
	c.Add(recs[0])
	before, _ := a.Rollup().Value("bd", "visits")
	err = a.Merge(c)
	require.ErrorIs(t, err, metrics.ErrOverlap)
	assert.EqualError(t, err, `metrics: merge: record "web-1" (from "hvs-web"): both aggregators counted the same record ID`)
	after, _ := a.Rollup().Value("bd", "visits")
	assert.Equal(t, before, after, "a refused merge changes nothing")
}

// TestPseudonymizerRFC4231 checks the keyed hash against RFC 4231 test
// case 6 (a 131-byte key): HMAC-SHA-256 60e431591ee0b67f0d8a26aacbf5b77f…,
// whose first 16 bytes in base64url are YOQxWR7gtn8Niiaqy_W3fw.
func TestPseudonymizerRFC4231(t *testing.T) {
	p, err := metrics.NewPseudonymizer(bytes.Repeat([]byte{0xaa}, 131))
	require.NoError(t, err)
	assert.Equal(t, "s1:YOQxWR7gtn8Niiaqy_W3fw", p.Key("Test Using Larger Than Block-Size Key - Hash Key First"))
	_, err = metrics.NewPseudonymizer([]byte("Jefe"))
	assert.ErrorIs(t, err, metrics.ErrSecret)
}

func TestPseudonymizer(t *testing.T) {
	secret := bytes.Repeat([]byte("bdhvs-2025 secret"), 2)
	p, err := metrics.NewPseudonymizer(secret)
	require.NoError(t, err)
	other, _ := metrics.NewPseudonymizer(append(secret, '!'))

	c1 := person.MustParseCCCD("001095012345")
	c2 := person.MustParseCCCD("001 095 012 345")
	k := p.CCCD(c1)
	assert.True(t, metrics.IsPseudonym(k), k)
	assert.Equal(t, k, p.CCCD(c2), "the same CCCD however written")
	assert.Equal(t, k, p.Key("001095012345"))
	assert.NotEqual(t, k, other.CCCD(c1), "another secret, another key")
	assert.NotContains(t, k, "001095012345")
	assert.Empty(t, p.CCCD(person.CCCD{}))

	r := metrics.Record{Indicator: "people", Unit: "lt", Date: vietnam.MustParseDate("2/6/2025"), Subject: "001095012345"}
	pr := p.Record(r)
	assert.Equal(t, k, pr.Subject)
	assert.Equal(t, pr, p.Record(pr), "Record is idempotent")
	got := slices.Collect(p.Records(slices.Values([]metrics.Record{r, {Subject: ""}})))
	assert.Equal(t, []string{k, ""}, []string{got[0].Subject, got[1].Subject})

	for _, s := range []string{"", "001095012345", "s1:", "s1:YOQxWR7gtn8Niiaqy_W3f", "s1:YOQxWR7gtn8Niiaqy/W3fw", "s2:YOQxWR7gtn8Niiaqy_W3fw"} {
		assert.False(t, metrics.IsPseudonym(s), s)
	}

	// RequirePseudonyms keeps raw IDs out of an aggregation.
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{RequirePseudonyms: true})
	a.Add(r)
	a.Add(pr)
	v, _ := a.Rollup().Value("bd", "people")
	assert.Equal(t, "1", v.String())
	assert.Equal(t, 1, a.Skipped().RawSubjects)
	assert.ErrorContains(t, a.Skipped().Err(), "1 with a subject that is not a pseudonym")
}
