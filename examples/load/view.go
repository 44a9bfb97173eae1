package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse/load"
)

// writeView writes a value as an indented, readable listing.
func writeView(w io.Writer, v any) {
	switch x := v.(type) {
	case *load.Outline:
		viewPlan(w, x)
	case *load.GoalList:
		viewGoals(w, x)
	case *load.Page:
		viewPage(w, x)
	case *load.IndicatorList:
		viewIndicators(w, x)
	case []*load.Meeting:
		for i, m := range x {
			if i > 0 {
				fmt.Fprintln(w)
			}
			viewMeeting(w, m)
		}
	}
}

func viewGoals(w io.Writer, l *load.GoalList) {
	fmt.Fprintf(w, "goal list: %s\n", l.Title)
	for _, o := range l.Organizations {
		goals := l.GoalsOf(o.Name)
		if len(goals) == 0 && len(o.Children) > 0 {
			continue // named as its divisions' parent
		}
		parent := ""
		if o.Parent != nil {
			parent = " (" + o.Parent.Name + ")"
		}
		fmt.Fprintf(w, "%s%s: %d goal(s)\n", o.Name, parent, len(goals))
		for _, g := range goals {
			fmt.Fprintf(w, "  - %s\n", g.Statement)
			for _, t := range g.Targets {
				fmt.Fprintf(w, "      target %s\n", t.String())
			}
			for _, f := range g.Fields {
				fmt.Fprintf(w, "      %s: %s\n", f.Label, f.Value)
			}
		}
	}
	viewUnread(w, l.Coverage, l.Unread)
}

func viewPage(w io.Writer, p *load.Page) {
	fmt.Fprintf(w, "page: %s\n", p.Title)
	if o := p.Organization; o != nil {
		fmt.Fprintf(w, "unit: %s\n", o.Name)
		if !o.Head.IsZero() {
			fmt.Fprintf(w, "head: %s %s\n", o.Head.Title, o.Head.Name)
		}
	}
	if !p.Updated.IsZero() {
		fmt.Fprintf(w, "updated: %s\n", p.Updated)
	}
	for _, s := range p.Sections {
		fmt.Fprintf(w, "[%s] %s\n", s.Word, s.Heading)
		for _, t := range s.Paragraphs {
			fmt.Fprintf(w, "  %s\n", t)
		}
		for _, t := range s.Items {
			fmt.Fprintf(w, "  - %s\n", t)
		}
	}
	if len(p.Plans) > 0 {
		fmt.Fprintf(w, "plans: %s\n", strings.Join(p.Plans, "、"))
	}
	if p.ContactUnit != nil {
		fmt.Fprintf(w, "contact: %s %s\n", strings.Join(p.ContactUnit.Path(), " "), p.ContactUnit.Contact.Telephone)
	}
	viewUnread(w, p.Coverage, p.Unread)
}

func viewMeeting(w io.Writer, m *load.Meeting) {
	fmt.Fprintf(w, "meeting: %s\n", m.Title)
	if !m.Date.IsZero() {
		fmt.Fprintf(w, "date: %s", m.Date)
		if !m.Start.IsZero() {
			fmt.Fprintf(w, " %s", m.Start)
		}
		if !m.End.IsZero() {
			fmt.Fprintf(w, "–%s", m.End)
		}
		fmt.Fprintln(w)
	}
	if m.Place != "" {
		fmt.Fprintf(w, "place: %s\n", m.Place)
	}
	if len(m.Attendees) > 0 {
		fmt.Fprintf(w, "attendees: %s\n", strings.Join(m.Attendees, "、"))
	}
	if m.AttendeeCount > 0 {
		fmt.Fprintf(w, "attendee count: %d\n", m.AttendeeCount)
	}
	for _, a := range m.Agenda {
		fmt.Fprintf(w, "agenda: %s\n", a)
	}
	if m.Result != "" {
		fmt.Fprintf(w, "result: %s\n", strings.ReplaceAll(m.Result, "\n", " "))
	}
	if m.Outcome != 0 {
		fmt.Fprintf(w, "outcome: %s\n", m.Outcome)
	}
	for _, a := range m.Assessments {
		var parts []string
		if a.Reached != 0 {
			parts = append(parts, a.Reached.String())
		}
		if a.Trend != 0 {
			parts = append(parts, a.Trend.String())
		}
		if a.Actual != nil {
			actual := "actual " + strconv.FormatFloat(a.Actual.Value, 'f', -1, 64)
			if !a.Actual.Year.IsZero() {
				actual += " (" + strconv.Itoa(a.Actual.Year.Value) + ")"
			}
			parts = append(parts, actual)
		}
		fmt.Fprintf(w, "assessment: %s: %s\n", a.Indicator, strings.Join(parts, ", "))
	}
	viewUnread(w, m.Coverage, m.Unread)
}

func viewUnread(w io.Writer, coverage float64, un []load.Unread) {
	fmt.Fprintf(w, "coverage: %.0f%%\n", coverage*100)
	for _, u := range un {
		if u.Problem != "" {
			fmt.Fprintf(w, "unread line %d: %s (%s)\n", u.Line, u.Text, u.Problem)
		} else {
			fmt.Fprintf(w, "unread line %d: %s\n", u.Line, u.Text)
		}
	}
}

func viewPlan(w io.Writer, o *load.Outline) {
	p := o.Plan
	fmt.Fprintf(w, "plan: %s\n", p.Title)
	p.Walk(func(n *goal.Node, path []*goal.Node) bool {
		indent := strings.Repeat("  ", len(path))
		fmt.Fprintf(w, "%s%s %s (%d statements)\n", indent, n.Number, n.Title, len(n.Statements))
		return true
	})
	viewUnread(w, o.Coverage, o.Unread)
}

// viewIndicators writes one line per indicator: its name and unit, then its
// figures in time order (baseline → interim → target), each with its year.
func viewIndicators(w io.Writer, l *load.IndicatorList) {
	fmt.Fprintf(w, "indicators: %d\n", len(l.Indicators))
	for _, in := range l.Indicators {
		unit := ""
		if in.Unit != "" {
			unit = " [" + in.Unit + "]"
		}
		var path []string
		if in.Baseline != nil {
			path = append(path, "現状 "+figure(*in.Baseline))
		}
		for _, v := range in.Interim {
			path = append(path, "中間 "+figure(v))
		}
		if in.Target != nil {
			path = append(path, "目標 "+figure(*in.Target))
		}
		for _, v := range in.Actuals {
			path = append(path, "実績 "+figure(v))
		}
		fmt.Fprintf(w, "  - %s%s: %s\n", in.Name, unit, strings.Join(path, " → "))
	}
	viewUnread(w, l.Coverage, l.Unread)
}

// figure is one value with its year in brackets when the text states one.
func figure(v goal.IndicatorValue) string {
	s := strconv.FormatFloat(v.Value, 'f', -1, 64)
	if !v.Year.IsZero() {
		s += " (" + v.Year.String() + ")"
	}
	return s
}
