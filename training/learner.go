package training

import (
	"iter"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training/vocab"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/ethnic"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// Group is the code of the population group a learner belongs to, a
// target group of the program: targets differ by group (80% of cadres in
// 2025, 100% of pupils…). The groups of Kế hoạch 01-KH/BCĐTW and Quyết
// định 757/QĐ-BKHCN are built in (TargetGroups), with the groups campaigns
// name beside them; a program adds its own as Terms. The built-in codes
// are "nguoi_dan" (citizens), "hoc_sinh" (pupils and students), "can_bo"
// (cadres and civil servants), "nguoi_lao_dong" (enterprise workers),
// "doan_vien" (union members), "nguoi_cao_tuoi" (older people),
// "thieu_nhi" (Young Pioneers), "phu_nu" (women), "nong_dan" (farmers),
// "nguoi_khuyet_tat" (people with disability), "dan_toc_thieu_so" (ethnic
// minorities) and "tieu_thuong" (traders). The zero Group is unknown.
type Group string

var targetGroups = []vocab.Term{
	{Code: "nguoi_dan", VI: "Người dân", EN: "Citizen", Aliases: []string{"dân", "công dân", "nhân dân", "người dân địa phương"}},
	{Code: "hoc_sinh", VI: "Học sinh, sinh viên", EN: "Pupil or student", Aliases: []string{
		"HS-SV", "HSSV", "HS", "SV", "học sinh", "sinh viên", "học viên sinh viên"}},
	{Code: "can_bo", VI: "Cán bộ, công chức, viên chức", EN: "Cadre or civil servant", Aliases: []string{
		"CBCCVC", "CB-CC-VC", "CBCC", "CCVC", "cán bộ", "công chức", "viên chức", "cán bộ công chức",
		"công chức viên chức", "người lao động khu vực công"}},
	{Code: "nguoi_lao_dong", VI: "Người lao động doanh nghiệp", EN: "Enterprise worker", Aliases: []string{
		"công nhân", "công nhân lao động", "CNLĐ", "người lao động", "NLĐ", "lao động"}},
	{Code: "doan_vien", VI: "Đoàn viên", EN: "Union member", Aliases: []string{
		"đoàn viên thanh niên", "ĐVTN", "đoàn viên hội viên", "hội viên", "đoàn viên, hội viên"}},
	{Code: "nguoi_cao_tuoi", VI: "Người cao tuổi", EN: "Older person", Aliases: []string{"NCT", "cao tuổi", "người già", "hội viên người cao tuổi"}},
	{Code: "thieu_nhi", VI: "Thiếu nhi", EN: "Child or Young Pioneer", Aliases: []string{"đội viên", "thiếu niên", "thiếu niên nhi đồng", "đội viên thiếu niên"}},
	{Code: "phu_nu", VI: "Phụ nữ", EN: "Women", Aliases: []string{"hội viên phụ nữ", "chị em phụ nữ"}},
	{Code: "nong_dan", VI: "Nông dân", EN: "Farmer", Aliases: []string{"hội viên nông dân", "bà con nông dân"}},
	{Code: "nguoi_khuyet_tat", VI: "Người khuyết tật", EN: "Person with disability", Aliases: []string{"NKT"}},
	{Code: "dan_toc_thieu_so", VI: "Đồng bào dân tộc thiểu số", EN: "Ethnic minority", Aliases: []string{"DTTS", "đồng bào DTTS", "người dân tộc thiểu số", "dân tộc thiểu số"}},
	{Code: "tieu_thuong", VI: "Tiểu thương, hộ kinh doanh", EN: "Trader or household business", Aliases: []string{"tiểu thương", "hộ kinh doanh", "hộ kinh doanh cá thể", "tiểu thương chợ"}},
}

// TargetGroups returns the built-in target groups.
func TargetGroups() *vocab.Vocabulary { return builtin(targetGroups) }

// Label returns the name of a built-in group in the language; another
// group returns its code.
func (g Group) Label(l vietnam.Lang) string { return labelOf(targetGroups, string(g), l) }

// Activity is the code of the kind of activity a roster row records. The
// built-in ones (Activities) are "ho_tro" (one-to-one help with a
// service), "tuyen_truyen" (an awareness session) and "cuoc_thi" (a
// contest entry); a program adds its own as Terms. The zero Activity is a
// class session, what a roster without the column holds.
type Activity string

var activities = []vocab.Term{
	{Code: "lop_hoc", VI: "Lớp học", EN: "Class", Aliases: []string{"học", "buổi học", "lớp", "tập huấn", "bồi dưỡng"}},
	{Code: "ho_tro", VI: "Hỗ trợ trực tiếp", EN: "One-to-one help", Aliases: []string{"hỗ trợ", "hướng dẫn trực tiếp", "cầm tay chỉ việc"}},
	{Code: "tuyen_truyen", VI: "Tuyên truyền", EN: "Awareness session", Aliases: []string{"truyền thông", "buổi tuyên truyền"}},
	{Code: "cuoc_thi", VI: "Cuộc thi", EN: "Contest", Aliases: []string{"dự thi", "thi", "hội thi"}},
}

// Activities returns the built-in activities. The class, the zero
// Activity, is listed with the code "lop_hoc", which reads back as it.
func Activities() *vocab.Vocabulary { return builtin(activities) }

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
	Group     Group       `json:"group,omitempty"`
	Unit      org.ID      `json:"unit,omitempty"` // the unit the learner counts for
	// TaxCode is set when the subject is an organisation (a business that
	// opened a SmartCA account): Name is then the organisation's.
	TaxCode   person.TaxCode `json:"tax_code,omitzero"`
	Ethnicity ethnic.Group   `json:"ethnicity,omitempty"`
}

// household is what HouseholdRecords needs to know of one household.
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
