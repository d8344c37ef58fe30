package training_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestParseService(t *testing.T) {
	tests := []struct {
		in   string
		want training.Service
	}{
		{"smartca", training.SmartCA},
		{"SmartCA", training.SmartCA},
		{"Chữ ký số", training.SmartCA},
		{"VNeID mức 2", training.VNeIDLevel2},
		{"dinh danh dien tu", training.VNeIDLevel2},
		{"DVC", training.OnlinePublicService},
		{"Dịch vụ công trực tuyến", training.OnlinePublicService},
		{"Thanh toán không dùng tiền mặt", training.EPayment},
		{"ví điện tử", training.EPayment},
		{"Cài app C-ThaiNguyen", training.AppInstall},
		{"Phòng chống lừa đảo", training.FraudAwareness},
		{"ung_dung", training.AppInstall},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := training.ParseService(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			back, err := training.ParseService(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back)
		})
	}
	_, err := training.ParseService("tiêm chủng")
	assert.EqualError(t, err, `training: service "tiêm chủng": not a known service`)
}

func TestServiceNames(t *testing.T) {
	for _, s := range training.Services() {
		assert.NotEqual(t, s.VI(), s.EN())
		assert.NotContains(t, s.String(), "Service(")
	}
	assert.Equal(t, "Service(42)", training.Service(42).String())
	assert.Equal(t, "Service(42)", training.Service(42).VI())
	assert.Equal(t, "unknown", training.ServiceUnknown.String())
}

func TestServiceEventJSON(t *testing.T) {
	e := training.ServiceEvent{Service: training.SmartCA, Helper: "tnv-07", Citizen: "079085001234",
		Unit: "doan-phuong-di-an", Date: vietnam.MustParseDate("2/6/2025")}
	b, err := json.Marshal(e)
	require.NoError(t, err)
	assert.JSONEq(t, `{"service":"smartca","helper":"tnv-07","citizen":"079085001234","unit":"doan-phuong-di-an","date":"2025-06-02"}`, string(b))
	var back training.ServiceEvent
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, e, back)
}

func TestParseGroup(t *testing.T) {
	tests := []struct {
		in   string
		want training.Group
	}{
		{"", training.GroupUnknown},
		{"Người dân", training.GroupCitizen},
		{"nguoi_dan", training.GroupCitizen},
		{"HS-SV", training.GroupStudent},
		{"Sinh viên", training.GroupStudent},
		{"CBCCVC", training.GroupCadre},
		{"Cán bộ, công chức", training.GroupCadre},
		{"Công nhân", training.GroupWorker},
		{"Người lao động doanh nghiệp", training.GroupWorker},
		{"Đoàn viên", training.GroupUnionMember},
		{"doan_vien", training.GroupUnionMember},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := training.ParseGroup(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := training.ParseGroup("hưu trí")
	assert.EqualError(t, err, `training: group "hưu trí": not a known group`)
	assert.Equal(t, "Group(9)", training.Group(9).String())
	assert.Equal(t, "Group(9)", training.Group(9).EN())
	assert.Equal(t, "Union member", training.GroupUnionMember.EN())
}

func TestGroupAndModeText(t *testing.T) {
	for g := range training.Group(6) {
		b, err := g.MarshalText()
		require.NoError(t, err)
		var back training.Group = 1
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, g, back)
	}
	_, err := training.Group(42).MarshalText()
	assert.EqualError(t, err, "training: group 42 has no text form")
	for _, m := range []training.Mode{training.InPerson, training.Online, training.Blended} {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back training.Mode = 9
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
	}
	var m training.Mode
	assert.EqualError(t, m.UnmarshalText([]byte("radio")), `training: mode "radio": want in_person, online or blended`)
	_, err = training.Mode(7).MarshalText()
	assert.Error(t, err)

	b, err := json.Marshal(training.Learner{ID: "x", Group: training.GroupUnionMember})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"group":"doan_vien"`)
	var l training.Learner
	require.NoError(t, json.Unmarshal(b, &l))
	assert.Equal(t, training.GroupUnionMember, l.Group)
}

func TestLearnerJSONRoundTrip(t *testing.T) {
	l := learner("Nguyễn Văn An", "12/3/1985", "074085001234", "0912345678", "25966")
	l.Sex, l.Group, l.Household, l.Unit, l.Address = 1, training.GroupCitizen, "ho-17", "doan-lai-thieu", "KP 1, P. Lái Thiêu"
	l.BirthYear = 1985
	b, err := json.Marshal(l)
	require.NoError(t, err)
	var back training.Learner
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(l, back, equateValues); diff != "" {
		t.Errorf("(-want +got)\n%s\n%s", diff, b)
	}
}
