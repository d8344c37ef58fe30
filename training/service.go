package training

import (
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Service is a kind of help a volunteer gives a citizen one to one. Assisted
// services are counted apart from classes: a province reports "200.000
// tài khoản SmartCA" whether or not anyone attended a class. The zero
// Service is unknown.
type Service uint8

// The assisted services of the movement.
const (
	ServiceUnknown      Service = iota
	VNeIDLevel2                 // VNeID level-2 electronic identity activated
	SmartCA                     // SmartCA remote digital-signature account opened
	OnlinePublicService         // an online public-service dossier submitted
	EPayment                    // an e-payment account or wallet opened
	AppInstall                  // an app installed (a province's own citizen app)
	FraudAwareness              // a fraud-awareness session given
)

var serviceInfo = []names{
	ServiceUnknown:      {"unknown", "Không rõ", "Unknown"},
	VNeIDLevel2:         {"vneid2", "Kích hoạt định danh điện tử VNeID mức 2", "VNeID level-2 activation"},
	SmartCA:             {"smartca", "Tài khoản chữ ký số SmartCA", "SmartCA digital-signature account"},
	OnlinePublicService: {"dvc", "Hồ sơ dịch vụ công trực tuyến", "Online public-service dossier"},
	EPayment:            {"thanh_toan", "Tài khoản thanh toán điện tử", "E-payment account"},
	AppInstall:          {"ung_dung", "Cài đặt ứng dụng", "App install"},
	FraudAwareness:      {"lua_dao", "Tuyên truyền phòng chống lừa đảo", "Fraud-awareness session"},
}

// Services returns the known services in order.
func Services() []Service {
	return []Service{VNeIDLevel2, SmartCA, OnlinePublicService, EPayment, AppInstall, FraudAwareness}
}

// String returns the service's stable code ("smartca").
func (s Service) String() string { return nameOf(serviceInfo, s, "Service").code }

// VI returns the Vietnamese name of the service.
func (s Service) VI() string { return nameOf(serviceInfo, s, "Service").vi }

// EN returns the English name of the service.
func (s Service) EN() string { return nameOf(serviceInfo, s, "Service").en }

// ParseService reads a service from its code or from words a volunteer
// sheet uses ("VNeID", "SmartCA", "chữ ký số", "DVC", "dịch vụ công",
// "thanh toán", "ví điện tử", "cài app", "lừa đảo"), with or without tones.
func ParseService(s string) (Service, error) {
	f := vietnam.Fold(s)
	if v, ok := codeIn[Service](serviceInfo, f); ok {
		return v, nil
	}
	switch {
	case strings.Contains(f, "vneid") || strings.Contains(f, "dinh danh"):
		return VNeIDLevel2, nil
	case strings.Contains(f, "smartca") || strings.Contains(f, "smart ca") || strings.Contains(f, "chu ky so"):
		return SmartCA, nil
	case f == "dvc" || strings.Contains(f, "dich vu cong") || strings.Contains(f, "dvctt"):
		return OnlinePublicService, nil
	case strings.Contains(f, "thanh toan") || strings.Contains(f, "vi dien tu") || strings.Contains(f, "payment"):
		return EPayment, nil
	case strings.Contains(f, "ung dung") || strings.Contains(f, "app"):
		return AppInstall, nil
	case strings.Contains(f, "lua dao") || strings.Contains(f, "fraud"):
		return FraudAwareness, nil
	}
	return ServiceUnknown, fmt.Errorf("training: service %q: not a known service", truncate(s, 40))
}

// MarshalText encodes the service as its code.
func (s Service) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes anything ParseService accepts.
func (s *Service) UnmarshalText(b []byte) error {
	v, err := ParseService(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// A ServiceEvent is one assisted service: which volunteer helped which
// citizen, for which unit, on which day.
type ServiceEvent struct {
	Service Service      `json:"service"`
	Helper  string       `json:"helper"`  // the volunteer's ID
	Citizen LearnerID    `json:"citizen"` // the person helped
	Unit    org.ID       `json:"unit"`    // the unit the help counts for
	Date    vietnam.Date `json:"date"`
	Detail  string       `json:"detail,omitempty"` // app name, dossier number…
}
