package ethnic

import "testing"

// FuzzParse: no input panics, a Parser reads every text as Parse does,
// and a group read comes back from its code and its name.
func FuzzParse(f *testing.F) {
	p := NewParser()
	for _, s := range []string{"Kinh", "H'Mông", "08", "dân tộc ", "\xff", "Kinh (Việt)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := Parse(s)
		if pg, perr := p.Parse(s); pg != g || (perr == nil) != (err == nil) {
			t.Fatalf("%q: Parser.Parse = %v, %v; Parse = %v, %v", s, pg, perr, g, err)
		}
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
