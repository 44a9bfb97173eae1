package load

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/parse"
)

// checkNoLineLost asserts the loaders' promise: every non-blank line of
// the input is in the value (a used block), in the reader's furniture, or
// in Unread.
func checkNoLineLost(t *testing.T, text string, u *blockUse, unread []Unread) {
	t.Helper()
	covered := func(a, b int) bool {
		for i, bl := range u.d.Blocks {
			if u.used[i] && bl.Span.Start < b && a < bl.Span.End {
				return true
			}
		}
		for _, f := range u.d.Furniture {
			if f.Start < b && a < f.End {
				return true
			}
		}
		for _, un := range unread {
			if un.Start < b && a < un.End {
				return true
			}
		}
		return false
	}
	off := 0
	for n, line := range strings.SplitAfter(text, "\n") {
		a, b := off, off+len(line)
		off = b
		if strings.TrimFunc(line, isBlank) == "" {
			continue
		}
		if !covered(a, b) {
			t.Fatalf("line %d lost: %q", n+1, line)
		}
	}
}

func fuzzSeeds(f *testing.F) {
	for _, dir := range []string{"goals", "pages", "meetings"} {
		files, _ := os.ReadDir("../../testdata/" + dir)
		for _, e := range files {
			b, err := os.ReadFile("../../testdata/" + dir + "/" + e.Name())
			if err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, s := range []string{
		"第99999999999999999999回 会議\n【日時】令和6年5月9日 午後3時～午後2時\n【場所】会議室",
		"局等\t目標\n総務局\t<ul><li>・月1回開催<li>・年4回</ul>",
		"| 部局 | 課等 | 重点目標 |\n| 環境部 | | 「",
		"更新日：\n使命\n・\n",
		"\"\"\",\"\n総務部,\"\"\"",
	} {
		f.Add(s)
	}
}

// expected reports the errors a loader may return for arbitrary input.
func expected(err error) bool {
	return errors.Is(err, parse.ErrNoContent) || errors.Is(err, ErrWrongKind) || errors.Is(err, parse.ErrEncoding) ||
		errors.Is(err, parse.ErrSyntax)
}

func FuzzLoadGoals(f *testing.F) {
	fuzzSeeds(f)
	c, err := newConfig(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		l, u, err := readGoals(text, c)
		if err != nil {
			if !expected(err) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkNoLineLost(t, text, u, l.Unread)
		for _, g := range l.Goals {
			for _, tg := range g.Targets {
				if tg.Span.Start < 0 || tg.Span.End > len(text) || text[tg.Span.Start:tg.Span.End] != tg.Text {
					t.Fatalf("target span %v does not hold %q", tg.Span, tg.Text)
				}
			}
		}
	})
}

func FuzzLoadPage(f *testing.F) {
	fuzzSeeds(f)
	c, err := newConfig(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		pg, u, err := readPage(text, c)
		if err != nil {
			if !expected(err) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkNoLineLost(t, text, u, pg.Unread)
	})
}

func FuzzLoadMeetings(f *testing.F) {
	fuzzSeeds(f)
	c, err := newConfig(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms, u, err := readMeetings(text, c)
		if err != nil {
			if !expected(err) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		var all []Unread
		for _, m := range ms {
			all = append(all, m.Unread...)
			if !m.Start.IsZero() && !m.End.IsZero() && minutes(m.End) < minutes(m.Start) {
				t.Fatalf("end %s before start %s", m.End, m.Start)
			}
		}
		checkNoLineLost(t, text, u, all)
	})
}

func FuzzDetect(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		k, conf := Detect(text)
		if conf < 0 || conf > 1 || (k == KindUnset) != (conf == 0) {
			t.Fatalf("Detect = %v, %v", k, conf)
		}
	})
}
