package kpi

// Stage is where an indicator sits in the logic model (ロジックモデル): what
// is put in, what is done, what is produced, what changes, and the final
// effect on society.
type Stage uint8

// The stages. The zero value, StageUnset, means "not stated".
const (
	StageUnset    Stage = iota
	StageInput          // インプット: resources put in (budget, staff)
	StageActivity       // 活動, アクティビティ: what is done (sessions held)
	StageOutput         // アウトプット: what is produced (participants, facilities)
	StageOutcome        // アウトカム, 成果: the change sought (share of residents who …)
	StageImpact         // インパクト, 最終アウトカム: the long-term effect on society
)

var stageNames = []string{"", "input", "activity", "output", "outcome", "impact"}

// String returns the lowercase name used in JSON ("outcome", …).
func (s Stage) String() string { return enumName("Stage", stageNames, uint8(s)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (s Stage) MarshalText() ([]byte, error) { return enumMarshal("Stage", stageNames, uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is StageUnset.
func (s *Stage) UnmarshalText(text []byte) error {
	return enumUnmarshal(s, "Stage", stageNames, text)
}
