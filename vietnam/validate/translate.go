package validate

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// message is one translatable text: key in the translator, Vietnamese and
// English text. {0} is the field name, {1} the tag parameter.
type message struct {
	key    string
	vi, en string
}

// reason ties a sentinel error of package person to the message that
// explains it, so that a volunteer knows what to fix.
type reason struct {
	err error
	message
}

// The reasons a CCCD or a phone number fails, in the order they are tested.
var cccdReasons = []reason{
	{person.ErrIsCMND, message{"vn_cccd.cmnd", "{0} là số CMND 9 chữ số, cần số CCCD 12 chữ số", "{0} is a 9-digit CMND; a 12-digit CCCD is required"}},
	{person.ErrIDSyntax, message{"vn_cccd.syntax", "{0} chỉ được chứa chữ số", "{0} must contain digits only"}},
	{person.ErrIDLength, message{"vn_cccd.length", "{0} phải gồm đúng 12 chữ số", "{0} must have exactly 12 digits"}},
	{person.ErrIDPlace, message{"vn_cccd.place", "{0} có mã nơi đăng ký khai sinh (3 số đầu) không hợp lệ", "{0} has an invalid place-of-birth code (first 3 digits)"}},
	{person.ErrIDCentury, message{"vn_cccd.century", "{0} có chữ số thứ tư (giới tính, thế kỷ) không hợp lệ", "{0} has an invalid fourth digit (sex and century)"}},
	{person.ErrIDFuture, message{"vn_cccd.future", "{0} có năm sinh sau năm hiện tại", "{0} has a birth year after the current year"}},
}

var phoneReasons = []reason{
	{person.ErrPhoneSyntax, message{"vn_phone.syntax", "{0} chứa ký tự không phải chữ số", "{0} contains characters that are not digits"}},
	{person.ErrPhoneLength, message{"vn_phone.length", "{0} có số chữ số không đúng", "{0} has the wrong number of digits"}},
	{person.ErrPhoneCountry, message{"vn_phone.country", "{0} không phải số điện thoại Việt Nam (+84)", "{0} is not a Vietnamese (+84) number"}},
	{person.ErrPhonePrefix, message{"vn_phone.prefix", "{0} có đầu số không tồn tại", "{0} starts with a prefix that does not exist"}},
}

// messages returns the texts of the tags, of the kinds of number a tag
// refuses, and of the reasons above.
func messages() []message {
	ms := []message{
		{TagCCCD, "{0} phải là số CCCD gồm 12 chữ số", "{0} must be a 12-digit CCCD number"},
		{TagCitizenID, "{0} phải là số CCCD 12 chữ số hoặc số CMND 9 chữ số", "{0} must be a 12-digit CCCD or a 9-digit CMND number"},

		{TagPhone, "{0} phải là số điện thoại Việt Nam hợp lệ", "{0} must be a valid Vietnamese phone number"},
		{TagMobile, "{0} phải là số điện thoại di động Việt Nam hợp lệ", "{0} must be a valid Vietnamese mobile number"},
		{"vn_mobile.fixed", "{0} là số cố định, cần số di động", "{0} is a fixed line; a mobile number is required"},
		{"vn_phone.service", "{0} là số tổng đài dịch vụ, cần số thuê bao", "{0} is a service number; a subscriber's number is required"},
		{"vn_phone.uan", "{0} là số mạng dùng riêng (UAN), không gọi được từ điện thoại thông thường; cần số thuê bao", "{0} is a private-network (UAN) number that ordinary phones cannot call; a subscriber's number is required"},

		{TagDate, "{0} phải là ngày hợp lệ (ngày/tháng/năm)", "{0} must be a valid date (day/month/year)"},
		{TagAdminCode, "{0} phải là mã đơn vị hành chính đang có hiệu lực", "{0} must be the code of an administrative unit in force"},
		{"vn_admin_code.province", "{0} phải là mã tỉnh, thành phố đang có hiệu lực", "{0} must be the code of a province in force"},
		{"vn_admin_code.commune", "{0} phải là mã xã, phường, đặc khu đang có hiệu lực", "{0} must be the code of a commune in force"},
		{"vn_admin_code.district", "{0} phải là mã quận, huyện đang có hiệu lực", "{0} must be the code of a district in force"},
	}
	for _, r := range slices.Concat(cccdReasons, phoneReasons) {
		ms = append(ms, r.message)
	}
	return ms
}

// RegisterTranslations adds messages for this package's tags to trans, in
// Vietnamese when trans's locale is Vietnamese ("vi", "vi_VN") and in English
// otherwise. Register the validator's own translations for the standard tags
// first (validator/v10/translations/vi or /en), then call this.
//
// Messages for vn_cccd and vn_phone say what is wrong ("chỉ được chứa chữ
// số", "là số CMND 9 chữ số…"), so that whoever typed the value can fix it.
func RegisterTranslations(v *validator.Validate, trans ut.Translator) error {
	if v == nil || trans == nil {
		return fmt.Errorf("validate: register translations: %w", ErrNil)
	}
	vi := strings.HasPrefix(strings.ToLower(trans.Locale()), "vi")
	for _, m := range messages() {
		text := m.en
		if vi {
			text = m.vi
		}
		if err := trans.Add(m.key, text, true); err != nil {
			return fmt.Errorf("validate: translation %s: %w", m.key, err)
		}
	}
	for _, r := range rules() {
		if err := v.RegisterTranslation(r.tag, trans, noop, translate); err != nil {
			return fmt.Errorf("validate: registering translation for %s: %w", r.tag, err)
		}
	}
	return nil
}

// noop: the texts are added above, once, with their sub-keys.
func noop(ut.Translator) error { return nil }

// translate picks the most specific message for the failed field.
func translate(trans ut.Translator, fe validator.FieldError) string {
	key := keyFor(fe)
	msg, err := trans.T(key, fe.Field(), fe.Param())
	if err != nil {
		msg, err = trans.T(fe.Tag(), fe.Field(), fe.Param())
	}
	if err != nil {
		return fe.Error()
	}
	return msg
}

func keyFor(fe validator.FieldError) string {
	s, isString := fe.Value().(string)
	if !isString {
		if v := reflect.ValueOf(fe.Value()); v.IsValid() && v.Kind() == reflect.String {
			s, isString = v.String(), true
		}
	}
	switch fe.Tag() {
	case TagCCCD:
		if isString {
			_, err := person.ParseCCCD(s)
			for _, r := range cccdReasons {
				if errors.Is(err, r.err) {
					return r.key
				}
			}
		}
	case TagPhone, TagMobile:
		if !isString {
			break
		}
		p, err := person.ParsePhone(s)
		switch {
		case err == nil && p.Kind().IsService():
			return "vn_phone.service"
		case err == nil && p.Kind() == person.UAN:
			return "vn_phone.uan"
		case err == nil && fe.Tag() == TagMobile && p.Kind() != person.Mobile:
			return "vn_mobile.fixed"
		}
		for _, r := range phoneReasons {
			if errors.Is(err, r.err) {
				return r.key
			}
		}
	case TagAdminCode:
		if _, ok := levelOf(fe.Param()); ok {
			return TagAdminCode + "." + fe.Param()
		}
	}
	return fe.Tag()
}
