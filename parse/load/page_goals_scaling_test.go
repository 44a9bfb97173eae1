package load

import (
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/scaling"
)

// TestScalingPagesAndGoalLists: the page loader's front lines (each
// compared with the breadcrumb's last step, found once) and the goal
// loader's space-separated tables and units in brackets are linear.
func TestScalingPagesAndGoalLists(t *testing.T) {
	page := func(t testing.TB, s string) { _, _ = LoadPage(strings.NewReader(s)) }
	goals := func(t testing.TB, s string) { _, _ = LoadGoals(strings.NewReader(s)) }
	var cases []scaling.Case
	for _, c := range []struct {
		name, head, unit string
		run              func(testing.TB, string)
	}{
		{"page: breadcrumbs and front lines before any section", "北浜市消防本部の運営方針\n", "トップ ≫ 組織 ≫ 消防長あいさつ\n消防長あいさつ\n", page},
		{"page: sections marked alike", "■基本方針\n安全を守ります。\n", "■組織体制\n職員の体制を整えます。\n", page},
		{"goals: a space-separated table", "令和7年度 部局別重点目標\n部局 課名 目標 達成指標 主な取組\n", "企画部 企画課 施設の再編 延床面積を2％以上削減 計画の見直し\n財政課 収納率の向上 収納率98.5％以上 納付の周知\n", goals},
		{"goals: units in brackets after goals", "令和7年度 各部の重点取組\n◆市民生活部\n", "・訓練を年1回以上実施する。（危機管理課）【令和6年度 82％】\n", goals},
	} {
		head, unit, run := c.head, c.unit, c.run
		cases = append(cases, scaling.Case{Name: c.name, Input: func(n int) string { return head + scaling.Repeat(unit, n) }, Run: run})
	}
	scaling.Check(t, cases...)
}
