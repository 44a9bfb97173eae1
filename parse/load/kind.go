package load

import "strconv"

// Kind is the kind of a municipal document. The zero value, KindUnset,
// means unknown.
type Kind uint8

// The kinds of document the loaders of this package read.
const (
	KindUnset      Kind = iota
	KindPlan            // a plan (計画) chapter: numbered headings, 現状と課題, 施策
	KindGoals           // a goal list (組織目標, 重点目標, 行動目標 …)
	KindPage            // an organization's policy page (運営方針, 経営方針 …)
	KindMeeting         // a meeting summary or minutes (会議結果, 会議録 …)
	KindIndicators      // an indicator (KPI) table (指標名, 現状値, 目標値 …)
)

var kindNames = []string{"", "plan", "goals", "page", "meeting", "indicators"}

// String returns the name used in JSON and on the command line ("goals");
// "" for KindUnset and "Kind(N)" for an unknown value.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}
