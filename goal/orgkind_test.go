package goal_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var orgKindTests = []struct {
	name string
	org  string
	want goal.OrgKind
}{
	{"bureau", "総務局", goal.OrgBureau},
	{"secretariat beats bureau", "教育委員会事務局", goal.OrgSecretariat},
	{"office after 公", "市長公室", goal.OrgOffice},
	{"department", "区政推進部", goal.OrgDepartment},
	{"ward", "西区", goal.OrgWard},
	{"headquarters beats department", "都市戦略本部", goal.OrgHeadquarters},
	{"commission", "教育委員会", goal.OrgCommission},
	{"division", "秘書課", goal.OrgDivision},
	{"city", "さいたま市", goal.OrgCity},
	{"metropolis", "東京都", goal.OrgMetropolis},
	{"urban prefecture", "京都府", goal.OrgUrbanPrefecture},
	{"circuit", "北海道", goal.OrgCircuit},
	{"establishment", "堺区役所", goal.OrgEstablishment},
	{"center", "保健センター", goal.OrgCenter},
	{"assembly", "さいたま市議会", goal.OrgAssembly},
	{"spaced header is no organization", "局 等", goal.OrgKindUnset},
	{"spaces inside ignored", "総 務 局", goal.OrgBureau},
	{"bare suffix", "局", goal.OrgKindUnset},
	{"no suffix", "CSパートナーズ", goal.OrgKindUnset},
	{"empty", "", goal.OrgKindUnset},
}

func TestOrgKindOf(t *testing.T) {
	for _, tt := range orgKindTests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, goal.OrgKindOf(tt.org))
		})
	}
}

func TestOrgKindText(t *testing.T) {
	for k := goal.OrgHeadquarters; k <= goal.OrgCenter; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back goal.OrgKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back, string(b))
		assert.Equal(t, string(b), k.String())
	}
	_, err := goal.OrgKindUnset.MarshalText()
	assert.Error(t, err, "unset kind has no label")
	_, err = goal.OrgKind(200).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "OrgKind(200)", goal.OrgKind(200).String())
	var k goal.OrgKind
	assert.Error(t, k.UnmarshalText([]byte("組")))
}

func ExampleOrgKindOf() {
	for _, name := range []string{"教育委員会事務局", "市長公室", "区政推進部", "西区"} {
		fmt.Println(name, goal.OrgKindOf(name))
	}
	b, _ := json.Marshal(struct {
		Kind goal.OrgKind `json:"kind"`
	}{goal.OrgSecretariat})
	fmt.Println(string(b))
	// Output:
	// 教育委員会事務局 事務局
	// 市長公室 室
	// 区政推進部 部
	// 西区 区
	// {"kind":"事務局"}
}
