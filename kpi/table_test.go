package kpi

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

var withParsers = TableOptions{Targets: fakeParser{}, Years: fakeParser{}}

func readSample(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "kpi", "sample_indicators.csv"))
	require.NoError(t, err)
	return data
}

func toShiftJIS(t *testing.T, data []byte) []byte {
	t.Helper()
	out, err := japanese.ShiftJIS.NewEncoder().Bytes(data)
	require.NoError(t, err)
	return out
}

// The sample table evaluates the same in every encoding and line ending.
func TestReadTableSampleEncodings(t *testing.T) {
	utf8 := readSample(t)
	variants := map[string][]byte{
		"utf-8 crlf":     utf8,
		"utf-8 bom":      append([]byte("\uFEFF"), utf8...),
		"utf-8 lf":       bytes.ReplaceAll(utf8, []byte("\r\n"), []byte("\n")),
		"shift_jis crlf": toShiftJIS(t, utf8),
	}
	type row struct {
		name, status, rank string
		progress           float64
		hasProgress        bool
	}
	var want []row
	for _, name := range []string{"utf-8 crlf", "utf-8 bom", "utf-8 lf", "shift_jis crlf"} {
		tab, err := ReadTable(bytes.NewReader(variants[name]), withParsers)
		require.NoError(t, err, name)
		assert.Empty(t, tab.Errors, name)
		assert.Empty(t, tab.Ignored, name)
		var got []row
		for _, ev := range (Evaluator{}).EvaluateAll(tab.Indicators) {
			got = append(got, row{ev.Indicator.Name, ev.Status.String(), ev.Rank, ev.Progress.Value, ev.Progress.OK})
		}
		if want == nil {
			want = got
			continue
		}
		assert.Equal(t, want, got, name)
	}
	require.Len(t, want, 7)
	assert.Equal(t, "市民満足度", want[0].name)
}

func TestReadTableSampleValues(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(readSample(t)), withParsers)
	require.NoError(t, err)
	require.Len(t, tab.Indicators, 7)
	assert.Equal(t, "utf-8", tab.Encoding)
	assert.Equal(t, 1, tab.HeaderRow)

	sat := tab.Indicators[0]
	assert.Equal(t, "%", sat.Unit)
	assert.Equal(t, DirectionIncrease, sat.Direction)
	assert.Equal(t, Num(62), sat.Baseline)
	assert.Equal(t, goal.FiscalYear(2020), sat.BaselineYear)
	assert.Equal(t, goal.FiscalYear(2025), sat.TargetYear)
	require.NotNil(t, sat.Target)
	assert.Equal(t, goal.CmpGE, sat.Target.Cmp)
	assert.Equal(t, []Observation{{Value: 63.5, Year: 2021}, {Value: 65, Year: 2022}, {Value: 67.2, Year: 2023}}, sat.Observations)
	assert.Equal(t, StageOutcome, sat.Stage)
	assert.Equal(t, Num(3), sat.Weight)
	assert.Equal(t, "市民協働課", sat.Owner)
	assert.Equal(t, "1-1 市民協働", sat.Node)

	lib := tab.Indicators[4]
	assert.Equal(t, "図書館の貸出冊数", lib.Name)
	assert.Equal(t, Num(1.5e6), lib.Baseline)
	assert.Equal(t, 5e4, lib.Tolerance)

	renew := tab.Indicators[5]
	assert.Empty(t, renew.Observations, "an empty actual is no data, not 0")

	evs := Evaluator{}.EvaluateAll(tab.Indicators)
	statuses := []Status{}
	for _, ev := range evs {
		statuses = append(statuses, ev.Status)
	}
	assert.Equal(t, []Status{StatusOnTrack, StatusWorsened, StatusAchieved, StatusOnTrack, StatusAchieved, StatusNoData, StatusBehind}, statuses)
}

func TestReadTableEnglishHeaders(t *testing.T) {
	in := "name,unit,direction,baseline,baseline_year,target,target_year,actual,actual_year,kind,weight,owner,provisional\n" +
		"Library visits,visits,increase,100,2020,200,2025,150,2022,output,2,Library,\n" +
		"Library visits,visits,increase,100,2020,200,2025,170,2023,output,2,Library,yes\n" +
		"Library visits,visits,increase,100,2020,200,2025,160,2023,output,2,Library,no\n"
	tab, err := ReadTable(strings.NewReader(in), TableOptions{})
	require.NoError(t, err)
	require.Empty(t, tab.Errors)
	require.Len(t, tab.Indicators, 1)
	ind := tab.Indicators[0]
	assert.Equal(t, StageOutput, ind.Stage)
	latest, ok := ind.Latest()
	require.True(t, ok)
	assert.Equal(t, Observation{Value: 160, Year: 2023}, latest, "the final figure wins over the provisional one")
	ev := Evaluate(ind)
	assert.InDelta(t, 0.6, ev.Progress.Value, 1e-9)
	assert.Equal(t, StatusOnTrack, ev.Status)
}

func TestReadTableBadRows(t *testing.T) {
	in := "title: KPI一覧（令和5年度）\n" +
		"\n" +
		"指標名,単位,方向,基準値,基準年度,目標値,目標年度,実績値,実績年度,備考\n" +
		"A,%,増加,10,2020,20,2025,15,2022,\n" +
		"B,%,増加,abc,2020,20,2025,15,2022,\n" +
		"C,%,上下,10,2020,20,2025,15,2022,\n" +
		"D,件,減少,10,令和2年度,5,2025,8,2022,\n" +
		"E,件,減少,10,2020,5件以下,2025,8,2022,\n" +
		"A,%,増加,11,2020,20,2025,16,2023,\n" +
		"A,%,増加,10,2020,20,2025,17,2022,\n" +
		",,,,,,,,,\n" +
		",%,増加,10,2020,20,2025,18,2024,\n" +
		"F,%,増加,10,2020,20,2025,NaN,2022,\n" +
		",,,,,,,19,2023,\n" +
		"\"G,%,増加\n"
	tab, err := ReadTable(strings.NewReader(in), TableOptions{})
	require.NoError(t, err)
	assert.Equal(t, 3, tab.HeaderRow)
	assert.Equal(t, []string{"備考"}, tab.Ignored)

	type cellErr struct {
		row, col int
		header   string
		err      error
	}
	want := []cellErr{
		{5, 4, "基準値", ErrNumber},
		{6, 3, "方向", ErrDirection},
		{7, 5, "基準年度", ErrNoParser},
		{8, 6, "目標値", ErrNoParser},
		{9, 4, "基準値", ErrConflict},
		{10, 8, "実績値", ErrConflict},
		{12, 1, "指標名", ErrMissing},
		{13, 8, "実績値", ErrNumber},
		{14, 1, "指標名", ErrMissing},
		{15, 0, "", ErrCSV},
	}
	var got []cellErr
	for _, e := range tab.Errors {
		var sentinel error
		for _, s := range []error{ErrNumber, ErrDirection, ErrNoParser, ErrConflict, ErrCSV, ErrMissing} {
			if errors.Is(e, s) {
				sentinel = s
			}
		}
		got = append(got, cellErr{e.Row, e.Column, e.Header, sentinel})
	}
	assert.Equal(t, want, got)
	assert.Contains(t, tab.Errors[0].Error(), `row 5, column 4 (基準値): "abc": not a number`)
	assert.Error(t, tab.Err())

	// The good rows are still read: only A's first row. Row 12 continues
	// a skipped row, so it is skipped too rather than guessed.
	require.Len(t, tab.Indicators, 1)
	assert.Equal(t, "A", tab.Indicators[0].Name)
	assert.Equal(t, []Observation{{Value: 15, Year: 2022}}, tab.Indicators[0].Observations)

	// With parsers, the year and target rows are read.
	tab, err = ReadTable(strings.NewReader(in), withParsers)
	require.NoError(t, err)
	assert.Len(t, tab.Indicators, 3)
	for _, e := range tab.Errors {
		assert.NotContains(t, []int{7, 8}, e.Row, e.Error())
	}
}

func TestReadTableFatal(t *testing.T) {
	_, err := ReadTable(strings.NewReader("a,b,c\n1,2,3\n"), TableOptions{})
	assert.ErrorIs(t, err, ErrNoHeader)
	_, err = ReadTable(strings.NewReader(""), TableOptions{})
	assert.ErrorIs(t, err, ErrNoHeader)
	_, err = ReadTable(strings.NewReader(strings.Repeat("x", 100)), TableOptions{MaxBytes: 10})
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = ReadTable(strings.NewReader(strings.Repeat("x\n", 11)+"name,target,actual\n"), TableOptions{})
	assert.ErrorIs(t, err, ErrNoHeader)
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in, unit string
		want     float64
		present  bool
		err      bool
	}{
		{"99.5", "", 99.5, true, false},
		{"1,234", "", 1234, true, false},
		{"１，２３４", "", 1234, true, false},
		{"99.5%", "%", 99.5, true, false},
		{"99.5％", "", 99.5, true, false},
		{"50件", "件", 50, true, false},
		{"△5", "", -5, true, false},
		{"▲1.5", "", -1.5, true, false},
		{"-3", "", -3, true, false},
		{"1.2万", "", 12000, true, false},
		{" 7 ", "", 7, true, false},
		{"", "", 0, false, false},
		{"-", "", 0, false, false},
		{"―", "", 0, false, false},
		{"未集計", "", 0, false, false},
		{"N/A", "", 0, false, false},
		{"0", "", 0, true, false},
		{"NaN", "", 0, false, true},
		{"Inf", "", 0, false, true},
		{"1e3", "", 0, false, true},
		{"0x10", "", 0, false, true},
		{"1.2.3", "", 0, false, true},
		{"50人", "件", 0, false, true},
		{"abc", "", 0, false, true},
		// the one number reader (internal/jtext): kanji, units, separators
		{"三十", "", 30, true, false},
		{"1,500万", "", 15000000, true, false},
		{"3億", "", 3e8, true, false},
		{"２千", "", 2000, true, false},
		{"12,34", "", 0, false, true},
		{"1234567890123456", "", 0, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, present, err := parseNumber(tt.in, tt.unit)
			if tt.err {
				assert.ErrorIs(t, err, ErrNumber)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.present, present)
			assert.Equal(t, tt.want, v)
		})
	}
}

func TestParseDirectionAndStage(t *testing.T) {
	for in, want := range map[string]Direction{"increase": DirectionIncrease, "Increase": DirectionIncrease,
		"増加": DirectionIncrease, "↑": DirectionIncrease, "減少": DirectionDecrease, "↓": DirectionDecrease,
		"decrease": DirectionDecrease, "維持": DirectionMaintain, "→": DirectionMaintain, "maintain": DirectionMaintain, "": DirectionUnset} {
		got, err := parseDirection(in)
		assert.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := parseDirection("上下")
	assert.ErrorIs(t, err, ErrDirection)
	for in, want := range map[string]Stage{"アウトカム": StageOutcome, "ｱｳﾄｶﾑ": StageOutcome, "Output": StageOutput,
		"ｱｳﾄﾌﾟｯﾄ": StageOutput, "ｲﾝﾌﾟｯﾄ": StageInput, "ｱｸﾃｨﾋﾞﾃｨ": StageActivity, "ｲﾝﾊﾟｸﾄ": StageImpact,
		"インパクト": StageImpact, "活動": StageActivity, "input": StageInput} {
		got, err := parseStage(in)
		assert.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err = parseStage("その他")
	assert.ErrorIs(t, err, ErrStage)
}
