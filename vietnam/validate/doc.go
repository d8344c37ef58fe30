// Package validate plugs the Vietnamese checks of this library into
// github.com/go-playground/validator/v10, so that a registration form or an
// imported roster row can be checked with struct tags:
//
//	type Registration struct {
//		CCCD    string `validate:"required,vn_cccd"`
//		Phone   string `validate:"required,vn_mobile"`
//		Home    string `validate:"omitempty,vn_phone"`
//		Birth   string `validate:"required,vn_date"`
//		Commune string `validate:"required,vn_admin_code=commune"`
//	}
//
//	v := validator.New()
//	if err := validate.Register(v); err != nil { … }
//
// # Tags
//
//	vn_cccd        a 12-digit CCCD (person.ParseCCCD); a 9-digit CMND fails
//	vn_citizen_id  a 12-digit CCCD or a 9-digit CMND, for older records
//	vn_phone       a subscriber's phone number, mobile, fixed or VoIP, in
//	               any usual form; old 11-digit mobiles, pre-2017 area codes
//	               and 0992 VSAT numbers pass, because person.ParsePhone
//	               migrates them; store p.E164(). Service numbers (1800,
//	               1900, 1022, 113) fail: they are nobody's own number;
//	               so do private-network numbers (person.UAN: 069…),
//	               which ordinary phones cannot call. vn_phone=service,
//	               vn_phone=uan or vn_phone=uan service lets them pass,
//	               for a field that is not a contact number
//	vn_mobile      the same, mobile numbers only
//	vn_date        a date as Vietnamese write it (vietnam.ParseDate): 29/5/2025,
//	               ngày 29 tháng 5 năm 2025, 2025-05-29
//	vn_admin_code  the code of an administrative unit in force in the newest
//	               data of vietnam/admin (admin.Current); =province or
//	               =commune fixes the level, otherwise 2 digits mean a
//	               province and 5 a commune; convert pre-2025 codes
//	               with admin.Successors first
//
// The tags also accept fields of type person.CCCD, person.CMND,
// person.Phone and vietnam.Date, which are valid when not zero.
//
// # Messages
//
// RegisterTranslations adds Vietnamese or English messages through the
// validator's own translation mechanism (go-playground/universal-translator),
// choosing the language from the translator's locale. Messages for CCCD and
// phone numbers say what is wrong: "Số CCCD chỉ được chứa chữ số",
// "Số CCCD là số CMND 9 chữ số, cần số CCCD 12 chữ số".
//
// # Concurrency
//
// Register and RegisterTranslations change the validator and translator they
// are given: call them once, before use, as validator requires. The
// validations themselves are safe for concurrent use.
package validate
