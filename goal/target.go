package goal

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// Target is one measurable target stated in goal text: 「月1回以上」 (at
// least once a month), 「連携団体4団体以上」 (at least four partner bodies),
// 「1パーセント以上」 (at least one percent).
//
// The zero value is an empty, unset target.
type Target struct {
	Kind  Kind
	Value float64 // the number as stated; 0 is a real value (待機児童ゼロ, zero children waiting)
	Max   float64 // upper bound when Cmp is CmpRange; otherwise 0
	Cmp   Comparator
	// Unit is the counter after width folding: 回, 件, 人, 団体, 事業, か所
	// (for 箇所, カ所, ヶ所), 円, "%" for percentages, "pt" for percentage
	// points (ポイント), 分/時間/日 for durations. Empty for frequencies,
	// ranks and ratios.
	Unit string
	// Per is the period a frequency, or a per-period count (年間500件), is
	// counted in; Interval is how many of those periods make one cycle:
	// 2か月に1回 is Value 1, Per PeriodMonth, Interval 2. Interval 0 means 1.
	Per      Period
	Interval int
	Change   Change
	// Subject is the noun phrase naming what is measured, counted or done,
	// with the modifiers that belong to it (連携団体 in 「連携団体4団体以上」,
	// 救急車の平均到着時間 in 「救急車の平均到着時間を8分以内に」); a
	// substring of the text, empty when the text does not say.
	Subject string
	// Action is the verb or verbal noun the quantity governs, in dictionary
	// form (開催する for 「月1回開催し」, 削減する for 「3%削減」, 増やす for
	// 「30件に増やします」); empty when the text has none.
	Action string
	// By is the fiscal year the target is to be met by (令和7年度までに);
	// zero when the text states no deadline.
	By FiscalYear
	// Role says what the quantity is: a target the text commits to, an
	// interim target, a baseline, an actual or another figure (see Role).
	// Extract sets it; RoleUnset in a Target built by hand.
	Role Role
	// Year is the year the value refers to (「50.0%(令和7年度)」 → 2025),
	// zero when the text states none. Unlike By it is also set for
	// baselines and actuals, and it keeps a calendar year (年) apart.
	Year Year
	Text string // the source text of the target, exactly input[Span.Start:Span.End]
	Span Span
}

// targetJSON is the public JSON form documented in the README.
type targetJSON struct {
	Kind     Kind       `json:"kind"`
	Value    float64    `json:"value"`
	Max      *float64   `json:"max,omitempty"`
	Unit     string     `json:"unit,omitempty"`
	Per      Period     `json:"per,omitempty"`
	Interval int        `json:"interval,omitempty"`
	Cmp      Comparator `json:"cmp"`
	Change   Change     `json:"change,omitempty"`
	Subject  string     `json:"subject,omitempty"`
	Action   string     `json:"action,omitempty"`
	By       FiscalYear `json:"by,omitempty"`
	Role     Role       `json:"role,omitempty"`
	Year     string     `json:"year,omitempty"`
	Calendar bool       `json:"calendar,omitempty"`
	Text     string     `json:"text"`
	Start    int        `json:"start"`
	End      int        `json:"end"`
}

// MarshalJSON writes the documented form: {"kind","value","max"?,"unit"?,
// "per"?,"interval"?,"cmp","change"?,"subject"?,"action"?,"by"?,"role"?,
// "year"?,"calendar"?,"text","start","end"}. year is "YYYY"; calendar is
// true when the year was written as 年 rather than 年度.
// Interval is written only when it is above 1, and max only for ranges.
// A target with an unset Kind or Comparator, or a value that is not finite,
// is an error.
func (t Target) MarshalJSON() ([]byte, error) {
	j := targetJSON{
		Kind: t.Kind, Value: t.Value, Unit: t.Unit, Per: t.Per, Cmp: t.Cmp,
		Change: t.Change, Subject: t.Subject, Action: t.Action, By: t.By, Role: t.Role, Text: t.Text,
		Start: t.Span.Start, End: t.Span.End,
	}
	j.Year, j.Calendar = yearJSON(t.Year)
	if t.Interval > 1 {
		j.Interval = t.Interval
	}
	if t.Cmp == CmpRange {
		m := t.Max
		j.Max = &m
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes. Anything else — an
// unknown field, max on a target that is not a range, an interval of 1 or
// below, a span that ends before it starts — is a *JSONError wrapping
// ErrInvalidJSON that names the field.
func (t *Target) UnmarshalJSON(data []byte) error {
	var j targetJSON
	if err := decodeStrict(data, &j, "Target"); err != nil {
		return err
	}
	if err := checkTargetJSON(j); err != nil {
		return err
	}
	*t = Target{
		Kind: j.Kind, Value: j.Value, Unit: j.Unit, Per: j.Per, Interval: j.Interval,
		Cmp: j.Cmp, Change: j.Change, Subject: j.Subject, Action: j.Action, By: j.By, Role: j.Role, Text: j.Text,
		Span: Span{Start: j.Start, End: j.End},
	}
	y, err := yearFromJSON(j.Year, j.Calendar)
	if err != nil {
		return err
	}
	t.Year = y
	if j.Max != nil {
		t.Max = *j.Max
	}
	return nil
}

// PerYear is the yearly rate of a frequency or per-period count: 月1回 is 12,
// 2か月に1回 is 6, 四半期ごと is 4. ok is false when the target has no period.
func (t Target) PerYear() (rate float64, ok bool) {
	n := t.Per.PerYear()
	if n == 0 {
		return 0, false
	}
	iv := t.Interval
	if iv < 1 {
		iv = 1
	}
	return t.Value * n / float64(iv), true
}

// Holds reports whether a measured value x meets the target. A frequency or
// count without a comparator word is a minimum (月1回 is met by one or more),
// since that is how municipal goals are read; every other comparator is
// applied as stated, with CmpApprox allowing ±10 %.
func (t Target) Holds(x float64) bool {
	c := t.Cmp
	if c == CmpEq && (t.Kind == KindFrequency || t.Kind == KindCount) {
		c = CmpGE
	}
	return c.Holds(x, t.Value, t.Max, 0.10)
}

// periodJapanese is how each period is written before a count (月1回).
var periodJapanese = []string{"", "日", "週", "月", "四半期", "半年", "年", "年度"}

// String renders the target back in Japanese, in a canonical form:
// 「月1回以上」, 「2か月に1回」, 「1%以上」, 「ベスト10以内」 (as 「10位以内」),
// 「約200人」, 「10～20件」, 「5%削減」.
func (t Target) String() string {
	var b strings.Builder
	if t.Cmp == CmpApprox {
		b.WriteString("約")
	}
	num := formatNumber(t.Value)
	per := ""
	if int(t.Per) < len(periodJapanese) {
		per = periodJapanese[t.Per]
	}
	switch t.Kind {
	case KindFrequency:
		if t.Interval > 1 {
			b.WriteString(strconv.Itoa(t.Interval))
			switch t.Per {
			case PeriodMonth:
				b.WriteString("か月")
			case PeriodWeek:
				b.WriteString("週間")
			default:
				b.WriteString(per)
			}
			b.WriteString("に")
		} else {
			b.WriteString(per)
		}
		b.WriteString(num)
		b.WriteString("回")
	case KindRank:
		b.WriteString(num)
		b.WriteString("位")
	case KindRatio:
		b.WriteString(num)
		b.WriteString("倍")
	default:
		if t.Per != PeriodUnset {
			b.WriteString(per)
			b.WriteString("間")
		}
		b.WriteString(num)
		if t.Cmp == CmpRange {
			b.WriteString("～")
			b.WriteString(formatNumber(t.Max))
		}
		unit := t.Unit
		if unit == "pt" {
			unit = "ポイント"
		}
		b.WriteString(unit)
	}
	switch t.Cmp {
	case CmpGE:
		b.WriteString("以上")
	case CmpGT:
		b.WriteString("超")
	case CmpLE:
		if t.Kind == KindRank || t.Kind == KindDuration {
			b.WriteString("以内")
		} else {
			b.WriteString("以下")
		}
	case CmpLT:
		b.WriteString("未満")
	}
	switch t.Change {
	case ChangeIncrease:
		b.WriteString("増加")
	case ChangeDecrease:
		b.WriteString("削減")
	}
	return b.String()
}

// formatNumber writes a value without a trailing ".0" and without exponent
// notation for ordinary magnitudes.
func formatNumber(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
