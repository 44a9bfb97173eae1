package parse

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/policygoal/policygoal/internal/scaling"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScaling runs every public recognizer on patterns an attacker (or a
// careless export with no line breaks) can send, at n and 8n bytes, and
// fails when time or memory grows more than linearly. Rows marked
// "regression" guard a path that was quadratic.
func TestScaling(t *testing.T) {
	p := newParser(t)
	withRef := newParser(t, WithReferenceTime(time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)))
	dates := func(t testing.TB, s string) {
		if _, err := p.ScanDates(s); err != nil {
			t.Fatal(err)
		}
	}
	extract := func(t testing.TB, s string) {
		if _, err := p.Extract(s); err != nil {
			t.Fatal(err)
		}
	}
	parseTarget := func(t testing.TB, s string) {
		_, _ = p.ParseTarget(s) // most of these are errors; only time counts
	}
	parseDate := func(t testing.TB, s string) {
		_, _ = p.ParseDate(s)
	}
	rep := func(unit string) func(int) string {
		return func(n int) string { return scaling.Repeat(unit, n) }
	}
	scaling.Check(t,
		// Regressions: each read the rest of the line from every match.
		scaling.Case{Name: "regression: 令和3～ repeated (ScanDates)", Input: rep("令和3～"), Run: dates},
		scaling.Case{Name: "regression: 令和3～ repeated (Extract)", Input: rep("令和3～"), Run: extract},
		scaling.Case{Name: "regression: 平成19(2007)～ repeated", Input: rep("平成19（2007）～"), Run: dates},
		scaling.Case{Name: "regression: 2020～ repeated", Input: rep("2020～"), Run: dates},
		scaling.Case{Name: "regression: dates between numbers (every number looked through every date)", Input: rep("R6.10.1 2024-03-31 10件 "), Run: extract},
		scaling.Case{Name: "regression: 令和7年度までに年10回以上、 repeated", Input: rep("令和7年度までに年10回以上、"), Run: extract},
		scaling.Case{Name: "relative deadlines on one line", Input: rep("今年度中に年10回以上、年度内に5件、"),
			Run: func(t testing.TB, s string) {
				if _, err := withRef.Extract(s + "令和7年度まで"); err != nil {
					t.Fatal(err)
				}
			}},
		// The date stage.
		scaling.Case{Name: "dates: ranges and brackets", Input: rep("令和2年11月20日（金）～22日、平成30年（2018年）度、2021～25年度、"), Run: dates},
		scaling.Case{Name: "dates: separated forms", Input: rep("R6.10.1 2024-03-31 2025/4/1 H30.4 "), Run: dates},
		scaling.Case{Name: "dates: era then a long digit run", Input: rep("令和" + strings.Repeat("9", 200)), Run: dates},
		scaling.Case{Name: "dates: kanji numerals", Input: rep("二〇二四年二千二十四年度令和十年一二三四五六七八九十百千"), Run: dates},
		scaling.Case{Name: "dates: one cell (ParseDate)", Input: rep("令和3～"), Run: parseDate},
		// The target stage.
		scaling.Case{Name: "targets: hostile line", Input: hostileLine, Run: extract},
		scaling.Case{Name: "targets: ordinary plan text", Input: rep("本市は、地域の防災力を高めるため、自主防災組織の結成率を令和7年度までに80％以上とすることを目指します。\n"), Run: extract},
		scaling.Case{Name: "targets: one target cell (ParseTarget)", Input: rep("月1回以上、"), Run: parseTarget},
		scaling.Case{Name: "targets: bare compared figures (subjects read after the pass)", Input: rep("事故件数を12以下に抑え、"), Run: extract},
		scaling.Case{Name: "targets: a row of years before figures", Input: rep("2019年 385千人 "), Run: extract},
		scaling.Case{Name: "dates: spaced era year digits", Input: rep("令和1 0年度 令和1 2 "), Run: dates},
		// The fold: full-width and half-width text.
		scaling.Case{Name: "fold: full-width and half-width kana", Input: rep("ＡＢＣ１２３％ｶﾞｷﾞｸﾞ（２０２４）～"), Run: extract},
		// The number reader: long and grouped numbers, kanji and 万/億.
		scaling.Case{Name: "number: grouped digits", Input: rep("1,234,567,890,123件"), Run: extract},
		scaling.Case{Name: "number: digits and decimal points", Input: rep("1.2.3.4.5.6.7.8.9.0%"), Run: extract},
		scaling.Case{Name: "number: kanji with 万 and 億", Input: rep("三億五千万人以上九千九百九十九人"), Run: extract},
	)
}

// TestScanDatesMemory: an 80 KB line of dates allocates in proportion to
// it (a chain of bare years once took 58 MB, 725× the line, in stack).
func TestScanDatesMemory(t *testing.T) {
	p := newParser(t)
	for _, unit := range []string{"令和3～", "令和2年11月20日、", "令和3～令和5年度、", "2023年2月29日"} {
		s := scaling.Repeat(unit, 80_000)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		sc, err := p.ScanDates(s)
		runtime.ReadMemStats(&after)
		require.NoError(t, err)
		got := after.TotalAlloc - before.TotalAlloc
		assert.LessOrEqual(t, got, uint64(32*len(s)), "%s: %d bytes allocated for %d bytes of text (%d dates, %d problems)",
			unit, got, len(s), len(sc.Dates), len(sc.Problems))
		assert.Less(t, after.StackInuse, uint64(4<<20), "%s: %d bytes of stack", unit, after.StackInuse)
	}
}
