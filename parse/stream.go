package parse

import (
	"bufio"
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/textenc"
)

// Line is the result of extracting one line of a stream.
type Line struct {
	Number int    // 1-based line number
	Text   string // the line without its line ending; invalid UTF-8 replaced by U+FFFD
	Extraction
	// Replaced counts the invalid UTF-8 bytes replaced by U+FFFD in Text
	// (in a Shift_JIS stream, the byte sequences with no character, which
	// the decoder replaced); spans refer to Text as replaced.
	Replaced int
	// Err is the line's own error (a line over the parser's maximum: an
	// *InputError wrapping ErrTooLong, with Text cut to the maximum); the
	// other lines are still read.
	Err error
	// Encoded is what StreamOptions.Encode returned for this line (nil
	// without it); EncodeErr is its error.
	Encoded   []byte
	EncodeErr error
}

// StreamOptions tunes ExtractLines. The zero value is ready to use.
type StreamOptions struct {
	// Workers is how many goroutines extract at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Encoding of the stream; the zero value detects UTF-8 (with or without
	// a BOM) or Shift_JIS from the first 64 KiB.
	Encoding Encoding
	// Encode, when set, renders each line (as JSON, CSV …) in the worker
	// goroutine right after extraction, so the rendering runs in parallel
	// too; the result is in Line.Encoded. It must be safe for concurrent use.
	Encode func(Line) ([]byte, error)
}

// linesPerBatch is how many lines a worker takes at a time: enough to
// amortize the hand-off, few enough that memory stays bounded.
const linesPerBatch = 256

type batch struct {
	lines []Line
	done  chan struct{}
}

// ExtractLines reads r line by line (LF, CR LF or a lone CR, mixed as they
// come; Line.Number counts every one), extracts every line with
// up to opts.Workers goroutines, and calls yield once per line in input
// order, empty lines included. Memory is bounded: at most 2×Workers batches
// of 256 lines are in flight, and a line longer than the parser's maximum is
// cut there (its Err says so) rather than held whole.
//
// It stops at the first error from yield and returns it, or returns a read
// error; it returns nil at the end of r.
func (p *Parser) ExtractLines(r io.Reader, opts StreamOptions, yield func(Line) error) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	src, enc, err := textenc.NewReader(r, opts.Encoding)
	if err != nil {
		return err
	}
	br := bufio.NewReaderSize(textenc.Newlines(src), 64<<10)

	jobs := make(chan *batch)
	order := make(chan *batch, 2*workers)
	stop := make(chan struct{})
	for w := 0; w < workers; w++ {
		go func() {
			for b := range jobs {
				for k := range b.lines {
					ln := &b.lines[k]
					p.extractLine(ln)
					if opts.Encode != nil {
						ln.Encoded, ln.EncodeErr = opts.Encode(*ln)
					}
				}
				close(b.done)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		n := 0
		for {
			b := &batch{done: make(chan struct{})}
			var err error
			for len(b.lines) < linesPerBatch {
				var ln Line
				ln, err = p.readLine(br, n+1, enc)
				if err != nil {
					break
				}
				n++
				b.lines = append(b.lines, ln)
			}
			if len(b.lines) > 0 {
				select {
				case order <- b:
				case <-stop:
					readErr <- nil
					return
				}
				select {
				case jobs <- b:
				case <-stop:
					readErr <- nil
					return
				}
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = nil
				}
				readErr <- err
				return
			}
		}
	}()

	for b := range order {
		<-b.done
		for _, ln := range b.lines {
			if err := yield(ln); err != nil {
				close(stop)
				for range order { // let the reader and workers finish
				}
				return err
			}
		}
	}
	return <-readErr
}

// readLine reads one line, keeping at most the parser's maximum of it (plus
// room for the line ending, and for a rune across the limit to be seen
// whole). It returns io.EOF only when no bytes are left.
// Invalid bytes (and, in Shift_JIS, unmapped ones, which the decoder made
// U+FFFD) are replaced and counted, also in a line cut at the limit.
func (p *Parser) readLine(br *bufio.Reader, number int, enc textenc.Encoding) (Line, error) {
	var (
		sb      strings.Builder
		sawByte bool
		keep    = p.maxInput + utf8.UTFMax
	)
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) > 0 {
			sawByte = true
		}
		if room := keep - sb.Len(); room > 0 {
			sb.Write(chunk[:min(len(chunk), room)])
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return Line{}, err
		}
		if !sawByte {
			return Line{}, io.EOF
		}
		text := strings.TrimSuffix(sb.String(), "\n")
		ln := Line{Number: number}
		if end := fitReplaced(text, p.maxInput, enc); end < len(text) {
			ln.Err = &InputError{Offset: p.maxInput, Err: ErrTooLong,
				Detail: "line " + strconv.Itoa(number) + " cut at the limit of " + strconv.Itoa(p.maxInput) + " bytes"}
			text = text[:end]
		}
		ln.Text, ln.Replaced = textenc.Replace(text, enc)
		return ln, nil
	}
}

// fitReplaced returns how much of s fits in max bytes once each invalid
// byte is replaced by U+FFFD (three bytes; Shift_JIS text comes decoded,
// already valid): the line is cut there, never inside a rune, so its text
// as extracted stays within the parser's maximum and every replaced byte
// it keeps is counted.
func fitReplaced(s string, max int, enc textenc.Encoding) int {
	out := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		w := size
		if r == utf8.RuneError && size == 1 && enc != textenc.ShiftJIS {
			w = utf8.RuneLen(utf8.RuneError)
		}
		if out+w > max {
			return i
		}
		out += w
		i += size
	}
	return len(s)
}

func (p *Parser) extractLine(ln *Line) {
	ex, err := p.Extract(ln.Text)
	if err != nil && ln.Err == nil {
		ln.Err = err
	}
	ln.Extraction = ex
}
