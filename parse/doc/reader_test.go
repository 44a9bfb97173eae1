package doc_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/parse/doc"
)

// render shows every field of a block a user reads, one line per block.
func render(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		var s string
		switch b.Kind {
		case doc.Heading:
			s = fmt.Sprintf("H%d %s|%s|%s", b.Level, b.Style, b.Number, b.Title)
			if b.Subtitle != "" {
				s += "//" + b.Subtitle
			}
			if b.Word != "" {
				s += "{" + b.Word + "}"
			}
		case doc.Bullet:
			s = "B " + b.Marker + "|" + b.Text
		case doc.Paragraph:
			s = "P " + b.Text
			if b.Continued {
				s += " (cont)"
			}
		case doc.Field:
			s = "F " + b.Label + "(" + b.LabelText + ")=" + b.Value
		case doc.Table:
			var rows []string
			for _, r := range b.Rows {
				var cs []string
				for _, c := range r.Cells {
					cs = append(cs, c.Text)
				}
				h := ""
				if r.Header {
					h = "*"
				}
				rows = append(rows, h+strings.Join(cs, ","))
			}
			s = "T " + strings.Join(rows, " / ")
		case doc.TOC:
			var es []string
			for _, e := range b.Entries {
				m := ""
				if e.Matched {
					m = "+"
				}
				es = append(es, fmt.Sprintf("%d:%s%s p%d%s", e.Level, e.Number, e.Title, e.Page, m))
			}
			s = "C " + strings.Join(es, " / ")
		}
		out = append(out, fmt.Sprintf("%d %s", b.Line, s))
	}
	for _, f := range d.Furniture {
		out = append(out, fmt.Sprintf("%d furniture %s", d.Line(f.Start), d.Source[f.Start:f.End]))
	}
	for _, u := range d.Unread {
		out = append(out, fmt.Sprintf("%d unread %s", d.Line(u.Start), d.Source[u.Start:u.End]))
	}
	return out
}

var readTests = []struct {
	name string
	in   string
	want []string
}{
	{"a page converted to Markdown: heading marks and link lines are furniture, the text after the marks is read as any line",
		"[本文へ](#main)\n# 緑川市環境計画\n[印刷](#) [X](#)\n## 第2章　施策\n### 1　脱炭素\n#### (1)　省エネ\n- ・住宅の断熱を支援します。\n#### 【成果指標】\n| 指標 | 現状値 |\n|---|---|\n| 削減率 | 10% |\n[ページの先頭へ](#top)\n",
		[]string{"2 P 緑川市環境計画", "4 H1 第N章|第2章|施策{施策}", "5 H2 N|1|脱炭素", "6 H3 (N)|(1)|省エネ",
			"7 B - ・|住宅の断熱を支援します。", "8 H4 word||成果指標{成果指標}", "9 T *指標,現状値 / 削減率,10%",
			"1 furniture [本文へ](#main)", "2 furniture #", "3 furniture [印刷](#) [X](#)", "4 furniture ##",
			"5 furniture ###", "6 furniture ####", "8 furniture ####", "12 furniture [ページの先頭へ](#top)"}},
	{"a box-drawn table: the lines between two rules are one row, cells joined by line",
		"┌────┬──────┐\n│会議名│第2回 審議会│\n├────┼──────┤\n│    │開会 午後2時│\n│日　時│令和7年5月1日│\n│    │閉会 午後3時│\n└────┴──────┘\n",
		[]string{"1 T 会議名,第2回審議会 / 日\u3000時,開会午後2時\n令和7年5月1日\n閉会午後3時"}},
	{"lines between verticals without rules are rows of their own",
		"│ a │ b │\n│ c │ d │\n",
		[]string{"1 T a,b / c,d"}},
	{"run-together e-book line: composite and bracketed numbers set off by spaces open headings; a line opening with 3-2 is no page number",
		"第3章 分野別計画 3-1 子育て 3-1-1 妊娠期からの支援 不安を抱える家庭が増えており、相談体制を強化します。\n3-2 健康 (1) 健診の受診 受診率が伸び悩んでおり、受診勧奨を強化します。\n",
		[]string{"1 H1 第N章|第3章|分野別計画", "1 H2 N-N|3-1|子育て", "1 H3 N-N-N|3-1-1|妊娠期からの支援", "1 P 不安を抱える家庭が増えており、相談体制を強化します。",
			"2 H2 N-N|3-2|健康", "2 H3 (N)|(1)|健診の受診", "2 P 受診率が伸び悩んでおり、受診勧奨を強化します。"}},
	{"a figure between spaces in a line that opens with no heading stays in the sentence",
		"受診率は 3-2 ポイント上がりました。\n",
		[]string{"1 P 受診率は 3-2ポイント上がりました。"}},
	{"quoted CSV cells: the text inside the quotes",
		"\"部局名\",\"目標\"\n\"総務部\",\"研修を年2回\"\n",
		[]string{"1 T 部局名,目標 / 総務部,研修を年2回"}},
	{"a labelled line over a lone unit number is not its title",
		"課長：山辺 孝之\n\n重点目標1\n研修を開きます。\n",
		[]string{"1 P 課長：山辺孝之", "3 H1 重点目標N|重点目標1|", "4 P 研修を開きます。"}},
	{"page controls with their choices and a skip link are furniture; a control's name before prose is not",
		"本文へスキップ\n文字サイズ 標準 拡大\n背景色 白 黒 青\n文字サイズの変更方法を説明します。\n",
		[]string{"4 P 文字サイズの変更方法を説明します。", "1 furniture 本文へスキップ", "2 furniture 文字サイズ 標準 拡大", "3 furniture 背景色 白 黒 青"}},
	{"a title glued to its first sentence ends after a title end (の充実, づくり, につなげる); a clause going on (ため、) is no break",
		"(1) 子育て相談の充実共働き世帯が増え、相談の時間帯を広げる必要があります。\n(2) 通学路の安全を守るため、危険箇所を改修します。\n",
		[]string{"1 H1 (N)|(1)|子育て相談の充実", "1 P 共働き世帯が増え、相談の時間帯を広げる必要があります。", "2 B (2)|通学路の安全を守るため、危険箇所を改修します。"}},
	{"a block word inside a tab row's cell (重点取組) cuts nothing",
		"項目\t内容\n重点取組\t健診を勧めます。\n",
		[]string{"1 T *項目,内容 / 重点取組,健診を勧めます。"}},
	{"a breadcrumb with ≫ is furniture",
		"トップ ≫ 組織 ≫ 消防長あいさつ\n■基本方針\n",
		[]string{"2 H1 word||基本方針{基本方針}", "1 furniture トップ ≫ 組織 ≫ 消防長あいさつ"}},
	{"half-width katakana with voiced marks fold as one letter each (ﾍﾟ is ペ): ﾍﾟｰｼﾞの先頭へ is furniture",
		"■ﾌﾟﾛｼﾞｪｸﾄ\n本文です。\nﾍﾟｰｼﾞの先頭へ\n",
		[]string{"1 H1 ■||ﾌﾟﾛｼﾞｪｸﾄ", "2 P 本文です。", "3 furniture ﾍﾟｰｼﾞの先頭へ"}},
	{"no Markdown heading: a mark without a space, seven marks; a lone mark is furniture",
		"#1 のまち\n# \n####### 七つ\n#タグ 文\n",
		[]string{"1 P #1のまち", "3 P #### 七つ#タグ文", "2 furniture #"}},
	{"official order 第1 → 1 → (1) → ア",
		"第1 総則\n1 目的\n(1) 趣旨\nア 対象\nイ 範囲\n(2) 定義\n2 期間\n第2 計画\n",
		[]string{"1 H1 第N|第1|総則", "2 H2 N|1|目的", "3 H3 (N)|(1)|趣旨", "4 H4 ア|ア|対象", "5 H4 ア|イ|範囲",
			"6 H3 (N)|(2)|定義", "7 H2 N|2|期間", "8 H1 第N|第2|計画"}},
	{"first appearance decides: (1) straight under a chapter, ① under it",
		"第１章　総論\n（１）計画の目的\n①背景\n②目的\n（２）計画の期間\n第２章　各論\n（１）子育て\n",
		[]string{"1 H1 第N章|第１章|総論", "2 H2 (N)|（１）|計画の目的", "3 H3 ①|①|背景", "4 H3 ①|②|目的",
			"5 H2 (N)|（２）|計画の期間", "6 H1 第N章|第２章|各論", "7 H2 (N)|（１）|子育て"}},
	{"plan units, kanji numerals, spaced numbers",
		"第一編 基本構想\n第 1 章 まちづくり\n第１節 子育て\n第二編 基本計画\n",
		[]string{"1 H1 第N編|第一編|基本構想", "2 H2 第N章|第 1 章|まちづくり", "3 H3 第N節|第１節|子育て", "4 H1 第N編|第二編|基本計画"}},
	{"plan words and composite numbers",
		"基本目標1 安心して暮らせるまち\n施策1-1 防災力の強化\n1-1-1 自主防災組織の育成\n施策1-2 防犯\n基本目標2 活力あるまち\n",
		[]string{"1 H1 基本目標N|基本目標1|安心して暮らせるまち", "2 H2 施策N-N|施策1-1|防災力の強化",
			"3 H3 N-N-N|1-1-1|自主防災組織の育成", "4 H2 施策N-N|施策1-2|防犯", "5 H1 基本目標N|基本目標2|活力あるまち"}},
	{"other marks: Ⅰ, 〔1〕, 【1】, (ア), a, (a)",
		"Ⅰ 計画の概要\n〔1〕 目的\n【1】 趣旨\n(ア) 対象\na 市民\n(a) 個人\nⅡ 計画の内容\n",
		[]string{"1 H1 Ⅰ|Ⅰ|計画の概要", "2 H2 〔N〕|〔1〕|目的", "3 H3 【N】|【1】|趣旨", "4 H4 (ア)|(ア)|対象",
			"5 H5 a|a|市民", "6 H6 (a)|(a)|個人", "7 H1 Ⅰ|Ⅱ|計画の内容"}},
	{"block words under a section, numbered items beside 施策展開 (a worded block owns no numbered heading)",
		"第1節 協働\n現状と課題\n●課題があります。\n施策展開\n1 情報共有\n❖情報を共有します。\n2 連携\n【成果指標】\n",
		[]string{"1 H1 第N節|第1節|協働", "2 H2 word||現状と課題{現状と課題}", "3 B ●|課題があります。",
			"4 H2 word||施策展開{施策展開}", "5 H2 N|1|情報共有", "6 B ❖|情報を共有します。", "7 H2 N|2|連携",
			"8 H3 word||成果指標{成果指標}"}},
	{"a block word after a numbered list and its text closes the list",
		"政策１－１　防災力の強化\n（１）自主防災組織の育成\n①　訓練を支援します。\n（２）避難所の充実\n　備蓄品を更新します。\n【主な指標】\n政策１－２　防犯対策\n",
		[]string{"1 H1 政策N-N|政策１－１|防災力の強化", "2 H2 (N)|（１）|自主防災組織の育成", "3 B ①|訓練を支援します。",
			"4 H2 (N)|（２）|避難所の充実", "5 P 備蓄品を更新します。", "6 H2 word||主な指標", "7 H1 政策N-N|政策１－２|防犯対策"}},
	{"numbered sentence is a bullet, not a heading; a row of figures is no heading",
		"1 計画の目的\n(1) 市は、子育て支援を充実します。\n(2) 市民満足度 42.5% 50.0%\n",
		[]string{"1 H1 N|1|計画の目的", "2 B (1)|市は、子育て支援を充実します。", "3 B (2)|市民満足度 42.5% 50.0%"}},
	{"continuations: ideographic space, unfinished line, across a page number",
		"●市民と行政の役割分担を明確にして\n　協働を進めます。\n本市は引き続き\n取り組みます。\n●施策を進めるために\n\n- 12 -\n\n　必要な財源を確保します。\n",
		[]string{"1 B ●|市民と行政の役割分担を明確にして協働を進めます。", "3 P 本市は引き続き取り組みます。",
			"5 B ●|施策を進めるために必要な財源を確保します。", "7 furniture - 12 -"}},
	{"continuation across headings is marked",
		"2 組織体制の構築\n❖市民の声を踏まえ、経営資源を配分するなど\n3 人材育成\n　に取り組みます。\n",
		[]string{"1 H1 N|2|組織体制の構築", "2 B ❖|市民の声を踏まえ、経営資源を配分するなど", "3 H1 N|3|人材育成", "4 P に取り組みます。 (cont)"}},
	{"repeats collapsed, in-word spaces removed",
		"基本目標1基本目標1基本目標1 安心なまち\n現状と課題現状と課題\n住みやす い まちの人口は4,512 人 で、0. 4 7% 増えました。\n",
		[]string{"1 H1 基本目標N|基本目標1|安心なまち", "2 H2 word||現状と課題{現状と課題}", "3 P 住みやすいまちの人口は4,512人で、0.47%増えました。"}},
	{"run-together e-book page",
		"12第3次みらい市総合計画第2章 くらし1.子育て支援現状と課題▶共働き世帯が増えています。▶待機児童の解消が課題です。施策の方向▶保育所を整備します。\n",
		[]string{"1 P 第3次みらい市総合計画", "1 H1 第N章|第2章|くらし", "1 H2 N.|1.|子育て支援", "1 H3 word||現状と課題{現状と課題}",
			"1 B ▶|共働き世帯が増えています。", "1 B ▶|待機児童の解消が課題です。", "1 H3 word||施策の方向{施策の方向}",
			"1 B ▶|保育所を整備します。", "1 furniture 12"}},
	{"run-together page: page number, running title, repeated plan-word heading, block word with a note",
		"7みなと市総合戦略基本目標2 ひとをよぶ基本目標2 ひとをよぶ1.移住の促進現状と課題▶転入が減っています。重要業績評価指標（KPI）転入者数 120人 200人\n",
		[]string{"1 P みなと市総合戦略", "1 H1 基本目標N|基本目標2|ひとをよぶ", "1 H2 N.|1.|移住の促進", "1 H3 word||現状と課題{現状と課題}",
			"1 B ▶|転入が減っています。", "1 H3 word||重要業績評価指標（KPI）{重要業績評価指標（KPI）}", "1 P 転入者数 120人 200人", "1 furniture 7"}},
	{"fields",
		"【日時】令和6年5月10日\n場所：市役所本庁舎\n開催日時\n令和6年6月1日\n1 議題 予算について\n",
		[]string{"1 F 日時(日時)=令和6年5月10日", "2 F 場所(場所)=市役所本庁舎", "3 F 日時(開催日時)=令和6年6月1日",
			"5 F 議題(議題)=予算について"}},
	{"furniture and unread",
		"ホーム > 組織から探す > 企画課\nページの先頭へ\nページID 1234\n■■■■■■\n1 目的\n",
		[]string{"5 H1 N|1|目的", "1 furniture ホーム > 組織から探す > 企画課", "2 furniture ページの先頭へ",
			"3 furniture ページID 1234", "4 unread ■■■■■■"}},
	{"tables: tab, pipe, csv",
		"指標名\t現状値\t目標値\n市民満足度\t42%\t50%\n\n| 指標 | 現状値 | 目標値 |\n|---|---|---|\n| 訓練参加者 | 1,200人 | 2,000人 |\n\n名称,現状,目標\n図書貸出,3000,3500\n",
		[]string{"1 T *指標名,現状値,目標値 / 市民満足度,42%,50%", "4 T *指標,現状値,目標値 / 訓練参加者,1,200人,2,000人",
			"8 T *名称,現状,目標 / 図書貸出,3000,3500"}},
	{"tables: header words then rows, one line, one cell per line",
		"指標名 単位 現状値 目標値\n避難訓練の実施地区数 地区 12 30\n\n成果指標 現状値 目標値 市民満足度 42% 50% 年間来訪者数 412万人 500万人\n\n指標名\n現状値\n目標値\n図書の貸出冊数\n3,000冊\n3,500冊\n",
		[]string{"1 T *指標名,単位,現状値,目標値 / 避難訓練の実施地区数,地区,12,30",
			"4 T *成果指標,現状値,目標値 / 市民満足度,42%,50% / 年間来訪者数,412万人,500万人",
			"6 T *指標名,現状値,目標値 / 図書の貸出冊数,3,000冊,3,500冊"}},
	{"tables: aligned columns, a header of labels over figures",
		"指標名　　　　　　現状値　　目標値\n市民満足度　　　　42%　　　50%\n\n区分  令和5年度  令和6年度\n相談件数  120  140\n訪問件数  80  90\n",
		[]string{"1 T *指標名,現状値,目標値 / 市民満足度,42%,50%", "4 T *区分,令和5年度,令和6年度 / 相談件数,120,140 / 訪問件数,80,90"}},
	{"table of contents with glued page numbers and dot leaders",
		"目次\n計画の策定にあたって3\n第1章 総論……5\n第2章 各論……12\n\n第1章 総論\n本計画は市の最上位計画です。\n",
		[]string{"1 C 1:計画の策定にあたって p3 / 1:第1章総論 p5+ / 1:第2章各論 p12", "6 H1 第N章|第1章|総論", "7 P 本計画は市の最上位計画です。"}},
	{"a table of contents on one line, dot leaders",
		"目 次 Ⅰ 計画の趣旨 1.策定にあたって・・・・・・1 2.計画期間・・・・・1 Ⅱ 施設の状況 1.建物の状況・・・・・3 (1)延床面積・・・・・3\n",
		[]string{"1 C 1:Ⅰ計画の趣旨 p0 / 2:1.策定にあたって p1 / 2:2.計画期間 p1 / 1:Ⅱ施設の状況 p0 / 2:1.建物の状況 p3 / 3:(1)延床面積 p3"}},
	{"chapter number alone: title above, title below with English subtitle",
		"市民と行政の協働\n協働による都市づくり\n\n第 1 章\n\n◉協働を進めます。\n",
		[]string{"4 H1 第N章|第 1 章|市民と行政の協働//協働による都市づくり", "6 B ◉|協働を進めます。"}},
	{"short title line before a sentence",
		"(1) 広報・DX\n\n広報\n\n情報発信により関心を高めます。\n\n- ・伝わる広報を進めます。\n",
		[]string{"1 H1 (N)|(1)|広報・DX", "3 H2 title||広報", "5 P 情報発信により関心を高めます。", "7 B - ・|伝わる広報を進めます。"}},
	{"a heading and its first sentence on one line are split",
		"1 計画の目的 この計画は、本市の教育の目指す姿を示すものです。\n2 計画の期間\n",
		[]string{"1 H1 N|1|計画の目的", "1 P この計画は、本市の教育の目指す姿を示すものです。", "2 H1 N|2|計画の期間"}},
	{"numbers glued to their title; quantities are not numbers",
		"1子育て支援\n3市1町で連携します。\n2教育の充実\n",
		[]string{"1 H1 N|1|子育て支援", "2 P 3市1町で連携します。", "3 H1 N|2|教育の充実"}},
	{"a marked short line is a heading unless it is an item of a list or a broken sentence",
		"■子育て支援の充実\n●保育所を整備します。\n■教育\n■文化\n●図書館を改修するために\n　予算を確保します。\n成果指標（KPI）\n",
		[]string{"1 H1 ■||子育て支援の充実", "2 B ●|保育所を整備します。", "3 B ■|教育", "4 B ■|文化",
			"5 B ●|図書館を改修するために予算を確保します。", "7 H2 word||成果指標（KPI）{成果指標}"}},
	{"running headers with page numbers are furniture, not headings",
		"第2章 基本計画\n1 子育て\n1 市民満足度 42%\n23 第2章 基本計画\n第2章 基本計画24\n2 教育\n",
		[]string{"1 H1 第N章|第2章|基本計画", "2 H2 N|1|子育て", "3 B 1|市民満足度 42%", "6 H2 N|2|教育",
			"4 furniture 23", "4 furniture 第2章 基本計画", "5 furniture 第2章 基本計画24"}},
	{"a short line that starts a block is a title even without blank lines; a broken sentence line is not",
		"背景及び策定趣旨\n市政改革の取組期間の終了後も、区政運営を進めることが求められている。\n本市は引き続き\n取り組みます。\nこの記事に関するお問い合わせ先\n市民局区政課\n",
		[]string{"1 H1 title||背景及び策定趣旨", "2 P 市政改革の取組期間の終了後も、区政運営を進めることが求められている。", "3 P 本市は引き続き取り組みます。",
			"5 furniture この記事に関するお問い合わせ先", "6 furniture 市民局区政課"}},
	{"a number alone on its line takes the title below it; with none it is furniture",
		"1 計画の概要\n(1)\n計画の目的\n本文です。\n①\n\n(2)\n",
		[]string{"1 H1 N|1|計画の概要", "2 H2 (N)|(1)|計画の目的", "4 P 本文です。", "5 furniture ①", "7 furniture (2)"}},
	{"double-spaced extraction: a line starting mid-sentence after a blank line goes on; a fragment is no heading",
		"市長から次のよう\n\nな説明があった。\n④手引にて体制等が整備され\n\n含まないこととする。\n",
		[]string{"1 P 市長から次のような説明があった。", "4 B ④|手引にて体制等が整備され", "6 P 含まないこととする。"}},
	{"short name lines one per line are items, not one wrapped paragraph",
		"主な関連計画\n子ども・子育て支援事業計画\n健康増進計画\n地域福祉計画\n",
		[]string{"1 P 主な関連計画", "2 P 子ども・子育て支援事業計画", "3 P 健康増進計画", "4 P 地域福祉計画"}},
	// block words in brackets on their own line are worded headings
	{"block word in round brackets alone on a line is a heading, its title unbracketed",
		"（現状と課題）\n・空き店舗が増えています。\n(主な取組)\n●出店を支援します。\n",
		[]string{"1 H1 word||現状と課題{現状と課題}", "2 B ・|空き店舗が増えています。", "3 H1 word||主な取組{主な取組}",
			"4 B ●|出店を支援します。"}},
	{"block words in 【】 and 〔〕 and with a bracketed note, each a heading",
		"【数値目標】\n転入者数 300人 360人\n〔施策の方向〕\n空き家を活用します。\n重要業績評価指標（KPI）\n",
		[]string{"1 H1 word||数値目標{数値目標}", "2 P 転入者数 300人 360人", "3 H1 word||施策の方向{施策の方向}",
			"4 P 空き家を活用します。", "5 H1 word||重要業績評価指標（KPI）{重要業績評価指標（KPI）}"}},
	{"a round-bracketed sentence or note is no block word",
		"（現状と課題を踏まえて見直します。）\n",
		[]string{"1 P （現状と課題を踏まえて見直します。）"}},
	{"an indented paragraph after a bracketed block word is its text, not a continuation of the text above",
		"施策2-1　子育て支援\n（現状と課題）\n　相談窓口の認知度は低く、\n利用は伸びていません。\n",
		[]string{"1 H1 施策N-N|施策2-1|子育て支援", "2 H2 word||現状と課題{現状と課題}", "3 P 相談窓口の認知度は低く、利用は伸びていません。"}},
	{"an indented line right below a worded heading starts its text even after an unfinished statement and with a particle",
		"●公園の遊具を順に更新し\n（現状と課題）\n　のびのびと遊べる場所が足りません。\n",
		[]string{"1 B ●|公園の遊具を順に更新し", "2 H1 word||現状と課題{現状と課題}", "3 P のびのびと遊べる場所が足りません。"}},
	// worded block headings never own numbered headings
	{"strategy layout: plan-word headings beside the worded blocks, each block under the nearest numbered heading",
		"基本目標1　しごとをつくる\n【数値目標】\n| 指標 | 基準値 | 目標値 |\n| 新規就業者数 | 40人 | 80人 |\n施策1-1　起業支援\n（現状と課題）\n" +
			"・起業の相談が増えています。\n（主な取組）\n●相談会を開きます。\n重要業績評価指標（KPI）\n| 指標 | 基準値 | 目標値 |\n| 起業件数 | 5件 | 12件 |\n" +
			"施策1-2　人材確保\n（主な取組）\n●合同説明会を開きます。\n基本目標2　ひとをよぶ\n",
		[]string{"1 H1 基本目標N|基本目標1|しごとをつくる", "2 H2 word||数値目標{数値目標}", "3 T *指標,基準値,目標値 / 新規就業者数,40人,80人",
			"5 H2 施策N-N|施策1-1|起業支援", "6 H3 word||現状と課題{現状と課題}", "7 B ・|起業の相談が増えています。",
			"8 H3 word||主な取組{主な取組}", "9 B ●|相談会を開きます。", "10 H3 word||重要業績評価指標（KPI）{重要業績評価指標（KPI）}",
			"11 T *指標,基準値,目標値 / 起業件数,5件,12件", "13 H2 施策N-N|施策1-2|人材確保", "14 H3 word||主な取組{主な取組}",
			"15 B ●|合同説明会を開きます。", "16 H1 基本目標N|基本目標2|ひとをよぶ"}},
	{"a plain numbered heading new after a block word and its text is the block's sibling",
		"1 健康づくり\n現状と課題\n受診率が低下しています。\n(1) 健診の受診促進\n休日健診を行います。\n",
		[]string{"1 H1 N|1|健康づくり", "2 H2 word||現状と課題{現状と課題}", "3 P 受診率が低下しています。",
			"4 H2 (N)|(1)|健診の受診促進", "5 P 休日健診を行います。"}},
	// run-together e-book pages with running titles
	{"run-together pages: running title stripped at the head and the end of a page, repeated heading collapsed, glued headings cut",
		"8みさき町環境計画（第3次）Ⅱ 施策の展開Ⅱ 施策の展開1 自然との共生(1) 里山の保全▶里山の面積は10年で5%減りました。①森林の手入れ 間伐の費用を支援します。②水辺の保全 河川の清掃を行います。みさき町環境計画（第3次）\n" +
			"9みさき町環境計画（第3次）(2) 生きものの保護▶外来種の駆除を進めます。2 資源循環(1) ごみの減量▶生ごみの堆肥化を広げます。\n" +
			"10みさき町環境計画（第3次）Ⅲ 計画の推進1 推進体制▶町民会議を年2回開きます。\n",
		[]string{"1 H1 Ⅰ|Ⅱ|施策の展開{施策の展開}", "1 H2 N|1|自然との共生", "1 H3 (N)|(1)|里山の保全", "1 B ▶|里山の面積は10年で5%減りました。",
			"1 H4 ①|①|森林の手入れ", "1 P 間伐の費用を支援します。", "1 H4 ①|②|水辺の保全", "1 P 河川の清掃を行います。",
			"2 H3 (N)|(2)|生きものの保護", "2 B ▶|外来種の駆除を進めます。", "2 H2 N|2|資源循環", "2 H3 (N)|(1)|ごみの減量",
			"2 B ▶|生ごみの堆肥化を広げます。", "3 H1 Ⅰ|Ⅲ|計画の推進", "3 H2 N|1|推進体制", "3 B ▶|町民会議を年2回開きます。",
			"1 furniture 8", "1 furniture みさき町環境計画（第3次）", "1 furniture みさき町環境計画（第3次）", "2 furniture 9",
			"2 furniture みさき町環境計画（第3次）", "3 furniture 10", "3 furniture みさき町環境計画（第3次）"}},
	{"the running title alone on the cover before the pages is the document's title, not furniture",
		"みさき町環境計画（第3次）\n8みさき町環境計画（第3次）Ⅱ 施策の展開▶里山の面積は10年で5%減りました。▶保全活動の担い手が減っています。\n" +
			"9みさき町環境計画（第3次）Ⅲ 計画の推進▶町民会議を年2回開き、施策の進み具合を点検します。\nみさき町環境計画（第3次）\n",
		[]string{"1 P みさき町環境計画（第3次）", "2 H1 Ⅰ|Ⅱ|施策の展開{施策の展開}", "2 B ▶|里山の面積は10年で5%減りました。", "2 B ▶|保全活動の担い手が減っています。",
			"3 H1 Ⅰ|Ⅲ|計画の推進", "3 B ▶|町民会議を年2回開き、施策の進み具合を点検します。",
			"2 furniture 8", "2 furniture みさき町環境計画（第3次）", "3 furniture 9", "3 furniture みさき町環境計画（第3次）", "4 furniture みさき町環境計画（第3次）"}},
	{"run-together page: figures, plan-word numbers and numbers after particles are not cut",
		"12みさき町環境計画（第3次）基本目標2 まちを守る▶令和5年4月に協定を3件結びました。▶対象は2 地区です。\n" +
			"13みさき町環境計画（第3次）施策の方向▶毎年度1回、協定の実施状況を点検して結果を公表します。\n",
		[]string{"1 H1 基本目標N|基本目標2|まちを守る", "1 B ▶|令和5年4月に協定を3件結びました。", "1 B ▶|対象は2地区です。",
			"2 H2 word||施策の方向{施策の方向}", "2 B ▶|毎年度1回、協定の実施状況を点検して結果を公表します。",
			"1 furniture 12", "1 furniture みさき町環境計画（第3次）", "2 furniture 13", "2 furniture みさき町環境計画（第3次）"}},
	{"long lines after glued numbers that share the start of a title keep it: no running title",
		"1子育て支援の充実 共働き世帯が増え、保育所の定員と病児保育の枠を見直す必要があります。\n2子育て支援の拡充 相談窓口を一つにまとめ、転入したばかりの世帯の手続を簡単にします。\n",
		[]string{"1 P 1子育て支援の充実共働き世帯が増え、保育所の定員と病児保育の枠を見直す必要があります。",
			"2 P 2子育て支援の拡充相談窓口を一つにまとめ、転入したばかりの世帯の手続を簡単にします。"}},
	{"a chapter heading shared by page lines is no running title",
		"12第2章 くらしの安全▶防災訓練を行います。\n13第2章 くらしの安全▶避難所を整えます。\n",
		[]string{"1 H1 第N章|第2章|くらしの安全", "1 B ▶|防災訓練を行います。", "2 B ▶|避難所を整えます。", "1 furniture 12", "2 furniture 13",
			"2 furniture 第2章 くらしの安全"}},
	{"CRLF and CR line ends",
		"1 目的\r\n本文です。\r2 期間\r\n",
		[]string{"1 H1 N|1|目的", "2 P 本文です。", "3 H1 N|2|期間"}},
}

func TestRead(t *testing.T) {
	r, err := doc.NewReader()
	require.NoError(t, err)
	for _, tc := range readTests {
		t.Run(tc.name, func(t *testing.T) {
			d := r.Read(tc.in)
			assert.Equal(t, tc.want, render(d))
			checkInvariants(t, d)
		})
	}
}

// checkInvariants: spans on UTF-8 boundaries inside the input; every
// non-blank byte in exactly one of a block part, furniture or unread.
func checkInvariants(t *testing.T, d *doc.Document) {
	t.Helper()
	src := d.Source
	bounds := make([]bool, len(src)+1)
	for i := 0; i < len(src); {
		bounds[i] = true
		_, w := utf8.DecodeRuneInString(src[i:])
		i += w
	}
	bounds[len(src)] = true
	boundary := func(_ string, i int) bool { return bounds[i] }
	owner := make([]int, len(src))
	mark := func(s doc.Span, what int) {
		require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(src), "span %v out of range", s)
		require.True(t, boundary(src, s.Start) && boundary(src, s.End), "span %v not on a rune boundary", s)
		for i := s.Start; i < s.End; i++ {
			if owner[i] != 0 && owner[i] != what {
				t.Fatalf("byte %d in two places", i)
			}
			owner[i] = what
		}
	}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		for _, p := range doc.BlockParts(b) {
			mark(p, i+1)
		}
		require.True(t, b.Span.Start <= b.Head.Start && b.Head.End <= b.Span.End || b.Kind != doc.Heading)
		if b.Text != "" {
			s := d.SourceSpan(b, 0, len(b.Text))
			require.True(t, b.Span.Start <= s.Start && s.End <= b.Span.End, "SourceSpan %v outside %v", s, b.Span)
		}
	}
	for _, f := range d.Furniture {
		mark(f, -1)
	}
	for _, u := range d.Unread {
		mark(u, -2)
	}
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRuneInString(src[i:])
		blank := r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' || r == '\u00a0' || r == '\v' || r == '\f'
		if !blank && owner[i] == 0 {
			t.Fatalf("byte %d (%q) in nothing", i, r)
		}
		i += w
	}
}

func TestSourceSpan(t *testing.T) {
	r, _ := doc.NewReader()
	src := "●人口は4,512 人で\n　住みやす い。\n"
	d := r.Read(src)
	require.Len(t, d.Blocks, 1)
	b := &d.Blocks[0]
	assert.Equal(t, "人口は4,512人で住みやすい。", b.Text)
	i := strings.Index(b.Text, "4,512人")
	s := d.SourceSpan(b, i, i+len("4,512人"))
	assert.Equal(t, "4,512 人", src[s.Start:s.End])
	i = strings.Index(b.Text, "で住み")
	s = d.SourceSpan(b, i, i+len("で住み"))
	assert.Equal(t, "で\n　住み", src[s.Start:s.End])
}

// TestTextMap: a block's TextMap maps its text as SourceSpan does, and
// still does once the document's blocks are gone (loaders keep the maps of
// the statements they still have to finish and let the blocks go).
func TestTextMap(t *testing.T) {
	r, _ := doc.NewReader()
	src := "●人口は4,512 人で\n　住みやす い。\n\n1 計画の目的\n"
	d := r.Read(src)
	require.Len(t, d.Blocks, 2)
	para, head := d.Blocks[0], d.Blocks[1]
	pm, hm := d.TextMap(&d.Blocks[0]), d.TextMap(&d.Blocks[1])
	d.Blocks = nil
	for _, c := range []struct {
		name      string
		m         doc.TextMap
		text, sub string
		want      string
	}{
		{"a figure with a space removed", pm, para.Text, "4,512人", "4,512 人"},
		{"across a line break and an indent", pm, para.Text, "で住み", "で\n　住み"},
		{"in-word space at the end", pm, para.Text, "住みやすい", "住みやす い"},
		{"a heading's title", hm, head.Text, "目的", "目的"},
	} {
		t.Run(c.name, func(t *testing.T) {
			i := strings.Index(c.text, c.sub)
			require.GreaterOrEqual(t, i, 0)
			s := c.m.SourceSpan(i, i+len(c.sub))
			assert.Equal(t, c.want, src[s.Start:s.End])
		})
	}
	// out of range: clamped; empty: an empty span at its place; zero map: Span{}
	assert.Equal(t, pm.SourceSpan(0, 1<<20), pm.SourceSpan(0, len(para.Text)))
	e := hm.SourceSpan(3, 3)
	assert.Equal(t, doc.Span{Start: e.Start, End: e.Start}, e)
	assert.Equal(t, doc.Span{}, doc.TextMap{}.SourceSpan(0, 5))
}

func TestLine(t *testing.T) {
	d := (&doc.Reader{}).Read("a\r\nb\rc\nd")
	_ = d
	r, _ := doc.NewReader()
	d = r.Read("a\r\nb\rc\nd")
	for _, c := range []struct{ off, line int }{{0, 1}, {1, 1}, {2, 1}, {3, 2}, {4, 2}, {5, 3}, {7, 4}, {8, 4}} {
		assert.Equal(t, c.line, d.Line(c.off), "offset %d", c.off)
	}
}

// TestReadConcurrent: one Reader shared by goroutines gives each the same
// blocks as a sequential read.
func TestReadConcurrent(t *testing.T) {
	r, err := doc.NewReader()
	require.NoError(t, err)
	want := make([][]string, len(readTests))
	for i, tc := range readTests {
		want[i] = render(r.Read(tc.in))
	}
	done := make(chan error, 16)
	for g := 0; g < 16; g++ {
		go func() {
			for i, tc := range readTests {
				if got := render(r.Read(tc.in)); strings.Join(got, "\n") != strings.Join(want[i], "\n") {
					done <- fmt.Errorf("%s differs", tc.name)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 16; g++ {
		assert.NoError(t, <-done)
	}
}

func TestNewReaderOptions(t *testing.T) {
	for _, opt := range []doc.Option{doc.WithBlockWords(""), doc.WithFurniture(" "), doc.WithLabels(doc.Label{}),
		doc.WithBulletMarkers(""), doc.WithPlanWords(doc.PlanWord{}), doc.WithTableHeaderWords("")} {
		_, err := doc.NewReader(opt)
		assert.ErrorIs(t, err, doc.ErrOption)
	}
	r, err := doc.NewReader(doc.WithBlockWords("まちの将来像"), doc.WithFurniture("広告"), doc.WithBulletMarkers("◘"),
		doc.WithPlanWords(doc.PlanWord{Word: "分野", Rank: 30}), doc.WithLabels(doc.Label{Name: "所管", Synonyms: []string{"所管部署"}}))
	require.NoError(t, err)
	d := r.Read("分野1 くらし\nまちの将来像\n◘誰もが暮らしやすいまちです。\n所管部署：企画課\n広告\n")
	assert.Equal(t, []string{"1 H1 分野N|分野1|くらし", "2 H2 word||まちの将来像{まちの将来像}", "3 B ◘|誰もが暮らしやすいまちです。",
		"4 F 所管(所管部署)=企画課", "5 furniture 広告"}, render(d))
	assert.Contains(t, doc.DefaultBlockWords(), "現状と課題")
	assert.Equal(t, "heading", doc.Heading.String())
	assert.Equal(t, "Kind(9)", doc.Kind(9).String())
}

// TestBoxCellParts: a cell of a box-drawn table spanning several lines
// keeps the pieces it came from, each its line's text.
func TestBoxCellParts(t *testing.T) {
	r, err := doc.NewReader()
	require.NoError(t, err)
	src := "├──┼────┤\n│  │開会 午後2時│\n│日時│令和7年5月1日│\n├──┼────┤\n"
	d := r.Read(src)
	require.Len(t, d.Blocks, 1)
	require.Len(t, d.Blocks[0].Rows, 1)
	cells := d.Blocks[0].Rows[0].Cells
	require.Len(t, cells, 2)
	assert.Nil(t, cells[0].Parts)
	assert.Equal(t, "日時", src[cells[0].Span.Start:cells[0].Span.End])
	require.Len(t, cells[1].Parts, 2)
	assert.Equal(t, "開会 午後2時", src[cells[1].Parts[0].Start:cells[1].Parts[0].End])
	assert.Equal(t, "令和7年5月1日", src[cells[1].Parts[1].Start:cells[1].Parts[1].End])
	assert.Equal(t, doc.Span{Start: cells[1].Parts[0].Start, End: cells[1].Parts[1].End}, cells[1].Span)
}

// TestReadOwnLabels: a label the caller gives is a field where it is also
// a block word (取組内容), may carry a note in brackets (達成状況（9月末時点）),
// and takes a value line that opens with a glued figure or a dash.
func TestReadOwnLabels(t *testing.T) {
	r, err := doc.NewReader(doc.WithLabels(doc.Label{Name: "取組内容", Synonyms: []string{"取組"}},
		doc.Label{Name: "達成状況", Synonyms: []string{"進捗状況"}}, doc.Label{Name: "目標", Synonyms: []string{"目標（指標）"}}))
	require.NoError(t, err)
	d := r.Read("取組内容\n巡回指導の実施\n達成状況（9月末時点）\n28施設で実施済み\n目標（指標）\n－（見直す）\n")
	assert.Equal(t, []string{"1 F 取組内容(取組内容)=巡回指導の実施", "3 F 達成状況(達成状況（9月末時点）)=28施設で実施済み",
		"5 F 目標(目標（指標）)=－（見直す）"}, render(d))
	checkInvariants(t, d)
	def, err := doc.NewReader()
	require.NoError(t, err)
	assert.Equal(t, []string{"1 H1 word||取組内容{取組内容}", "2 P 巡回指導の実施"}, render(def.Read("取組内容\n巡回指導の実施\n")),
		"without the caller's label 取組内容 stays a block word")
}
