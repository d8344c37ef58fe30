package admin

import "testing"

// TestEnumTextDistinct checks that no two values of an enum share a name
// once folded, which would make UnmarshalText pick the first silently.
func TestEnumTextDistinct(t *testing.T) {
	for _, e := range []*enumText{&eraText, &levelText, &qualityText, &kindText, typeText()} {
		seen := map[string]int{}
		for v, names := range e.Words {
			for _, n := range names {
				k := textKey(n)
				if w, dup := seen[k]; dup && w != v {
					t.Errorf("%s: %q names both %d and %d", e.What, n, w, v)
				}
				seen[k] = v
			}
		}
	}
}
