package load

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/policygoal/policygoal/parse"
)

// Kind is the kind of a municipal document. The zero value, KindUnset,
// means unknown.
type Kind uint8

// The kinds of document the loaders of this package read.
const (
	KindUnset      Kind = iota
	KindPlan            // a plan (計画) chapter: numbered headings, 現状と課題, 施策
	KindGoals           // a goal list (組織目標, 重点目標, 行動目標 …)
	KindPage            // an organization's policy page (運営方針, 経営方針 …)
	KindMeeting         // a meeting summary or minutes (会議結果, 会議録 …)
	KindIndicators      // an indicator (KPI) table (指標名, 現状値, 目標値 …)
)

const numKinds = 6

var kindNames = []string{"", "plan", "goals", "page", "meeting", "indicators"}

// String returns the name used in JSON and on the command line ("goals");
// "" for KindUnset and "Kind(N)" for an unknown value.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the name; KindUnset is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if k == KindUnset || int(k) >= len(kindNames) {
		return nil, errors.New("load: cannot marshal kind " + k.String())
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads a name written by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseKind reads a kind's name: "plan", "goals", "page", "meeting",
// "indicators" (also "goal", "meetings", "indicator"). Anything else is an
// *parse.OptionError wrapping parse.ErrOption.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "plan":
		return KindPlan, nil
	case "goals", "goal":
		return KindGoals, nil
	case "page":
		return KindPage, nil
	case "meeting", "meetings":
		return KindMeeting, nil
	case "indicators", "indicator":
		return KindIndicators, nil
	}
	return KindUnset, &parse.OptionError{Option: "kind", Reason: "unknown kind " + strconv.Quote(s)}
}

// ErrWrongKind is wrapped by the error of a loader given a document that is
// clearly of another kind.
var ErrWrongKind = errors.New("document of another kind")

// WrongKindError is the error of a loader given a document that Detect
// says is of another kind.
type WrongKindError struct {
	Want       Kind    // the kind the loader reads
	Got        Kind    // the kind the document looks like
	Confidence float64 // Detect's confidence in Got
}

func (e *WrongKindError) Error() string {
	return "load: " + ErrWrongKind.Error() + ": looks like " + e.Got.String() +
		" (confidence " + strconv.FormatFloat(e.Confidence, 'f', 2, 64) + "), not " + e.Want.String()
}

// Unwrap returns ErrWrongKind.
func (e *WrongKindError) Unwrap() error { return ErrWrongKind }

// RefuseConfidence is the confidence from which a loader refuses a
// document Detect takes for another kind.
const RefuseConfidence = 0.6

// CheckKind returns a *WrongKindError when Detect takes text for a kind
// other than want and that is clear — its confidence is at least
// RefuseConfidence, or the other kind scores at least 4 and four times as
// much as want — unless want scores at least half as much;
// nil otherwise. Loaders call it before reading.
func CheckKind(want Kind, text string) error {
	scores := scoreKinds(text)
	got, conf := best(scores)
	if got == KindUnset || got == want {
		return nil
	}
	// clear: Detect is confident, or little points to want while much
	// points to got (a plan chapter with an indicator table in it is still
	// no goal list)
	clear := conf >= RefuseConfidence || scores[got] >= 4 && 4*scores[want] <= scores[got]
	if !clear || scores[want] > 0 && scores[want] >= scores[got]/2 {
		return nil
	}
	return &WrongKindError{Want: want, Got: got, Confidence: conf}
}

// defaultParser is the parser loaders use when WithParser is not given,
// made once.
var defaultParser = sync.OnceValues(func() (*parse.Parser, error) { return parse.New() })
