// Package synth generates synthetic volunteer rosters for the tests,
// benchmarks and examples of the module: realistic rows for the communes
// of one province, from the real administrative units, with a chosen share
// of the mistakes, legacy text and duplicates real sheets have, and the
// truth behind every row. It is internal: its rows are test material, not
// an API.
package synth

import (
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/vocab"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Config describes a synthetic roster: realistic rows for the
// communes of one province, with a chosen share of the mistakes real
// volunteer sheets have. The same config always gives the same rows.
type Config struct {
	Seed uint64
	// Province is a pre-2025 province code ("74" for Bình Dương). Rows
	// dated before 1/7/2025 are written with its old units; later rows with
	// the 2025 units they became.
	Province string
	// Rows is the number of data rows.
	Rows int
	// From and To bound the dates of participation, inclusive.
	From, To vietnam.Date
	// Shares of rows, each from 0 to 1.
	Errors     float64 // rows with a mistake that must be rejected
	Duplicates float64 // rows that repeat an earlier person (other phone, spelling)
	Legacy     float64 // rows typed in TCVN3 or VNI
	NoTones    float64 // rows typed without tone marks
	Services   float64 // rows that are assisted services rather than class attendance
	// Dataset is the administrative data; nil uses the embedded data.
	Dataset *admin.Dataset
}

// Row is one generated row and the truth behind it.
type Row struct {
	Cells []string // in the order of Header
	// Person numbers the real person behind the row: duplicates share it.
	Person int
	// Valid reports whether the row has no deliberate mistake.
	Valid bool
	// Mistake names the deliberate mistake of an invalid row.
	Mistake string
	// Commune is the old commune the address names (pre-2025 era) or the
	// new one (2025 era); Current lists the current communes it maps to
	// (several when the old commune was split).
	Commune admin.Code
	Current []admin.Code
	Date    vietnam.Date
	Service training.Service
	// Birth and Group are the person's, as generated.
	Birth vietnam.Date
	Group training.Group
}

// header is the header of generated rosters, as volunteer sheets write it.
var header = []string{"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại", "Địa chỉ", "Đối tượng", "Ngày", "Nội dung hỗ trợ"}

// Header returns the header row of generated rosters.
func Header() []string { return slices.Clone(header) }

// Common Vietnamese family, middle and given names. The family names are
// weighted by their approximate share of the population (Nguyễn about 38%).
var (
	synthFamilies = []struct {
		name   string
		weight int
	}{{"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95}, {"Phạm", 70}, {"Hoàng", 30}, {"Huỳnh", 20}, {"Phan", 45},
		{"Vũ", 20}, {"Võ", 19}, {"Đặng", 21}, {"Bùi", 20}, {"Đỗ", 14}, {"Hồ", 13}, {"Ngô", 13}, {"Dương", 10},
		{"Lý", 5}, {"Trương", 5}, {"Đinh", 4}, {"Lâm", 3}, {"Mai", 3}, {"Tôn Nữ", 1}}
	synthMiddleM = []string{"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Hoàng", "Công", "Gia", "Anh", "Ngọc", "Xuân", "Văn Hoàng"}
	synthMiddleF = []string{"Thị", "Ngọc", "Thu", "Kim", "Thanh", "Minh", "Bảo", "Phương", "Thị Thu", "Thị Ngọc", "Mỹ", "Hồng"}
	synthGivenM  = []string{"An", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khang", "Khánh", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thịnh", "Tiến", "Trung", "Tuấn", "Tùng", "Việt", "Vinh"}
	synthGivenF  = []string{"Anh", "Châu", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Vy", "Xuân", "Yến", "Khuê"}
	synthHamlets = []string{"Khu phố", "KP", "Ấp", "Tổ", "Tổ dân phố"}
	synthGroups  = []string{"Người dân", "Người dân", "Người dân", "Đoàn viên", "Đoàn viên", "Học sinh", "Sinh viên", "Cán bộ, công chức", "Công nhân"}
	synthPrefix  = []string{"032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098", "091", "094", "088", "083", "084", "085", "081", "082", "090", "093", "089", "070", "076", "077", "078", "079", "056", "058", "059"}
	synthSvcs    = []string{"SmartCA", "SmartCA", "SmartCA", "Kích hoạt VNeID mức 2", "Dịch vụ công trực tuyến", "Thanh toán điện tử", "Cài ứng dụng", "Phòng chống lừa đảo"}
)

// The vocabularies the generated rows' groups and services are read with.
var (
	groups   = training.TargetGroups()
	services = training.NationalServices()
)

// termCode returns the code of the term that names s.
func termCode(v *vocab.Vocabulary, s string) string {
	t, _ := v.Match(s)
	return t.Code
}

// synthPerson is one made-up person.
type synthPerson struct {
	family, middle, given string
	female                bool
	birth                 vietnam.Date
	cccd                  string
	phone                 string
	group                 string
	commune               admin.Unit // pre-2025
}

// Generate generates the rows of cfg. It reads the administrative data
// once; the rows themselves are produced as they are consumed.
func Generate(cfg Config) (iter.Seq[Row], error) {
	ds := cfg.Dataset
	if ds == nil {
		ds = admin.Embedded()
	}
	old := ds.At(vietnam.MustDate(2025, 6, 30))
	prov, ok := old.Lookup(admin.LevelProvince, cfg.Province)
	if !ok {
		return nil, fmt.Errorf("synth: no pre-2025 province %q", cfg.Province)
	}
	var communes []admin.Unit
	for d := range old.Children(prov.Code()) {
		for c := range old.Children(d.Code()) {
			communes = append(communes, c)
		}
	}
	if len(communes) == 0 {
		return nil, fmt.Errorf("synth: province %q has no communes", cfg.Province)
	}
	if cfg.To.Before(cfg.From) || cfg.From.IsZero() {
		return nil, fmt.Errorf("synth: bad date range %s–%s", cfg.From, cfg.To)
	}
	cur := ds.Current()
	reform := admin.Era2025.Start()
	return func(yield func(Row) bool) {
		rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
		var people []synthPerson
		ids := newIDs(cfg.Seed, cfg.Province)
		totalWeight := 0
		for _, f := range synthFamilies {
			totalWeight += f.weight
		}
		for i := range cfg.Rows {
			var p synthPerson
			person := len(people)
			if len(people) > 0 && rng.Float64() < cfg.Duplicates {
				person = rng.IntN(len(people))
				p = people[person]
				if rng.IntN(2) == 0 {
					p.phone = synthPhone(rng) // same person, another phone
				}
			} else {
				p = newSynthPerson(rng, communes, totalWeight, ids)
				people = append(people, p)
			}
			date := cfg.From.AddDays(rng.IntN(cfg.To.DaysSince(cfg.From) + 1))
			row := Row{Person: person, Valid: true, Commune: p.commune.Code(), Date: date, Birth: p.birth}
			row.Group = training.Group(termCode(groups, p.group))
			for _, s := range ds.Successors(p.commune.Code()) {
				row.Current = append(row.Current, s.New.Code())
			}
			// The address is written in the units in force on the day.
			var address string
			hamlet := fmt.Sprintf("%s %d", synthHamlets[rng.IntN(len(synthHamlets))], 1+rng.IntN(9))
			if date.Before(reform) {
				address = oldAddress(rng, old, p.commune, hamlet)
			} else {
				nu, _ := cur.Unit(row.Current[rng.IntN(len(row.Current))])
				np, _ := cur.Unit(nu.Province())
				address = hamlet + ", " + nu.FullName() + ", " + np.FullName()
				row.Commune = nu.Code()
				row.Current = []admin.Code{nu.Code()}
			}
			name := strings.Join(nonEmpty(p.family, p.middle, p.given), " ")
			sex := "Nam"
			if p.female {
				sex = "Nữ"
			}
			service := ""
			if rng.Float64() < cfg.Services {
				service = synthSvcs[rng.IntN(len(synthSvcs))]
				row.Service = training.Service(termCode(services, service))
			}
			cells := []string{strconv.Itoa(i + 1), name, p.birth.String(), sex, p.cccd, p.phone, address, p.group, date.String(), service}
			// Spelling as volunteers type it.
			switch r := rng.Float64(); {
			case r < cfg.NoTones:
				cells[1], cells[6] = vietnam.Fold(cells[1]), vietnam.Fold(cells[6])
			case r < cfg.NoTones+cfg.Legacy:
				enc := vietnam.TCVN3
				if rng.IntN(2) == 0 {
					enc = vietnam.VNI
				}
				cells[1], cells[6] = legacy(enc, cells[1]), legacy(enc, cells[6])
			}
			switch rng.IntN(4) {
			case 0:
				cells[5] = cells[5][:4] + "." + cells[5][4:7] + "." + cells[5][7:]
			case 1:
				cells[5] = "+84 " + cells[5][1:]
			}
			if rng.IntN(3) == 0 {
				cells[2] = fmt.Sprintf("%d/%d/%d", p.birth.Day(), p.birth.Month(), p.birth.Year())
			}
			if rng.Float64() < cfg.Errors {
				row.Valid = false
				row.Mistake = spoil(rng, cells)
			}
			row.Cells = cells
			if !yield(row) {
				return
			}
		}
	}, nil
}

func newSynthPerson(rng *rand.Rand, communes []admin.Unit, totalWeight int, ids *ids) synthPerson {
	var p synthPerson
	w := rng.IntN(totalWeight)
	for _, f := range synthFamilies {
		if w < f.weight {
			p.family = f.name
			break
		}
		w -= f.weight
	}
	p.female = rng.IntN(2) == 0
	if p.female {
		p.middle, p.given = synthMiddleF[rng.IntN(len(synthMiddleF))], synthGivenF[rng.IntN(len(synthGivenF))]
	} else {
		p.middle, p.given = synthMiddleM[rng.IntN(len(synthMiddleM))], synthGivenM[rng.IntN(len(synthGivenM))]
	}
	p.birth = vietnam.MustDate(1960, 1, 1).AddDays(rng.IntN(48 * 365))
	// CCCD: place of birth (mostly the province itself), century and sex,
	// two digits of the year, and six digits that ids makes differ for
	// every person.
	place := communes[0].Province().String()
	if rng.IntN(4) == 0 {
		place = []string{"01", "38", "40", "42", "52", "79", "87", "89", "94", "96"}[rng.IntN(10)]
	}
	cs := (p.birth.Year()/100 - 19) * 2
	if p.female {
		cs++
	}
	p.cccd = fmt.Sprintf("0%s%d%02d%06d", place, cs, p.birth.Year()%100, ids.serial(place, cs, p.birth.Year()%100))
	p.phone = synthPhone(rng)
	p.group = synthGroups[rng.IntN(len(synthGroups))]
	p.commune = communes[rng.IntN(len(communes))]
	return p
}

// ids gives the six last digits of the generated CCCD numbers so that two
// people never share a number, within a roster or across the rosters of
// different provinces: the first two digits are the code of the province
// the roster is for (a person born elsewhere still gets the roster
// province's block), the last four count the people of one place of birth,
// century, sex and year of birth, from an offset the seed chooses. A
// roster has about 500 people per such group (60.000 rows, 96 groups);
// the count wraps at 10.000.
type ids struct {
	block, offset int
	next          map[string]int
}

func newIDs(seed uint64, province string) *ids {
	block, _ := strconv.Atoi(province) // a pre-2025 province code: 01–96
	return &ids{block: block * 10000, offset: int(seed * 7919 % 10000), next: map[string]int{}}
}

func (d *ids) serial(place string, cs, yy int) int {
	k := fmt.Sprintf("%s%d%02d", place, cs, yy)
	n := d.next[k]
	d.next[k] = n + 1
	return d.block + (d.offset+n)%10000
}

func synthPhone(rng *rand.Rand) string {
	return synthPrefix[rng.IntN(len(synthPrefix))] + fmt.Sprintf("%07d", rng.IntN(10000000))
}

// abbrev returns the abbreviation people write for a unit's type word.
func abbrev(word string) (string, bool) {
	switch word {
	case "Phường":
		return "P.", true
	case "Xã":
		return "X.", true
	case "Thị trấn":
		return "TT.", true
	case "Quận":
		return "Q.", true
	case "Huyện":
		return "H.", true
	case "Thị xã":
		return "TX.", true
	case "Thành phố":
		return "TP.", true
	}
	return "", false
}

// oldAddress writes a pre-2025 address in one of the ways people write it.
func oldAddress(rng *rand.Rand, dir *admin.Directory, c admin.Unit, hamlet string) string {
	d, _ := dir.Unit(c.District())
	p, _ := dir.Unit(c.Province())
	short := func(u admin.Unit) string {
		if a, ok := abbrev(u.Type().Word()); ok {
			return a + " " + u.Name()
		}
		return u.FullName()
	}
	full, abbr, bare := c.FullName(), short(c), c.Name()
	if n, err := strconv.Atoi(bare); err == nil && c.Type() == admin.TypeWard {
		// A numbered ward is written as people write it, never as the bare
		// number: "Phường 2", "P. 2", "Phường 02", "P.02", chosen by the
		// hamlet's number so that the rows stay those of earlier versions.
		forms := [...]string{"Phường " + bare, "P. " + bare, fmt.Sprintf("Phường %02d", n), fmt.Sprintf("P.%02d", n)}
		f := forms[int(hamlet[len(hamlet)-1])%len(forms)]
		full, abbr, bare = f, f, f
	}
	// Nor is a numbered district ("Quận 3") written as its bare number.
	district := d.Name()
	if _, err := strconv.Atoi(district); err == nil {
		district = short(d)
	}
	switch rng.IntN(4) {
	case 0:
		return hamlet + ", " + full + ", " + d.FullName() + ", " + p.FullName()
	case 1:
		return hamlet + ", " + abbr + ", " + short(d) + ", " + p.Name()
	case 2:
		return fmt.Sprintf("%d/%d %s, %s, %s, %s", 1+rng.IntN(300), 1+rng.IntN(20), hamlet, bare, district, p.Name())
	default:
		return abbr + " " + short(d) + " " + p.Name()
	}
}

// spoil makes one deliberate mistake in the cells and names it.
func spoil(rng *rand.Rand, cells []string) string {
	switch rng.IntN(5) {
	case 0:
		cells[1] = ""
		return "name missing"
	case 1:
		cells[2] = "31/04/" + cells[2][len(cells[2])-4:]
		return "impossible birth date"
	case 2:
		cells[4] = cells[4][:11]
		return "CCCD with 11 digits"
	case 3:
		cells[5] = cells[5][:6]
		return "phone too short"
	default:
		for i, c := range cells {
			if i > 0 && c != "" {
				cells[i] = ""
			}
		}
		cells[0] = ""
		return "empty row"
	}
}

// legacy writes s in a legacy encoding as a spreadsheet export shows it:
// the bytes read as Windows-1252.
func legacy(enc vietnam.Encoding, s string) string {
	raw, err := enc.Encode(s)
	if err != nil {
		return s
	}
	w, err := charmap.Windows1252.NewDecoder().String(raw)
	if err != nil {
		return s
	}
	return w
}

func nonEmpty(parts ...string) []string {
	out := parts[:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// WriteCSV writes the header and the rows of cfg as CSV.
func WriteCSV(w io.Writer, cfg Config) error {
	rows, err := Generate(cfg)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for r := range rows {
		if err := cw.Write(r.Cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
