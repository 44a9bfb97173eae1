package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An error quotes at most about 64 bytes of its input, however long the
// input is.
func TestErrorsQuoteAnExcerpt(t *testing.T) {
	p := newParser(t)
	long := strings.Repeat("あ", 100_000)
	_, err := p.ParseDate(long)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 200, "%.300s", err)
	assert.Contains(t, err.Error(), "…")
	_, err = p.ParseTarget(long)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 200, "%.300s", err)
	assert.Equal(t, `parse: "`+strings.Repeat("あ", 21)+`"… (300000 bytes): no target`, err.Error())
}
