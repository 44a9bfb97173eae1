package kpi

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/excerpt"
)

// MaxPeriods is the most periods CheckFrequency will lay out: a century of
// days, far above any plan's span.
const MaxPeriods = 36600

// PeriodCount is the number of events in one period and whether that number
// meets the target.
type PeriodCount struct {
	// Period names the period: "2023-04" for a calendar month, "FY2023-Q1"
	// for a fiscal quarter (Q1 is April–June), "FY2023-H1" for a fiscal half
	// (April–September), "FY2023" for a fiscal year, "2023-W15" for an ISO
	// week, "2023-04-01" for a day; a cycle of several periods (2か月に1回)
	// is "first..last".
	Period string    `json:"period"`
	Start  goal.Date `json:"-"` // first day counted (day precision)
	End    goal.Date `json:"-"` // last day counted (day precision)
	// Partial marks a period cut short by the from or to date.
	Partial bool `json:"-"`
	Count   int  `json:"count"`
	Met     bool `json:"met"`
}

// Compliance is the result of CheckFrequency.
type Compliance struct {
	Target  goal.Target   `json:"target"`
	Periods []PeriodCount `json:"periods"`
	Met     int           `json:"met"`    // periods that met the target
	Missed  int           `json:"missed"` // periods that did not
	// Outside counts events before from or after to; they are ignored.
	Outside int `json:"-"`
	// Unplaced are events too imprecise to place in one period (a year
	// alone; a month when the periods are weeks or days); they are not
	// counted, and reported here so they are never silently lost.
	Unplaced []goal.Date `json:"-"`
}

// CheckFrequency counts the events in each period from from to to
// (inclusive) and says which periods meet the frequency target tg: 月1回以上
// (at least once a month), 四半期ごと (every quarter), 年10回以上 (at least ten
// times a year).
//
// The periods follow tg.Per: calendar months for a month, fiscal quarters
// for a quarter, fiscal halves for a half year, fiscal years (April–March)
// for a year or a fiscal year, ISO weeks (Monday–Sunday) for a week, days
// for a day. With tg.Interval n > 1 (2か月に1回, once every two months)
// each cycle of n periods, counted from the first, is one period. Periods
// cut by from or to are included and marked Partial.
//
// A period meets the target when tg.Holds(count): a frequency or count
// without a comparator word is a minimum (月1回 is met by one or more
// events), 月1回以下 by at most one.
//
// from and to may be given to the day or the month (a month means its first
// day for from and its last for to). Errors: ErrTarget when tg has no kind
// or no comparator, a value or max that is not finite, a negative interval,
// or a range whose max is below its value (a target with no JSON form,
// which the Compliance would carry); ErrNotPeriod when tg.Per is unset, ErrDateRange when a bound is invalid, coarser than a month, or from
// is after to, ErrTooMany when more than MaxPeriods periods would result.
func CheckFrequency(tg goal.Target, events []goal.Date, from, to goal.Date) (Compliance, error) {
	if err := checkTarget(tg); err != nil {
		return Compliance{}, fmt.Errorf("kpi: target %s: %w: %w", excerpt.Quote(tg.Text), ErrTarget, err)
	}
	if tg.Per == goal.PeriodUnset || tg.Per.PerYear() == 0 {
		return Compliance{}, fmt.Errorf("kpi: target %s: %w", excerpt.Quote(tg.Text), ErrNotPeriod)
	}
	if err := checkBound(from); err != nil {
		return Compliance{}, fmt.Errorf("kpi: from: %w", err)
	}
	if err := checkBound(to); err != nil {
		return Compliance{}, fmt.Errorf("kpi: to: %w", err)
	}
	from, to = from.First(), to.Last()
	if from.Compare(to) > 0 {
		return Compliance{}, fmt.Errorf("kpi: from %v is after to %v: %w", from, to, ErrDateRange)
	}
	periods, err := layOut(tg, from, to)
	if err != nil {
		return Compliance{}, err
	}
	c := Compliance{Target: tg, Periods: periods}
	for _, ev := range events {
		if ev.Validate() != nil || ev.IsZero() {
			c.Unplaced = append(c.Unplaced, ev)
			continue
		}
		if ev.Last().Compare(from) < 0 || ev.First().Compare(to) > 0 {
			c.Outside++
			continue
		}
		i := sort.Search(len(periods), func(i int) bool { return periods[i].End.Compare(ev.First()) >= 0 })
		if i == len(periods) || periods[i].Start.Compare(ev.First()) > 0 || periods[i].End.Compare(ev.Last()) < 0 {
			// The event spans more than one period (or part of it lies
			// outside from–to): it cannot be placed.
			c.Unplaced = append(c.Unplaced, ev)
			continue
		}
		periods[i].Count++
	}
	for i := range periods {
		periods[i].Met = tg.Holds(float64(periods[i].Count))
		if periods[i].Met {
			c.Met++
		} else {
			c.Missed++
		}
	}
	return c, nil
}

// checkTarget refuses a target that cannot be judged or written as JSON.
func checkTarget(tg goal.Target) error {
	switch {
	case tg.Kind == goal.KindUnset:
		return errors.New("no kind")
	case tg.Cmp == goal.CmpUnset:
		return errors.New("no comparator")
	case math.IsNaN(tg.Value) || math.IsInf(tg.Value, 0) || math.IsNaN(tg.Max) || math.IsInf(tg.Max, 0):
		return errors.New("value or max not finite")
	case tg.Interval < 0:
		return errors.New("negative interval")
	case tg.Cmp == goal.CmpRange && tg.Max < tg.Value:
		return errors.New("range max below its value")
	}
	// Anything else goal's JSON refuses (an enum value out of range), the
	// Compliance could not be written.
	if _, err := tg.MarshalJSON(); err != nil {
		return err
	}
	return nil
}

func checkBound(d goal.Date) error {
	if d.IsZero() {
		return fmt.Errorf("unset: %w", ErrDateRange)
	}
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrDateRange, err)
	}
	if d.Precision < goal.PrecisionMonth {
		return fmt.Errorf("%v needs a month or a day: %w", d, ErrDateRange)
	}
	return nil
}

// layOut lists the periods from from to to (both day precision).
func layOut(tg goal.Target, from, to goal.Date) ([]PeriodCount, error) {
	var units []PeriodCount
	end := to.Time(nil)
	for t := from.Time(nil); !t.After(end); {
		if len(units) >= MaxPeriods {
			return nil, fmt.Errorf("kpi: %v to %v by %v: %w", from, to, tg.Per, ErrTooMany)
		}
		start, last, name := unitPeriod(tg.Per, t)
		p := PeriodCount{Period: name, Start: goal.DateOf(start), End: goal.DateOf(last)}
		if start.Before(t) {
			p.Start, p.Partial = goal.DateOf(t), true
		}
		if last.After(end) {
			p.End, p.Partial = to, true
		}
		units = append(units, p)
		t = last.AddDate(0, 0, 1)
	}
	n := tg.Interval
	if n <= 1 {
		return units, nil
	}
	var out []PeriodCount
	for i := 0; i < len(units); i += n {
		j := min(i+n, len(units))
		p := units[i]
		p.End = units[j-1].End
		p.Partial = p.Partial || units[j-1].Partial || j-i < n
		if j-1 > i {
			p.Period += ".." + units[j-1].Period
		}
		out = append(out, p)
	}
	return out, nil
}

// unitPeriod returns the first and last day of the period of kind per that
// contains day t, and its name.
func unitPeriod(per goal.Period, t time.Time) (start, last time.Time, name string) {
	y, m, _ := t.Date()
	switch per {
	case goal.PeriodDay:
		return t, t, t.Format("2006-01-02")
	case goal.PeriodWeek:
		start = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // back to Monday
		wy, wn := start.ISOWeek()
		return start, start.AddDate(0, 0, 6), fmt.Sprintf("%d-W%02d", wy, wn)
	case goal.PeriodMonth:
		start = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 1, -1), t.Format("2006-01")
	case goal.PeriodQuarter:
		q := goal.FiscalQuarterOf(t)
		return timeOf(q.Start()), timeOf(q.End()), q.String()
	case goal.PeriodHalfYear:
		fy := goal.FiscalYearOf(t)
		h, sm := 1, 4
		if m < 4 || m >= 10 {
			h, sm = 2, 10
		}
		start = time.Date(int(fy), time.Month(sm), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 6, -1), fiscalName(fy) + "-H" + strconv.Itoa(h)
	}
	fy := goal.FiscalYearOf(t)
	return timeOf(fy.Start()), timeOf(fy.End()), fiscalName(fy)
}

func timeOf(d goal.Date) time.Time { return d.Time(nil) }

func fiscalName(fy goal.FiscalYear) string { return "FY" + strconv.Itoa(int(fy)) }
