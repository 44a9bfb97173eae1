package goal_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sakaiTree() *goal.Organization {
	office := goal.NewOrganization("市長公室")
	office.Head = goal.Head{Title: "市長公室長", Name: "森 功一"}
	dept := goal.NewOrganization("秘書部")
	div := goal.NewOrganization("秘書課")
	div.Contact = goal.Contact{Telephone: "072-228-7401", PostalCode: "590-0078"}
	office.AddChild(dept)
	dept.AddChild(div)
	return office
}

func TestOrganizationTree(t *testing.T) {
	office := sakaiTree()
	div, ok := office.Find("秘書課")
	require.True(t, ok)
	assert.Equal(t, []string{"市長公室", "秘書部", "秘書課"}, div.Path())
	assert.Equal(t, goal.OrgDivision, div.Kind)
	_, ok = office.Find("総務局")
	assert.False(t, ok)

	assert.False(t, div.AddChild(office), "a cycle is refused")
	assert.False(t, div.AddChild(div), "self is refused")
	assert.Nil(t, office.Parent)

	// Moving a child detaches it from its old parent.
	dept := div.Parent
	assert.True(t, office.AddChild(div))
	assert.Empty(t, dept.Children)
	assert.Len(t, office.Children, 2)
}

func TestOrganizationJSONRoundTrip(t *testing.T) {
	office := sakaiTree()
	b, err := json.Marshal(office)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"市長公室","kind":"室","head":{"title":"市長公室長","name":"森 功一"},
		"children":[{"name":"秘書部","kind":"部","parent":"市長公室",
		"children":[{"name":"秘書課","kind":"課","parent":"秘書部",
		"contact":{"telephone":"072-228-7401","postal_code":"590-0078"}}]}]}`, string(b))

	var back goal.Organization
	require.NoError(t, json.Unmarshal(b, &back))
	div, ok := back.Find("秘書課")
	require.True(t, ok)
	assert.Equal(t, []string{"市長公室", "秘書部", "秘書課"}, div.Path(), "parents relinked")
	assert.Equal(t, "590-0078", div.Contact.PostalCode)

	b2, err := json.Marshal(&back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
}

func TestOrganizationUnsetKindOmitted(t *testing.T) {
	b, err := json.Marshal(goal.Organization{Name: "CSパートナーズ"})
	require.NoError(t, err)
	assert.Equal(t, `{"name":"CSパートナーズ"}`, string(b))
}

func ExampleOrganization_Path() {
	city := goal.NewOrganization("堺市")
	office := goal.NewOrganization("市長公室")
	city.AddChild(office)
	fmt.Println(office.Path(), office.Kind)
	// Output: [堺市 市長公室] 室
}
