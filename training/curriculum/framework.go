package curriculum

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Text is a name or description in Vietnamese and English.
type Text struct {
	VI string `json:"vi"`
	EN string `json:"en"`
}

// Label returns the text in l, falling back to the other language when
// the text has none in l.
func (t Text) Label(l vietnam.Lang) string {
	if l == vietnam.English && t.EN != "" {
		return t.EN
	}
	if t.VI == "" {
		return t.EN
	}
	return t.VI
}

// A Framework is a versioned competence framework: areas of competences,
// and a level scheme whose size depends on the framework (8 levels for
// DigComp 2.2 and Thông tư 02/2025, a single pass level for the citizens'
// basic skills framework). Frameworks are plain data: callers can build
// their own and check them with Validate.
type Framework struct {
	ID      string  `json:"id"`      // stable key, e.g. "tt02-2025"
	Version string  `json:"version"` // e.g. "2.2", "1.0"
	Name    Text    `json:"name"`
	Source  string  `json:"source"` // legal or bibliographic reference
	Areas   []Area  `json:"areas"`
	Levels  []Level `json:"levels"` // lowest first
}

// An Area groups competences ("miền năng lực", "nhóm kỹ năng").
type Area struct {
	Code        string       `json:"code"` // "1", "6", "0"
	Name        Text         `json:"name"`
	Competences []Competence `json:"competences"`
}

// A Competence is one component competence ("năng lực thành phần").
type Competence struct {
	Code string `json:"code"` // "1.1", "6.2"
	Name Text   `json:"name"`
}

// A Level is one step of a framework's proficiency scheme. Rank starts at
// 1 for the lowest level.
type Level struct {
	Rank int    `json:"rank"`
	Code string `json:"code"` // "CB1", "TC2", "5"
	Name Text   `json:"name"`
}

// ErrInvalid is wrapped by every error Framework.Validate and
// Course.Validate return.
var ErrInvalid = errors.New("invalid curriculum")

// problems collects what a Validate finds wrong with one thing, so that
// every problem is reported, each naming the thing and wrapping
// ErrInvalid.
type problems struct {
	what string // `course "x"`
	errs []error
}

func (p *problems) add(format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("curriculum: %s: %s: %w", p.what, fmt.Sprintf(format, args...), ErrInvalid))
}

func (p *problems) err() error { return errors.Join(p.errs...) }

// Validate checks that the framework has an ID, at least one area and one
// level, unique competence codes, and levels ranked 1..n in order. It
// reports every problem, joined.
func (f Framework) Validate() error {
	bad := problems{what: fmt.Sprintf("framework %q", f.ID)}
	if f.ID == "" {
		bad.add("empty ID")
	}
	if len(f.Areas) == 0 {
		bad.add("no areas")
	}
	if len(f.Levels) == 0 {
		bad.add("no levels")
	}
	seen := map[string]bool{}
	for _, a := range f.Areas {
		if a.Code == "" {
			bad.add("area with empty code")
		}
		if len(a.Competences) == 0 {
			bad.add("area %q has no competences", a.Code)
		}
		for _, c := range a.Competences {
			if c.Code == "" {
				bad.add("competence with empty code in area %q", a.Code)
				continue
			}
			if seen[c.Code] {
				bad.add("competence %q appears twice", c.Code)
			}
			seen[c.Code] = true
		}
	}
	for i, l := range f.Levels {
		if l.Rank != i+1 {
			bad.add("level %q has rank %d, want %d", l.Code, l.Rank, i+1)
		}
	}
	return bad.err()
}

// Competence returns the competence with the given code.
func (f Framework) Competence(code string) (Competence, bool) {
	for _, a := range f.Areas {
		for _, c := range a.Competences {
			if c.Code == code {
				return c, true
			}
		}
	}
	return Competence{}, false
}

// Area returns the area a competence code belongs to.
func (f Framework) Area(competence string) (Area, bool) {
	for _, a := range f.Areas {
		for _, c := range a.Competences {
			if c.Code == competence {
				return a, true
			}
		}
	}
	return Area{}, false
}

// Level returns the level with the given code or rank written as text
// ("TC1", "3"); codes compare without regard to case.
func (f Framework) Level(code string) (Level, bool) {
	for _, l := range f.Levels {
		if strings.EqualFold(l.Code, code) || fmt.Sprint(l.Rank) == code {
			return l, true
		}
	}
	return Level{}, false
}

// NumCompetences returns the number of competences in all areas.
func (f Framework) NumCompetences() int {
	n := 0
	for _, a := range f.Areas {
		n += len(a.Competences)
	}
	return n
}

func area(code, vi, en string, cs ...Competence) Area {
	return Area{Code: code, Name: Text{vi, en}, Competences: cs}
}

func comp(code, vi, en string) Competence { return Competence{Code: code, Name: Text{vi, en}} }

// TT02 returns Vietnam's digital competence framework for learners,
// Thông tư 02/2025/TT-BGDĐT (24/01/2025, in force 11/03/2025): 6 domains,
// 24 component competences, 4 tiers of 2 steps each (CB, TC, NC, CS).
// It is DigComp 2.2 plus a domain for artificial intelligence; the
// English names are the DigComp equivalents. Each call returns a fresh
// copy that the caller may change.
func TT02() Framework {
	return Framework{
		ID: "tt02-2025", Version: "2025",
		Name:   Text{"Khung năng lực số cho người học", "Digital competence framework for learners"},
		Source: "Thông tư 02/2025/TT-BGDĐT",
		Areas:  append(digCompAreas(), tt02AI()),
		Levels: []Level{
			{1, "CB1", Text{"Cơ bản 1", "Basic 1"}},
			{2, "CB2", Text{"Cơ bản 2", "Basic 2"}},
			{3, "TC1", Text{"Trung cấp 1", "Intermediate 1"}},
			{4, "TC2", Text{"Trung cấp 2", "Intermediate 2"}},
			{5, "NC1", Text{"Nâng cao 1", "Advanced 1"}},
			{6, "NC2", Text{"Nâng cao 2", "Advanced 2"}},
			{7, "CS1", Text{"Chuyên sâu 1", "Specialised 1"}},
			{8, "CS2", Text{"Chuyên sâu 2", "Specialised 2"}},
		},
	}
}

func tt02AI() Area {
	return area("6", "Ứng dụng trí tuệ nhân tạo (AI)", "Applying artificial intelligence",
		comp("6.1", "Hiểu biết về trí tuệ nhân tạo", "Understanding AI"),
		comp("6.2", "Sử dụng trí tuệ nhân tạo", "Using AI"),
		comp("6.3", "Đánh giá trí tuệ nhân tạo", "Evaluating AI"),
	)
}

// DigComp22 returns the EU's DigComp 2.2 (JRC, 2022): 5 areas, 21
// competences, 8 proficiency levels. Vietnamese names follow Thông tư
// 02/2025, which adopts the same competences. Each call returns a fresh copy.
func DigComp22() Framework {
	return Framework{
		ID: "digcomp-2.2", Version: "2.2",
		Name:   Text{"Khung năng lực số cho công dân DigComp 2.2", "DigComp 2.2: The Digital Competence Framework for Citizens"},
		Source: "Vuorikari, Kluzer, Punie, JRC, EUR 31006 EN, 2022",
		Areas:  digCompAreas(),
		Levels: []Level{
			{1, "1", Text{"Nền tảng 1", "Foundation 1"}},
			{2, "2", Text{"Nền tảng 2", "Foundation 2"}},
			{3, "3", Text{"Trung cấp 3", "Intermediate 3"}},
			{4, "4", Text{"Trung cấp 4", "Intermediate 4"}},
			{5, "5", Text{"Nâng cao 5", "Advanced 5"}},
			{6, "6", Text{"Nâng cao 6", "Advanced 6"}},
			{7, "7", Text{"Chuyên sâu 7", "Highly specialised 7"}},
			{8, "8", Text{"Chuyên sâu 8", "Highly specialised 8"}},
		},
	}
}

// digCompAreas returns the five DigComp areas with the Vietnamese names of
// Thông tư 02, which adopts them.
func digCompAreas() []Area {
	return []Area{
		area("1", "Khai thác dữ liệu và thông tin", "Information and data literacy",
			comp("1.1", "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số", "Browsing, searching and filtering data, information and digital content"),
			comp("1.2", "Đánh giá dữ liệu, thông tin và nội dung số", "Evaluating data, information and digital content"),
			comp("1.3", "Quản lý dữ liệu, thông tin và nội dung số", "Managing data, information and digital content")),
		area("2", "Giao tiếp và hợp tác trong môi trường số", "Communication and collaboration",
			comp("2.1", "Tương tác thông qua công nghệ số", "Interacting through digital technologies"),
			comp("2.2", "Chia sẻ thông tin và nội dung thông qua công nghệ số", "Sharing through digital technologies"),
			comp("2.3", "Sử dụng công nghệ số để thực hiện trách nhiệm công dân", "Engaging in citizenship through digital technologies"),
			comp("2.4", "Hợp tác thông qua công nghệ số", "Collaborating through digital technologies"),
			comp("2.5", "Quy tắc ứng xử trên mạng", "Netiquette"),
			comp("2.6", "Quản lý danh tính số", "Managing digital identity")),
		area("3", "Sáng tạo nội dung số", "Digital content creation",
			comp("3.1", "Phát triển nội dung số", "Developing digital content"),
			comp("3.2", "Tích hợp và tạo lập lại nội dung số", "Integrating and re-elaborating digital content"),
			comp("3.3", "Thực thi bản quyền và giấy phép", "Copyright and licences"),
			comp("3.4", "Lập trình", "Programming")),
		area("4", "An toàn", "Safety",
			comp("4.1", "Bảo vệ thiết bị", "Protecting devices"),
			comp("4.2", "Bảo vệ dữ liệu cá nhân và quyền riêng tư", "Protecting personal data and privacy"),
			comp("4.3", "Bảo vệ sức khỏe và an sinh số", "Protecting health and well-being"),
			comp("4.4", "Bảo vệ môi trường", "Protecting the environment")),
		area("5", "Giải quyết vấn đề", "Problem solving",
			comp("5.1", "Giải quyết các vấn đề kỹ thuật", "Solving technical problems"),
			comp("5.2", "Xác định nhu cầu và giải pháp công nghệ", "Identifying needs and technological responses"),
			comp("5.3", "Sử dụng sáng tạo công nghệ số", "Creatively using digital technologies"),
			comp("5.4", "Xác định các vấn đề cần cải thiện về năng lực số", "Identifying digital competence gaps")),
	}
}

// BasicCitizen returns the citizens' basic digital skills framework used
// by the "Bình dân học vụ số" movement: Quyết định 757/QĐ-BKHCN
// (29/04/2025), appendix 1.2, built on Công văn 3139/BTTTT-KTS&XHS. Its
// group 0, using the device and its software, is a prerequisite that
// DigComp lacks; group 1 follows DigComp's first area. Only the groups
// whose wording was read in a source are included; callers can append the
// others (Framework is plain data). The framework confirms completion
// rather than grading, so its scheme has a single level. Each call
// returns a fresh copy.
func BasicCitizen() Framework {
	return Framework{
		ID: "qd757-citizen", Version: "1.0",
		Name:   Text{"Khung kiến thức, kỹ năng số cơ bản dành cho người dân", "Basic digital knowledge and skills framework for citizens"},
		Source: "Quyết định 757/QĐ-BKHCN, Phụ lục 1.2; Công văn 3139/BTTTT-KTS&XHS",
		Areas: []Area{
			area("0", "Sử dụng thiết bị và phần mềm trên thiết bị", "Using the device and its software",
				comp("0.1", "Sử dụng thiết bị", "Using the device"),
				comp("0.2", "Sử dụng phần mềm trên thiết bị", "Using software on the device")),
			area("1", "Tìm kiếm và khai thác thông tin trên Internet", "Searching and exploiting information on the Internet",
				comp("1.1", "Tìm kiếm và lựa chọn thông tin trên Internet", "Searching and selecting information on the Internet"),
				comp("1.2", "Đánh giá dữ liệu, thông tin và nội dung trên Internet", "Evaluating data, information and content on the Internet"),
				comp("1.3", "Quản lý dữ liệu, thông tin và nội dung", "Managing data, information and content")),
		},
		Levels: []Level{{1, "PC", Text{"Đạt mức phổ cập", "Universal basic level reached"}}},
	}
}

// correspondence links a competence of one framework to the equivalent
// competence of another.
type correspondence struct {
	from, to         string // framework IDs
	fromCode, toCode string
}

// correspondences returns the known links between the built-in
// frameworks: Thông tư 02's domains 1–5 are DigComp 2.2's areas with the
// same codes and the same 8-step scale; the citizens' framework's group 1
// is DigComp's area 1. Domain 6 (AI) and group 0 have no counterpart.
func correspondences() []correspondence {
	var out []correspondence
	dc := DigComp22()
	for _, a := range dc.Areas {
		for _, c := range a.Competences {
			out = append(out,
				correspondence{"tt02-2025", "digcomp-2.2", c.Code, c.Code},
				correspondence{"digcomp-2.2", "tt02-2025", c.Code, c.Code},
			)
		}
	}
	for _, c := range []string{"1.1", "1.2", "1.3"} {
		out = append(out,
			correspondence{"qd757-citizen", "digcomp-2.2", c, c},
			correspondence{"digcomp-2.2", "qd757-citizen", c, c},
			correspondence{"qd757-citizen", "tt02-2025", c, c},
			correspondence{"tt02-2025", "qd757-citizen", c, c},
		)
	}
	return out
}

// Equivalent returns the codes in framework to that correspond to
// competence code of framework from: Thông tư 02's domains 1–5 are
// DigComp 2.2's areas with the same codes and the same 8-step scale, and
// the citizens' framework's group 1 is DigComp's area 1; domain 6 (AI) and
// group 0 have no counterpart.
func Equivalent(from, code, to string) []string {
	var out []string
	for _, c := range correspondences() {
		if c.from == from && c.fromCode == code && c.to == to {
			out = append(out, c.toCode)
		}
	}
	return out
}
