package load

// GoalColumn is a column role of a goal table, recognized by the words of
// its header cell (compared with spaces removed and widths folded).
type GoalColumn struct {
	// Role is what the column holds: "org" (the unit: 部局, 課等), "goal"
	// (the goal statement: 重点目標, CS90行動目標), or any other name, kept
	// as a field of the goal (取組内容, 目標達成基準).
	Role string
	// Words: a header cell equal to one of them, or (for Contains) holding
	// one, has this role.
	Words    []string
	Contains bool
	// Targets tells whether targets are read from this column's cells
	// (目標達成基準 holds 「診断件数30件以上」).
	Targets bool
}

// The roles of goal columns with a meaning for the loader.
const (
	RoleOrg  = "org"
	RoleGoal = "goal"
	// RoleIndicator is a column naming the indicator a row's figure
	// measures (指標); its text is the subject of targets without one.
	RoleIndicator = "指標"
)

var defaultGoalColumns = []GoalColumn{
	{Role: RoleOrg, Words: []string{"部局", "局等", "局", "部", "部等", "課等", "課", "課名", "所属", "所属名", "組織", "組織名", "担当課", "担当部署", "部署", "部署名", "区等", "区", "局・区", "部局名", "部名", "局名", "所属部局", "課所"}},
	{Role: "取組内容", Words: []string{"取組内容", "取組", "主な取組", "具体的な取組", "取組項目", "実施内容", "手段"}, Targets: true},
	// an indicator's name in a column of its own (指標 平均待ち時間 beside
	// 目標値 15分以内): the subject of the targets of the row's other cells
	{Role: RoleIndicator, Words: []string{"指標", "指標名", "評価指標", "成果指標名"}, Targets: true},
	{Role: "目標達成基準", Words: []string{"目標達成基準", "達成基準", "達成水準", "達成指標", "成果指標", "目標値", "数値目標", "達成目標", "目標指標"}, Targets: true},
	{Role: "課題", Words: []string{"課題", "現状と課題", "現状・課題"}},
	{Role: "達成状況", Words: []string{"達成状況", "評価", "進捗状況", "実績", "実績値", "結果"}},
	{Role: RoleGoal, Words: []string{"目標", "重点目標", "組織目標", "行動目標", "運営目標", "経営目標", "項目", "目標項目"}, Contains: true, Targets: true},
}

// DefaultGoalColumns returns a copy of the default column roles.
func DefaultGoalColumns() []GoalColumn {
	out := make([]GoalColumn, len(defaultGoalColumns))
	for i, c := range defaultGoalColumns {
		c.Words = clone(c.Words)
		out[i] = c
	}
	return out
}

// WithGoalColumns adds column roles, tried before the defaults.
func WithGoalColumns(cols ...GoalColumn) Option {
	return func(c *Config) error {
		for _, col := range cols {
			if col.Role == "" || len(col.Words) == 0 {
				return optionError("WithGoalColumns", "column with no role or no words")
			}
		}
		c.goalColumns = append(c.goalColumns, cols...)
		return nil
	}
}

// goalSheetLabels are the fields of a per-section goal sheet (組織目標表):
// the first of Statement present becomes the goal's statement, the others
// are kept as its fields; targets come from the fields marked.
var goalSheetLabels = []GoalColumn{
	{Role: RoleGoal, Words: []string{"目標", "重点目標", "組織目標", "行動目標", "運営目標"}, Targets: true},
	{Role: "達成水準", Words: []string{"達成水準", "目標達成基準", "達成基準", "成果指標", "目標値", "数値目標", "指標", "目標指標", "目標（指標）"}, Targets: true},
	// the means (月2回巡回する) state how, not the level to reach: targets
	// come from 目標 and 達成水準 only
	{Role: "取組内容", Words: []string{"取組内容", "取組", "主な取組", "具体的な取組", "実施内容"}},
	{Role: "課題", Words: []string{"課題", "現状と課題", "現状・課題"}},
	// actuals (78％, 17校で実施) and a grade: never targets; each its own
	// role, so a sheet giving both stays one goal
	{Role: "達成状況", Words: []string{"達成状況", "進捗状況", "実績", "実績値"}},
	{Role: "評価", Words: []string{"評価", "自己評価", "評価結果", "達成度"}},
}

// goalTitleWords make a heading a goal list's title: 「令和6年度 ○○部 組織目標」.
var goalTitleWords = []string{"組織目標", "重点目標", "行動目標", "運営目標", "目標一覧", "部局目標", "経営目標", "目標管理"}

// goalNumberLabels head a sheet's goal number on a line of their own
// (No. then 1 on the next line): read, not a goal or a note.
var goalNumberLabels = []string{"No.", "No", "NO.", "NO", "№", "番号", "項番", "通し番号"}

// goalNoteMarkers mark a note on the list rather than a goal: ※括弧内は担当課です。
var goalNoteMarkers = []string{"※", "＊", "*", "◎注", "注"}
