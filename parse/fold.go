package parse

import "github.com/policygoal/policygoal/internal/jtext"

// folded is text after width folding with the way back to the original
// bytes (see jtext.Fold): full-width ASCII becomes ASCII, half-width
// katakana full-width, and nothing else changes.
type folded = jtext.Folded

func fold(s string) folded { return jtext.Fold(s) }
