package load

import (
	"sync"

	"github.com/policygoal/policygoal/parse/doc"
)

// sharedReader is a structure reader built once, on first use, and shared
// by every call of one loader that uses its default vocabulary: a
// doc.Reader is immutable and safe for concurrent use, and building one
// prepares its tables, which need not be paid for on every document.
type sharedReader struct {
	once sync.Once
	r    *doc.Reader
	err  error
}

// get returns the shared reader, building it on the first call with the
// options opts returns (nil: the defaults); opts is not called again, so
// the vocabulary is assembled once.
func (s *sharedReader) get(opts func() []doc.Option) (*doc.Reader, error) {
	s.once.Do(func() {
		var o []doc.Option
		if opts != nil {
			o = opts()
		}
		s.r, s.err = doc.NewReader(o...)
	})
	return s.r, s.err
}
