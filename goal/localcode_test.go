package goal_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
)

var localCodeTests = []struct {
	name    string
	in      string
	want    string
	wantErr bool
}{
	{"saitama city 6 digits", "111007", "111007", false},
	{"sakai city 6 digits", "271403", "271403", false},
	{"tokyo chiyoda", "131016", "131016", false},
	{"remainder 0 gives 1 (sapporo chuo-ku)", "011011", "011011", false},
	{"remainder 10 gives 1 (tokyo)", "130001", "130001", false},
	{"5 digits completed", "11100", "111007", false},
	{"5 digits completed hokkaido", "01000", "010006", false},
	{"full-width digits", "２７１４０", "271403", false},
	{"wrong check digit", "111008", "", true},
	{"too short", "1110", "", true},
	{"too long", "1110071", "", true},
	{"letters", "11100a", "", true},
	{"empty", "", "", true},
}

func TestParseLocalGovernmentCode(t *testing.T) {
	for _, tt := range localCodeTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := goal.ParseLocalGovernmentCode(tt.in)
			if tt.wantErr {
				assert.ErrorIs(t, err, goal.ErrLocalGovernmentCode)
				var ce *goal.LocalGovernmentCodeError
				assert.True(t, errors.As(err, &ce))
				assert.Empty(t, got)
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestCheckDigitRemainderOne covers the remainder 1 → check digit 0 edge by
// searching a code whose weighted sum leaves 1, and checks that every other
// last digit is refused for it.
func TestCheckDigitRemainderOne(t *testing.T) {
	// 0,0,0,0,6: 6*2 = 12, 12 mod 11 = 1, 11-1 = 10 → 0.
	d, err := goal.LocalGovernmentCodeCheckDigit("00006")
	assert.NoError(t, err)
	assert.Equal(t, 0, d)
	for last := 1; last <= 9; last++ {
		_, err := goal.ParseLocalGovernmentCode(fmt.Sprintf("00006%d", last))
		assert.Error(t, err, last)
	}
}

func ExampleLocalGovernmentCode() {
	id, err := goal.LocalGovernmentCode("27140") // Sakai City without check digit
	fmt.Println(id.Scheme, id.Value, err)
	_, err = goal.LocalGovernmentCode("271404")
	fmt.Println(err)
	// Output:
	// local_government_code 271403 <nil>
	// goal: local government code "271404": check digit is 4, want 3
}
