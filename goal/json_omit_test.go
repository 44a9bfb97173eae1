package goal

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNonZero(t *testing.T) {
	assert.Nil(t, nonZero(Head{}), "the zero value is left out")
	assert.Nil(t, nonZero(Contact{}), "the zero value is left out")
	h := Head{Title: "局長", Name: "山田 花子"}
	p := nonZero(h)
	require.NotNil(t, p)
	assert.Equal(t, h, *p)
	p.Name = "changed"
	assert.Equal(t, "山田 花子", h.Name, "a copy, not the caller's value")
}
