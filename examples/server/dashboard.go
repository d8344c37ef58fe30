package main

import (
	"embed"
	"html/template"
	"net/http"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

//go:embed templates/*.html
var templateFS embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"pct": func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
}).ParseFS(templateFS, "templates/*.html"))

// authPage is auth for pages: a browser without a token goes to the login
// form instead of getting a JSON 401.
func (s *server) authPage(h http.HandlerFunc) http.Handler {
	api := s.auth(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie(cookieName); err != nil && r.Header.Get("Authorization") == "" {
			http.Redirect(w, r, "/login"+langQuery(r), http.StatusSeeOther)
			return
		}
		api.ServeHTTP(w, r)
	})
}

// The dashboard's view of a unit, ready for the template: every number is
// formatted in the reader's language, and each carries its plain value in a
// data- attribute for machines (and the browser test).
type (
	page struct {
		L          labels
		Lang       string
		OtherLang  string // the query that switches language
		Q          string // the query that keeps language and day on links
		Unit       org.Unit
		Path       []org.Unit // from the token's unit down to the parent
		Campaign   string
		Window     string
		AsOf       string
		AsOfISO    string
		Day, Days  int
		Targets    []bar
		Others     []plain
		Week       completeness
		Breakdowns []breakdown
		ByCategory []categoryTable
		Children   []org.Unit
	}
	// categoryTable is a small table of the unit's counts by the options
	// of one category, one column per indicator with a target.
	categoryTable struct {
		By      metrics.Category
		Name    string
		Columns []column
		Rows    []categoryRow
		Total   []cell
	}
	column struct {
		Code metrics.Code
		Name string
	}
	categoryRow struct {
		Option, Label string
		Cells         []cell
	}
	cell struct {
		Code      metrics.Code
		Text, Raw string
	}
	bar struct {
		Code             metrics.Code
		Name             string
		Actual, Target   string
		ActualRaw        string
		Achieved         string
		Expected         string
		FillPct, PacePct string // SVG x of the fill's end and the pace mark, 0–100
		Status           string // code: on_track, at_risk, behind, …
		StatusLabel      string
		Icon             string
		Remaining        string
	}
	plain struct {
		Code     metrics.Code
		Name     string
		Value    string
		ValueRaw string
		Unit     string
	}
	breakdown struct {
		Code metrics.Code
		Name string
		Rows []breakdownRow
	}
	breakdownRow struct {
		Unit        org.Unit
		Actual      string
		ActualRaw   string
		Achieved    string
		Status      string
		StatusLabel string
		Icon        string
	}
)

// statusIcon gives each status a shape as well as a colour, so that it reads
// without colour vision and in black-and-white print.
var statusIcon = map[metrics.Status]string{
	metrics.StatusComplete: "✔", metrics.StatusOnTrack: "●", metrics.StatusAtRisk: "▲",
	metrics.StatusBehind: "✖", metrics.StatusNoData: "○", metrics.StatusNotStarted: "–",
}

// dashboard renders one unit's page.
func (s *server) dashboard(w http.ResponseWriter, r *http.Request) {
	u, ok := s.unitOf(w, r, false)
	if !ok {
		return
	}
	l := lang(r)
	asOf, err := s.day(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	span, counted := s.span(asOf)
	bs, err := s.breakdownsOver(r.Context(), span, counted)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.notCounted(bs[0].Total()) // logged
	rep, err := metrics.NewReport(bs[0].Total(), s.w.targets, asOf, metrics.ReportOptions{Root: u.ID, MaxDepth: 1})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	week, err := s.completeness(r, u.ID)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	num := l.Numbers()
	p := page{L: labelsFor(l), Lang: l.String(), Unit: u, Week: week, AsOf: asOf.String(), AsOfISO: asOf.ISO(),
		Window: s.w.window.String(), Days: s.w.window.Days(), Day: s.w.window.DaysThrough(asOf)}
	p.Campaign = s.w.spec.NameVI
	p.OtherLang = "?lang=en"
	if l == vietnam.English {
		p.Campaign, p.OtherLang = s.w.spec.NameEN, "?lang=vi"
	}
	p.Q = langQuery(r)
	if q := r.URL.Query().Get("date"); q != "" {
		p.OtherLang += "&date=" + asOf.ISO()
		if p.Q == "" {
			p.Q = "?date=" + asOf.ISO()
		} else {
			p.Q += "&date=" + asOf.ISO()
		}
	}
	scope := tokenOf(r.Context()).Unit
	for _, a := range s.w.tree.Path(u.ID) {
		if a.ID != u.ID && s.w.within(scope, a.ID) {
			p.Path = append(p.Path, a)
		}
	}
	byInd := map[metrics.Code]*breakdown{}
	for _, row := range rep.Rows {
		code := row.Indicator.Code
		if row.Depth == 0 {
			if row.HasTarget {
				p.Targets = append(p.Targets, s.bar(row, l))
			} else if !row.Actual.IsMissing() {
				p.Others = append(p.Others, plain{Code: code, Name: row.Indicator.Label(l), Value: num.Format(row.Actual.Decimal().Round(1)),
					ValueRaw: row.Actual.String(), Unit: row.Indicator.Unit.Label(l)})
			}
			continue
		}
		if !row.HasTarget {
			continue // the children's table shows the indicators with targets
		}
		b := byInd[code]
		if b == nil {
			b = &breakdown{Code: code, Name: row.Indicator.Label(l)}
			byInd[code] = b
		}
		actual, raw := showActual(row.Actual, l)
		br := breakdownRow{Unit: row.Unit, Actual: actual, ActualRaw: raw,
			Status: row.Progress.Status.String(), StatusLabel: row.Progress.Status.Label(l), Icon: statusIcon[row.Progress.Status],
			Achieved: num.FormatPercent(row.Progress.Achieved.Mul(decimal.NewFromInt(100)).Round(1))}
		b.Rows = append(b.Rows, br)
	}
	for _, bar := range p.Targets {
		if b := byInd[bar.Code]; b != nil {
			p.Breakdowns = append(p.Breakdowns, *b)
		}
	}
	// The tables have a column per indicator the campaign sets targets
	// for, on every page: a commune union has no target of its own, but
	// its counts break down all the same.
	var cols []column
	for _, ts := range s.w.spec.Targets {
		if ind, ok := s.w.cat.Indicator(metrics.Code(ts.Indicator)); ok && broken(ind) {
			cols = append(cols, column{Code: ind.Code, Name: ind.Label(l)})
		}
	}
	p.ByCategory = s.w.categoryTables(bs, u.ID, cols, l)
	for c := range s.w.tree.Children(u.ID) {
		p.Children = append(p.Children, c)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pages.ExecuteTemplate(w, "unit.html", p); err != nil {
		s.log.Error("dashboard", "err", err)
	}
}

// categoryTables makes the unit's tables by category: a row per option
// that has a value, the options in the category's order and "not known"
// last, then the total, which the rows add up to. A category whose records
// all leave it unsaid is shown only when the campaign always reports it.
func (w *world) categoryTables(bs []*metrics.Breakdown, unit org.ID, cols []column, l vietnam.Lang) []categoryTable {
	var out []categoryTable
	if len(cols) == 0 {
		return nil
	}
	show := func(v metrics.Value, ok bool) cell {
		if !ok {
			return cell{Text: "–"}
		}
		text, raw := showActual(v, l)
		return cell{Text: text, Raw: raw}
	}
	for i, b := range bs {
		g := w.categories[i]
		t := categoryTable{By: g.By, Name: pick(g.Name, l), Columns: cols}
		known := false
		for _, o := range g.order(b) {
			row := categoryRow{Option: o, Label: g.label(o, l)}
			seen := false
			for _, c := range cols {
				v, ok := b.Value(unit, c.Code, o)
				ok = ok && !v.IsMissing()
				seen = seen || ok
				cl := show(v, ok)
				cl.Code = c.Code
				row.Cells = append(row.Cells, cl)
			}
			if seen {
				t.Rows = append(t.Rows, row)
				known = known || o != ""
			}
		}
		if len(t.Rows) == 0 || !known && !g.Always {
			continue
		}
		for _, c := range cols {
			v, ok := b.Total().Value(unit, c.Code)
			cl := show(v, ok && !v.IsMissing())
			cl.Code = c.Code
			t.Total = append(t.Total, cl)
		}
		out = append(out, t)
	}
	return out
}

func (s *server) bar(row metrics.Row, l vietnam.Lang) bar {
	num := l.Numbers()
	pr := row.Progress
	hundred := decimal.NewFromInt(100)
	clamp := func(d decimal.Decimal) string {
		f := d.Mul(hundred).InexactFloat64()
		f = max(0, min(100, f))
		return strconv.FormatFloat(f, 'f', 2, 64)
	}
	actual, raw := showActual(row.Actual, l)
	return bar{
		Code: row.Indicator.Code, Name: row.Indicator.Label(l),
		Actual: actual, ActualRaw: raw,
		Target:   num.Format(row.Target.Value),
		Achieved: num.FormatPercent(pr.Achieved.Mul(hundred).Round(1)),
		Expected: num.Format(pr.Expected.Round(0)), Remaining: num.Format(pr.Remaining.Round(0)),
		FillPct: clamp(pr.Achieved), PacePct: clamp(pr.ExpectedShare),
		Status: pr.Status.String(), StatusLabel: pr.Status.Label(l), Icon: statusIcon[pr.Status],
	}
}

// showActual formats an actual value, and its plain form for data-
// attributes; a missing value (nothing recorded) shows as a dash, never as
// a zero.
func showActual(v metrics.Value, l vietnam.Lang) (text, raw string) {
	if v.IsMissing() {
		return "–", ""
	}
	return l.Numbers().Format(v.Decimal()), v.String()
}

// labels are the page's fixed words in one language.
type labels struct {
	Title, Day, Of, AsOf, Target, Achieved, Expected, Remaining, Status                 string
	Week, Received, OnTime, Missing, Late, Deadline, AllIn, Children, Other, Unit, Lang string
	Login, TokenLabel, Breakdown, Legend, Nothing, ByCategory, Total, Until             string
}

// labelsFor gives the page's words in l; each word stands beside its
// translation, so that a label added has both.
func labelsFor(l vietnam.Lang) labels {
	w := func(vi, en string) string { return pick([2]string{vi, en}, l) }
	return labels{
		Title:      w("Theo dõi chiến dịch", "Campaign tracker"),
		Day:        w("ngày", "day"),
		Of:         w("/", "of"),
		AsOf:       w("Số liệu đến hết ngày", "Figures to the end of"),
		Target:     w("chỉ tiêu", "target"),
		Achieved:   w("đạt", "achieved"),
		Expected:   w("cần có đến nay", "due by today"),
		Remaining:  w("còn thiếu", "still to do"),
		Status:     w("Trạng thái", "Status"),
		Week:       w("Báo cáo tuần", "Weekly reports"),
		Received:   w("đã nhận", "received"),
		OnTime:     w("đúng hạn", "on time"),
		Missing:    w("Chưa báo cáo", "Not reported"),
		Late:       w("Trễ hạn", "Late"),
		Deadline:   w("hạn", "deadline"),
		AllIn:      w("Tất cả đơn vị đã báo cáo.", "Every unit has reported."),
		Children:   w("Đơn vị trực thuộc", "Units below"),
		Other:      w("Số liệu khác", "Other figures"),
		Unit:       w("Đơn vị", "Unit"),
		Lang:       w("English", "Tiếng Việt"),
		Login:      w("Đăng nhập", "Sign in"),
		TokenLabel: w("Mã truy cập", "Access token"),
		Breakdown:  w("Theo đơn vị", "By unit"),
		Legend:     w("Thanh: đã đạt; vạch: cần có đến nay", "Bar: achieved; mark: due by today"),
		Nothing:    w("Không có đơn vị báo cáo tuần ở đây.", "No unit reports weekly here."),
		ByCategory: w("Phân tổ", "Breakdowns"),
		Total:      w("Tổng", "Total"),
		Until:      w("Hoạt động đến hết ngày", "In force until"),
	}
}
