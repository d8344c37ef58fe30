package org_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestParseKind(t *testing.T) {
	tests := []struct {
		in     string
		want   org.Kind
		family org.Family
		err    string
	}{
		{"chi_doan", org.KindBranch, org.FamilyYouthUnion, ""},
		{"Chi đoàn", org.KindBranch, org.FamilyYouthUnion, ""},
		{"CHI DOAN", org.KindBranch, org.FamilyYouthUnion, ""},
		{"chi doan", org.KindBranch, org.FamilyYouthUnion, ""},
		{"Youth Union branch", org.KindBranch, org.FamilyYouthUnion, ""},
		{"Thành đoàn", org.KindProvinceUnion, org.FamilyYouthUnion, ""},
		{"Tỉnh đoàn", org.KindProvinceUnion, org.FamilyYouthUnion, ""},
		{"Quận đoàn", org.KindDistrictUnion, org.FamilyYouthUnion, ""},
		{"Đoàn phường", org.KindCommuneUnion, org.FamilyYouthUnion, ""},
		{"Đoàn đặc khu", org.KindCommuneUnion, org.FamilyYouthUnion, ""},
		{"  Đoàn cơ sở ", org.KindGrassrootsUnion, org.FamilyYouthUnion, ""},
		{"Trung ương Đoàn", org.KindCentralUnion, org.FamilyYouthUnion, ""},
		{"Hội LHTN", org.KindYouthFederation, org.FamilyFederation, ""},
		{"Đội hình Bình dân học vụ số", org.KindLiteracyTeam, org.FamilyVolunteer, ""},
		{"Tổ công nghệ số cộng đồng", org.KindCommunityDigitalTeam, org.FamilyVolunteer, ""},
		{"nhóm tình nguyện", org.KindVolunteerGroup, org.FamilyVolunteer, ""},
		{"Ấp", org.KindHamlet, org.FamilyAdmin, ""},
		{"Tổ dân phố", org.KindHamlet, org.FamilyAdmin, ""},
		{"Phường", org.KindCommune, org.FamilyAdmin, ""},
		{"Quận", org.KindDistrict, org.FamilyAdmin, ""},
		{"tinh", org.KindProvince, org.FamilyAdmin, ""},
		{"", org.KindUnknown, org.FamilyUnknown, ""},
		{"clb_tin_hoc", org.Kind("clb_tin_hoc"), org.FamilyCustom, ""},
		{"doi-xung-kich2", org.Kind("doi-xung-kich2"), org.FamilyCustom, ""},
		{"Câu lạc bộ", org.KindUnknown, org.FamilyUnknown, `org: kind "Câu lạc bộ": not a kind: no built-in kind has this name, and a custom code starts with a lower-case ASCII letter`},
		{"clb tin học", org.KindUnknown, org.FamilyUnknown, `org: kind "clb tin học": not a kind: no built-in kind has this name, and a custom code has only lower-case ASCII letters, digits, '_' and '-'`},
		{"1abc", org.KindUnknown, org.FamilyUnknown, `org: kind "1abc": not a kind: no built-in kind has this name, and a custom code starts with a lower-case ASCII letter`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := org.ParseKind(tt.in)
			if tt.err != "" {
				assert.EqualError(t, err, tt.err)
				assert.ErrorIs(t, err, org.ErrKind)
				assert.Panics(t, func() { org.MustParseKind(tt.in) })
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.family, got.Family())
			// Round trip through text.
			b, err := got.MarshalText()
			require.NoError(t, err)
			var back org.Kind
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, got, back)
		})
	}
}

func TestKindNames(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range org.Kinds() {
		assert.True(t, k.IsBuiltin())
		assert.True(t, k.IsValid())
		assert.NotEmpty(t, k.Label(vietnam.Vietnamese))
		assert.NotEmpty(t, k.Label(vietnam.English))
		assert.NotEqual(t, org.FamilyUnknown, k.Family())
		assert.NotEqual(t, org.FamilyCustom, k.Family())
		assert.False(t, seen[k.Label(vietnam.Vietnamese)], "duplicate name %s", k.Label(vietnam.Vietnamese))
		seen[k.Label(vietnam.Vietnamese)] = true
		// Every name parses back to its kind.
		for _, s := range []string{string(k), k.Label(vietnam.Vietnamese), k.Label(vietnam.English)} {
			got, err := org.ParseKind(s)
			require.NoError(t, err)
			assert.Equal(t, k, got, s)
		}
		assert.Equal(t, string(k), k.String())
	}
	assert.Len(t, org.Kinds(), 21)
	assert.Equal(t, "Chi đoàn", org.KindBranch.Label(vietnam.Vietnamese))
	assert.Equal(t, "Youth Union branch", org.KindBranch.Label(vietnam.English))
	assert.Equal(t, "unknown", org.KindUnknown.String())
	assert.Equal(t, "", org.KindUnknown.Label(vietnam.Vietnamese))
	assert.Equal(t, "", org.KindUnknown.Label(vietnam.English))
	assert.Equal(t, `Kind("Bad Kind")`, org.Kind("Bad Kind").String())
	assert.Equal(t, "", org.Kind("Bad Kind").Label(vietnam.Vietnamese))
	assert.Equal(t, org.FamilyUnknown, org.Kind("Bad Kind").Family())
	assert.Equal(t, "clb", org.Kind("clb").Label(vietnam.Vietnamese))
	assert.Equal(t, "clb", org.Kind("clb").Label(vietnam.English))
	assert.False(t, org.Kind("").IsValid())
	long := make([]byte, 65)
	for i := range long {
		long[i] = 'a'
	}
	assert.False(t, org.Kind(long).IsValid())
	assert.True(t, org.Kind(long[:64]).IsValid())
	// Custom codes that read as a built-in kind are reserved, so that a
	// file never turns one kind into another.
	for _, c := range []string{"quan", "ap", "province", "hamlet"} {
		assert.False(t, org.Kind(c).IsValid(), c)
		k, err := org.ParseKind(c)
		require.NoError(t, err)
		assert.True(t, k.IsBuiltin(), c)
	}
	_, err := org.Build([]org.Unit{{ID: "x", Kind: "quan"}})
	assert.EqualError(t, err, `org: 1 problem: row 1: unit "x": kind "quan": not a kind: a custom code cannot be a name of the built-in kind huyen`)
}

func TestFamilyString(t *testing.T) {
	assert.Equal(t, "unknown", org.FamilyUnknown.String())
	assert.Equal(t, "youth union", org.FamilyYouthUnion.String())
	assert.Equal(t, "custom", org.FamilyCustom.String())
	assert.Equal(t, "Family(99)", org.Family(99).String())
}

// TestProgramKinds: the kinds the campaigns name read from the words their
// plans use, each with a Vietnamese label.
func TestProgramKinds(t *testing.T) {
	tests := []struct {
		in     string
		want   org.Kind
		family org.Family
	}{
		{"Liên đội", org.KindYoungPioneers, org.FamilyPioneers},
		{"Đội TNTP Hồ Chí Minh", org.KindYoungPioneers, org.FamilyPioneers},
		{"Ban Chỉ đạo", org.KindSteeringCommittee, org.FamilyState},
		{"BCĐ", org.KindSteeringCommittee, org.FamilyState},
		{"Tổ dịch vụ công lưu động", org.KindMobileServiceTeam, org.FamilyState},
		{"Bộ phận tiếp nhận và trả kết quả", org.KindOneStopPoint, org.FamilyState},
		{"Trung tâm phục vụ hành chính công", org.KindOneStopPoint, org.FamilyState},
		{"Đối tác", org.KindPartner, org.FamilyPartner},
		{"doanh nghiệp đồng hành", org.KindPartner, org.FamilyPartner},
		{"doi_tac", org.KindPartner, org.FamilyPartner},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			k, err := org.ParseKind(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, k)
			assert.Equal(t, tt.family, k.Family())
			assert.NotEqual(t, string(k), k.Label(vietnam.Vietnamese), "a Vietnamese label")
		})
	}
	assert.Equal(t, "partner", org.FamilyPartner.String())
	assert.Equal(t, "custom", org.FamilyCustom.String(), "values before the new families keep their numbers")
	// Partners are units like any other: Hội Kỹ sư trẻ and Viettel under
	// the province's steering committee.
	tree, err := org.Build([]org.Unit{
		{ID: "bcd-tinh", Name: "Ban Chỉ đạo phong trào Bình dân học vụ số tỉnh", Kind: org.KindSteeringCommittee},
		{ID: "hoi-ky-su-tre", Name: "Hội Kỹ sư trẻ", Kind: org.KindPartner, Parent: "bcd-tinh"},
		{ID: "viettel", Name: "Viettel", Kind: org.KindPartner, Parent: "bcd-tinh"},
	})
	require.NoError(t, err)
	assert.Equal(t, 3, tree.Len())
}
