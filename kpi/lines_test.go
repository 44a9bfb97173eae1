package kpi

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every line ending reads the same table, with the same row numbers.
func TestReadTableLineEndings(t *testing.T) {
	lf := bytes.ReplaceAll(readSample(t), []byte("\r\n"), []byte("\n"))
	want, err := ReadTable(bytes.NewReader(lf), withParsers)
	require.NoError(t, err)
	require.Len(t, want.Indicators, 7)
	lines := strings.Split(strings.TrimSuffix(string(lf), "\n"), "\n")
	mixed := ""
	for i, l := range lines {
		mixed += l + []string{"\r\n", "\r", "\n"}[i%3]
	}
	for name, in := range map[string]string{
		"cr only":      strings.Join(lines, "\r") + "\r",
		"cr, no final": strings.Join(lines, "\r"),
		"mixed":        mixed,
	} {
		t.Run(name, func(t *testing.T) {
			got, err := ReadTable(strings.NewReader(in), withParsers)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

func TestReadTableErrorRowsByAnyLineEnding(t *testing.T) {
	in := "name,unit,baseline,target,actual\rA,件,1,2,x\rB,件,1,2,3\r\nC,件,y,2,3\n"
	tab, err := ReadTable(strings.NewReader(in), TableOptions{})
	require.NoError(t, err)
	require.Len(t, tab.Errors, 2)
	assert.Equal(t, 2, tab.Errors[0].Row)
	assert.Equal(t, 2, tab.Errors[0].Line)
	assert.Equal(t, 5, tab.Errors[0].Column)
	assert.Equal(t, 4, tab.Errors[1].Row)
	assert.Equal(t, 3, tab.Errors[1].Column)
	assert.Len(t, tab.Indicators, 1)
}

// A cell beyond the header's columns is reported and its row skipped: it is
// usually an unquoted thousands comma that shifted the cells after it.
func TestReadTableCellBeyondHeader(t *testing.T) {
	in := "name,unit,baseline,target,actual\n" +
		"A,件,1,2,3\n" +
		"B,件,1,200,1,500\n" + // 1,500 unquoted
		"C,件,1,2,3,,\n" // empty trailing cells are fine
	tab, err := ReadTable(strings.NewReader(in), TableOptions{})
	require.NoError(t, err)
	require.Len(t, tab.Errors, 1)
	e := tab.Errors[0]
	assert.Equal(t, 3, e.Row)
	assert.Equal(t, 6, e.Column)
	assert.Equal(t, "500", e.Value)
	assert.ErrorIs(t, e, ErrExtraCell)
	assert.Equal(t, `kpi: row 3, column 6: "500": cell beyond the header's columns: the header has 5 columns`, e.Error())
	var names []string
	for _, ind := range tab.Indicators {
		names = append(names, ind.Name)
	}
	assert.Equal(t, []string{"A", "C"}, names)
}

func TestReadTableReplaced(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		encoding string
		replaced int
		unit     string
	}{
		{"invalid utf-8 byte", []byte("name,unit,baseline,target,actual\nA,\xff件,1,2,3\n"), "utf-8", 1, "\uFFFD件"},
		{"invalid utf-8 after the sniffed part", append([]byte("name,unit,baseline,target,actual\n"+strings.Repeat("A,件,1,2,3\n", 8000)), "A,\xff\xfe件,1,2,3\n"...), "utf-8", 2, "件"},
		{"shift_jis with an unmapped pair after the sniffed part", append(toShiftJIS(t, []byte("name,unit,baseline,target,actual\n"+strings.Repeat("A,件,1,2,3\n", 8000)+"B,")), 0x85, 0x40, ',', '1', ',', '2', ',', '3', '\n'), "shift_jis", 1, "件"},
		{"shift_jis with an unmapped pair at the start is read as utf-8, every invalid byte counted", append(toShiftJIS(t, []byte("name,unit,baseline,target,actual\nA,件,1,2,3\nB,")), 0x85, 0x40, ',', '1', ',', '2', ',', '3', '\n'), "utf-8", 3, "\uFFFD\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ReadTable(bytes.NewReader(tt.in), TableOptions{})
			require.NoError(t, err)
			assert.Equal(t, tt.encoding, tab.Encoding)
			assert.Equal(t, tt.replaced, tab.Replaced)
			require.NotEmpty(t, tab.Indicators)
			assert.Equal(t, tt.unit, tab.Indicators[0].Unit)
		})
	}
}

func TestReadTableTooLargeWhileStreaming(t *testing.T) {
	in := "name,unit,baseline,target,actual\n" + strings.Repeat("A,件,1,2,3\n", 100)
	_, err := ReadTable(strings.NewReader(in), TableOptions{MaxBytes: 200})
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, "kpi: table over 200 bytes: input too large", err.Error())
	_, err = ReadEvents(strings.NewReader(strings.Repeat("2023-04-01\n", 100)), nil, 100)
	assert.ErrorIs(t, err, ErrTooLarge)
	tab, err := ReadTable(strings.NewReader(in), TableOptions{MaxBytes: len(in)})
	require.NoError(t, err, "exactly the limit is read")
	assert.Len(t, tab.Indicators, 1)
}

type failingReader struct{ data string }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, errors.New("disk gone")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReadTableReadError(t *testing.T) {
	_, err := ReadTable(&failingReader{data: "name,unit,baseline,target,actual\nA,件,1,2,3\n"}, TableOptions{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "disk gone")
	assert.NotErrorIs(t, err, ErrTooLarge)
}

func TestReadEventsLineEndingsAndHeader(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		header []string
		dates  int
		errs   []int // rows of the errors
	}{
		{"cr only", "開催日,会議\r2023-04-12,a\r2023-05-10,b\r", []string{"開催日", "会議"}, 2, nil},
		{"mixed", "開催日,会議\r\n2023-04-12,a\r2023-05-10,b\n2023-06-01,c", []string{"開催日", "会議"}, 3, nil},
		{"invalid first row is no header", "2023-13-45,a\r2023-05-10,b\r", nil, 1, []int{1}},
		{"first row with digits is no header", "第1回,a\n2023-05-10,b\n", nil, 1, []int{1}},
		{"header then bad row on line 3", "date,what\r\n2023-04-12,a\rsoon,b\n", []string{"date", "what"}, 1, []int{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := ReadEvents(strings.NewReader(tt.in), nil, 0)
			require.NoError(t, err)
			assert.Equal(t, tt.header, ev.Header)
			assert.Len(t, ev.Dates, tt.dates)
			var rows []int
			for _, e := range ev.Errors {
				rows = append(rows, e.Row)
			}
			assert.Equal(t, tt.errs, rows)
		})
	}
}

// WriteJSON writes what encoding/json's indenting Encoder writes for the
// whole slice, and Evaluator.WriteJSON what WriteJSON writes for
// EvaluateAll.
func TestWriteJSONMatchesEncoder(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(readSample(t)), withParsers)
	require.NoError(t, err)
	evs := Evaluator{}.EvaluateAll(tab.Indicators)
	evs[0].Indicator.Name = `<b>&"quoted"</b>`
	for _, n := range []int{0, 1, len(evs)} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		all := evs[:n]
		if n == 0 {
			all = []Evaluation{}
		}
		require.NoError(t, enc.Encode(all))
		require.NoError(t, WriteJSON(&got, evs[:n]))
		assert.Equal(t, want.String(), got.String(), "%d evaluations", n)
	}
	inds := tab.Indicators
	for _, n := range []int{0, 1, len(inds)} {
		var want, got bytes.Buffer
		require.NoError(t, WriteJSON(&want, Evaluator{}.EvaluateAll(inds[:n])))
		require.NoError(t, Evaluator{}.WriteJSON(&got, inds[:n]))
		assert.Equal(t, want.String(), got.String(), "Evaluator.WriteJSON, %d indicators", n)
	}
}

// A bad cell of 300,000 characters is reported with an excerpt of it.
func TestCellErrorQuotesAnExcerpt(t *testing.T) {
	in := "name,unit,baseline,target,actual\nA,件,1,2," + strings.Repeat("x", 300_000) + "\n"
	tab, err := ReadTable(strings.NewReader(in), TableOptions{})
	require.NoError(t, err)
	require.Len(t, tab.Errors, 1)
	msg := tab.Errors[0].Error()
	assert.Equal(t, `kpi: row 2, column 5 (actual): "`+strings.Repeat("x", 64)+`"… (300000 bytes): not a number`, msg)
	assert.Len(t, tab.Errors[0].Value, 300_000, "the value itself is kept whole")
}
