package goal

import (
	"encoding/json"
	"fmt"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// DateKind says what a DateMention names.
type DateKind uint8

// The kinds of date mention. The zero value, DateKindUnset, means "not
// known".
const (
	DateKindUnset      DateKind = iota
	DateKindDate                // a calendar date: 2022年9月12日, 令和4年6月, 2030年
	DateKindFiscalYear          // a fiscal year (年度): 令和6年度, 2030年度
)

var dateKindNames = []string{"", "date", "fiscal_year"}

// String returns the lowercase name used in JSON ("date", "fiscal_year").
func (k DateKind) String() string { return enumName("DateKind", dateKindNames, uint8(k)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (k DateKind) MarshalText() ([]byte, error) {
	return enumMarshal("DateKind", dateKindNames, uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler; "" is DateKindUnset.
func (k *DateKind) UnmarshalText(text []byte) error {
	return enumUnmarshal(k, "DateKind", dateKindNames, text)
}

// DateMention is one date or fiscal year found in text, with where it was.
//
// A range written as one expression — 令和3～7年度 (FY2021 to FY2025), a
// decade 昭和40年代 (the 1965–1974 decade of 昭和40–49年) — is one mention
// whose Date or FiscalYear is the first and whose Through is the last.
// Ranges whose both ends are written out in full (令和3年度～令和7年度) are
// two mentions.
type DateMention struct {
	Kind DateKind
	// Date is the date when Kind is DateKindDate; zero otherwise.
	Date Date
	// FiscalYear is the fiscal year when Kind is DateKindFiscalYear; zero
	// otherwise.
	FiscalYear FiscalYear
	// ThroughDate and ThroughFiscalYear end a range (see above): set, and
	// later than Date / FiscalYear, only for a range or decade.
	ThroughDate       Date
	ThroughFiscalYear FiscalYear
	Text              string // exactly input[Span.Start:Span.End]
	Span              Span
}

// Value is the mention's value in the JSON form: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD" for a date, "YYYY" for a fiscal year; "" when unset.
func (m DateMention) Value() string { return m.jsonForm(m.Date, m.FiscalYear) }

// Through is the end of a range in the JSON form, "" for a single date.
func (m DateMention) Through() string { return m.jsonForm(m.ThroughDate, m.ThroughFiscalYear) }

// jsonForm is the JSON form of the date d or of the fiscal year fy,
// whichever the mention's kind says it holds; "" when that one is unset.
func (m DateMention) jsonForm(d Date, fy FiscalYear) string {
	switch m.Kind {
	case DateKindDate:
		return d.String()
	case DateKindFiscalYear:
		if fy.Valid() {
			return fmt.Sprintf("%04d", int(fy))
		}
	}
	return ""
}

// LastFiscalYear is the fiscal year in which the mention ends: the
// fiscal year itself (or the range's last), or for a date the fiscal year of
// its last day (2030年 → FY2030, 2030年3月 → FY2029). Deadlines
// (令和7年度までに) are read with it. 0 when unset.
func (m DateMention) LastFiscalYear() FiscalYear {
	switch m.Kind {
	case DateKindFiscalYear:
		if m.ThroughFiscalYear != 0 {
			return m.ThroughFiscalYear
		}
		return m.FiscalYear
	case DateKindDate:
		d := m.Date
		if !m.ThroughDate.IsZero() {
			d = m.ThroughDate
		}
		fy, _ := d.Last().FiscalYear()
		return fy
	}
	return 0
}

// dateMentionJSON is the public JSON form documented in the README.
type dateMentionJSON struct {
	Kind    DateKind `json:"kind"`
	Value   string   `json:"value"`
	Through string   `json:"through,omitempty"`
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

// MarshalJSON writes {"kind":"date"|"fiscal_year","value":…,"through"?:…,
// "text":…,"start":…,"end":…}: value is "YYYY", "YYYY-MM" or "YYYY-MM-DD"
// for a date and "YYYY" for a fiscal year; through, in the same form, only
// for a range or decade. An unset kind or an invalid value is an error.
func (m DateMention) MarshalJSON() ([]byte, error) {
	if err := m.validate(); err != nil {
		return nil, err
	}
	return json.Marshal(dateMentionJSON{
		Kind: m.Kind, Value: m.Value(), Through: m.Through(), Text: m.Text,
		Start: m.Span.Start, End: m.Span.End,
	})
}

func (m DateMention) validate() error {
	switch m.Kind {
	case DateKindDate:
		if err := m.Date.Validate(); err != nil {
			return err
		}
		if !m.ThroughDate.IsZero() {
			return m.ThroughDate.Validate()
		}
	case DateKindFiscalYear:
		if !m.FiscalYear.Valid() || m.ThroughFiscalYear != 0 && !m.ThroughFiscalYear.Valid() {
			return fmt.Errorf("goal: invalid fiscal year %d", int(m.FiscalYear))
		}
	default:
		return fmt.Errorf("goal: cannot marshal DateMention of kind %s", m.Kind)
	}
	return nil
}

// UnmarshalJSON reads the form MarshalJSON writes. Anything else — an
// unknown field, a through not after value, a span that ends before it
// starts — is a *JSONError wrapping ErrInvalidJSON that names the field.
func (m *DateMention) UnmarshalJSON(data []byte) error {
	var j dateMentionJSON
	if err := decodeStrict(data, &j, "DateMention"); err != nil {
		return err
	}
	if err := checkSpan("DateMention", j.Start, j.End); err != nil {
		return err
	}
	v := DateMention{Kind: j.Kind, Text: j.Text, Span: Span{Start: j.Start, End: j.End}}
	switch j.Kind {
	case DateKindDate:
		d, err := ParseDate(j.Value)
		if err != nil {
			return err
		}
		v.Date = d
		if j.Through != "" {
			if v.ThroughDate, err = ParseDate(j.Through); err != nil {
				return err
			}
			if v.ThroughDate.Compare(v.Date) <= 0 {
				return &JSONError{Type: "DateMention", Field: "through", Reason: "not after value"}
			}
		}
	case DateKindFiscalYear:
		// Value writes a fiscal year as four digits ("2021", "0999").
		fy, err := fourDigitYear(j.Value)
		if err != nil {
			return &JSONError{Type: "DateMention", Field: "value", Reason: err.Error()}
		}
		v.FiscalYear = fy
		if j.Through != "" {
			if v.ThroughFiscalYear, err = fourDigitYear(j.Through); err != nil {
				return &JSONError{Type: "DateMention", Field: "through", Reason: err.Error()}
			}
			if v.ThroughFiscalYear <= v.FiscalYear {
				return &JSONError{Type: "DateMention", Field: "through", Reason: "not after value"}
			}
		}
	default:
		return fmt.Errorf("goal: date mention without a kind")
	}
	*m = v
	return nil
}

// fourDigitYear reads a fiscal year as DateMention.Value writes it: four
// ASCII digits, 0001 to 9999.
func fourDigitYear(s string) (FiscalYear, error) {
	d, err := ParseDate(s)
	if err != nil || d.Precision != PrecisionYear {
		return 0, fmt.Errorf("want a fiscal year as four digits, not %s", excerpt.Quote(s))
	}
	return FiscalYear(d.Year), nil
}
