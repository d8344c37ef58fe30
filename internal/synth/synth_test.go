package synth_test

import (
	"bytes"
	"context"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

func binhDuongSynth(rows int) synth.Config {
	return synth.Config{Seed: 7, Province: "74", Rows: rows,
		From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025"),
		Errors: 0.05, Duplicates: 0.1, Legacy: 0.05, NoTones: 0.2, Services: 0.3}
}

func TestGenerateIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, synth.WriteCSV(&a, binhDuongSynth(300)))
	require.NoError(t, synth.WriteCSV(&b, binhDuongSynth(300)))
	assert.Equal(t, a.String(), b.String())
	cfg := binhDuongSynth(300)
	cfg.Seed++
	var c bytes.Buffer
	require.NoError(t, synth.WriteCSV(&c, cfg))
	assert.NotEqual(t, a.String(), c.String())
}

// TestSynthesizeThroughImport imports a generated roster and checks it
// against the truth behind each row: every valid row is accepted and
// every spoiled one rejected, and addresses land on the right current
// commune unless the truth itself has several.
func TestGenerateThroughImport(t *testing.T) {
	cfg := binhDuongSynth(2000)
	rows, err := synth.Generate(cfg)
	require.NoError(t, err)
	truth := slices.Collect(rows)
	require.Len(t, truth, 2000)
	var buf bytes.Buffer
	require.NoError(t, synth.WriteCSV(&buf, cfg))

	reform := vietnam.MustParseDate("1/7/2025")
	eras := map[admin.Era]int{}
	persons := map[int]bool{}
	right, resolved := 0, 0
	rep, err := training.NewImporter(training.ImportOptions{Source: "bd", Required: []training.Field{training.FieldBirthDate, training.FieldCCCD, training.FieldPhone}}).Import(context.Background(), &buf, func(e training.Entry) error {
		tr := truth[e.Row-2]
		assert.True(t, tr.Valid, "row %d accepted despite %q", e.Row, tr.Mistake)
		assert.Equal(t, tr.Date, e.Date)
		assert.Equal(t, tr.Service, e.Service)
		eras[tr.Commune.Era()]++
		persons[tr.Person] = true
		if len(tr.Current) == 1 {
			resolved++
			if e.Learner.Commune == tr.Current[0] {
				right++
			} else {
				assert.True(t, e.Learner.Commune.IsZero(), "row %d %q: wrong commune %v, want %v", e.Row, tr.Cells[6], e.Learner.Commune, tr.Current)
			}
		}
		if tr.Date.Before(reform) {
			assert.Equal(t, admin.EraPre2025, tr.Commune.Era())
		} else {
			assert.Equal(t, admin.Era2025, tr.Commune.Era())
		}
		return nil
	})
	require.NoError(t, err)
	for _, r := range rep.Rejected {
		assert.False(t, truth[r.Row-2].Valid, "valid row rejected: %v", r)
	}
	valid := 0
	for _, tr := range truth {
		if tr.Valid {
			valid++
		}
	}
	assert.Equal(t, valid, rep.Accepted)
	assert.Greater(t, len(rep.Rejected), 50, "about 5% spoiled")
	assert.Greater(t, eras[admin.EraPre2025], 500)
	assert.Greater(t, eras[admin.Era2025], 500)
	assert.Less(t, len(persons), rep.Accepted, "duplicates repeat people")
	// Addresses that map to one current commune land there (the rest are
	// toneless names shared by two communes, reported as ambiguous).
	assert.GreaterOrEqual(t, float64(right)/float64(resolved), 0.98, "%d of %d", right, resolved)
	assert.Positive(t, rep.Fixes[training.FixEncoding])
}

func TestGenerateErrors(t *testing.T) {
	cfg := binhDuongSynth(10)
	cfg.Province = "99"
	_, err := synth.Generate(cfg)
	assert.EqualError(t, err, `synth: no pre-2025 province "99"`)
	cfg = binhDuongSynth(10)
	cfg.To = cfg.From.AddDays(-1)
	_, err = synth.Generate(cfg)
	assert.Error(t, err)
	assert.Equal(t, "Họ và tên", synth.Header()[1])
}

// TestCCCDsDifferAcrossProvinces generates the rosters of Lâm Đồng and of
// the two provinces merged into it in 2025 (Đắk Nông, Bình Thuận), and of
// Bình Dương twice with two seeds, and checks that two different people
// never share a citizen ID, and that the IDs follow the seed.
func TestCCCDsDifferAcrossProvinces(t *testing.T) {
	type who struct {
		roster string
		person int
	}
	owner := map[string]who{}
	for _, r := range []struct {
		province string
		seed     uint64
	}{{"68", 1}, {"67", 1}, {"60", 1}, {"74", 7}, {"74", 8}} {
		cfg := binhDuongSynth(6000)
		cfg.Province, cfg.Seed = r.province, r.seed
		rows, err := synth.Generate(cfg)
		require.NoError(t, err)
		name := r.province + "/" + string(rune('0'+r.seed))
		for row := range rows {
			if !row.Valid {
				continue
			}
			id := row.Cells[4]
			_, err := person.ParseCCCD(id)
			require.NoError(t, err, "row of %s: %q", name, id)
			me := who{name, row.Person}
			if o, seen := owner[id]; seen {
				assert.Equal(t, o, me, "CCCD %s given to two people", id)
			}
			owner[id] = me
		}
	}
	assert.Greater(t, len(owner), 20000)
}

// wardForms are the ways people write a numbered ward.
var wardForms = map[string]*regexp.Regexp{
	"Phường 2":  regexp.MustCompile(`Phường [1-9]`),
	"Phường 02": regexp.MustCompile(`Phường 0[1-9]`),
	"P. 2":      regexp.MustCompile(`P\. [1-9]`),
	"P.02":      regexp.MustCompile(`P\.0[1-9]`),
}

// TestNumberedWards generates Lâm Đồng, whose Đà Lạt and Bảo Lộc had
// numbered wards before 2025 (Phường 1 to Phường 12), and Thành phố Hồ
// Chí Minh, whose numbered wards are in numbered districts (Phường 2,
// Quận 3), and checks that their addresses are written as people write
// them, never as a bare number, and that the importer reads them: an
// address resolves to the right commune or, where the resolver cannot
// decide, lists it among its candidates; never to another commune.
func TestNumberedWards(t *testing.T) {
	old := admin.Embedded().At(vietnam.MustParseDate("30/6/2025"))
	numbered := func(t *testing.T, tr synth.Row) bool {
		if tr.Commune.Era() != admin.EraPre2025 {
			return false
		}
		u, ok := old.Unit(tr.Commune)
		require.True(t, ok, tr.Commune)
		_, err := strconv.Atoi(u.Name())
		return err == nil
	}
	for _, tt := range []struct{ name, province string }{{"Lâm Đồng", "68"}, {"Hồ Chí Minh", "79"}} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := binhDuongSynth(3000)
			cfg.Province, cfg.Errors, cfg.NoTones, cfg.Legacy = tt.province, 0, 0, 0
			rows, err := synth.Generate(cfg)
			require.NoError(t, err)
			truth := slices.Collect(rows)
			forms := map[string]int{}
			n := 0
			for _, tr := range truth {
				if !numbered(t, tr) {
					continue
				}
				n++
				addr := tr.Cells[6]
				for form, re := range wardForms {
					if re.MatchString(addr) {
						forms[form]++
					}
				}
				assert.NotRegexp(t, `(^|, )\d+(, |$)`, addr, "a bare number names no ward or district")
			}
			require.Greater(t, n, 100)
			assert.Len(t, forms, 4, "every way of writing a numbered ward appears: %v", forms)

			var buf bytes.Buffer
			require.NoError(t, synth.WriteCSV(&buf, cfg))
			right, listed, one := 0, 0, 0
			_, err = training.NewImporter(training.ImportOptions{Source: "x"}).Import(context.Background(), &buf, func(e training.Entry) error {
				tr := truth[e.Row-2]
				if !numbered(t, tr) || len(tr.Current) != 1 {
					return nil
				}
				one++
				switch {
				case e.Learner.Commune == tr.Current[0]:
					right++
				case e.Learner.Commune.IsZero() && slices.Contains(e.Candidates, tr.Current[0]):
					listed++
				default:
					t.Errorf("row %d %q: got %v %v, want %v", e.Row, tr.Cells[6], e.Learner.Commune, e.Candidates, tr.Current[0])
				}
				return nil
			})
			require.NoError(t, err)
			require.Positive(t, one)
			assert.GreaterOrEqual(t, float64(right)/float64(one), 0.95, "%d of %d numbered-ward addresses resolved, %d ambiguous", right, one, listed)
		})
	}
}
