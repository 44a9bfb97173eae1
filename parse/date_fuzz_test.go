package parse

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/require"
)

// FuzzDates checks what Dates promises on any input: no panic; spans in
// order, not overlapping, inside the input and on UTF-8 boundaries, with
// Text exactly the input there; valid values that survive a JSON round
// trip; the same answer twice; and agreement with the whole-string readers,
// a second way of reading the same text: each mention's Text, read alone
// by ParseDate or ParseFiscalYear, gives the mention's value.
func FuzzDates(f *testing.F) {
	for _, tt := range datesTests {
		f.Add(tt.in)
	}
	p, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, in string) {
		sc, err := p.ScanDates(in)
		require.NoError(t, err)
		again, err := p.ScanDates(in)
		require.NoError(t, err)
		require.Equal(t, sc, again, "deterministic")
		// Rune boundaries as a decoder walks the input: an invalid byte is
		// a rune of its own.
		boundary := map[int]bool{len(in): true}
		for i := 0; i < len(in); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(in[i:])
			i += n
		}
		prevEnd := 0
		for _, m := range sc.Dates {
			s := m.Span
			require.True(t, s.Valid(len(in)), "span %v in %d bytes", s, len(in))
			require.GreaterOrEqual(t, s.Start, prevEnd, "in order, not overlapping")
			prevEnd = s.End
			require.True(t, boundary[s.Start], "start on a rune boundary")
			require.True(t, boundary[s.End], "end on a rune boundary")
			require.Equal(t, in[s.Start:s.End], m.Text)

			b, err := json.Marshal(m)
			require.NoError(t, err, "valid values marshal")
			var back goal.DateMention
			require.NoError(t, json.Unmarshal(b, &back))
			require.Equal(t, m, back)

			switch m.Kind {
			case goal.DateKindDate:
				require.NoError(t, m.Date.Validate())
				if m.ThroughDate.IsZero() {
					d, err := p.ParseDate(m.Text)
					require.NoError(t, err, "ParseDate(%q)", m.Text)
					require.Equal(t, m.Date, d)
				} else {
					require.Equal(t, 1, m.ThroughDate.Compare(m.Date), "a range ends after it starts")
				}
			case goal.DateKindFiscalYear:
				require.True(t, m.FiscalYear.Valid())
				if m.ThroughFiscalYear == 0 {
					fy, err := p.ParseFiscalYear(m.Text)
					require.NoError(t, err, "ParseFiscalYear(%q)", m.Text)
					require.Equal(t, m.FiscalYear, fy)
				} else {
					require.Greater(t, m.ThroughFiscalYear, m.FiscalYear)
				}
			default:
				t.Fatalf("mention without a kind: %+v", m)
			}
		}
		for _, pr := range sc.Problems {
			require.True(t, pr.Offset >= 0 && pr.Offset < len(in))
			require.True(t, errors.Is(pr, ErrEraYear) || errors.Is(pr, ErrInvalidDate) || errors.Is(pr, ErrYearMismatch), pr.Error())
		}
		// ParseDate never panics and either reads a valid date or says why.
		if d, err := p.ParseDate(in); err == nil {
			require.NoError(t, d.Validate())
		} else {
			var de *DateError
			require.True(t, errors.As(err, &de))
			require.True(t, de.Offset >= 0 && de.Offset <= len(in))
		}
	})
}
