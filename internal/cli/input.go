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
