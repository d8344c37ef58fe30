package validate_test

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/vi"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	entrans "github.com/go-playground/validator/v10/translations/en"
	vitrans "github.com/go-playground/validator/v10/translations/vi"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
	"github.com/hocvuso/hocvuso/vietnam/validate"
)

// Registration is a sign-up form for a digital-skills class. The label tag
// gives the field names used in messages.
type Registration struct {
	FullName string `label:"Họ và tên" validate:"required"`
	CCCD     string `label:"Số CCCD" validate:"required,vn_cccd"`
	Phone    string `label:"Số điện thoại" validate:"required,vn_mobile"`
	Birth    string `label:"Ngày sinh" validate:"required,vn_date"`
	Commune  string `label:"Mã xã/phường" validate:"required,vn_admin_code=commune"`
}

// newValidator returns a validator with this package's tags and the
// messages of one language.
func newValidator(lang string) (*validator.Validate, ut.Translator) {
	v := validator.New()
	v.RegisterTagNameFunc(func(f reflect.StructField) string { return f.Tag.Get("label") })
	if err := validate.Register(v); err != nil {
		panic(err)
	}
	uni := ut.New(en.New(), vi.New(), en.New())
	trans, _ := uni.GetTranslator(lang)
	var err error
	if lang == "vi" {
		err = vitrans.RegisterDefaultTranslations(v, trans)
	} else {
		err = entrans.RegisterDefaultTranslations(v, trans)
	}
	if err == nil {
		err = validate.RegisterTranslations(v, trans)
	}
	if err != nil {
		panic(err)
	}
	return v, trans
}

func printErrors(err error, trans ut.Translator) {
	var errs validator.ValidationErrors
	if !errors.As(err, &errs) {
		fmt.Println(err)
		return
	}
	for _, fe := range errs {
		fmt.Println(fe.Translate(trans))
	}
}

func Example() {
	v, trans := newValidator("vi")

	ok := Registration{
		FullName: "Nguyễn Thị Minh Khai",
		CCCD:     "001 099 012 345",
		Phone:    "0168 123 4567", // an 11-digit number from before 2018 still passes
		Birth:    "12/3/1999",
		Commune:  "25966", // Phường Lái Thiêu
	}
	fmt.Println("hợp lệ:", v.Struct(ok) == nil)

	bad := Registration{
		CCCD:    "012 345 678",
		Phone:   "028 3829 1234",
		Birth:   "31/4/1999",
		Commune: "99999",
	}
	printErrors(v.Struct(bad), trans)
	// Output:
	// hợp lệ: true
	// Họ và tên không được bỏ trống
	// Số CCCD là số CMND 9 chữ số, cần số CCCD 12 chữ số
	// Số điện thoại là số cố định, cần số di động
	// Ngày sinh phải là ngày hợp lệ (ngày/tháng/năm)
	// Mã xã/phường phải là mã xã, phường, đặc khu đang có hiệu lực
}

func ExampleRegisterTranslations_english() {
	v, trans := newValidator("en")
	printErrors(v.Struct(Registration{
		FullName: "Lê Văn An",
		CCCD:     "00109901234x",
		Phone:    "0801 234 567",
		Birth:    "29/5/2025",
		Commune:  "25966",
	}), trans)
	// Output:
	// Số CCCD must contain digits only
	// Số điện thoại starts with a prefix that does not exist
}

func ExampleRegister() {
	v := validator.New()
	if err := validate.Register(v); err != nil {
		fmt.Println(err)
		return
	}
	for _, tt := range []struct{ value, tag string }{
		{"001099012345", "vn_cccd"},
		{"0912.345.678", "vn_phone"},
		{"(028) 3829 1234", "vn_mobile"},
		{"ngày 29 tháng 5 năm 2025", "vn_date"},
		{"79", "vn_admin_code"},
		{"79", "vn_admin_code=commune"},
	} {
		fmt.Printf("%-26q %-22s %v\n", tt.value, tt.tag, v.Var(tt.value, tt.tag) == nil)
	}
	// Output:
	// "001099012345"             vn_cccd                true
	// "0912.345.678"             vn_phone               true
	// "(028) 3829 1234"          vn_mobile              false
	// "ngày 29 tháng 5 năm 2025" vn_date                true
	// "79"                       vn_admin_code          true
	// "79"                       vn_admin_code=commune  false
}

func ExampleRegister_typedFields() {
	// Fields already parsed into this library's types are valid when set.
	type Learner struct {
		CCCD  person.CCCD  `validate:"vn_cccd"`
		Phone person.Phone `validate:"omitempty,vn_mobile"`
		Birth vietnam.Date `validate:"vn_date"`
	}
	v := validator.New()
	if err := validate.Register(v); err != nil {
		fmt.Println(err)
		return
	}
	full := Learner{
		CCCD:  person.MustParseCCCD("074204001234"),
		Phone: person.MustParsePhone("0912 345 678"),
		Birth: vietnam.MustParseDate("12/3/2004"),
	}
	fmt.Println(v.Struct(full) == nil)

	var errs validator.ValidationErrors
	if errors.As(v.Struct(Learner{}), &errs) {
		for _, fe := range errs {
			fmt.Println(fe.Field(), fe.Tag())
		}
	}
	// Output:
	// true
	// CCCD vn_cccd
	// Birth vn_date
}
