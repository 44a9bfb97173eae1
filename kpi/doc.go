// Package kpi evaluates key performance indicators (KPI, 成果指標) of
// Japanese municipal plans against their targets, the same documented way
// for every indicator: progress towards the target, the pace expected by the
// year of the latest actual, achievement, a status, a rank and a trend. It
// also checks frequency targets (月1回以上, at least once a month) against
// dated events, rolls indicators up by plan node and by organization with a
// contribution table (寄与度), and writes reports people can read (text,
// Markdown, a self-contained HTML page).
//
// Indicators can be built in code; package kpi then needs no tokenizer
// dictionary. ReadTable reads the spreadsheets municipalities keep (CSV in
// UTF-8 or Shift_JIS, English or Japanese headers); where a cell holds text
// rather than a plain number — a target such as 「99.0%以上」 or a year such
// as 令和2年度 — it calls the small interfaces TargetParser and
// FiscalYearParser, which *parse.Parser satisfies. kpi never imports parse.
//
// kpi does not read plan documents (that is package parse) and does not
// decide what a good target is; it applies the rules documented on Evaluate.
//
// "No data" is never zero: a missing baseline is a Number with OK false, a
// missing actual is the absence of an Observation, and a figure that cannot
// be computed is a Figure with OK false and a Reason.
package kpi
