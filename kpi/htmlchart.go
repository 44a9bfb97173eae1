package kpi

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/policygoal/policygoal/goal"
)

// The chart's drawing area, in SVG user units (the SVG scales to the width
// of its box).
const (
	chartW, chartH        = 340, 170
	chartLeft, chartRight = 56, 16
	chartTop, chartBottom = 18, 26
	chartPlotW            = chartW - chartLeft - chartRight
	chartPlotH            = chartH - chartTop - chartBottom
	chartMaxYearTicks     = 12
	chartPadShare         = 0.12
)

// htmlChart is the inline SVG of one indicator's path: the baseline, the
// actuals by fiscal year, the target, the plan line between baseline and
// target, and the band of values worse than the baseline. Every
// coordinate is a formatted number, so the template only places strings.
type htmlChart struct {
	Title                 string
	ViewBox               string
	Left, Right, Top, Bot string // plot edges
	WorseZone             *chartRect
	Plan                  *chartLine
	ActualPath            string
	Baseline              *chartMark
	Actuals               []chartMark
	Target                *chartMark
	XTicks, YTicks        []chartTick
	Status                string // CSS class of the status colour
	HasProvisional        bool
}

type chartRect struct{ X, Y, W, H string }
type chartLine struct{ X1, Y1, X2, Y2 string }
type chartTick struct {
	X, Y, Y2, Label, Anchor string
}

// chartMark is a point with its value label.
type chartMark struct {
	X, Y        string
	Label       string
	LabelX      string
	LabelY      string
	Anchor      string
	Provisional bool
	Back        bool   // worse than the baseline
	Diamond     string // the target's marker, as polygon points
}

func num(v float64) string { return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) }

// buildChart returns the chart of ev, or nil when nothing can be placed on
// a time axis (no baseline, actual or target with a fiscal year).
func buildChart(ev Evaluation, l *reportLabels, statusClass string) *htmlChart {
	ind := &ev.Indicator
	type pt struct {
		year        goal.FiscalYear
		v           float64
		provisional bool
	}
	var baseline, target *pt
	if ind.Baseline.OK && ind.BaselineYear != 0 {
		baseline = &pt{year: ind.BaselineYear, v: ind.Baseline.Value}
	}
	if ev.Target.OK && ind.targetYear() != 0 {
		target = &pt{year: ind.targetYear(), v: ev.Target.Value}
	}
	// One actual per fiscal year: a final figure before a provisional one,
	// as Latest chooses.
	byYear := map[goal.FiscalYear]Observation{}
	for _, o := range ind.Observations {
		if o.Year == 0 || math.IsNaN(o.Value) || math.IsInf(o.Value, 0) {
			continue
		}
		if cur, ok := byYear[o.Year]; !ok || !observationBefore(o, cur) {
			byYear[o.Year] = o
		}
	}
	var actuals []pt
	for y, o := range byYear {
		actuals = append(actuals, pt{year: y, v: o.Value, provisional: o.Provisional})
	}
	sort.Slice(actuals, func(i, j int) bool { return actuals[i].year < actuals[j].year })
	all := append([]pt(nil), actuals...)
	if baseline != nil {
		all = append(all, *baseline)
	}
	if target != nil {
		all = append(all, *target)
	}
	if len(all) == 0 {
		return nil
	}

	minY, maxY := all[0].year, all[0].year
	lo, hi := all[0].v, all[0].v
	for _, p := range all {
		minY, maxY = min(minY, p.year), max(maxY, p.year)
		lo, hi = math.Min(lo, p.v), math.Max(hi, p.v)
	}
	dataLo, dataHi := lo, hi
	// Geometry is computed on values scaled into a safe range, so that
	// hi − lo cannot overflow for values near ±1.8e308.
	scale := 1.0
	if m := math.Max(math.Abs(lo), math.Abs(hi)); m > 1e300 {
		scale = 1 / m
	}
	lo, hi = lo*scale, hi*scale
	if minY == maxY {
		minY, maxY = minY-1, maxY+1
	}
	pad := (hi - lo) * chartPadShare
	if pad == 0 {
		pad = math.Max(math.Abs(hi)*0.1, 1)
	}
	if lo >= 0 && lo-pad < 0 {
		lo = 0
	} else {
		lo -= pad
	}
	hi += pad
	x := func(y goal.FiscalYear) float64 {
		return chartLeft + float64(y-minY)/float64(maxY-minY)*chartPlotW
	}
	yv := func(v float64) float64 { return chartTop + (hi-v*scale)/(hi-lo)*chartPlotH }

	c := &htmlChart{
		Title:   fmt.Sprintf(l.ChartTitle, ind.Name),
		ViewBox: fmt.Sprintf("0 0 %d %d", chartW, chartH),
		Left:    num(chartLeft), Right: num(chartW - chartRight), Top: num(chartTop), Bot: num(chartH - chartBottom),
		Status: statusClass,
	}
	dir := ev.Direction
	worse := func(v float64) bool {
		if baseline == nil && !ind.Baseline.OK {
			return false
		}
		b := ind.Baseline.Value
		return (dir == DirectionIncrease && v < b) || (dir == DirectionDecrease && v > b)
	}
	if ind.Baseline.OK && (dir == DirectionIncrease || dir == DirectionDecrease) {
		by := math.Min(math.Max(yv(ind.Baseline.Value), chartTop), chartH-chartBottom)
		r := chartRect{X: num(chartLeft), W: num(chartPlotW)}
		if dir == DirectionIncrease {
			r.Y, r.H = num(by), num(chartH-chartBottom-by)
		} else {
			r.Y, r.H = num(chartTop), num(by-chartTop)
		}
		c.WorseZone = &r
	}
	if baseline != nil && target != nil {
		c.Plan = &chartLine{X1: num(x(baseline.year)), Y1: num(yv(baseline.v)), X2: num(x(target.year)), Y2: num(yv(target.v))}
	}
	var labels []*chartLabel
	label := func(m *chartMark, px, py float64, text string, below bool) {
		labels = append(labels, &chartLabel{m: m, px: px, py: py, text: text, below: below})
	}
	path := ""
	if baseline != nil {
		px, py := x(baseline.year), yv(baseline.v)
		c.Baseline = &chartMark{X: num(px), Y: num(py)}
		path = num(px) + "," + num(py)
		label(c.Baseline, px, py, withUnit(baseline.v, ind.Unit), len(actuals) > 0 && actuals[0].v > baseline.v)
	}
	for i, a := range actuals {
		px, py := x(a.year), yv(a.v)
		c.Actuals = append(c.Actuals, chartMark{X: num(px), Y: num(py), Provisional: a.provisional, Back: worse(a.v)})
		if i == len(actuals)-1 { // the latest is labelled; nothing is appended after it
			below := false
			if i > 0 {
				below = a.v < actuals[i-1].v
			} else if baseline != nil {
				below = a.v < baseline.v
			}
			label(&c.Actuals[i], px, py, withUnit(a.v, ind.Unit), below)
		}
		c.HasProvisional = c.HasProvisional || a.provisional
		if path != "" {
			path += " "
		}
		path += num(px) + "," + num(py)
	}
	if len(c.Actuals)+btoi(baseline != nil) >= 2 {
		c.ActualPath = path
	}
	if target != nil {
		px, py := x(target.year), yv(target.v)
		m := chartMark{X: num(px), Y: num(py),
			Diamond: fmt.Sprintf("%s,%s %s,%s %s,%s %s,%s", num(px), num(py-6), num(px+6), num(py), num(px), num(py+6), num(px-6), num(py))}
		below := baseline != nil && target.v < baseline.v
		label(&m, px, py, withUnit(target.v, ind.Unit), below)
		c.Target = &m
	}

	placeLabels(labels)

	// Years: a tick each (every few when there are many), labels at the ends.
	step := goal.FiscalYear(1)
	for (maxY-minY)/step > chartMaxYearTicks {
		step++
	}
	for y := minY; y <= maxY; y += step {
		t := chartTick{X: num(x(y)), Y: num(chartH - chartBottom), Y2: num(chartH - chartBottom + 4)}
		if y == minY || y+step > maxY {
			t.Label = strconv.Itoa(int(y)) + l.YearSuffix
			t.Anchor = "start"
			if y != minY {
				t.Anchor = "end"
			}
		}
		c.XTicks = append(c.XTicks, t)
	}
	if y := maxY; (maxY-minY)%step != 0 {
		c.XTicks = append(c.XTicks, chartTick{X: num(x(y)), Y: num(chartH - chartBottom), Y2: num(chartH - chartBottom + 4),
			Label: strconv.Itoa(int(y)) + l.YearSuffix, Anchor: "end"})
		c.XTicks[len(c.XTicks)-2].Label = ""
	}
	c.YTicks = append(c.YTicks, chartTick{X: num(chartLeft - 6), Y: num(yv(dataHi) + 4), Label: groupDigits(dataHi), Anchor: "end"})
	if dataLo != dataHi {
		c.YTicks = append(c.YTicks, chartTick{X: num(chartLeft - 6), Y: num(yv(dataLo) + 4), Label: groupDigits(dataLo), Anchor: "end"})
	}
	return c
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// chartLabel is a value label waiting for its place beside its point.
type chartLabel struct {
	m      *chartMark
	px, py float64
	text   string
	below  bool
	x0, x1 float64 // horizontal extent once placed
	y      float64 // baseline once placed
}

// chartCharW and chartLineH approximate a label's glyph width and height
// (11-unit text; kanji are about square).
const chartCharW, chartLineH = 8, 13

// placeLabels puts each label above or below its point, inside the plot
// (never on the year labels under the axis), and moves a label to the
// other side when it would overlap one placed before it: the target and
// the latest actual often sit side by side.
func placeLabels(labels []*chartLabel) {
	var placed []*chartLabel
	for _, lb := range labels {
		w := float64(len([]rune(lb.text))) * chartCharW
		anchor, x0 := "middle", lb.px-w/2
		switch {
		case lb.px-chartLeft < w/2:
			anchor, x0 = "start", lb.px+6
		case chartW-chartRight-lb.px < w/2:
			anchor, x0 = "end", lb.px+4-w
		}
		lb.x0, lb.x1 = x0, x0+w
		// A label that would leave the plot goes to the other side.
		if lb.below && lb.py+17 > chartH-chartBottom-3 {
			lb.below = false
		} else if !lb.below && lb.py-8 < chartTop+chartLineH-4 {
			lb.below = true
		}
		y := func(below bool) float64 {
			v := lb.py - 8
			if below {
				v = lb.py + 17
			}
			return math.Min(math.Max(v, chartTop+chartLineH-4), chartH-chartBottom-3)
		}
		overlaps := func(yy float64) bool {
			for _, o := range placed {
				if lb.x0 < o.x1 && o.x0 < lb.x1 && math.Abs(yy-o.y) < chartLineH {
					return true
				}
			}
			return false
		}
		lb.y = y(lb.below)
		if overlaps(lb.y) && !overlaps(y(!lb.below)) {
			lb.y = y(!lb.below)
		}
		lb.m.Label, lb.m.LabelX, lb.m.LabelY, lb.m.Anchor = lb.text, num(lb.px), num(lb.y), anchor
		switch anchor {
		case "start":
			lb.m.LabelX = num(lb.px + 6)
		case "end":
			lb.m.LabelX = num(lb.px + 4)
		}
		placed = append(placed, lb)
	}
}
