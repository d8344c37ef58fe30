package training

import (
	"github.com/hocvuso/hocvuso/training/vocab"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Service is the code of a kind of help a volunteer gives one to one
// (assisted services are counted apart from classes: a province reports
// "200.000 tài khoản SmartCA" whether or not anyone attended a class).
// The national services are constants; a program adds its own (its
// province's app, a contest) as terms of a vocab.Vocabulary. The zero Service
// is none: the row is not an assisted service.
type Service string

// The national services. Their codes are stable: indicator codes are
// built from them ("dv_smartca").
const (
	// VNeIDLevel2: a level-2 electronic identity (định danh điện tử mức 2)
	// activated on VNeID.
	VNeIDLevel2 Service = "vneid2"
	// SmartCA: a remote digital-signature account opened, for a person or
	// an organisation (see BySubject).
	SmartCA Service = "smartca"
	// OnlinePublicService: a dossier submitted on Cổng dịch vụ công. A
	// row that says which level counts as "dvc_muc_3" (mức độ 3, partly
	// online) or "dvc_muc_4" (mức độ 4, "toàn trình"), terms whose parent
	// is this one.
	OnlinePublicService Service = "dvc"
	// Hotline1022: a citizen shown how to use Tổng đài 1022, the
	// provinces' public-service hotline.
	Hotline1022 Service = "tong_dai_1022"
	// EPayment: an account or wallet for cashless payment opened.
	EPayment Service = "thanh_toan"
	// AppInstall: an app installed; a province's own app is a program
	// term with this parent.
	AppInstall Service = "ung_dung"
	// FraudAwareness: a session on online fraud given.
	FraudAwareness Service = "lua_dao"
	// AIClass: a class on using artificial intelligence (AI) tools.
	AIClass Service = "ai"
)

// nationalServices are the services every program counts, with the words
// volunteers type for them on rosters.
var nationalServices = []vocab.Term{
	{Code: string(VNeIDLevel2), VI: "Kích hoạt định danh điện tử mức 2", EN: "VNeID level-2 activation", Aliases: []string{
		"VNeID", "VNeID mức 2", "VNeID mức độ 2", "VNeID level 2", "định danh điện tử", "định danh điện tử mức 2",
		"định danh mức 2", "kích hoạt VNeID", "kích hoạt VNeID mức 2", "kích hoạt định danh điện tử",
		"kích hoạt tài khoản định danh điện tử mức 2", "tài khoản định danh điện tử mức 2", "kích hoạt định danh điện tử VNeID mức 2",
		"ĐDĐT mức 2", "TKĐDĐT mức 2"}},
	{Code: string(SmartCA), VI: "Chữ ký số SmartCA", EN: "SmartCA digital-signature account", Aliases: []string{
		"SmartCA", "Smart CA", "VNPT SmartCA", "chữ ký số", "chữ ký số cá nhân", "chữ ký số từ xa", "ký số",
		"tài khoản SmartCA", "tài khoản chữ ký số", "tài khoản chữ ký số SmartCA", "cấp chữ ký số", "đăng ký chữ ký số"}},
	{Code: string(OnlinePublicService), VI: "Dịch vụ công trực tuyến", EN: "Online public service", Aliases: []string{
		"DVC", "DVCTT", "DVC trực tuyến", "dịch vụ công", "Cổng dịch vụ công", "Cổng dịch vụ công quốc gia",
		"hồ sơ dịch vụ công trực tuyến", "nộp hồ sơ trực tuyến", "nộp hồ sơ dịch vụ công", "thủ tục hành chính trực tuyến"}},
	{Code: "dvc_muc_3", Parent: string(OnlinePublicService), VI: "Dịch vụ công trực tuyến mức độ 3",
		EN: "Online public service, level 3", Aliases: []string{"DVC mức 3", "DVC mức độ 3", "DVCTT mức 3", "DVCTT mức độ 3",
			"dịch vụ công mức 3", "dịch vụ công mức độ 3", "dịch vụ công trực tuyến mức 3", "DVCTT một phần",
			"dịch vụ công trực tuyến một phần"}},
	{Code: "dvc_muc_4", Parent: string(OnlinePublicService), VI: "Dịch vụ công trực tuyến mức độ 4",
		EN: "Online public service, level 4", Aliases: []string{"DVC mức 4", "DVC mức độ 4", "DVCTT mức 4", "DVCTT mức độ 4",
			"dịch vụ công mức 4", "dịch vụ công mức độ 4", "dịch vụ công trực tuyến mức 4", "DVC toàn trình", "DVCTT toàn trình",
			"dịch vụ công trực tuyến toàn trình", "dịch vụ công toàn trình"}},
	{Code: string(Hotline1022), VI: "Tổng đài 1022", EN: "1022 public-service hotline", Aliases: []string{
		"1022", "tổng đài dịch vụ công 1022", "hướng dẫn gọi 1022", "gọi tổng đài 1022", "hotline 1022"}},
	{Code: string(EPayment), VI: "Thanh toán không dùng tiền mặt", EN: "Cashless payment", Aliases: []string{
		"thanh toán", "thanh toán điện tử", "thanh toán trực tuyến", "tài khoản thanh toán", "tài khoản thanh toán điện tử",
		"ví điện tử", "mở ví điện tử", "mở tài khoản ngân hàng", "e-payment", "thanh toán không tiền mặt", "TTKDTM"}},
	{Code: string(AppInstall), VI: "Cài đặt ứng dụng", EN: "App install", Aliases: []string{
		"cài app", "cài đặt app", "cài ứng dụng", "cài đặt ứng dụng di động"}},
	{Code: string(FraudAwareness), VI: "Phòng chống lừa đảo trực tuyến", EN: "Online fraud awareness", Aliases: []string{
		"phòng chống lừa đảo", "chống lừa đảo", "lừa đảo", "tuyên truyền phòng chống lừa đảo",
		"phòng chống lừa đảo qua mạng", "nhận diện lừa đảo", "fraud awareness"}},
	{Code: string(AIClass), VI: "Lớp học trí tuệ nhân tạo (AI)", EN: "AI class", Aliases: []string{
		"AI", "lớp AI", "học AI", "trí tuệ nhân tạo", "ứng dụng AI", "sử dụng AI", "ứng dụng trí tuệ nhân tạo",
		"AI class", "AI classes"}},
}

// NationalServices returns the national services, to use as they are or
// to extend with a program's own (With).
func NationalServices() *vocab.Vocabulary { return builtin(nationalServices) }

// Label returns the name of a national service in the language; a
// program's own service, whose names its vocabulary holds, returns its
// code.
func (s Service) Label(l vietnam.Lang) string { return labelOf(nationalServices, string(s), l) }

// builtin builds a vocabulary of this package's own tables, which the
// tests check once.
func builtin(terms []vocab.Term) *vocab.Vocabulary {
	v, err := vocab.New(terms...)
	if err != nil {
		panic(err)
	}
	return v
}

// labelOf finds code in a built-in table.
func labelOf(table []vocab.Term, code string, l vietnam.Lang) string {
	for _, t := range table {
		if t.Code == code {
			return t.Label(l)
		}
	}
	return code
}
