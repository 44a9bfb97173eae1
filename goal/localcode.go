package goal

import (
	"errors"
	"strconv"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// SchemeLocalGovernmentCode is the Identifier scheme of the 全国地方公共団体
// コード (nationwide local government code, JIS X 0402) that the Ministry of
// Internal Affairs and Communications assigns to every prefecture,
// municipality and ward: 111007 is Saitama City, 271403 Sakai City.
const SchemeLocalGovernmentCode = "local_government_code"

// ErrLocalGovernmentCode is wrapped by every *LocalGovernmentCodeError.
var ErrLocalGovernmentCode = errors.New("invalid local government code")

// LocalGovernmentCodeError reports a code that is not a valid 地方公共団体
// コード, with the text given and why.
type LocalGovernmentCodeError struct {
	Code   string
	Reason string
}

func (e *LocalGovernmentCodeError) Error() string {
	return "goal: local government code " + excerpt.Quote(e.Code) + ": " + e.Reason
}

// Unwrap returns ErrLocalGovernmentCode.
func (e *LocalGovernmentCodeError) Unwrap() error { return ErrLocalGovernmentCode }

// LocalGovernmentCodeCheckDigit returns the check digit (検査数字) of a
// 5-digit local government code, as JIS X 0402 defines it: multiply the five
// digits by 6, 5, 4, 3 and 2, sum, take the remainder r of the sum divided
// by 11; the check digit is the last digit of 11 − r, so r = 0 gives 1 and
// r = 1 gives 0 (see also https://wiki.hgotoh.jp/documents/code/code-014).
// 11100 (Saitama City) gives 7: 6+5+4 = 15, 15 mod 11 = 4, 11−4 = 7.
// Full-width digits (１１１００) are read as ASCII digits.
func LocalGovernmentCodeCheckDigit(five string) (int, error) {
	d, ok := codeDigits(five)
	if !ok || len(d) != 5 {
		return 0, &LocalGovernmentCodeError{Code: five, Reason: "want 5 digits"}
	}
	return checkDigit(d), nil
}

func checkDigit(d []int) int {
	sum := 0
	for i, w := range [5]int{6, 5, 4, 3, 2} {
		sum += d[i] * w
	}
	return (11 - sum%11) % 10
}

// ParseLocalGovernmentCode validates a local government code and returns its
// 6-digit form. A 6-digit code must carry the right check digit; a 5-digit
// code (the form without check digit that statistics tables use) is
// accepted and completed with its check digit. Full-width digits are read as
// ASCII digits. Anything else is a *LocalGovernmentCodeError wrapping
// ErrLocalGovernmentCode.
func ParseLocalGovernmentCode(code string) (string, error) {
	d, ok := codeDigits(code)
	if !ok || (len(d) != 5 && len(d) != 6) {
		return "", &LocalGovernmentCodeError{Code: code, Reason: "want 5 or 6 digits"}
	}
	c := checkDigit(d)
	if len(d) == 6 && d[5] != c {
		return "", &LocalGovernmentCodeError{Code: code,
			Reason: "check digit is " + strconv.Itoa(d[5]) + ", want " + strconv.Itoa(c)}
	}
	b := make([]byte, 6)
	for i := 0; i < 5; i++ {
		b[i] = byte('0' + d[i])
	}
	b[5] = byte('0' + c)
	return string(b), nil
}

// LocalGovernmentCode returns the Identifier of a validated local government
// code in its 6-digit form, as ParseLocalGovernmentCode reads it.
func LocalGovernmentCode(code string) (Identifier, error) {
	six, err := ParseLocalGovernmentCode(code)
	if err != nil {
		return Identifier{}, err
	}
	return Identifier{Scheme: SchemeLocalGovernmentCode, Value: six}, nil
}

// codeDigits returns the digits of s, ASCII or full-width; ok is false when
// s holds anything else or more than six runes.
func codeDigits(s string) ([]int, bool) {
	var d []int
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			d = append(d, int(r-'0'))
		case r >= '０' && r <= '９':
			d = append(d, int(r-'０'))
		default:
			return nil, false
		}
		if len(d) > 6 {
			return nil, false
		}
	}
	return d, true
}
