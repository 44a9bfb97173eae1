package parse

import "strconv"

// Extract finds the targets in text. Spans are byte offsets into text as
// given. Text longer than the parser's maximum (DefaultMaxInput unless set)
// is an *InputError wrapping ErrTooLong; nothing else is an error.
func (p *Parser) Extract(text string) (Extraction, error) {
	if len(text) > p.maxInput {
		return Extraction{}, &InputError{Offset: p.maxInput, Err: ErrTooLong,
			Detail: strconv.Itoa(len(text)) + " bytes, limit " + strconv.Itoa(p.maxInput)}
	}
	f := fold(text)
	return Extraction{Targets: p.targets(text, f)}, nil
}
