package dedupe_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/training/dedupe"
)

func TestMatcher(t *testing.T) {
	m := dedupe.NewMatcher()
	var got []string
	for _, r := range dedupeRows() {
		if merge, ok := m.Match(r.ref, r.l); ok {
			got = append(got, merge.String())
		}
	}
	// Each row is named against the first earlier row it shares a key with.
	assert.Equal(t, []string{
		"tnv-smartca:8 = lai-thieu:3 by cccd",
		"tnv-smartca:2 = lai-thieu:4 by phone+name",
		"di-an:5 = tnv-smartca:2 by name+birth+commune",
	}, got)
}

func ExampleMatcher() {
	m := dedupe.NewMatcher()
	for _, r := range dedupeRows()[:3] {
		if merge, dup := m.Match(r.ref, r.l); dup {
			fmt.Println("duplicate:", merge)
		} else {
			fmt.Println("new person:", r.ref)
		}
	}
	// Output:
	// new person: lai-thieu:3
	// duplicate: tnv-smartca:8 = lai-thieu:3 by cccd
	// new person: lai-thieu:4
}
