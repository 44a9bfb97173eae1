package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTokenPOS: tokenPOS gives the first three levels of t.POS() for
// dictionary words and unknown words alike.
func TestTokenPOS(t *testing.T) {
	tok, err := sharedTokenizer()
	require.NoError(t, err)
	for _, text := range []string{
		"救急車の平均到着時間を8分以内に短縮します。",
		"自治会の見回りを月1回以上行う",
		"ＡＢＣ（％）　ｶﾞｲﾄﾞ　😀　\xff",
	} {
		for _, tk := range tok.Tokenize(text) {
			var got, want [3]string
			tokenPOS(tk, &got)
			copy(want[:], tk.POS())
			assert.Equal(t, want, got, "%q in %q", tk.Surface, text)
		}
	}
}
