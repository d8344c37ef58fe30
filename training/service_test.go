package training_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// TestServiceMatch reads services as volunteers type them, and refuses
// cells that only contain a service's name.
func TestServiceMatch(t *testing.T) {
	services := training.NationalServices()
	tests := []struct {
		in   string
		want training.Service // ServiceUnknown: no match
	}{
		{"smartca", training.SmartCA},
		{"SmartCA", training.SmartCA},
		{"Chữ ký số", training.SmartCA},
		{"VNeID mức 2", training.VNeIDLevel2},
		{"dinh danh dien tu", training.VNeIDLevel2},
		{"DVC", training.OnlinePublicService},
		{"Dịch vụ công trực tuyến", training.OnlinePublicService},
		{"DVCTT mức độ 3", "dvc_muc_3"},
		{"Dịch vụ công trực tuyến toàn trình", "dvc_muc_4"},
		{"Tổng đài 1022", training.Hotline1022},
		{"tong dai 1022", training.Hotline1022},
		{"Thanh toán không dùng tiền mặt", training.EPayment},
		{"ví điện tử", training.EPayment},
		{"Phòng chống lừa đảo", training.FraudAwareness},
		{"ung_dung", training.AppInstall},
		{"Lớp AI", training.AIClass},
		// Whole cells only: a cell that mentions a service is another thing.
		{"Góp ý Hiến pháp trên VNeID", ""},
		{"Cài app C-ThaiNguyen", ""},
		{"tiêm chủng", ""},
		{"dịch vụ công ích", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := services.Match(tt.in)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, string(tt.want), got.Code)
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

func TestGroupMatch(t *testing.T) {
	groups := training.TargetGroups()
	tests := []struct {
		in   string
		want training.Group
	}{
		{"Người dân", "nguoi_dan"},
		{"nguoi_dan", "nguoi_dan"},
		{"HS-SV", "hoc_sinh"},
		{"Sinh viên", "hoc_sinh"},
		{"CBCCVC", "can_bo"},
		{"Cán bộ, công chức", "can_bo"},
		{"Công nhân", "nguoi_lao_dong"},
		{"Người lao động doanh nghiệp", "nguoi_lao_dong"},
		{"Đoàn viên", "doan_vien"},
		{"doan_vien", "doan_vien"},
		{"Người cao tuổi", "nguoi_cao_tuoi"},
		{"NGƯỜI CAO TUỔI", "nguoi_cao_tuoi"},
		{"Đội viên", "thieu_nhi"},
		{"Tiểu thương", "tieu_thuong"},
		{"hưu trí", ""},
		{"dân tộc", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _ := groups.Match(tt.in)
			assert.Equal(t, string(tt.want), got.Code)
		})
	}
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
