package kpi

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadEventsSample(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "kpi", "sample_events.csv"))
	require.NoError(t, err)
	defer f.Close()
	ev, err := ReadEvents(f, fakeParser{}, 0)
	require.NoError(t, err)
	assert.Empty(t, ev.Errors)
	assert.Equal(t, []string{"開催日", "会議"}, ev.Header)
	require.Len(t, ev.Dates, 8)
	assert.Equal(t, day(2023, 4, 12), ev.Dates[0])
	assert.Equal(t, day(2023, 8, 9), ev.Dates[3])
	assert.Equal(t, day(2023, 10, 3), ev.Dates[4])
	assert.Equal(t, 2, ev.Rows[0])

	c, err := CheckFrequency(monthlyMin, ev.Dates, day(2023, 4, 1), day(2024, 3, 31))
	require.NoError(t, err)
	assert.Equal(t, 6, c.Met)
	assert.Equal(t, 6, c.Missed)
	assert.Equal(t, 1, c.Outside)
}

func TestReadEventsBadRows(t *testing.T) {
	in := "2023-04-12,a\n2023-05,b\n令和5年6月1日,c\nyesterday,d\n\n2023-02-30,e\n"
	ev, err := ReadEvents(strings.NewReader(in), nil, 0)
	require.NoError(t, err)
	assert.Nil(t, ev.Header, "a first row that is a date is not a header")
	assert.Equal(t, []goal.Date{day(2023, 4, 12), month(2023, 5)}, ev.Dates)
	require.Len(t, ev.Errors, 3)
	assert.Equal(t, 3, ev.Errors[0].Row)
	assert.Equal(t, 1, ev.Errors[0].Column)
	assert.True(t, errors.Is(ev.Errors[0], ErrNoParser))
	assert.Equal(t, 6, ev.Errors[2].Row)

	ev, err = ReadEvents(strings.NewReader(in), fakeParser{}, 0)
	require.NoError(t, err)
	assert.Len(t, ev.Dates, 3)
	require.Len(t, ev.Errors, 2)
	assert.True(t, errors.Is(ev.Errors[0], ErrDate))
	assert.Contains(t, ev.Errors[0].Error(), `row 4, column 1: "yesterday": not a date`)
}
