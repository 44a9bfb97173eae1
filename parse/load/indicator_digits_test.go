package load

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJoinSpacedDigits(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"digits before a unit", "転入相談件数 3 6件(2019年度) 5 0件", "転入相談件数 36件(2019年度) 50件"},
		{"decimal point and spaced percent", "カバー率 6 5 . 2 %→8 0 %", "カバー率 65.2%→80%"},
		{"thousands comma", "参加者数 1 , 2 4 0人", "参加者数 1,240人"},
		{"full-width percent", "割合 4 2 . 5 ％", "割合 42.5％"},
		{"spaced year in a bracket", "(2 0 1 9年度)", "(2019年度)"},
		{"two bare figures stay apart", "利用世帯数 3 5", "利用世帯数 3 5"},
		{"a one-digit and a two-digit figure", "利用世帯数 8 12", "利用世帯数 8 12"},
		{"one digit before a unit", "計画数 3 件", "計画数 3 件"},
		{"figures already whole", "入込客数 385千人 410千人", "入込客数 385千人 410千人"},
		{"digit inside a figure is no run start", "12 3件", "12 3件"},
		{"no space", "65.2%→80%", "65.2%→80%"},
		{"spaced scale word", "利用者数 4 8 千人(2019年)", "利用者数 48千人(2019年)"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, joinSpacedDigits(tc.in))
		})
	}
}

// TestIndicatorFootnoteYears: a note under a table gives its years to the
// figures that have none; prose that only mentions a year does not.
func TestIndicatorFootnoteYears(t *testing.T) {
	table := "成果指標\n指標名\t現状値\t目標値\n図書館の年間来館者数\t41万人\t45万人\n"
	for _, tc := range []struct{ name, note, want string }{
		{"note sentence with the year far from the word",
			"※目標値は、後期基本計画の最終年度である令和9年度の数値です。\n", "b=410000@|t=450000@2027"},
		{"target year word and いずれも", "※目標年度はいずれも令和12年度\n", "b=410000@|t=450000@2030"},
		{"（注） with two clauses", "（注）目標値は2030年度の値、現状値は2022年度の値\n", "b=410000@2022|t=450000@2030"},
		{"the year of a clause stays in its sentence",
			"※目標値は市の調査による。令和9年度に見直す。\n", "b=410000@|t=450000@"},
		{"prose is no note", "目標値の設定にあたっては、後期基本計画の最終年度である令和9年度を見据えた。\n",
			"b=410000@|t=450000@"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := LoadIndicators(strings.NewReader(table + tc.note))
			require.NoError(t, err)
			require.Len(t, l.Indicators, 1)
			s := indicatorSummary(l.Indicators[0])
			got := s[strings.Index(s, "b="):strings.Index(s, "|i=")] + "|t=" +
				strings.TrimSuffix(s[strings.Index(s, "|t=")+3:strings.Index(s, "|a=")], "(eq)")
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestJoinScaleCells(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"scale word and unit after a bare number", []string{"客数", "385", "千人(2019年)", "410", "千人"}, []string{"客数", "385千人(2019年)", "410千人"}},
		{"decimal figure", []string{"1.2", "万円"}, []string{"1.2万円"}},
		{"scale word alone is no unit", []string{"385", "千"}, []string{"385", "千"}},
		{"a kanji numeral is not joined", []string{"3", "千五百人"}, []string{"3", "千五百人"}},
		{"a figure with its unit already", []string{"385人", "千人"}, []string{"385人", "千人"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, joinScaleCells(tc.in))
		})
	}
}

// TestIndicatorDatedRowOutsideSection: outside an indicator section a line
// is a row only when it is evidently one (three dated figures, rising
// years, ending with the last year); prose with dated figures is not.
func TestIndicatorDatedRowOutsideSection(t *testing.T) {
	for _, tc := range []struct{ name, line, want string }{
		{"three dated figures", "美術館の年間入館者数 96千人(2019年) 105千人(2022年) 120千人(2025年)",
			"美術館の年間入館者数|人||文化の振興|b=96000@2019c|i=105000@2022c(eq)|t=120000@2025c(eq)|a="},
		{"prose goes on after the figures", "本市の人口は 12万人(2010年) 11.5万人(2015年) 11万人(2020年)と減少している", ""},
		{"a sentence subject", "本市の人口は 12万人(2010年) 11.5万人(2015年) 11万人(2020年)", ""},
		{"two figures only", "美術館の年間入館者数 96千人(2019年) 120千人(2025年)", ""},
		{"years not rising", "美術館の年間入館者数 96千人(2025年) 105千人(2022年) 120千人(2019年)", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := LoadIndicators(strings.NewReader("第2章 文化の振興\n" + tc.line + "\n"))
			if tc.want == "" {
				if err == nil {
					assert.Empty(t, l.Indicators)
				}
				return
			}
			require.NoError(t, err)
			require.Len(t, l.Indicators, 1)
			assert.Equal(t, tc.want, indicatorSummary(l.Indicators[0]))
		})
	}
}
