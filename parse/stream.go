package parse

import (
	"bufio"
	"errors"
	"io"
	"runtime"
	"strconv"
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
	// Workers is the most goroutines that extract at once; 0 means
	// runtime.GOMAXPROCS(0). Workers beyond the first start only once the
	// input has proved long enough to share (more than a few batches), so
	// a short input is read by one goroutine whatever the setting.
	Workers int
	// Encoding of the stream; the zero value detects UTF-8 (with or without
	// a BOM) or Shift_JIS from the first 64 KiB.
	Encoding Encoding
	// Encode, when set, renders each line (as JSON, CSV …) in the worker
	// goroutine right after extraction, so the rendering runs in parallel
	// too; the result is in Line.Encoded. It must be safe for concurrent use.
	Encode func(Line) ([]byte, error)
	// Append is Encode's allocation-free form: it appends the line's
	// rendering to dst and returns the extended buffer. The lines of one
	// batch are rendered into one buffer, reused for a later batch, and
	// Line.Encoded is the line's part of it: valid until yield returns, so
	// write or copy it there. Set Encode or Append, not both.
	Append func(dst []byte, ln Line) ([]byte, error)
}

// A batch is the unit of work handed to a worker: up to linesPerBatch lines
// or batchBytes of text, whichever comes first — enough that the work per
// hand-off dwarfs the channel operations (a line of plan text takes
// microseconds, a hand-off well under one), few enough that memory stays
// bounded.
const (
	linesPerBatch = 256
	batchBytes    = 64 << 10
)

// soloBatches is how many batches the input must exceed before a second
// worker starts: below that, starting and feeding more goroutines costs
// more than it saves (measured in docs/performance.md).
const soloBatches = 4

type batch struct {
	lines   []Line
	encoded []byte // Append's output for the whole batch
	done    chan struct{}
}

// ExtractLines reads r line by line (LF, CR LF or a lone CR, mixed as they
// come; Line.Number counts every one), extracts every line with
// up to opts.Workers goroutines, and calls yield once per line in input
// order, empty lines included. Memory is bounded: at most 2×Workers batches
// of 256 lines (or 64 KiB of text) are in flight, and a line longer than the
// parser's maximum is cut there (its Err says so) rather than held whole.
// The texts of one batch's lines share one allocation.
//
// It stops at the first error from yield and returns it, or returns a read
// error; it returns nil at the end of r. Setting both opts.Encode and
// opts.Append is an *OptionError.
func (p *Parser) ExtractLines(r io.Reader, opts StreamOptions, yield func(Line) error) error {
	if opts.Encode != nil && opts.Append != nil {
		return &OptionError{Option: "StreamOptions", Reason: "set Encode or Append, not both"}
	}
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
	free := make(chan *batch, 2*workers+2) // yielded batches, to be reused
	stop := make(chan struct{})
	work := func() {
		for b := range jobs {
			p.extractBatch(b, opts)
			close(b.done)
		}
	}
	go work()
	started := 1

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		rd := lineReader{p: p, br: br, enc: enc, free: free}
		for sent := 0; ; sent++ {
			if started < workers && sent > soloBatches {
				// The input is long enough to share: start the others.
				for ; started < workers; started++ {
					go work()
				}
			}
			b, err := rd.batch()
			if b != nil {
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
		clear(b.lines) // let go of what yield was given
		select {
		case free <- b:
		default:
		}
	}
	return <-readErr
}

// extractBatch extracts and renders the lines of b.
func (p *Parser) extractBatch(b *batch, opts StreamOptions) {
	if opts.Append != nil {
		size := 0
		for k := range b.lines {
			size += len(b.lines[k].Text)
		}
		if need := 2*size + 64*len(b.lines); cap(b.encoded) < need {
			b.encoded = make([]byte, 0, need)
		}
		b.encoded = b.encoded[:0]
	}
	for k := range b.lines {
		ln := &b.lines[k]
		p.extractLine(ln)
		switch {
		case opts.Encode != nil:
			ln.Encoded, ln.EncodeErr = opts.Encode(*ln)
		case opts.Append != nil:
			start := len(b.encoded)
			b.encoded, ln.EncodeErr = opts.Append(b.encoded, *ln)
			// Capped, so that appending to one line's part cannot
			// overwrite the next's.
			ln.Encoded = b.encoded[start:len(b.encoded):len(b.encoded)]
		}
	}
}

// lineReader cuts a stream into batches of lines.
type lineReader struct {
	p      *Parser
	br     *bufio.Reader
	enc    textenc.Encoding
	n      int    // lines read so far
	buf    []byte // the current batch's text, reused from batch to batch
	bounds []lineBounds
	free   <-chan *batch
}

// lineBounds is where one line's kept text lies in lineReader.buf.
type lineBounds struct{ start, end int }

// batch reads the next batch; it returns io.EOF (with the last lines, or
// nil when there were none) at the end of the stream, or a read error.
func (rd *lineReader) batch() (*batch, error) {
	rd.buf = rd.buf[:0]
	rd.bounds = rd.bounds[:0]
	var err error
	for len(rd.bounds) < linesPerBatch && len(rd.buf) < batchBytes {
		start := len(rd.buf)
		if rd.buf, err = rd.p.readLine(rd.br, rd.buf); err != nil {
			break
		}
		rd.bounds = append(rd.bounds, lineBounds{start, len(rd.buf)})
	}
	if len(rd.bounds) == 0 {
		return nil, err
	}
	text := string(rd.buf) // one allocation for the batch's texts
	var b *batch
	select {
	case b = <-rd.free:
		b.lines = b.lines[:0]
	default:
		b = &batch{lines: make([]Line, 0, linesPerBatch)}
	}
	b.done = make(chan struct{})
	for _, lb := range rd.bounds {
		rd.n++
		b.lines = append(b.lines, rd.p.newLine(rd.n, text[lb.start:lb.end], rd.enc))
	}
	return b, err
}

// readLine appends one line to buf, without its line ending, keeping at
// most the parser's maximum of it (plus room for a rune across the limit
// to be seen whole, and for newLine to tell the line was longer). It
// returns io.EOF only when no bytes are left.
func (p *Parser) readLine(br *bufio.Reader, buf []byte) ([]byte, error) {
	var (
		sawByte bool
		start   = len(buf)
		keep    = p.maxInput + utf8.UTFMax
	)
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) > 0 {
			sawByte = true
		}
		if room := keep - (len(buf) - start); room > 0 {
			buf = append(buf, chunk[:min(len(chunk), room)]...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return buf[:start], err
		}
		if !sawByte {
			return buf[:start], io.EOF
		}
		if n := len(buf); n > start && buf[n-1] == '\n' {
			buf = buf[:n-1]
		}
		return buf, nil
	}
}

// newLine makes the Line numbered number from its raw text: cut at the
// parser's maximum (its Err says so), never inside a rune. Invalid bytes (and, in Shift_JIS, unmapped ones, which the decoder made
// U+FFFD) are replaced and counted, also in a line cut at the limit.
func (p *Parser) newLine(number int, text string, enc textenc.Encoding) Line {
	ln := Line{Number: number}
	if end := fitReplaced(text, p.maxInput, enc); end < len(text) {
		ln.Err = &InputError{Offset: p.maxInput, Err: ErrTooLong,
			Detail: "line " + strconv.Itoa(number) + " cut at the limit of " + strconv.Itoa(p.maxInput) + " bytes"}
		text = text[:end]
	}
	ln.Text, ln.Replaced = textenc.Replace(text, enc)
	return ln
}

// fitReplaced returns how much of s fits in max bytes once each invalid
// byte is replaced by U+FFFD (three bytes; Shift_JIS text comes decoded,
// already valid): the line is cut there, never inside a rune, so its text
// as extracted stays within the parser's maximum and every replaced byte
// it keeps is counted.
func fitReplaced(s string, max int, enc textenc.Encoding) int {
	if 3*len(s) <= max || len(s) <= max && (enc == textenc.ShiftJIS || utf8.ValidString(s)) {
		return len(s) // fits however many bytes are replaced, or none are
	}
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
