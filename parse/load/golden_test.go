package load

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files of parse/load")

// goldenCase is one document and the golden file of its JSON.
type goldenCase struct {
	name   string
	kind   Kind
	input  string
	golden string
}

func goldenCases(t *testing.T) []goldenCase {
	cases := []goldenCase{
		{"seed/cs90", KindGoals, "../../testdata/saitama_cs90_bureaus.txt", "../../testdata/golden/cs90_bureaus.json"},
		{"seed/sakai", KindPage, "../../testdata/sakai_mayors_office_page.txt", "../../testdata/golden/sakai_mayors_office_page.json"},
		{"seed/meeting305", KindMeeting, "../../testdata/saitama_strategy_meeting_305.txt", "../../testdata/golden/meeting_305.json"},
	}
	for _, d := range []struct {
		dir  string
		kind Kind
	}{{"goals", KindGoals}, {"pages", KindPage}, {"meetings", KindMeeting}} {
		files, err := filepath.Glob(filepath.Join("../../testdata", d.dir, "*"))
		require.NoError(t, err)
		for _, f := range files {
			base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
			cases = append(cases, goldenCase{d.dir + "/" + base, d.kind, f,
				filepath.Join("../../testdata/golden/load", d.dir, base+".json")})
		}
	}
	return cases
}

// loadJSON loads a file as kind and returns its indented JSON.
func loadJSON(t *testing.T, kind Kind, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var v any
	switch kind {
	case KindGoals:
		v, err = LoadGoals(f)
	case KindPage:
		v, err = LoadPage(f)
	case KindMeeting:
		var ms []*Meeting
		ms, err = LoadMeetings(f)
		v = ms
	}
	require.NoError(t, err)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	return b.Bytes()
}

// TestGolden compares the JSON of every test document with its golden file
// (rewritten only with -update; review the diff before committing).
func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := loadJSON(t, c.kind, c.input)
			if strings.HasPrefix(c.name, "seed/meeting") {
				// the seed's golden is the meeting object itself
				var ms []json.RawMessage
				require.NoError(t, json.Unmarshal(got, &ms))
				require.Len(t, ms, 1)
				var b bytes.Buffer
				require.NoError(t, json.Indent(&b, ms[0], "", "  "))
				b.WriteByte('\n')
				got = b.Bytes()
			}
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(c.golden), 0o755))
				require.NoError(t, os.WriteFile(c.golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(c.golden)
			require.NoError(t, err, "golden missing: run go test ./parse/load/ -run Golden -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// TestLineEndings loads every test document with CR LF and with lone CR
// line ends: the same facts come out (counts of goals, sections, meetings
// and unread lines).
func TestLineEndings(t *testing.T) {
	summary := func(kind Kind, text string) string {
		r := strings.NewReader(text)
		switch kind {
		case KindGoals:
			l, err := LoadGoals(r)
			require.NoError(t, err)
			return fmt.Sprint(len(l.Organizations), len(l.Goals), len(l.Unread), l.Title)
		case KindPage:
			p, err := LoadPage(r)
			require.NoError(t, err)
			unit := ""
			if p.Organization != nil {
				unit = p.Organization.Name + p.Organization.Head.Name
			}
			return fmt.Sprint(unit, len(p.Sections), len(p.Plans), len(p.Unread), p.Updated)
		default:
			ms, err := LoadMeetings(r)
			require.NoError(t, err)
			var b strings.Builder
			for _, m := range ms {
				fmt.Fprint(&b, m.Title, m.Date, m.Start, m.End, m.Place, len(m.Attendees), len(m.Agenda), len(m.Unread), ";")
			}
			return b.String()
		}
	}
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			raw, err := os.ReadFile(c.input)
			require.NoError(t, err)
			lf := strings.ReplaceAll(string(raw), "\r\n", "\n")
			want := summary(c.kind, lf)
			assert.Equal(t, want, summary(c.kind, strings.ReplaceAll(lf, "\n", "\r\n")), "CR LF")
			assert.Equal(t, want, summary(c.kind, strings.ReplaceAll(lf, "\n", "\r")), "CR")
		})
	}
}
