package metrics_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

func ExampleAggregator_Ingest() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	r := metrics.Record{ID: "hvs-web:7f3c9a", Source: "hvs-web", Indicator: "visits", Unit: "lt",
		Date: vietnam.MustDate(2025, 6, 2), Value: 2}
	fmt.Println(a.Ingest(r))
	fmt.Println(a.Ingest(r)) // the same submission, retried
	r.Source, r.Value = "vneid", 3
	_, err := a.Ingest(r)
	fmt.Println(errors.Is(err, metrics.ErrConflict), err)
	v, _ := a.Rollup().Value("bd", "visits")
	fmt.Println("visits:", v)
	// Output:
	// true <nil>
	// false <nil>
	// true metrics: record "hvs-web:7f3c9a" from "vneid" (visits at lt on 2025-06-02, value 3) differs from the record with the same ID from "hvs-web"
	// visits: 2
}

func ExampleNewPseudonymizer() {
	secret := bytes.Repeat([]byte{0xaa}, 32) // in a program: 32 random bytes from its secret store
	p, err := metrics.NewPseudonymizer(secret)
	if err != nil {
		panic(err)
	}
	k := p.CCCD(person.MustParseCCCD("001 095 012 345"))
	fmt.Println(len(k), metrics.IsPseudonym(k), k == p.Key("001095012345"))
	_, err = metrics.NewPseudonymizer([]byte("short"))
	fmt.Println(err)
	// Output:
	// 25 true true
	// metrics: pseudonymizer: a 5-byte secret: secret shorter than 32 bytes
}

func ExamplePseudonymizer_Key() {
	p, _ := metrics.NewPseudonymizer(bytes.Repeat([]byte{0xaa}, 131))
	fmt.Println(p.Key("Test Using Larger Than Block-Size Key - Hash Key First")) // RFC 4231, test case 6
	// Output: s1:YOQxWR7gtn8Niiaqy_W3fw
}

func ExamplePseudonymizer_CCCD() {
	p, _ := metrics.NewPseudonymizer(bytes.Repeat([]byte{0xaa}, 32))
	a, b := p.CCCD(person.MustParseCCCD("001095012345")), p.CCCD(person.MustParseCCCD("001.095.012.345"))
	fmt.Println(a == b, a != "001095012345")
	// Output: true true
}

func ExamplePseudonymizer_Record() {
	p, _ := metrics.NewPseudonymizer(bytes.Repeat([]byte{0xaa}, 32))
	r := p.Record(metrics.Record{Indicator: "people", Unit: "lt", Date: vietnam.MustDate(2025, 6, 2), Subject: "001095012345"})
	fmt.Println(metrics.IsPseudonym(r.Subject), p.Record(r) == r)
	// Output: true true
}

func ExamplePseudonymizer_Records() {
	p, _ := metrics.NewPseudonymizer(bytes.Repeat([]byte{0xaa}, 32))
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{RequirePseudonyms: true})
	a.AddAll(p.Records(slices.Values(exampleRecords())))
	v, _ := a.Rollup().Value("bd", "people")
	fmt.Println("people:", v, "raw subjects:", a.Skipped().RawSubjects)
	// Output: people: 2 raw subjects: 0
}

func ExampleIsPseudonym() {
	fmt.Println(metrics.IsPseudonym("s1:YOQxWR7gtn8Niiaqy_W3fw"), metrics.IsPseudonym("001095012345"))
	// Output: true false
}

func ExampleAggregator_AddAllContext() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the client went away
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	err := a.AddAllContext(ctx, slices.Values(exampleRecords()))
	fmt.Println(err)
	// Output: context canceled
}

func ExampleAggregateContext() {
	r, err := metrics.AggregateContext(context.Background(), exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	v, _ := r.Value("bd", "visits")
	fmt.Println(v, err)
	// Output: 4 <nil>
}
