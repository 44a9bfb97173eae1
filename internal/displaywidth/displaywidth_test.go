package displaywidth

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestString(t *testing.T) {
	for _, tt := range []struct {
		name, s string
		want    int
	}{
		{"ASCII", "LINE", 4},
		{"kanji and kana", "月1回以上", 9},
		{"full-width letters and digits", "ＡＢ１", 6},
		{"half-width katakana are narrow", "ｶﾀｶﾅ", 4},
		{"combining mark takes no column", "e\u0301", 1},
		{"controls take no column", "a\tb\x1b", 2},
		{"ideographic space is wide", "\u3000", 2},
		{"empty", "", 0},
	} {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, String(tt.s)) })
	}
}
