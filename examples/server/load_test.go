package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
)

// TestLoad: 20 clients on loopback, each submitting 5.000 records of its own
// commune in batches of 100, and re-sending a tenth of them (whole batches
// sent again, as a client does when an answer is lost). Exactly 100.000
// records are stored, none lost and none doubled, and every retry is
// answered as duplicates.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: not in -short")
	}
	t.Parallel()
	f := newFixture(t)
	const (
		clients   = 20
		batch     = 100
		retryEach = 10 // every 10th batch is sent twice
	)
	// Under -race the same clients send a fifth as much: the detector
	// looks for races, which need the concurrency, not the volume.
	perClient := 5000
	if raceDetector {
		perClient = 1000
	}
	// One commune, and its token, per client.
	var units []org.ID
	for _, u := range f.w.reporters {
		units = append(units, u.ID)
		if len(units) == clients {
			break
		}
	}
	require.Len(t, units, clients)
	var (
		mu        sync.Mutex
		latencies []time.Duration
		inserted  int
		dups      int
	)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	post := func(tok string, body []byte) (insertResult, error) {
		req, err := http.NewRequest("POST", f.ts.URL+"/api/records", bytes.NewReader(body))
		if err != nil {
			return insertResult{}, err
		}
		req.Header.Set("Authorization", "Bearer "+tok)
		start := time.Now()
		res, err := client.Do(req)
		if err != nil {
			return insertResult{}, err
		}
		defer res.Body.Close()
		var out insertResult
		err = json.NewDecoder(res.Body).Decode(&out)
		d := time.Since(start)
		mu.Lock()
		latencies = append(latencies, d)
		mu.Unlock()
		if res.StatusCode != http.StatusOK {
			return out, fmt.Errorf("status %d", res.StatusCode)
		}
		return out, err
	}
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	start := time.Now()
	for c := range clients {
		tok := f.addToken(units[c], true)
		wg.Go(func() {
			for b := range perClient / batch {
				recs := make([]any, batch)
				for i := range recs {
					n := b*batch + i
					recs[i] = rec(fmt.Sprintf("load-%02d-%05d", c, n), units[c], fmt.Sprintf("2025-06-%02d", 1+n%28), fmt.Sprintf("%02d%010d", c, n%3000))
				}
				body, _ := json.Marshal(map[string]any{"records": recs})
				sends := 1
				if b%retryEach == 0 {
					sends = 2
				}
				for range sends {
					res, err := post(tok, body)
					if err != nil {
						errs <- fmt.Errorf("client %d batch %d: %w", c, b, err)
						return
					}
					mu.Lock()
					inserted += res.Inserted
					dups += res.Duplicates
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	assert.Equal(t, clients*perClient, f.count(`SELECT count(*) FROM records`))
	assert.Equal(t, clients*perClient, f.count(`SELECT count(DISTINCT id) FROM records`))
	assert.Equal(t, clients*perClient, inserted)
	assert.Equal(t, clients*perClient/retryEach, dups, "every retried record answered as a duplicate")
	slices.Sort(latencies)
	q := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("load: %d clients, %d requests of %d records (%d retried), %d stored in %v (%.0f records/s); latency p50 %v, p99 %v, max %v",
		clients, len(latencies), batch, clients*perClient/batch/retryEach, clients*perClient, elapsed.Round(time.Millisecond),
		float64(clients*perClient+dups)/elapsed.Seconds(), q(0.50).Round(time.Microsecond), q(0.99).Round(time.Microsecond), latencies[len(latencies)-1].Round(time.Microsecond))
}
