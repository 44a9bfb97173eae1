package kpi

import (
	"errors"
	"fmt"
	"math"
)

// RankBand is one step of a rank scheme: progress at or above Min earns
// Label.
type RankBand struct {
	Min   float64 // may be math.Inf(-1) for "anything else"
	Label string
}

// RankScheme turns progress into a rank label. It is data, so a city can
// state its own: Bands are tried in order and the first whose Min progress
// is met gives the rank.
//
// The rank is undefined (Evaluation.Rank is "") when the indicator has no
// actual, or when progress is undefined and the target is not achieved, or
// when no band matches.
type RankScheme struct {
	Name string
	// Achieved is the label of an indicator whose status is achieved,
	// whatever its progress; "" means achieved indicators are ranked by
	// their progress like the others.
	Achieved string
	// Bands in descending order of Min.
	Bands []RankBand
}

// DefaultRanks is the default scheme: A when achieved or progress ≥ 1,
// B when progress ≥ 0.8, C when ≥ 0.5, D below.
var DefaultRanks = RankScheme{
	Name:     "abcd",
	Achieved: "A",
	Bands: []RankBand{
		{Min: 1, Label: "A"},
		{Min: 0.8, Label: "B"},
		{Min: 0.5, Label: "C"},
		{Min: math.Inf(-1), Label: "D"},
	},
}

// FiveLevelRanks is the S–D scale many evaluation sheets (施策評価シート) use:
// S when achieved or progress ≥ 1, A ≥ 0.8, B ≥ 0.6, C ≥ 0 (moved the
// right way), D below 0 (worsened).
var FiveLevelRanks = RankScheme{
	Name:     "sabcd",
	Achieved: "S",
	Bands: []RankBand{
		{Min: 1, Label: "S"},
		{Min: 0.8, Label: "A"},
		{Min: 0.6, Label: "B"},
		{Min: 0, Label: "C"},
		{Min: math.Inf(-1), Label: "D"},
	},
}

// SymbolRanks is the ◎○△× marking of progress tables: ◎ when achieved or
// progress ≥ 1, ○ ≥ 0.5, △ ≥ 0, × below 0.
var SymbolRanks = RankScheme{
	Name:     "symbols",
	Achieved: "◎",
	Bands: []RankBand{
		{Min: 1, Label: "◎"},
		{Min: 0.5, Label: "○"},
		{Min: 0, Label: "△"},
		{Min: math.Inf(-1), Label: "×"},
	},
}

// RankSchemes are the shipped presets by Name.
var RankSchemes = map[string]RankScheme{
	DefaultRanks.Name:   DefaultRanks,
	FiveLevelRanks.Name: FiveLevelRanks,
	SymbolRanks.Name:    SymbolRanks,
}

// ErrRankScheme is wrapped by the error Validate returns.
var ErrRankScheme = errors.New("invalid rank scheme")

// Validate reports a scheme with no bands, a band with an empty label or a
// NaN threshold, or bands out of descending order, as an error wrapping
// ErrRankScheme.
func (s RankScheme) Validate() error {
	if len(s.Bands) == 0 {
		return fmt.Errorf("kpi: rank scheme %q: no bands: %w", s.Name, ErrRankScheme)
	}
	for i, b := range s.Bands {
		if b.Label == "" || math.IsNaN(b.Min) {
			return fmt.Errorf("kpi: rank scheme %q: band %d: empty label or NaN threshold: %w", s.Name, i+1, ErrRankScheme)
		}
		if i > 0 && b.Min >= s.Bands[i-1].Min {
			return fmt.Errorf("kpi: rank scheme %q: band %d is not below band %d: %w", s.Name, i+1, i, ErrRankScheme)
		}
	}
	return nil
}

// rank applies the scheme.
func (s RankScheme) rank(status Status, progress Figure) (string, Reason) {
	if status == StatusNoData {
		return "", ReasonNoActual
	}
	if status == StatusAchieved && s.Achieved != "" {
		return s.Achieved, ""
	}
	if !progress.OK {
		return "", ReasonNoProgress
	}
	for _, b := range s.Bands {
		if progress.Value >= b.Min {
			return b.Label, ""
		}
	}
	return "", "progress below every rank band"
}
