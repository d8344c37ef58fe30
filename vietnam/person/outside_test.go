package person_test

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// lpnType is one number type of libphonenumber's metadata for VN, read
// from testdata/libphonenumber-vn.txt (see testdata/SOURCES.md).
type lpnType struct {
	name    string
	lengths []int
	example string
	re      *regexp.Regexp
}

// The kind each of libphonenumber's types is read as here.
var lpnKind = map[string]person.Kind{
	"fixedLine": person.FixedLine, "mobile": person.Mobile, "tollFree": person.TollFree,
	"premiumRate": person.PremiumRate, "voip": person.VoIP, "uan": person.UAN, "short": person.ShortCode,
}

func readLibphonenumber(t *testing.T) []lpnType {
	t.Helper()
	f, err := os.Open("testdata/libphonenumber-vn.txt")
	require.NoError(t, err)
	defer f.Close()
	var types []lpnType
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := strings.Fields(line)
		require.Len(t, r, 4, line)
		ty := lpnType{name: r[0], example: r[2], re: regexp.MustCompile(`^(?:` + r[3] + `)$`)}
		for _, l := range strings.Split(r[1], ",") {
			n, err := strconv.Atoi(l)
			require.NoError(t, err, line)
			ty.lengths = append(ty.lengths, n)
		}
		types = append(types, ty)
	}
	require.NoError(t, sc.Err())
	require.Len(t, types, 7)
	return types
}

// Every example number of libphonenumber's VN metadata reads as its type,
// written as people in Vietnam write it (a trunk 0 before subscriber
// numbers, none before 1800/1900 and short numbers) and, where it can be
// dialled from abroad, in E.164.
func TestAgainstLibphonenumberExamples(t *testing.T) {
	for _, ty := range readLibphonenumber(t) {
		t.Run(ty.name, func(t *testing.T) {
			want := lpnKind[ty.name]
			require.True(t, ty.re.MatchString(ty.example), "the example matches its own pattern")
			national := "0" + ty.example
			if want.IsService() {
				national = ty.example
			}
			forms := []string{national}
			if want != person.ShortCode {
				forms = append(forms, "+84"+ty.example)
			}
			for _, s := range forms {
				p, err := person.ParsePhone(s)
				require.NoError(t, err, s)
				assert.Equal(t, want, p.Kind(), s)
				assert.Equal(t, person.NotMigrated, p.Migration(), s)
				if want != person.ShortCode {
					assert.Equal(t, "+84"+ty.example, p.E164(), s)
				}
			}
		})
	}
}

// The blocks where this package and libphonenumber disagree, by
// libphonenumber's type and the reading here, as "length:prefix" (a
// prefix of 3 digits stands for all its 4-digit blocks). Each was decided
// from the numbering plan (Circular 22/2014/TT-BTTTT and the Ministry's
// allocations):
var libphonenumberDiffers = map[string][]string{
	// 121[0-3] and 160 + 6 digits came with release 9.0.31 (2026) without a
	// cited allocation; 051 is in its carrier map for MobiFone with no
	// allocation decision found; 095 was S-Fone's, out of service since
	// 2012 and not reallocated. None is a 9-digit mobile block of the plan.
	"mobile -> error": {"9:1210", "9:1211", "9:1212", "9:1213", "9:160", "9:510", "9:511", "9:512", "9:513", "9:514",
		"9:515", "9:516", "9:517", "9:518", "9:519", "9:950", "9:951", "9:952", "9:953", "9:954", "9:955", "9:956", "9:957",
		"9:958", "9:959"},
	// libphonenumber takes all of 3\d as mobile; only 032–039 were
	// allocated (Viettel, 2018). 030 and 031 + 7 digits are read as the
	// pre-2017 Ninh Bình (030) and Hải Phòng (031) landlines they were.
	"mobile -> fixed line (migrated)": {"9:300", "9:301", "9:302", "9:303", "9:304", "9:305", "9:306", "9:307", "9:308",
		"9:309", "9:310", "9:311", "9:312", "9:313", "9:314", "9:315", "9:316", "9:317", "9:318", "9:319"},
	// 1201, 1203 and 1228 + 4 digits: libphonenumber's own note says they
	// come from user reports without an official document; the plan's
	// toll-free code is 1800.
	"tollFree -> error": {"8:1201", "8:1203", "8:1228"},
}

// Every national number of 7 to 10 digits that does not start with 0,
// one per 4-digit block and length (the rest of the digits fixed), is
// read as libphonenumber's type for it, except the blocks listed above.
// A number libphonenumber does not know is here either an error or a
// withdrawn number rewritten (a pre-2017 landline, an 11-digit mobile,
// VSAT 0992), never a current number.
func TestAgainstLibphonenumberPatterns(t *testing.T) {
	types := readLibphonenumber(t)
	got := map[string][]string{}
	agree, total := 0, 0
	for n := 7; n <= 10; n++ {
		for block := 1000; block <= 9999; block++ {
			nsn := strconv.Itoa(block) + "5678901234"[:n-4]
			theirs := "none"
			for _, ty := range types {
				if ty.name != "short" && ty.re.MatchString(nsn) {
					theirs = ty.name
					break
				}
			}
			ours := "error"
			p, err := person.ParsePhone("+84" + nsn)
			if err == nil {
				ours = p.Kind().String()
				if p.Migration() != person.NotMigrated {
					ours += " (migrated)"
				}
			}
			if theirs == "none" {
				assert.True(t, err != nil || p.Migration() != person.NotMigrated, "+84%s is %s here, unknown to libphonenumber", nsn, ours)
				continue
			}
			total++
			if lpnKind[theirs].String() == ours {
				agree++
				continue
			}
			key := theirs + " -> " + ours
			got[key] = append(got[key], strconv.Itoa(n)+":"+nsn[:4])
		}
	}
	for key, blocks := range got {
		got[key] = collapse(blocks)
	}
	if diff := cmp.Diff(libphonenumberDiffers, got); diff != "" {
		t.Errorf("disagreements with libphonenumber (-documented +found):\n%s", diff)
	}
	t.Logf("libphonenumber VN: %d of %d blocks read as the same type", agree, total)
}

// collapse writes ten blocks "9:3000" … "9:3009" as "9:300".
func collapse(blocks []string) []string {
	count := map[string]int{}
	for _, b := range blocks {
		count[b[:len(b)-1]]++
	}
	var out []string
	for _, b := range blocks {
		switch p := b[:len(b)-1]; {
		case count[p] == 10 && b[len(b)-1] == '0':
			out = append(out, p)
		case count[p] != 10:
			out = append(out, b)
		}
	}
	return out
}
