package goal_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// samplePlan is a small two-chapter plan built in code.
func samplePlan() *goal.Plan {
	m1 := &goal.Node{Level: "施策", Number: "1", Title: "情報共有", Kind: goal.BlockMeasure,
		Statements: []goal.Statement{{Text: "会議を月1回以上開催します。", Targets: []goal.Target{{
			Kind: goal.KindFrequency, Value: 1, Per: goal.PeriodMonth, Cmp: goal.CmpGE, Text: "月1回以上", Span: goal.Span{Start: 3, End: 16},
		}}, Span: goal.Span{Start: 0, End: 40}, Line: 7}}}
	m2 := &goal.Node{Level: "施策", Number: "2", Title: "活動支援", Kind: goal.BlockMeasure,
		Statements: []goal.Statement{{Text: "支援します。"}}}
	block := &goal.Node{Level: "ブロック", Title: "施策展開", Kind: goal.BlockMeasures, Children: []*goal.Node{m1, m2}}
	sec := &goal.Node{Level: "節", Number: "第1節", Title: "協働", Children: []*goal.Node{block}}
	ch1 := &goal.Node{Level: "章", Number: "第1章", Title: "市民と行政", Children: []*goal.Node{sec}, Line: 4}
	theme := &goal.Node{Level: "テーマ", Title: "広報", Kind: goal.BlockTheme,
		Goal: goal.Statement{Text: "関心を高めます。"}, Statements: []goal.Statement{{Text: "発信します"}}}
	ch2 := &goal.Node{Level: "章", Number: "第2章", Title: "推進", Children: []*goal.Node{theme}}
	return &goal.Plan{Title: "第2期市総合計画", Edition: "第2期", Start: 2021, End: 2030, Nodes: []*goal.Node{ch1, ch2}}
}

func TestPlanWalk(t *testing.T) {
	p := samplePlan()
	var got []string
	p.Walk(func(n *goal.Node, path []*goal.Node) bool {
		names := make([]string, 0, len(path)+1)
		for _, a := range path {
			names = append(names, a.Number+a.Title)
		}
		got = append(got, strings.Join(append(names, n.Number+n.Title), "/"))
		return true
	})
	assert.Equal(t, []string{
		"第1章市民と行政",
		"第1章市民と行政/第1節協働",
		"第1章市民と行政/第1節協働/施策展開",
		"第1章市民と行政/第1節協働/施策展開/1情報共有",
		"第1章市民と行政/第1節協働/施策展開/2活動支援",
		"第2章推進",
		"第2章推進/広報",
	}, got)
}

func TestPlanWalkSkipsChildren(t *testing.T) {
	p := samplePlan()
	var got []string
	p.Walk(func(n *goal.Node, _ []*goal.Node) bool {
		got = append(got, n.Title)
		return n.Level != "節"
	})
	assert.Equal(t, []string{"市民と行政", "協働", "推進", "広報"}, got)
}

func TestPlanWalkNilSafe(t *testing.T) {
	var p *goal.Plan
	p.Walk(func(*goal.Node, []*goal.Node) bool { t.Fatal("called on nil plan"); return true })
	q := &goal.Plan{Nodes: []*goal.Node{nil, {Title: "a", Children: []*goal.Node{nil}}}}
	n := 0
	q.Walk(func(*goal.Node, []*goal.Node) bool { n++; return true })
	assert.Equal(t, 1, n)
}

func TestPlanFind(t *testing.T) {
	p := samplePlan()
	n, ok := p.Find(func(n *goal.Node) bool { return n.Kind == goal.BlockMeasure })
	require.True(t, ok)
	assert.Equal(t, "情報共有", n.Title, "first in document order")

	_, ok = p.Find(func(n *goal.Node) bool { return n.Kind == goal.BlockZone })
	assert.False(t, ok)

	all := p.FindAll(func(n *goal.Node) bool { return n.Level == "施策" })
	assert.Len(t, all, 2)
	assert.Nil(t, p.FindAll(func(*goal.Node) bool { return false }))
}

func TestPlanFindPath(t *testing.T) {
	p := samplePlan()
	tests := []struct {
		name  string
		path  []string
		title string
		ok    bool
	}{
		{"chapter", []string{"第1章"}, "市民と行政", true},
		{"spaced and full-width", []string{"第 １ 章", "第１節"}, "協働", true},
		{"through an unnumbered block", []string{"第1章", "第1節", "2"}, "活動支援", true},
		{"missing step", []string{"第1章", "第2節"}, "", false},
		{"no step", nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := p.FindPath(tt.path...)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.title, n.Title)
			}
		})
	}
}

func TestNormalizeNumber(t *testing.T) {
	for in, want := range map[string]string{
		"第 1 章": "第1章", "第１節": "第1節", "（１）": "(1)", "1": "1", "": "", "第\u3000２\u3000節": "第2節",
	} {
		assert.Equal(t, want, goal.NormalizeNumber(in), in)
	}
}

func TestPlanStatements(t *testing.T) {
	got := samplePlan().Statements()
	texts := make([]string, len(got))
	for i, s := range got {
		texts[i] = s.Node.Title + ":" + s.Text
	}
	assert.Equal(t, []string{"情報共有:会議を月1回以上開催します。", "活動支援:支援します。", "広報:関心を高めます。", "広報:発信します"}, texts)
}

func TestPlanJSON(t *testing.T) {
	p := samplePlan()
	data, err := json.Marshal(p)
	require.NoError(t, err)
	s := string(data)
	// the documented shape
	assert.Contains(t, s, `{"title":"第2期市総合計画","edition":"第2期","start":"2021","end":"2030","nodes":[`)
	assert.Contains(t, s, `"statements":["支援します。"],"children":[]`, "a statement without targets is a string")
	assert.Contains(t, s, `"statements":[{"text":"会議を月1回以上開催します。","targets":[{"kind":"frequency"`, "with targets an object")
	assert.Contains(t, s, `"kind":"theme","goal":"関心を高めます。"`)
	assert.Contains(t, s, `"level":"章","number":"第1章","title":"市民と行政","statements":[],"children":[`)

	var back goal.Plan
	require.NoError(t, json.Unmarshal(data, &back))
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, s, string(again), "round trip")
	assert.Equal(t, p.Nodes[0].Children[0].Children[0].Children[0].Statements, back.Nodes[0].Children[0].Children[0].Children[0].Statements)
}

func TestEmptyPlanJSON(t *testing.T) {
	data, err := json.Marshal(goal.Plan{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"title":"","nodes":[]}`, string(data))
	data, err = json.Marshal(goal.Node{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"level":"","number":"","title":"","statements":[],"children":[]}`, string(data))
}

func TestStatementUnmarshalRejects(t *testing.T) {
	var s goal.Statement
	assert.Error(t, json.Unmarshal([]byte(`12`), &s))
	assert.Error(t, json.Unmarshal([]byte(`{"text":1}`), &s))
}

func TestBlockKind(t *testing.T) {
	names := map[goal.BlockKind]string{
		goal.BlockVision: "vision", goal.BlockIssues: "issues", goal.BlockMeasures: "measures",
		goal.BlockMeasure: "measure", goal.BlockTheme: "theme", goal.BlockBullets: "bullets", goal.BlockZone: "zone",
	}
	for k, name := range names {
		assert.Equal(t, name, k.String())
		text, err := k.MarshalText()
		require.NoError(t, err)
		var back goal.BlockKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
	}
	assert.Equal(t, "BlockKind(0)", goal.BlockUnset.String())
	assert.Equal(t, "BlockKind(99)", goal.BlockKind(99).String())
	_, err := goal.BlockUnset.MarshalText()
	assert.Error(t, err)
	var k goal.BlockKind
	assert.Error(t, k.UnmarshalText([]byte("chapter")))
}
