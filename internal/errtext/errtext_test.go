package errtext

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPositioned(t *testing.T) {
	bad := errors.New("malformed document")
	tests := []struct {
		name         string
		line, column int
		err          error
		detail, want string
	}{
		{"position, sentinel and detail", 3, 7, bad, "unterminated quote", "load: goals:3:7: malformed document: unterminated quote"},
		{"no position", 0, 0, bad, "", "load: goals: malformed document"},
		{"no sentinel", 1, 1, nil, "why", "load: goals:1:1: : why"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Positioned("load: goals", tt.line, tt.column, tt.err, tt.detail))
		})
	}
}
