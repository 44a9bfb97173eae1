package goal

// Span is a half-open byte range [Start, End) into the caller's original
// input: input[Start:End] is the text a value was read from, whatever width
// folding or decoding happened on the way.
type Span struct {
	Start int
	End   int
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is non-empty and lies within an input of n
// bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start < s.End && s.End <= n }
