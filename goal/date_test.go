package goal

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewDate(t *testing.T) {
	tests := []struct {
		name          string
		y, m, d       int
		want          string
		wantPrecision Precision
		wantErr       bool
	}{
		{"day", 2022, 9, 12, "2022-09-12", PrecisionDay, false},
		{"month", 2022, 9, 0, "2022-09", PrecisionMonth, false},
		{"year", 2022, 0, 0, "2022", PrecisionYear, false},
		{"leap day", 2024, 2, 29, "2024-02-29", PrecisionDay, false},
		{"no leap day in 2023", 2023, 2, 29, "", 0, true},
		{"1900 is not leap", 1900, 2, 29, "", 0, true},
		{"2000 is leap", 2000, 2, 29, "2000-02-29", PrecisionDay, false},
		{"year 0", 0, 0, 0, "", 0, true},
		{"year 10000", 10000, 1, 1, "", 0, true},
		{"month 13", 2022, 13, 0, "", 0, true},
		{"day 31 april", 2022, 4, 31, "", 0, true},
		{"day without month", 2022, 0, 5, "", 0, true},
		{"negative day", 2022, 4, -1, "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NewDate(tt.y, tt.m, tt.d)
			if tt.wantErr {
				require.Error(t, err)
				assert.True(t, errors.Is(err, ErrInvalidDate))
				assert.True(t, got.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.String())
			assert.Equal(t, tt.wantPrecision, got.Precision)
			back, err := ParseDate(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back)
		})
	}
}

func TestDateValidate(t *testing.T) {
	assert.Error(t, Date{}.Validate())
	assert.Error(t, Date{2022, 4, 0, PrecisionYear}.Validate())
	assert.Error(t, Date{2022, 4, 3, PrecisionMonth}.Validate())
	assert.Error(t, Date{2022, 4, 3, Precision(9)}.Validate())
	assert.NoError(t, Date{2022, 4, 3, PrecisionDay}.Validate())
	assert.Equal(t, "Precision(9)", Precision(9).String())
	assert.Equal(t, "month", PrecisionMonth.String())
}

func TestParseDateText(t *testing.T) {
	for _, bad := range []string{"", "22", "2022-9", "2022-09-1", "2022/09/12", "2022-00", "2022-01-00", "0000", "２０２２", "2022-13", "-202"} {
		_, err := ParseDate(bad)
		assert.Error(t, err, bad)
		assert.True(t, errors.Is(err, ErrInvalidDate), bad)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		When Date `json:"when"`
		Opt  Date `json:"opt,omitzero"`
	}
	b, err := json.Marshal(doc{When: Date{2022, 9, 0, PrecisionMonth}})
	require.NoError(t, err)
	assert.Equal(t, `{"when":"2022-09"}`, string(b))
	var back doc
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, Date{2022, 9, 0, PrecisionMonth}, back.When)
	_, err = json.Marshal(doc{})
	assert.Error(t, err, "an unset date without omitzero cannot be written")
	assert.Error(t, json.Unmarshal([]byte(`{"when":"2022-9"}`), &back))
	require.NoError(t, json.Unmarshal([]byte(`{"when":""}`), &back))
	assert.True(t, back.When.IsZero())
}

func TestDateFirstLastTimeContains(t *testing.T) {
	tests := []struct {
		d           Date
		first, last string
	}{
		{Date{2024, 2, 0, PrecisionMonth}, "2024-02-01", "2024-02-29"},
		{Date{2023, 0, 0, PrecisionYear}, "2023-01-01", "2023-12-31"},
		{Date{2023, 5, 6, PrecisionDay}, "2023-05-06", "2023-05-06"},
	}
	for _, tt := range tests {
		t.Run(tt.d.String(), func(t *testing.T) {
			assert.Equal(t, tt.first, tt.d.First().String())
			assert.Equal(t, tt.last, tt.d.Last().String())
			f, l := tt.d.First(), tt.d.Last()
			assert.True(t, tt.d.Contains(time.Date(f.Year, time.Month(f.Month), f.Day, 0, 0, 0, 0, time.UTC)))
			assert.True(t, tt.d.Contains(time.Date(l.Year, time.Month(l.Month), l.Day, 23, 59, 0, 0, time.UTC)))
			assert.False(t, tt.d.Contains(time.Date(f.Year, time.Month(f.Month), f.Day-1, 23, 0, 0, 0, time.UTC)))
			assert.False(t, tt.d.Contains(time.Date(l.Year, time.Month(l.Month), l.Day+1, 0, 0, 0, 0, time.UTC)))
			assert.Equal(t, f, DateOf(tt.d.Time(time.UTC)))
		})
	}
	jst := time.FixedZone("JST", 9*3600)
	assert.Equal(t, time.Date(2024, 2, 1, 0, 0, 0, 0, jst), Date{2024, 2, 0, PrecisionMonth}.Time(jst))
	assert.True(t, Date{}.Time(nil).IsZero())
	assert.False(t, Date{}.Contains(time.Now()))
}

func TestDateCompareAndFiscal(t *testing.T) {
	ordered := []Date{
		{2022, 0, 0, PrecisionYear},
		{2022, 1, 0, PrecisionMonth},
		{2022, 1, 1, PrecisionDay},
		{2022, 1, 2, PrecisionDay},
		{2022, 2, 0, PrecisionMonth},
		{2023, 0, 0, PrecisionYear},
	}
	for i := range ordered {
		for j := range ordered {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			assert.Equal(t, want, ordered[i].Compare(ordered[j]), "%v %v", ordered[i], ordered[j])
		}
	}
	fy, ok := Date{2023, 3, 31, PrecisionDay}.FiscalYear()
	assert.True(t, ok)
	assert.Equal(t, FiscalYear(2022), fy)
	fy, ok = Date{2023, 4, 0, PrecisionMonth}.FiscalYear()
	assert.True(t, ok)
	assert.Equal(t, FiscalYear(2023), fy)
	_, ok = Date{2023, 0, 0, PrecisionYear}.FiscalYear()
	assert.False(t, ok)
	q, ok := Date{2024, 1, 0, PrecisionMonth}.FiscalQuarter()
	assert.True(t, ok)
	assert.Equal(t, "FY2023-Q4", q.String())
	_, ok = Date{}.FiscalQuarter()
	assert.False(t, ok)
}
