package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/example/exampletest"
	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

const testRows = 2500

type output struct {
	Imports []struct {
		Province string `json:"province"`
		Rows     int    `json:"rows"`
		Accepted int    `json:"accepted"`
		Rejected int    `json:"rejected"`
		NotFound int    `json:"address_not_found"`
		NoDate   int    `json:"rows_without_date"`
		// Ambiguous are the rows whose address reads as several communes.
		Ambiguous []exampletest.Ambiguity `json:"ambiguous_by_candidates"`
	} `json:"imports"`
	Report struct {
		Rows []struct {
			Unit      string       `json:"unit_id"`
			Indicator string       `json:"indicator"`
			Actual    *json.Number `json:"actual"`
			Target    *json.Number `json:"target"`
		} `json:"rows"`
	} `json:"report"`
	Communes int `json:"new_communes"`
	Merged   []struct {
		Admin string `json:"admin_code"`
		Youth int    `json:"youth"`
		App   int    `json:"app_users"`
	} `json:"communes_from_merged"`
	Checks []struct {
		Indicator string `json:"indicator"`
		Old       int64  `json:"old"`
		New       int64  `json:"new"`
		Match     bool   `json:"match"`
	} `json:"totals_check"`
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	return exampletest.Run(t, command().Run, args...)
}

// truth counts from the generator's record of each row: its validity, its
// person, its commune and its service; the age comes from the birth date
// as generated. No import, resolution or metrics.
type truth struct {
	rows, valid []int
	youth       exampletest.People // district code ("" province) → people
	online      exampletest.People
	payment     exampletest.People
	app         map[int]bool
	children    map[int]bool
	newYouth    exampletest.People // 2025 commune code → people of the merged province
}

// A row the tracker reports as reading as several communes (ambiguous[i],
// roster i's by line number) counts for its province alone, once its true
// commune is checked to be among the candidates: the resolver's readings
// are tested in vietnam/admin, the tracker's refusal to pick one here.
func countTruth(t *testing.T, asOf vietnam.Date, ambiguous []map[int][]string) truth {
	t.Helper()
	window := campaign.MustParseWindow(program.Window)
	tr := truth{youth: exampletest.People{}, online: exampletest.People{}, payment: exampletest.People{},
		app: map[int]bool{}, children: map[int]bool{}, newYouth: exampletest.People{}}
	old := admin.At(example.TreeDate())
	// One roster file per province.
	var files [][]synth.Config
	for i, spec := range rosters {
		files = append(files, []synth.Config{spec.Config(append([]string{province}, merged...)[i], max(1, testRows*spec.Rows/rosters[0].Rows), window)})
	}
	tr.rows, tr.valid = make([]int, len(files)), make([]int, len(files))
	for r := range exampletest.Rows(t, ambiguous, files...) {
		i, amb, person := r.File, r.Ambiguous, r.Person
		tr.rows[i]++
		if !r.Valid {
			continue
		}
		tr.valid[i]++
		if r.Date.After(asOf) {
			continue
		}
		birth := r.Birth
		age := r.Date.Year() - birth.Year()
		if r.Date.Month() < birth.Month() || (r.Date.Month() == birth.Month() && r.Date.Day() < birth.Day()) {
			age--
		}
		u, ok := old.Unit(r.Commune)
		require.True(t, ok)
		if age >= youthAge[0] && age <= youthAge[1] {
			if i == 0 {
				keys := []string{"", u.District().String()}
				if amb {
					keys = keys[:1]
				}
				for _, k := range keys {
					tr.youth.Add(k, person)
					if r.Service == training.OnlinePublicService {
						tr.online.Add(k, person)
					}
					if r.Service == training.EPayment {
						tr.payment.Add(k, person)
					}
				}
			} else if len(r.Current) == 1 && !amb {
				tr.newYouth.Add(r.Current[0].String(), person)
			}
		}
		if i == 0 && age < childAge {
			tr.children[person] = true
		}
		if i == 0 && r.Service == training.AppInstall {
			tr.app[person] = true
		}
	}
	return tr
}

func share(num, den int) decimal.Decimal {
	return decimal.NewFromInt(int64(100*num)).DivRound(decimal.NewFromInt(int64(den)), 10)
}

func TestAgainstTruth(t *testing.T) {
	window := campaign.MustParseWindow(program.Window)
	for _, day := range []string{window.Start().AddDays(window.Days() / 2).String(), window.End().String()} {
		t.Run(strings.ReplaceAll(day, "/", "-"), func(t *testing.T) {
			var got output
			exampletest.JSON(t, command().Run, &got, "-rows", strconv.Itoa(testRows), "-date", day)
			var ambiguous []map[int][]string
			for _, imp := range got.Imports {
				ambiguous = append(ambiguous, exampletest.Ambiguous(imp.Ambiguous))
			}
			want := countTruth(t, vietnam.MustParseDate(day), ambiguous)

			require.Len(t, got.Imports, 2)
			for i, imp := range got.Imports {
				assert.Equal(t, want.rows[i], imp.Rows)
				assert.Equal(t, want.valid[i], imp.Accepted)
				assert.Equal(t, want.rows[i]-want.valid[i], imp.Rejected)
				assert.Zero(t, imp.NotFound, "every generated address is found")
			}
			actual := func(unit org.ID, code string) (string, bool) {
				for _, r := range got.Report.Rows {
					if r.Unit == string(unit) && r.Indicator == code {
						if r.Actual == nil {
							return "", r.Target != nil
						}
						return r.Actual.String(), r.Target != nil
					}
				}
				t.Fatalf("no row for %s %s", unit, code)
				return "", false
			}
			units := map[string]org.ID{"": org.IDFor(org.KindProvinceUnion, admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, province))}
			for u := range admin.At(example.TreeDate()).Children(admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, province)) {
				units[u.Code().String()] = org.IDFor(org.KindDistrictUnion, u.Code())
			}
			for key, id := range units {
				for code, num := range map[string]exampletest.People{indOnlineShare: want.online, indPaymentShare: want.payment} {
					v, hasTarget := actual(id, code)
					assert.True(t, hasTarget, "every unit keeps the percentage target")
					assert.True(t, share(len(num[key]), len(want.youth[key])).Equal(decimal.RequireFromString(v)),
						"%s at %s: want %d/%d, got %s", code, id, len(num[key]), len(want.youth[key]), v)
				}
			}
			v, hasTarget := actual(units[""], string(indAppUsers))
			assert.True(t, hasTarget)
			assert.Equal(t, strconv.Itoa(len(want.app)), v)
			v, _ = actual(units[""], indChildren)
			if len(want.children) == 0 {
				v = "0"
			}
			assert.Equal(t, strconv.Itoa(len(want.children)), zero(v))

			// The merger: the new province's communes, those from Bắc Kạn,
			// and the youth of those none of whose old communes was split.
			communes, fromBK := newCommunes()
			assert.Equal(t, communes, got.Communes)
			assert.Len(t, got.Merged, fromBK)
			checked := 0
			for _, m := range got.Merged {
				whole := true
				for _, s := range admin.Predecessors(admin.MustParseCode(admin.Era2025, admin.LevelCommune, m.Admin)) {
					whole = whole && len(admin.Successors(s.Old.Code())) == 1
				}
				if whole {
					checked++
					assert.Equal(t, len(want.newYouth[m.Admin]), m.Youth, m.Admin)
				}
			}
			assert.Greater(t, checked, 10)
			require.NotEmpty(t, got.Checks)
			for _, c := range got.Checks {
				assert.True(t, c.Match, c.Indicator)
			}
		})
	}
}

func zero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

// newCommunes counts, from vietnam/admin, the communes of the province
// the reform made of the scenario's, and those of them that took in a
// commune of a merged province.
func newCommunes() (communes, fromMerged int) {
	next := admin.Successors(exampletest.ProvinceCode(province))[0].New.Code()
	for c := range admin.Current().Children(next) {
		communes++
		for _, s := range admin.Predecessors(c.Code()) {
			if slices.Contains(merged, s.Old.Province().String()) {
				fromMerged++
				break
			}
		}
	}
	return communes, fromMerged
}

func TestFormats(t *testing.T) {
	require.NotEmpty(t, merged, "the scenario's province took in another")
	communes, fromMerged := newCommunes()
	old := admin.At(example.TreeDate())
	p, _ := old.Unit(exampletest.ProvinceCode(province))
	m, _ := old.Unit(exampletest.ProvinceCode(merged[0]))
	online := ""
	for _, tg := range program.Targets {
		if tg.Indicator == indOnlineShare {
			online = fmt.Sprintf(" (%d%%)", tg.Value)
		}
	}
	for _, lang := range []string{"vi", "en"} {
		text := runOK(t, "-rows", "600", "-lang", lang)
		want := []string{"SÁP NHẬP 1/7/2025", "Tỉnh đoàn " + p.Name(), fmt.Sprintf("%d xã/phường, %d từ tỉnh %s", communes, fromMerged, m.Name()), "KIỂM TRA TỔNG", shortNames[indOnlineShare][0] + online}
		if lang == "en" {
			want = []string{"MERGER OF 1/7/2025", fmt.Sprintf("%d communes, %d of them from %s", communes, fromMerged, m.Name()), "TOTALS CHECK", shortNames[indOnlineShare][1] + online}
		}
		for _, w := range want {
			assert.Contains(t, text, w, lang)
		}
		assert.NotContains(t, text, "✗")

		// The CSV holds what the JSON holds: the import summary of every
		// roster, the report with shares as fractions, the communes from
		// the merged provinces and the totals check.
		sections, err := example.ReadCSV(strings.NewReader(runOK(t, "-rows", "600", "-lang", lang, "-format", "csv")))
		require.NoError(t, err)
		var js output
		exampletest.JSON(t, command().Run, &js, "-rows", "600", "-lang", lang)
		imported := map[string]string{}
		for _, r := range sections["import"] {
			imported[r["unit"]+" "+r["indicator"]] = r["actual"]
		}
		for _, imp := range js.Imports {
			for what, n := range map[string]int{"rows": imp.Rows, "accepted": imp.Accepted, "rejected": imp.Rejected, "address_not_found": imp.NotFound, "rows_without_date": imp.NoDate} {
				assert.Equal(t, strconv.Itoa(n), imported[imp.Province+" "+what], what)
			}
		}
		var old []map[string]string
		for _, r := range sections["progress"] {
			if r["view"] == "old" {
				old = append(old, r)
			}
		}
		require.Len(t, old, len(js.Report.Rows))
		for i, r := range js.Report.Rows {
			assert.Equal(t, r.Unit, old[i]["unit_id"])
			if r.Actual != nil && (r.Indicator == indOnlineShare || r.Indicator == indPaymentShare) {
				assert.Equal(t, decimal.RequireFromString(r.Actual.String()).Shift(-2).Round(4).String(), old[i]["actual"], "a share is a fraction")
			}
		}
		assert.Len(t, sections["progress"], len(old)+len(js.Merged)*4)
		require.Len(t, sections["check"], 2*len(js.Checks))
		for i, c := range js.Checks {
			assert.Equal(t, []string{c.Indicator, strconv.FormatInt(c.Old, 10), strconv.FormatInt(c.New, 10), "match"},
				[]string{sections["check"][2*i]["indicator"], sections["check"][2*i]["actual"], sections["check"][2*i+1]["actual"], sections["check"][2*i+1]["status"]})
		}
	}
}

func TestUsage(t *testing.T) { exampletest.Usage(t, command().Run) }

// TestRosterFile reads a roster typed by hand with the units of the
// scenario's province: a youth who used online public services is counted
// in her district, and a row without a date is reported, not counted.
func TestRosterFile(t *testing.T) {
	var first, second exampletest.Commune
	for _, cs := range exampletest.Communes(t, province) {
		switch {
		case len(cs) == 0:
		case first.Commune.Name() == "":
			first = cs[0]
		case second.Commune.Name() == "":
			second = cs[0]
		}
	}
	require.NotEmpty(t, second.Commune.Name(), "two districts with communes that went whole")
	window := campaign.MustParseWindow(program.Window)
	born := strconv.Itoa(window.Start().Year() - 22)
	path := exampletest.WriteFile(t, "roster.csv", "Họ và tên,Ngày sinh,Giới tính,Số CCCD,Địa chỉ,Ngày,Nội dung hỗ trợ\n"+
		"Hoàng Thị Mai,12/03/"+born+",Nữ,,\"Xóm 1, "+first.Full()+"\","+window.Start().String()+",Dịch vụ công trực tuyến\n"+
		"Ma Văn Long,20/10/"+born+",Nam,,\""+second.Commune.FullName()+", "+second.District.FullName()+", "+second.Province.Name()+"\",,Thanh toán điện tử\n")
	var got output
	exampletest.JSON(t, command().Run, &got, "-roster", path, "-rows", "100", "-date", window.End().String())
	require.NotEmpty(t, got.Imports)
	assert.Equal(t, 2, got.Imports[0].Accepted)
	assert.Equal(t, 1, got.Imports[0].NoDate)
	assert.Zero(t, got.Imports[0].NotFound)
	district := org.IDFor(org.KindDistrictUnion, first.District.Code())
	found := false
	for _, r := range got.Report.Rows {
		if r.Unit == string(district) && r.Indicator == indOnlineShare {
			found = true
			require.NotNil(t, r.Actual)
			assert.Equal(t, "100", r.Actual.String(), "one youth of one used the service")
		}
	}
	assert.True(t, found, "a row for %s", first.District.FullName())
}

// TestSplitChoices: a province's decision on a split commune sends its
// records where it says, and a decision naming no successor is an error.
func TestSplitChoices(t *testing.T) {
	exampletest.SplitChoices(t, command().Run, &splitChoices, province, merged)
}
