// Package jsonindent indents compact JSON as it is written, so that a large
// value can be streamed piece by piece (a plan node at a time) and still
// come out byte for byte as json.Indent (and json.Encoder with SetIndent)
// would lay out the whole value.
package jsonindent

import "io"

// Writer indents the compact JSON written to it (as json.Marshal writes
// it: no white space outside strings) onto an underlying writer. The
// pieces written may split the text anywhere, even inside a string.
type Writer struct {
	w       io.Writer
	prefix  string
	indent  string
	depth   int
	inStr   bool
	escaped bool
	// open is the bracket just written when its contents have not begun:
	// an empty [] or {} stays on one line.
	open byte
	buf  []byte
	err  error
}

// New returns a Writer indenting with prefix and indent as json.Indent
// does.
func New(w io.Writer, prefix, indent string) *Writer {
	return &Writer{w: w, prefix: prefix, indent: indent}
}

func (iw *Writer) newline() {
	iw.buf = append(iw.buf, '\n')
	iw.buf = append(iw.buf, iw.prefix...)
	for i := 0; i < iw.depth; i++ {
		iw.buf = append(iw.buf, iw.indent...)
	}
}

// Write indents p and writes it on; it reports len(p) or the first error
// of the underlying writer.
func (iw *Writer) Write(p []byte) (int, error) {
	if iw.err != nil {
		return 0, iw.err
	}
	iw.buf = iw.buf[:0]
	for _, c := range p {
		if iw.open != 0 {
			// the first byte inside a bracket: close it at once, or open a
			// line for its contents
			if c == ']' && iw.open == '[' || c == '}' && iw.open == '{' {
				iw.buf = append(iw.buf, c)
				iw.open = 0
				continue
			}
			iw.open = 0
			iw.depth++
			iw.newline()
		}
		if iw.inStr {
			iw.buf = append(iw.buf, c)
			switch {
			case iw.escaped:
				iw.escaped = false
			case c == '\\':
				iw.escaped = true
			case c == '"':
				iw.inStr = false
			}
			continue
		}
		switch c {
		case '"':
			iw.inStr = true
			iw.buf = append(iw.buf, c)
		case '{', '[':
			iw.buf = append(iw.buf, c)
			iw.open = c
		case '}', ']':
			iw.depth--
			iw.newline()
			iw.buf = append(iw.buf, c)
		case ',':
			iw.buf = append(iw.buf, c)
			iw.newline()
		case ':':
			iw.buf = append(iw.buf, ':', ' ')
		default:
			iw.buf = append(iw.buf, c)
		}
	}
	if _, err := iw.w.Write(iw.buf); err != nil {
		iw.err = err
		return 0, err
	}
	return len(p), nil
}
