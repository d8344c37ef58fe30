package person_test

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

var (
	sinkPhone person.Phone
	sinkCCCD  person.CCCD
	sinkBool  bool
	sinkName  person.Name
)

var phoneInputs = []struct{ name, in string }{
	{"mobile", "0912 345 678"},
	{"international", "+84 912 345 678"},
	{"fixed", "(028) 3829 1234"},
	{"old-mobile", "0168 123 4567"},
	{"old-area", "04 3825 3523"},
}

func BenchmarkParsePhone(b *testing.B) {
	for _, in := range phoneInputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkPhone, _ = person.ParsePhone(in.in)
			}
		})
	}
}

// phoneRegexp is what a user would write to validate a Vietnamese number:
// strip separators, accept 0/84/+84 and a 10-digit mobile or 11-digit fixed
// number. It neither migrates nor names the network.
var phoneRegexp = regexp.MustCompile(`^(?:\+?84|0)(?:(?:3|5|7|8|9)\d{8}|2\d{9})$`)

func BenchmarkParsePhoneRegexpBaseline(b *testing.B) {
	clean := strings.NewReplacer(" ", "", ".", "", "-", "", "(", "", ")", "")
	for _, in := range phoneInputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBool = phoneRegexp.MatchString(clean.Replace(in.in))
			}
		})
	}
}

func BenchmarkPhoneE164(b *testing.B) {
	p := person.MustParsePhone("0912 345 678")
	b.ReportAllocs()
	for b.Loop() {
		_ = p.E164()
	}
}

func BenchmarkParseCCCD(b *testing.B) {
	for _, in := range []struct{ name, in string }{{"plain", "001099012345"}, {"spaced", "001 099 012 345"}} {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkCCCD, _ = person.ParseCCCD(in.in)
			}
		})
	}
}

// cccdRegexp is the usual hand-written check: twelve digits, then the
// fourth digit and the year sliced out with strconv.
var cccdRegexp = regexp.MustCompile(`^\d{12}$`)

func BenchmarkParseCCCDRegexpBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s := strings.ReplaceAll("001 099 012 345", " ", "")
		ok := cccdRegexp.MatchString(s)
		if ok {
			_, err := strconv.Atoi(s[4:6])
			ok = err == nil
		}
		sinkBool = ok
	}
}

func BenchmarkParseName(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkName = person.ParseName("Nguyễn Thị Minh Khai")
	}
}

// rosterNames returns n names drawn from common Vietnamese family, middle
// and given names, the same for every run.
func rosterNames(n int) []person.Name {
	families := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tôn Nữ", "Âu Dương"}
	middles := []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Thị Thu", "Quang", "Xuân", "", "Hoài", "Bảo", "Đình"}
	givens := []string{"An", "Anh", "Ánh", "Ân", "Bình", "Châu", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hòa", "Hoa", "Hùng", "Hưng",
		"Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Ngân", "Nhung", "Oanh", "Ơn", "Phúc", "Phương", "Quân", "Sơn", "Tâm",
		"Thảo", "Thủy", "Trang", "Trinh", "Tú", "Tuấn", "Uyên", "Vân", "Việt", "Xuân", "Yến"}
	r := rand.New(rand.NewPCG(1, 2))
	names := make([]person.Name, n)
	for i := range names {
		names[i] = person.Name{
			Family: families[r.IntN(len(families))],
			Middle: middles[r.IntN(len(middles))],
			Given:  givens[r.IntN(len(givens))],
		}
	}
	return names
}

func BenchmarkSort100k(b *testing.B) {
	names := rosterNames(100_000)
	work := make([]person.Name, len(names))

	b.Run("person.Sort", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			copy(work, names)
			person.Sort(work)
		}
	})
	// A Collator comparing pairs: collation without precomputed keys.
	b.Run("Collator.Compare", func(b *testing.B) {
		b.ReportAllocs()
		c := person.NewCollator()
		for b.Loop() {
			copy(work, names)
			slices.SortStableFunc(work, c.Compare)
		}
	})
	// The baseline a user writes first: bytes, field by field. Fast and wrong
	// (Đ after Z, Ă and Â after Y).
	b.Run("bytes-baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			copy(work, names)
			slices.SortStableFunc(work, func(x, y person.Name) int {
				if r := strings.Compare(x.Given, y.Given); r != 0 {
					return r
				}
				if r := strings.Compare(x.Middle, y.Middle); r != 0 {
					return r
				}
				return strings.Compare(x.Family, y.Family)
			})
		}
	})
}
