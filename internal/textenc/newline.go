package textenc

import (
	"bytes"
	"io"
)

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
		buf := p[:k]
		i, out := 0, 0
		if n.afterCR && k > 0 {
			n.afterCR = false
			if buf[0] == '\n' {
				i = 1 // the LF of a CR LF split across reads
			}
		}
		// Most text has no CR: find each with IndexByte (vectorized) and
		// move only what lies between when something was dropped.
		for i < k {
			j := bytes.IndexByte(buf[i:], '\r')
			if j < 0 {
				j = k - i
			}
			if out != i {
				copy(buf[out:], buf[i:i+j])
			}
			out += j
			i += j
			if i == k {
				break
			}
			buf[out] = '\n' // the CR
			out++
			i++
			switch {
			case i == k:
				n.afterCR = true
			case buf[i] == '\n':
				i++ // CR LF
			}
		}
		// A read that held only the LF of a CR LF reads again rather than
		// return 0 bytes and no error.
		if out > 0 || err != nil || k == 0 {
			return out, err
		}
	}
}
