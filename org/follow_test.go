package org_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
)

// mapOf is a successor function from a map, as a Mapping's New is one.
func mapOf(m map[org.ID]org.ID) func(org.ID) (org.ID, bool) {
	return func(id org.ID) (org.ID, bool) { n, ok := m[id]; return n, ok }
}

func TestFollow(t *testing.T) {
	tree, err := org.Build(binhDuong())
	require.NoError(t, err)
	// A chain of 16 reorganisations from "old-16" down to "old-1", then to
	// the tree's "dp-lt"; one of 17 is too long.
	chain := map[org.ID]org.ID{"old-1": "dp-lt"}
	for i := 2; i <= 17; i++ {
		chain[org.ID("old-"+strconv.Itoa(i))] = org.ID("old-" + strconv.Itoa(i-1))
	}
	tests := []struct {
		name string
		id   org.ID
		succ func(org.ID) (org.ID, bool)
		want org.ID
		ok   bool
	}{
		{"in the tree", "cd-kp1", nil, "cd-kp1", true},
		{"in the tree, never asks succ", "cd-kp1", func(org.ID) (org.ID, bool) { panic("asked") }, "cd-kp1", true},
		{"no successor function", "ap-cu", nil, "", false},
		{"one merger", "ap-cu", mapOf(map[org.ID]org.ID{"ap-cu": "cd-kp2"}), "cd-kp2", true},
		{"successor unknown", "ap-cu", mapOf(map[org.ID]org.ID{}), "", false},
		{"successor is itself", "ap-cu", mapOf(map[org.ID]org.ID{"ap-cu": "ap-cu"}), "", false},
		{"loop", "a", mapOf(map[org.ID]org.ID{"a": "b", "b": "a"}), "", false},
		{"chain of MaxHops", "old-16", mapOf(chain), "dp-lt", true},
		{"chain longer than MaxHops", "old-17", mapOf(chain), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tree.Follow(tt.id, tt.succ)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func ExampleTree_Follow() {
	tree, _ := org.Build(binhDuong())
	// Khu phố 3's branch was merged into Khu phố 1's, which was renamed.
	merged := map[org.ID]org.ID{"cd-kp3": "cd-kp1-cu", "cd-kp1-cu": "cd-kp1"}
	next := func(id org.ID) (org.ID, bool) { n, ok := merged[id]; return n, ok }
	fmt.Println(tree.Follow("cd-kp3", next))
	fmt.Println(tree.Follow("cd-kp9", next))
	// Output:
	// cd-kp1 true
	//  false
}
