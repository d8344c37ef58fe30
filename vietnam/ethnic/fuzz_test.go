package ethnic

import "testing"

// FuzzParse: no input panics, and a group read comes back from its code
// and its name.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"Kinh", "H'Mông", "08", "dân tộc ", "\xff", "Kinh (Việt)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := Parse(s)
		if err != nil {
			return
		}
		if b, err := Parse(g.Code()); err != nil || b != g {
			t.Fatalf("%q → %v → code %s → %v, %v", s, g, g.Code(), b, err)
		}
		if b, err := Parse(g.String()); err != nil || b != g {
			t.Fatalf("%q → %v → name → %v, %v", s, g, b, err)
		}
	})
}
