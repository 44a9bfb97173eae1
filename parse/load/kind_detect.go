package load

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// Kind detection scores a document for each kind by the words and shapes
// its lines have, from vocabulary tables (DetectVocabulary) rather than
// branches, and takes the kind that scores highest. The confidence says how
// far ahead of the runner-up it is and how much evidence there was.

// KindCues are the words that point to one kind of document.
type KindCues struct {
	// Title words count when one of the first lines holds them:
	// 組織目標 in 「令和6年度 ○○部 組織目標」.
	Title []string
	// Labels count when a line starts with them as a label (【日時】,
	// 日時：, 「1 日時」, 日　時, or the label alone on its line).
	Labels []string
	// Headings count when a short line is, or starts with, one of them
	// (使命, 現状と課題 …).
	Headings []string
	// Words count anywhere in the text, once each.
	Words []string
}

// DefaultKindCues returns a copy of the default cues of every kind.
func DefaultKindCues() map[Kind]KindCues {
	out := make(map[Kind]KindCues, len(defaultCues))
	for k, c := range defaultCues {
		out[k] = KindCues{Title: clone(c.Title), Labels: clone(c.Labels), Headings: clone(c.Headings), Words: clone(c.Words)}
	}
	return out
}

func clone(s []string) []string { return append([]string(nil), s...) }

var defaultCues = map[Kind]KindCues{
	KindMeeting: {
		Title:  []string{"会議", "審議会", "委員会", "懇話会", "懇談会", "協議会", "会議録", "結果概要", "会議概要", "議事要旨", "議事録"},
		Labels: []string{"日時", "開催日時", "日程", "場所", "会場", "開催場所", "出席者", "出席委員", "出席", "委員", "欠席者", "欠席委員", "事務局", "議題", "案件", "次第", "議事", "協議事項", "報告事項", "結果", "決定事項", "結論", "主な意見", "意見等", "傍聴者", "配布資料", "会議資料", "提案説明"},
		Words:  []string{"原案のとおり", "了承", "委員長", "事務局"},
	},
	KindGoals: {
		Title:    []string{"組織目標", "重点目標", "行動目標", "運営目標", "目標一覧", "部局目標", "部局別目標", "部局別重点目標", "CS90"},
		Labels:   []string{"課題", "達成水準", "取組内容", "目標", "達成状況", "評価", "目標達成基準", "重点目標"},
		Headings: []string{"部局", "課等", "局等", "所属"},
	},
	KindPage: {
		Title:    []string{"運営方針", "経営方針", "経営目標", "局長方針", "部長方針", "組織運営", "の目標と取組", "の方針"},
		Headings: []string{"使命", "ミッション", "基本理念", "運営方針", "経営方針", "経営課題", "重点施策", "重点取組", "主な取組", "今年度の重点", "部局の役割", "組織を運営します", "重点的に取り組みます", "行財政改革に取り組みます", "目標"},
		Words:    []string{"更新日", "このページの作成担当", "お問い合わせ"},
	},
	KindPlan: {
		Title:    []string{"総合計画", "基本計画", "実施計画", "戦略", "計画"},
		Headings: []string{"現状と課題", "施策の方向", "施策展開", "施策の展開", "基本目標", "主な取組", "関連する個別計画", "めざす姿", "目指す姿", "基本方針", "計画の推進"},
	},
	KindIndicators: {
		Headings: []string{"指標名", "成果指標", "現状値", "基準値", "目標値", "策定時", "直近値", "中間目標", "単位", "KPI", "方向性", "実績値"},
	},
}

// Detect tells the kind of a document from its text: plan, goals, page,
// meeting or indicators, with a confidence in [0, 1] (0.6 and above:
// clear). KindUnset with confidence 0 when nothing points to any kind.
// Detect is linear in the text's length.
func Detect(text string) (Kind, float64) {
	return best(scoreKinds(text))
}

// best returns the highest-scoring kind and the confidence: its lead over
// the runner-up, damped when the evidence is thin.
func best(s [numKinds]float64) (Kind, float64) {
	var k Kind
	first, second := 0.0, 0.0
	for i := 1; i < len(s); i++ {
		switch {
		case s[i] > first:
			second = first
			first, k = s[i], Kind(i)
		case s[i] > second:
			second = s[i]
		}
	}
	if first == 0 {
		return KindUnset, 0
	}
	conf := first / (first + second)
	if first < 4 {
		conf *= first / 4
	}
	return k, conf
}

// detectLine is one non-blank line prepared for scoring.
type detectLine struct {
	text  string // trimmed, widths folded
	title bool   // among the first lines
}

// scoreKinds scores text for every kind.
func scoreKinds(text string) [numKinds]float64 {
	var s [numKinds]float64
	seenLabel := map[Kind]map[string]bool{}
	seenHeading := map[Kind]map[string]bool{}
	seenTitle := map[Kind]bool{}
	seenWord := map[Kind]map[string]bool{}
	planUnits, planWords := 0, 0
	chapters, orgRows, orgHeads, numberRows, tableHeader, items, heads := 0, 0, 0, 0, false, 0, 0
	indicatorRows, unitTagged := 0, 0
	lastHead := 0  // the line number of the last head line
	headerRun := 0 // consecutive lines that are each one header cell (a table one cell per line)
	n := 0
	for len(text) > 0 {
		var line string
		if i := strings.IndexAny(text, "\r\n"); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		line = strings.TrimFunc(line, isBlank)
		if line == "" {
			continue
		}
		if len(line) > 4096 {
			line = line[:4096]
			for !utf8.ValidString(line) {
				line = line[:len(line)-1]
			}
		}
		n++
		f := jtext.String(line)
		if strings.HasPrefix(f, "|") || strings.HasPrefix(f, "│") {
			// a row of a pipe or box-drawn table: its first cell may be a
			// label (| 日時 | …, │日  時│…)
			f = strings.TrimLeft(f, "|│ ")
			if i := strings.IndexAny(f, "|│"); i >= 0 {
				_, size := utf8.DecodeRuneInString(f[i:])
				f = f[:i] + ":" + f[i+size:]
			}
		}
		if isFurnitureLine(f) {
			continue
		}
		dl := detectLine{text: f, title: n <= 8}
		for k, c := range defaultCues {
			if dl.title && !seenTitle[k] && isTitleLine(f) && containsAny(f, c.Title) {
				seenTitle[k] = true
				s[k] += 3
			}
			if lab, ok := labelOf(f, c.Labels); ok && firstSeen(seenLabel, k, lab) {
				s[k] += 1.2
			}
			for _, w := range c.Words {
				if strings.Contains(f, w) && firstSeen(seenWord, k, w) {
					s[k] += 0.5
				}
			}
			if h, ok := headingOf(f, c.Headings); ok && firstSeen(seenHeading, k, h) {
				s[k] += 1
			}
		}
		chapters += countChapters(f)
		if isPlanNumbered(f) {
			planUnits++
		}
		planWords += countWords(f, planTextWords)
		if isOrgRow(f) {
			orgRows++
		}
		if isOrgHeading(f) {
			orgHeads++
		}
		if trailingUnit(f) != "" {
			unitTagged++
		}
		if isGoalItem(f) {
			items++
		}
		if isHeadLine(f) {
			if n <= 12 {
				heads++
			}
			lastHead = n
		}
		if isIndicatorHeader(f) {
			tableHeader = true
		}
		switch {
		case isHeaderCellLine(f):
			headerRun++
			if headerRun >= 3 {
				tableHeader = true // 指標名 / 基準値 / 目標値, a cell a line
			}
		case isBracketedNote(f):
			// （令和5年度）: the year of the header cell above
		default:
			headerRun = 0
		}
		if countNumbers(f) >= 2 && utf8.RuneCountInString(f) <= 80 {
			numberRows++
		}
		// a row led by a unit (市民課, 80%以上, 72%) is a goal list's row,
		// whatever figures follow: an indicator's row is led by its name
		if isIndicatorRow(f) && !isOrgRow(f) {
			indicatorRows++
		}
	}
	s[KindPlan] += 1.5*float64(min(chapters, 4)) + 1.0*float64(min(planUnits, 4)) + 0.5*float64(min(planWords, 8))
	s[KindGoals] += 0.8 * float64(min(orgRows, 6))
	if orgHeads >= 2 {
		s[KindGoals] += 0.8 * float64(min(orgHeads, 5))
	}
	// goals that name the unit in charge at their end: 「…を維持する。（こども家庭課）」
	if unitTagged >= 2 {
		s[KindGoals] += 0.8 * float64(min(unitTagged, 5))
	}
	if seenTitle[KindGoals] {
		s[KindGoals] += 0.5 * float64(min(items, 4))
	}
	// the head named at the top, or signing at the foot (産業振興課長 野村 亮
	// with at most a date line or two after it), marks a unit's own page,
	// unless the title names a goal list and no page: then it is the head
	// of the list's unit
	if (heads > 0 || lastHead > 0 && n-lastHead <= 2) && (!seenTitle[KindGoals] || seenTitle[KindPage]) {
		s[KindPage] += 1.5
	}
	if tableHeader {
		w := 4 + 0.3*float64(min(numberRows, 10))
		if seenTitle[KindGoals] && orgHeads >= 2 {
			// 指標 | 目標値 | 実績値 tables under the units of a goal list
			// measure its goals: the list is the document
			w /= 2
		}
		s[KindIndicators] += w
	}
	// Rows of an indicator list without a header of its own: a name and its
	// figures (年間観光入込客数 412万人 450万人 500万人), or a name with its
	// baseline and target (現状値 68.2％ … 目標値 75.0％, 1.32→1.45) —
	// when they are a third of the lines or more: a plan's KPI tables sit
	// among far more lines of prose and bullets.
	if indicatorRows >= 2 && 3*indicatorRows >= n {
		s[KindIndicators] += 0.8 * float64(min(indicatorRows, 8))
	}
	// One label is weak evidence of a meeting; several are strong.
	if m := len(seenLabel[KindMeeting]); m >= 3 {
		s[KindMeeting] += 2
	}
	return s
}

// firstSeen records word as seen for kind k and reports whether this is
// the first time: a cue counts once per document.
func firstSeen(seen map[Kind]map[string]bool, k Kind, word string) bool {
	if seen[k] == nil {
		seen[k] = map[string]bool{}
	}
	if seen[k][word] {
		return false
	}
	seen[k][word] = true
	return true
}

func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' }

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// detectFurniture are phrases of page navigation that say nothing of the
// document's kind.
var detectFurniture = []string{"ページの先頭", "本文ここから", "本文ここまで", "メニューを飛ばして", "現在地", "ページID", "記事番号", "Adobe", "印刷"}

func isFurnitureLine(s string) bool {
	return (containsAny(s, detectFurniture) || spacedCrumb(s)) && !strings.Contains(s, "更新日")
}

// spacedCrumb reports a breadcrumb separator with white space on both
// sides, ASCII or ideographic (ホーム > 組織, ホーム　≫　組織): a step of a
// navigation path, where a bare 3>2 is not.
func spacedCrumb(s string) bool {
	for _, sep := range breadcrumbSeparators {
		for i := 0; ; {
			k := strings.Index(s[i:], sep)
			if k < 0 {
				break
			}
			at := i + k
			before, _ := utf8.DecodeLastRuneInString(s[:at])
			after, _ := utf8.DecodeRuneInString(s[at+len(sep):])
			if at > 0 && isBlank(before) && isBlank(after) {
				return true
			}
			i = at + len(sep)
		}
	}
	return false
}

// labelOf reports whether s starts with one of labels written as a label:
// in brackets (【日時】, ＜結果＞), followed by ：or :, after a number
// (「1 日時」, (1)日時), or alone on the line; spaces inside the label are
// ignored (日　時).
func labelOf(s string, labels []string) (string, bool) {
	t := stripNumber(s)
	bracketed := false
	if r, size := utf8.DecodeRuneInString(t); strings.ContainsRune("【[＜<〈《■◆●○", r) {
		t = t[size:]
		bracketed = true
	}
	key, rest := labelKey(t)
	for _, l := range labels {
		if !strings.HasPrefix(key, l) {
			continue
		}
		after := key[len(l):]
		if after == "" && (bracketed || rest == "" || isLabelEnd(rest)) {
			return l, true
		}
	}
	return "", false
}

// labelKey returns the first up to 8 non-space runes of s (the label
// candidate) and what follows the label's end mark or the first space run.
func labelKey(s string) (key, rest string) {
	var b strings.Builder
	count := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '】' || r == ']' || r == '＞' || r == '>' || r == '〉' || r == '》' || r == ':' || r == '：':
			return b.String(), ":" + s[i+size:]
		case isBlank(r):
			// one space inside a short label (日　時) is kept going; a label
			// followed by its value after spaces ends here.
			if count >= 2 {
				return b.String(), strings.TrimLeftFunc(s[i:], isBlank)
			}
			i += size
			continue
		}
		b.WriteRune(r)
		count++
		i += size
		if count > 8 {
			return b.String(), s[i:]
		}
	}
	return b.String(), ""
}

func isLabelEnd(rest string) bool { return strings.HasPrefix(rest, ":") || rest != "" }

// stripNumber removes a leading heading number: 1, 1., (1), （1）, ⑴, ①.
func stripNumber(s string) string {
	if _, end, digits := jtext.ReadDigits(s, 0); digits > 0 && digits <= 3 {
		t := s[end:]
		// a number is a heading number only before a separator: 1. 1、 1) 1 …
		r, _ := utf8.DecodeRuneInString(t)
		if t == "" || strings.ContainsRune(".．、)） \u3000", r) {
			t = strings.TrimLeft(t, ".．、)）")
			return strings.TrimLeftFunc(t, isBlank)
		}
		return s
	}
	if strings.HasPrefix(s, "(") {
		if i := strings.IndexByte(s, ')'); i > 0 && i <= 4 {
			return strings.TrimLeftFunc(s[i+1:], isBlank)
		}
	}
	if r, size := utf8.DecodeRuneInString(s); (r >= '①' && r <= '⑳') || (r >= '⑴' && r <= '⒇') {
		return strings.TrimLeftFunc(s[size:], isBlank)
	}
	return s
}

// headingOf reports whether s is a short line that is, or starts with, one
// of words (after a heading number or a bracket).
func headingOf(s string, words []string) (string, bool) {
	if utf8.RuneCountInString(s) > 40 {
		return "", false
	}
	t := strings.TrimLeft(stripNumber(s), "【[■◆●○◇□▶〔")
	for _, w := range words {
		if strings.HasPrefix(t, w) || (strings.HasSuffix(t, w) && utf8.RuneCountInString(t) <= 20) {
			return w, true
		}
	}
	return "", false
}

// orgSuffixes end the names of units of a local government.
var orgSuffixes = []string{"局", "部", "課", "室", "区", "本部", "事務局", "委員会", "センター", "所", "署", "館"}

func endsInOrg(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 20 {
		return false
	}
	for _, x := range orgSuffixes {
		if strings.HasSuffix(s, x) && s != x {
			return true
		}
	}
	return false
}

// isOrgRow: a table row (TAB, comma, pipe) whose first cell names a unit,
// or a row flattened with spaces between its cells (総務部 人事課 働き方改革
// 月平均10時間以下 業務の見直し): four or more words, the first a unit's.
func isOrgRow(s string) bool {
	for _, sep := range []string{"\t", ",", "|"} {
		t := strings.Trim(s, "| ")
		if i := strings.Index(t, sep); i > 0 {
			cell := strings.Trim(strings.TrimFunc(t[:i], isBlank), "\"")
			return endsInOrg(cell)
		}
	}
	if words := strings.FieldsFunc(s, isBlank); len(words) >= 4 && !strings.Contains(s, "。") {
		return endsInOrg(words[0]) && utf8.RuneCountInString(words[0]) <= 12
	}
	return false
}

// isOrgHeading: a short line naming a unit after a mark or number
// (■総務部, 1 企画政策部, 【健康づくり課】).
func isOrgHeading(s string) bool {
	t := strings.TrimLeft(stripNumber(s), "■□◆◇●○【[〔")
	t = strings.TrimRight(t, "】]〕")
	if w := strings.FieldsFunc(t, isBlank); len(w) >= 3 && strings.HasSuffix(w[1], "長") {
		t = w[0] // ■総務部　部長　高村 英樹: the unit, then its head
	}
	return len(t) < len(s) && endsInOrg(strings.TrimFunc(t, isBlank))
}

var indicatorHeader = []string{"指標", "現状値", "基準値", "目標値", "策定時", "直近値", "単位", "実績値"}

// isIndicatorHeader: a line holding three or more header words of an
// indicator table.
func isIndicatorHeader(s string) bool {
	n := 0
	for _, w := range indicatorHeader {
		if strings.Contains(s, w) {
			n++
		}
	}
	return n >= 3
}

// isHeaderCellLine: a short line that is one indicator header cell (指標名,
// 現状値（令和4年度）).
func isHeaderCellLine(s string) bool {
	if utf8.RuneCountInString(s) > 20 {
		return false
	}
	for _, w := range indicatorHeader {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// isBracketedNote: a line that is one bracketed note (（令和5年度）, (R5)).
func isBracketedNote(s string) bool {
	return utf8.RuneCountInString(s) <= 16 && (strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") || strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")"))
}

// isIndicatorRow reports whether s reads as one indicator: a name, then
// two or more figures and no sentence (no 。 and no verb ending), or a line
// that names a baseline and a target by their cue words, or one figure
// followed by an arrow and another.
func isIndicatorRow(s string) bool {
	if strings.Contains(s, "。") || strings.HasSuffix(s, "ます") || strings.HasSuffix(s, "する") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(stripNumber(s))
	if first >= '0' && first <= '9' {
		return false // a row of figures with no name, or a date line
	}
	if (strings.Contains(s, "現状") || strings.Contains(s, "基準")) && strings.Contains(s, "目標") && countNumbers(s) >= 2 {
		return true
	}
	if i := strings.IndexAny(s, "→⇒"); i > 0 && countNumbers(s[:i]) >= 1 && countNumbers(s[i:]) >= 1 {
		return true
	}
	return countNumbers(s) >= 2 && utf8.RuneCountInString(s) <= 80
}

// countNumbers counts runs of digits in s.
func countNumbers(s string) int {
	n, in := 0, false
	for _, r := range s {
		d := r >= '0' && r <= '9'
		if d && !in {
			n++
		}
		in = d || (in && (r == '.' || r == ','))
	}
	return n
}

// isGoalItem: a numbered or bulleted line stating what will be done
// (ending in ます。 or します).
func isGoalItem(s string) bool {
	t := stripNumber(s)
	marked := len(t) < len(s) || strings.HasPrefix(s, "・") || strings.HasPrefix(s, "●")
	return marked && (strings.HasSuffix(s, "ます。") || strings.HasSuffix(s, "ます"))
}

// isHeadLine: 「○○長 氏名」, the head of a unit with a name (also after a
// photo caption ending in 写真).
func isHeadLine(s string) bool {
	if i := strings.LastIndex(s, "写真"); i >= 0 {
		s = s[i+len("写真"):]
	}
	s = strings.TrimFunc(s, isBlank)
	sp := strings.IndexFunc(s, isBlank)
	if sp < 0 {
		return false
	}
	title, name := s[:sp], strings.TrimFunc(s[sp:], isBlank)
	return strings.HasSuffix(title, "長") && utf8.RuneCountInString(title) <= 16 && name != "" &&
		utf8.RuneCountInString(name) <= 10 && !strings.ContainsAny(name, "。、：:（）()") && !strings.Contains(name, "方針")
}

// planTextWords are plan block words counted wherever they stand, also in
// a whole page run together on one line.
var planTextWords = []string{"現状と課題", "施策の方向", "施策展開", "施策の展開", "基本目標", "成果指標", "目指す姿", "めざす姿"}

// countWords counts the occurrences of words in s.
func countWords(s string, words []string) int {
	n := 0
	for _, w := range words {
		n += strings.Count(s, w)
	}
	return n
}

// countChapters counts 第N章 / 第N節 / 第N編 anywhere in s (a run-together
// page holds several).
func countChapters(s string) int {
	n := 0
	for i := strings.Index(s, "第"); i >= 0; {
		rest := s[i+len("第"):]
		t := strings.TrimLeftFunc(rest, func(r rune) bool {
			return r == ' ' || r == '\u3000' || jtext.IsNumeralRune(r)
		})
		if len(t) < len(rest) && (strings.HasPrefix(t, "章") || strings.HasPrefix(t, "節") || strings.HasPrefix(t, "編")) {
			n++
		}
		j := strings.Index(rest, "第")
		if j < 0 {
			break
		}
		i += len("第") + j
	}
	return n
}

// planUnitWords number the units of a plan: 基本目標1, 施策12, 政策3.
var planUnitWords = []string{"基本目標", "重点施策", "基本施策", "施策", "政策", "基本方針"}

// isPlanNumbered: a line opening with a plan unit and its number (施策12
// 地域防災力の向上, 基本目標1基本目標1 …).
func isPlanNumbered(s string) bool {
	t := strings.TrimLeft(s, "【[■◆●○◇□")
	if isCompositeNumbered(t) {
		return true
	}
	for _, w := range planUnitWords {
		if strings.HasPrefix(t, w) {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[len(w):], " \u3000"))
			return r >= '0' && r <= '9'
		}
	}
	return false
}

// isCompositeNumbered: a line opening with a composite heading number, a
// space and a title (3-1 子育て・教育, 2-3-1 地域医療の確保): a plan's
// numbering by chapter, section and measure.
func isCompositeNumbered(s string) bool {
	parts := 0
	i := 0
	for {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 {
			return false
		}
		parts++
		if j < len(s) && s[j] == '-' {
			i = j + 1
			continue
		}
		i = j
		break
	}
	rest := strings.TrimLeft(s[i:], " \u3000")
	r, _ := utf8.DecodeRuneInString(rest)
	return parts >= 2 && len(rest) < len(s[i:]) && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// isTitleLine: a line that can be a document's title: short, no sentence
// end, no bullet mark (・会議を開催します。 is no meeting's title).
func isTitleLine(s string) bool {
	if utf8.RuneCountInString(s) > 60 || strings.HasSuffix(s, "。") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("・･●○◯〇◉◆◇▶▷❖★☆※-•", r) {
		return false
	}
	// 3．今年度の重点目標: a numbered section of the body, not the title
	return r < '0' || r > '9' || stripNumber(s) == s
}
