package example

import "github.com/hocvuso/hocvuso/vietnam"

// words are the words the dashboards share, in Vietnamese and English,
// by key; a scenario's own words (labels naming its province) are in its
// scenario.go. One table, so that a word and its translation stand side
// by side and a key is written once.
var words = map[string][2]string{
	// the head of a dashboard
	"window": {"Thời gian", "Window"},
	"day":    {"ngày %d/%d", "day %d of %d"},
	"asof":   {"Số liệu đến hết ngày %s.", "Figures to the end of %s."},
	// the progress tables and the totals check
	"unit":       {"Đơn vị", "Unit"},
	"actual":     {"Thực hiện", "Actual"},
	"target":     {"Chỉ tiêu", "Target"},
	"achieved":   {"Đạt", "Done"},
	"expected":   {"Cần có", "Due now"},
	"status":     {"Trạng thái", "Status"},
	"projection": {"Dự báo %s", "Proj. %s"},
	"check":      {"KIỂM TRA TỔNG (%s)", "TOTALS CHECK (%s)"},
	"match":      {"khớp", "match"},
	"mismatch":   {"LỆCH", "MISMATCH"},
	// what became of a roster
	"roster":         {"DANH SÁCH NGƯỜI THAM GIA", "ROSTER"},
	"generated":      {"danh sách tạo mẫu có sai sót như thực tế", "generated roster with real-life mistakes"},
	"rows":           {"%s dòng: nhận %s, loại %s, sửa %s ô, gộp %s dòng trùng → %s người", "%s rows: %s accepted, %s rejected, %s cells fixed, %s duplicate rows merged → %s people"},
	"rejected":       {"Lý do loại", "Rejected"},
	"fixed":          {"Đã sửa", "Fixed"},
	"address":        {"Địa chỉ không xác định được xã/phường trong tỉnh: %s dòng (tính cho %s)", "Addresses naming no commune of the province: %s rows (counted for %s)"},
	"ambiguous":      {"Địa chỉ đọc được thành nhiều xã/phường (không chọn thay): %s dòng (tính cho %s)", "Addresses that read as several communes (none picked): %s rows (counted for %s)"},
	"candidates":     {"%s: %s dòng, ví dụ %q", "%s: %s rows, e.g. %q"},
	"ambiguouscheck": {"%s dòng có địa chỉ đọc được thành nhiều xã/phường: có trong cả hai tổng, tính cho %s (đơn vị cũ) và %s (đơn vị mới), không cho xã nào.", "%s rows whose address reads as several communes: in both totals, counted for %s (former units) and %s (new units), for no commune."},
	"conflicts":      {"Người có thông tin không khớp giữa các dòng: %s", "People whose rows disagree on a field: %s"},
	"nodate":         {"Dòng không ghi ngày (có trong số người, không tính vào tiến độ): %s", "Rows without a date (counted as people, not in progress): %s"},
	"sample":         {"Lưu ý: danh sách tạo mẫu nhỏ hơn quy mô chiến dịch thật, nên các chỉ tiêu số lượng đều chậm; dùng -roster với danh sách thật.", "Note: the generated roster is smaller than the real campaign, so count targets all lag; use -roster with a real roster."},
	// the weekly reports block
	"title":   {"BÁO CÁO TUẦN CỦA ĐOÀN XÃ/PHƯỜNG (hạn %s thứ Sáu hằng tuần)", "WEEKLY REPORTS OF COMMUNE UNIONS (due %s every Friday)"},
	"so_far":  {"%s: đã nhận %s/%s, hạn %s", "%s: %s of %s received, due %s"},
	"done":    {"%s: đã nhận %s/%s (%s), đúng hạn %s (%s), nộp muộn %s, chưa nộp %s", "%s: %s of %s received (%s), on time %s (%s), late %s, missing %s"},
	"call":    {"Cần gọi (chưa nộp): %s", "To call (missing): %s"},
	"more":    {" và %s đơn vị khác", " and %s more"},
	"nothing": {"Không có báo cáo tuần nào đến hạn trong chiến dịch.", "No weekly report falls due in the campaign."},
}

// word returns the word of key in the language.
func word(l vietnam.Lang, key string) string { return words[key][l] }
