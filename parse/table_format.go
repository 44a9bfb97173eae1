package parse

import "strconv"

// TableFormat is how the cells of a goal table are separated.
type TableFormat uint8

// The table formats. The zero value, FormatAuto, detects the format: TSV
// when any line holds a TAB, CSV otherwise.
const (
	FormatAuto TableFormat = iota
	// FormatTSV: cells separated by TAB, as copied from a web page or a
	// spreadsheet. A cell that starts with '"' is quoted as in RFC 4180.
	FormatTSV
	// FormatCSV: comma-separated values, quoted as in RFC 4180 (a quoted
	// cell may hold commas, line breaks and doubled quotes "").
	FormatCSV
)

// String returns "auto", "tsv" or "csv".
func (f TableFormat) String() string {
	switch f {
	case FormatAuto:
		return "auto"
	case FormatTSV:
		return "tsv"
	case FormatCSV:
		return "csv"
	}
	return "TableFormat(" + strconv.Itoa(int(f)) + ")"
}

// WithTableFormat chooses the format of a goal table instead of detecting it
// (FormatAuto, the default). Loaders other than LoadTable ignore it.
func WithTableFormat(f TableFormat) LoadOption {
	return func(c *loadConfig) error {
		if f > FormatCSV {
			return &OptionError{Option: "WithTableFormat", Reason: "unknown " + f.String()}
		}
		c.format = f
		return nil
	}
}
