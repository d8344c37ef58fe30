// Package admin knows every administrative unit of Vietnam before and after
// the reform of 1 July 2025: the 63 provinces, 696 districts and 10,035
// communes in force until 30/6/2025, the 34 provinces and 3,321 communes
// since, which old unit became which new one, and how to find a unit by
// the name people type.
//
// # Eras and codes
//
// On 1/7/2025 the district level was abolished and most provinces and
// communes were merged (Quyết định 19/2025/QĐ-TTg). The statistics office
// reused old codes for the new units, so a bare code is ambiguous: commune
// 00004 is Phường Ba Đình now and was Phường Trúc Bạch before. A Code
// therefore carries its Era (EraPre2025 or Era2025) and Level, and a
// Directory of one era never answers for a code of the other:
//
//	now := admin.Current()                          // or admin.At(date)
//	u, ok := now.Lookup(admin.LevelCommune, "25966") // Phường Lái Thiêu, TP Hồ Chí Minh
//	old := admin.At(vietnam.MustDate(2025, 6, 30))  // the three-level system
//	c := admin.MustParseCode(admin.EraPre2025, admin.LevelCommune, "00004")
//	u, ok = now.Unit(c)                             // false: c is a pre-2025 code
//
// Code.String is the bare official code ("25966"); MarshalText adds the era
// ("2025:25966") so that a stored code is never read in the wrong era.
// The enums Era, Level, Type, Kind and Quality marshal as text too, so JSON
// and map keys carry words ("pre-2025", "commune", "dac_khu", "partial",
// "folded"), never numbers; their zero values are the empty text.
//
// # Directories and dates
//
// At(d) is the set of units in force on d: before 1/7/2025 the pre-2025
// units, from then the 2025 units with every later change effective by d.
// Later changes keep codes and change types and names: Đồng Nai became a
// centrally-run city on 30/4/2026 and ten of its xã became phường, so
// At(29/4/2026) and At(30/4/2026) answer differently for them. Current is
// the newest state the data describes (DataVersion). A Directory walks its
// Provinces, Districts (pre-2025 only) and Communes, the Children and
// Descendants of a unit in official (code) order, and gives a Unit's
// names and Type in Vietnamese and English.
//
// # Succession
//
// Successors(old) says what a pre-2025 province, district or commune
// became, and Predecessors(new) what a 2025 unit absorbed, from the
// statistics office's conversion table:
//
//	for _, s := range admin.Successors(oldCode) {
//		fmt.Println(s.New.FullName(), s.Kind, s.Note) // Phường Lái Thiêu whole Nhập toàn bộ
//	}
//
// 440 old communes were split among several new ones. Successors returns
// every part of a split, each KindPartial, and never picks one: without
// street-level data an address in a split commune has more than one
// possible answer. The office's note sometimes says that the whole
// population went to one part (Succession.AllPopulation).
//
// # History since 2019
//
// Formers lists the earlier states of pre-2025 units seen in the
// statistics office's lists between 2019 and 1/3/2025 (2,359 of them):
// communes merged, renamed, retyped, moved or recoded, districts merged
// or renamed, Thừa Thiên Huế before it became a city; and 84 states of
// its list of 2017 that those lists lack: names of communes merged in
// 2019–2020 whose code the merged commune kept for a while (Xã Kim Lộc),
// and names changed before 2019 that address pickers still offer (Huyện
// Tân Thành, Thị xã Phú Mỹ since 2018). Each gives the
// unit of 1/3/2025 that continues it (its Successor), and when it ended:
// the exact day where a decree dates it, otherwise the two snapshots of
// the list that bracket the change (Former.Ended). History(c) gives the
// earlier names and codes of a unit, and Trace the chain from an old
// name to today's communes; a commune whose successor no source gives
// leads to its last known district.
//
// # Finding units by name
//
// Directory.Find matches the names people write: with or without tones
// and either tone placement ("Hòa"/"Hoà"), with or without the type word
// or its abbreviation ("P.", "Q.", "TP.", "TX.", "H.", "X.", "TT."), and
// numbered wards in any form ("P.1", "P1", "Phường 01", "phuong 1" are one
// ward; "Quận 1" is never "Quận 10"). It can be scoped to a province or a
// district, and returns every candidate with a Quality: an input written
// with tones prefers the units whose tones match, an input without tones
// gets every unit whose name folds alike.
//
// # Addresses
//
// ParseAddress splits a free-text address into house number, street,
// hamlet, commune, district and province; ResolveAddress (or a Resolver
// over any Dataset) resolves it to the units it names, in the era it was
// written in, and to the current commune, reporting ambiguity rather than
// guessing:
//
//	res, err := admin.ResolveAddress("P. Lái Thiêu, TP. Thuận An, Bình Dương")
//	ward, ok := res.Current() // Phường Lái Thiêu, Thành phố Hồ Chí Minh; ok is false when ambiguous
//	// res.Era is EraPre2025; res.Candidates lists every current commune the
//	// address may be in (several for a split commune).
//
// The resolver reads the names of both eras from the end of the text
// (province, then district, then commune), with the same spelling rules as
// Find, and maps old units forward through Successors.
//
// # Data
//
// The tables are generated (go generate, gen.go) from the CSV files in
// internal/data, copied from the project's shared data folder with their
// SOURCES.md and licence; DataVersion names the newest effective date they
// describe. Names are the official ones, spelled as the sources spell them
// (the 2025 list writes "Hòa", the older GSO list often "Hoà"); English
// type names are descriptive. Codes, names, types and parents are kept;
// the sources' English names and slugs are not.
//
// The tables are compiled in as constant data, about 0.9 MB of binary
// with the history since 2019: importing the package runs no code at init
// (GODEBUG=inittrace=1 reports only the allocations of its error values).
// Lookups by code search the sorted tables directly, and the index of the
// names of both eras and of the history (about 16,500 units) that Find
// and the resolver share is compiled in too (names_index.go, written by
// go generate from the tables), about 1.5 MB more: the first address a
// program resolves takes under a millisecond, not the 100–250 ms that
// building that index took. The indexes for Children and Predecessors
// cost a few milliseconds on first use. LoadDataset reads the same CSV
// files at run time, for newer data or a small test fixture; a Dataset's
// methods mirror the package-level functions, which use Embedded().
//
// To update the data, copy the new release of the shared folder into
// internal/data and run go generate in this folder; a test fails until the
// committed tables and index of names match the files.
//
// # Concurrency
//
// Everything in this package is safe for concurrent use. Datasets,
// Directories and Units are immutable; the indexes behind Children and
// Predecessors (the embedded dataset's is compiled in), and a loaded
// Dataset's index of names, are built on first use, once per Dataset,
// under a sync.Once.
package admin
