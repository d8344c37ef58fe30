package admin_test

import (
	"fmt"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A Match is a unit Find returned and how closely its name matched.
func ExampleMatch() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	for _, m := range old.Find("phuong lai thieu") {
		fmt.Println(m.Unit.FullName(), m.Unit.Level(), m.Quality)
	}
	// Output:
	// Phường Lái Thiêu commune folded
}

// FindOptions narrow Find to a level, or to the units inside one; they
// combine.
func ExampleFindOption() {
	old := admin.At(vietnam.MustDate(2025, time.June, 30))
	binhDuong := admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, "74")
	opts := []admin.FindOption{admin.Within(binhDuong), admin.OfLevel(admin.LevelCommune)}
	for _, m := range old.Find("Lái Thiêu", opts...) {
		fmt.Println(m.Unit)
	}
	// Output:
	// Phường Lái Thiêu (25966)
}

// A Reading is one way of reading an address: the units and how sure.
// Resolution embeds the best; Others holds the rest.
func ExampleReading() {
	res, err := admin.ResolveAddress("Phường 12, Q.B.Thạnh, TPHCM")
	if err != nil {
		panic(err)
	}
	r := res.Reading
	fmt.Println(r.Era, r.Province.FullName(), "/", r.District.FullName(), "/", r.Commune.FullName())
	fmt.Println(r.Confidence < 0.9, res.Flags)
	// Output:
	// pre-2025 Thành phố Hồ Chí Minh / Quận Bình Thạnh / Phường 12
	// true short form
}

// A Candidate is a commune of today the address may be in, and how the
// commune written went into it.
func ExampleCandidate() {
	res, err := admin.ResolveAddress("Phường 13, Quận 3, TP. Hồ Chí Minh")
	if err != nil {
		panic(err)
	}
	for _, c := range res.Candidates {
		fmt.Println(c.Unit, c.Kind)
	}
	// Output:
	// Phường Nhiêu Lộc (27142) whole
}

// A Chain leads from an earlier state of a unit to the units of today.
func ExampleChain() {
	for f := range admin.Formers() {
		if f.Unit.FullName() != "Phường 13" || f.Unit.Parent().String() != "770" { // Quận 3
			continue
		}
		ch := admin.Trace(f)
		fmt.Println(ch.From.Unit, "→", ch.Via, "→", len(ch.Now), "unit(s) of today")
	}
	// Output:
	// Phường 13 (27136) → Phường 12 (27130) → 1 unit(s) of today
}
