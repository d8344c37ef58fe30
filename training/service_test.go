package training_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/vocab"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// TestMatch reads services and target groups as volunteers type them,
// and refuses cells that only contain a term's name.
func TestMatch(t *testing.T) {
	services, groups := training.NationalServices(), training.TargetGroups()
	tests := []struct {
		vocab *vocab.Vocabulary
		in    string
		want  string // "": no match
	}{
		{services, "smartca", string(training.SmartCA)},
		{services, "SmartCA", string(training.SmartCA)},
		{services, "Chữ ký số", string(training.SmartCA)},
		{services, "VNeID mức 2", string(training.VNeIDLevel2)},
		{services, "dinh danh dien tu", string(training.VNeIDLevel2)},
		{services, "DVC", string(training.OnlinePublicService)},
		{services, "Dịch vụ công trực tuyến", string(training.OnlinePublicService)},
		{services, "DVCTT mức độ 3", "dvc_muc_3"},
		{services, "Dịch vụ công trực tuyến toàn trình", "dvc_muc_4"},
		{services, "Tổng đài 1022", string(training.Hotline1022)},
		{services, "tong dai 1022", string(training.Hotline1022)},
		{services, "Thanh toán không dùng tiền mặt", string(training.EPayment)},
		{services, "ví điện tử", string(training.EPayment)},
		{services, "Phòng chống lừa đảo", string(training.FraudAwareness)},
		{services, "ung_dung", string(training.AppInstall)},
		{services, "Lớp AI", string(training.AIClass)},
		// Whole cells only: a cell that mentions a service is another thing.
		{services, "Góp ý Hiến pháp trên VNeID", ""},
		{services, "Cài app C-ThaiNguyen", ""},
		{services, "tiêm chủng", ""},
		{services, "dịch vụ công ích", ""},
		{services, "", ""},

		{groups, "Người dân", "nguoi_dan"},
		{groups, "nguoi_dan", "nguoi_dan"},
		{groups, "HS-SV", "hoc_sinh"},
		{groups, "Sinh viên", "hoc_sinh"},
		{groups, "CBCCVC", "can_bo"},
		{groups, "Cán bộ, công chức", "can_bo"},
		{groups, "Công nhân", "nguoi_lao_dong"},
		{groups, "Người lao động doanh nghiệp", "nguoi_lao_dong"},
		{groups, "Đoàn viên", "doan_vien"},
		{groups, "doan_vien", "doan_vien"},
		{groups, "Người cao tuổi", "nguoi_cao_tuoi"},
		{groups, "NGƯỜI CAO TUỔI", "nguoi_cao_tuoi"},
		{groups, "Đội viên", "thieu_nhi"},
		{groups, "Tiểu thương", "tieu_thuong"},
		{groups, "hưu trí", ""},
		{groups, "dân tộc", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := tt.vocab.Match(tt.in)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got.Code)
		})
	}
}

func TestServiceLabels(t *testing.T) {
	for term := range training.NationalServices().Terms() {
		s := training.Service(term.Code)
		assert.NotEqual(t, s.Label(vietnam.Vietnamese), s.Label(vietnam.English), s)
		assert.Equal(t, term.VI, s.Label(vietnam.Vietnamese))
	}
	assert.Equal(t, "app_binh_duong_so", training.Service("app_binh_duong_so").Label(vietnam.English))
}

func TestGroupLabels(t *testing.T) {
	assert.Equal(t, "Older person", training.Group("nguoi_cao_tuoi").Label(vietnam.English))
	assert.Equal(t, "hưu trí", training.Group("hưu trí").Label(vietnam.English))
}

func TestGroupText(t *testing.T) {
	b, err := json.Marshal(training.Learner{ID: "x", Group: "doan_vien"})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"group":"doan_vien"`)
	var l training.Learner
	require.NoError(t, json.Unmarshal(b, &l))
	assert.Equal(t, training.Group("doan_vien"), l.Group)
}

// equateValues compares the library's value types, which are comparable
// but keep their fields unexported.
var equateValues = cmpopts.EquateComparable(person.CCCD{}, person.CMND{}, person.Phone{}, person.TaxCode{}, admin.Code{}, vietnam.Date{})

func TestLearnerJSONRoundTrip(t *testing.T) {
	l := training.Learner{ID: "074085001234", Name: person.ParseName("Nguyễn Văn An"),
		BirthDate: vietnam.MustParseDate("12/3/1985"), BirthYear: 1985, Sex: person.Male,
		CCCD: person.MustParseCCCD("074085001234"), Phone: person.MustParsePhone("0912345678"),
		Commune: admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"), Group: "nguoi_dan",
		Household: "ho-17", Unit: "doan-lai-thieu", Address: "KP 1, P. Lái Thiêu"}
	b, err := json.Marshal(l)
	require.NoError(t, err)
	var back training.Learner
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(l, back, equateValues); diff != "" {
		t.Errorf("(-want +got)\n%s\n%s", diff, b)
	}
}
