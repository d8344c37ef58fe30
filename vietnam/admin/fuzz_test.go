package admin_test

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// alnum keeps the letters and digits of the fold of s, with y as i (Find
// takes "Kì" for "Kỳ").
func alnum(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == 'y':
			return 'i'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return r
		}
		return -1
	}, vietnam.Fold(s))
}

// romanTail returns key with the run of i, v and x that ends it read as
// a Roman numeral and written in digits, as Find reads "Phường IV" as
// Phường 4: "phuongiv" is "phuong4". Key is as alnum makes it, with no
// spaces, so the run may take letters of the word before; the check
// that uses it only accepts more.
func romanTail(key string) string {
	i := len(key)
	for i > 0 && strings.IndexByte("ivx", key[i-1]) >= 0 {
		i--
	}
	if i == len(key) {
		return key
	}
	n, prev := 0, 0
	for j := len(key) - 1; j >= i; j-- {
		v := map[byte]int{'i': 1, 'v': 5, 'x': 10}[key[j]]
		if v < prev {
			n -= v
		} else {
			n += v
			prev = v
		}
	}
	return key[:i] + strconv.Itoa(n)
}

// FuzzFind checks that Find never panics, ignores overlong text, returns
// each unit once, best first, and only units whose name ends the text
// (after folding, and with numbers written without leading zeros).
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"P. Lái Thiêu", "phuong lai thieu", "Phường 01", "P.1", "P1", "F1", "Q.10", "q 10",
		"TP. Hồ Chí Minh", "T.P Thủ Dầu Một", "TX. Tân Uyên", "TT Dầu Tiếng", "X. Hòa An", "Hoà An",
		"Ea H'Leo", "Ea H’Leo", "Kì Anh", "Quí", "y", "Thu\u0309y Tie\u0302n", // decomposed marks
		"", " ", ".", "P.", "phường", "0", "00000", "p0", "P.P.P.1",
		"\xff\xfe", "Hòa\u200bAn", strings.Repeat("Phường ", 40), strings.Repeat("a", 201),
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	old, now := admin.At(lastOldDay), admin.Current()
	f.Fuzz(func(t *testing.T, name string, pre bool) {
		d := now
		if pre {
			d = old
		}
		ms := d.Find(name)
		if len(name) > admin.MaxFindLen && ms != nil {
			t.Fatalf("Find of %d bytes returned %d matches", len(name), len(ms))
		}
		seen := map[admin.Code]bool{}
		key := alnum(name)
		for i, m := range ms {
			if m.Quality < admin.QualityOtherType || m.Quality > admin.QualityExact {
				t.Fatalf("Find(%q)[%d]: quality %d", name, i, m.Quality)
			}
			if i > 0 && ms[i-1].Quality < m.Quality {
				t.Fatalf("Find(%q): not best first: %v", name, ms)
			}
			if seen[m.Unit.Code()] {
				t.Fatalf("Find(%q): %s twice", name, m.Unit)
			}
			seen[m.Unit.Code()] = true
			if m.Unit.Era() != d.Era() {
				t.Fatalf("Find(%q): %s of era %s", name, m.Unit, m.Unit.Era())
			}
			if !strings.HasSuffix(key, alnum(m.Unit.Name())) && !strings.HasSuffix(romanTail(key), alnum(m.Unit.Name())) {
				t.Fatalf("Find(%q) gave %s, whose name does not end the text", name, m.Unit)
			}
		}
	})
}

// FuzzParseCode checks that ParseCode never panics, that its errors are
// matchable and say what, and that codes round-trip through String and
// through their text form.
func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"25966", "4", "00004", " 79 ", "760", "", "2596a", "-1", "+1", "1e3", "999999", "٣"} {
		for _, level := range []admin.Level{admin.LevelProvince, admin.LevelDistrict, admin.LevelCommune} {
			f.Add(uint8(admin.Era2025), uint8(level), s)
			f.Add(uint8(admin.EraPre2025), uint8(level), s)
		}
	}
	f.Fuzz(func(t *testing.T, era, level uint8, s string) {
		c, err := admin.ParseCode(admin.Era(era), admin.Level(level), s)
		if err != nil {
			if !errors.Is(err, admin.ErrCodeSyntax) && !errors.Is(err, admin.ErrEraLevel) {
				t.Fatalf("ParseCode(%q): uncategorised error %v", s, err)
			}
			if !strings.HasPrefix(err.Error(), "admin: ") {
				t.Fatalf("ParseCode(%q): %v", s, err)
			}
			return
		}
		if again := admin.MustParseCode(c.Era(), c.Level(), c.String()); again != c {
			t.Fatalf("ParseCode(%q) = %v; String round trip gives %v", s, c, again)
		}
		text, _ := c.MarshalText()
		var back admin.Code
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Fatalf("ParseCode(%q) = %v; text %q gives %v, %v", s, c, text, back, err)
		}
	})
}

// FuzzCodeText checks that UnmarshalText never panics and that what it
// accepts marshals back to a canonical form it accepts again.
func FuzzCodeText(f *testing.F) {
	for _, s := range []string{"2025:25966", "pre-2025:00004", "pre-2025:760", "2025:79", "", ":", "2025:", "2025:760", "x:1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c admin.Code
		if err := c.UnmarshalText([]byte(s)); err != nil {
			if !strings.HasPrefix(err.Error(), "admin: ") {
				t.Fatalf("UnmarshalText(%q): %v", s, err)
			}
			return
		}
		text, _ := c.MarshalText()
		var back admin.Code
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Fatalf("UnmarshalText(%q) = %v; again from %q: %v, %v", s, c, text, back, err)
		}
	})
}

// FuzzLoadDataset feeds arbitrary text as one of the fixture's files:
// LoadDataset must not panic, must fail only with a *DataError, and a
// dataset it accepts must answer lookups and walks.
func FuzzLoadDataset(f *testing.F) {
	files := []string{
		"provinces_2025.csv", "communes_2025.csv", "provinces_pre2025.csv", "districts_pre2025.csv",
		"communes_pre2025.csv", "commune_mapping_2025.csv", "province_mapping_2025.csv", "changes_after_2025-07-01.csv",
		// optional; the fixture has none
		"supplement/earlier_states.csv",
	}
	for i, name := range files {
		b, err := os.ReadFile("testdata/fixture/" + name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(i), string(b))
		f.Add(uint8(i), string(b[:len(b)/2]))
	}
	f.Add(uint8(len(files)-1), "level,old_code,old_full_name,old_district_code,province_code,kind,new_code,new_full_name,"+
		"legal_basis,effective_date,observed_last,observed_gone,source\n"+
		"commune,00099,Phường Xưa,001,01,merged_into,00001,Phường 1,,,M:a@2017-10-15,M:b@2020-02-02,E1\n"+
		"district,001,Quận Một,,01,district_renamed,001,Quận 1,,,M:a@2017-10-15,M:b@2020-02-02,E1\n")
	f.Add(uint8(0), "code,full_name,name,unit_type\n\"01\",\"Tỉnh \"\"A\"\"\",A,tinh\n")
	f.Add(uint8(1), "code,full_name,name,unit_type,province_code\n00001,Xã "+strings.Repeat("A", 300)+","+strings.Repeat("A", 300)+",xa,01\n")
	base := fstest.MapFS{}
	for _, name := range files {
		b, err := os.ReadFile("testdata/fixture/" + name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			f.Fatal(err)
		}
		base[name] = &fstest.MapFile{Data: b}
	}
	f.Fuzz(func(t *testing.T, which uint8, content string) {
		fsys := fstest.MapFS{}
		maps.Copy(fsys, base)
		fsys[files[int(which)%len(files)]] = &fstest.MapFile{Data: []byte(content)}
		ds, err := admin.LoadDataset(fsys)
		if err != nil {
			var de *admin.DataError
			if !errors.As(err, &de) || !errors.Is(err, admin.ErrData) || !strings.HasPrefix(err.Error(), "admin: ") {
				t.Fatalf("error %v (%T) is not a DataError", err, err)
			}
			return
		}
		for f := range ds.Formers() {
			_ = ds.Trace(f)
			_ = ds.History(f.Successor)
		}
		for _, d := range []*admin.Directory{ds.At(lastOldDay), ds.Current()} {
			for p := range d.Provinces() {
				for c := range d.Children(p.Code()) {
					_ = d.Find(c.FullName())
					_ = ds.Successors(c.Code())
					_ = ds.Predecessors(c.Code())
				}
			}
		}
	})
}
