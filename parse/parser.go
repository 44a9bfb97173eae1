package parse

// Parser recognizes targets and dates in Japanese goal text. Build one with
// New; it is immutable, and safe for concurrent use by many goroutines.
type Parser struct {
	maxInput int
	// confirmKanji decides whether kanji at s[start:end] are a numeral:
	// kanjiNumeralConfirmed (a window around them) unless a test asks for
	// the whole-text slow path.
	confirmKanji func(s string, start, end int) bool
	dates        dateConfig // WithReferenceTime; see dateoptions.go
	roleCues     []RoleCue  // WithRoleCues; nil means the defaults (see role_cues.go)
	roleCueIndex *cueIndex  // roleCues indexed; nil means the defaults
}

// DefaultMaxInput is the longest text, in bytes, Extract accepts unless
// WithMaxInput says otherwise: 1 MiB, far above any goal statement or table
// cell, low enough that one hostile line cannot take a process's memory.
const DefaultMaxInput = 1 << 20

// Option configures a Parser.
type Option func(*Parser) error

// WithMaxInput sets the longest text Extract accepts, in bytes; n must be
// positive. Longer texts get an error wrapping ErrTooLong.
func WithMaxInput(n int) Option {
	return func(p *Parser) error {
		if n <= 0 {
			return &OptionError{Option: "WithMaxInput", Reason: "must be positive"}
		}
		p.maxInput = n
		return nil
	}
}

// New returns a Parser with the given options applied in order. It does not
// load the tokenizer dictionary; the first text that needs it does.
func New(opts ...Option) (*Parser, error) {
	p := &Parser{maxInput: DefaultMaxInput, confirmKanji: kanjiNumeralConfirmed}
	for _, o := range opts {
		if err := o(p); err != nil {
			return nil, err
		}
	}
	return p, nil
}
