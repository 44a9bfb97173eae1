package goal

// nonZero returns a pointer to a copy of v, or nil when v is its zero value,
// so that a JSON form's omitempty pointer field leaves an unset part out
// ("head", "contact", "goal").
func nonZero[T interface{ IsZero() bool }](v T) *T {
	if v.IsZero() {
		return nil
	}
	return &v
}
