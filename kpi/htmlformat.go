package kpi

import (
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
)

// groupDigits formats v with a comma between thousands and at most four
// decimal places, without trailing zeros: 1250 → "1,250", 67.2 → "67.2",
// 1500000 → "1,500,000".
func groupDigits(v float64) string {
	s := strconv.FormatFloat(roundTo(v, 4), 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "−", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) > 3 && !strings.ContainsAny(intPart, "eE") {
		var b strings.Builder
		lead := len(intPart) % 3
		if lead > 0 {
			b.WriteString(intPart[:lead])
		}
		for i := lead; i < len(intPart); i += 3 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(intPart[i : i+3])
		}
		intPart = b.String()
	}
	if frac != "" {
		return sign + intPart + "." + frac
	}
	return sign + intPart
}

// withUnit is v with its unit: "67.2%", "1,250件"; a unit in Latin letters
// ("kW") is set off by a space.
func withUnit(v float64, unit string) string {
	s := groupDigits(v)
	switch {
	case unit == "":
		return s
	case unit == "%" || unit == "％":
		return s + "%"
	case unit[0] < 0x80:
		return s + " " + unit
	}
	return s + unit
}

// percentOf formats a figure as a percentage with one decimal place; "—"
// when undefined.
func percentOf(f Figure) string {
	if !f.OK {
		return "—"
	}
	return groupDigits(roundTo(f.Value*100, 1)) + "%"
}

// fiscalYearText is a fiscal year as the report names it: 「令和5年度」 in
// Japanese, "FY2023" in English; "" when unset.
func (l *reportLabels) fiscalYearText(fy goal.FiscalYear) string {
	if fy == 0 {
		return ""
	}
	if l.Lang == "ja" {
		return fy.String()
	}
	return "FY" + strconv.Itoa(int(fy))
}

// targetText is how the report states a target: the value the evaluation
// uses with its comparator (「1,000件以下」, "≥ 70%"), or, for a target
// stated as a change or a frequency, the text as written with that value.
func (l *reportLabels) targetText(ev Evaluation) string {
	tg := ev.Indicator.Target
	if tg == nil || !ev.Target.OK {
		return "—"
	}
	unit := ev.Indicator.Unit
	if unit == "" {
		unit = tg.Unit
	}
	v := withUnit(ev.Target.Value, unit)
	if tg.Change != goal.ChangeUnset || tg.Per != goal.PeriodUnset {
		if tg.Text != "" {
			return v + "（" + tg.Text + "）"
		}
		return v
	}
	if tg.Cmp == goal.CmpRange {
		return withUnit(tg.Value, unit) + "〜" + withUnit(tg.Max, unit)
	}
	word, ok := l.Cmp[tg.Cmp.String()]
	if tg.Cmp == goal.CmpUnset || tg.Cmp == goal.CmpEq || !ok {
		return v
	}
	if l.Lang == "ja" {
		if tg.Cmp == goal.CmpApprox {
			return "約" + v
		}
		return v + word
	}
	switch tg.Cmp {
	case goal.CmpGE, goal.CmpLE:
		return v + " " + word
	}
	return word + " " + v
}
