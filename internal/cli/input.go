package cli

import (
	"io"
	"os"
)

// StdinName is how problems name standard input.
const StdinName = "stdin"

// Open opens the named input; "" and "-" mean standard input. It returns
// the name problems should carry ("stdin" for standard input) and the size
// in bytes when it is known (-1 otherwise), for the progress line. The
// caller closes the reader.
func (c *Command) Open(name string) (r io.ReadCloser, display string, size int64, err error) {
	if name == "" || name == "-" {
		return io.NopCloser(c.Stdin), StdinName, -1, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, name, -1, err
	}
	size = -1
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return f, name, size, nil
}

// OpenInput opens the named input as Open does and returns it reading
// through the progress line (Progress), with the name problems should
// carry. Closing it closes the file.
func (c *Command) OpenInput(name string) (io.ReadCloser, string, error) {
	return c.openInput(name, false)
}

// OpenDocument is OpenInput for a command about to read a whole document
// into memory: it also tunes the collector for the input's size
// (FitMemory).
func (c *Command) OpenDocument(name string) (io.ReadCloser, string, error) {
	return c.openInput(name, true)
}

func (c *Command) openInput(name string, document bool) (io.ReadCloser, string, error) {
	f, display, size, err := c.Open(name)
	if err != nil {
		return nil, display, err
	}
	if document {
		FitMemory(size)
	}
	return progressFile{c.Progress(f, display, size), f}, display, nil
}

// progressFile reads through the progress line and closes the file.
type progressFile struct {
	io.Reader
	io.Closer
}
