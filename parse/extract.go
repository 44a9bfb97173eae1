package parse

import (
	"strconv"

	"github.com/policygoal/policygoal/goal"
)

// Extraction is what Extract finds in one text, each list in order of
// position, every span a byte range of the text as given.
type Extraction struct {
	// Targets are the quantities the text commits to: Role RoleTarget or
	// RoleInterim (see Role). Each has its Year when the text states one.
	Targets []goal.Target
	// Figures are the other quantities: baselines (現状値), actuals
	// (実績値), definitions, thresholds and sample sizes, with Role and Year.
	Figures []goal.Target
	// Dates are the dates and fiscal years in the text (see Dates). Their
	// numbers are never targets; a date followed by a deadline word
	// (令和7年度までに) sets the By of the targets it governs.
	Dates []goal.DateMention
	// DateProblems are date-shaped expressions that name no real day (see
	// ScanDates); they are left out of Dates.
	DateProblems []*DateError
	// Problems lists what was read but could not be used, each an
	// *InputError with its offset: numerals out of range (ErrRange). A
	// problem never stops the rest of the text from being read.
	Problems []*InputError
}

// Extract finds the targets and dates in text. Text longer than the parser's maximum
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
	if anyStart.none(text) {
		return Extraction{}, nil // most of a document: one scan, nothing allocated
	}
	f := fold(text)
	ds := scanDates(text, f)
	targets, problems := p.targets(text, f, ds.Dates)
	targets = p.arrowFigures(text, f, ds.Dates, targets)
	targets, figures := p.assignRoles(text, f, ds.Dates, targets)
	return Extraction{Targets: targets, Figures: figures, Problems: problems, Dates: ds.Dates, DateProblems: ds.Problems}, nil
}
