// Package textenc decodes the encodings Japanese municipal files come in:
// UTF-8 with or without a byte order mark, and Shift_JIS as Windows writes it
// (CP932). It is shared by the document loaders in parse and the table
// reader in kpi.
package textenc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// Encoding names a text encoding. The zero value, Auto, asks Decode to
// detect it.
type Encoding uint8

// The encodings.
const (
	Auto     Encoding = iota // detect: UTF-8 (BOM or not) when valid, else Shift_JIS when it decodes cleanly
	UTF8                     // UTF-8; a leading byte order mark is dropped
	ShiftJIS                 // Shift_JIS with the Windows extensions (CP932)
)

// String returns "auto", "utf-8" or "shift_jis".
func (e Encoding) String() string {
	switch e {
	case Auto:
		return "auto"
	case UTF8:
		return "utf-8"
	case ShiftJIS:
		return "shift_jis"
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// ParseEncoding reads an encoding name as a user would type it: "auto",
// "utf-8"/"utf8", "shift_jis"/"sjis"/"cp932" (case-insensitive).
func ParseEncoding(name string) (Encoding, error) {
	switch strings.ToLower(strings.ReplaceAll(name, "-", "_")) {
	case "", "auto":
		return Auto, nil
	case "utf_8", "utf8":
		return UTF8, nil
	case "shift_jis", "sjis", "shiftjis", "cp932", "windows_31j", "ms932":
		return ShiftJIS, nil
	}
	return Auto, fmt.Errorf("textenc: unknown encoding %q", name)
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// Decoded is text decoded to UTF-8.
type Decoded struct {
	Text     string
	Encoding Encoding // the encoding used (never Auto)
	BOM      bool     // a UTF-8 byte order mark was dropped
	// Replaced counts the invalid byte sequences replaced by U+FFFD; 0 for
	// clean input. Callers report it: invalid bytes are never silently lost.
	Replaced int
}

// Decode turns data into UTF-8 text. With Auto it takes UTF-8 when data is
// valid UTF-8 (after an optional BOM), otherwise Shift_JIS when that decodes
// with no invalid sequence, and otherwise UTF-8 with the invalid bytes
// replaced by U+FFFD and counted in Replaced.
func Decode(data []byte, enc Encoding) (Decoded, error) {
	switch enc {
	case Auto:
		if body, ok := bytes.CutPrefix(data, bom); ok {
			return decodeUTF8(body, true), nil
		}
		if utf8.Valid(data) {
			return Decoded{Text: string(data), Encoding: UTF8}, nil
		}
		if d, err := decodeShiftJIS(data); err == nil && d.Replaced == 0 {
			return d, nil
		}
		return decodeUTF8(data, false), nil
	case UTF8:
		body, had := bytes.CutPrefix(data, bom)
		return decodeUTF8(body, had), nil
	case ShiftJIS:
		return decodeShiftJIS(data)
	}
	return Decoded{}, fmt.Errorf("textenc: unknown %v", enc)
}

func decodeUTF8(data []byte, hadBOM bool) Decoded {
	d := Decoded{Encoding: UTF8, BOM: hadBOM}
	if utf8.Valid(data) {
		d.Text = string(data)
		return d
	}
	var b strings.Builder
	b.Grow(len(data))
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			d.Replaced++
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(data[:n])
		}
		data = data[n:]
	}
	d.Text = b.String()
	return d
}

func decodeShiftJIS(data []byte) (Decoded, error) {
	out, err := japanese.ShiftJIS.NewDecoder().Bytes(data)
	if err != nil {
		return Decoded{}, fmt.Errorf("textenc: shift_jis: %w", err)
	}
	// The decoder writes U+FFFD for each sequence it cannot map; a real
	// U+FFFD cannot occur in Shift_JIS input, so counting them is exact.
	return Decoded{Text: string(out), Encoding: ShiftJIS, Replaced: bytes.Count(out, []byte("\uFFFD"))}, nil
}

// sniffSize is how much of a stream NewReader looks at to detect its
// encoding.
const sniffSize = 64 << 10

// NewReader returns a reader of UTF-8 text from r. With Auto it looks at the
// first 64 KiB: a UTF-8 BOM (dropped) or valid UTF-8 means UTF-8; otherwise
// Shift_JIS when that part decodes with no invalid sequence; otherwise UTF-8
// (the caller replaces invalid bytes). It returns the encoding chosen.
func NewReader(r io.Reader, enc Encoding) (io.Reader, Encoding, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, enc, err
	}
	if bytes.HasPrefix(head, bom) && enc != ShiftJIS {
		_, _ = br.Discard(len(bom))
		return br, UTF8, nil
	}
	if enc == Auto {
		enc = UTF8
		if !validPrefix(head, len(head) < sniffSize) {
			if d, err := decodeShiftJIS(trimPartialSJIS(head)); err == nil && d.Replaced == 0 {
				enc = ShiftJIS
			}
		}
	}
	switch enc {
	case UTF8:
		return br, UTF8, nil
	case ShiftJIS:
		return transform.NewReader(br, japanese.ShiftJIS.NewDecoder()), ShiftJIS, nil
	}
	return nil, enc, fmt.Errorf("textenc: unknown %v", enc)
}

// validPrefix reports whether b is valid UTF-8, allowing a rune cut off at
// the end when b is only the start of a longer stream.
func validPrefix(b []byte, complete bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if complete {
		return false
	}
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		if utf8.Valid(b[:len(b)-k]) {
			return true
		}
	}
	return false
}

// trimPartialSJIS drops a trailing lead byte of a two-byte Shift_JIS
// character cut off by the sniffing window.
func trimPartialSJIS(b []byte) []byte {
	if n := len(b); n > 0 {
		c := b[n-1]
		if (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC) {
			return b[:n-1]
		}
	}
	return b
}
