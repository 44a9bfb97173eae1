package jsonindent

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriterMatchesIndent(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"scalars", `1`},
		{"empty object and array", `{"a":{},"b":[]}`},
		{"nested", `{"a":[1,{"b":"c"},[]],"d":{"e":null}}`},
		{"brackets, commas and colons in strings", `{"x":"a,b:{c}[d]","y":"\"q\\\\"}`},
		{"escaped quote at the end of a string", `["\\\"","\\"]`},
		{"unicode and html escapes", `{"t":"第1章\u003c\u0026"}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, []byte(tt.in), "  ", "  "))
			// whole, then a byte at a time
			for _, step := range []int{len(tt.in), 1} {
				var got bytes.Buffer
				w := New(&got, "  ", "  ")
				for i := 0; i < len(tt.in); i += step {
					_, err := w.Write([]byte(tt.in[i:min(i+step, len(tt.in))]))
					require.NoError(t, err)
				}
				assert.Equal(t, want.String(), got.String(), "step %d", step)
			}
		})
	}
}

// FuzzWriter: any value json.Marshal writes, split anywhere, comes out as
// json.Indent lays it out.
func FuzzWriter(f *testing.F) {
	f.Add(`{"a":[1,{"b":"c"},[]],"d":{}}`, 3)
	f.Add(`["x\"y",{"":""}]`, 1)
	f.Fuzz(func(t *testing.T, in string, split int) {
		var v any
		if json.Unmarshal([]byte(in), &v) != nil {
			return
		}
		compact, err := json.Marshal(v)
		require.NoError(t, err)
		var want bytes.Buffer
		require.NoError(t, json.Indent(&want, compact, "", "\t"))
		if split <= 0 || split > len(compact) {
			split = len(compact)
		}
		var got bytes.Buffer
		w := New(&got, "", "\t")
		_, err = w.Write(compact[:split])
		require.NoError(t, err)
		_, err = w.Write(compact[split:])
		require.NoError(t, err)
		assert.Equal(t, want.String(), got.String())
	})
}
