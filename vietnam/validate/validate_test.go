package validate_test

import (
	"errors"
	"testing"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/fr"
	"github.com/go-playground/locales/vi"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
	"github.com/hocvuso/hocvuso/vietnam/validate"
)

func registered(t *testing.T) *validator.Validate {
	t.Helper()
	v := validator.New()
	require.NoError(t, validate.Register(v))
	return v
}

// TestPhoneOptionUnknown: a word vn_phone does not know is a mistake in
// the program's tags, which panics as validator's own bad parameters do.
func TestPhoneOptionUnknown(t *testing.T) {
	v := registered(t)
	assert.PanicsWithValue(t, `validate: vn_phone=mobile: unknown option "mobile", want service or uan`, func() {
		_ = v.Var("0912 345 678", "vn_phone=mobile")
	})
}

func TestTags(t *testing.T) {
	v := registered(t)
	tests := []struct {
		tag   string
		value any
		ok    bool
	}{
		{"vn_cccd", "001099012345", true},
		{"vn_cccd", "001 099 012 345", true},
		{"vn_cccd", "012345678", false}, // CMND
		{"vn_cccd", "00109901234x", false},
		{"vn_cccd", "003099012345", false},
		{"vn_cccd", "", false},
		{"vn_cccd", 1099012345, false},

		{"vn_citizen_id", "001099012345", true},
		{"vn_citizen_id", "012 345 678", true},
		{"vn_citizen_id", "0123456789", false},
		{"vn_citizen_id", "003099012345", false},
		{"vn_citizen_id", "", false},
		{"vn_citizen_id", 12345678, false},

		{"vn_phone", "0912 345 678", true},
		{"vn_phone", "(028) 3829 1234", true},
		{"vn_phone", "0168 123 4567", true}, // migrated
		{"vn_phone", "0992 123 456", true},  // VSAT, migrated to 0672
		{"vn_phone", "0672 012 345", true},  // VoIP
		{"vn_phone", "1800 1091", false},    // a service number, nobody's own
		{"vn_phone", "1022", false},         // a short number
		{"vn_phone", "0801 234 567", false}, // not allocated
		{"vn_phone", "+1 212 555 0100", false},
		{"vn_phone", 912345678, false},
		{"vn_phone", "069 12345", false},  // a private network's (UAN): volunteers cannot call it
		{"vn_phone", "0691 23456", false}, // the same, six digits after 069
		{"vn_phone=uan", "069 12345", true},
		{"vn_phone=uan", "1022", false},
		{"vn_phone=service", "1800 1091", true},
		{"vn_phone=service", "1022", true},
		{"vn_phone=service", "069 12345", false},
		{"vn_phone=uan service", "069 12345", true},
		{"vn_phone=uan service", "1900 1234 56", true},
		{"vn_phone=uan service", "0912 345 678", true},
		{"vn_phone=uan", "0801 234 567", false}, // options do not admit what is not a number

		{"vn_mobile", "069 12345", false},

		{"vn_mobile", "0912 345 678", true},
		{"vn_mobile", "(028) 3829 1234", false},

		{"vn_date", "29/5/2025", true},
		{"vn_date", "ngày 29 tháng 5 năm 2025", true},
		{"vn_date", "2025-05-29", true},
		{"vn_date", "31/4/2025", false},
		{"vn_date", "29/5", false},

		{"vn_admin_code", "79", true},    // Hồ Chí Minh
		{"vn_admin_code", "25966", true}, // Phường Lái Thiêu
		{"vn_admin_code", "99", false},   // no such province
		{"vn_admin_code", "760", false},  // districts were abolished in 2025
		{"vn_admin_code", "7", false},    // level unclear without a parameter
		{"vn_admin_code", "02", false},   // Hà Giang, merged into Tuyên Quang
		{"vn_admin_code=province", "79", true},
		{"vn_admin_code=province", "4", true}, // Cao Bằng; spreadsheets drop leading zeros
		{"vn_admin_code=commune", "25966", true},
		{"vn_admin_code=commune", "79", false},
		{"vn_admin_code=district", "760", false},
		{"vn_admin_code=ward", "25966", false}, // unknown parameter
		{"vn_admin_code", 79, false},
	}
	for _, tt := range tests {
		err := v.Var(tt.value, tt.tag)
		assert.Equal(t, tt.ok, err == nil, "%s %#v: %v", tt.tag, tt.value, err)
	}
}

// Fields of this library's types are checked for being set. (validator's Var
// does not run tags on a bare struct value, so they are checked in structs.)
func TestTypedFields(t *testing.T) {
	type typed struct {
		ID     person.CCCD  `validate:"vn_cccd"`
		Any    person.CCCD  `validate:"vn_citizen_id"`
		Old    person.CMND  `validate:"vn_citizen_id"`
		Phone  person.Phone `validate:"vn_phone"`
		Mobile person.Phone `validate:"vn_mobile"`
		Day    vietnam.Date `validate:"vn_date"`
	}
	v := registered(t)
	old, err := person.ParseCMND("012345678")
	require.NoError(t, err)
	good := typed{
		ID:     person.MustParseCCCD("001099012345"),
		Any:    person.MustParseCCCD("001099012345"),
		Old:    old,
		Phone:  person.MustParsePhone("02838291234"),
		Mobile: person.MustParsePhone("0912345678"),
		Day:    vietnam.MustDate(2025, 5, 29),
	}
	assert.NoError(t, v.Struct(good))

	var errs validator.ValidationErrors
	require.True(t, errors.As(v.Struct(typed{Mobile: person.MustParsePhone("02838291234")}), &errs))
	var failed []string
	for _, fe := range errs {
		failed = append(failed, fe.Field()+" "+fe.Tag())
	}
	assert.Equal(t, []string{"ID vn_cccd", "Any vn_citizen_id", "Old vn_citizen_id", "Phone vn_phone", "Mobile vn_mobile", "Day vn_date"}, failed)

	// A typed phone of a private network fails vn_phone unless =uan.
	type contact struct {
		Phone    person.Phone `validate:"vn_phone"`
		Internal person.Phone `validate:"vn_phone=uan"`
	}
	uan := person.MustParsePhone("069 12345")
	assert.Error(t, v.Struct(contact{Phone: uan, Internal: uan}))
	assert.NoError(t, v.Struct(contact{Phone: good.Mobile, Internal: uan}))
}

func TestOmitempty(t *testing.T) {
	v := registered(t)
	assert.NoError(t, v.Var("", "omitempty,vn_phone"))
	assert.Error(t, v.Var("", "vn_phone"))
	var p *person.Phone
	assert.NoError(t, v.Var(p, "omitempty,vn_phone"))
	p = new(person.Phone)
	*p = person.MustParsePhone("0912 345 678")
	assert.NoError(t, v.Var(p, "vn_mobile"))
}

func TestRegisterNil(t *testing.T) {
	err := validate.Register(nil)
	assert.EqualError(t, err, "validate: register: nil validator or translator")
	assert.ErrorIs(t, err, validate.ErrNil)
	assert.ErrorIs(t, validate.RegisterTranslations(nil, nil), validate.ErrNil)
}

type form struct {
	CCCD    string `validate:"vn_cccd"`
	AnyID   string `validate:"omitempty,vn_citizen_id"`
	Phone   string `validate:"vn_phone"`
	Mobile  string `validate:"vn_mobile"`
	Birth   string `validate:"vn_date"`
	Place   string `validate:"vn_admin_code"`
	Commune string `validate:"vn_admin_code=commune"`
}

func translated(t *testing.T, locale string, f form) []string {
	t.Helper()
	v := registered(t)
	uni := ut.New(en.New(), en.New(), vi.New(), fr.New())
	trans, found := uni.GetTranslator(locale)
	require.True(t, found, locale)
	require.NoError(t, validate.RegisterTranslations(v, trans))
	var errs validator.ValidationErrors
	require.True(t, errors.As(v.Struct(f), &errs))
	var out []string
	for _, fe := range errs {
		out = append(out, fe.Translate(trans))
	}
	return out
}

func TestTranslations(t *testing.T) {
	tests := []struct {
		name   string
		form   form
		vi, en []string
	}{
		{
			name: "reasons",
			form: form{CCCD: "012345678", AnyID: "0123", Phone: "0912 345 67x", Mobile: "028 3829 1234", Birth: "31/4/2025", Place: "99", Commune: "79"},
			vi: []string{
				"CCCD là số CMND 9 chữ số, cần số CCCD 12 chữ số",
				"AnyID phải là số CCCD 12 chữ số hoặc số CMND 9 chữ số",
				"Phone chứa ký tự không phải chữ số",
				"Mobile là số cố định, cần số di động",
				"Birth phải là ngày hợp lệ (ngày/tháng/năm)",
				"Place phải là mã đơn vị hành chính đang có hiệu lực",
				"Commune phải là mã xã, phường, đặc khu đang có hiệu lực",
			},
			en: []string{
				"CCCD is a 9-digit CMND; a 12-digit CCCD is required",
				"AnyID must be a 12-digit CCCD or a 9-digit CMND number",
				"Phone contains characters that are not digits",
				"Mobile is a fixed line; a mobile number is required",
				"Birth must be a valid date (day/month/year)",
				"Place must be the code of an administrative unit in force",
				"Commune must be the code of a commune in force",
			},
		},
		{
			name: "more reasons",
			form: form{CCCD: "0010990123", Phone: "0912 345", Mobile: "+1 212 555 0100", Birth: "", Place: "", Commune: "00004"},
			vi: []string{
				"CCCD phải gồm đúng 12 chữ số",
				"Phone có số chữ số không đúng",
				"Mobile không phải số điện thoại Việt Nam (+84)",
				"Birth phải là ngày hợp lệ (ngày/tháng/năm)",
				"Place phải là mã đơn vị hành chính đang có hiệu lực",
			},
			en: []string{
				"CCCD must have exactly 12 digits",
				"Phone has the wrong number of digits",
				"Mobile is not a Vietnamese (+84) number",
				"Birth must be a valid date (day/month/year)",
				"Place must be the code of an administrative unit in force",
			},
		},
		{
			name: "place and century",
			form: form{CCCD: "001499012345", Phone: "0801 234 567", Mobile: "0912345678", Birth: "1/1/2000", Place: "79", Commune: "25966"},
			vi: []string{
				"CCCD có chữ số thứ tư (giới tính, thế kỷ) không hợp lệ",
				"Phone có đầu số không tồn tại",
			},
			en: []string{
				"CCCD has an invalid fourth digit (sex and century)",
				"Phone starts with a prefix that does not exist",
			},
		},
		{
			name: "future birth year and service numbers",
			form: form{CCCD: "001299012345", Phone: "1022", Mobile: "1800 1091", Birth: "1/1/2000", Place: "79", Commune: "25966"},
			vi: []string{
				"CCCD có năm sinh sau năm hiện tại",
				"Phone là số tổng đài dịch vụ, cần số thuê bao",
				"Mobile là số tổng đài dịch vụ, cần số thuê bao",
			},
			en: []string{
				"CCCD has a birth year after the current year",
				"Phone is a service number; a subscriber's number is required",
				"Mobile is a service number; a subscriber's number is required",
			},
		},
		{
			name: "private-network phone",
			form: form{CCCD: "001099012345", Phone: "069 12345", Mobile: "0691 23456", Birth: "1/1/2000", Place: "79", Commune: "25966"},
			vi: []string{
				"Phone là số mạng dùng riêng (UAN), không gọi được từ điện thoại thông thường; cần số thuê bao",
				"Mobile là số mạng dùng riêng (UAN), không gọi được từ điện thoại thông thường; cần số thuê bao",
			},
			en: []string{
				"Phone is a private-network (UAN) number that ordinary phones cannot call; a subscriber's number is required",
				"Mobile is a private-network (UAN) number that ordinary phones cannot call; a subscriber's number is required",
			},
		},
		{
			name: "place code",
			form: form{CCCD: "097099012345", Phone: "0912345678", Mobile: "0912345678", Birth: "1/1/2000", Place: "79", Commune: "25966"},
			vi:   []string{"CCCD có mã nơi đăng ký khai sinh (3 số đầu) không hợp lệ"},
			en:   []string{"CCCD has an invalid place-of-birth code (first 3 digits)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.vi, translated(t, "vi", tt.form)); diff != "" {
				t.Errorf("vi (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.en, translated(t, "en", tt.form)); diff != "" {
				t.Errorf("en (-want +got):\n%s", diff)
			}
			// Locales other than Vietnamese get English.
			if diff := cmp.Diff(tt.en, translated(t, "fr", tt.form)); diff != "" {
				t.Errorf("fr (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTranslationOfTypedFields(t *testing.T) {
	type typed struct {
		ID    person.CCCD  `validate:"vn_cccd"`
		Phone person.Phone `validate:"vn_mobile"`
		Day   vietnam.Date `validate:"vn_date"`
	}
	v := registered(t)
	uni := ut.New(vi.New(), vi.New())
	trans, _ := uni.GetTranslator("vi")
	require.NoError(t, validate.RegisterTranslations(v, trans))
	var errs validator.ValidationErrors
	require.True(t, errors.As(v.Struct(typed{Phone: person.MustParsePhone("02838291234")}), &errs))
	var got []string
	for _, fe := range errs {
		got = append(got, fe.Translate(trans))
	}
	want := []string{
		"ID phải là số CCCD gồm 12 chữ số",
		"Phone phải là số điện thoại di động Việt Nam hợp lệ",
		"Day phải là ngày hợp lệ (ngày/tháng/năm)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
