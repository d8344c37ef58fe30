package admin_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The earlier names and codes that continue in a unit of 1/3/2025.
func ExampleHistory() {
	quangTrung := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "09538") // Phường Quang Trung, Hà Đông
	for _, f := range admin.History(quangTrung) {
		from, to, exact := f.Ended()
		fmt.Println(f.Unit, f.Change, from.ISO(), to.ISO(), exact)
	}
	// Output:
	// Phường Nguyễn Trãi (09538) renamed 2024-11-09 2025-01-11 false
	// Phường Yết Kiêu (09547) merged 2024-11-09 2025-01-11 false
}

// From an old name to the communes of today.
func ExampleTrace() {
	for f := range admin.Formers() {
		if f.Unit.FullName() != "Phường 13" || f.Unit.Parent().String() != "770" { // Quận 3
			continue
		}
		ch := admin.Trace(f)
		fmt.Println(f.Unit, f.Change, "→", ch.Via)
		for _, s := range ch.Now {
			fmt.Println("  →", s.New, s.Kind)
		}
	}
	// Output:
	// Phường 13 (27136) merged → Phường 12 (27130)
	//   → Phường Nhiêu Lộc (27142) whole
}

// A state whose end the sources date exactly.
func ExampleFormer_Ended() {
	for f := range admin.Formers() {
		if f.Unit.Level() == admin.LevelProvince {
			from, _, exact := f.Ended()
			fmt.Println(f.Unit.FullName(), "until", from.AddDays(-1).ISO(), exact, f.Basis)
		}
	}
	// Output:
	// Tỉnh Thừa Thiên Huế until 2024-12-31 true 1314/NQ-UBTVQH15
}

func ExampleFormers() {
	n, abolished := 0, 0
	for f := range admin.Formers() {
		n++
		if f.Change.Has(admin.ChangeAbolished) {
			abolished++
		}
	}
	fmt.Println(n, "earlier states,", abolished, "with no known successor")
	// Output:
	// 2444 earlier states, 51 with no known successor
}

// An address written with a ward merged away in 2025-01 resolves through
// the history, and says so.
func ExampleResolveAddress_history() {
	res, err := admin.ResolveAddress("Phường 13, Quận 3, TP.HCM")
	if err != nil {
		panic(err)
	}
	u, _ := res.Current()
	fmt.Println(res.Commune, "→", res.Listed, "→", u, res.Flags)

	// A commune nobody knows, before a district: the district, with the
	// commune unknown.
	res, _ = admin.ResolveAddress("Xã Foo Bar, Huyện Hương Sơn, Tỉnh Hà Tĩnh")
	fmt.Println(res.District, res.Flags, "|"+res.Unread+"|", len(res.Within) > 0)
	// Output:
	// Phường 13 (27136) → Phường 12 (27130) → Phường Nhiêu Lộc (27142) former
	// Huyện Hương Sơn (439) commune unknown |Xã Foo Bar| true
}

// The districts a district was formed from since 1997, with the decree.
func ExampleOrigins() {
	tanPhu := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "767")
	for _, o := range admin.Origins(tanPhu) {
		fmt.Println(o.District, "from", o.Parent, "by", o.Basis, "signed", o.Signed.ISO())
	}
	// Output:
	// Quận Tân Phú (767) from Quận Tân Bình (766) by 130/2003/NĐ-CP signed 2003-11-05
}

// The districts formed from Huyện Hóc Môn, and from when they stood.
func ExampleSplitFrom() {
	hocMon := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "784")
	for _, o := range admin.SplitFrom(hocMon) {
		from, to, exact := o.InForce()
		fmt.Println(o.District, from.ISO(), to.ISO(), exact)
	}
	// Output:
	// Quận 12 (761) 1997-04-01 2025-06-30 true
}

// A parent that no list of the data holds is named.
func ExampleOrigin_InForce() {
	bacTuLiem := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "021")
	for _, o := range admin.Origins(bacTuLiem) {
		from, _, exact := o.InForce()
		fmt.Println(o.District.FullName(), "from", o.ParentName, "since", from.ISO(), exact)
	}
	// Output:
	// Quận Bắc Từ Liêm from Huyện Từ Liêm since 2013-12-27 false
}

// A Dataset answers from its own supplement: Quận Hoàng Mai was formed
// from two districts by one decree.
func ExampleDataset_Origins() {
	hoangMai := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "008")
	for _, o := range admin.Embedded().Origins(hoangMai) {
		fmt.Println(o.District.FullName(), "from", o.Parent.FullName(), "by", o.Basis)
	}
	// Output:
	// Quận Hoàng Mai from Quận Hai Bà Trưng by 132/2003/NĐ-CP
	// Quận Hoàng Mai from Huyện Thanh Trì by 132/2003/NĐ-CP
}

// Quận Long Biên was formed from part of Huyện Gia Lâm.
func ExampleDataset_SplitFrom() {
	giaLam := admin.MustParseCode(admin.EraPre2025, admin.LevelDistrict, "018")
	for _, o := range admin.Embedded().SplitFrom(giaLam) {
		fmt.Println(o.District.FullName(), o.Signed.ISO())
	}
	// Output:
	// Quận Long Biên 2003-11-06
}
