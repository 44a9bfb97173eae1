package parse

import (
	"strconv"

	"github.com/policygoal/policygoal/goal"
)

// Extraction is what Extract finds in one text, each list in order of
// position, every span a byte range of the text as given.
type Extraction struct {
	Targets []goal.Target
	// Problems lists what was read but could not be used, each an
	// *InputError with its offset: numerals out of range (ErrRange). A
	// problem never stops the rest of the text from being read.
	Problems []*InputError
}

// Extract finds the targets in text. Text longer than the parser's maximum
// (DefaultMaxInput unless WithMaxInput says otherwise) is an *InputError
// wrapping ErrTooLong, and nothing is read; invalid UTF-8 is read around (no
// target contains an invalid byte). The tokenizer dictionary is loaded on
// the first text whose kanji numerals need a word check; if it cannot be
// loaded, the error wraps ErrTokenizer.
func (p *Parser) Extract(text string) (Extraction, error) {
	if len(text) > p.maxInput {
		return Extraction{}, &InputError{Offset: p.maxInput, Err: ErrTooLong,
			Detail: strconv.Itoa(len(text)) + " bytes, limit " + strconv.Itoa(p.maxInput)}
	}
	f := fold(text)
	targets, problems := p.targets(text, f)
	return Extraction{Targets: targets, Problems: problems}, nil
}
