package goal

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func TestFiscalYearOf(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		want FiscalYear
	}{
		{"31 march ends the previous fiscal year", day(2025, 3, 31), 2024},
		{"1 april starts one", day(2025, 4, 1), 2025},
		{"1 january", day(2025, 1, 1), 2024},
		{"31 december", day(2024, 12, 31), 2024},
		{"location's own calendar day", time.Date(2025, 3, 31, 23, 30, 0, 0, time.FixedZone("JST", 9*3600)), 2024},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FiscalYearOf(tt.t))
		})
	}
}

func TestFiscalYearStartEndContains(t *testing.T) {
	fy := FiscalYear(2024)
	assert.Equal(t, "2024-04-01", fy.Start().String())
	assert.Equal(t, "2025-03-31", fy.End().String())
	assert.True(t, fy.Contains(day(2024, 4, 1)))
	assert.True(t, fy.Contains(day(2025, 3, 31)))
	assert.False(t, fy.Contains(day(2024, 3, 31)))
	assert.False(t, fy.Contains(day(2025, 4, 1)))
	assert.True(t, fy.ContainsDate(Date{2025, 3, 0, PrecisionMonth}))
	assert.True(t, fy.ContainsDate(Date{2024, 4, 1, PrecisionDay}))
	assert.False(t, fy.ContainsDate(Date{2024, 3, 31, PrecisionDay}))
	assert.False(t, fy.ContainsDate(Date{2024, 0, 0, PrecisionYear}), "a calendar year straddles two fiscal years")
	assert.False(t, fy.ContainsDate(Date{2024, 2, 30, PrecisionDay}), "invalid date")
	assert.True(t, FiscalYear(0).Start().IsZero())
	assert.True(t, FiscalYear(0).End().IsZero())
	assert.False(t, FiscalYear(0).Contains(day(2024, 5, 1)))
}

func TestFiscalYearString(t *testing.T) {
	tests := []struct {
		fy   FiscalYear
		want string
	}{
		{2024, "令和6年度"},
		{2019, "令和元年度"},
		{2018, "平成30年度"},
		{1989, "平成元年度"},
		{1988, "昭和63年度"},
		{1912, "大正元年度"},
		{1868, "明治元年度"},
		{1850, "1850年度"},
		{0, "FiscalYear(0)"},
		{-5, "FiscalYear(-5)"},
		{10000, "FiscalYear(10000)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.fy.String())
		})
	}
	assert.Equal(t, "2024年度", FiscalYear(2024).Western())
}

func TestFiscalYearText(t *testing.T) {
	b, err := json.Marshal(FiscalYear(2024))
	require.NoError(t, err)
	assert.Equal(t, `"2024"`, string(b))
	var fy FiscalYear
	require.NoError(t, json.Unmarshal(b, &fy))
	assert.Equal(t, FiscalYear(2024), fy)
	_, err = json.Marshal(FiscalYear(0))
	assert.Error(t, err)
	assert.Error(t, fy.UnmarshalText([]byte("x")))
	require.NoError(t, fy.UnmarshalText(nil))
	assert.Zero(t, fy)
}

func TestFiscalQuarter(t *testing.T) {
	tests := []struct {
		q          FiscalQuarter
		start, end string
		str        string
	}{
		{FiscalQuarter{2023, 1}, "2023-04-01", "2023-06-30", "FY2023-Q1"},
		{FiscalQuarter{2023, 2}, "2023-07-01", "2023-09-30", "FY2023-Q2"},
		{FiscalQuarter{2023, 3}, "2023-10-01", "2023-12-31", "FY2023-Q3"},
		{FiscalQuarter{2023, 4}, "2024-01-01", "2024-03-31", "FY2023-Q4"},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			assert.Equal(t, tt.start, tt.q.Start().String())
			assert.Equal(t, tt.end, tt.q.End().String())
			assert.Equal(t, tt.str, tt.q.String())
			assert.Equal(t, tt.q, FiscalYear(2023).Quarter(tt.q.Quarter))
			st, en := tt.q.Start(), tt.q.End()
			assert.True(t, tt.q.Contains(day(st.Year, st.Month, st.Day)))
			assert.True(t, tt.q.Contains(day(en.Year, en.Month, en.Day)))
			assert.False(t, tt.q.Contains(st.Time(nil).AddDate(0, 0, -1)))
			assert.False(t, tt.q.Contains(en.Time(nil).AddDate(0, 0, 1)))
			assert.Equal(t, tt.q, FiscalQuarterOf(st.Time(nil)))
			assert.Equal(t, tt.q, FiscalQuarterOf(en.Time(nil)))
			assert.True(t, tt.q.ContainsDate(Date{Year: st.Year, Month: st.Month, Precision: PrecisionMonth}))
			b, err := tt.q.MarshalText()
			require.NoError(t, err)
			var back FiscalQuarter
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.q, back)
		})
	}
	assert.Equal(t, FiscalQuarter{2024, 1}, FiscalQuarter{2023, 4}.Next())
	assert.Equal(t, FiscalQuarter{2023, 2}, FiscalQuarter{2023, 1}.Next())
	assert.Equal(t, "", FiscalQuarter{}.String())
	assert.Equal(t, "FiscalQuarter(2023,5)", FiscalQuarter{2023, 5}.String())
	assert.True(t, FiscalQuarter{2023, 5}.Start().IsZero())
	_, err := FiscalQuarter{}.MarshalText()
	assert.Error(t, err)
	var q FiscalQuarter
	for _, bad := range []string{"2023-Q1", "FY2023-Q5", "FY2023Q1", "FYx-Q1", "FY2023-Q01"} {
		assert.Error(t, q.UnmarshalText([]byte(bad)), bad)
	}
	assert.False(t, FiscalQuarter{2023, 1}.ContainsDate(Date{2023, 0, 0, PrecisionYear}))
}

// Every day of a few years lies in exactly the quarter and fiscal year that
// contain it, and the quarters of a fiscal year tile it.
func TestFiscalQuartersTileTheYear(t *testing.T) {
	for d := day(2019, 1, 1); d.Year() < 2026; d = d.AddDate(0, 0, 1) {
		q := FiscalQuarterOf(d)
		require.Equal(t, FiscalYearOf(d), q.Year, d)
		require.True(t, q.Contains(d))
		require.True(t, q.Year.Contains(d))
		require.False(t, q.Next().Contains(d))
	}
	for fy := FiscalYear(2020); fy < 2024; fy++ {
		assert.Equal(t, fy.Start(), fy.Quarter(1).Start())
		assert.Equal(t, fy.End(), fy.Quarter(4).End())
		for q := 1; q < 4; q++ {
			assert.Equal(t, addDays(fy.Quarter(q).End(), 1), fy.Quarter(q+1).Start())
		}
	}
}
