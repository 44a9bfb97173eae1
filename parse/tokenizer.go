package parse

import (
	"sync"

	"github.com/ikawaha/kagome-dict/dict"
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
	sharedDict    *dict.Dict // the tokenizer's dictionary, for tokenPOS
	tokenizerErr  error
)

// sharedTokenizer returns the process-wide kagome tokenizer. A kagome
// Tokenizer is immutable after New, so one value serves every goroutine.
func sharedTokenizer() (*tokenizer.Tokenizer, error) {
	tokenizerOnce.Do(func() {
		sharedDict = ipa.DictShrink()
		sharedTok, tokenizerErr = tokenizer.New(sharedDict, tokenizer.OmitBosEos())
	})
	return sharedTok, tokenizerErr
}

// tokenPOS fills pos with the first levels of t's part of speech, as
// t.POS() gives them, without allocating for a dictionary word (t.POS()
// builds a new slice each call, a measurable share of reading a clause).
// t must come from sharedTokenizer.
func tokenPOS(t tokenizer.Token, pos *[3]string) {
	if t.Class == tokenizer.KNOWN && t.ID >= 0 && t.ID < len(sharedDict.POSTable.POSs) {
		ids := sharedDict.POSTable.POSs[t.ID]
		for k := 0; k < len(ids) && k < len(pos); k++ {
			pos[k] = sharedDict.POSTable.NameList[ids[k]]
		}
		return
	}
	p := t.POS()
	for k := 0; k < len(p) && k < len(pos); k++ {
		pos[k] = p[k]
	}
}
