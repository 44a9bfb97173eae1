package goal

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestYearOf(t *testing.T) {
	tests := []struct {
		name   string
		in     DateMention
		want   Year
		wantOK bool
	}{
		{"fiscal year (令和7年度)", DateMention{Kind: DateKindFiscalYear, FiscalYear: 2025}, Year{Value: 2025}, true},
		{"fiscal-year range gives its last year (令和3～7年度)",
			DateMention{Kind: DateKindFiscalYear, FiscalYear: 2021, ThroughFiscalYear: 2025}, Year{Value: 2025}, true},
		{"calendar year (2019年)", DateMention{Kind: DateKindDate, Date: Date{Year: 2019, Precision: PrecisionYear}},
			Year{Value: 2019, Calendar: true}, true},
		{"a month is no year of a figure (2019年4月)",
			DateMention{Kind: DateKindDate, Date: Date{Year: 2019, Month: 4, Precision: PrecisionMonth}}, Year{}, false},
		{"a day is no year of a figure (令和6年4月1日)",
			DateMention{Kind: DateKindDate, Date: Date{Year: 2024, Month: 4, Day: 1, Precision: PrecisionDay}}, Year{}, false},
		{"a range of calendar years is no single year (2019年～2021年)",
			DateMention{Kind: DateKindDate, Date: Date{Year: 2019, Precision: PrecisionYear},
				ThroughDate: Date{Year: 2021, Precision: PrecisionYear}}, Year{}, false},
		{"unset mention", DateMention{}, Year{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := YearOf(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.wantOK, ok)
		})
	}
}
