package parse

import (
	"sync"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// The IPA dictionary is large (tens of MB in memory, a fraction of a second
// to load), so it is loaded once per process and only when a text first
// needs the tokenizer. The shrunk form keeps the part-of-speech table,
// which is all the recognizers read, and drops readings and base forms.
var (
	tokenizerOnce sync.Once
	sharedTok     *tokenizer.Tokenizer
	tokenizerErr  error
)

// sharedTokenizer returns the process-wide kagome tokenizer. A kagome
// Tokenizer is immutable after New, so one value serves every goroutine.
func sharedTokenizer() (*tokenizer.Tokenizer, error) {
	tokenizerOnce.Do(func() {
		sharedTok, tokenizerErr = tokenizer.New(ipa.DictShrink(), tokenizer.OmitBosEos())
	})
	return sharedTok, tokenizerErr
}
