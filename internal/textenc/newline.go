package textenc

import "io"

// Newlines returns a reader of r with every line ending — CR LF, LF, or a
// lone CR as old Mac programs and some exports write — turned into one LF,
// so that a CR-only file is read as lines, not as one long line, and line
// numbers count every kind of ending. Byte offsets after a CR LF shift by
// one; callers that report offsets into the original bytes count them
// before this reader.
func Newlines(r io.Reader) io.Reader { return &newlineReader{r: r} }

type newlineReader struct {
	r       io.Reader
	afterCR bool // the last byte passed on was a CR (as LF): drop an LF next
}

func (n *newlineReader) Read(p []byte) (int, error) {
	for {
		k, err := n.r.Read(p)
		out := 0
		for i := 0; i < k; i++ {
			c := p[i]
			if c == '\n' && n.afterCR {
				n.afterCR = false
				continue
			}
			n.afterCR = c == '\r'
			if c == '\r' {
				c = '\n'
			}
			p[out] = c
			out++
		}
		// A read that held only the LF of a CR LF reads again rather than
		// return 0 bytes and no error.
		if out > 0 || err != nil || k == 0 {
			return out, err
		}
	}
}
