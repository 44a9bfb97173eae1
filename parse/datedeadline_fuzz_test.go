package parse

import (
	"testing"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// FuzzDeadlines compares the deadline reader with the plain reading it
// replaced: for each target, scan its whole sentence and every date
// (quadratic in a long sentence of targets, but obviously right).
func FuzzDeadlines(f *testing.F) {
	for _, s := range []string{
		"令和5年度までに10件、令和7年度までに20件",
		"参加者数を500人以上とすることを令和9年度までに目指す",
		"令和7年度までに整備する。年10回以上開催する。今年度中に5回",
		"年度内に5回、令和7年度末までに年度内の件数を5件\n　来年度までに3回",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, text string, step int) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		fo := fold(text)
		dates := findDates(text, fo)
		step = step%7 + 1
		if step < 1 {
			step = -step + 2
		}
		d := newDeadlines(fo, dates, 2024)
		for ts := 0; ts <= len(fo.Text); ts += step {
			for _, te := range []int{ts, ts + step, ts + 3*step} {
				if te > len(fo.Text) {
					continue
				}
				if got, want := d.of(ts, te), naiveDeadline(fo, dates, ts, te, 2024); got != want {
					t.Fatalf("%q [%d,%d): got %d, want %d", fo.Text, ts, te, got, want)
				}
			}
		}
	})
}

// naiveDeadline is the deadline reading before the deadlines index.
func naiveDeadline(f folded, dates []goal.DateMention, ts, te int, ref goal.FiscalYear) goal.FiscalYear {
	s := f.Text
	ss, se := naiveSentence(s, ts, te)
	best, bestDist := goal.FiscalYear(0), len(s)+1
	consider := func(ms, me int, fy goal.FiscalYear) {
		if fy == 0 {
			return
		}
		d := 0
		switch {
		case me <= ts:
			d = ts - me
		case ms >= te:
			d = ms - te
		}
		if d < bestDist {
			best, bestDist = fy, d
		}
	}
	for _, dm := range dates {
		ms, me := f.Index(dm.Span.Start), f.Index(dm.Span.End)
		cueEnd, ok := deadlineCueAt(s, me)
		if ms < ss || me > se || !ok {
			continue
		}
		consider(ms, cueEnd, dm.LastFiscalYear())
	}
	if ref != 0 {
		for i := ss; i < se; {
			if fy, end, ok := relativeDeadlineAt(s, i, ref); ok {
				consider(i, end, fy)
				i = end
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return best
}

func naiveSentence(s string, ts, te int) (start, end int) {
	for i := ts - 1; i >= 0; i-- {
		if sentenceEndsAt(s, i) {
			start = i + 1
			break
		}
	}
	end = len(s)
	for i := te; i < len(s); i++ {
		if sentenceEndsAt(s, i) {
			end = i
			break
		}
	}
	return start, end
}
