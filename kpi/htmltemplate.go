package kpi

// htmlSource is the report page. It is one file: inline CSS and SVG, no
// script, no external asset, no web font (the font list names the Japanese
// fonts of Windows, macOS and Linux). Colours come from the status classes
// (s-achieved …) through the --c variable, so the template writes no CSS
// value from data; every string from the data is escaped by html/template.
const htmlSource = `{{define "head"}}<!DOCTYPE html>
<html lang="{{.L.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}{{if .FiscalYear}} {{.FiscalYear}}{{end}}</title>
<style>
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;padding:16px;max-width:1120px;color:#1f1f1f;background:#fff;line-height:1.6;
font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","BIZ UDPGothic","Yu Gothic UI","Yu Gothic",Meiryo,"Noto Sans CJK JP","Noto Sans JP","IPAexGothic","IPAPGothic","TakaoPGothic",system-ui,sans-serif}
h1{font-size:1.6rem;line-height:1.3;margin:0 0 .2em}
h2{font-size:1.2rem;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid #333}
.sub{margin:0;color:#444}
.s-achieved{--c:#1b7a3d}.s-ontrack{--c:#1d64a8}.s-behind{--c:#a15c00}.s-worsened{--c:#c0262d}.s-nodata{--c:#6b6b6b}.s-unset{--c:#4a4a4a}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,15em),1fr));gap:12px;margin-top:1em}
.box{border:1px solid #d0d0d0;border-radius:6px;padding:10px 12px}
.box .big{font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums}
.note{color:#555;font-size:.85rem}
.counts{display:flex;flex-wrap:wrap;gap:.2em .9em;margin:.3em 0 0;padding:0;list-style:none;font-size:.9rem}
.counts li::before{content:"";display:inline-block;width:.8em;height:.8em;border-radius:2px;background:var(--c);margin-right:.3em;vertical-align:-.05em}
svg{display:block}
.bar{width:100%;height:14px}
.bar rect,.seg{fill:var(--c)}
.bar .track{fill:#e6e6e6}
.bar .pace{fill:#111}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,500px),1fr));gap:16px}
.card{border:1px solid #cfcfcf;border-left:6px solid var(--c);border-radius:6px;padding:12px 14px;break-inside:avoid;page-break-inside:avoid;min-width:0}
.card h3{font-size:1.1rem;line-height:1.4;margin:0;overflow-wrap:anywhere}
.head{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.3em .8em}
.badge{display:inline-block;padding:.05em .7em;border-radius:1em;color:#fff;background:var(--c);font-size:.9rem;font-weight:700;white-space:nowrap}
.meta{color:#555;font-size:.85rem;margin:.1em 0 .4em;overflow-wrap:anywhere}
dl.figs{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,9em),1fr));gap:6px 14px;margin:.4em 0}
dl.figs div{min-width:0}
dt{font-size:.8rem;color:#555}
dd{margin:0;font-weight:700;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.back{color:#c0262d;font-weight:700;margin:.4em 0}
.back::before{content:"▼ "}
.chart{width:100%;height:auto;margin:.3em 0}
.chart text{font-size:12px;fill:#333;font-family:inherit}
.dir{white-space:nowrap}
.chart .axis{stroke:#999;stroke-width:1}
.chart .worse{fill:#fbe3e4}
.chart .plan{stroke:#555;stroke-width:1.5;stroke-dasharray:5 4;fill:none}
.chart .actual{stroke:var(--c);stroke-width:2.5;fill:none}
.chart .pt{fill:var(--c);stroke:#fff;stroke-width:1.5}
.chart .pt.prov{fill:#fff;stroke:var(--c);stroke-width:2}
.chart .pt.backpt{stroke:#c0262d;stroke-width:2.5}
.chart .base{fill:#777}
.chart .goal{fill:#111}
.chart .val{font-weight:700;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
.reasons{font-size:.85rem;color:#555;margin:.3em 0 0;padding-left:1.2em}
table{border-collapse:collapse;width:100%}
th,td{padding:.35em .5em;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:middle}
th{font-size:.8rem;color:#555;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.name{overflow-wrap:anywhere;min-width:6.5em}
td.barcell{width:35%;min-width:4.5em}
.legend{display:flex;flex-wrap:wrap;gap:.3em 1.2em;margin:0;padding:0;list-style:none;font-size:.9rem}
.legend svg{display:inline-block;vertical-align:middle;margin-right:.3em}
.legend .sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;background:var(--c);margin-right:.3em;vertical-align:-.1em}
ol.method{padding-left:1.3em;font-size:.9rem}
footer{margin-top:2em;color:#666;font-size:.8rem}
@media (max-width:480px){body{padding:12px}h1{font-size:1.35rem}.card{padding:10px}}
@media print{@page{size:A4;margin:12mm}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{padding:0;max-width:none;font-size:9.5pt}h1{font-size:16pt}h2{font-size:12pt;break-after:avoid}
.cards{grid-template-columns:1fr 1fr;gap:8px}.card{padding:8px 10px}.summary{grid-template-columns:1fr 1fr}
tr{break-inside:avoid}}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="sub">{{.Sub}}</p>
</header>

<section class="summary" aria-label="{{.L.Summary}}">
<div class="box score">
<div>{{.L.Score}}</div>
<div><span class="big">{{.ScoreMean}}</span> {{.L.ScoreMean}}　<span class="big">{{.ScoreWeighted}}</span> {{.L.ScoreWeighted}}</div>
<div class="note">{{.L.ScoreNote}}{{.L.LParen}}{{.ScoredOf}}{{.L.RParen}}</div>
</div>
<div class="box">
<div>{{.L.Breakdown}}</div>
{{template "statusbar" .StatusBar}}
<ul class="counts">{{range .StatusBar.Counts}}<li class="{{.Class}}">{{.Label}} {{.N}}</li>{{end}}</ul>
</div>
</section>

<section aria-label="{{.L.Legend}}">
<h2>{{.L.Legend}}</h2>
<ul class="legend">
{{range .LegendStatuses}}<li class="{{.Class}}"><span class="sw"></span>{{.Label}}</li>
{{end}}{{if .HasProgressBar}}<li><svg width="40" height="12" aria-hidden="true"><rect x="0" y="3" width="40" height="6" fill="#e6e6e6"/><rect x="0" y="3" width="24" height="6" fill="#555"/><rect x="30" y="0" width="2" height="12" fill="#111"/></svg>{{.L.LegendProgress}}</li>
{{end}}{{if .HasChart}}<li class="s-nodata"><svg width="26" height="12" aria-hidden="true"><line x1="1" y1="6" x2="25" y2="6" stroke="#333" stroke-width="2.5"/><circle cx="13" cy="6" r="4" fill="#333"/></svg>{{.L.LegendActual}}</li>
{{end}}{{if .HasProvisional}}<li><svg width="14" height="12" aria-hidden="true"><circle cx="7" cy="6" r="4" fill="#fff" stroke="#333" stroke-width="2"/></svg>{{.L.LegendProvisional}}</li>
{{end}}{{if .HasBaseline}}<li><svg width="14" height="12" aria-hidden="true"><rect x="2" y="1" width="10" height="10" fill="#777"/></svg>{{.L.LegendBaseline}}</li>
{{end}}{{if .HasTarget}}<li><svg width="14" height="14" aria-hidden="true"><polygon points="7,1 13,7 7,13 1,7" fill="#111"/></svg>{{.L.LegendTarget}}</li>
{{end}}{{if .HasPlan}}<li><svg width="26" height="12" aria-hidden="true"><line x1="1" y1="6" x2="25" y2="6" stroke="#555" stroke-width="1.5" stroke-dasharray="5 4"/></svg>{{.L.LegendPlan}}</li>
{{end}}{{if .HasWorseZone}}<li><svg width="18" height="12" aria-hidden="true"><rect x="1" y="1" width="16" height="10" fill="#fbe3e4" stroke="#e8b4b6"/></svg>{{.L.LegendWorseZone}}</li>
{{end}}</ul>
</section>

<h2>{{.L.CardsHeading}}</h2>
<div class="cards">
{{end}}
{{define "card"}}<article class="card {{.StatusClass}}" id="{{.ID}}" data-indicator>
<div class="head"><h3>{{.Name}}</h3><span class="badge">{{.Status}}</span></div>
{{if or .Meta .Direction}}<div class="meta">{{.Meta}}{{if and .Meta .Direction}}　{{end}}{{if .Direction}}<span class="dir">{{.Direction}}</span>{{end}}</div>{{end}}
<dl class="figs">
<div><dt>{{$.L.Baseline}}</dt><dd data-figure="baseline">{{.Baseline}}</dd></div>
<div><dt>{{$.L.Target}}</dt><dd data-figure="target">{{.Target}}</dd></div>
<div><dt>{{$.L.Actual}}</dt><dd data-figure="actual">{{.Actual}}</dd></div>
<div><dt>{{$.L.Progress}}{{$.L.LParen}}{{$.L.Expected}}{{$.L.RParen}}</dt><dd data-figure="progress">{{.ProgressText}}</dd></div>
<div><dt>{{.AchievementLabel}}</dt><dd data-figure="achievement">{{.Achievement}}</dd></div>
<div><dt>{{$.L.Rank}}{{$.L.Dot}}{{$.L.TrendLabel}}</dt><dd data-figure="rank">{{.RankText}}</dd></div>
</dl>
{{with .ProgressBar}}<svg class="bar" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="{{$.L.Progress}}"><rect class="track" x="0" y="3" width="100" height="8"/><rect x="0" y="3" width="{{.Fill}}" height="8"/>{{if .HasPace}}<rect class="pace" x="{{.Pace}}" y="0" width="0.8" height="14"/>{{end}}</svg>{{end}}
{{if .Backwards}}<p class="back">{{.Backwards}}</p>{{end}}
{{with .Chart}}{{template "chart" .}}{{end}}{{if .NoChart}}<p class="note">{{$.L.NoChart}}</p>{{end}}
{{if .Reasons}}<ul class="reasons" aria-label="{{$.L.Undefined}}">{{range .Reasons}}<li>{{$.L.Undefined}} — {{.}}</li>{{end}}</ul>{{end}}
</article>
{{end}}
{{define "tail"}}</div>

{{if .Owners}}<section><h2>{{.L.ByOwner}}</h2>{{template "rollup" (rollupArgs .L .L.Owner .Owners)}}</section>{{end}}
{{if .Nodes}}<section><h2>{{.L.ByNode}}</h2>{{template "rollup" (rollupArgs .L .L.Node .Nodes)}}</section>{{end}}

<section>
<h2>{{.L.Contributions}}</h2>
<table>
<thead><tr><th>{{.L.Indicator}}</th><th class="num">{{.L.Weight}}</th><th class="num">{{.L.Share}}</th><th class="num">{{.L.Score}}</th><th class="num">{{.L.Contribution}}</th></tr></thead>
<tbody>
{{range .Contributions.All}}<tr><td class="name">{{.Name}}</td><td class="num">{{.Weight}}</td><td class="num">{{.Share}}</td><td class="num">{{.Score}}</td><td class="num">{{.Contribution}}</td></tr>
{{end}}</tbody>
</table>
</section>

<section>
<h2>{{.L.Method}}</h2>
<ol class="method">{{range .L.MethodText}}<li>{{.}}</li>{{end}}</ol>
</section>
{{if .Source}}<footer>{{.L.Source}}{{.L.Colon}}{{.Source}}</footer>{{end}}
</body>
</html>
{{end}}
{{define "statusbar"}}<svg class="bar" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true">{{range .Segments}}<rect class="seg {{.Class}}" x="{{.X}}" y="2" width="{{.W}}" height="10"/>{{end}}</svg>{{end}}
{{define "rollup"}}<table>
<thead><tr><th>{{.Head}}</th><th class="num">{{.L.Indicators}}</th><th>{{.L.Breakdown}}</th><th class="num">{{.L.ScoreMean}}</th><th class="num">{{.L.ScoreWeighted}}</th></tr></thead>
<tbody>
{{range .Rows}}<tr data-rollup><td class="name">{{.Key}}</td><td class="num">{{.N}}</td><td class="barcell">{{template "statusbar" .Bar}}<ul class="counts">{{range .Bar.Counts}}<li class="{{.Class}}">{{.Label}} {{.N}}</li>{{end}}</ul></td><td class="num">{{.Mean}}</td><td class="num">{{.Weighted}}</td></tr>
{{end}}</tbody>
</table>{{end}}
{{define "chart"}}<svg class="chart {{.Status}}" viewBox="{{.ViewBox}}" role="img" aria-label="{{.Title}}"><title>{{.Title}}</title>
{{with .WorseZone}}<rect class="worse" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}"/>{{end}}
<line class="axis" x1="{{.Left}}" y1="{{.Bot}}" x2="{{.Right}}" y2="{{.Bot}}"/><line class="axis" x1="{{.Left}}" y1="{{.Top}}" x2="{{.Left}}" y2="{{.Bot}}"/>
{{range .XTicks}}<line class="axis" x1="{{.X}}" y1="{{.Y}}" x2="{{.X}}" y2="{{.Y2}}"/>{{if .Label}}<text x="{{.X}}" y="{{.Y}}" dy="16" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}{{end}}
{{range .YTicks}}<text x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}
{{with .Plan}}<line class="plan" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/>{{end}}
{{if .ActualPath}}<polyline class="actual" points="{{.ActualPath}}"/>{{end}}
{{with .Baseline}}<rect class="base" x="{{.X}}" y="{{.Y}}" width="9" height="9" transform="translate(-4.5 -4.5)"/>{{if .Label}}<text class="val" x="{{.LabelX}}" y="{{.LabelY}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}{{end}}
{{with .Target}}<polygon class="goal" points="{{.Diamond}}"/>{{if .Label}}<text class="val" x="{{.LabelX}}" y="{{.LabelY}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}{{end}}
{{range .Actuals}}<circle class="pt{{if .Provisional}} prov{{end}}{{if .Back}} backpt{{end}}" cx="{{.X}}" cy="{{.Y}}" r="4.5"/>{{if .Label}}<text class="val" x="{{.LabelX}}" y="{{.LabelY}}" text-anchor="{{.Anchor}}">{{.Label}}</text>{{end}}{{end}}
</svg>{{end}}
`
