package kpi

import (
	"html/template"
	"io"
	"strconv"
)

// statusColor is the colour each status is drawn in.
var statusColor = map[Status]string{
	StatusAchieved: "#1a9850", StatusOnTrack: "#2c7bb6", StatusBehind: "#f39c12",
	StatusWorsened: "#d7191c", StatusNoData: "#9e9e9e", StatusUnset: "#616161",
}

type htmlRow struct {
	Name, Meta, Status, Color       string
	Progress, Expected, Achievement string
	Rank, Trend, Note               string
	BarWidth, ExpectedLeft          string
	HasBar, HasExpected             bool
}

type htmlLegend struct{ Label, Color string }

type htmlPage struct {
	Title, Summary string
	Legend         []htmlLegend
	Rows           []htmlRow
	Contributions  []Contribution
}

// WriteHTML writes one self-contained HTML page (inline CSS, no scripts, no
// external assets) with a bar per indicator: its progress towards the
// target, coloured by status, against a marker at the expected pace, and
// its figures. title heads the page; "" means "KPI evaluation".
func WriteHTML(w io.Writer, evs []Evaluation, title string) error {
	if title == "" {
		title = "KPI evaluation"
	}
	page := htmlPage{Title: title, Summary: summaryLine(evs)}
	for _, s := range append(Statuses, StatusUnset) {
		page.Legend = append(page.Legend, htmlLegend{statusLabel[s], statusColor[s]})
	}
	for _, ev := range evs {
		row := htmlRow{Name: ev.Indicator.Name, Status: statusLabel[ev.Status], Color: statusColor[ev.Status],
			Progress: percent(ev.Progress), Expected: percent(ev.Expected), Achievement: percent(ev.Achievement),
			Rank: orDash(ev.Rank), Trend: "—"}
		if ev.Trend != TrendUnset {
			row.Trend = ev.Trend.String()
		}
		meta := ev.Indicator.Owner
		if ev.Indicator.Node != "" {
			if meta != "" {
				meta += " · "
			}
			meta += ev.Indicator.Node
		}
		row.Meta = meta
		if s := ev.Score(); s.OK {
			row.HasBar = true
			w := s.Value
			if ev.Progress.OK {
				w = clamp01(ev.Progress.Value)
			}
			row.BarWidth = strconv.FormatFloat(w*100, 'f', 1, 64) + "%"
		}
		if ev.Expected.OK {
			row.HasExpected = true
			row.ExpectedLeft = strconv.FormatFloat(ev.Expected.Value*100, 'f', 1, 64) + "%"
		}
		switch {
		case ev.Status == StatusUnset:
			row.Note = string(ev.StatusReason)
		case ev.Status != StatusNoData && !ev.Progress.OK:
			row.Note = "progress: " + string(ev.Progress.Reason)
		}
		page.Rows = append(page.Rows, row)
	}
	page.Contributions = Contributions(evs)
	return htmlTemplate.Execute(w, page)
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"ratio":   ratio,
	"safeCSS": func(s string) template.CSS { return template.CSS(s) },
	"pct":     func(v float64) string { return strconv.FormatFloat(v*100, 'f', 1, 64) + "%" },
}).Parse(`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;margin:2em;color:#222;max-width:70em}
h1{font-size:1.5em;margin-bottom:.2em}
.summary{color:#555;margin-bottom:1em}
.legend span{display:inline-block;margin-right:1em;font-size:.9em}
.legend i{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em;vertical-align:-.1em}
table{border-collapse:collapse;width:100%;margin-top:1em}
th,td{padding:.45em .6em;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:middle}
th{font-size:.85em;color:#555;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.meta{display:block;color:#777;font-size:.8em}
.badge{display:inline-block;padding:.1em .5em;border-radius:1em;color:#fff;font-size:.85em;white-space:nowrap}
.track{position:relative;height:1.1em;background:#eee;border-radius:3px;min-width:12em}
.fill{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.pace{position:absolute;top:-.25em;bottom:-.25em;width:2px;background:#222}
.note{color:#777;font-size:.8em}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="summary">{{.Summary}}</p>
<p class="legend">{{range .Legend}}<span><i style="background:{{.Color | safeCSS}}"></i>{{.Label}}</span>{{end}}<span><i style="background:#222;width:2px"></i>expected pace</span></p>
<table>
<thead><tr><th>Indicator</th><th>Status</th><th>Progress against expected pace</th><th>Progress</th><th>Expected</th><th>Achievement</th><th>Rank</th><th>Trend</th></tr></thead>
<tbody>
{{range .Rows}}<tr class="indicator">
<td>{{.Name}}{{if .Meta}}<span class="meta">{{.Meta}}</span>{{end}}</td>
<td><span class="badge" style="background:{{.Color | safeCSS}}">{{.Status}}</span></td>
<td><div class="track" title="progress {{.Progress}}, expected {{.Expected}}">{{if .HasBar}}<div class="fill" style="width:{{.BarWidth | safeCSS}};background:{{.Color | safeCSS}}"></div>{{end}}{{if .HasExpected}}<div class="pace" style="left:{{.ExpectedLeft | safeCSS}}"></div>{{end}}</div>{{if .Note}}<span class="note">{{.Note}}</span>{{end}}</td>
<td class="num">{{.Progress}}</td><td class="num">{{.Expected}}</td><td class="num">{{.Achievement}}</td>
<td>{{.Rank}}</td><td>{{.Trend}}</td>
</tr>
{{end}}</tbody>
</table>
<h2 style="font-size:1.1em;margin-top:2em">Contributions (寄与度) to the weighted score</h2>
<table>
<thead><tr><th>Indicator</th><th>Weight</th><th>Share</th><th>Score</th><th>Contribution</th></tr></thead>
<tbody>
{{range .Contributions}}<tr><td>{{.Name}}</td><td class="num">{{.Weight}}</td><td class="num">{{pct .Share}}</td><td class="num">{{ratio .Score}}</td><td class="num">{{ratio .Contribution}}</td></tr>
{{end}}</tbody>
</table>
</body>
</html>
`))
