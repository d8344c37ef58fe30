package org

// The kinds of unit a digital-skills program works with beside the Youth
// Union's own: the Young Pioneers who teach their families, the steering
// committees that run the movement, the state's service points and mobile
// teams that volunteers staff, and the partners who lend people and
// devices (Hội Kỹ sư trẻ, Viettel, VNPT …).
const (
	// KindYoungPioneers: a unit of Đội Thiếu niên Tiền phong Hồ Chí Minh
	// (Liên đội, Chi đội of a school).
	KindYoungPioneers Kind = "doi_thieu_nien"
	// KindSteeringCommittee: a Ban Chỉ đạo, such as the one of the
	// "Bình dân học vụ số" movement at a province or a commune.
	KindSteeringCommittee Kind = "ban_chi_dao"
	// KindMobileServiceTeam: a mobile team that takes public services to
	// hamlets and homes (Tổ dịch vụ công lưu động).
	KindMobileServiceTeam Kind = "to_dvc_luu_dong"
	// KindOneStopPoint: a one-stop public-service point (Bộ phận một cửa,
	// Trung tâm phục vụ hành chính công) where volunteers help people file.
	KindOneStopPoint Kind = "bo_phan_mot_cua"
	// KindPartner: a partner organisation: an association (Hội Kỹ sư trẻ),
	// a business (Viettel, VNPT), a school.
	KindPartner Kind = "doi_tac"
)

// The families of the program's kinds. They follow FamilyCustom so that
// the values before them keep their numbers.
const (
	FamilyPioneers Family = FamilyCustom + 1 + iota // Đội TNTP Hồ Chí Minh
	FamilyState                                     // steering committees and public-service points
	FamilyPartner                                   // partners outside the state and the Union
)
