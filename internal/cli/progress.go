package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

// Progress line timing: nothing is shown for runs shorter than
// progressAfter, and the line is redrawn at most every progressEvery.
const (
	progressAfter = time.Second
	progressEvery = 250 * time.Millisecond
)

// IsTerminal reports whether w is a terminal (a character device). A
// variable so tests can pretend.
var IsTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressLine is the state of the progress line on standard error.
type progressLine struct {
	label   string
	size    int64 // -1 when unknown
	read    int64
	start   time.Time
	last    time.Time
	showing bool
}

// clock is the time source of the progress line; tests replace it.
var clock = time.Now

// progressReader counts the bytes read through it.
type progressReader struct {
	r io.Reader
	c *Command
}

func (pr progressReader) Read(b []byte) (int, error) {
	n, err := pr.r.Read(b)
	if n > 0 {
		pr.c.advance(int64(n))
	}
	return n, err
}

// Progress returns r counting its bytes for a progress line on standard
// error, "label: 12.3 MB of 40.0 MB (30%)", shown only when standard error
// is a terminal and the run has taken more than a second, and cleared
// before any problem is printed and at the end (Exit). size is the total
// when known, -1 otherwise. When standard error is not a terminal it
// returns r itself.
func (c *Command) Progress(r io.Reader, label string, size int64) io.Reader {
	if !IsTerminal(c.Stderr) {
		return r
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearProgressLocked()
	t := clock()
	c.progress = &progressLine{label: label, size: size, start: t, last: t}
	return progressReader{r: r, c: c}
}

func (c *Command) advance(n int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.progress
	if p == nil {
		return
	}
	p.read += n
	t := clock()
	if t.Sub(p.start) < progressAfter || t.Sub(p.last) < progressEvery {
		return
	}
	p.last = t
	s := "\r\x1b[K" + p.label + ": " + megabytes(p.read)
	if p.size > 0 {
		s += " of " + megabytes(p.size) + " (" + strconv.FormatInt(min(100, p.read*100/p.size), 10) + "%)"
	}
	fmt.Fprint(c.Stderr, s)
	p.showing = true
}

// clearProgress erases the progress line, if one is showing.
func (c *Command) clearProgress() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearProgressLocked()
}

func (c *Command) clearProgressLocked() {
	if c.progress != nil && c.progress.showing {
		fmt.Fprint(c.Stderr, "\r\x1b[K")
		c.progress.showing = false
	}
}

func megabytes(n int64) string {
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
}
