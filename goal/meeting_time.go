package goal

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// ErrClockTime is wrapped by the errors of Clock and ClockTime.UnmarshalText.
var ErrClockTime = errors.New("invalid time of day")

// ClockTime is a time of day to the minute, such as the start of a meeting
// (午後3時50分 is 15:50). The zero value means "unset"; build values with
// Clock, so 00:00 is a real, set time.
type ClockTime struct {
	m int16 // minutes since midnight, plus one; 0 is unset
}

// Clock returns the time hour:minute; hour must be 0–23 and minute 0–59,
// otherwise the error wraps ErrClockTime.
func Clock(hour, minute int) (ClockTime, error) {
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return ClockTime{}, fmt.Errorf("goal: %w: %d:%02d", ErrClockTime, hour, minute)
	}
	return ClockTime{m: int16(hour*60 + minute + 1)}, nil
}

// IsZero reports whether the time is unset.
func (c ClockTime) IsZero() bool { return c.m == 0 }

// Hour is 0–23; 0 for the unset time.
func (c ClockTime) Hour() int {
	if c.m == 0 {
		return 0
	}
	return int(c.m-1) / 60
}

// Minute is 0–59; 0 for the unset time.
func (c ClockTime) Minute() int {
	if c.m == 0 {
		return 0
	}
	return int(c.m-1) % 60
}

// String returns "HH:MM" ("15:50"), or "" for the unset time.
func (c ClockTime) String() string {
	if c.m == 0 {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", c.Hour(), c.Minute())
}

// MarshalText writes "HH:MM". The unset time is an error; leave it out with
// omitzero.
func (c ClockTime) MarshalText() ([]byte, error) {
	if c.m == 0 {
		return nil, fmt.Errorf("goal: cannot marshal unset ClockTime")
	}
	return []byte(c.String()), nil
}

// UnmarshalText reads "HH:MM" (or "H:MM"); "" is the unset time.
func (c *ClockTime) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = ClockTime{}
		return nil
	}
	h, m, ok := strings.Cut(string(text), ":")
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 {
		return fmt.Errorf("goal: %w: %s", ErrClockTime, excerpt.Quote(string(text)))
	}
	v, err := Clock(hour, minute)
	if err != nil {
		return err
	}
	*c = v
	return nil
}
