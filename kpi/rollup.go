package kpi

import "sort"

// Rollup summarizes the indicators of one group: a plan node or an
// organization.
type Rollup struct {
	Key        string // the node or owner; "" for indicators without one
	Indicators int
	// ByStatus counts indicators by status; index it with a Status
	// (ByStatus[StatusAchieved]). Index 0 counts unset statuses.
	ByStatus [StatusBehind + 1]int
	// MeanScore is the mean of the indicators' Scores (see
	// Evaluation.Score); WeightedScore weights each by its Weight (unset
	// counts as 1) and divides by the total weight of the indicators
	// scored. Both are undefined when no indicator has a score.
	MeanScore     Figure
	WeightedScore Figure
}

// RollupByNode groups evaluations by Indicator.Node, in order of first
// appearance.
func RollupByNode(evs []Evaluation) []Rollup {
	return rollup(evs, func(ev *Evaluation) string { return ev.Indicator.Node })
}

// RollupByOwner groups evaluations by Indicator.Owner, in order of first
// appearance.
func RollupByOwner(evs []Evaluation) []Rollup {
	return rollup(evs, func(ev *Evaluation) string { return ev.Indicator.Owner })
}

// RollupAll summarizes all evaluations as one group with an empty Key.
func RollupAll(evs []Evaluation) Rollup {
	r := rollup(evs, func(*Evaluation) string { return "" })
	if len(r) == 0 {
		return Rollup{MeanScore: undefined(ReasonNoActual), WeightedScore: undefined(ReasonNoActual)}
	}
	return r[0]
}

func rollup(evs []Evaluation, key func(*Evaluation) string) []Rollup {
	var r rollups
	for i := range evs {
		r.add(key(&evs[i]), &evs[i])
	}
	return r.result()
}

// rollups accumulates evaluations into groups one at a time, so a report
// can summarize indicators it evaluates on the fly without holding every
// evaluation.
type rollups struct {
	out   []Rollup
	index map[string]int
	acc   []rollupSums
}

type rollupSums struct{ n, sum, wsum, w float64 }

// add counts ev in the group k.
func (r *rollups) add(k string, ev *Evaluation) {
	if r.index == nil {
		r.index = map[string]int{}
	}
	j, ok := r.index[k]
	if !ok {
		j = len(r.out)
		r.index[k] = j
		r.out = append(r.out, Rollup{Key: k})
		r.acc = append(r.acc, rollupSums{})
	}
	r.out[j].Indicators++
	r.out[j].ByStatus[ev.Status]++
	if s := ev.Score(); s.OK {
		w := weightOf(ev.Indicator)
		r.acc[j].n++
		r.acc[j].sum += s.Value
		r.acc[j].wsum += w * s.Value
		r.acc[j].w += w
	}
}

// result returns the groups in order of first appearance, with their
// scores.
func (r *rollups) result() []Rollup {
	out := r.out
	for j := range out {
		a := r.acc[j]
		if a.n == 0 {
			out[j].MeanScore = undefined("no indicator has a score")
			out[j].WeightedScore = out[j].MeanScore
			continue
		}
		out[j].MeanScore = defined(a.sum / a.n)
		if a.w == 0 {
			out[j].WeightedScore = undefined("all weights are zero")
		} else {
			out[j].WeightedScore = defined(a.wsum / a.w)
		}
	}
	return out
}

// weightOf is the indicator's weight, 1 when unset.
func weightOf(ind Indicator) float64 {
	if ind.Weight.OK {
		return ind.Weight.Value
	}
	return 1
}

// Contribution is one row of the contribution table (寄与度): how much an
// indicator adds to the weighted score of all indicators.
type Contribution struct {
	Name   string
	Weight float64 // the weight used (1 when unset)
	Share  float64 // Weight / total weight of the scored indicators
	Score  Figure  // Evaluation.Score
	// Contribution is Share × Score: the rows' contributions add up to the
	// weighted score. Undefined for an indicator with no score, which is
	// left out of the total weight.
	Contribution Figure
}

// Contributions returns the contribution table, largest contribution first
// (unscored indicators last, in input order).
func Contributions(evs []Evaluation) []Contribution {
	out := make([]Contribution, 0, len(evs))
	for i := range evs {
		out = addContribution(out, &evs[i])
	}
	return finishContributions(out)
}

// addContribution appends ev's row, with its weight and score; the shares
// wait for finishContributions, which knows the total weight.
func addContribution(rows []Contribution, ev *Evaluation) []Contribution {
	return append(rows, Contribution{Name: ev.Indicator.Name, Weight: weightOf(ev.Indicator), Score: ev.Score()})
}

// finishContributions fills in the shares and contributions of rows and
// sorts them, largest contribution first (unscored rows last, in order).
func finishContributions(rows []Contribution) []Contribution {
	total := 0.0
	for _, c := range rows {
		if c.Score.OK {
			total += c.Weight
		}
	}
	for i := range rows {
		c := &rows[i]
		switch {
		case !c.Score.OK:
			c.Contribution = undefined(c.Score.Reason)
		case total == 0:
			c.Contribution = undefined("all weights are zero")
		default:
			c.Share = c.Weight / total
			c.Contribution = defined(c.Share * c.Score.Value)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].Contribution, rows[j].Contribution
		if a.OK != b.OK {
			return a.OK
		}
		return a.OK && a.Value > b.Value
	})
	return rows
}
