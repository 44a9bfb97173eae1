package enumtext

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var colours = []string{"", "red", "green"}

func TestName(t *testing.T) {
	tests := []struct {
		name string
		v    uint8
		want string
	}{
		{"unset has no name", 0, "Colour(0)"},
		{"first value", 1, "red"},
		{"last value", 2, "green"},
		{"value past the table", 3, "Colour(3)"},
		{"largest value", 255, "Colour(255)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Name("Colour", colours, tt.v))
		})
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	for v := uint8(1); int(v) < len(colours); v++ {
		text, err := Marshal("pkg", "Colour", colours, v)
		require.NoError(t, err)
		back, err := Unmarshal("pkg", "Colour", colours, text)
		require.NoError(t, err)
		assert.Equal(t, v, back)
	}
}

func TestMarshalErrors(t *testing.T) {
	tests := []struct {
		name    string
		v       uint8
		wantErr string
	}{
		{"unset cannot be written", 0, "pkg: cannot marshal Colour(0)"},
		{"unknown value cannot be written", 9, "pkg: cannot marshal Colour(9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Marshal("pkg", "Colour", colours, tt.v)
			assert.EqualError(t, err, tt.wantErr)
		})
	}
}

// colour is an enum type for UnmarshalInto.
type colour uint8

func TestUnmarshal(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    uint8
		wantErr string
	}{
		{"empty is unset", "", 0, ""},
		{"known name", "green", 2, ""},
		{"names are case-sensitive", "Green", 0, `pkg: unknown Colour "Green"`},
		{"unknown name", "blue", 0, `pkg: unknown Colour "blue"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Unmarshal("pkg", "Colour", colours, []byte(tt.text))
			if tt.wantErr != "" {
				assert.EqualError(t, err, tt.wantErr)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)

			// UnmarshalInto stores the same value, over whatever was there.
			into := colour(7)
			err = UnmarshalInto(&into, "pkg", "Colour", colours, []byte(tt.text))
			if tt.wantErr != "" {
				assert.EqualError(t, err, tt.wantErr)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, colour(tt.want), into)
		})
	}
}
