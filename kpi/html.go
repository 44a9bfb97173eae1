package kpi

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
)

// HTMLOptions configures WriteHTMLReport. The zero value writes a Japanese
// report titled 「成果指標の評価」 for the fiscal year of the latest actual.
type HTMLOptions struct {
	// Title heads the page; "" means 「成果指標の評価」 ("KPI evaluation" in
	// English).
	Title string
	// FiscalYear is the year reported on; 0 means the greatest fiscal year
	// of the indicators' latest actuals.
	FiscalYear goal.FiscalYear
	// Prepared is the date the report was made (作成日); unset leaves it out.
	// The library never reads the clock.
	Prepared goal.Date
	// Source names where the figures come from (a file name), shown at the
	// foot of the page; "" leaves it out.
	Source string
	// English writes the labels in English instead of Japanese.
	English bool
}

// WriteHTML writes the report with WriteHTMLReport, titled title.
func WriteHTML(w io.Writer, evs []Evaluation, title string) error {
	return WriteHTMLReport(w, evs, HTMLOptions{Title: title})
}

// WriteHTMLReport writes one self-contained HTML page (inline CSS and SVG,
// no scripts, no external assets; every input string escaped) that a
// municipal office can hand round or print: the title, fiscal year and
// date; the score line and the count of indicators by status; one card per
// indicator with its baseline, target and latest actual (with years and
// units), progress against the expected pace, the direction-adjusted
// achievement (DirectedAchievement), rank and trend, a chart of its path
// from baseline through the actuals to the target with the plan line and
// the band worse than the baseline, a warning when it went backwards, and
// the reasons for every figure that cannot be computed; roll-ups by owner
// and by plan node; the contribution table; a legend of what is used; and
// the method. The layout is one column on a phone (390 px) and needs no
// horizontal scrolling; it prints one card per block.
func WriteHTMLReport(w io.Writer, evs []Evaluation, opt HTMLOptions) error {
	return writeHTMLReport(w, len(evs), func(i int) Evaluation { return evs[i] }, opt)
}

// WriteHTMLReport evaluates inds and writes the same page as the package's
// WriteHTMLReport(w, e.EvaluateAll(inds), opt), evaluating each indicator
// when it is needed (twice: once for the summaries, once for its card)
// instead of holding every evaluation: for a large table, the path that
// needs the least memory.
func (e Evaluator) WriteHTMLReport(w io.Writer, inds []Indicator, opt HTMLOptions) error {
	return writeHTMLReport(w, len(inds), func(i int) Evaluation { return e.Evaluate(inds[i]) }, opt)
}

// writeHTMLReport writes the page of the n evaluations at(0) … at(n-1).
func writeHTMLReport(w io.Writer, n int, at func(int) Evaluation, opt HTMLOptions) error {
	l := &japaneseLabels
	if opt.English {
		l = &englishLabels
	}
	// The cards are rendered one at a time between the head and the tail,
	// so memory holds one card, not the whole page.
	bw := bufio.NewWriterSize(w, 64<<10)
	p := buildPage(n, at, opt, l)
	if err := htmlTemplate.ExecuteTemplate(bw, "head", p); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		if err := htmlTemplate.ExecuteTemplate(bw, "card", buildCard(i, at(i), l)); err != nil {
			return err
		}
	}
	if err := htmlTemplate.ExecuteTemplate(bw, "tail", p); err != nil {
		return err
	}
	return bw.Flush()
}

// statusClass is the CSS class that colours a status.
var statusClass = map[Status]string{
	StatusAchieved: "s-achieved", StatusOnTrack: "s-ontrack", StatusBehind: "s-behind",
	StatusWorsened: "s-worsened", StatusNoData: "s-nodata", StatusUnset: "s-unset",
}

type htmlPage struct {
	L                         *reportLabels
	Title, FiscalYear, Date   string
	Source                    string
	Sub                       string // fiscal year, date, count: the line under the title
	Count                     int
	ScoreMean, ScoreWeighted  string
	ScoredOf                  string
	StatusBar                 statusBar
	Owners, Nodes             []htmlRollup
	Contributions             contributionRows
	LegendStatuses            []htmlLegend
	HasChart, HasPlan         bool
	HasProgressBar            bool
	HasWorseZone, HasBaseline bool
	HasTarget, HasProvisional bool
}

type htmlLegend struct{ Label, Class string }

// statusBar is a row of segments, one per status present, as an SVG of
// width 100 user units.
type statusBar struct {
	Segments []statusSegment
	Counts   []htmlLegendCount
}

type statusSegment struct{ X, W, Class string }
type htmlLegendCount struct {
	Label, Class string
	N            int
}

type htmlCard struct {
	L                               *reportLabels
	ID                              string
	Name, Meta, Direction           string
	Status, StatusClass, Rank       string
	Baseline, Target, Actual        string
	Progress, Expected, Achievement string
	AchievementLabel, Trend         string
	ProgressText, RankText          string // "65%（60%）", "C・改善傾向"; a lone "—" when nothing is known
	ProgressBar                     *progressBar
	Chart                           *htmlChart
	NoChart                         bool
	Backwards                       string
	Reasons                         []string
}

// progressBar is progress against the expected pace, in SVG user units of
// a 100-wide bar.
type progressBar struct {
	Fill, Pace string
	HasPace    bool
}

type htmlRollup struct {
	Key            string
	N              int
	Bar            statusBar
	Mean, Weighted string
}

type htmlContribution struct {
	Name, Weight, Share, Score, Contribution string
}

// contributionRows formats the contribution table a row at a time as the
// template ranges over it: a large table's rows are kept as numbers, not
// as five strings each.
type contributionRows []Contribution

// All yields the rows as the page shows them.
func (rows contributionRows) All() iter.Seq[htmlContribution] {
	return func(yield func(htmlContribution) bool) {
		for _, c := range rows {
			share := "—" // an unscored indicator has no share of the weight
			if c.Contribution.OK {
				share = percentOf(defined(c.Share))
			}
			if !yield(htmlContribution{Name: c.Name, Weight: groupDigits(c.Weight), Share: share,
				Score: ratio(c.Score), Contribution: ratio(c.Contribution)}) {
				return
			}
		}
	}
}

// buildPage builds everything on the page but the cards, in one pass over
// the evaluations.
func buildPage(n int, at func(int) Evaluation, opt HTMLOptions, l *reportLabels) htmlPage {
	p := htmlPage{L: l, Title: opt.Title, Count: n, Source: opt.Source}
	if p.Title == "" {
		p.Title = l.DefaultTitle
	}
	var all, owners, nodes rollups
	contributions := make([]Contribution, 0, n)
	latest := goal.FiscalYear(0)
	scored := 0
	used := map[Status]bool{}
	for i := 0; i < n; i++ {
		ev := at(i)
		latest = max(latest, ev.ActualYear)
		all.add("", &ev)
		owners.add(ev.Indicator.Owner, &ev)
		nodes.add(ev.Indicator.Node, &ev)
		contributions = addContribution(contributions, &ev)
		if ev.Score().OK {
			scored++
		}
		used[ev.Status] = true
		card := buildCard(i, ev, l)
		p.HasProgressBar = p.HasProgressBar || card.ProgressBar != nil
		if c := card.Chart; c != nil {
			p.HasChart = true
			p.HasPlan = p.HasPlan || c.Plan != nil
			p.HasWorseZone = p.HasWorseZone || c.WorseZone != nil
			p.HasBaseline = p.HasBaseline || c.Baseline != nil
			p.HasTarget = p.HasTarget || c.Target != nil
			p.HasProvisional = p.HasProvisional || c.HasProvisional
		}
	}
	fy := opt.FiscalYear
	if fy == 0 {
		fy = latest
	}
	p.FiscalYear = l.fiscalYearText(fy)
	if !opt.Prepared.IsZero() {
		p.Date = dateText(opt.Prepared, l)
	}
	var sub []string
	for _, kv := range [][2]string{{l.FiscalYearReported, p.FiscalYear}, {l.Prepared, p.Date},
		{l.Indicators, strconv.Itoa(n)}} {
		if kv[1] != "" {
			sub = append(sub, kv[0]+l.Colon+kv[1])
		}
	}
	p.Sub = strings.Join(sub, l.Sep)
	summary := Rollup{MeanScore: undefined(ReasonNoActual), WeightedScore: undefined(ReasonNoActual)}
	if r := all.result(); len(r) > 0 {
		summary = r[0]
	}
	p.ScoreMean, p.ScoreWeighted = ratio(summary.MeanScore), ratio(summary.WeightedScore)
	p.ScoredOf = fmt.Sprintf(l.ScoredOf, n, scored)
	p.StatusBar = buildStatusBar(summary, l)
	for _, s := range append(append([]Status(nil), Statuses...), StatusUnset) {
		if used[s] {
			p.LegendStatuses = append(p.LegendStatuses, htmlLegend{l.Status[s], statusClass[s]})
		}
	}
	p.Owners = buildRollups(owners.result(), l)
	p.Nodes = buildRollups(nodes.result(), l)
	p.Contributions = finishContributions(contributions)
	return p
}

// buildRollups leaves out a grouping in which no indicator names a group.
func buildRollups(rs []Rollup, l *reportLabels) []htmlRollup {
	if len(rs) == 1 && rs[0].Key == "" {
		return nil
	}
	var out []htmlRollup
	for _, r := range rs {
		key := r.Key
		if key == "" {
			key = l.NoOwner
		}
		out = append(out, htmlRollup{Key: key, N: r.Indicators, Bar: buildStatusBar(r, l),
			Mean: ratio(r.MeanScore), Weighted: ratio(r.WeightedScore)})
	}
	return out
}

func buildStatusBar(r Rollup, l *reportLabels) statusBar {
	var b statusBar
	if r.Indicators == 0 {
		return b
	}
	x := 0.0
	for _, s := range append(append([]Status(nil), Statuses...), StatusUnset) {
		n := r.ByStatus[s]
		if n == 0 {
			continue
		}
		w := float64(n) / float64(r.Indicators) * 100
		b.Segments = append(b.Segments, statusSegment{X: num(x), W: num(w), Class: statusClass[s]})
		b.Counts = append(b.Counts, htmlLegendCount{Label: l.Status[s], Class: statusClass[s], N: n})
		x += w
	}
	return b
}

func buildCard(i int, ev Evaluation, l *reportLabels) htmlCard {
	ind := &ev.Indicator
	c := htmlCard{
		L:    l,
		ID:   "ind-" + strconv.Itoa(i+1),
		Name: ind.Name, Direction: l.Direction[ev.Direction],
		Status: l.Status[ev.Status], StatusClass: statusClass[ev.Status], Rank: orDash(ev.Rank),
		Progress: percentOf(ev.Progress), Expected: percentOf(ev.Expected),
		Achievement: percentOf(ev.DirectedAchievement()), Trend: l.Trend[ev.Trend],
		AchievementLabel: l.Achievement,
	}
	if ev.Direction == DirectionDecrease {
		c.AchievementLabel = l.AchievementDecrease
	}
	c.ProgressText, c.RankText = joinKnown(c.Progress, c.Expected, l.paren), joinKnown(c.Rank, c.Trend, l.dot)
	var meta []string
	if ind.Owner != "" {
		meta = append(meta, l.Owner+"："+ind.Owner)
	}
	if ind.Node != "" {
		meta = append(meta, l.Node+"："+ind.Node)
	}
	c.Meta = strings.Join(meta, "　")
	if l.Lang != "ja" {
		c.Meta = strings.ReplaceAll(strings.ReplaceAll(c.Meta, "：", ": "), "　", " · ")
	}

	year := func(fy goal.FiscalYear) string {
		if fy == 0 {
			return ""
		}
		if l.Lang == "ja" {
			return "（" + l.fiscalYearText(fy) + "）"
		}
		return " (" + l.fiscalYearText(fy) + ")"
	}
	c.Baseline = "—"
	if ind.Baseline.OK {
		c.Baseline = withUnit(ind.Baseline.Value, ind.Unit) + year(ind.BaselineYear)
	}
	c.Target = l.targetText(ev)
	if c.Target != "—" {
		c.Target += year(ind.targetYear())
	}
	c.Actual = "—"
	if latest, ok := ind.Latest(); ok {
		c.Actual = withUnit(latest.Value, ind.Unit) + year(latest.Year)
		if latest.Provisional {
			c.Actual += " " + l.Provisional
		}
		if ind.Baseline.OK && ev.Status != StatusAchieved {
			b, a := ind.Baseline.Value, latest.Value
			if (ev.Direction == DirectionIncrease && a < b) || (ev.Direction == DirectionDecrease && a > b) ||
				ev.Status == StatusWorsened {
				c.Backwards = fmt.Sprintf(l.Backwards, withUnit(b, ind.Unit), withUnit(a, ind.Unit))
			}
		}
	}
	if s := ev.Score(); s.OK || ev.Expected.OK {
		pb := &progressBar{Fill: "0"}
		if ev.Progress.OK {
			pb.Fill = num(clamp01(ev.Progress.Value) * 100)
		} else if s.OK {
			pb.Fill = num(s.Value * 100)
		}
		if ev.Expected.OK {
			pb.HasPace, pb.Pace = true, num(ev.Expected.Value*100)
		}
		c.ProgressBar = pb
	}
	c.Chart = buildChart(ev, l, c.StatusClass)
	c.NoChart = c.Chart == nil

	add := func(what string, f Figure) {
		if !f.OK && f.Reason != "" {
			c.Reasons = append(c.Reasons, what+"："+l.reason(f.Reason))
		}
	}
	if ev.Status == StatusUnset {
		c.Reasons = append(c.Reasons, l.Rank+"："+l.reason(ev.StatusReason))
	}
	if ev.Status != StatusNoData {
		add(l.Progress, ev.Progress)
		add(l.Expected, ev.Expected)
		add(l.Achievement, ev.DirectedAchievement())
	} else {
		c.Reasons = append(c.Reasons, l.reason(ReasonNoActual))
	}
	if l.Lang != "ja" {
		for i, r := range c.Reasons {
			c.Reasons[i] = strings.Replace(r, "：", ": ", 1)
		}
	}
	return c
}

// joinKnown is "a（b）" (or "a・b") with "—" for an unknown part, or one
// "—" when neither is known.
func joinKnown(a, b string, join func(a, b string) string) string {
	if a == "—" && b == "—" {
		return "—"
	}
	return join(a, b)
}

func (l *reportLabels) paren(a, b string) string { return a + l.LParen + b + l.RParen }

func (l *reportLabels) dot(a, b string) string { return a + l.Dot + b }

// dateText is a date as the report prints it: 「2024年6月30日」 or
// "2024-06-30".
func dateText(d goal.Date, l *reportLabels) string {
	if l.Lang != "ja" {
		return d.String()
	}
	s := strconv.Itoa(d.Year) + "年"
	if d.Precision >= goal.PrecisionMonth {
		s += strconv.Itoa(d.Month) + "月"
	}
	if d.Precision >= goal.PrecisionDay {
		s += strconv.Itoa(d.Day) + "日"
	}
	return s
}

// rollupArgs passes the labels and the rows to the rollup template.
func rollupArgs(l *reportLabels, head string, rows []htmlRollup) any {
	return struct {
		L    *reportLabels
		Head string
		Rows []htmlRollup
	}{l, head, rows}
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{"rollupArgs": rollupArgs}).Parse(htmlSource))
