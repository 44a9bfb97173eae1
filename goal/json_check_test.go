package goal

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// JSON that no MarshalJSON writes is refused, naming the field.
func TestUnmarshalJSONRejects(t *testing.T) {
	tests := []struct {
		name  string
		into  any
		json  string
		field string // "" for an error that is not a *JSONError
	}{
		{"target: max on a non-range", &Target{}, `{"kind":"count","value":1,"max":5,"cmp":"ge","text":"","start":0,"end":0}`, "max"},
		{"target: range without max", &Target{}, `{"kind":"count","value":1,"cmp":"range","text":"","start":0,"end":0}`, "max"},
		{"target: max below value", &Target{}, `{"kind":"count","value":9,"max":5,"cmp":"range","text":"","start":0,"end":0}`, "max"},
		{"target: interval 1", &Target{}, `{"kind":"frequency","value":1,"per":"month","interval":1,"cmp":"eq","text":"","start":0,"end":0}`, "interval"},
		{"target: negative interval", &Target{}, `{"kind":"frequency","value":1,"per":"month","interval":-3,"cmp":"eq","text":"","start":0,"end":0}`, "interval"},
		{"target: interval without per", &Target{}, `{"kind":"frequency","value":1,"interval":2,"cmp":"eq","text":"","start":0,"end":0}`, "interval"},
		{"target: start after end", &Target{}, `{"kind":"count","value":1,"cmp":"eq","text":"","start":9,"end":3}`, "end"},
		{"target: negative start", &Target{}, `{"kind":"count","value":1,"cmp":"eq","text":"","start":-1,"end":3}`, "start"},
		{"target: unknown field", &Target{}, `{"kind":"count","value":1,"cmp":"eq","text":"","start":0,"end":0,"maximum":3}`, "maximum"},
		{"target: no kind", &Target{}, `{"value":1,"cmp":"eq","text":"","start":0,"end":0}`, "kind"},
		{"target: no cmp", &Target{}, `{"kind":"count","value":1,"text":"","start":0,"end":0}`, "cmp"},
		{"target: by 10000", &Target{}, `{"kind":"count","value":1,"cmp":"eq","by":"10000","text":"","start":0,"end":0}`, ""},
		{"target: by +2024", &Target{}, `{"kind":"count","value":1,"cmp":"eq","by":"+2024","text":"","start":0,"end":0}`, ""},
		{"target: by 02024", &Target{}, `{"kind":"count","value":1,"cmp":"eq","by":"02024","text":"","start":0,"end":0}`, ""},
		{"date mention: through before value", &DateMention{}, `{"kind":"date","value":"2024-05","through":"2024-03","text":"","start":0,"end":0}`, "through"},
		{"date mention: through equal", &DateMention{}, `{"kind":"fiscal_year","value":"2024","through":"2024","text":"","start":0,"end":0}`, "through"},
		{"date mention: fiscal through before", &DateMention{}, `{"kind":"fiscal_year","value":"2025","through":"2021","text":"","start":0,"end":0}`, "through"},
		{"date mention: negative end", &DateMention{}, `{"kind":"date","value":"2024","text":"","start":0,"end":-2}`, "end"},
		{"date mention: unknown field", &DateMention{}, `{"kind":"date","value":"2024","text":"","start":0,"end":0,"era":"令和"}`, "era"},
		{"goal: start after end", &Goal{}, `{"text":"x","targets":[],"start":5,"end":1}`, "end"},
		{"goal: negative line", &Goal{}, `{"text":"x","targets":[],"start":0,"end":1,"line":-1}`, "line"},
		{"goal: bad target inside", &Goal{}, `{"text":"x","targets":[{"kind":"count","value":1,"max":2,"cmp":"eq","text":"","start":0,"end":0}],"start":0,"end":1}`, "max"},
		{"goal: unknown field", &Goal{}, `{"text":"x","targets":[],"start":0,"end":1,"statement":"x"}`, "statement"},
		{"organization: unknown field in its contact", &Organization{}, `{"name":"総務局","contact":{"phone":"0"}}`, "phone"},
		{"target: field in other case", &Target{}, `{"kind":"count","Value":1,"cmp":"eq","text":"","start":0,"end":0}`, "Value"},
		{"target: field twice", &Target{}, `{"kind":"count","value":1,"value":2,"cmp":"eq","text":"","start":0,"end":0}`, "value"},
		{"date mention: fiscal year not four digits", &DateMention{}, `{"kind":"fiscal_year","value":"1","text":"","start":0,"end":0}`, "value"},
		{"date mention: fiscal year missing", &DateMention{}, `{"kind":"fiscal_year","text":"","start":0,"end":0}`, "value"},
		{"organization: unknown field", &Organization{}, `{"name":"総務局","kids":[]}`, "kids"},
		{"organization: unknown field in a child", &Organization{}, `{"name":"総務局","children":[{"name":"総務課","boss":"x"}]}`, "boss"},
		{"plan: end before start", &Plan{}, `{"title":"計画","start":"2030","end":"2021","nodes":[]}`, "end"},
		{"plan: unknown field", &Plan{}, `{"title":"計画","nodes":[],"chapters":[]}`, "chapters"},
		{"node: negative line", &Node{}, `{"level":"章","number":"1","title":"x","statements":[],"children":[],"line":-4}`, "line"},
		{"statement: object without targets", &Statement{}, `{"text":"x","targets":[],"start":0,"end":1}`, "targets"},
		{"statement: start after end", &Statement{}, `{"text":"x","targets":[{"kind":"count","value":1,"cmp":"eq","text":"","start":0,"end":0}],"start":3,"end":1}`, "end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.json), tt.into)
			require.Error(t, err)
			var je *JSONError
			if tt.field == "" {
				assert.False(t, errors.As(err, &je), "%v", err)
				return
			}
			require.True(t, errors.As(err, &je), "%v", err)
			assert.Equal(t, tt.field, je.Field)
			assert.ErrorIs(t, err, ErrInvalidJSON)
		})
	}
}

func TestFiscalYearCanonicalText(t *testing.T) {
	tests := []struct {
		in   string
		want FiscalYear
		ok   bool
	}{
		{"2024", 2024, true}, {"1", 1, true}, {"9999", 9999, true}, {"", 0, true},
		{"10000", 0, false}, {"+2024", 0, false}, {"02024", 0, false}, {"0", 0, false},
		{"-1", 0, false}, {" 2024", 0, false}, {"２０２４", 0, false}, {"2024.0", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var fy FiscalYear
			err := fy.UnmarshalText([]byte(tt.in))
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, fy)
		})
	}
	_, err := FiscalYear(10000).MarshalText()
	assert.Error(t, err, "MarshalText writes only what UnmarshalText reads")
}

// roundTrip checks the contract of a type's JSON: data either does not
// unmarshal, or it unmarshals to a value that marshals and unmarshals back
// to the same value, whose JSON is then stable. The one exception is the
// zero value of a text type ("" → FiscalYear(0)), which has no text form.
func roundTrip[T any](t *testing.T, data []byte) {
	var v T
	if json.Unmarshal(data, &v) != nil {
		return
	}
	out, err := json.Marshal(v)
	if err != nil && reflect.ValueOf(v).IsZero() {
		return // "" reads as the zero value, which has no text form (omitzero leaves it out)
	}
	if err != nil {
		t.Fatalf("unmarshalled %s to %+v, which does not marshal: %v", data, v, err)
	}
	var back T
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("%s → %s does not unmarshal: %v", data, out, err)
	}
	if !reflect.DeepEqual(v, back) {
		t.Fatalf("%s → %+v → %s → %+v", data, v, out, back)
	}
	again, err := json.Marshal(back)
	if err != nil || string(again) != string(out) {
		t.Fatalf("%s marshals as %s, then as %s (%v)", data, out, again, err)
	}
}

var fuzzSeeds = []string{
	`{"kind":"frequency","value":1,"per":"month","interval":2,"cmp":"ge","text":"2か月に1回以上","start":0,"end":19}`,
	`{"kind":"count","value":10,"max":20,"unit":"件","cmp":"range","by":"2030","text":"10～20件","start":0,"end":11}`,
	`{"kind":"date","value":"2020-11-20","through":"2020-11-22","text":"令和2年11月20日～22日","start":3,"end":30}`,
	`{"kind":"fiscal_year","value":"2021","through":"2025","text":"令和3～7年度","start":0,"end":17}`,
	`{"owner":"総務局","text":"月1回開催","purpose":"","targets":[{"kind":"frequency","value":1,"per":"month","cmp":"eq","text":"月1回","start":0,"end":7}],"start":0,"end":15,"line":3}`,
	`{"name":"総務局","kind":"局","children":[{"name":"総務課","kind":"課","contact":{"telephone":"072-000-0000"}}]}`,
	`{"title":"総合計画","start":"2021","end":"2030","nodes":[{"level":"章","number":"1","title":"まちづくり","statements":["文",{"text":"年2回","targets":[{"kind":"frequency","value":2,"per":"year","cmp":"eq","text":"年2回","start":0,"end":8}],"start":0,"end":8}],"children":[]}]}`,
	`{"level":"節","number":"2","title":"x","kind":"theme","goal":"目標","statements":[],"children":[],"line":4}`,
	`"文だけ"`, `null`, `{}`, `[]`, `{"kind":"count","value":1e308,"cmp":"eq","text":"","start":0,"end":0}`,
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
}

func FuzzTargetJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip[Target](t, data) })
}

func FuzzDateMentionJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip[DateMention](t, data) })
}

func FuzzGoalJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip[Goal](t, data) })
}

func FuzzOrganizationJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip[Organization](t, data) })
}

func FuzzPlanJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip[Plan](t, data)
		roundTrip[Node](t, data)
		roundTrip[Statement](t, data)
	})
}

// FuzzTextValues: the text forms of FiscalYear, Date, FiscalQuarter and
// ClockTime either fail or read back what they write.
func FuzzTextValues(f *testing.F) {
	for _, s := range []string{"2024", "2024-03", "2024-03-31", "FY2023-Q1", "09:30", "9:30", "+2024", "02024", "10000", ""} {
		f.Add([]byte(`"` + s + `"`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip[FiscalYear](t, data)
		roundTrip[Date](t, data)
		roundTrip[FiscalQuarter](t, data)
		roundTrip[ClockTime](t, data)
	})
}

func TestErrorsQuoteAnExcerpt(t *testing.T) {
	long := strings.Repeat("9", 100_000)
	for name, err := range map[string]error{
		"date":     func() error { _, err := ParseDate(long); return err }(),
		"fy":       new(FiscalYear).UnmarshalText([]byte(long)),
		"quarter":  new(FiscalQuarter).UnmarshalText([]byte("FY" + long)),
		"kind":     new(Kind).UnmarshalText([]byte(long)),
		"clock":    new(ClockTime).UnmarshalText([]byte(long)),
		"org kind": new(OrgKind).UnmarshalText([]byte(long)),
	} {
		require.Error(t, err, name)
		assert.Less(t, len(err.Error()), 200, "%s: %.300s", name, err)
	}
}

func TestMeetingUnmarshalJSONRejects(t *testing.T) {
	for name, tt := range map[string]struct{ json, field string }{
		"unknown field":          {`{"title":"会議","venue":"x"}`, "venue"},
		"field in other case":    {`{"Title":"会議"}`, "Title"},
		"negative session":       {`{"title":"会議","session":-5}`, "session"},
		"negative overall":       {`{"title":"会議","overall":-1}`, "overall"},
		"unknown field in point": {`{"title":"会議","proposal":{"points":[{"text":"x","note":"y"}]}}`, "note"},
	} {
		t.Run(name, func(t *testing.T) {
			var m Meeting
			err := json.Unmarshal([]byte(tt.json), &m)
			var je *JSONError
			require.True(t, errors.As(err, &je), "%v", err)
			assert.Equal(t, tt.field, je.Field)
		})
	}
	var m Meeting
	require.NoError(t, json.Unmarshal([]byte(`{"title":"会議","fiscal_year":"2020","session":5,"overall":305,"date":"2020-11-20","start":"15:50","end":"16:30","attendees":["市長"],"agenda":[],"proposal":{"points":[]},"opinions":[],"outcome":"approved","materials":[]}`), &m))
	assert.Equal(t, 305, m.Overall)
	assert.Equal(t, OutcomeApproved, m.Outcome)
}

func FuzzMeetingJSON(f *testing.F) {
	addSeeds(f)
	f.Add([]byte(`{"title":"会議","fiscal_year":"2020","session":5,"overall":305,"date":"2020-11-20","start":"15:50","end":"16:30","attendees":["市長"],"agenda":["議題"],"proposal":{"presenter":"市長公室","points":[{"text":"x","items":["①"]}]},"opinions":[{"text":"意見","answers":["→回答"]}],"result":"了承","outcome":"approved","materials":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip[Meeting](t, data) })
}
