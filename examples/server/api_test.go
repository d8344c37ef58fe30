package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func rec(id string, unit org.ID, date string, subject string) map[string]any {
	return map[string]any{"id": id, "indicator": string(training.Learners), "unit": string(unit), "date": date, "value": 1, "subject": subject}
}

func TestTreeAndCampaign(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var tree struct {
		Root  org.ID     `json:"root"`
		Units []org.Unit `json:"units"`
	}
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/tree", nil, &tree))
	assert.Equal(t, f.province, tree.Root)
	assert.Len(t, tree.Units, f.w.tree.Len())
	// The province's units of 15/6/2025 ended with the reform: the Tỉnh
	// đoàn, district and commune unions of Bình Dương closed on 30/6/2025
	// (Nghị quyết 202/2025/QH15 and 1662/NQ-UBTVQH15, in force 1/7/2025),
	// and the tree says so even though the campaign runs on to 15/8.
	for _, u := range tree.Units {
		assert.Equal(t, "2025-06-30", u.ValidTo.ISO(), "%s keeps its end", u.ID)
	}

	require.Equal(t, http.StatusOK, f.doJSON("distA", "GET", "/api/tree", nil, &tree))
	assert.Equal(t, f.w.tree.Size(f.distA), len(tree.Units), "a district sees its subtree only")
	for _, u := range tree.Units {
		assert.True(t, f.w.within(f.distA, u.ID), "%s outside the district", u.ID)
	}

	var camp struct {
		ID      string `json:"id"`
		Window  string `json:"window"`
		Targets []struct {
			Unit  org.ID `json:"unit"`
			Value string `json:"value"`
		} `json:"targets"`
		Indicators []struct{ Code string } `json:"indicators"`
	}
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/campaign", nil, &camp))
	assert.Equal(t, "tnct-pcknso-2025", camp.ID)
	assert.Equal(t, "2025-05-29/2025-08-15", camp.Window)
	assert.Len(t, camp.Targets, 2*(1+len(districtWeights)))
	require.Equal(t, http.StatusOK, f.doJSON("distA", "GET", "/api/campaign", nil, &camp))
	require.Len(t, camp.Targets, 2, "the district sees its own targets only")
	assert.Equal(t, f.distA, camp.Targets[0].Unit)

	code, _ := f.do("", "GET", "/api/tree", nil)
	assert.Equal(t, http.StatusUnauthorized, code)
	code, _ = f.do("", "GET", "/api/campaign", nil, "Authorization", "Bearer hvs_not-a-token")
	assert.Equal(t, http.StatusUnauthorized, code)
}

func TestRecords(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	batch := map[string]any{"records": []any{
		rec("r1", f.communeA, "2025-06-02", "079201000001"),
		rec("r2", f.communeA, "2025-06-03", "079201000002"),
		map[string]any{"id": "r3", "indicator": string(training.Attendances), "unit": string(f.communeA), "date": "2025-06-02", "end": "2025-06-08", "value": 12},
	}}
	var res insertResult
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "POST", "/api/records", batch, &res))
	assert.Equal(t, insertResult{Inserted: 3}, res)

	// A retry of the same batch changes nothing.
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "POST", "/api/records", batch, &res))
	assert.Equal(t, insertResult{Duplicates: 3}, res)
	assert.Equal(t, 3, f.count(`SELECT count(*) FROM records`))

	// No raw citizen ID is stored: subjects are the library's pseudonyms.
	assert.Equal(t, 0, f.count(`SELECT count(*) FROM records WHERE subject LIKE '%079201%'`))
	assert.Equal(t, 1, f.count(`SELECT count(*) FROM records WHERE subject = $1`, f.pseud.Key("079201000001")))
	assert.Equal(t, 2, f.count(`SELECT count(*) FROM records WHERE subject LIKE 's1:%'`))
	assert.Equal(t, 2, f.count(`SELECT count(*) FROM audit WHERE action = 'records'`))

	// The same ID with other content is refused, naming both.
	var conflict struct {
		Error  string
		Stored metrics.Record
		Sent   metrics.Record
	}
	changed := map[string]any{"records": []any{rec("r9", f.communeA, "2025-06-04", "x"), rec("r1", f.communeA, "2025-06-09", "079201000001")}}
	require.Equal(t, http.StatusConflict, f.doJSON("communeA", "POST", "/api/records", changed, &conflict))
	assert.Contains(t, conflict.Error, `"r1"`)
	assert.Equal(t, "2025-06-02", conflict.Stored.Date.ISO())
	assert.Equal(t, "2025-06-09", conflict.Sent.Date.ISO())
	assert.Equal(t, 0, f.count(`SELECT count(*) FROM records WHERE id = 'r9'`), "nothing of a refused batch is written")
	// Other tags are other content too: they move the record in the
	// breakdowns.
	retagged := map[string]any{"records": []any{withTags(rec("r1", f.communeA, "2025-06-02", "079201000001"), map[string]string{"sex": "nu"})}}
	require.Equal(t, http.StatusConflict, f.doJSON("communeA", "POST", "/api/records", retagged, &conflict))

	// A commune writing for another commune: 403, nothing written.
	foreign := map[string]any{"records": []any{rec("r10", f.communeA, "2025-06-04", "a"), rec("r11", f.communeB, "2025-06-04", "b")}}
	var e apiError
	require.Equal(t, http.StatusForbidden, f.doJSON("communeA", "POST", "/api/records", foreign, &e))
	assert.Equal(t, "unit", e.Field)
	assert.Equal(t, 0, f.count(`SELECT count(*) FROM records WHERE id IN ('r10', 'r11')`))
	// The district above both may write for its own commune.
	require.Equal(t, http.StatusOK, f.doJSON("distA", "POST", "/api/records", map[string]any{"records": []any{rec("r12", f.communeA, "2025-06-04", "c")}}, &res))
	// Values reach PostgreSQL as parameters, never as SQL text: an ID
	// written to break a spliced statement is stored as it is.
	sly := `r14'); DELETE FROM records; --`
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "POST", "/api/records", map[string]any{"records": []any{rec(sly, f.communeA, "2025-06-04", "d")}}, &res))
	assert.Equal(t, 1, f.count(`SELECT count(*) FROM records WHERE id = $1`, sly))
	assert.Equal(t, 5, f.count(`SELECT count(*) FROM records`))
	// A read-only token may not write.
	require.Equal(t, http.StatusForbidden, f.doJSON("reader", "POST", "/api/records", map[string]any{"records": []any{rec("r13", f.communeA, "2025-06-04", "c")}}, &e))
}

func TestRecordsBadInput(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	good := fmt.Sprintf(`{"id":"a","indicator":"hoc_vien","unit":%q,"date":"2025-06-02","value":1,"subject":"s"}`, f.communeA)
	tests := []struct {
		name, body, field string
		code              int
	}{
		{"syntax", `{"records":[` + good + `,]}`, "", http.StatusBadRequest},
		{"empty body", ``, "", http.StatusBadRequest},
		{"not an object", `[1,2]`, "", http.StatusBadRequest},
		{"no records", `{"records":[]}`, "records", http.StatusBadRequest},
		{"unknown top field", `{"records":[` + good + `],"extra":1}`, "extra", http.StatusBadRequest},
		{"value as string", `{"records":[` + good + `,{"id":"b","indicator":"hoc_vien","unit":"x","date":"2025-06-02","value":"1"}]}`, "records[1].value", http.StatusBadRequest},
		{"unknown record field", `{"records":[{"id":"b","indicatr":"hoc_vien"}]}`, "records[0].indicatr", http.StatusBadRequest},
		{"bad date", strings.Replace(`{"records":[`+good+`]}`, "2025-06-02", "2025-02-30", 1), "records[0].date", http.StatusBadRequest},
		{"day-first date", strings.Replace(`{"records":[`+good+`]}`, "2025-06-02", "", 1), "records[0].date", http.StatusBadRequest},
		{"end before date", strings.Replace(`{"records":[`+good+`]}`, `"value"`, `"end":"2025-06-01","value"`, 1), "records[0].end", http.StatusBadRequest},
		{"unknown indicator", strings.Replace(`{"records":[`+good+`]}`, "hoc_vien", "nope", 1), "records[0].indicator", http.StatusBadRequest},
		{"unknown unit", strings.Replace(`{"records":[`+good+`]}`, string(f.communeA), "doan_xa@2025:00000", 1), "records[0].unit", http.StatusBadRequest},
		{"no subject for distinct", strings.Replace(`{"records":[`+good+`]}`, `,"subject":"s"`, ``, 1), "records[0].subject", http.StatusBadRequest},
		{"negative", strings.Replace(`{"records":[`+good+`]}`, `"value":1`, `"value":-1`, 1), "records[0].value", http.StatusBadRequest},
		{"no id", strings.Replace(`{"records":[`+good+`]}`, `"id":"a"`, `"id":""`, 1), "records[0].id", http.StatusBadRequest},
		{"same id twice, other content", `{"records":[` + good + `,` + strings.Replace(good, `"value":1`, `"value":2`, 1) + `]}`, "records[1].id", http.StatusBadRequest},
		{"unknown category", strings.Replace(`{"records":[`+good+`]}`, `"value":1`, `"tags":{"religion":"x"},"value":1`, 1), "records[0].tags.religion", http.StatusBadRequest},
		{"unknown option", strings.Replace(`{"records":[`+good+`]}`, `"value":1`, `"tags":{"sex":"f"},"value":1`, 1), "records[0].tags.sex", http.StatusBadRequest},
		{"ethnic group by name", strings.Replace(`{"records":[`+good+`]}`, `"value":1`, `"tags":{"ethnicity":"Kinh"},"value":1`, 1), "records[0].tags.ethnicity", http.StatusBadRequest},
		{"same id twice, other tags", `{"records":[` + good + `,` + strings.Replace(good, `"value":1`, `"tags":{"sex":"nu"},"value":1`, 1) + `]}`, "records[1].id", http.StatusBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := f.do("communeA", "POST", "/api/records", []byte(tc.body))
			require.Equal(t, tc.code, code, "%s", body)
			var e apiError
			require.NoError(t, json.Unmarshal(body, &e))
			assert.Equal(t, tc.field, e.Field, "%s", body)
			assert.NotEmpty(t, e.Error)
		})
	}
	assert.Equal(t, 0, f.count(`SELECT count(*) FROM records`))

	// Over the body limit: 413.
	big := `{"records":[` + strings.Repeat(good+",", int(defaultLimits.Body)/len(good)) + good + `]}`
	code, _ := f.do("communeA", "POST", "/api/records", []byte(big))
	assert.Equal(t, http.StatusRequestEntityTooLarge, code)
}

// roster returns a generated roster of Bình Dương with mistakes real
// sheets have.
func roster(t testing.TB, rows int, seed uint64) []byte {
	var buf bytes.Buffer
	require.NoError(t, synth.WriteCSV(&buf, synth.Config{
		Seed: seed, Province: province, Rows: rows,
		From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("30/6/2025"),
		Errors: 0.03, Duplicates: 0.1, Legacy: 0.02, NoTones: 0.05, Services: 0.4,
	}))
	return buf.Bytes()
}

// rosterAnswer is the answer to a roster upload.
type rosterAnswer struct {
	Upload   int64        `json:"upload"`
	Already  bool         `json:"already_uploaded"`
	Import   importReport `json:"import"`
	Records  int          `json:"records"`
	Inserted int          `json:"inserted"`
}

func TestRoster(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	data := roster(t, 2000, 7)
	var a rosterAnswer
	code, body := f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters?filename=ds.csv", data, "Content-Type", "text/csv")
	require.Equal(t, http.StatusCreated, code, "%s", body)
	require.NoError(t, json.Unmarshal(body, &a))
	assert.Equal(t, 2000, a.Import.Rows)
	assert.Equal(t, a.Import.Rows, a.Import.Accepted+len(a.Import.Rejected), "every row accounted for")
	assert.NotEmpty(t, a.Import.Rejected, "the generated roster has mistakes")
	assert.Equal(t, a.Records, a.Inserted)
	assert.Equal(t, a.Records, f.count(`SELECT count(*) FROM records WHERE upload_id = $1`, a.Upload))
	assert.Equal(t, 1, f.count(`SELECT count(*) FROM audit WHERE action = 'upload'`))
	// Records land on the communes of the addresses, under the province.
	assert.Greater(t, f.count(`SELECT count(DISTINCT unit) FROM records`), 20)
	// No citizen ID of the roster reaches the database, in any table or
	// column: the records keep their keys.
	sheet, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	col := slices.Index(sheet[0], "Số CCCD")
	require.GreaterOrEqual(t, col, 0)
	var ids, keys []string
	for _, row := range sheet[1:] {
		if len(row[col]) == 12 {
			ids, keys = append(ids, row[col]), append(keys, f.pseud.Key(row[col]))
		}
	}
	require.NotEmpty(t, ids)
	for _, table := range []string{"records", "uploads", "audit"} {
		var text string
		require.NoError(t, f.db.pool.QueryRow(context.Background(), `SELECT coalesce(string_agg(t::text, E'\n'), '') FROM `+table+` t`).Scan(&text))
		for _, digits := range regexp.MustCompile(`\d{12}`).FindAllString(text, -1) {
			assert.NotContains(t, ids, digits, "a CCCD in %s", table)
		}
	}
	assert.Greater(t, f.count(`SELECT count(DISTINCT subject) FROM records WHERE subject = ANY($1)`, keys), len(keys)/2, "the keys of the roster's people")

	// The roster's columns tag the records: the province's learners break
	// down by sex, age and area as the rows say.
	var rep struct {
		Breakdowns []breakdownCell `json:"breakdowns"`
	}
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report?depth=0", nil, &rep))
	options := map[metrics.Category]map[string]bool{}
	for _, c := range rep.Breakdowns {
		if c.Unit == f.province && c.Indicator == training.Learners {
			if options[c.Category] == nil {
				options[c.Category] = map[string]bool{}
			}
			options[c.Category][c.Option] = true
		}
	}
	assert.Subset(t, slices.Collect(maps.Keys(options[training.BySex])), []string{"nam", "nu"})
	assert.Subset(t, slices.Collect(maps.Keys(options[training.ByAge])), []string{"thanh_nien"})
	assert.Subset(t, slices.Collect(maps.Keys(options[training.ByArea])), []string{"phuong"})

	// The same file again: the first upload, nothing added.
	code, body = f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters", data)
	require.Equal(t, http.StatusOK, code, "%s", body)
	var b rosterAnswer
	require.NoError(t, json.Unmarshal(body, &b))
	assert.True(t, b.Already)
	assert.Equal(t, a.Upload, b.Upload)
	assert.Equal(t, a.Records, f.count(`SELECT count(*) FROM records`))

	// A commune uploading for another commune: 403, nothing written.
	code, _ = f.do("communeA", "POST", "/api/units/"+string(f.communeB)+"/rosters", roster(t, 50, 8))
	assert.Equal(t, http.StatusForbidden, code)
	// A commune's own roster counts only in its own subtree: rows naming
	// other communes count for the commune itself.
	code, body = f.do("communeA", "POST", "/api/units/"+string(f.communeA)+"/rosters", roster(t, 50, 8))
	require.Equal(t, http.StatusCreated, code, "%s", body)
	var c rosterAnswer
	require.NoError(t, json.Unmarshal(body, &c))
	assert.Equal(t, c.Records, f.count(`SELECT count(*) FROM records WHERE upload_id = $1 AND unit = $2`, c.Upload, string(f.communeA)))

	code, _ = f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters", nil)
	assert.Equal(t, http.StatusBadRequest, code)
	code, _ = f.do("province", "POST", "/api/units/doan_xa@2025:00000/rosters", data)
	assert.Equal(t, http.StatusNotFound, code)
	code, body = f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters", []byte("Họ và tên\n\x00\x01"))
	assert.Equal(t, http.StatusBadRequest, code, "not a text file: %s", body)
	assert.Contains(t, string(body), `"field":"body"`)
	// A sheet the importer reads but cannot use is stored with every row
	// accounted for as rejected.
	code, body = f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters", []byte("Ngày sinh;Điện thoại\n1/1/2000;0912345678\n"))
	require.Equal(t, http.StatusCreated, code, "%s", body)
	var d rosterAnswer
	require.NoError(t, json.Unmarshal(body, &d))
	assert.Equal(t, 1, d.Import.Rows)
	require.Len(t, d.Import.Rejected, 1)
	assert.Equal(t, "no name column", d.Import.Rejected[0].Reason)
}

func TestRosterTooLarge(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.srv.limit.Upload = 10_000
	code, _ := f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters", roster(t, 500, 9))
	assert.Equal(t, http.StatusRequestEntityTooLarge, code)
	assert.Equal(t, 0, f.count(`SELECT count(*) FROM uploads`))
}

func TestWeeklyReports(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	// Week 28 of 2025 runs Monday 7/7 to Sunday 13/7; reports are due
	// Friday 11/7 at 17:00 in Vietnam.
	path := func(u org.ID, p string) string { return "/api/units/" + string(u) + "/reports/" + p }
	var got struct {
		State      string    `json:"state"`
		ReceivedAt time.Time `json:"received_at"`
		Deadline   time.Time `json:"deadline"`
	}
	f.now = time.Date(2025, 7, 11, 9, 59, 0, 0, time.UTC) // 16:59 in Vietnam
	require.Equal(t, http.StatusCreated, f.doJSON("communeA", "PUT", path(f.communeA, "2025W28"), nil, &got))
	assert.Equal(t, "on_time", got.State)
	assert.Equal(t, time.Date(2025, 7, 11, 10, 0, 0, 0, time.UTC), got.Deadline.UTC())
	f.now = f.now.Add(2 * time.Minute)
	require.Equal(t, http.StatusCreated, f.doJSON("communeB", "PUT", path(f.communeB, "2025W28"), nil, &got))
	assert.Equal(t, "late", got.State)
	// Sending again keeps the first receipt.
	f.now = f.now.Add(48 * time.Hour)
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "PUT", path(f.communeA, "2025W28"), nil, &got))
	assert.Equal(t, "on_time", got.State)

	var c completeness
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/completeness?period=2025W28", nil, &c))
	assert.Equal(t, 91, c.Expected, "Bình Dương's 91 commune unions, closed on 30/6/2025, still owe week 28's report")
	assert.Equal(t, 2, c.Received)
	assert.Equal(t, 1, c.OnTime)
	assert.Len(t, c.Missing, c.Expected-2)
	require.Len(t, c.Late, 1)
	assert.Equal(t, f.communeB, c.Late[0].ID)
	// A district sees its own communes only.
	require.Equal(t, http.StatusOK, f.doJSON("distA", "GET", "/api/units/"+string(f.distA)+"/completeness?period=2025W28", nil, &c))
	assert.Equal(t, f.w.tree.Size(f.distA)-1, c.Expected)
	assert.Equal(t, 1, c.OnTime)
	assert.Empty(t, c.Late)

	var e apiError
	assert.Equal(t, http.StatusForbidden, f.doJSON("communeA", "PUT", path(f.communeB, "2025W28"), nil, &e))
	assert.Equal(t, http.StatusForbidden, f.doJSON("distA", "GET", "/api/units/"+string(f.province)+"/completeness", nil, &e))
	// A label reads as its period; the first receipt still counts.
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "PUT", path(f.communeA, "Tu%E1%BA%A7n%2028%2F2025"), nil, &got))
	assert.Equal(t, "on_time", got.State)
	for _, bad := range []string{"2025W54", "W28", "2026W01", "2025-06", "tuần sau"} {
		assert.Equal(t, http.StatusBadRequest, f.doJSON("communeA", "PUT", path(f.communeA, bad), nil, &e), bad)
		assert.Equal(t, "period", e.Field, bad)
	}
	assert.Equal(t, http.StatusBadRequest, f.doJSON("distA", "PUT", path(f.distA, "2025W28"), nil, &e), "districts do not send weekly reports")
	assert.Equal(t, 4, f.count(`SELECT count(*) FROM audit WHERE action = 'submission'`))
}

func ptr[T any](v T) *T { return &v }

// withTags adds breakdown tags to a record of rec.
func withTags(r map[string]any, tags map[string]string) map[string]any {
	r["tags"] = tags
	return r
}

func TestReportFormats(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	recs := []any{}
	// 20 people in commune A: p0–p9 women, p10–p14 men, p15–p19 unsaid;
	// the later records of a person say nothing new.
	sexOf := func(p int) map[string]string {
		switch {
		case p < 10:
			return map[string]string{"sex": "nu", "age": "thanh_nien"}
		case p < 15:
			return map[string]string{"sex": "nam", "ethnicity": "05"}
		}
		return nil
	}
	for i := range 30 {
		recs = append(recs, withTags(rec(fmt.Sprintf("a%d", i), f.communeA, "2025-06-10", fmt.Sprintf("p%d", i%20)), sexOf(i%20)))
	}
	recs = append(recs, rec("b1", f.communeB, "2025-07-20", "p1")) // after the report day
	var res insertResult
	require.Equal(t, http.StatusOK, f.doJSON("province", "POST", "/api/records", map[string]any{"records": recs}, &res))

	var rep struct {
		AsOf string `json:"as_of"`
		Rows []struct {
			Unit      string   `json:"unit_id"`
			Indicator string   `json:"indicator"`
			Actual    *float64 `json:"actual"`
			Target    *float64 `json:"target"`
			Status    string   `json:"status"`
		} `json:"rows"`
	}
	code, body := f.do("distA", "GET", "/api/units/"+string(f.distA)+"/report?date=2025-07-15&depth=1", nil)
	require.Equal(t, http.StatusOK, code, "%s", body)
	require.NoError(t, json.Unmarshal(body, &rep), "%s", body)
	assert.Equal(t, "2025-07-15", rep.AsOf)
	actual := map[string]float64{}
	for _, r := range rep.Rows {
		if r.Indicator == string(training.Learners) && r.Actual != nil {
			actual[r.Unit] = *r.Actual
		}
	}
	assert.Equal(t, 20.0, actual[string(f.distA)], "20 distinct people")
	assert.Equal(t, 20.0, actual[string(f.communeA)])
	var parts struct {
		Breakdowns []breakdownCell `json:"breakdowns"`
	}
	require.NoError(t, json.Unmarshal(body, &parts), "%s", body)
	bySex := map[string]string{}
	for _, c := range parts.Breakdowns {
		if c.Unit == f.distA && c.Indicator == training.Learners && c.Category == training.BySex {
			bySex[c.OptionLabel] = c.Value.String()
		}
	}
	assert.Equal(t, map[string]string{"Nữ": "10", "Nam": "5", "Không rõ": "5"}, bySex, "the district's learners by sex add up to its 20")
	var units []org.ID
	for _, c := range parts.Breakdowns {
		if len(units) == 0 || units[len(units)-1] != c.Unit {
			units = append(units, c.Unit)
		}
	}
	assert.Equal(t, []org.ID{f.distA, f.communeA}, units, "breakdowns of the report's units with records, in its order")

	// A period's values: the records of its days, without the campaign's
	// targets.
	for _, tc := range []struct {
		period string
		unit   org.ID
		want   *float64 // learners at the unit
	}{
		{"2025W24", f.distA, ptr(20.0)},         // 9–15/6: commune A's records
		{"Tuần 24/2025", f.communeA, ptr(20.0)}, // the same week by its label
		{"2025W25", f.distA, nil},               // nothing recorded: missing, not 0
		{"2025-07", f.province, ptr(1.0)},       // commune B's record of 20/7
		{"2025-06", f.province, ptr(20.0)},      // June, cut to the campaign's days
		{"2025Q2", f.communeB, nil},             // commune B recorded nothing before July
		{"2025-05-29", f.province, nil},         // the campaign's first day
	} {
		code, body := f.do("distA", "GET", "/api/units/"+string(f.distA)+"/report?period="+url.QueryEscape(tc.period), nil)
		if !f.w.within(f.distA, tc.unit) {
			code, body = f.do("province", "GET", "/api/units/"+string(tc.unit)+"/report?period="+url.QueryEscape(tc.period), nil)
		}
		require.Equal(t, http.StatusOK, code, "%s: %s", tc.period, body)
		require.NoError(t, json.Unmarshal(body, &rep))
		found := false
		for _, r := range rep.Rows {
			if r.Unit == string(tc.unit) && r.Indicator == string(training.Learners) {
				found = true
				assert.Equal(t, tc.want, r.Actual, tc.period)
				assert.Nil(t, r.Target, "%s: a period has no target", tc.period)
			}
		}
		assert.True(t, found, tc.period)
	}
	var e apiError
	for _, bad := range []string{"2024W01", "2025-09", "tuần sau"} {
		assert.Equal(t, http.StatusBadRequest, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report?period="+url.QueryEscape(bad), nil, &e), bad)
		assert.Equal(t, "period", e.Field, bad)
	}

	code, body = f.do("province", "GET", "/api/units/"+string(f.province)+"/report?date=2025-07-31&format=csv&lang=en", nil)
	require.Equal(t, http.StatusOK, code)
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 1)
	assert.Equal(t, "Unit ID", rows[0][0], "English headers with ?lang=en")

	code, body = f.do("province", "GET", "/api/units/"+string(f.province)+"/report?format=xlsx", nil)
	require.Equal(t, http.StatusOK, code)
	x, err := excelize.OpenReader(bytes.NewReader(body))
	require.NoError(t, err)
	xrows, err := x.GetRows("Báo cáo")
	require.NoError(t, err)
	_, csvVI := f.do("province", "GET", "/api/units/"+string(f.province)+"/report?format=csv", nil)
	want, err := csv.NewReader(bytes.NewReader(csvVI)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, len(want), len(xrows))
	assert.Equal(t, want[0], xrows[0], "the workbook has the CSV's columns")

	// The breakdowns as CSV, and as the workbook's second sheet.
	code, body = f.do("province", "GET", "/api/units/"+string(f.province)+"/report?format=csv&table=breakdowns&lang=en", nil)
	require.Equal(t, http.StatusOK, code, "%s", body)
	crows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"Unit ID", "Unit", "Indicator code", "Indicator", "Category code", "Category", "Option code", "Option", "Value"}, crows[0])
	assert.Contains(t, crows, []string{string(f.province), f.w.root.Name, string(training.Learners), "People trained in digital skills",
		"ethnicity", "Ethnic group", "05", "Khmer", "5"}, "05 is the Khmer in the 1979 list")
	xparts, err := x.GetRows("Phân tổ")
	require.NoError(t, err)
	_, csvParts := f.do("province", "GET", "/api/units/"+string(f.province)+"/report?format=csv&table=breakdowns", nil)
	wantParts, err := csv.NewReader(bytes.NewReader(csvParts)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, wantParts, xparts, "the workbook's breakdowns are the CSV's, codes such as 05 kept as written")

	assert.Equal(t, http.StatusBadRequest, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report?format=pdf", nil, &e))
	assert.Equal(t, "format", e.Field)
	assert.Equal(t, http.StatusBadRequest, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report?format=csv&table=sex", nil, &e))
	assert.Equal(t, "table", e.Field)
	assert.Equal(t, http.StatusBadRequest, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report?date=31/02/2025", nil, &e))
	assert.Equal(t, "date", e.Field)
	assert.Equal(t, http.StatusBadRequest, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report?depth=-1", nil, &e))
	assert.Equal(t, http.StatusForbidden, f.doJSON("communeA", "GET", "/api/units/"+string(f.communeB)+"/report", nil, &e))
	assert.Equal(t, http.StatusNotFound, f.doJSON("communeA", "GET", "/api/units/nope/report", nil, &e))
}

// TestRosterXLSX: the same roster as a workbook reads as the CSV does.
func TestRosterXLSX(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	data := roster(t, 300, 21)
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	x := excelize.NewFile()
	for i, row := range rows {
		cells := make([]any, len(row))
		for j, v := range row {
			cells[j] = v
		}
		ref, _ := excelize.CoordinatesToCellName(1, i+1)
		require.NoError(t, x.SetSheetRow("Sheet1", ref, &cells))
	}
	var book bytes.Buffer
	require.NoError(t, x.Write(&book))

	var fromCSV, fromXLSX rosterAnswer
	code, body := f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters?filename=ds.csv", data)
	require.Equal(t, http.StatusCreated, code, "%s", body)
	require.NoError(t, json.Unmarshal(body, &fromCSV))
	code, body = f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters?filename=ds.xlsx", book.Bytes(),
		"Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	require.Equal(t, http.StatusCreated, code, "%s", body)
	require.NoError(t, json.Unmarshal(body, &fromXLSX))
	assert.Equal(t, 300, fromXLSX.Import.Rows)
	assert.Equal(t, fromCSV.Import.Accepted, fromXLSX.Import.Accepted)
	assert.Equal(t, len(fromCSV.Import.Rejected), len(fromXLSX.Import.Rejected))
	assert.Equal(t, fromCSV.Records, fromXLSX.Records)

	code, _ = f.do("province", "POST", "/api/units/"+string(f.province)+"/rosters?sheet=Nope", book.Bytes())
	assert.Equal(t, http.StatusBadRequest, code, "a sheet the workbook lacks")
}

// TestSubjectTag: every tag training's roster importer gives is one the
// API takes, "subject" (a person or an organisation) included, so a
// client can send what a roster gives; the reports and the page break
// SmartCA users down into people and organisations.
func TestSubjectTag(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	// Two people and two businesses open SmartCA accounts (the importer's
	// own example of subjects).
	roster := []byte("Họ tên/Tên tổ chức,Số CCCD,Mã số thuế,Giới tính,Ngày sinh,Dịch vụ,Ngày\n" +
		"Nguyễn Văn An,074085001234,,Nam,12/3/1985,SmartCA,2/6/2025\n" +
		"Tập đoàn Viettel,,0100109106,,,Chữ ký số,2/6/2025\n" +
		"Chi nhánh Viettel Bình Dương,,0100109106-001,,,SmartCA,3/6/2025\n" +
		"Trần Thị Bình,074190004321,,Nữ,1/1/1990,SmartCA,3/6/2025\n")
	recs, rep, err := f.srv.importRoster(context.Background(), roster, f.communeA, "smartca.csv", "")
	require.NoError(t, err)
	require.Equal(t, 4, rep.Accepted)
	// The roster's records, sent through the API as a client would: all
	// taken, tags and all.
	var batch []any
	subjects := map[string]int{}
	for i, r := range recs {
		tags := map[string]string{}
		for _, g := range r.Tags {
			if g.Option != "" {
				tags[string(g.Category)] = g.Option
			}
		}
		require.Contains(t, tags, string(training.BySubject), "the importer tags every record with its subject")
		if r.Record.Indicator == training.ServiceUsers(training.SmartCA) {
			subjects[tags["subject"]]++
		}
		m := map[string]any{"id": fmt.Sprintf("replay-%d", i), "indicator": string(r.Record.Indicator), "unit": string(r.Record.Unit),
			"date": r.Record.Date.ISO(), "value": r.Record.Value, "subject": r.Record.Subject, "tags": tags}
		batch = append(batch, m)
	}
	require.Equal(t, map[string]int{"ca_nhan": 2, "to_chuc": 2}, subjects)
	var res insertResult
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "POST", "/api/records", map[string]any{"records": batch}, &res))
	assert.Equal(t, insertResult{Inserted: len(recs)}, res)

	// An organisation has no sex; a subject is a person or an
	// organisation.
	var e apiError
	bad := withTags(rec("o1", f.communeA, "2025-06-02", "0100109106"), map[string]string{"subject": "to_chuc", "sex": "nam"})
	require.Equal(t, http.StatusBadRequest, f.doJSON("communeA", "POST", "/api/records", map[string]any{"records": []any{bad}}, &e))
	assert.Equal(t, "records[0].tags.sex", e.Field)
	bad = withTags(rec("o2", f.communeA, "2025-06-02", "0100109106"), map[string]string{"subject": "doanh_nghiep"})
	require.Equal(t, http.StatusBadRequest, f.doJSON("communeA", "POST", "/api/records", map[string]any{"records": []any{bad}}, &e))
	assert.Equal(t, "records[0].tags.subject", e.Field)

	// The report breaks SmartCA users down: two people, two organisations.
	var report struct {
		Breakdowns []breakdownCell `json:"breakdowns"`
	}
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "GET", "/api/units/"+string(f.communeA)+"/report", nil, &report))
	got := map[string]string{}
	for _, c := range report.Breakdowns {
		if c.Category == training.BySubject && c.Unit == f.communeA && c.Indicator == training.ServiceUsers(training.SmartCA) {
			got[c.Option+" "+c.OptionLabel] = c.Value.String()
		}
	}
	assert.Equal(t, map[string]string{"ca_nhan Cá nhân": "2", "to_chuc Tổ chức": "2"}, got)
	// And so does the page, in a table of its own.
	code, body := f.do("communeA", "GET", "/units/"+string(f.communeA)+"?lang=en", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, string(body), `<table class="cat" data-category="subject">`)
	assert.Regexp(t, `<tr data-option="to_chuc"><th scope="row">Organisation</th><td class="n" data-indicator="hoc_vien" data-actual="">–</td><td class="n" data-indicator="nd_smartca" data-actual="2">2</td>`, string(body))
}

// TestReportNotCounted: a stored record of a unit the tree does not have
// (written before the scenario's tree changed) is in no total, and the
// report says which units were left out instead of dropping them
// unnoticed.
func TestReportNotCounted(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var res insertResult
	require.Equal(t, http.StatusOK, f.doJSON("communeA", "POST", "/api/records", map[string]any{"records": []any{rec("k1", f.communeA, "2025-06-02", "a")}}, &res))
	type answer struct {
		Rows []struct {
			Unit      string   `json:"unit_id"`
			Indicator string   `json:"indicator"`
			Actual    *float64 `json:"actual"`
		} `json:"rows"`
		NotCounted *notCounted `json:"not_counted"`
	}
	learners := func(a answer) float64 {
		for _, r := range a.Rows {
			if r.Unit == string(f.province) && r.Indicator == string(training.Learners) && r.Actual != nil {
				return *r.Actual
			}
		}
		return 0
	}
	var a answer
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report", nil, &a))
	assert.Nil(t, a.NotCounted, "everything counted")
	assert.Equal(t, 1.0, learners(a))

	_, err := f.db.pool.Exec(context.Background(), `INSERT INTO records (id, source, indicator, unit, day, value, subject, token_id)
		VALUES ('k2', 'api', $1, 'doan_xa@pre-2025:00000', '2025-06-03', 1, $2, $3)`, string(training.Learners), f.pseud.Key("b"), f.token("province").ID)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, f.doJSON("province", "GET", "/api/units/"+string(f.province)+"/report", nil, &a))
	require.NotNil(t, a.NotCounted)
	assert.Equal(t, []org.ID{"doan_xa@pre-2025:00000"}, a.NotCounted.UnknownUnits)
	assert.Equal(t, 1.0, learners(a), "in no total")
}

// TestRecordsForNewCommunes: from 1/7/2025 a client may name a commune
// union that the reform made under a new ID (most keep the ID of the
// union they continue, which the tree has); its record counts for the old
// unit that holds everything the new commune came from (org.Mapping.Old),
// as a roster row does: one old commune, or the district's or the
// province's union. The token must reach that old unit.
func TestRecordsForNewCommunes(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	byKind := map[org.Kind][]org.ID{} // the old unit's kind → new commune unions
	for _, u := range f.w.current.All() {
		if u.Kind != org.KindCommuneUnion || f.w.tree.Has(u.ID) {
			continue // most keep the ID of the union they continue
		}
		old, ok := f.w.mapping.Old(u.ID)
		require.True(t, ok, "%s", u.ID)
		o, _ := f.w.tree.Unit(old)
		byKind[o.Kind] = append(byKind[o.Kind], u.ID)
	}
	require.NotEmpty(t, byKind[org.KindCommuneUnion], "a new commune from one old commune")
	require.NotEmpty(t, byKind[org.KindDistrictUnion], "a new commune from communes of one district")
	require.NotEmpty(t, byKind[org.KindProvinceUnion], "a new commune across districts")
	city, ok := f.w.current.Parent(byKind[org.KindProvinceUnion][0])
	require.True(t, ok)
	tests := []struct {
		name  string
		unit  org.ID
		token string // who sends: "" the old unit's token, "commune" one of its communes
		code  int
	}{
		{"one old commune, its token", byKind[org.KindCommuneUnion][0], "", http.StatusOK},
		{"one district, the district's token", byKind[org.KindDistrictUnion][0], "", http.StatusOK},
		{"one district, a commune's token", byKind[org.KindDistrictUnion][0], "commune", http.StatusForbidden},
		{"across districts, the province's token", byKind[org.KindProvinceUnion][0], "", http.StatusOK},
		{"the new city's union is not a commune union", city.ID, "", http.StatusBadRequest},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			old, _ := f.w.mapping.Old(tc.unit)
			role := fmt.Sprintf("sender%d", i)
			switch tc.token {
			case "":
				f.tok[role] = f.addToken(old, true)
			case "commune":
				for c := range f.w.tree.Children(old) {
					f.tok[role] = f.addToken(c.ID, true)
					break
				}
			}
			id := fmt.Sprintf("new-%d", i)
			var e apiError
			code := f.doJSON(role, "POST", "/api/records", map[string]any{"records": []any{rec(id, tc.unit, "2025-07-08", "a")}}, &e)
			require.Equal(t, tc.code, code, "%+v", e)
			if code != http.StatusOK {
				assert.Equal(t, 0, f.count(`SELECT count(*) FROM records WHERE id = $1`, id))
				return
			}
			var stored string
			require.NoError(t, f.db.pool.QueryRow(context.Background(), `SELECT unit FROM records WHERE id = $1`, id).Scan(&stored))
			assert.Equal(t, string(old), stored)
		})
	}
}

// TestUnitEndpointsBadInput: every endpoint of a unit answers 404 for a
// unit the tree does not have, and 400 naming the parameter for a bad day
// or period, on the pages as on the API.
func TestUnitEndpointsBadInput(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	a := "/api/units/" + string(f.communeA)
	tests := []struct {
		method, path string
		code         int
		field        string
	}{
		{"GET", "/api/units/doan_xa@2025:00000/report", http.StatusNotFound, "unit"},
		{"GET", "/api/units/doan_xa@2025:00000/completeness", http.StatusNotFound, "unit"},
		{"GET", "/api/units/doan_xa@2025:00000/audit", http.StatusNotFound, "unit"},
		{"GET", "/api/units/doan_xa@2025:00000/tokens", http.StatusNotFound, "unit"},
		{"PUT", "/api/units/doan_xa@2025:00000/reports/2025W28", http.StatusNotFound, "unit"},
		{"POST", "/api/units/doan_xa@2025:00000/rosters", http.StatusNotFound, "unit"},
		{"GET", "/units/doan_xa@2025:00000", http.StatusNotFound, "unit"},
		{"GET", a + "/completeness?period=2025W60", http.StatusBadRequest, "period"},
		{"GET", a + "/completeness?period=2025-07", http.StatusBadRequest, "period"},
		{"GET", a + "/completeness?date=30/02/2025", http.StatusBadRequest, "date"},
		{"GET", "/units/" + string(f.communeA) + "?date=2025-02-30", http.StatusBadRequest, "date"},
		{"POST", a + "/rosters", http.StatusBadRequest, "body"},
	}
	for _, tc := range tests {
		var e apiError
		code := f.doJSON("province", tc.method, tc.path, nil, &e)
		assert.Equal(t, tc.code, code, "%s %s", tc.method, tc.path)
		assert.Equal(t, tc.field, e.Field, "%s %s", tc.method, tc.path)
		assert.NotEmpty(t, e.Error, "%s %s", tc.method, tc.path)
	}
}
