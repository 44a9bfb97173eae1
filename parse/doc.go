// Package parse reads Japanese municipal text into the typed values of
// package goal: measurable targets (frequencies, counts, percentages, ranks,
// ratios, durations) with their comparators, and the documents that hold
// them.
//
// Text flows bytes → decode → width fold (keeping an offset map back to the
// original bytes) → a byte scan for candidates → recognition of the
// quantity, comparator, period and change → kagome tokenization of the
// clauses that hold a target (is the counter a word of its own, what is
// measured, what is done) → values whose spans point into the caller's
// original input. Text without a candidate is never tokenized.
//
// It is not a general Japanese number normalizer: numbers that are not
// targets — names (東京2020大会), ordinals (第2期), anniversaries (15周年),
// dates, telephone numbers, addresses, heading numbers, age and population
// qualifiers (65歳以上の) — are deliberately left out.
//
// A Parser is safe for concurrent use; the tokenizer dictionary is loaded
// once per process, on the first text that needs it.
package parse
