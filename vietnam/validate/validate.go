package validate

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// The tags Register adds.
const (
	TagCCCD      = "vn_cccd"       // a 12-digit CCCD citizen ID (person.ParseCCCD)
	TagCitizenID = "vn_citizen_id" // a 12-digit CCCD or a 9-digit CMND, for older records
	TagPhone     = "vn_phone"      // a Vietnamese subscriber number, mobile, fixed or VoIP (person.ParsePhone); service numbers (1800, 1900, 1022, 113) and private-network numbers (UAN, 069…) fail unless =service or =uan allows them
	TagMobile    = "vn_mobile"     // a Vietnamese mobile number
	TagDate      = "vn_date"       // a date as Vietnamese write it (vietnam.ParseDate)
	TagAdminCode = "vn_admin_code" // the code of an administrative unit in force today
)

type rule struct {
	tag string
	fn  validator.Func
}

func rules() []rule {
	return []rule{
		{TagCCCD, validCCCD},
		{TagCitizenID, validCitizenID},
		{TagPhone, validPhone},
		{TagMobile, validMobile},
		{TagDate, validDate},
		{TagAdminCode, validAdminCode},
	}
}

// ErrNil is wrapped by the error of Register and RegisterTranslations
// when the validator or the translator is nil.
var ErrNil = errors.New("nil validator or translator")

// Register adds the tags vn_cccd, vn_citizen_id, vn_phone, vn_mobile,
// vn_date and vn_admin_code to v. Each applies to string fields, and to fields of the
// matching type of this library (person.CCCD, person.CMND, person.Phone,
// vietnam.Date),
// which are valid when not zero. Like validator's own tags, they fail on an
// empty string; add omitempty to make a field optional.
//
// vn_admin_code takes the level as a parameter: vn_admin_code=province or
// =commune. Without one, the level is read from the length of the code:
// 2 digits a province, 5 a commune. It accepts the units of the newest
// state the embedded data describes (admin.Current, as of
// admin.DataVersion). A pre-2025 code passes only when its digits were
// reused for a 2025 unit, which is then another place: convert old codes
// with admin.Successors before validating them.
// =district is accepted as a parameter, but no code passes it, since
// districts ended on 1/7/2025.
//
// Register only adds validations; call RegisterTranslations for messages.
// A nil v is an error wrapping ErrNil.
func Register(v *validator.Validate) error {
	if v == nil {
		return fmt.Errorf("validate: register: %w", ErrNil)
	}
	for _, r := range rules() {
		if err := v.RegisterValidation(r.tag, r.fn); err != nil {
			return fmt.Errorf("validate: registering %s: %w", r.tag, err)
		}
	}
	return nil
}

func stringOf(fl validator.FieldLevel) (string, bool) {
	f := fl.Field()
	if f.Kind() == reflect.String {
		return f.String(), true
	}
	return "", false
}

func valueOf(fl validator.FieldLevel) any {
	f := fl.Field()
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	return f.Interface()
}

// fieldOf reads the field as a T: a string by parse, or a T that is not
// zero.
func fieldOf[T interface{ IsZero() bool }](fl validator.FieldLevel, parse func(string) (T, error)) (T, bool) {
	if s, ok := stringOf(fl); ok {
		v, err := parse(s)
		return v, err == nil
	}
	v, ok := valueOf(fl).(T)
	return v, ok && !v.IsZero()
}

func validCCCD(fl validator.FieldLevel) bool {
	_, ok := fieldOf(fl, person.ParseCCCD)
	return ok
}

func validCitizenID(fl validator.FieldLevel) bool {
	if s, ok := stringOf(fl); ok {
		_, err := person.ParseCCCD(s)
		if errors.Is(err, person.ErrIsCMND) {
			_, err = person.ParseCMND(s)
		}
		return err == nil
	}
	switch v := valueOf(fl).(type) {
	case person.CCCD:
		return !v.IsZero()
	case person.CMND:
		return !v.IsZero()
	}
	return false
}

// validPhone accepts a subscriber's number: a person's contact field
// holding a hotline (1022) or a toll-free number is a data-entry error,
// and a private-network number (UAN) cannot be called back from an
// ordinary phone. The parameter lists, separated by spaces, the kinds a
// field may hold besides: "service", "uan".
func validPhone(fl validator.FieldLevel) bool {
	p, ok := fieldOf(fl, person.ParsePhone)
	if !ok {
		return false
	}
	service, uan := phoneOptions(fl.Param())
	switch {
	case p.Kind().IsService():
		return service
	case p.Kind() == person.UAN:
		return uan
	}
	return true
}

// phoneOptions reads vn_phone's parameter. An unknown word is a mistake in
// the program's tags, not in the data, so it panics, as validator's own
// tags do with a bad parameter.
func phoneOptions(param string) (service, uan bool) {
	for _, w := range strings.Fields(param) {
		switch w {
		case "service":
			service = true
		case "uan":
			uan = true
		default:
			panic(fmt.Sprintf("validate: %s=%s: unknown option %q, want service or uan", TagPhone, param, w))
		}
	}
	return service, uan
}

func validMobile(fl validator.FieldLevel) bool {
	p, ok := fieldOf(fl, person.ParsePhone)
	return ok && p.Kind() == person.Mobile
}

func validDate(fl validator.FieldLevel) bool {
	_, ok := fieldOf(fl, vietnam.ParseDate)
	return ok
}

func levelOf(param string) (admin.Level, bool) {
	switch param {
	case "province":
		return admin.LevelProvince, true
	case "district":
		return admin.LevelDistrict, true
	case "commune":
		return admin.LevelCommune, true
	}
	return admin.LevelUnknown, false
}

func validAdminCode(fl validator.FieldLevel) bool {
	s, ok := stringOf(fl)
	if !ok {
		return false
	}
	s = strings.TrimSpace(s)
	level, named := levelOf(fl.Param())
	if !named {
		if fl.Param() != "" {
			return false
		}
		switch len(s) {
		case 2:
			level = admin.LevelProvince
		case 5:
			level = admin.LevelCommune
		default:
			return false
		}
	}
	_, ok = admin.Current().Lookup(level, s)
	return ok
}
