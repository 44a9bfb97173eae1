package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/policygoal/policygoal/goal"
)

// lightVerbs carry no meaning of their own after a verbal noun: in
// 「10%の削減を図る」 (to aim at a 10 % cut) the act is 削減する.
var lightVerbs = []string{"図る", "目指す", "行う", "努める", "取り組む"}

// lightVerbAfter reports whether the particle at word k (を or に) is
// followed by a light verb: the verbal noun before it is the act.
func (r *recognizer) lightVerbAfter(ws []word, k, hi int) bool {
	return k+1 < hi && isParticle(ws[k], "を", "に") && ws[k+1].pos[0] == "動詞" && inList(r.lemma(ws[k+1].surface), lightVerbs)
}

// aimNouns are the verbal nouns whose object is a level (達成 reaching,
// 維持 keeping, 確保 securing, 実現 realizing): after a quantity and の
// (60%の達成に向けて) they are the act, not what is measured.
var aimNouns = []string{"達成", "維持", "確保", "実現"}

// ratioWords are the ratios stated as verbal nouns: 倍増 (doubling), 半減 (halving).
var ratioWords = []string{"倍増", "半減"}

// goalWords after a quantity name it as the goal (90%以上を目標とする):
// no act follows.
var goalWords = []string{"目標", "目標値", "目途", "目安"}

// suruForms are the forms of する (to do) the tokenizer returns as a word.
var suruForms = []string{"する", "し", "さ", "せ", "すれ", "しろ", "せよ"}

// actionOf reads the verb or verbal noun the quantity from start to end
// governs, in dictionary form: a change word inside the target (3%削減 →
// 削減する), else the first predicate after it, passing particles, a 、 and
// the phrases that are its objects (年間20回以上の健康講座を開催し →
// 開催する; 30件に増やします → 増やす). "" when the clause has none (a
// quantity that ends its clause, or one in brackets after the sentence).
func (r *recognizer) actionOf(cl *clause, start, end, hi int) string {
	ws := cl.words
	first, after := wordRange(ws, start, end)
	for k := first; k < after; k++ {
		w := ws[k]
		if w.pos[0] == "名詞" && (isChangeWord(w.surface) || inList(w.surface, ratioWords)) && w.surface != "増" && w.surface != "減" {
			return w.surface + "する" // 3%削減, 倍増
		}
		if w.pos[0] == "動詞" {
			if l := r.lemma(w.surface); isChangeWord(l) || startsWithChangeWord(w.surface) {
				return l // 30件に増やす, 8%に引き上げ; not を超える, a comparator
			}
		}
	}
	hiK := len(ws)
	for hiK > 0 && ws[hiK-1].start >= hi {
		hiK--
	}
	if after < hiK && copulaAt(ws, after) && first > 0 && isParticle(ws[first-1], "は", "が") {
		return "" // 高齢化率は32.4%で、…: stated, and the sentence goes on to another act
	}
	commas := 0
	for k, steps := after, 0; k < hiK && steps < 12; steps++ {
		w := ws[k]
		switch {
		case isBlank(w), w.pos[0] == "助詞", w.pos[0] == "副詞", w.pos[0] == "連体詞", w.is("名詞", "非自立"):
			k++
		case w.is("記号", "読点"):
			if commas++; commas > 2 {
				return ""
			}
			k++
		case w.surface == "「" || w.surface == "『":
			// 「役に立った」と答える: a quotation is what is said, not the act.
			j := k + 1
			for j < hiK && j-k <= 16 && ws[j].surface != "」" && ws[j].surface != "』" {
				j++
			}
			if j >= hiK || j-k > 16 {
				return ""
			}
			k = j + 1
		case w.pos[0] == "動詞" && functionalVerb(ws, k):
			k += 2 // 保護者に向けて説明会を開く: に向けて is a particle, not the act
		case w.pos[0] == "動詞":
			if stemVerbsThenNoun(ws, k, hiK) {
				k = compoundAfter(ws, k, hiK) // 読み聞かせ会を開催: a noun, not the act
				continue
			}
			if relativeVerb(ws, k, hiK) {
				k++ // シティセールスに係る取組状況を確認する: 係る modifies a noun
				continue
			}
			return r.lemmaAt(ws, k)
		case isNominal(w) && w.pos[1] != "数":
			b := compoundAfter(ws, k, hiK)
			if b == k {
				return ""
			}
			if text := r.s[ws[k].start:ws[b-1].end]; isSkipped(text) && !inList(text, goalWords) {
				k = b // 累計 48 件 　 累計 100 件: a manner word of the next figure
				continue
			}
			if k == after+1 && isParticle(ws[after], "の") && b == k+1 && inList(ws[k].surface, aimNouns) {
				return ws[k].surface + "する" // 60%の達成に向けて
			}
			if k == after+1 && isParticle(ws[after], "の") && b > k+1 {
				k = b // 年間20回以上の健康相談: the subject, not the act
				continue
			}
			last := ws[b-1]
			verbal := last.is("名詞", "サ変接続")
			next := b
			for next < hiK && isBlank(ws[next]) {
				next++
			}
			if next < hiK && ws[next].pos[0] == "助詞" {
				p := ws[next].surface
				switch {
				case verbal && k == after && p == "の":
					return last.surface + "する" // 月1回開催の会議
				case verbal && b == k+1 && r.lightVerbAfter(ws, next, hiK):
					return last.surface + "する" // 10%の削減を図る, ベスト10以内の維持に努める
				}
				if inList(r.s[ws[k].start:last.end], goalWords) && (p == "と" || p == "に") {
					return "" // 90%以上を目標とする: a target is named, nothing is done
				}
				k = next // an object or a place: 健康講座を, 各地区で
				continue
			}
			if verbal {
				return last.surface + "する" // 月1回開催し, 12回開催。
			}
			return ""
		default:
			return ""
		}
	}
	return ""
}

// godanEndings maps the last kana of a godan verb's continuative form to
// its dictionary ending: 増やし → 増やす, 図り → 図る, 行い → 行う.
var godanEndings = map[rune]string{
	'い': "う", 'き': "く", 'ぎ': "ぐ", 'し': "す", 'ち': "つ", 'に': "ぬ", 'び': "ぶ", 'み': "む", 'り': "る",
	'わ': "う", 'か': "く", 'が': "ぐ", 'さ': "す", 'た': "つ", 'な': "ぬ", 'ば': "ぶ", 'ま': "む", 'ら': "る",
}

// lemma gives the dictionary form of a verb as the tokenizer cut it. The
// shrunk dictionary carries no base forms, so the form is rebuilt from the
// last kana and checked against the dictionary: 広げ → 広げる (e-row:
// ichidan), 増やし → 増やす (godan) unless that is no verb (用い → 用いる).
func (r *recognizer) lemma(surface string) string {
	if inList(surface, suruForms) {
		return "する"
	}
	last, size := utf8.DecodeLastRuneInString(surface)
	stem := surface[:len(surface)-size]
	switch last {
	case 'う', 'く', 'ぐ', 'す', 'つ', 'ぬ', 'ぶ', 'む', 'る':
		return surface
	case 'っ':
		for _, e := range []string{"る", "う", "つ"} {
			if isVerb(stem + e) {
				return stem + e
			}
		}
		return stem + "る"
	case 'ん':
		for _, e := range []string{"む", "ぶ", "ぬ"} {
			if isVerb(stem + e) {
				return stem + e
			}
		}
		return stem + "む"
	}
	if last == 'し' && utf8.RuneCountInString(stem) == 1 && isKanji(lastRune(stem)) && isVerb(stem+"する") {
		return stem + "する" // 達し → 達する, not the literary 達す
	}
	if e, ok := godanEndings[last]; ok {
		if g := stem + e; isVerb(g) {
			return g
		}
		if isVerb(surface + "る") {
			return surface + "る"
		}
		return stem + e
	}
	return surface + "る" // 高め → 高める, 抑え → 抑える, 見 → 見る
}

// functionalVerbs, with the particle before them and て after, make a
// compound particle (に向けて towards, に対して to, について about, によって
// by, において at, に関して concerning, にとって for, として as, を通じて
// through) that links a phrase, never the act a target counts.
var functionalVerbs = []struct{ particle, verb string }{
	{"に", "向け"}, {"に", "対し"}, {"に", "つい"}, {"に", "よっ"}, {"に", "おい"}, {"に", "関し"}, {"に", "とっ"},
	{"と", "し"}, {"を", "通じ"}, {"を", "通し"}, {"に", "際し"}, {"に", "応じ"},
}

// functionalVerb reports whether the verb at word k is part of a compound
// particle: after its particle and before て.
func functionalVerb(ws []word, k int) bool {
	if k == 0 || k+1 >= len(ws) || ws[k+1].surface != "て" {
		return false
	}
	for _, f := range functionalVerbs {
		if ws[k].surface == f.verb && ws[k-1].surface == f.particle {
			return true
		}
	}
	return false
}

// lemmaAt gives the dictionary form of the verb at word k, reading the word
// after it too: before て or た a stem in い is the euphonic form of a く
// verb (出向いて → 出向く, not 出向う), before で or だ of a ぐ verb (泳いで).
func (r *recognizer) lemmaAt(ws []word, k int) string {
	surface := ws[k].surface
	if stem, ok := strings.CutSuffix(surface, "い"); ok && stem != "" && k+1 < len(ws) {
		switch ws[k+1].surface {
		case "て", "た", "ている", "ています":
			if isVerb(stem + "く") {
				return stem + "く"
			}
		case "で", "だ":
			if isVerb(stem + "ぐ") {
				return stem + "ぐ"
			}
		}
	}
	return r.lemma(surface)
}

// isVerb reports whether the dictionary reads s as one verb.
func isVerb(s string) bool {
	tok, err := sharedTokenizer()
	if err != nil {
		return false
	}
	ts := tok.Analyze(s, tokenizer.Normal)
	return len(ts) == 1 && ts[0].Surface == s && ts[0].Class == tokenizer.KNOWN && len(ts[0].POS()) > 0 && ts[0].POS()[0] == "動詞"
}

// nominalizers after a verb make it a noun without modifying one: 抑える
// ことを目標とする (to aim at keeping it down), 開催するため. The verb is the act.
var nominalizers = []string{"こと", "ため"}

// relativeVerb reports whether the verb at word k closes a relative clause:
// it is followed, directly or after た, by a noun it modifies (撮影した動画,
// シティセールスに係る取組状況).
func relativeVerb(ws []word, k, hi int) bool {
	j := k + 1
	if j < hi && ws[j].pos[0] == "助動詞" && ws[j].surface == "た" {
		j++
	}
	return j < hi && isNominal(ws[j]) && ws[j].pos[0] != "接頭詞" || j < hi && ws[j].is("名詞", "非自立") && !inList(ws[j].surface, nominalizers)
}

// startsWithChangeWord reports whether a verb begins with a change word of
// more than one character: 引き上げる, 増やし.
func startsWithChangeWord(verb string) bool {
	for _, cw := range changeWords {
		if utf8.RuneCountInString(cw.word) > 1 && strings.HasPrefix(verb, cw.word) {
			return true
		}
	}
	return false
}

// changeOfVerb is the change a verb states when it begins with a change
// word of more than one character (増やす, 減らす, 引き上げる, 削減する), or
// ChangeUnset.
func changeOfVerb(verb string) goal.Change {
	for _, cw := range changeWords {
		if utf8.RuneCountInString(cw.word) > 1 && strings.HasPrefix(verb, cw.word) {
			return cw.change
		}
	}
	return goal.ChangeUnset
}
