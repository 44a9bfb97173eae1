package goal

// Meeting is the summary (結果概要) of a council or management meeting,
// such as Saitama City's 都市経営戦略会議 (urban management strategy
// meeting): when and where it met, who attended, what was proposed, the
// opinions and answers, and the result. Texts are as written in the source
// (full-width digits stay full-width); numbers and dates are read into the
// typed fields. Zero fields are unknown.
type Meeting struct {
	// Title is the heading without its mark: 令和２年度第５回（第３０５回）
	// 都市経営戦略会議結果概要.
	Title string `json:"title"`
	// Body is the name of the meeting body: 都市経営戦略会議.
	Body string `json:"body,omitempty"`
	// FiscalYear is the 年度 the meeting belongs to (令和２年度 → 2020).
	FiscalYear FiscalYear `json:"fiscal_year,omitzero"`
	// Session is the meeting's number within its fiscal year (第５回 → 5);
	// Overall the number counted since the body's first meeting
	// (（第３０５回） → 305).
	Session int `json:"session,omitempty"`
	Overall int `json:"overall,omitempty"`
	// Date is the day it met; Start and End the time range
	// (午後３時５０分～午後４時３０分 → 15:50, 16:30).
	Date      Date      `json:"date,omitzero"`
	Start     ClockTime `json:"start,omitzero"`
	End       ClockTime `json:"end,omitzero"`
	Place     string    `json:"place,omitempty"`
	Attendees []string  `json:"attendees"`
	// Agenda are the items discussed (議題).
	Agenda   []string `json:"agenda"`
	Proposal Proposal `json:"proposal"`
	// Opinions are the opinions members gave (意見等), each with the
	// answers (→) that followed it.
	Opinions []Opinion `json:"opinions"`
	// Result is the conclusion as written (結果); Outcome what it decided.
	Result  string         `json:"result,omitempty"`
	Outcome MeetingOutcome `json:"outcome,omitempty"`
	// Materials are the documents handed out (会議資料).
	Materials []string `json:"materials"`
}

// Proposal is the explanation of the matter put to the meeting (提案説明).
type Proposal struct {
	// Presenter is who explained it (市長公室, the Mayor's Office); empty
	// when the summary does not say.
	Presenter string `json:"presenter,omitempty"`
	// Summary is the introduction before the points.
	Summary string  `json:"summary,omitempty"`
	Points  []Point `json:"points"`
}

// Point is one ・ point of a proposal, with its numbered sub-items
// (①, ②, …) when it has any.
type Point struct {
	Text  string   `json:"text"`
	Items []string `json:"items,omitempty"`
}

// Opinion is an opinion given at the meeting and the answers to it (lines
// starting with →).
type Opinion struct {
	Text    string   `json:"text"`
	Answers []string `json:"answers,omitempty"`
}

// MeetingOutcome is what a meeting decided on the proposal.
type MeetingOutcome uint8

// The outcomes. The zero value, OutcomeUnset, means the summary does not
// say or says something else.
const (
	OutcomeUnset           MeetingOutcome = iota
	OutcomeApproved                       // 原案のとおり了承: approved as proposed
	OutcomeApprovedAmended                // 修正のうえ了承: approved with changes
	OutcomeContinued                      // 継続審議: to be discussed again
	OutcomeNoted                          // 報告のとおり, 了知: a report, taken note of
)

var outcomeNames = []string{"", "approved", "approved_amended", "continued", "noted"}

// String returns the lowercase name used in JSON ("approved", …).
func (o MeetingOutcome) String() string { return enumName("MeetingOutcome", outcomeNames, uint8(o)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (o MeetingOutcome) MarshalText() ([]byte, error) {
	return enumMarshal("MeetingOutcome", outcomeNames, uint8(o))
}

// UnmarshalText implements encoding.TextUnmarshaler; "" is OutcomeUnset.
func (o *MeetingOutcome) UnmarshalText(text []byte) error {
	return enumUnmarshal(o, "MeetingOutcome", outcomeNames, text)
}
