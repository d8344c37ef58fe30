package training

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// Group is the population group a learner belongs to: targets differ by
// group (80% of cadres in 2025, 100% of pupils…). The zero Group is unknown.
type Group uint8

// The groups of Kế hoạch 01-KH/BCĐTW and Quyết định 757's four frameworks,
// plus union members, whom the Youth Union counts on their own.
const (
	GroupUnknown     Group = iota
	GroupCitizen           // người dân
	GroupStudent           // học sinh, sinh viên
	GroupCadre             // cán bộ, công chức, viên chức, người lao động khu vực công
	GroupWorker            // người lao động trong doanh nghiệp
	GroupUnionMember       // đoàn viên, hội viên
)

var groupInfo = []names{
	GroupUnknown:     {"unknown", "Không rõ", "Unknown"},
	GroupCitizen:     {"nguoi_dan", "Người dân", "Citizen"},
	GroupStudent:     {"hoc_sinh", "Học sinh, sinh viên", "Pupil or student"},
	GroupCadre:       {"can_bo", "Cán bộ, công chức, viên chức", "Cadre or civil servant"},
	GroupWorker:      {"nguoi_lao_dong", "Người lao động doanh nghiệp", "Enterprise worker"},
	GroupUnionMember: {"doan_vien", "Đoàn viên", "Union member"},
}

// String returns the group's stable code.
func (g Group) String() string { return nameOf(groupInfo, g, "Group").code }

// VI returns the Vietnamese name of the group.
func (g Group) VI() string { return nameOf(groupInfo, g, "Group").vi }

// EN returns the English name of the group.
func (g Group) EN() string { return nameOf(groupInfo, g, "Group").en }

// MarshalText encodes the group as its code ("doan_vien"); GroupUnknown
// as empty text.
func (g Group) MarshalText() ([]byte, error) {
	if g == GroupUnknown {
		return []byte{}, nil
	}
	if int(g) >= len(groupInfo) {
		return nil, fmt.Errorf("training: group %d has no text form", uint8(g))
	}
	return []byte(g.String()), nil
}

// UnmarshalText decodes anything ParseGroup accepts.
func (g *Group) UnmarshalText(b []byte) error {
	v, err := ParseGroup(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}

// ParseGroup reads a group from its code or the words rosters use
// ("Người dân", "HS-SV", "CBCCVC", "Công nhân", "Đoàn viên"), with or
// without tones. Empty text is GroupUnknown with no error.
func ParseGroup(s string) (Group, error) {
	f := vietnam.Fold(s)
	if f == "" {
		return GroupUnknown, nil
	}
	if g, ok := codeIn[Group](groupInfo, f); ok {
		return g, nil
	}
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(f, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("doan vien", "hoi vien", "thanh nien"):
		return GroupUnionMember, nil
	case has("hoc sinh", "sinh vien", "hs", "sv"):
		return GroupStudent, nil
	case has("can bo", "cong chuc", "vien chuc", "cbcc", "ccvc"):
		return GroupCadre, nil
	case has("lao dong", "cong nhan", "doanh nghiep"):
		return GroupWorker, nil
	case has("nguoi dan", "cong dan", "dan"):
		return GroupCitizen, nil
	}
	return GroupUnknown, fmt.Errorf("training: group %q: not a known group", truncate(s, 40))
}

// HouseholdID identifies a household ("hộ gia đình").
type HouseholdID string

// A Learner is a person a program trains or helps, as a roster describes
// them after cleaning. Only Name is required; the other fields are zero
// when the roster did not give them.
type Learner struct {
	ID        LearnerID    `json:"id"`
	Name      person.Name  `json:"name"`
	BirthDate vietnam.Date `json:"birth_date"`
	BirthYear int          `json:"birth_year,omitempty"` // set with BirthDate, or alone when only the year is known
	Sex       person.Sex   `json:"sex"`
	CCCD      person.CCCD  `json:"cccd"`
	CMND      person.CMND  `json:"cmnd"` // the old 9-digit ID, when that is what was given
	Phone     person.Phone `json:"phone"`
	Address   string       `json:"address,omitempty"` // as written, normalized
	// Commune is the current (2025-era) commune the address resolved to;
	// zero when it was missing, not found or ambiguous.
	Commune   admin.Code  `json:"commune"`
	Household HouseholdID `json:"household,omitempty"`
	Group     Group       `json:"group"`
	Unit      org.ID      `json:"unit,omitempty"` // the unit the learner counts for
}

// Coverage counts households and those covered under the "Gia đình số"
// model: a household is covered when at least one member completed.
type Coverage struct {
	Households int
	Covered    int
}

// Share returns Covered/Households, and zero when there is no household.
func (c Coverage) Share() decimal.Decimal {
	if c.Households == 0 {
		return decimal.Zero
	}
	return decimal.NewFromInt(int64(c.Covered)).Div(decimal.NewFromInt(int64(c.Households)))
}

// HouseholdCoverage counts households per unit. A household counts for
// the unit of its members, the smallest unit ID when members are in
// several units, so that the answer does not depend on the order of the
// learners. Learners without a household are not counted.
func HouseholdCoverage(learners iter.Seq[Learner], completed func(LearnerID) bool) map[org.ID]Coverage {
	out := map[org.ID]Coverage{}
	for _, h := range groupHouseholds(learners, completed) {
		c := out[h.unit]
		c.Households++
		if h.covered {
			c.Covered++
		}
		out[h.unit] = c
	}
	return out
}

// household is what coverage needs to know of one household.
type household struct {
	id      HouseholdID
	unit    org.ID
	covered bool
}

// groupHouseholds gathers the learners' households, in ID order.
func groupHouseholds(learners iter.Seq[Learner], completed func(LearnerID) bool) []household {
	byID := map[HouseholdID]*household{}
	for l := range learners {
		if l.Household == "" {
			continue
		}
		h := byID[l.Household]
		if h == nil {
			h = &household{id: l.Household, unit: l.Unit}
			byID[l.Household] = h
		} else if l.Unit < h.unit {
			h.unit = l.Unit
		}
		h.covered = h.covered || completed(l.ID)
	}
	out := make([]household, 0, len(byID))
	for _, h := range byID {
		out = append(out, *h)
	}
	slices.SortFunc(out, func(a, b household) int { return strings.Compare(string(a.id), string(b.id)) })
	return out
}
