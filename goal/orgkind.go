package goal

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// OrgKind is the sort of organization a name says it is, read from the
// suffix that ends the name: 総務局 is a 局 (bureau), 西区 a 区 (ward),
// 教育委員会事務局 a 事務局 (secretariat), not a 委員会 (commission).
type OrgKind uint8

// The kinds, each with the suffix that marks it. The zero value,
// OrgKindUnset, means the name ends in no known suffix.
const (
	OrgKindUnset       OrgKind = iota
	OrgHeadquarters            // 本部: headquarters (都市戦略本部)
	OrgBureau                  // 局: bureau (総務局)
	OrgSecretariat             // 事務局: secretariat of a commission (教育委員会事務局)
	OrgOffice                  // 室: office (市長公室, 出納室)
	OrgDepartment              // 部: department (区政推進部, 秘書部)
	OrgDivision                // 課: division (秘書課)
	OrgSection                 // 係: section, the smallest unit
	OrgWard                    // 区: ward of a designated city (西区)
	OrgCommission              // 委員会: administrative commission (教育委員会)
	OrgAssembly                // 議会: assembly (市議会)
	OrgCity                    // 市: city
	OrgTown                    // 町: town
	OrgVillage                 // 村: village
	OrgPrefecture              // 県: prefecture
	OrgMetropolis              // 都: metropolis (東京都)
	OrgUrbanPrefecture         // 府: urban prefecture (大阪府, 京都府)
	OrgCircuit                 // 道: circuit (北海道)
	OrgEstablishment           // 所: office or branch (事務所, 支所, 出張所, 研究所)
	OrgCenter                  // センター: centre (保健センター)
)

// orgKindLabels are the Japanese suffixes, which are also the JSON names.
var orgKindLabels = []string{"", "本部", "局", "事務局", "室", "部", "課", "係", "区", "委員会", "議会",
	"市", "町", "村", "県", "都", "府", "道", "所", "センター"}

// String returns the Japanese label ("局", "事務局"); an unset or unknown
// value prints as OrgKind(N).
func (k OrgKind) String() string {
	if int(k) < len(orgKindLabels) && k != OrgKindUnset {
		return orgKindLabels[k]
	}
	return "OrgKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the Japanese label. The zero value and unknown values
// are errors; leave an unset kind out with omitempty.
func (k OrgKind) MarshalText() ([]byte, error) {
	if k == OrgKindUnset || int(k) >= len(orgKindLabels) {
		return nil, fmt.Errorf("goal: cannot marshal %s", k)
	}
	return []byte(orgKindLabels[k]), nil
}

// UnmarshalText reads a Japanese label; "" is OrgKindUnset.
func (k *OrgKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = OrgKindUnset
		return nil
	}
	for i := 1; i < len(orgKindLabels); i++ {
		if orgKindLabels[i] == string(text) {
			*k = OrgKind(i)
			return nil
		}
	}
	return fmt.Errorf("goal: unknown OrgKind %s", excerpt.Quote(string(text)))
}

// OrgKindOf returns the kind a name ends in: the longest known suffix at the
// end of the name decides, so 教育委員会事務局 is OrgSecretariat (事務局, not
// 局), 都市戦略本部 is OrgHeadquarters (本部, not 部) and 市長公室 is
// OrgOffice. Spaces (ASCII and the ideographic U+3000) around and inside
// the name are ignored. A name with no known suffix, or that is only the
// suffix itself (局), is OrgKindUnset: a bare suffix names no organization.
func OrgKindOf(name string) OrgKind {
	name = removeSpaces(name)
	best, bestLen := OrgKindUnset, 0
	for i := 1; i < len(orgKindLabels); i++ {
		l := orgKindLabels[i]
		if len(l) > bestLen && len(name) > len(l) && strings.HasSuffix(name, l) {
			best, bestLen = OrgKind(i), len(l)
		}
	}
	return best
}

// removeSpaces drops ASCII spaces, tabs and ideographic spaces (U+3000).
func removeSpaces(s string) string {
	if !strings.ContainsAny(s, " \t\u3000") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}
