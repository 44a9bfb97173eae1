package kpi

import (
	"errors"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/internal/jtext"
)

// normalizeCell folds full-width ASCII and half-width katakana to their
// canonical widths (「２０２０」 → "2020", 「ｱｳﾄﾌﾟｯﾄ」 → 「アウトプット」, the
// voiced marks joined as NFKC joins them) and trims spaces, the full-width
// space included; a full-width space inside a cell becomes a space. A cell
// with nothing to fold is trimmed without a copy.
func normalizeCell(s string) string {
	s = jtext.String(s)
	if strings.Contains(s, "\u3000") {
		s = strings.ReplaceAll(s, "\u3000", " ")
	}
	return strings.TrimSpace(s)
}

// noData are the cell texts tables use for "no figure": dashes of every
// kind, N/A, 未集計 (not yet tallied), 調査中 (being surveyed), 未把握 (not
// known). They are read as no data, never as 0.
var noData = map[string]bool{
	"-": true, "‐": true, "―": true, "—": true, "–": true, "ー": true, "−": true, "－": true,
	"--": true, "…": true, "n/a": true, "na": true, "null": true, "未集計": true, "調査中": true,
	"未把握": true, "集計中": true, "未実施": true, "*": true, "＊": true,
}

var errNegativeWeight = errors.New("weight must not be negative")

// parseNumber reads a numeric cell with jtext.ReadNumber: "99.5", "1,234",
// "99.5%", "50件" when unit is 件, "△5" or "▲5" (minus, as Japanese
// accounts write it), "1.2万" (12000), "三十" (30). The whole cell must be
// the number: "1e5", "NaN" and "12,34" are errors. present is false for an
// empty or no-data cell.
func parseNumber(cell, unit string) (v float64, present bool, err error) {
	s := normalizeCell(cell)
	if s == "" || noData[strings.ToLower(s)] {
		return 0, false, nil
	}
	neg := false
	for _, p := range []string{"△", "▲", "−", "-", "+"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			neg = p != "+"
			s = strings.TrimSpace(rest)
			break
		}
	}
	if u := normalizeCell(unit); u != "" {
		s = strings.TrimSpace(strings.TrimSuffix(s, u))
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	n, ok := jtext.ReadNumber(s, 0)
	if !ok || n.End != len(s) || n.OutOfRange {
		return 0, false, ErrNumber
	}
	v = n.Value
	if neg {
		v = -v
	}
	return v, true, nil
}

// plainDecimal reports whether s is digits with at most one point, so that
// ParseFloat's "NaN", "Inf", hex and exponents are refused.
func plainDecimal(s string) bool {
	dot, digits := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits
}

// plainYear reads a cell that is just a four-digit Western year.
func plainYear(s string) (int, bool) {
	if len(s) != 4 || !plainDecimal(s) || strings.Contains(s, ".") {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, n >= 1000
}

// directionWords maps the words tables use for an indicator's direction.
var directionWords = map[string]Direction{
	"increase": DirectionIncrease, "up": DirectionIncrease, "higher": DirectionIncrease,
	"↑": DirectionIncrease, "↗": DirectionIncrease, "⇧": DirectionIncrease, "+": DirectionIncrease,
	"増加": DirectionIncrease, "増": DirectionIncrease, "上昇": DirectionIncrease, "向上": DirectionIncrease,
	"拡大": DirectionIncrease, "増やす": DirectionIncrease,
	"decrease": DirectionDecrease, "down": DirectionDecrease, "lower": DirectionDecrease,
	"↓": DirectionDecrease, "↘": DirectionDecrease, "⇩": DirectionDecrease,
	"減少": DirectionDecrease, "減": DirectionDecrease, "低下": DirectionDecrease, "削減": DirectionDecrease,
	"縮減": DirectionDecrease, "抑制": DirectionDecrease, "減らす": DirectionDecrease,
	"maintain": DirectionMaintain, "keep": DirectionMaintain, "→": DirectionMaintain, "⇒": DirectionMaintain,
	"=": DirectionMaintain, "維持": DirectionMaintain, "現状維持": DirectionMaintain, "横ばい": DirectionMaintain,
	// the sentence forms of plans' 方向性 column: 増加を目指す (aim to increase) …
	"増加を目指す": DirectionIncrease, "増加をめざす": DirectionIncrease, "向上を目指す": DirectionIncrease,
	"上昇を目指す": DirectionIncrease, "高める": DirectionIncrease, "増加させる": DirectionIncrease,
	"▲": DirectionIncrease, "⤴": DirectionIncrease,
	"減少を目指す": DirectionDecrease, "減少をめざす": DirectionDecrease, "低下を目指す": DirectionDecrease,
	"削減を目指す": DirectionDecrease, "抑制を目指す": DirectionDecrease, "低くする": DirectionDecrease,
	"減少させる": DirectionDecrease, "▼": DirectionDecrease, "⤵": DirectionDecrease,
	"維持を目指す": DirectionMaintain, "維持をめざす": DirectionMaintain, "現状維持を目指す": DirectionMaintain,
}

func parseDirection(cell string) (Direction, error) {
	return lookupWord(cell, directionWords, ErrDirection)
}

// stageWords maps the words tables use for the logic-model stage.
var stageWords = map[string]Stage{
	"input": StageInput, "インプット": StageInput, "投入": StageInput,
	"activity": StageActivity, "活動": StageActivity, "アクティビティ": StageActivity, "活動指標": StageActivity,
	"output": StageOutput, "アウトプット": StageOutput, "アウトプット指標": StageOutput, "活動結果": StageOutput,
	"outcome": StageOutcome, "アウトカム": StageOutcome, "アウトカム指標": StageOutcome, "成果": StageOutcome,
	"成果指標": StageOutcome, "初期アウトカム": StageOutcome, "中間アウトカム": StageOutcome,
	"impact": StageImpact, "インパクト": StageImpact, "最終アウトカム": StageImpact,
}

func parseStage(cell string) (Stage, error) { return lookupWord(cell, stageWords, ErrStage) }

// lookupWord reads a cell that holds one word of words, compared in lower
// case after normalizeCell: an empty cell is the zero value (unset), a word
// not in the table is errUnknown.
func lookupWord[T any](cell string, words map[string]T, errUnknown error) (T, error) {
	var zero T
	s := strings.ToLower(normalizeCell(cell))
	if s == "" {
		return zero, nil
	}
	if v, ok := words[s]; ok {
		return v, nil
	}
	return zero, errUnknown
}

// parseProvisional reads the provisional flag: 速報 (preliminary), 暫定
// (tentative), 見込 (estimated), yes/true/1/○ mean provisional; 確定
// (final), no/false/0/× or an empty cell mean final.
func parseProvisional(cell string) (bool, error) {
	switch strings.ToLower(normalizeCell(cell)) {
	case "", "0", "false", "no", "n", "final", "確定", "確定値", "×", "-":
		return false, nil
	case "1", "true", "yes", "y", "provisional", "p", "速報", "速報値", "暫定", "暫定値", "見込", "見込み", "見込値", "○", "◯", "●":
		return true, nil
	}
	return false, ErrFlag
}
