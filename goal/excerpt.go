package goal

import "github.com/policygoal/policygoal/internal/excerpt"

// quoteExcerpt quotes s for an error message, at most 64 bytes of it, so
// that an error about a huge value is one line. internal/excerpt, like
// internal/enumtext, imports only the standard library, so goal still
// depends on nothing outside it.
func quoteExcerpt(s string) string { return excerpt.Quote(s) }
