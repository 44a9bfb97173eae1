package goal

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDateMentionJSON(t *testing.T) {
	tests := []struct {
		name string
		m    DateMention
		want string
		last FiscalYear
	}{
		{"day", DateMention{Kind: DateKindDate, Date: Date{2022, 9, 12, PrecisionDay}, Text: "2022年9月12日", Span: Span{3, 20}},
			`{"kind":"date","value":"2022-09-12","text":"2022年9月12日","start":3,"end":20}`, 2022},
		{"month in Q4", DateMention{Kind: DateKindDate, Date: Date{2030, 3, 0, PrecisionMonth}, Text: "2030年3月", Span: Span{0, 11}},
			`{"kind":"date","value":"2030-03","text":"2030年3月","start":0,"end":11}`, 2029},
		{"year", DateMention{Kind: DateKindDate, Date: Date{2030, 0, 0, PrecisionYear}, Text: "2030年", Span: Span{0, 7}},
			`{"kind":"date","value":"2030","text":"2030年","start":0,"end":7}`, 2030},
		{"fiscal year", DateMention{Kind: DateKindFiscalYear, FiscalYear: 2024, Text: "令和6年度", Span: Span{0, 13}},
			`{"kind":"fiscal_year","value":"2024","text":"令和6年度","start":0,"end":13}`, 2024},
		{"fiscal range", DateMention{Kind: DateKindFiscalYear, FiscalYear: 2021, ThroughFiscalYear: 2025, Text: "令和3～7年度", Span: Span{0, 19}},
			`{"kind":"fiscal_year","value":"2021","through":"2025","text":"令和3～7年度","start":0,"end":19}`, 2025},
		{"decade", DateMention{Kind: DateKindDate, Date: Date{1965, 0, 0, PrecisionYear}, ThroughDate: Date{1974, 0, 0, PrecisionYear}, Text: "昭和40年代", Span: Span{0, 14}},
			`{"kind":"date","value":"1965","through":"1974","text":"昭和40年代","start":0,"end":14}`, 1974},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.m)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			var back DateMention
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.m, back)
			assert.Equal(t, tt.last, tt.m.LastFiscalYear())
		})
	}
	for _, bad := range []DateMention{{}, {Kind: DateKindDate}, {Kind: DateKindFiscalYear}, {Kind: DateKind(7), FiscalYear: 2020}} {
		_, err := json.Marshal(bad)
		assert.Error(t, err)
	}
	var m DateMention
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"date","value":"x"}`), &m))
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"fiscal_year","value":"x"}`), &m))
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"","value":"2020"}`), &m))
	assert.Equal(t, "fiscal_year", DateKindFiscalYear.String())
	assert.Zero(t, DateMention{}.LastFiscalYear())
}
