package parse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/textenc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// render writes a mention as "kind value[..through] text" for table tests.
func render(m goal.DateMention) string {
	v := m.Value()
	if t := m.Through(); t != "" {
		v += ".." + t
	}
	return m.Kind.String() + " " + v + " " + m.Text
}

func renderAll(ms []goal.DateMention) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, render(m))
	}
	return out
}

func newParser(t testing.TB, opts ...Option) *Parser {
	t.Helper()
	p, err := New(opts...)
	require.NoError(t, err)
	return p
}

var datesTests = []struct {
	name string
	in   string
	want []string
}{
	// Era dates.
	{"era day full-width", "令和２年１１月２０日", []string{"date 2020-11-20 令和２年１１月２０日"}},
	{"era day with time range ignored", "【日 時】 令和２年１１月２０日（金）午後３時５０分～午後４時３０分",
		[]string{"date 2020-11-20 令和２年１１月２０日"}},
	{"era month", "令和4年6月から", []string{"date 2022-06 令和4年6月"}},
	{"era year", "大正15年に", []string{"date 1926 大正15年"}},
	{"era gannen year", "令和元年の", []string{"date 2019 令和元年"}},
	{"era kanji numerals", "平成三十一年四月三十日", []string{"date 2019-04-30 平成三十一年四月三十日"}},
	{"era spaces inside", "令和 2 年 4 月 1 日", []string{"date 2020-04-01 令和 2 年 4 月 1 日"}},
	{"era sign", "㋿3年4月1日", []string{"date 2021-04-01 ㋿3年4月1日"}},
	{"era sign heisei", "㍻30年", []string{"date 2018 ㍻30年"}},
	{"meiji", "明治45年7月29日", []string{"date 1912-07-29 明治45年7月29日"}},
	{"letter era dotted", "R6.10.1とH30.4.1", []string{"date 2024-10-01 R6.10.1", "date 2018-04-01 H30.4.1"}},
	{"letter era full-width", "Ｒ６．１０．１", []string{"date 2024-10-01 Ｒ６．１０．１"}},
	{"letter era slash", "R5/8/9", []string{"date 2023-08-09 R5/8/9"}},
	{"letter era two-part H", "H30.4時点", []string{"date 2018-04 H30.4"}},
	{"letter era year", "R2年に", []string{"date 2020 R2年"}},
	// Boundaries between eras.
	{"showa 64 last day", "昭和64年1月7日", []string{"date 1989-01-07 昭和64年1月7日"}},
	{"heisei gannen first day", "平成元年1月8日", []string{"date 1989-01-08 平成元年1月8日"}},
	{"heisei 31 last day", "平成31年4月30日", []string{"date 2019-04-30 平成31年4月30日"}},
	{"reiwa gannen first day", "令和元年5月1日", []string{"date 2019-05-01 令和元年5月1日"}},
	{"heisei past its end", "平成32年度まで", []string{"fiscal_year 2020 平成32年度"}},
	// Fiscal years.
	{"fiscal era", "令和6年度予算", []string{"fiscal_year 2024 令和6年度"}},
	{"fiscal kanji", "令和十年度", []string{"fiscal_year 2028 令和十年度"}},
	{"fiscal gannen", "令和元年度", []string{"fiscal_year 2019 令和元年度"}},
	{"fiscal letter", "H30年度の実績", []string{"fiscal_year 2018 H30年度"}},
	{"fiscal letter gannen", "R元年度", []string{"fiscal_year 2019 R元年度"}},
	{"fiscal western", "2030年度までに", []string{"fiscal_year 2030 2030年度"}},
	{"fiscal western full-width", "２０３０年度", []string{"fiscal_year 2030 ２０３０年度"}},
	{"fiscal FY", "FY2024の", []string{"fiscal_year 2024 FY2024"}},
	{"fiscal with meeting number", "令和２年度第５回（第３０５回）", []string{"fiscal_year 2020 令和２年度"}},
	// Western dates.
	{"western day", "更新日:2022年9月12日", []string{"date 2022-09-12 2022年9月12日"}},
	{"western year", "2030年の姿", []string{"date 2030 2030年"}},
	{"western year first half", "2020年前半", []string{"date 2020 2020年"}},
	{"western ISO", "期限は2024-03-31です", []string{"date 2024-03-31 2024-03-31"}},
	{"western slash", "2025/4/1から", []string{"date 2025-04-01 2025/4/1"}},
	{"western slash month", "2025/4時点", []string{"date 2025-04 2025/4"}},
	{"western dotted", "2024.3.31", []string{"date 2024-03-31 2024.3.31"}},
	{"western ISO month", "2024-03の", []string{"date 2024-03 2024-03"}},
	{"western kanji positional", "二〇二四年四月一日", []string{"date 2024-04-01 二〇二四年四月一日"}},
	{"western kanji counting fiscal", "二千二十四年度", []string{"fiscal_year 2024 二千二十四年度"}},
	{"kanji thousand years", "千年に一度", nil},
	{"about two thousand years", "約2000年の歴史", nil},
	// Checked brackets.
	{"era with western bracket", "平成19（2007）年に", []string{"date 2007 平成19（2007）年"}},
	{"era bracket month", "平成12（2000）年9月の", []string{"date 2000-09 平成12（2000）年9月"}},
	{"era bracket across a line", "さらに平成25\n　（2013）年に", []string{"date 2013 平成25\n　（2013）年"}},
	{"era then western bracket", "平成30年（2018年）に", []string{"date 2018 平成30年（2018年）"}},
	{"western then era bracket", "2018年（平成30年）に", []string{"date 2018 2018年（平成30年）"}},
	{"western era bracket fiscal", "2020（令和2）年度", []string{"fiscal_year 2020 2020（令和2）年度"}},
	{"era bracket fiscal", "令和7（2025）年度", []string{"fiscal_year 2025 令和7（2025）年度"}},
	{"era bracket without unit", "平成19(2007)", []string{"date 2007 平成19(2007)"}},
	// Ranges and decades.
	{"fiscal range elliptic", "令和3～7年度", []string{"fiscal_year 2021..2025 令和3～7年度"}},
	{"fiscal range from to", "令和3年度から7年度まで", []string{"fiscal_year 2021..2025 令和3年度から7年度"}},
	{"fiscal range both full", "令和3年度～令和7年度", []string{"fiscal_year 2021 令和3年度", "fiscal_year 2025 令和7年度"}},
	{"fiscal range western", "2021～2025年度", []string{"fiscal_year 2021..2025 2021～2025年度"}},
	{"fiscal range western short", "2021～25年度", []string{"fiscal_year 2021..2025 2021～25年度"}},
	{"fiscal range western full", "2021年度～2025年度", []string{"fiscal_year 2021 2021年度", "fiscal_year 2025 2025年度"}},
	{"day range", "令和2年11月20日～22日", []string{"date 2020-11-20..2020-11-22 令和2年11月20日～22日"}},
	{"month range", "令和4年6月～9月", []string{"date 2022-06..2022-09 令和4年6月～9月"}},
	{"day range other month", "2024年3月30日〜4月2日", []string{"date 2024-03-30..2024-04-02 2024年3月30日〜4月2日"}},
	{"year range elliptic", "令和2年～4年", []string{"date 2020..2022 令和2年～4年"}},
	{"backwards range is not merged", "令和7年度～3年度", []string{"fiscal_year 2025 令和7年度"}},
	{"era range into western", "令和2年～2025年", []string{"date 2020 令和2年", "date 2025 2025年"}},
	{"fiscal range bare to full", "平成26～令和2年度", []string{"fiscal_year 2014..2020 平成26～令和2年度"}},
	{"year range bare to western", "平成30～2020年", []string{"date 2018..2020 平成30～2020年"}},
	{"day range with weekdays", "令和2年11月20日（金）～22日（日）", []string{"date 2020-11-20..2020-11-22 令和2年11月20日（金）～22日"}},
	{"weekday then time range", "令和2年11月20日（金）午後3時～5時", []string{"date 2020-11-20 令和2年11月20日"}},
	{"fiscal western then era bracket", "2023年度（令和5年度）の", []string{"fiscal_year 2023 2023年度（令和5年度）"}},
	{"fiscal era then western bracket", "令和5年度（2023年度）の", []string{"fiscal_year 2023 令和5年度（2023年度）"}},
	{"decade era", "昭和40年代に", []string{"date 1965..1974 昭和40年代"}},
	{"decade era checked", "昭和40（1965）年代から昭和50（1975）年代に",
		[]string{"date 1965..1974 昭和40（1965）年代", "date 1975..1984 昭和50（1975）年代"}},
	{"decade western", "1960年代", []string{"date 1960..1969 1960年代"}},
	{"decade range", "昭和40～50年代", []string{"date 1965..1984 昭和40～50年代"}},
	// Regressions: a chain of bare years was re-read from every start.
	{"chain of bare years is no range", "令和3～令和5～令和7年度", []string{"fiscal_year 2023..2025 令和5～令和7年度"}},
	{"bare years repeated", "令和3～令和3～令和3～令和3～", nil},
	{"checked bare years chained", "平成19（2007）～平成20（2008）～令和2年度",
		[]string{"date 2007 平成19（2007）", "fiscal_year 2008..2020 平成20（2008）～令和2年度"}},
	// Not dates.
	{"event name", "東京2020大会", nil},
	{"plan name", "総合振興計画2030", nil},
	{"plan name with year later", "基本計画2025及び2030年", []string{"date 2030 2030年"}},
	{"ordinal", "第2期", nil},
	{"anniversary", "30周年", nil},
	{"anniversary four digits", "1000周年", nil},
	{"about five years", "概ね5年", nil},
	{"five years long", "5年間", nil},
	{"years ago", "2000年前の", nil},
	{"years since", "2000年ぶり", nil},
	{"more than years", "1000年以上", nil},
	{"telephone", "電話:072-228-7401", nil},
	{"telephone with year-like group", "0120-2024-11", nil},
	{"postal code", "〒590-0078", nil},
	{"bare number", "2030", nil},
	{"bare era year", "令和3に", nil},
	{"bare letter era", "R2と", nil},
	{"magnitude", "M7.3の地震", nil},
	{"dotted decimal", "2024.5ha", nil},
	{"model code", "CH30年", nil},
	{"number with comma", "2,030年", nil},
	{"decimal before", "1.2024年", nil},
	{"version", "v2024.3.1", nil},
	{"era name without year", "昭和記念公園", nil},
	{"decade not round", "昭和45年代", nil},
	{"age", "65歳以上", nil},
	{"percent", "86.3%", nil},
	// Era years whose single digits a PDF text layer spaced.
	{"spaced era year digits", "目標値は令和1 0年度", []string{"fiscal_year 2028 令和1 0年度"}},
	{"spaced era year digits, space before 年", "令和1 0 年度まで", []string{"fiscal_year 2028 令和1 0 年度"}},
	{"spaced era year, calendar", "平成3 0年の実績", []string{"date 2018 平成3 0年"}},
	{"two numbers are never one year", "令和12 3年度", nil},
	{"spaced digits without 年 are no year", "令和1 0月", nil},
}

func TestDates(t *testing.T) {
	p := newParser(t)
	for _, tt := range datesTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Dates(tt.in)
			require.NoError(t, err)
			want := tt.want
			if want == nil {
				want = []string{}
			}
			assert.Equal(t, want, renderAll(got))
			for _, m := range got {
				assert.Equal(t, tt.in[m.Span.Start:m.Span.End], m.Text)
			}
		})
	}
}

func TestDatesProblems(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		err    error
		input  string
		offset int
		dates  []string
	}{
		{"heisei gannen 1-7 was showa", "日付は平成元年1月7日", ErrEraYear, "平成元年1月7日", len("日付は"), nil},
		{"reiwa gannen 4-30 was heisei", "令和元年4月30日", ErrEraYear, "令和元年4月30日", 0, nil},
		{"era year 0", "令和0年度", ErrEraYear, "令和0年度", 0, nil},
		{"era year 0 full-width", "令和０年", ErrEraYear, "令和０年", 0, nil},
		{"letter era year 0", "R0.4.1", ErrEraYear, "R0.4.1", 0, nil},
		{"mismatched bracket", "平成19（2008）年に施行し、2022年に", ErrYearMismatch, "平成19（2008）年", 0, []string{"date 2022 2022年"}},
		{"mismatched bracket after", "2018年（平成29年）", ErrYearMismatch, "2018年（平成29年）", 0, nil},
		{"mismatched fiscal", "2020（令和3）年度", ErrYearMismatch, "2020（令和3）年度", 0, nil},
		{"mismatched fiscal bracket after", "2023年度（令和4年度）", ErrYearMismatch, "2023年度（令和4年度）", 0, nil},
		{"30 february", "2023年2月30日", ErrInvalidDate, "2023年2月30日", 0, nil},
		{"month 13", "令和2年13月", ErrInvalidDate, "令和2年13月", 0, nil},
		{"ISO day 0", "2024-03-00", ErrInvalidDate, "2024-03-00", 0, nil},
	}
	p := newParser(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := p.ScanDates(tt.in)
			require.NoError(t, err)
			want := tt.dates
			if want == nil {
				want = []string{}
			}
			assert.Equal(t, want, renderAll(sc.Dates))
			require.Len(t, sc.Problems, 1)
			pr := sc.Problems[0]
			assert.True(t, errors.Is(pr, tt.err), pr.Error())
			assert.Equal(t, tt.input, pr.Input)
			assert.Equal(t, tt.offset, pr.Offset)
			var de *DateError
			assert.True(t, errors.As(error(pr), &de))
		})
	}
}

func TestDatesTooLong(t *testing.T) {
	p := newParser(t, WithMaxInput(10))
	_, err := p.Dates("令和2年11月20日")
	assert.True(t, errors.Is(err, ErrTooLong))
	_, err = p.ScanDates(strings.Repeat("x", 11))
	assert.True(t, errors.Is(err, ErrTooLong))
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		err  error
	}{
		{"era day", "令和5年4月12日", "2023-04-12", nil},
		{"slash", "2023/5/10", "2023-05-10", nil},
		{"letter dotted", "R5.8.9", "2023-08-09", nil},
		{"ISO", "2023-04-01", "2023-04-01", nil},
		{"full-width with spaces", "　令和５年４月１２日 ", "2023-04-12", nil},
		{"era month", "令和5年4月", "2023-04", nil},
		{"bare letter era year", "R5", "2023", nil},
		{"bare western year", "2023", "2023", nil},
		{"two-part dotted", "2023.5", "2023-05", nil},
		{"two-part meiji in a cell", "M7.3", "1874-03", nil},
		{"kanji", "平成三十年四月一日", "2018-04-01", nil},
		{"checked bracket", "平成19（2007）年", "2007", nil},
		{"day of the week", "令和5年4月12日（水）", "2023-04-12", nil},
		{"day of the week on a month", "令和5年4月（水）", "", ErrNoDate},
		{"boundary showa", "昭和64年1月7日", "1989-01-07", nil},
		{"boundary heisei", "平成元年1月8日", "1989-01-08", nil},
		{"before heisei", "平成元年1月7日", "", ErrEraYear},
		{"before reiwa", "令和元年4月30日", "", ErrEraYear},
		{"year 0", "令和0年", "", ErrEraYear},
		{"year 0 letter", "R0", "", ErrEraYear},
		{"invalid day", "2023/2/29", "", ErrInvalidDate},
		{"mismatch", "平成19（2008）年", "", ErrYearMismatch},
		{"fiscal year is not a date", "令和5年度", "", ErrNoDate},
		{"range is not one date", "令和4年6月～9月", "", ErrNoDate},
		{"trailing text", "令和5年4月12日に", "", ErrNoDate},
		{"two dates", "2023/5/10 2023/5/11", "", ErrNoDate},
		{"empty", "  ", "", ErrNoDate},
		{"not a date", "東京2020大会", "", ErrNoDate},
		{"short number", "5年", "", ErrNoDate},
	}
	p := newParser(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.ParseDate(tt.in)
			if tt.err != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.err), err.Error())
				var de *DateError
				require.True(t, errors.As(err, &de))
				assert.Equal(t, tt.in, de.Input)
				assert.True(t, de.Offset >= 0 && de.Offset <= len(tt.in))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.String())
		})
	}
	_, err := p.ParseDate("令和5年4月12日に")
	var de *DateError
	require.True(t, errors.As(err, &de))
	assert.Equal(t, len("令和5年4月12日"), de.Offset, "offset of the trailing text")
}

func TestParseFiscalYear(t *testing.T) {
	tests := []struct {
		in   string
		want goal.FiscalYear
		err  error
	}{
		{"2020", 2020, nil},
		{"2020年度", 2020, nil},
		{"令和2年度", 2020, nil},
		{"R2", 2020, nil},
		{"R2年度", 2020, nil},
		{"H30", 2018, nil},
		{"令和2年", 2020, nil},
		{"FY2020", 2020, nil},
		{"令和元年度", 2019, nil},
		{" ２０２０年度 ", 2020, nil},
		{"平成30（2018）年度", 2018, nil},
		{"平成30（2019）年度", 0, ErrYearMismatch},
		{"令和0年度", 0, ErrEraYear},
		{"令和2年4月", 0, ErrNoDate},
		{"令和3～7年度", 0, ErrNoDate},
		{"年度", 0, ErrNoDate},
		{"", 0, ErrNoDate},
	}
	p := newParser(t)
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := p.ParseFiscalYear(tt.in)
			if tt.err != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.err), err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// readTestdata reads a source document the way a user would.
func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	d, err := textenc.Decode(b, textenc.Auto)
	require.NoError(t, err)
	return d.Text
}

// Every date in the source documents is found, and nothing else.
func TestDatesInSourceDocuments(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"saitama_strategy_meeting_305.txt", []string{
			"fiscal_year 2020 令和２年度",
			"date 2020-11-20 令和２年１１月２０日",
			"fiscal_year 2020 令和２年度",
		}},
		{"sakai_mayors_office_page.txt", []string{"date 2022-09-12 2022年9月12日"}},
		{"saitama_comprehensive_plan_ch1-2.txt", []string{
			"date 2007 平成19（2007）年",
			"date 1965..1974 昭和40（1965）年代",
			"date 1975..1984 昭和50（1975）年代",
			"date 2000-09 平成12（2000）年9月",
			"date 2003-04 平成15（2003）年4月",
			"date 2010-02 平成22（2010）年2月",
			"date 1993 平成5（1993）年",
			"date 2014 平成26（2014）年",
			"date 2000 平成12（2000）年",
			"date 2011 平成23（2011）年",
			"date 2013 平成25\n　（2013）年",
		}},
		{"kashiwa_comprehensive_plan_ch4.txt", []string{}},
		{"saitama_cs90_bureaus.txt", []string{}},
	}
	p := newParser(t)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text := readTestdata(t, tt.file)
			sc, err := p.ScanDates(text)
			require.NoError(t, err)
			assert.Empty(t, sc.Problems)
			assert.Equal(t, tt.want, renderAll(sc.Dates))
			for _, m := range sc.Dates {
				assert.Equal(t, text[m.Span.Start:m.Span.End], m.Text)
			}
		})
	}
}

// findDates, the internal entry the target recognizer uses, agrees with
// Dates.
func TestFindDatesAgreesWithDates(t *testing.T) {
	p := newParser(t)
	for _, tt := range datesTests {
		got, err := p.Dates(tt.in)
		require.NoError(t, err)
		assert.Equal(t, got, findDates(tt.in, fold(tt.in)), tt.name)
	}
}

// BenchmarkDates scans the Saitama plan text (18 KB, 11 dates) for dates:
// a byte scan, no tokenizer.
func BenchmarkDates(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "saitama_comprehensive_plan_ch1-2.txt"))
	require.NoError(b, err)
	text := string(raw)
	p := newParser(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Dates(text); err != nil {
			b.Fatal(err)
		}
	}
}
