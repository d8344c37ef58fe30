package admin

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestConcurrentFirstUse builds every lazy index from many goroutines at
// once on a fresh dataset; run with -race it checks the indexes are
// published safely, and that every goroutine sees the same answers.
func TestConcurrentFirstUse(t *testing.T) {
	ds := &Dataset{d: &embeddedData}
	province := Code{n: 79, era: Era2025, level: LevelProvince}
	district := Code{n: 725, era: EraPre2025, level: LevelDistrict}
	commune := Code{n: 25966, era: Era2025, level: LevelCommune}
	type result struct {
		found, children, preds, succ int
		current                      *Directory
	}
	const n = 8
	results := make([]result, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &results[i]
			r.current = ds.Current()
			r.found = len(ds.beforeReform().Find("Lái Thiêu")) + len(r.current.Find("Lái Thiêu"))
			for range r.current.Children(province) {
				r.children++
			}
			r.preds = len(ds.Predecessors(commune))
			r.succ = len(ds.Successors(district))
		}()
	}
	wg.Wait()
	for _, r := range results[1:] {
		assert.Equal(t, results[0], r)
	}
	assert.Equal(t, 2, results[0].found)
	assert.Equal(t, 3, results[0].preds)
}
