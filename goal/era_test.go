package goal

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEraTable(t *testing.T) {
	tests := []struct {
		era    Era
		name   string
		abbrev byte
		sign   rune
		start  string
		end    string
	}{
		{Meiji, "明治", 'M', '㍾', "1868-01-25", "1912-07-29"},
		{Taisho, "大正", 'T', '㍽', "1912-07-30", "1926-12-24"},
		{Showa, "昭和", 'S', '㍼', "1926-12-25", "1989-01-07"},
		{Heisei, "平成", 'H', '㍻', "1989-01-08", "2019-04-30"},
		{Reiwa, "令和", 'R', '㋿', "2019-05-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.era.String(), func(t *testing.T) {
			assert.Equal(t, tt.name, tt.era.Name())
			assert.Equal(t, tt.abbrev, tt.era.Abbrev())
			assert.Equal(t, tt.sign, tt.era.Sign())
			assert.Equal(t, tt.start, tt.era.Start().String())
			assert.Equal(t, tt.end, tt.era.End().String())
			for _, s := range []string{tt.name, string(tt.abbrev), string(tt.abbrev + 'a' - 'A'), string(tt.sign), tt.era.String()} {
				e, ok := EraByName(s)
				assert.True(t, ok, s)
				assert.Equal(t, tt.era, e, s)
			}
		})
	}
	assert.Equal(t, Eras(), []Era{Meiji, Taisho, Showa, Heisei, Reiwa})
	_, ok := EraByName("X")
	assert.False(t, ok)
	_, ok = EraByName("")
	assert.False(t, ok)
	assert.Equal(t, "Era(0)", EraUnset.String())
	assert.Equal(t, "Era(9)", Era(9).String())
	assert.Equal(t, "", Era(9).Name())
	assert.Zero(t, Era(9).Abbrev())
	assert.Zero(t, Era(9).Sign())
	assert.True(t, Era(9).Start().IsZero())
}

func TestEraYear(t *testing.T) {
	tests := []struct {
		name    string
		era     Era
		n       int
		want    int
		wantErr error
	}{
		{"meiji gannen", Meiji, 1, 1868, nil},
		{"taisho 15", Taisho, 15, 1926, nil},
		{"showa 64", Showa, 64, 1989, nil},
		{"heisei gannen", Heisei, 1, 1989, nil},
		{"heisei 32 past the end is arithmetic", Heisei, 32, 2020, nil},
		{"reiwa 6", Reiwa, 6, 2024, nil},
		{"year 0", Reiwa, 0, 0, ErrEraYear},
		{"negative year", Heisei, -3, 0, ErrEraYear},
		{"unknown era", EraUnset, 3, 0, ErrEraYear},
		{"beyond MaxYear", Reiwa, 9000, 0, ErrEraYear},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.era.Year(tt.n)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.wantErr), err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestEraDate(t *testing.T) {
	tests := []struct {
		name          string
		era           Era
		n, month, day int
		want          string
		wantErr       error
	}{
		{"showa 64-01-07 last day of showa", Showa, 64, 1, 7, "1989-01-07", nil},
		{"heisei gannen 01-08 first day", Heisei, 1, 1, 8, "1989-01-08", nil},
		{"heisei gannen 01-07 was still showa", Heisei, 1, 1, 7, "", ErrEraYear},
		{"heisei gannen january: partly heisei", Heisei, 1, 1, 0, "1989-01", nil},
		{"heisei 31-04-30 last day", Heisei, 31, 4, 30, "2019-04-30", nil},
		{"reiwa gannen 05-01 first day", Reiwa, 1, 5, 1, "2019-05-01", nil},
		{"reiwa gannen 04-30 was heisei", Reiwa, 1, 4, 30, "", ErrEraYear},
		{"reiwa gannen april wholly heisei", Reiwa, 1, 4, 0, "", ErrEraYear},
		{"reiwa gannen year", Reiwa, 1, 0, 0, "2019", nil},
		{"showa 64-01-08 past the end accepted", Showa, 64, 1, 8, "1989-01-08", nil},
		{"taisho gannen 07-29 was meiji", Taisho, 1, 7, 29, "", ErrEraYear},
		{"reiwa 2-02-30", Reiwa, 2, 2, 30, "", ErrInvalidDate},
		{"reiwa 2-02-29 leap", Reiwa, 2, 2, 29, "2020-02-29", nil},
		{"reiwa 0", Reiwa, 0, 4, 1, "", ErrEraYear},
		{"month 13", Reiwa, 3, 13, 0, "", ErrInvalidDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.era.Date(tt.n, tt.month, tt.day)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.wantErr), err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.String())
		})
	}
}

func TestEraOf(t *testing.T) {
	tests := []struct {
		date Date
		era  Era
		n    int
	}{
		{Date{1989, 1, 7, PrecisionDay}, Showa, 64},
		{Date{1989, 1, 8, PrecisionDay}, Heisei, 1},
		{Date{2019, 4, 30, PrecisionDay}, Heisei, 31},
		{Date{2019, 5, 1, PrecisionDay}, Reiwa, 1},
		{Date{2024, 0, 0, PrecisionYear}, Reiwa, 6},
		{Date{1868, 1, 24, PrecisionDay}, EraUnset, 0},
		{Date{}, EraUnset, 0},
	}
	for _, tt := range tests {
		t.Run(tt.date.String(), func(t *testing.T) {
			e, n := EraOf(tt.date)
			assert.Equal(t, tt.era, e)
			assert.Equal(t, tt.n, n)
		})
	}
	for _, tt := range []struct {
		year int
		era  Era
		n    int
	}{{2019, Reiwa, 1}, {1989, Heisei, 1}, {1988, Showa, 63}, {1926, Showa, 1}, {1912, Taisho, 1}, {1868, Meiji, 1}, {1867, EraUnset, 0}} {
		e, n := EraOfYear(tt.year)
		assert.Equal(t, tt.era, e, tt.year)
		assert.Equal(t, tt.n, n, tt.year)
	}
	assert.Equal(t, "令和元", FormatEraYear(Reiwa, 1))
	assert.Equal(t, "平成30", FormatEraYear(Heisei, 30))
}

// Every day from Meiji's start to well into Reiwa converts to an era year
// and back to the same day.
func TestEraRoundTripEveryDay(t *testing.T) {
	d := Meiji.Start()
	for d.Year < 2100 {
		e, n := EraOf(d)
		require.NotEqual(t, EraUnset, e, d)
		back, err := e.Date(n, d.Month, d.Day)
		require.NoError(t, err, d)
		require.Equal(t, d, back)
		d = addDays(d, 1)
	}
}
