// Package org builds and walks trees of organisational units: the Youth
// Union's levels, its volunteer formations, and the government's
// administrative units, each with the dates it was in force.
//
// Every report of a digital-skills program is a rollup over such a tree:
// hamlet team → commune union → province. Two trees matter and they are
// linked but not the same. The government's runs province → commune (and,
// before 1 July 2025, province → district → commune). The Youth Union's runs
// Trung ương Đoàn → Tỉnh đoàn → Huyện đoàn (until 30/6/2025) → Đoàn
// xã/phường or Đoàn cơ sở → Chi đoàn, with đội, tổ and nhóm of volunteers
// and the Tổ công nghệ số cộng đồng of each hamlet hanging from both.
//
// # Units and kinds
//
// A Unit is a plain value: an ID that records refer to, a name, a Kind, the
// ID of its parent, the dates it was in force (inclusive, zero meaning open)
// and a few counts such as Members and Households. Kinds are constants
// (KindBranch is a chi đoàn) with Vietnamese and English names; a caller's
// own kind is any lower-case code, such as Kind("clb_tin_hoc"), with no
// registration.
//
// # Building and checking
//
// Build checks a list of units in one pass and reports every problem, not
// only the first: duplicate IDs, unknown parents, cycles, a child valid on
// a day its parent was not, a Huyện đoàn still open after the reform. The
// error is a *CheckError whose Problems say what and where:
//
//	tree, err := org.Build(units)
//	var ce *org.CheckError
//	if errors.As(err, &ce) {
//		for _, p := range ce.Problems {
//			fmt.Println(p) // org: row 3: unit "cd-1": id "cd-1": duplicate id: already used by row 2
//		}
//	}
//
// # Walking
//
// Walks take IDs and return iterators:
//
//	for u := range tree.Descendants("td-bd") { ... }    // pre-order
//	for u := range tree.Ancestors("cd-kp1") { ... }     // parent first, root last
//	tree.Children(id), tree.Roots(), tree.Leaves()      // in the order given to Build
//	tree.Depth(id), tree.Size(id), tree.CommonAncestor(a, b)
//	tree.At(vietnam.MustParseDate("15/7/2025"))         // the units in force that day
//
// # Indexes for fast rollups
//
// A Tree stores its units in pre-order, so each unit has a dense index
// (Tree.Index) below the indexes of its descendants, and a subtree is the
// index range [i, End(i)). Keep per-unit numbers in a slice of Len()
// elements and roll them up with one backward loop:
//
//	for i := tree.Len() - 1; i >= 0; i-- {
//		if p := tree.ParentIndex(i); p >= 0 {
//			total[p] += total[i]
//		}
//	}
//
// The indexes take 12 bytes per unit (parent, subtree end, depth) plus an
// ID hash table of 16 to 32 bytes per unit: about 7 MB for a national tree
// of 200.000 units, beyond the units themselves. Walks allocate nothing.
//
// # The government's tree, from vietnam/admin
//
// Mirror builds the administrative tree of any date from vietnam/admin, for
// the whole country or some provinces, so a program starts with the real
// communes instead of typing them; MirrorUnion builds the matching Youth
// Union skeleton (a Tỉnh đoàn per province, an Đoàn xã per commune, and a
// Huyện đoàn per district before the reform). IDs come from IDFor and are
// the same on every run: "doan_xa@2025:25966".
//
//	dir := admin.At(vietnam.MustParseDate("15/7/2025"))
//	hcm := admin.MustParseCode(admin.Era2025, admin.LevelProvince, "79")
//	tree, err := org.MirrorUnion(dir, hcm) // Thành đoàn TP.HCM and its 168 Đoàn xã/phường/đặc khu
//
// # Across the 2025 reform
//
// Migrate takes a tree as it stood on 30/6/2025 and returns the tree in
// force from 1/7/2025, with a Mapping that says, for every old unit, what
// became of it: Kept, Merged into another, Closed with the district level,
// Pending a decision (a commune split among several new ones), or Ended
// before the reform. Nothing disappears without a Move saying why.
//
//	tree, mapping, err := org.Migrate(old, org.MigrateOptions{
//		Choices: map[org.ID]admin.Code{"dp-vp": binhHoa}, // settle a split ward
//	})
//	newID, ok := mapping.New("dp-bn") // where a record of Bình Nhâm goes now
//	olds := mapping.Sources(newID)    // whose targets add up into it
//
// The Bình Dương union of June 2025 thus lands under "Thành đoàn Thành phố
// Hồ Chí Minh"; Thành đoàn Thuận An closes; Đoàn phường Lái Thiêu keeps its
// ID (its code 25966 carries over) and Bình Nhâm's union merges into it.
//
// A split commune that Choices does not name goes where the statistics
// office says all its population went, or else waits. With
// MigrateOptions.SettleSplits it first goes to a new commune that would
// otherwise have no unit at all, so that Xã Bàu Bàng, made only of split
// parts, gets its Đoàn xã; the province's Choices still win, and every
// decision is a Move with its reason, for the staff to review.
//
// Mapping.Old reads the mapping backwards, for a report that keeps the
// pre-reform view after 1/7/2025: a new ward counts for the lowest old
// union that holds all it came from, its district's when it was formed
// within one district, the province's otherwise.
//
// # Classifications across the tree
//
// A GroupSet puts units into named groups, one group per unit, without
// touching the tree (DHIS2's exclusive group sets): urban and rural wards,
// the blocs of grassroots unions. A unit outside every group can inherit
// its nearest ancestor's, so a chi đoàn counts with its ward.
//
// # Files
//
// ReadCSV and ReadJSON load a tree and report every bad row with its line,
// field and value, then the checks of Build; WriteCSV and WriteJSON save
// one. The CSV columns are id, parent_id, kind, name, admin_code,
// valid_from, valid_to, population, households and members.
//
// # Errors
//
// Every package of the module writes its errors one way: the message
// starts with the package's name and says what was read and where
// (as in the example below), and it wraps one of the package's sentinel
// errors (ErrUnknownParent and
// the other Err… variables, short phrases without the package's name)
// with %w, so that errors.Is matches the kind and errors.As finds the
// error type when there is one, with its fields:
//
//	org: row 1: unit "dp-lt": parent_id "thd-ta": unknown parent: no unit has this id
//
// # Concurrency
//
// A Tree is immutable once built, and every method is safe for concurrent
// use. Kinds and units are values. The package has no global state.
package org
