package load

import (
	"sort"
	"strconv"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
)

// IndicatorColumn is what a column of an indicator (成果指標) table holds.
type IndicatorColumn uint8

// The columns. The zero value, ColumnUnset, is a column the header does not
// name; ColumnOther is a named column the loader does not read (達成率
// rate of achievement, 評価 rating, 担当課 section in charge).
const (
	ColumnUnset        IndicatorColumn = iota
	ColumnName                         // 指標名, 成果指標, めざす姿の成果指標名, KPI
	ColumnUnit                         // 単位
	ColumnBaseline                     // 現状値, 基準値, 策定時, 直近値
	ColumnBaselineYear                 // 基準年度, 現状値の年度
	ColumnInterim                      // 中間目標値
	ColumnTarget                       // 目標値, 最終目標値, 目標
	ColumnTargetYear                   // 目標年度
	ColumnActual                       // 実績値, 最新値
	ColumnActualYear                   // 実績年度
	ColumnDirection                    // 方向性, 目指す方向
	ColumnDefinition                   // 指標の説明, 算出方法, 設定の根拠
	ColumnSource                       // 出典
	ColumnOther                        // 達成率, 評価, 担当課: named, not read
)

// IndicatorHeader is a header word and the column it names. A header cell
// names the column of the longest word it contains, so 「中間目標値（令和5年度）」
// is ColumnInterim, not ColumnTarget, and 「めざす姿の成果指標名」 is ColumnName.
type IndicatorHeader struct {
	Word   string
	Column IndicatorColumn
}

var defaultIndicatorHeaders = []IndicatorHeader{
	{"指標名", ColumnName}, {"成果指標", ColumnName}, {"目標指標", ColumnName}, {"指標", ColumnName},
	{"KPI", ColumnName}, {"ＫＰＩ", ColumnName}, {"項目", ColumnName}, {"評価指標", ColumnName},
	{"単位", ColumnUnit},
	{"現状値", ColumnBaseline}, {"現況値", ColumnBaseline}, {"基準値", ColumnBaseline}, {"策定時", ColumnBaseline},
	{"直近値", ColumnBaseline}, {"当初値", ColumnBaseline}, {"初期値", ColumnBaseline}, {"現状", ColumnBaseline},
	{"基準年度", ColumnBaselineYear}, {"現状値年度", ColumnBaselineYear}, {"現状値の年度", ColumnBaselineYear},
	{"基準年", ColumnBaselineYear},
	{"中間目標値", ColumnInterim}, {"中間目標", ColumnInterim}, {"中間値", ColumnInterim}, {"中間", ColumnInterim},
	{"最終目標値", ColumnTarget}, {"目標値", ColumnTarget}, {"目標", ColumnTarget}, {"目標水準", ColumnTarget},
	{"目標年度", ColumnTargetYear}, {"目標年", ColumnTargetYear},
	{"実績値", ColumnActual}, {"実績", ColumnActual}, {"最新値", ColumnActual},
	{"実績年度", ColumnActualYear},
	{"方向性", ColumnDirection}, {"方向", ColumnDirection}, {"目指す方向", ColumnDirection}, {"めざす方向", ColumnDirection},
	{"増減", ColumnDirection},
	{"指標の説明", ColumnDefinition}, {"指標の定義", ColumnDefinition}, {"算出方法", ColumnDefinition},
	{"算定方法", ColumnDefinition}, {"設定の根拠", ColumnDefinition}, {"設定根拠", ColumnDefinition},
	{"説明", ColumnDefinition}, {"定義", ColumnDefinition},
	{"出典", ColumnSource}, {"データ出典", ColumnSource}, {"出所", ColumnSource},
	{"達成率", ColumnOther}, {"達成度", ColumnOther}, {"評価", ColumnOther}, {"担当課", ColumnOther},
	{"所管課", ColumnOther}, {"進捗", ColumnOther}, {"備考", ColumnOther},
}

// DefaultIndicatorHeaders returns a copy of the built-in header words.
func DefaultIndicatorHeaders() []IndicatorHeader {
	return append([]IndicatorHeader(nil), defaultIndicatorHeaders...)
}

// DirectionWord is a word of a direction cell (方向性) or line and the
// direction it states. The longest word a text contains wins.
type DirectionWord struct {
	Word      string
	Direction goal.Direction
}

var defaultDirectionWords = []DirectionWord{
	{"増加を目指す", goal.DirectionIncrease}, {"増加をめざす", goal.DirectionIncrease}, {"増加", goal.DirectionIncrease},
	{"向上", goal.DirectionIncrease}, {"上昇", goal.DirectionIncrease}, {"拡大", goal.DirectionIncrease},
	{"増やす", goal.DirectionIncrease}, {"高める", goal.DirectionIncrease}, {"↑", goal.DirectionIncrease},
	{"↗", goal.DirectionIncrease}, {"⇧", goal.DirectionIncrease}, {"▲", goal.DirectionIncrease},
	{"減少を目指す", goal.DirectionDecrease}, {"減少をめざす", goal.DirectionDecrease}, {"減少", goal.DirectionDecrease},
	{"低下", goal.DirectionDecrease}, {"削減", goal.DirectionDecrease}, {"抑制", goal.DirectionDecrease},
	{"減らす", goal.DirectionDecrease}, {"↓", goal.DirectionDecrease}, {"↘", goal.DirectionDecrease},
	{"⇩", goal.DirectionDecrease}, {"▼", goal.DirectionDecrease},
	{"維持", goal.DirectionMaintain}, {"現状維持", goal.DirectionMaintain}, {"横ばい", goal.DirectionMaintain},
	{"→", goal.DirectionMaintain}, {"⇒", goal.DirectionMaintain},
}

// DefaultDirectionWords returns a copy of the built-in direction words.
func DefaultDirectionWords() []DirectionWord {
	return append([]DirectionWord(nil), defaultDirectionWords...)
}

// IndicatorVocabulary is what LoadIndicators reads headers and directions
// by. The zero value uses the defaults; With… add to them.
type IndicatorVocabulary struct {
	headers    []IndicatorHeader
	directions []DirectionWord
	marks      []string // footnote marks; nil: defaultFootnoteMarks
}

// NewIndicatorVocabulary returns the default vocabulary extended by extra
// headers and direction words (a word already known takes the new meaning).
// An empty word or an unset column or direction is an *IndicatorVocabularyError.
func NewIndicatorVocabulary(headers []IndicatorHeader, directions []DirectionWord) (*IndicatorVocabulary, error) {
	hs, err := extendWords(defaultIndicatorHeaders, headers, func(h IndicatorHeader) string { return h.Word },
		func(h IndicatorHeader) bool { return h.Column != ColumnUnset && h.Column <= ColumnOther })
	if err != nil {
		return nil, err
	}
	ds, err := extendWords(defaultDirectionWords, directions, func(d DirectionWord) string { return d.Word },
		func(d DirectionWord) bool {
			return d.Direction != goal.DirectionUnset && d.Direction <= goal.DirectionMaintain
		})
	if err != nil {
		return nil, err
	}
	return &IndicatorVocabulary{headers: hs, directions: ds}, nil
}

// extendWords returns the default entries extended by extra, longest word
// first (then in byte order): an extra entry whose word is known replaces
// the default. An extra entry with an empty word, or one valid refuses, is
// an *IndicatorVocabularyError.
func extendWords[T any](defaults, extra []T, word func(T) string, valid func(T) bool) ([]T, error) {
	byWord := map[string]T{}
	for _, e := range defaults {
		byWord[word(e)] = e
	}
	for _, e := range extra {
		if word(e) == "" || !valid(e) {
			return nil, &IndicatorVocabularyError{Word: word(e)}
		}
		byWord[word(e)] = e
	}
	out := make([]T, 0, len(byWord))
	for _, e := range byWord {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := word(out[i]), word(out[j])
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	return out, nil
}

// IndicatorVocabularyError reports a header or direction word that cannot
// be used: empty, or without a column or direction.
type IndicatorVocabularyError struct{ Word string }

func (e *IndicatorVocabularyError) Error() string {
	return "load: indicator vocabulary: word " + strconv.Quote(e.Word) + " needs a non-empty word and a meaning"
}

// Unwrap returns parse.ErrOption, so errors.Is(err, parse.ErrOption) holds.
func (e *IndicatorVocabularyError) Unwrap() error { return parse.ErrOption }

// defaultFootnoteMarks open a note under a table: ※ (kome, "note"), ＊ and
// * (asterisks), 注 and （注 ("note"), 備考 ("remarks"); see isFootnote for
// the numbers and brackets that may follow them.
var defaultFootnoteMarks = []string{"※", "＊", "*", "（注", "(注", "［注", "[注", "注", "備考"}

// DefaultFootnoteMarks returns a copy of the built-in footnote marks.
func DefaultFootnoteMarks() []string { return append([]string(nil), defaultFootnoteMarks...) }
