package parse

import (
	"strings"
	"unicode/utf8"
)

// phraseSpan is a phrase of the text as folded byte offsets; the zero
// value is no phrase. anaphor marks a demonstrative (これを15万冊に): the
// subject is that of the figure before it.
type phraseSpan struct {
	start, end int
	anaphor    bool
}

// maxSubjectRunes bounds a subject: what is measured is a noun phrase, not
// a clause.
const maxSubjectRunes = 32

// maxCompoundRunes bounds one compound noun of a subject.
const maxCompoundRunes = 20

// subjectParticles mark the noun phrase a quantity is about when they stand
// between it and the quantity: 会議を月1回 (meetings, once a month),
// 満足度は90% , 参加者が100人, 参加者の90% (ninety percent of participants).
var subjectParticles = []string{"を", "は", "が", "も", "の"}

// skippedBefore are words before a quantity that qualify it rather than
// name what it measures: the basis of a comparison (前年度比 against the
// previous year), a manner (累計 cumulative, 延べ total, 平均 on average,
// 新たに newly), a column label (目標値 target value). The subject is
// looked for before them. Any word ending in 比 (ratio to) is a basis too.
var skippedBefore = []string{
	"前年度比", "前年比", "前年度", "前年", "基準年度比", "累計", "延べ", "合計", "平均", "年間", "最大", "最低",
	"目標", "目標値", "現状値", "基準値", "実績値", "実績", "中間目標", "計画値", "現状", "現在", "全", "各", "新た",
	"市内", "県内", "区内", "町内", "全市", "全国", "本市", "実質",
}

// timeWords name when, not what: a subject is never one of them
// (今後も98%以上, 引き続き, 中間年の令和7年度に, 最終年度の). Between a
// phrase and its figure they are passed like a date.
var timeWords = []string{
	"今後", "引き続き", "現在", "現状", "将来", "当面", "毎年", "毎年度", "毎月", "各年度", "中間年", "中間年度",
	"最終年", "最終年度", "初年度", "目標年度", "計画期間", "期間中", "年度内", "年内", "年度末", "将来的",
	"今年度", "本年度", "当年度", "次年度", "来年度", "翌年度", "前年度", "昨年度", "今年", "本年", "昨年", "前年", "翌年", "来年",
}

// compoundParticles are the particles the dictionary reads as one word
// (助詞,格助詞,連語) that link a phrase before them to the act: towards,
// to, about, by, at, concerning, for, as, through.
var compoundParticles = []string{"に向けて", "に対して", "について", "によって", "において", "に関して", "にとって", "として", "を通じて", "を通して", "に際して", "に応じて"}

// aboutParticles name what a sentence is about (CO2排出量について,
// 利用者数に関して): before a quantity's clause they give its subject.
var aboutParticles = []string{"について", "に関して"}

// linkParticles may stand between a noun and the の that makes it a
// modifier: 空き家バンクへの登録件数 (registrations to the bank), 事業者との
// 協定数, 学校での実施率, 駅からの距離.
var linkParticles = []string{"へ", "と", "で", "から", "まで"}

// topicParticles are the multi-word particles that, before は or も, mark
// what the sentence is about (区画数については, 利用者数に関しては).
var topicParticles = []string{"について", "に関して", "に対して", "としては"}

// anaphors point back to the figure named before (これを15万冊に増やす).
var anaphors = []string{"これ", "それ", "この数", "その数"}

// signsBefore may stand between a phrase and its figure: ▲ and △ mark a
// decrease in tables (▲46%), + and ± a change.
var signsBefore = []string{"▲", "△", "▼", "+", "±"}

// placeWords before の locate rather than name what is measured (市内の放置
// 自転車: the bicycles, not the city): a subject's の-chain stops there.
var placeWords = []string{"市内", "本市", "全市", "当市", "市", "県内", "区内", "町内", "国内", "全国", "区", "町"}

// subjectOf names what the quantity of the target from start to end
// measures, with the words of its clause: a noun phrase directly before the
// quantity (連携団体4団体以上), or before a particle that links it
// (局内会議を月1回, 参加者の90%), skipping a basis or manner word
// (水道の漏水量を前年度比3%削減 → 水道の漏水量); else a phrase after it
// joined by の (年間20回以上の健康講座) or closed by を (年に6回、防災訓練を実施).
// A phrase takes the modifiers joined to it by の (救急車の平均到着時間). The
// zero phraseSpan when the clause names none. lo and hi bound the search
// (the neighbouring targets).
func (r *recognizer) subjectOf(cl *clause, start, end, lo, hi int) phraseSpan {
	ws := cl.words
	first, after := wordRange(ws, start, end)
	loK := 0
	for loK < len(ws) && ws[loK].end <= lo {
		loK++
	}
	hiK := len(ws)
	for hiK > 0 && ws[hiK-1].start >= hi {
		hiK--
	}
	if sub := r.subjectBefore(ws, first-1, loK, false); sub.end > sub.start {
		return sub
	}
	if sub := r.subjectAfter(ws, after, hiK); sub.end > sub.start {
		return sub
	}
	return r.subjectBefore(ws, first-1, loK, true)
}

// wordRange returns the index of the first word of the target and the
// index of the first word after it.
func wordRange(ws []word, start, end int) (first, after int) {
	first = len(ws)
	for k, w := range ws {
		if w.end > start {
			first = k
			break
		}
	}
	after = first
	for after < len(ws) && ws[after].start < end {
		after++
	}
	return first, after
}

func isBlank(w word) bool {
	return w.is("記号", "空白") || w.surface == " " || w.surface == "　"
}

// isNominal reports whether w can be part of a compound noun: a noun (not
// a dependent one such as 以上, ため, こと), a prefix (各, 全, 新), a Latin
// letter.
func isNominal(w word) bool {
	switch w.pos[0] {
	case "名詞":
		return w.pos[1] != "非自立" && w.pos[1] != "代名詞"
	case "接頭詞":
		return true
	case "記号":
		return w.pos[1] == "アルファベット"
	}
	return false
}

// isStemVerb reports whether the verb w can sit inside a compound noun in
// its continuative form (食べ残し量, 取組み状況): it ends in an i- or e-row
// kana or a kanji, never in the u-row of a verb that closes a relative
// clause (家庭から出る).
func isStemVerb(w word) bool {
	if w.pos[0] != "動詞" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w.surface)
	switch r {
	case 'い', 'き', 'ぎ', 'し', 'じ', 'ち', 'に', 'ひ', 'び', 'み', 'り', 'え', 'け', 'げ', 'せ', 'ぜ', 'て', 'で', 'ね', 'べ', 'め', 'れ':
		return true
	}
	return r >= 0x4E00 && r <= 0x9FFF
}

// compoundBefore returns the first index of the compound noun ending at
// word k (not before lo), or k+1 when word k does not end one. Leading
// numerals are dropped (2030 in 2030基本計画 is kept only inside).
func compoundBefore(ws []word, k, lo int) int {
	if k < lo || k >= len(ws) || ws[k].pos[0] == "接頭詞" {
		return k + 1
	}
	a, n, top := k+1, 0, k
	if !isNominal(ws[k]) {
		// 健診: a one-kanji verb stem closing a compound noun.
		if !isStemVerb(ws[k]) || !isKanji(lastRune(ws[k].surface)) || k-1 < lo || !isNominal(ws[k-1]) || ws[k-1].end != ws[k].start {
			return k + 1
		}
		a, n, top = k, utf8.RuneCountInString(ws[k].surface), k-1
	}
	for j := top; j >= lo; j-- {
		w := ws[j]
		if isBlank(w) && a <= k && j-1 >= lo && isNominal(ws[j-1]) &&
			(ws[a].is("名詞", "接尾") && isASCIILetter(runeAt(ws[j-1].surface, 0)) || ws[j-1].pos[1] == "数" || ws[a].pos[1] == "数") {
			a = j // 「LED 化率」「1 人 1 日当たり」: spaces PDF extraction left inside a phrase
			continue
		}
		if !isNominal(w) && !(isStemVerb(w) && a <= k && w.end == ws[a].start) {
			break
		}
		n += utf8.RuneCountInString(w.surface)
		if n > maxCompoundRunes {
			break
		}
		a = j
	}
	for a <= k && isBlank(ws[a]) {
		a++
	}
	a0 := a
	for a <= k && (ws[a].pos[1] == "数" || ws[a].is("名詞", "接尾") || isBlank(ws[a])) {
		a++
	}
	if b := a0 - 1; a > a0 && a < k && b >= lo {
		if isBlank(ws[b]) && b-1 >= lo {
			b--
		}
		if isParticle(ws[b], "の") {
			return a0 // ごみの1人1日当たり排出量: the numeral is inside the phrase
		}
	}
	// 「1 日現在」: a one-character unit of a spaced number is no part of it.
	if a < k && a-2 >= lo && isBlank(ws[a-1]) && ws[a-2].pos[1] == "数" && utf8.RuneCountInString(ws[a].surface) == 1 {
		a++
	}
	for a <= k && isBlank(ws[a]) {
		a++
	}
	return a
}

// stemVerbsThenNoun reports whether the continuative verbs from word k on
// run, without a gap, into a noun: 食べ残し量, 読み聞かせ会.
func stemVerbsThenNoun(ws []word, k, hi int) bool {
	for j := k; j+1 < hi && j-k < 3 && ws[j].pos[0] == "動詞" && ws[j].end == ws[j+1].start; j++ {
		if isStemVerb(ws[j]) && isNominal(ws[j+1]) {
			return true
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isKanji(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// compoundAfter returns the index after the compound noun starting at word
// k (not at or past hi), or k when none starts there.
func compoundAfter(ws []word, k, hi int) int {
	b, n := k, 0
	for b < hi {
		w := ws[b]
		if !isNominal(w) && !stemVerbsThenNoun(ws, b, hi) {
			break
		}
		if w.pos[1] == "数" {
			break
		}
		n += utf8.RuneCountInString(w.surface)
		if n > maxCompoundRunes {
			break
		}
		b++
	}
	for b > k && ws[b-1].pos[0] == "接頭詞" {
		b--
	}
	return b
}

func inList(s string, list []string) bool {
	for _, w := range list {
		if s == w {
			return true
		}
	}
	return false
}

// isParticle reports whether w is one of the particles given.
func isParticle(w word, list ...string) bool {
	return w.pos[0] == "助詞" && inList(w.surface, list)
}

// phrase returns the text of words a..b (inclusive), extended backwards
// over modifiers joined by の (国民健康保険料の収納率), at most twice and
// never over a place (市内の).
func (r *recognizer) phrase(ws []word, a, b, lo int) phraseSpan {
	for n := 0; n < 2; n++ {
		if a-2 >= lo && isBlank(ws[a-1]) && isParticle(ws[a-2], "の") {
			a-- // 「道路照明灯の LED 化率」
		}
		if a-2 < lo || !isParticle(ws[a-1], "の") {
			break
		}
		if q := ws[a-2].surface; q == "」" || q == "』" {
			// 「住みやすいと思う人」の割合: a quoted modifier, quotes kept.
			o := a - 3
			for o >= lo && a-2-o <= 12 && ws[o].surface != "「" && ws[o].surface != "『" {
				o--
			}
			if o < lo || a-2-o > 12 || utf8.RuneCountInString(r.s[ws[o].start:ws[b].end]) > maxSubjectRunes {
				break
			}
			a = o
			continue
		}
		j := a - 2 // the last word of the modifier
		if j-1 >= lo && isParticle(ws[j], linkParticles...) {
			j-- // 空き家バンクへの登録件数, 事業者との協定数
		}
		c := compoundBefore(ws, j, lo)
		if c > j {
			break
		}
		mod := r.s[ws[c].start:ws[j].end]
		for _, w := range perUnitWords {
			if strings.HasSuffix(mod, w) {
				// 1人1日当たりのごみ排出量: the basis keeps its numerals.
				c = nominalRunBefore(ws, j, lo)
				mod = r.s[ws[c].start:ws[j].end]
				break
			}
		}
		if isDate(ws, c, j) {
			break
		}
		if inList(mod, placeWords) || inList(mod, skippedBefore) || inList(mod, timeWords) || utf8.RuneCountInString(r.s[ws[c].start:ws[b].end]) > maxSubjectRunes {
			break
		}
		a = c
	}
	if o := r.quotedClauseBefore(ws, a, b, lo); o >= 0 {
		a = o
	}
	return phraseSpan{start: ws[a].start, end: ws[b].end}
}

// maxRelativeWords bounds the verb of a quoted relative clause: 答えた,
// 回答した, 思っている.
const maxRelativeWords = 4

// quotedClauseBefore returns the index of the opening bracket of a quoted
// relative clause that modifies the phrase starting at word a
// (「満足している」と答えた市民の割合: what was answered is part of what is
// measured), or -1 when there is none or it would make the subject too
// long.
func (r *recognizer) quotedClauseBefore(ws []word, a, b, lo int) int {
	j := a - 1
	for n := 0; j >= lo && n < maxRelativeWords; n++ {
		w := ws[j]
		if !(w.pos[0] == "動詞" || w.pos[0] == "助動詞" || w.is("助詞", "接続助詞") && w.surface == "て" ||
			w.is("名詞", "サ変接続") && j+1 < a && ws[j+1].pos[0] == "動詞") {
			break
		}
		j--
	}
	if j == a-1 || j-1 < lo || !isParticle(ws[j], "と") {
		return -1
	}
	if q := ws[j-1].surface; q != "」" && q != "』" {
		return -1
	}
	o := j - 2
	for o >= lo && j-o <= 16 && ws[o].surface != "「" && ws[o].surface != "『" {
		o--
	}
	if o < lo || j-o > 16 || utf8.RuneCountInString(r.s[ws[o].start:ws[b].end]) > maxSubjectRunes {
		return -1
	}
	return o
}

// skippedRun reports whether text is two or more skipped words run
// together (年間延べ, 累計延べ): a manner of counting, not what is counted.
func skippedRun(text string) bool {
	n := 0
	for text != "" {
		k := -1
		for i, w := range skippedBefore {
			if strings.HasPrefix(text, w) && (k < 0 || len(w) > len(skippedBefore[k])) {
				k = i
			}
		}
		if k < 0 {
			return false
		}
		text = text[len(skippedBefore[k]):]
		n++
	}
	return n >= 2
}

// isSkipped reports whether the compound text is a basis or manner word,
// a period (受診率は毎年度98%以上: the period of a percentage is no
// subject), or a per-unit basis (1校あたり).
func isSkipped(text string) bool {
	if inList(text, skippedBefore) || inList(text, timeWords) || skippedRun(text) {
		return true
	}
	for _, pw := range periodWords {
		if text == pw.word {
			return true
		}
	}
	for _, w := range perUnitWords {
		if strings.HasSuffix(text, w) {
			return true
		}
	}
	for _, w := range timePointEnds {
		if strings.HasSuffix(text, w) {
			return true // 計画策定時の4か所: a point in time, not what is counted
		}
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return r == '比'
}

// timePointEnds end a compound naming a point in time a figure stood at:
// 計画策定時 (when the plan was drawn up), 事業開始時, 基準時点, 制度創設当初.
var timePointEnds = []string{"策定時", "開始時", "作成時", "創設時", "時点", "当初"}

// dateEnds are the last words of a date or time that a figure is of
// (平成30年度の41.2%, 4月1日現在の, 10年前の約1.3倍, 5年後の).
var dateEnds = []string{"年度", "年", "元年", "月", "日", "時点", "現在", "年度末", "年末", "末", "前", "後"}

// isDate reports whether words a..b hold a numeral and end in a date word:
// 平成30年度, 令和5年4月1日現在.
func isDate(ws []word, a, b int) bool {
	if a > b || !inList(ws[b].surface, dateEnds) {
		return false
	}
	for j := a; j <= b; j++ {
		if ws[j].pos[1] == "数" || ws[j].surface == "元" || inList(ws[j].surface, eraNames) {
			return true // 令和元年
		}
	}
	return false
}

// nominalRunBefore returns the first index of the run of nominal words,
// numerals included, ending at word k (k+1 when there is none).
func nominalRunBefore(ws []word, k, lo int) int {
	a := k + 1
	for a-1 >= lo {
		switch {
		case isNominal(ws[a-1]):
			a--
		case isBlank(ws[a-1]) && a-2 >= lo && a <= k && ws[a-2].pos[1] == "数" && ws[a].pos[1] == "数":
			a -= 2 // 令和１ ０年度: digits spaced by a PDF text layer
		default:
			return a
		}
	}
	return a
}

// maxBeforeSteps bounds the walk back from a quantity: enough for a topic,
// a comma, a date and a basis between phrase and figure (利用者数は、令和8
// 年度までの累計で、60人), not so much that it leaves the clause.
const maxBeforeSteps = 16

// subjectBefore looks back from word k for the phrase a quantity is about.
// acrossComma lets it pass up to two 、 and the time and basis phrases
// between them (満足度は、90%以上; 資格取得者を、現状の40人から; 区画数に
// ついては、令和9年度までの累計で、60区画).
func (r *recognizer) subjectBefore(ws []word, k, lo int, acrossComma bool) phraseSpan {
	commas, passedTe := 0, false
	for steps := 0; k >= lo && steps < maxBeforeSteps; steps++ {
		w := ws[k]
		switch {
		case isBlank(w):
			k--
		case w.is("記号", "読点"):
			if !acrossComma || commas > 1 {
				return phraseSpan{}
			}
			if predicateBefore(ws, k, lo) {
				return r.topicBefore(ws, k, lo)
			}
			commas++
			k--
		case isNominal(w) && w.pos[1] != "数":
			if d := nominalRunBefore(ws, k, lo); isDate(ws, d, k) {
				// 「参加者数 2019年 385千人」: a year column before the
				// figure is its time, never what it measures
				k = d - 1
				continue
			}
			a := compoundBefore(ws, k, lo)
			if a > k || isSkipped(r.s[ws[a].start:ws[k].end]) {
				// 1校あたり, 前年度比, 今後: a basis or a time; what it is
				// the basis of is before it.
				k = nominalRunBefore(ws, k, lo) - 1
				continue
			}
			if acrossComma && commas == 0 {
				return phraseSpan{} // the adjacent phrase was read in the first pass
			}
			return r.phrase(ws, a, k, lo)
		case isParticle(w, subjectParticles...):
			np := k - 1
			if np < lo {
				return phraseSpan{}
			}
			if w.surface == "は" || w.surface == "も" {
				if d := nominalRunBefore(ws, np, lo); d <= np && isDate(ws, d, np) {
					k = d - 1 // 令和5年度は2,140件: a time, not what is counted
					continue
				}
				switch {
				case isParticle(ws[np], topicParticles...):
					np-- // 区画数については
				case isParticle(ws[np], "に", "で", "まで", "から", "へ") && r.timeBefore(ws, np, lo):
					k = np // 令和12年度には: a time, passed by the case below
					continue
				case ws[np].pos[0] == "助詞":
					return phraseSpan{} // 本市では: a setting, not a subject
				}
			}
			if np < lo {
				return phraseSpan{}
			}
			if q := ws[np].surface; q == "」" || q == "』" {
				k = np // 「部長ミーティング」を
				continue
			}
			if q := ws[np].surface; (q == ")" || q == "）") && w.surface != "の" {
				// 収納率（現年課税分）は: the note belongs to the phrase before it.
				o := openBefore(ws, np, lo)
				if o < 0 {
					return phraseSpan{}
				}
				np = o - 1
				if np < lo {
					return phraseSpan{}
				}
			}
			if ws[np].is("名詞", "代名詞") && inList(ws[np].surface, anaphors) && w.surface != "の" {
				return phraseSpan{anaphor: true} // これを15万冊に
			}
			if w.surface == "の" && isDate(ws, nominalRunBefore(ws, np, lo), np) {
				k = nominalRunBefore(ws, np, lo) - 1 // 平成30年度の41.2%, 2020年度の1,200人: a time, not a subject
				continue
			}
			a := compoundBefore(ws, np, lo)
			if a > np {
				return phraseSpan{}
			}
			if isSkipped(r.s[ws[a].start:ws[np].end]) {
				k = a - 1
				continue
			}
			return r.phrase(ws, a, np, lo)
		case isParticle(w, "で", "に", "と", "から", "より", "まで", "へ"):
			// 2013年度比で, 各地区で, 前年度から, 令和7年までに: a basis, a
			// place or a time; look before it.
			j := k
			if j-1 >= lo && isParticle(ws[j-1], "まで", "から") {
				j--
			}
			a := nominalRunBefore(ws, j-1, lo)
			if a == j {
				return phraseSpan{}
			}
			a = modifiersBefore(ws, a, lo)
			k = a - 1
		case w.surface == ")" || w.surface == "）":
			// 刑法犯認知件数（人口千人当たり） 6.5件: a note between the
			// phrase and its figure.
			o := openBefore(ws, k, lo)
			if o < 0 {
				return phraseSpan{}
			}
			k = o - 1
		case (w.surface == "」" || w.surface == "』") && k-1 >= lo:
			// 「部長ミーティング」を月1回: the quoted name.
			o := k - 1
			for o >= lo && k-o <= 12 && ws[o].surface != "「" && ws[o].surface != "『" {
				o--
			}
			if o < lo || k-o > 12 || o+1 > k-1 {
				return phraseSpan{}
			}
			if acrossComma && commas == 0 {
				return phraseSpan{}
			}
			return phraseSpan{start: ws[o+1].start, end: ws[k-1].end}
		case w.pos[0] == "副詞" || w.is("助詞", "副詞化") || inList(w.surface, signsBefore) || inList(w.surface, timeWords):
			// 新たに, さらに; ▲46%; 引き続き (a verb to the dictionary)
			k--
		case w.pos[1] == "数":
			k-- // the numeral of a date or basis: 2013年度比で
		case w.pos[0] == "助詞" && inList(w.surface, aboutParticles) && k-1 >= lo:
			// CO2排出量について、…50%の削減を: what the sentence is about
			a := compoundBefore(ws, k-1, lo)
			if a > k-1 || isSkipped(r.s[ws[a].start:ws[k-1].end]) {
				return phraseSpan{}
			}
			return r.phrase(ws, a, k-1, lo)
		case w.pos[0] == "助詞" && inList(w.surface, compoundParticles) && k-1 >= lo:
			// 各公民館を会場として年間36回: what it is done as (and the
			// を before として, what serves as it) is no subject.
			a := nominalRunBefore(ws, k-1, lo)
			if a == k {
				return phraseSpan{}
			}
			a = modifiersBefore(ws, a, lo)
			if w.surface == "として" && a-2 >= lo && isParticle(ws[a-1], "を") {
				if b := compoundBefore(ws, a-2, lo); b <= a-2 {
					a = modifiersBefore(ws, b, lo)
				}
			}
			k = a - 1
		case !passedTe && w.is("助詞", "接続助詞") && (w.surface == "て" || w.surface == "で") && k-1 >= lo && (ws[k-1].pos[0] == "動詞" || ws[k-1].pos[0] == "助動詞"):
			// 相談会を、各地区に出向いて年24回開催: how or where it is
			// done, in a て-clause; what is done is before it.
			passedTe = true
			k--
			for k >= lo && (ws[k].pos[0] == "動詞" || ws[k].pos[0] == "助動詞") {
				k--
			}
			if k >= lo && ws[k].is("名詞", "サ変接続") && k+1 < len(ws) && ws[k].end == ws[k+1].start {
				k-- // 巡回させて: the verbal noun of the verb
			}
		default:
			return phraseSpan{}
		}
	}
	return phraseSpan{}
}

// predicateEnds end a predicate before a 、 after which a sentence goes on
// about the same thing: 減少しており、 (has been falling, and), ありますが、
// (is, but), 図り、 (aims at, and).
var predicateEnds = []string{"て", "が", "けれど", "けれども", "ものの", "ので", "から", "し"}

// predicateBefore reports whether the words before the 、 at word k close
// a predicate: a verb or auxiliary, or one of predicateEnds after one.
func predicateBefore(ws []word, k, lo int) bool {
	j := k - 1
	if j < lo {
		return false
	}
	if ws[j].is("助詞", "接続助詞") && inList(ws[j].surface, predicateEnds) {
		j--
	}
	for j >= lo && ws[j].pos[0] == "助動詞" {
		j--
	}
	return j >= lo && ws[j].pos[0] == "動詞"
}

// maxTopicSteps bounds the walk back over a predicate to its topic.
const maxTopicSteps = 16

// topicBefore reads, from the predicate ending before the 、 at word k,
// what that predicate was about, when the figure after the 、 names nothing
// of its own: the topic (利用者数は減少しており、今後は5,000人を目指す →
// 利用者数) or the thing whose change is aimed at (利用率の向上を図り、60%を
// 目指す → 利用率). Places and times are never the topic.
func (r *recognizer) topicBefore(ws []word, k, lo int) phraseSpan {
	for j, steps := k-1, 0; j-1 >= lo && steps < maxTopicSteps; j, steps = j-1, steps+1 {
		w := ws[j]
		switch {
		case w.is("記号", "句点"):
			return phraseSpan{}
		case isParticle(w, "は") || w.is("助詞", "格助詞") && w.surface == "が":
			a := compoundBefore(ws, j-1, lo)
			if a > j-1 {
				return phraseSpan{}
			}
			text := r.s[ws[a].start:ws[j-1].end]
			if isSkipped(text) || inList(text, placeWords) || isDate(ws, nominalRunBefore(ws, j-1, lo), j-1) {
				return phraseSpan{}
			}
			return r.phrase(ws, a, j-1, lo)
		case isParticle(w, "を", "に") && j-3 >= lo && isChangeWord(ws[j-1].surface) && isParticle(ws[j-2], "の"):
			a := compoundBefore(ws, j-3, lo)
			if a > j-3 || isSkipped(r.s[ws[a].start:ws[j-3].end]) {
				return phraseSpan{}
			}
			return r.phrase(ws, a, j-3, lo)
		case isParticle(w, "を", "に") && j-2 >= lo && isChangeWord(ws[j-1].surface) && isNominal(ws[j-2]) && ws[j-2].end == ws[j-1].start:
			// 受診率向上に努め、50%を: the change word closes the compound
			a := compoundBefore(ws, j-2, lo)
			if a > j-2 || isSkipped(r.s[ws[a].start:ws[j-2].end]) {
				return phraseSpan{}
			}
			return r.phrase(ws, a, j-2, lo)
		}
	}
	return phraseSpan{}
}

// modifiersBefore extends the time or basis phrase starting at word a
// backwards over what modifies it by の (全ての学級で, 中間年の令和7年度に,
// 令和9年度までの累計で).
func modifiersBefore(ws []word, a, lo int) int {
	for a-2 >= lo && isParticle(ws[a-1], "の") {
		j := a - 2
		if isParticle(ws[j], "まで", "から") {
			j--
		}
		b := nominalRunBefore(ws, j, lo)
		if b > j {
			break
		}
		a = b
	}
	return a
}

// timeBefore reports whether the particle at word k follows a date or a
// time word (令和12年度に, 今後, 最終年度まで): 令和12年度には is when, while
// 本市では is where, and the subject is not looked for past a place.
func (r *recognizer) timeBefore(ws []word, k, lo int) bool {
	j := k - 1
	if j >= lo && isParticle(ws[j], "まで", "から") {
		j--
	}
	a := nominalRunBefore(ws, j, lo)
	if a > j {
		return false
	}
	return isDate(ws, a, j) || inList(r.s[ws[a].start:ws[j].end], timeWords)
}

// openBefore returns the index of the bracket that the one at word k
// closes, within 12 words, or -1.
func openBefore(ws []word, k, lo int) int {
	o := k - 1
	for o >= lo && k-o <= 12 && ws[o].surface != "(" && ws[o].surface != "（" {
		o--
	}
	if o < lo || k-o > 12 {
		return -1
	}
	return o
}

// subjectAfter looks forward from word k (the first after the quantity)
// for a phrase joined by の, or one closed by を/が/は, possibly after the
// quantity's own verbal noun (月1回開催の「部長ミーティング」) or a 、.
func (r *recognizer) subjectAfter(ws []word, k, hi int) phraseSpan {
	commas := 0
	for steps := 0; k < hi && steps < 6; steps++ {
		w := ws[k]
		switch {
		case isBlank(w):
			k++
		case w.is("記号", "読点") && commas == 0:
			commas++
			k++
		case isParticle(w, "の"):
			k++
			if k < hi && (ws[k].surface == "「" || ws[k].surface == "『") {
				return quoted(r.s, ws, k, hi)
			}
			b := compoundAfter(ws, k, hi)
			if b == k || isChangeWord(r.s[ws[k].start:ws[b-1].end]) {
				return phraseSpan{}
			}
			if b == k+1 && ws[k].is("名詞", "サ変接続") && (b == hi || ws[b].pos[0] != "助詞" || r.lightVerbAfter(ws, b, hi)) {
				return phraseSpan{} // ベスト10以内の維持に努める: the act, not what is measured
			}
			return phraseSpan{start: ws[k].start, end: ws[b-1].end}
		case isParticle(w, "に") && commas == 0:
			k++ // 年に6回、防災訓練を
		case steps == 0 && w.pos[0] == "助動詞" && (w.surface == "だっ" || w.surface == "であっ") && k+1 < hi && ws[k+1].surface == "た":
			k += 2 // 38.0%だった受診率は: the figure in a relative clause of its subject
		case isNominal(w) && w.pos[1] != "数":
			b := compoundAfter(ws, k, hi)
			if b == k {
				return phraseSpan{}
			}
			// 高齢者向けのスマホ相談会を: modifiers joined by の, at most twice.
			for n, e := 0, b; n < 2 && e+1 < hi && isParticle(ws[e], "の") && !inList(r.s[ws[k].start:ws[e-1].end], placeWords); n++ {
				c := compoundAfter(ws, e+1, hi)
				if c == e+1 || c >= hi || utf8.RuneCountInString(r.s[ws[k].start:ws[c-1].end]) > maxSubjectRunes {
					break
				}
				if isParticle(ws[c], "を", "が", "は") {
					b = c
					break
				}
				e = c
			}
			if b < hi && isParticle(ws[b], "を", "が", "は") {
				if isSkipped(r.s[ws[k].start:ws[b-1].end]) {
					return phraseSpan{} // 42.3%、目標値は: a label of the next figure
				}
				return phraseSpan{start: ws[k].start, end: ws[b-1].end}
			}
			if b+2 < hi && functionalVerb(ws, b+1) {
				k = b + 3 // 年2回、保護者に向けて説明会を: whom it is for, then what
				continue
			}
			if b < hi && ws[b].pos[0] == "助詞" && inList(ws[b].surface, compoundParticles) {
				k = b + 1 // 年4回、地域に対して出前講座を (に対して is one word to the dictionary)
				continue
			}
			if ws[b-1].pos[1] == "サ変接続" && b < hi && isParticle(ws[b], "の") {
				k = b // 月1回開催の…: the act, then what it is about
				continue
			}
			return phraseSpan{}
		default:
			return phraseSpan{}
		}
	}
	return phraseSpan{}
}

// quoted returns the text inside the bracket opening at word k, when it
// closes within maxSubjectRunes.
func quoted(s string, ws []word, k, hi int) phraseSpan {
	for j := k + 1; j < hi; j++ {
		if ws[j].surface == "」" || ws[j].surface == "』" {
			if j == k+1 || utf8.RuneCountInString(s[ws[k+1].start:ws[j-1].end]) > maxSubjectRunes {
				return phraseSpan{}
			}
			return phraseSpan{start: ws[k+1].start, end: ws[j-1].end}
		}
	}
	return phraseSpan{}
}

// isChangeWord reports whether text is one of the change words (向上,
// 削減 …): after の it is the act, not what is measured (20%の向上).
func isChangeWord(text string) bool {
	for _, cw := range changeWords {
		if text == cw.word {
			return true
		}
	}
	return false
}

// referenceLevels name a level a figure is compared with (全国平均の29.1%
// the national average): a figure after one measures that level, not what
// the figure before it measures.
var referenceLevels = []string{"全国平均", "県平均", "全国", "国", "県"}

// sibling tells how a figure without a subject of its own stands to the
// target before it.
type sibling int

const (
	notSibling sibling = iota
	// listedSibling: only times, particles and commas stand between
	// (令和7年度に120人、令和10年度には180人まで養成): the same phrase, the
	// same act.
	listedSibling
	// laterSibling: a predicate stands between, but the figure is of the
	// same kind and unit and nothing else is named (接続率は98%に達しており、
	// 今後も98%以上を維持): the same phrase, another act.
	laterSibling
)

// siblingOf reads the words between the target before (prev) and m, from
// lo, to tell whether m measures what prev does.
func (r *recognizer) siblingOf(cl *clause, prev, m *match, lo int) sibling {
	if prev.t.Subject == "" {
		return notSibling
	}
	ws := cl.words
	k, _ := wordRange(ws, lo, lo+1)
	verbs := false
	for k < len(ws) && ws[k].start < m.start {
		w := ws[k]
		switch {
		case isBlank(w), w.is("記号", "読点"), w.pos[0] == "副詞", w.pos[1] == "数":
			k++
		case w.pos[0] == "助詞":
			if isParticle(w, "を", "が") {
				return notSibling // a new object: 10人を、…
			}
			if copulaAt(ws, k) {
				verbs = true // 32.4%で、: the first figure's clause ends there
			}
			k++
		case w.pos[0] == "動詞" || w.pos[0] == "助動詞":
			verbs = true
			k++
		case w.is("名詞", "サ変接続") && k+1 < len(ws) && ws[k+1].pos[0] == "動詞" && ws[k].end == ws[k+1].start:
			verbs = true // 180団体から増加し、現在は245団体: a verbal noun made a verb
			k += 2
		case isNominal(w) || w.is("名詞", "非自立"):
			b := k + 1
			for b < len(ws) && ws[b].start < m.start && isNominal(ws[b]) {
				b++ // 令和10年度: numerals included
			}
			if text := r.s[ws[k].start:ws[b-1].end]; !isDate(ws, k, b-1) && !isSkipped(text) || inList(text, referenceLevels) {
				return notSibling
			}
			k = b
		default:
			return notSibling
		}
	}
	if !verbs {
		return listedSibling
	}
	if prev.t.Kind == m.t.Kind && prev.t.Unit == m.t.Unit {
		return laterSibling
	}
	return notSibling
}

// copulaAt reports whether word k is で closing a clause before a 、, as
// the copula does after a figure (高齢化率は32.4%で、…).
func copulaAt(ws []word, k int) bool {
	return ws[k].surface == "で" && (ws[k].pos[0] == "助詞" || ws[k].pos[0] == "助動詞") && k+1 < len(ws) && ws[k+1].is("記号", "読点")
}
