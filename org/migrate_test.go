package org_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func pre(level admin.Level, code string) admin.Code {
	return admin.MustParseCode(admin.EraPre2025, level, code)
}

func now(level admin.Level, code string) admin.Code {
	return admin.MustParseCode(admin.Era2025, level, code)
}

// binhDuongBefore is the Youth Union of three districts of Bình Dương as a
// province's staff would have kept it in June 2025. The successions quoted
// are those of the statistics office's conversion table.
func binhDuongBefore() []org.Unit {
	end := d("30/6/2025")
	P, C := admin.LevelProvince, admin.LevelCommune
	D := admin.LevelDistrict
	return []org.Unit{
		{ID: "tw", Name: "Trung ương Đoàn", Kind: org.KindCentralUnion},
		{ID: "td-bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion, Parent: "tw", Admin: pre(P, "74"), ValidTo: end, Members: 1000},

		{ID: "thd-ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "td-bd", Admin: pre(D, "725"), ValidTo: end},
		// Lái Thiêu keeps its code 25966; Bình Nhâm goes into it whole.
		{ID: "dp-lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25966"), ValidTo: end, Members: 400},
		{ID: "cd-bd1", Name: "Chi đoàn khu phố Bình Đức 1", Kind: org.KindBranch, Parent: "dp-lt", ValidTo: end, Members: 35},
		{ID: "cn-bd1", Name: "Tổ công nghệ số cộng đồng khu phố Bình Đức 1", Kind: org.KindCommunityDigitalTeam, Parent: "cd-bd1", ValidTo: end},
		{ID: "cd-old", Name: "Chi đoàn khu phố Đông Tư (giải thể)", Kind: org.KindBranch, Parent: "dp-lt", ValidTo: d("31/12/2024")},
		{ID: "dp-bn", Name: "Đoàn phường Bình Nhâm", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25984"), ValidTo: end, Members: 250},
		{ID: "cd-bp", Name: "Chi đoàn khu phố Bình Phú", Kind: org.KindBranch, Parent: "dp-bn", ValidTo: end},
		// Vĩnh Phú was split between Lái Thiêu and Bình Hòa.
		{ID: "dp-vp", Name: "Đoàn phường Vĩnh Phú", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25990"), ValidTo: end},
		{ID: "cd-vp1", Name: "Chi đoàn khu phố Hòa Long", Kind: org.KindBranch, Parent: "dp-vp", ValidTo: end},
		// Hưng Định's code 25978 becomes Phường Thuận An; An Thạnh joins it.
		{ID: "dp-hd", Name: "Đoàn phường Hưng Định", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25978"), ValidTo: end, Members: 300},
		{ID: "dp-at", Name: "Đoàn phường An Thạnh", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25963"), ValidTo: end, Members: 200},
		// Units of the district with no commune of their own.
		{ID: "dcs-cty", Name: "Đoàn cơ sở Công ty TNHH Minh Phát", Kind: org.KindGrassrootsUnion, Parent: "thd-ta", ValidTo: end},
		{ID: "bdhvs-ta", Name: "Đội hình Bình dân học vụ số Thuận An", Kind: org.KindLiteracyTeam, Parent: "thd-ta", ValidFrom: d("29/5/2025"), ValidTo: end},

		{ID: "thd-da", Name: "Thành đoàn Dĩ An", Kind: org.KindDistrictUnion, Parent: "td-bd", Admin: pre(D, "724"), ValidTo: end},
		{ID: "dp-da", Name: "Đoàn phường Dĩ An", Kind: org.KindCommuneUnion, Parent: "thd-da", Admin: pre(C, "25942"), ValidTo: end},
		{ID: "dp-ab", Name: "Đoàn phường An Bình", Kind: org.KindCommuneUnion, Parent: "thd-da", Admin: pre(C, "25960"), ValidTo: end},
		// Tân Đông Hiệp was split between Dĩ An and the new Tân Đông Hiệp
		// (code 25945, formerly Tân Bình's, whose union is not in this tree).
		{ID: "dp-tdh", Name: "Đoàn phường Tân Đông Hiệp", Kind: org.KindCommuneUnion, Parent: "thd-da", Admin: pre(C, "25948"), ValidTo: end, Members: 180},

		{ID: "hd-dt", Name: "Huyện đoàn Dầu Tiếng", Kind: org.KindDistrictUnion, Parent: "td-bd", Admin: pre(D, "720"), ValidTo: end},
		// Thị trấn Dầu Tiếng keeps code 25777 as Xã Dầu Tiếng; Định An joins.
		{ID: "dtt-dt", Name: "Đoàn thị trấn Dầu Tiếng", Kind: org.KindCommuneUnion, Parent: "hd-dt", Admin: pre(C, "25777"), ValidTo: end},
		{ID: "dx-da", Name: "Đoàn xã Định An", Kind: org.KindCommuneUnion, Parent: "hd-dt", Admin: pre(C, "25789"), ValidTo: end},
	}
}

func TestMigrateBinhDuong(t *testing.T) {
	old := mustBuild(t, binhDuongBefore())
	C := admin.LevelCommune
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{
		Choices: map[org.ID]admin.Code{"dp-tdh": now(C, "25945")},
	})
	require.NoError(t, err)
	const hcm = org.ID("tinh_doan@2025:79")

	// The new tree, in pre-order: the district level is gone and the
	// commune unions sit directly under Thành đoàn Thành phố Hồ Chí Minh.
	type row struct {
		ID      org.ID
		Parent  org.ID
		Name    string
		Admin   string
		Members int
	}
	var got []row
	for u := range tree.Descendants("tw") {
		text, _ := u.Admin.MarshalText()
		got = append(got, row{u.ID, u.Parent, u.Name, string(text), u.Members})
		assert.Equal(t, d("1/7/2025"), u.ValidFrom, u.ID)
		assert.True(t, u.ValidTo.IsZero(), u.ID)
	}
	want := []row{
		{hcm, "tw", "Thành đoàn Thành phố Hồ Chí Minh", "2025:79", 1000},
		{"dp-lt", hcm, "Đoàn phường Lái Thiêu", "2025:25966", 400 + 250},
		{"cd-bd1", "dp-lt", "Chi đoàn khu phố Bình Đức 1", "", 35},
		{"cn-bd1", "cd-bd1", "Tổ công nghệ số cộng đồng khu phố Bình Đức 1", "", 0},
		{"cd-bp", "dp-lt", "Chi đoàn khu phố Bình Phú", "", 0},
		{"dp-hd", hcm, "Đoàn phường Thuận An", "2025:25978", 300 + 200},
		{"dcs-cty", hcm, "Đoàn cơ sở Công ty TNHH Minh Phát", "", 0},
		{"bdhvs-ta", hcm, "Đội hình Bình dân học vụ số Thuận An", "", 0},
		{"dp-da", hcm, "Đoàn phường Dĩ An", "2025:25942", 0},
		{"doan_xa@2025:25945", hcm, "Đoàn phường Tân Đông Hiệp", "2025:25945", 180},
		{"dtt-dt", hcm, "Đoàn xã Dầu Tiếng", "2025:25777", 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("new tree (-want +got):\n%s", diff)
	}
	assert.Equal(t, []org.ID{"tw"}, ids(tree.Roots()))

	// What became of every old unit.
	type move struct {
		Old, New org.ID
		Outcome  org.Outcome
	}
	var moves []move
	for mv := range mapping.Moves() {
		moves = append(moves, move{mv.Old, mv.New, mv.Outcome})
	}
	wantMoves := []move{
		{"tw", "tw", org.Kept},
		{"td-bd", hcm, org.Merged},
		{"thd-ta", hcm, org.Closed},
		{"dp-lt", "dp-lt", org.Kept},
		{"cd-bd1", "cd-bd1", org.Kept},
		{"cn-bd1", "cn-bd1", org.Kept},
		{"cd-old", "", org.Ended},
		{"dp-bn", "dp-lt", org.Merged},
		{"cd-bp", "cd-bp", org.Kept},
		{"dp-vp", "", org.Pending},
		{"cd-vp1", "", org.Pending},
		{"dp-hd", "dp-hd", org.Kept},
		{"dp-at", "dp-hd", org.Merged},
		{"dcs-cty", "dcs-cty", org.Kept},
		{"bdhvs-ta", "bdhvs-ta", org.Kept},
		{"thd-da", hcm, org.Closed},
		{"dp-da", "dp-da", org.Kept},
		{"dp-ab", "dp-da", org.Merged},
		{"dp-tdh", "doan_xa@2025:25945", org.Merged},
		{"hd-dt", hcm, org.Closed},
		{"dtt-dt", "dtt-dt", org.Kept},
		{"dx-da", "dtt-dt", org.Merged},
	}
	if diff := cmp.Diff(wantMoves, moves); diff != "" {
		t.Errorf("moves (-want +got):\n%s", diff)
	}
	assert.Equal(t, old.Len(), mapping.Len())

	// The split ward waits for a decision between its two successors.
	pending := mapping.Pending()
	require.Len(t, pending, 2)
	assert.Equal(t, []admin.Code{now(C, "25966"), now(C, "25987")}, pending[0].Candidates)
	assert.Equal(t, pre(C, "25990"), pending[0].From)
	assert.Contains(t, pending[0].Reason, "split among Phường Lái Thiêu (25966), Phường Bình Hòa (25987)")
	assert.Equal(t, org.RuleNeedsChoice, pending[0].Rule)
	assert.Equal(t, org.RuleUnderPending, pending[1].Rule)
	assert.Equal(t, `under "dp-vp", which waits for a decision`, pending[1].Reason)

	// Sources: what metrics sums into each new unit.
	assert.Equal(t, []org.ID{"td-bd", "thd-ta", "thd-da", "hd-dt"}, mapping.Sources(hcm))
	assert.Equal(t, []org.ID{"dp-lt", "dp-bn"}, mapping.Sources("dp-lt"))
	assert.Equal(t, []org.ID{"dp-tdh"}, mapping.Sources("doan_xa@2025:25945"))
	assert.Nil(t, mapping.Sources("nope"))

	id, ok := mapping.New("dp-bn")
	assert.True(t, ok)
	assert.Equal(t, org.ID("dp-lt"), id)
	_, ok = mapping.New("dp-vp")
	assert.False(t, ok)
	_, ok = mapping.New("cd-old")
	assert.False(t, ok)
	_, ok = mapping.New("nope")
	assert.False(t, ok)
	mv, ok := mapping.Move("dp-tdh")
	require.True(t, ok)
	assert.Equal(t, now(C, "25945"), mv.To)
	assert.Contains(t, mv.Reason, "chosen by the caller")
	assert.Equal(t, org.RuleCallerChoice, mv.Rule)
	_, ok = mapping.Move("nope")
	assert.False(t, ok)
}

// TestMigrateNothingLost checks the invariant on the fixture with and
// without choices: every old unit is in the new tree under its own ID,
// or points to one that is, or is pending or ended with a reason.
func TestMigrateNothingLost(t *testing.T) {
	C := admin.LevelCommune
	old := mustBuild(t, binhDuongBefore())
	for name, choices := range map[string]map[org.ID]admin.Code{
		"no choices":  nil,
		"all settled": {"dp-tdh": now(C, "25942"), "dp-vp": now(C, "25987")},
	} {
		t.Run(name, func(t *testing.T) {
			tree, mapping, err := org.Migrate(old, org.MigrateOptions{Choices: choices})
			require.NoError(t, err)
			n := 0
			for mv := range mapping.Moves() {
				n++
				_, inNew := tree.Unit(mv.Old)
				switch mv.Outcome {
				case org.Kept:
					assert.True(t, inNew, mv.Old)
					assert.Equal(t, mv.Old, mv.New)
				case org.Merged, org.Closed:
					assert.False(t, inNew, mv.Old)
					assert.True(t, tree.Has(mv.New), mv.Old)
					assert.Contains(t, mapping.Sources(mv.New), mv.Old)
				case org.Pending, org.Ended:
					assert.False(t, inNew, mv.Old)
					assert.Empty(t, mv.New)
					assert.NotEmpty(t, mv.Reason)
					assert.NotEqual(t, org.RuleNone, mv.Rule, "a reason comes with its rule")
				default:
					t.Errorf("%s: outcome %s", mv.Old, mv.Outcome)
				}
			}
			assert.Equal(t, old.Len(), n)
			if choices != nil {
				assert.Len(t, mapping.Pending(), 0)
				u, ok := tree.Unit("doan_xa@2025:25987")
				require.True(t, ok)
				assert.Equal(t, "Đoàn phường Bình Hòa", u.Name)
				assert.Equal(t, []org.ID{"cd-vp1"}, ids(tree.Children(u.ID)))
				assert.Equal(t, []org.ID{"dp-da", "dp-ab", "dp-tdh"}, mapping.Sources("dp-da"))
			}
		})
	}
}

func TestMigrateBadChoice(t *testing.T) {
	old := mustBuild(t, binhDuongBefore())
	_, mapping, err := org.Migrate(old, org.MigrateOptions{
		Choices: map[org.ID]admin.Code{"dp-vp": now(admin.LevelCommune, "25942")},
	})
	require.NoError(t, err)
	mv, _ := mapping.Move("dp-vp")
	assert.Equal(t, org.Pending, mv.Outcome)
	assert.Contains(t, mv.Reason, "the choice 2025:25942 is not one of them")
	assert.Equal(t, org.RuleChoiceInvalid, mv.Rule)
}

func TestMigrateAllPopulation(t *testing.T) {
	// A split commune whose note gives one successor all the population
	// ("Nhập một phần diện tích, toàn bộ dân số") goes there unasked. Take
	// the first such commune in the data.
	var code admin.Code
	var to admin.Code
	for c := range admin.At(d("15/6/2025")).Communes() {
		succ := admin.Successors(c.Code())
		if len(succ) < 2 {
			continue
		}
		n := 0
		for _, s := range succ {
			if s.AllPopulation() {
				n++
				to = s.New.Code()
			}
		}
		if n == 1 {
			code = c.Code()
			break
		}
	}
	require.False(t, code.IsZero(), "the data has a split commune with all population in one successor")
	old := mustBuild(t, []org.Unit{{ID: "x", Kind: org.KindCommuneUnion, Admin: code}})
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)
	mv, _ := mapping.Move("x")
	assert.Equal(t, to, mv.To)
	assert.Contains(t, mv.Reason, "all its population went to")
	assert.True(t, tree.Has("x") || tree.Has(org.IDFor(org.KindCommuneUnion, to)))
}

func TestMigrateIslandDistrict(t *testing.T) {
	// Huyện Côn Đảo (Bà Rịa – Vũng Tàu) had no communes and became Đặc
	// khu Côn Đảo of Thành phố Hồ Chí Minh.
	var cd admin.Unit
	for u := range admin.At(d("15/6/2025")).Districts() {
		if u.Name() == "Côn Đảo" {
			cd = u
		}
	}
	require.False(t, cd.IsZero())
	old := mustBuild(t, []org.Unit{
		{ID: "hd-cd", Name: "Huyện đoàn Côn Đảo", Kind: org.KindDistrictUnion, Admin: cd.Code(), ValidTo: d("30/6/2025")},
		{ID: "cd-1", Name: "Chi đoàn 1", Kind: org.KindBranch, Parent: "hd-cd", ValidTo: d("30/6/2025")},
	})
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)
	mv, _ := mapping.Move("hd-cd")
	assert.Equal(t, org.Merged, mv.Outcome)
	u, ok := tree.Unit(mv.New)
	require.True(t, ok)
	assert.Equal(t, "Đoàn đặc khu Côn Đảo", u.Name)
	assert.Equal(t, org.KindCommuneUnion, u.Kind)
	assert.Equal(t, []org.ID{"cd-1"}, ids(tree.Children(u.ID)))
}

func TestMigrateGovernmentTree(t *testing.T) {
	// The mirrored government tree of Bình Dương migrates onto the
	// communes of Thành phố Hồ Chí Minh: every new commune that received
	// a Bình Dương commune appears once, and nothing is pending that the
	// statistics office did not leave open.
	bd := pre(admin.LevelProvince, "74")
	old, err := org.Mirror(admin.At(d("15/6/2025")), bd)
	require.NoError(t, err)
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)

	wantNew := map[admin.Code]bool{}
	pendingWant := 0
	for dist := range admin.At(d("15/6/2025")).Children(bd) {
		for c := range admin.At(d("15/6/2025")).Children(dist.Code()) {
			succ := admin.Successors(c.Code())
			all := 0
			for _, s := range succ {
				if s.AllPopulation() {
					all++
				}
			}
			if len(succ) == 1 || all == 1 {
				for _, s := range succ {
					if s.AllPopulation() {
						wantNew[s.New.Code()] = true
					}
				}
			} else {
				pendingWant++
			}
		}
	}
	communes := 0
	for u := range tree.Descendants("tinh@2025:79") {
		assert.Equal(t, org.KindCommune, u.Kind)
		assert.True(t, wantNew[u.Admin], u.ID)
		communes++
	}
	assert.Equal(t, len(wantNew), communes)
	assert.Len(t, mapping.Pending(), pendingWant)
	assert.Equal(t, 1+communes, tree.Len())
}

func TestMigrateIDCollision(t *testing.T) {
	old := mustBuild(t, []org.Unit{
		{ID: "tinh_doan@2025:79", Name: "taken", Kind: org.KindBranch},
		{ID: "td-bd", Kind: org.KindProvinceUnion, Admin: pre(admin.LevelProvince, "74")},
	})
	_, _, err := org.Migrate(old, org.MigrateOptions{})
	assert.ErrorIs(t, err, org.ErrDuplicateID)

	_, mapping, err := org.Migrate(old, org.MigrateOptions{
		NewID: func(k org.Kind, c admin.Code) org.ID { return org.ID("new-" + string(k) + "-" + c.String()) },
	})
	require.NoError(t, err)
	id, _ := mapping.New("td-bd")
	assert.Equal(t, org.ID("new-tinh_doan-79"), id)
}

func TestOutcomeString(t *testing.T) {
	for o, want := range map[org.Outcome]string{
		org.OutcomeUnknown: "unknown", org.Kept: "kept", org.Merged: "merged",
		org.Closed: "closed", org.Pending: "pending", org.Ended: "ended",
		org.Outcome(42): "Outcome(42)",
	} {
		assert.Equal(t, want, o.String())
	}
}

// A file kept across the reform holds both eras: the old units end on
// 30/6/2025 and the new ones start on 1/7/2025. The old units then merge
// into the new ones that serve their successors instead of making new IDs.
func TestMigrateIntoExistingNewUnits(t *testing.T) {
	P, C, D := admin.LevelProvince, admin.LevelCommune, admin.LevelDistrict
	end, start := d("30/6/2025"), d("1/7/2025")
	old := mustBuild(t, []org.Unit{
		{ID: "td-bd", Kind: org.KindProvinceUnion, Admin: pre(P, "74"), ValidTo: end, Members: 1000},
		{ID: "thd-ta", Kind: org.KindDistrictUnion, Parent: "td-bd", Admin: pre(D, "725"), ValidTo: end},
		{ID: "dp-lt", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25966"), ValidTo: end, Members: 400},
		{ID: "cd-1", Kind: org.KindBranch, Parent: "dp-lt", ValidTo: end},
		{ID: "dp-bn", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25984"), ValidTo: end, Members: 250},
		{ID: "td-hcm", Name: "Thành đoàn TP.HCM", Kind: org.KindProvinceUnion, Admin: now(P, "79"), ValidFrom: start, Members: 90000},
		{ID: "dp-lt-2025", Name: "Đoàn phường Lái Thiêu (mới)", Kind: org.KindCommuneUnion, Parent: "td-hcm", Admin: now(C, "25966"), ValidFrom: start, Members: 700},
	})
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)

	type row struct {
		ID, Parent org.ID
		Name       string
		Members    int
	}
	var got []row
	for _, u := range tree.All() {
		got = append(got, row{u.ID, u.Parent, u.Name, u.Members})
	}
	want := []row{
		{"td-hcm", "", "Thành đoàn TP.HCM", 90000},
		{"dp-lt-2025", "td-hcm", "Đoàn phường Lái Thiêu (mới)", 700},
		{"cd-1", "dp-lt-2025", "", 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("new tree (-want +got):\n%s", diff)
	}
	for old, want := range map[org.ID]org.ID{"td-bd": "td-hcm", "thd-ta": "td-hcm", "dp-lt": "dp-lt-2025", "dp-bn": "dp-lt-2025", "cd-1": "cd-1", "td-hcm": "td-hcm", "dp-lt-2025": "dp-lt-2025"} {
		got, ok := mapping.New(old)
		assert.True(t, ok, old)
		assert.Equal(t, want, got, old)
	}
	mv, _ := mapping.Move("dp-lt")
	assert.Equal(t, org.Merged, mv.Outcome)
	mv, _ = mapping.Move("dp-lt-2025")
	assert.Equal(t, org.Kept, mv.Outcome)
	assert.Equal(t, []org.ID{"dp-lt", "dp-bn", "dp-lt-2025"}, mapping.Sources("dp-lt-2025"))
}

func TestRuleText(t *testing.T) {
	enumtexttest.Cases[org.Rule]{
		Err: org.ErrSyntax,
		Codes: map[org.Rule]string{
			org.RuleNone: "", org.RuleUnderPending: "under_pending", org.RuleEndedBefore: "ended_before",
			org.RuleDistrictsEnded: "districts_ended", org.RuleDistrictDropped: "district_dropped",
			org.RuleIslandDistrict: "island_district", org.RuleNotInData: "not_in_data", org.RuleCallerChoice: "caller_choice",
			org.RuleChoiceInvalid: "choice_invalid", org.RuleAllPopulation: "all_population", org.RuleOnlyUnit: "only_unit",
			org.RuleNeedsChoice: "needs_choice", org.RuleMergedInto: "merged_into",
		},
		Aliases: map[string]org.Rule{"none": org.RuleNone, "merged into": org.RuleMergedInto},
		Bad: map[string]string{
			"by_hand": `org: rule "by_hand": want under_pending, ended_before, districts_ended, district_dropped, island_district, not_in_data, caller_choice, choice_invalid, all_population, only_unit, needs_choice or merged_into: syntax`,
		},
		Names: func(r org.Rule) []string { return []string{r.String()} },
	}.Run(t, (*org.Rule).UnmarshalText)
	assert.Equal(t, "Rule(99)", org.Rule(99).String())
}
