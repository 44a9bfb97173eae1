package parse_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadOrganizationPageSakai(t *testing.T) {
	pg, err := newParser(t).LoadOrganizationPage(bytes.NewReader(readTestdata(t, "sakai_mayors_office_page.txt")))
	require.NoError(t, err)
	o := pg.Organization
	require.NotNil(t, o)
	assert.Equal(t, "市長公室", o.Name)
	assert.Equal(t, goal.OrgOffice, o.Kind)
	assert.Equal(t, goal.Head{Title: "市長公室長", Name: "森 功一"}, o.Head)
	assert.Equal(t, goal.Date{Year: 2022, Month: 9, Day: 12, Precision: goal.PrecisionDay}, pg.Updated)
	assert.Len(t, pg.Policies, 3)
	assert.Len(t, pg.Reforms, 4)
	assert.Equal(t, "基本計画KPI達成に向けた進行管理サイクルの試行、KPI寄与度に基づく事業再編", pg.Reforms[0])
	assert.Len(t, pg.FocusAreas, 6)
	assert.Equal(t, []string{"堺市基本計画2025", "堺市公民連携ガイドライン", "堺スマートシティ戦略", "堺市広報戦略"}, pg.Plans)
	require.NotNil(t, pg.ContactUnit)
	assert.Equal(t, []string{"市長公室", "秘書部", "秘書課"}, pg.ContactUnit.Path())
	assert.Same(t, o, pg.ContactUnit.Parent.Parent, "the contact path hangs under the page's unit")
	assert.Equal(t, goal.Contact{Telephone: "072-228-7401", Fax: "072-222-8441", PostalCode: "590-0078",
		Address: "堺市堺区南瓦町3番1号 堺市役所本館4階"}, pg.ContactUnit.Contact)
	assert.Empty(t, pg.Unread)
	for _, s := range append(append(pg.Policies, pg.FocusAreas...), pg.Reforms...) {
		assert.NotContains(t, s, "Adobe")
		assert.NotContains(t, s, "本文ここ")
	}
}

func TestGoldenSakai(t *testing.T) {
	pg, err := newParser(t).LoadOrganizationPage(bytes.NewReader(readTestdata(t, "sakai_mayors_office_page.txt")))
	require.NoError(t, err)
	checkGolden(t, "sakai_mayors_office_page.json", pg)
}

var orgPageTests = []struct {
	name     string
	in       string
	org      string
	head     goal.Head
	updated  string
	policies []string
	reforms  []string
	focus    []string
	plans    []string
	path     []string
	contact  goal.Contact
	unread   []string
	errIs    error
}{
	{
		name: "head without photo alt text, full-width space",
		in:   "本文ここから\n総務局\n更新日：2023年4月1日\n総務局長　山田 太郎\n",
		org:  "総務局", head: goal.Head{Title: "総務局長", Name: "山田 太郎"}, updated: "2023-04-01",
	},
	{
		name: "era update date",
		in:   "西区役所\n更新日:令和5年4月12日\n",
		org:  "西区役所", updated: "2023-04-12",
	},
	{
		name: "unreadable date kept as text",
		in:   "西区役所\n更新日:近日\n",
		org:  "西区役所",
	},
	{
		name:     "sections, wrapped reform, plan names",
		in:       "財政局\n\nこのような考え方で組織を運営します\n\n 「第2期財政運営方針」に基づき運営します。\n 続けます。\n\n別の段落です。\n\nこのように行財政改革に取り組みます\n\n・一つ目の改革、\n続き\n・二つ目\n\n今年度は特に以下のことについて重点的に取り組みます\n\n「SDGs貢献メニュー」と『さかい未来プラン2030』を進めます。\n",
		org:      "財政局",
		policies: []string{"「第2期財政運営方針」に基づき運営します。続けます。", "別の段落です。"},
		reforms:  []string{"一つ目の改革、続き", "二つ目"},
		focus:    []string{"「SDGs貢献メニュー」と『さかい未来プラン2030』を進めます。"},
		plans:    []string{"第2期財政運営方針", "さかい未来プラン2030"},
	},
	{
		name:    "contact under another root, e-mail",
		in:      "市長公室\n\nこのページの作成担当\n\n総務局 人事部\nTEL：06-1234-5678\nメール：jinji@example.jp\n〒590-0078　堺市堺区\nよくわからない行\n",
		org:     "市長公室",
		path:    []string{"総務局", "人事部"},
		contact: goal.Contact{Telephone: "06-1234-5678", Email: "jinji@example.jp", PostalCode: "590-0078", Address: "堺市堺区"},
		unread:  []string{"よくわからない行"},
	},
	{
		name:  "only furniture",
		in:    "このページの先頭です\n本文ここから\n本文ここまで\n",
		errIs: parse.ErrNoContent,
	},
	{
		name:  "invalid bytes",
		in:    "市長公室\xff\n",
		errIs: parse.ErrEncoding,
	},
}

func TestLoadOrganizationPage(t *testing.T) {
	p := newParser(t)
	for _, tt := range orgPageTests {
		t.Run(tt.name, func(t *testing.T) {
			pg, err := p.LoadOrganizationPage(strings.NewReader(tt.in), parse.WithEncoding(parse.EncodingUTF8))
			if tt.errIs != nil {
				assert.ErrorIs(t, err, tt.errIs)
				assert.Nil(t, pg.Organization)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.org, pg.Organization.Name)
			assert.Equal(t, tt.head, pg.Organization.Head)
			assert.Equal(t, tt.updated, pg.Updated.String())
			assert.Equal(t, tt.policies, pg.Policies)
			assert.Equal(t, tt.reforms, pg.Reforms)
			assert.Equal(t, tt.focus, pg.FocusAreas)
			assert.Equal(t, tt.plans, pg.Plans)
			assert.Equal(t, tt.unread, pg.Unread)
			if tt.path != nil {
				require.NotNil(t, pg.ContactUnit)
				assert.Equal(t, tt.path, pg.ContactUnit.Path())
				assert.Equal(t, tt.contact, pg.ContactUnit.Contact)
			}
		})
	}
}

func ExampleParser_LoadOrganizationPage() {
	p, _ := parse.New()
	page := "本文ここから\n市長公室\n更新日:2022年9月12日\n室長の写真市長公室長 森 功一\n\n" +
		"このページの作成担当\n市長公室 秘書部 秘書課\n電話番号:072-228-7401\n"
	pg, err := p.LoadOrganizationPage(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pg.Organization.Name, pg.Organization.Kind, pg.Organization.Head.Title, pg.Organization.Head.Name)
	fmt.Println(pg.Updated)
	fmt.Println(pg.ContactUnit.Path(), pg.ContactUnit.Contact.Telephone)
	// Output:
	// 市長公室 室 市長公室長 森 功一
	// 2022-09-12
	// [市長公室 秘書部 秘書課] 072-228-7401
}
