package load

import (
	"errors"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pageWant is what a user checks in an organization page.
type pageWant struct {
	unit, headTitle, headName string
	updated                   string
	sections                  []string // words
	items                     map[string]int
	plans                     []string
	tel, fax                  string // of the contact unit
}

var pageTests = []struct {
	name string
	in   string
	want pageWant
}{
	{
		name: "head title on its own line, photo caption, name below; telephone and fax on one line",
		in: "福祉局の経営方針（令和6年度）\n更新日：2024年5月1日更新\n\n福祉局長\n（写真）\n高橋 直子\n\n局の使命\n安心して暮らせるまちを実現します。\n\n" +
			"このページに関するお問い合わせ\n福祉局 福祉政策課\n電話：06-1234-5678　ファックス：06-1234-5679\n",
		want: pageWant{unit: "福祉局", headTitle: "福祉局長", headName: "高橋 直子", updated: "2024-05-01", sections: []string{"使命"}, items: map[string]int{},
			plans: []string{}, tel: "06-1234-5678", fax: "06-1234-5679"},
	},
	{
		name: "施策の柱 and 3つの柱 are headings of measures",
		in:   "令和6年度 南区運営方針\n南区長 木村 健\n\n施策の柱\n・安全安心\n・子育て\n\n3つの柱\n・環境\n",
		want: pageWant{unit: "南区", headTitle: "南区長", headName: "木村 健", sections: []string{"重点施策", "重点施策"},
			items: map[string]int{"重点施策": 1}, plans: []string{}},
	},
	{
		name: "a head title with no name after it is unread, not a head",
		in:   "福祉局の経営方針（令和6年度）\n福祉局長\n\n局の使命\n安心して暮らせるまちを実現します。\n",
		want: pageWant{unit: "福祉局", sections: []string{"使命"}, items: map[string]int{}, plans: []string{}},
	},
	{
		name: "ward policy: unit from the title, head line, update date inside a line",
		in:   "令和5年度 緑ヶ丘区運営方針\n記事番号：0004417 更新日：2023年4月28日更新\n緑ヶ丘区長 田中 一郎\n\n使命\n安全で住みよいまちをつくります。\n\n重点取組\n1. 防災力の向上\n2. 子育て支援の充実\n3. 地域のにぎわいづくり\n\n「緑ヶ丘区地域福祉計画」に基づき取り組みます。\n",
		want: pageWant{unit: "緑ヶ丘区", headTitle: "緑ヶ丘区長", headName: "田中 一郎", updated: "2023-04-28",
			sections: []string{"使命", "重点取組"}, items: map[string]int{"重点取組": 3}, plans: []string{"緑ヶ丘区地域福祉計画"}},
	},
	{
		name: "chief's policy: unit and head title from the title",
		in:   "環境局長 経営方針\n更新日：2024年4月1日\n\nミッション\n脱炭素に取り組みます。\n\n重点施策\n(1) 太陽光発電設備を10施設に導入します。\n(2) 協力店を50店舗以上に広げます。\n\n『地球温暖化対策実行計画』の達成をめざします。\nAdobe社との連携を月1回行います。\n",
		want: pageWant{unit: "環境局", headTitle: "環境局長", updated: "2024-04-01",
			sections: []string{"使命", "重点施策"}, items: map[string]int{"重点施策": 2}, plans: []string{"地球温暖化対策実行計画"}},
	},
	{
		name: "unit in brackets, no head",
		in:   "部局経営目標【建設部】\n更新日:2024年6月3日更新\n(1) 部局の役割・使命（ミッション）\n・道路を適切に維持管理します。\n(2) 今年度の重点\n・橋りょうの点検を40橋で実施します。\n・側溝整備を延長1,500メートル行います。\n",
		want: pageWant{unit: "建設部", updated: "2024-06-03",
			sections: []string{"使命", "今年度の重点"}, items: map[string]int{"使命": 1, "今年度の重点": 2}, plans: []string{}},
	},
	{
		name: "photo caption before the head, page title after",
		in:   "局長の写真\n健康福祉局長 佐藤 花子\n健康福祉局の運営方針\n\n基本理念\n健やかに暮らせるまちをめざします。\n\n今年度の重点\n・がん検診の受診率を50%以上にします。\n",
		want: pageWant{unit: "健康福祉局", headTitle: "健康福祉局長", headName: "佐藤 花子",
			sections: []string{"基本理念", "今年度の重点"}, items: map[string]int{"今年度の重点": 1}, plans: []string{}},
	},
	{
		name: "greeting with the head, vision, related plans in a field, update date at the end",
		in:   "令和6年度 東部区運営方針\n区長あいさつ\n東部区長　森田 健\n区民の皆さまと進めます。\n１　区の将来像\n　住み続けたいまち\n２　重点施策\n　（１）地域防災力の強化\n　（２）子育て世代への支援\n関連計画：東部区地域福祉保健計画（第4期）\n最終更新日：2024年4月1日\n",
		want: pageWant{unit: "東部区", headTitle: "東部区長", headName: "森田 健", updated: "2024-04-01",
			sections: []string{"あいさつ", "基本理念", "重点施策", "関連計画"}, items: map[string]int{"重点施策": 2}, plans: []string{"東部区地域福祉保健計画（第4期）"}},
	},
	{
		name: "a bracketed second title names the unit more fully",
		in:   "振興局経営目標\n更新日:2021年5月18日更新\n令和3年度 部局経営目標（山里振興局）\n(1)部局の役割・使命（ミッション）\n  • 地域の防災力を高めます。\n",
		want: pageWant{unit: "山里振興局", updated: "2021-05-18", sections: []string{"使命"}, items: map[string]int{"使命": 1}, plans: []string{}},
	},
	{
		name: "a head line before the title that names the unit",
		in:   "区長　山田 花子\n北区の運営方針\n使命\n子育てしやすいまちをつくります。\n",
		want: pageWant{unit: "北区", headTitle: "区長", headName: "山田 花子", sections: []string{"使命"}, items: map[string]int{}, plans: []string{}},
	},
	{
		name: "a greeting heading is no head's name",
		in:   "市長 あいさつ\n北区の運営方針\n使命\nまちをつくります。\n",
		want: pageWant{unit: "北区", sections: []string{"あいさつ", "使命"}, items: map[string]int{}, plans: []string{}},
	},
	{
		name: "numbered section headings, 主要な取組, the title printed after the sections",
		in:   "第1 区の将来像\n　みどりと笑顔があふれるまち\n第2 主要な取組\n　1 防災・減災の推進\n　2 子育て支援\n北山区運営方針（令和6年度）\n",
		want: pageWant{unit: "北山区", sections: []string{"基本理念", "主な取組"}, items: map[string]int{"主な取組": 2}, plans: []string{}},
	},
	{
		name: "no update date, no head: those stay empty",
		in:   "市民協働部の目標と取組\n目標\n協働のまちをつくります。\n主な取組\n・登録団体数を300団体以上にします。\n",
		want: pageWant{unit: "市民協働部", sections: []string{"目標", "主な取組"}, items: map[string]int{"主な取組": 1}, plans: []string{}},
	},
	{
		name: "a photo caption marker before the head is no part of a name; a year line and a title printed twice",
		in:   "（写真）消防局長 川村 誠\n令和6年度\n消防局 経営方針\n消防局 経営方針\n使命\n市民の生命を守ります。\n",
		want: pageWant{unit: "消防局", headTitle: "消防局長", headName: "川村 誠", sections: []string{"使命"}, items: map[string]int{}, plans: []string{}},
	},
	{
		name: "caption forms ［写真］ and 写真：",
		in:   "［写真］港湾局長 大野 正\n港湾局の運営方針\n使命\n港をまもります。\n",
		want: pageWant{unit: "港湾局", headTitle: "港湾局長", headName: "大野 正", sections: []string{"使命"}, items: map[string]int{}, plans: []string{}},
	},
	{
		name: "plans listed as bullets under a related-plans heading, no systems or files",
		in:   "森林部の運営方針\n使命\n森を育てます。\n\n関連する個別計画\n・北山市森林整備計画\n・木材利用促進方針（PDF：320KB）\n・森林環境譲与税基金制度\n・森林整備計画概要.pdf\n\n「北山市環境基本計画」とも連携します。\n",
		want: pageWant{unit: "森林部", sections: []string{"使命", "関連計画"}, items: map[string]int{"関連計画": 4},
			plans: []string{"北山市森林整備計画", "木材利用促進方針", "北山市環境基本計画"}},
	},
	{
		name: "a short heading ending in a section word over prose (…の考え方, …方針, …取組)",
		in:   "令和6年度 南区運営方針\n使命\n住みよいまちをつくります。\n\n区運営の基本的な考え方\n区民の声を聞き、区で解決します。\n\n防災に関する方針\n自助と共助を広げます。\n\n地域とともに進める取組\n見守り活動を支えます。\n",
		want: pageWant{unit: "南区", sections: []string{"使命", "運営方針", "経営方針", "主な取組"}, items: map[string]int{}, plans: []string{}},
	},
}

func TestLoadPage(t *testing.T) {
	for _, tt := range pageTests {
		t.Run(tt.name, func(t *testing.T) {
			pg, err := LoadPage(strings.NewReader(tt.in))
			require.NoError(t, err)
			require.NotNil(t, pg.Organization)
			assert.Equal(t, tt.want.unit, pg.Organization.Name, "unit")
			assert.Equal(t, tt.want.headTitle, pg.Organization.Head.Title, "head title")
			assert.Equal(t, tt.want.headName, pg.Organization.Head.Name, "head name")
			assert.Equal(t, tt.want.updated, pg.Updated.String(), "updated")
			var words []string
			items := map[string]int{}
			for _, s := range pg.Sections {
				words = append(words, s.Word)
				if len(s.Items) > 0 {
					items[s.Word] = len(s.Items)
				}
			}
			assert.Equal(t, tt.want.sections, words, "sections")
			assert.Equal(t, tt.want.items, items, "items")
			assert.Equal(t, tt.want.plans, pg.Plans, "plans")
			var tel, fax string
			if pg.ContactUnit != nil {
				tel, fax = pg.ContactUnit.Contact.Telephone, pg.ContactUnit.Contact.Fax
			}
			assert.Equal(t, tt.want.tel, tel, "telephone")
			assert.Equal(t, tt.want.fax, fax, "fax")
			for _, u := range pg.Unread {
				assert.NotContains(t, u.Text, "更新日", "the update line is read")
			}
			if strings.Contains(tt.in, "Adobe社との連携") {
				found := false
				for _, s := range pg.Sections {
					for _, p := range s.Paragraphs {
						found = found || strings.Contains(p, "Adobe社との連携")
					}
				}
				for _, u := range pg.Unread {
					found = found || strings.Contains(u.Text, "Adobe社との連携")
				}
				assert.True(t, found, "a content line with a furniture word is not lost")
			}
		})
	}
}

func TestLoadPageErrors(t *testing.T) {
	_, err := LoadPage(strings.NewReader("こんにちは。\n"))
	assert.True(t, errors.Is(err, parse.ErrNoContent), "%v", err)
}

// TestLoadPageFrontAndProse checks what the rows above do not: the title
// with its year line, and the heading and prose of sections found by their
// endings.
func TestLoadPageFrontAndProse(t *testing.T) {
	pg, err := LoadPage(strings.NewReader("（写真）消防局長 川村 誠\n令和6年度\n消防局 経営方針\n消防局 経営方針\n使命\n市民の生命を守ります。\n"))
	require.NoError(t, err)
	assert.Equal(t, "令和6年度 消防局 経営方針", pg.Title)
	assert.Empty(t, pg.Unread)

	pg, err = LoadPage(strings.NewReader("令和6年度 南区運営方針\n使命\n住みよいまちをつくります。\n\n区運営の基本的な考え方\n区民の声を聞き、区で解決します。\n続けて対話を重ねます。\n"))
	require.NoError(t, err)
	require.Len(t, pg.Sections, 2)
	assert.Equal(t, Section{Word: "運営方針", Heading: "区運営の基本的な考え方", Paragraphs: []string{"区民の声を聞き、区で解決します。続けて対話を重ねます。"},
		Items: []string{}, Line: 5}, pg.Sections[1])
	assert.Empty(t, pg.Unread)

	// a year line above no title is unread, not lost
	pg, err = LoadPage(strings.NewReader("令和6年度\n使命\n住みよいまちをつくります。\n"))
	require.NoError(t, err)
	require.Len(t, pg.Unread, 1)
	assert.Equal(t, "令和6年度", pg.Unread[0].Text)
}

func TestLoadPageHeadTitleWithoutName(t *testing.T) {
	pg, err := LoadPage(strings.NewReader("福祉局の経営方針（令和6年度）\n福祉局長\n\n局の使命\n安心して暮らせるまちを実現します。\n"))
	require.NoError(t, err)
	require.Len(t, pg.Unread, 1)
	assert.Equal(t, "福祉局長", pg.Unread[0].Text)
	assert.Equal(t, 2, pg.Unread[0].Line)
}
