package org_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
)

func TestGroupSet(t *testing.T) {
	tree := mustBuild(t, validSmall())
	gs, err := org.NewGroupSet(tree, "khu vực", map[string][]org.ID{
		"đô thị":    {"lt", "dha"},
		"nông thôn": {"bn", "bn"}, // listed twice in one group: harmless
		"trống":     nil,
	})
	require.NoError(t, err)
	assert.Equal(t, "khu vực", gs.Name())
	assert.Equal(t, []string{"nông thôn", "trống", "đô thị"}, gs.Groups())

	tests := []struct {
		id             org.ID
		own, inherited string
	}{
		{"lt", "đô thị", "đô thị"},
		{"kp1", "", "đô thị"},
		{"bn", "nông thôn", "nông thôn"},
		{"ta", "", ""},
		{"tw", "", ""},
		{"nope", "", ""},
	}
	for _, tt := range tests {
		own, ok := gs.Of(tt.id)
		assert.Equal(t, tt.own != "", ok, tt.id)
		assert.Equal(t, tt.own, own, tt.id)
		inh, ok := gs.Inherited(tt.id)
		assert.Equal(t, tt.inherited != "", ok, tt.id)
		assert.Equal(t, tt.inherited, inh, tt.id)
	}
	assert.Equal(t, []org.ID{"lt", "dha"}, ids(gs.Members("đô thị")))
	assert.Empty(t, ids(gs.Members("trống")))
	assert.Empty(t, ids(gs.Members("nope")))
	assert.Equal(t, []org.ID{"tw", "bd", "ta", "da", "hn"}, ids(gs.Ungrouped()))
	n := 0
	for range gs.Ungrouped() {
		n++
		break
	}
	assert.Equal(t, 1, n)

	// The set is a copy: changing Groups' result changes nothing.
	g := gs.Groups()
	g[0] = "x"
	assert.Equal(t, "nông thôn", gs.Groups()[0])
}

func TestGroupSetProblems(t *testing.T) {
	tree := mustBuild(t, validSmall())
	_, err := org.NewGroupSet(tree, "khu vực", map[string][]org.ID{
		"a": {"lt", "ghost"},
		"b": {"lt", "kp1"},
	})
	var ce *org.CheckError
	require.ErrorAs(t, err, &ce)
	type row struct {
		ID    org.ID
		Value string
	}
	var got []row
	for _, p := range ce.Problems {
		assert.ErrorIs(t, p, org.ErrGroup)
		got = append(got, row{p.ID, p.Value})
	}
	if diff := cmp.Diff([]row{{"ghost", "a"}, {"lt", "b"}}, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	assert.EqualError(t, err, `org: 2 problems: unit "ghost": group "a": bad group member: the tree has no such unit; `+
		`unit "lt": group "b": bad group member: already in group "a" of set "khu vực"`)
}
