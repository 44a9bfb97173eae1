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

// structure checks that text is a document of kind k (CheckKind) and reads
// its structure with the caller's reader (Config.Reader) or, when there is
// none, with s, built with opts on first use.
func (s *sharedReader) structure(k Kind, text string, c Config, opts func() []doc.Option) (*doc.Document, error) {
	if err := CheckKind(k, text); err != nil {
		return nil, err
	}
	rd := c.Reader
	if rd == nil {
		var err error
		if rd, err = s.get(opts); err != nil {
			return nil, err
		}
	}
	return rd.Read(text), nil
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
