// Package cli is what every command under examples/ does the same way, so
// that a user who has learnt one knows them all:
//
//   - "-" and no file name mean standard input;
//   - -h prints a synopsis line and the flags on standard output and exits 0;
//   - -version prints the module version from the build information;
//   - the exit status is 0 on success, 1 when any problem was reported, 2
//     for a bad command line;
//   - every problem is one line on standard error, "command: file:line:col:
//     what", without nested package prefixes or internal names;
//   - output files are written atomically (a temporary file in the same
//     directory renamed into place) with mode 0644, and never over an input;
//   - tables are padded by display width, so Japanese text lines up;
//   - a long run shows a progress line on standard error when it is a
//     terminal.
//
// It is internal: the commands are thin, and this is their shared shell.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"
)

// Exit statuses.
const (
	ExitOK      = 0 // success, nothing reported
	ExitProblem = 1 // a problem was reported (the output may still be useful)
	ExitUsage   = 2 // the command line is wrong
)

// ErrDone is returned by Parse after -h or -version has been answered; the
// command stops and exits 0.
var ErrDone = errors.New("done")

// UsageError is a bad command line (exit status 2).
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef returns a *UsageError.
func Usagef(format string, a ...any) error { return &UsageError{Msg: fmt.Sprintf(format, a...)} }

// Command is one run of a command with its standard streams. Problems
// counts the problems reported; Exit turns them into the exit status.
type Command struct {
	Name     string // as the user types it: "kpi", "kpi compliance"
	Synopsis string // the usage line without "usage: ", e.g. "kpi [-json] TABLE.csv"
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	Problems int

	mu       sync.Mutex // orders writes to Stderr (problems and progress)
	progress *progressLine
}

// Main runs a command as a process and exits with the status run returns:
// run gets a Command named name, with synopsis and the process's standard
// streams, and the arguments after the program's name. A command's main is
// this one call; its tests call run with streams of their own.
func Main(name, synopsis string, run func(c *Command, args []string) int) {
	c := &Command{Name: name, Synopsis: synopsis, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(run(c, os.Args[1:]))
}

// FlagSet returns a flag set for the command with -version defined. Its
// Usage prints the synopsis and the flags.
func (c *Command) FlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.Bool("version", false, "print the version and exit")
	return fs
}

// Parse parses args. After -h (or -help) it prints the synopsis and the
// flags on standard output and returns ErrDone; after -version it prints
// the version and returns ErrDone; a bad flag is a *UsageError.
func (c *Command) Parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard) // the flag package's own messages are replaced by ours
	fs.Usage = func() {}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		c.PrintHelp(fs)
		return ErrDone
	}
	if err != nil {
		return &UsageError{Msg: err.Error()}
	}
	if v := fs.Lookup("version"); v != nil && v.Value.String() == "true" {
		fmt.Fprintln(c.Stdout, c.Name, Version())
		return ErrDone
	}
	return nil
}

// PrintHelp writes the synopsis line and the flags to standard output.
func (c *Command) PrintHelp(fs *flag.FlagSet) {
	fmt.Fprintln(c.Stdout, "usage: "+c.Synopsis)
	fs.SetOutput(c.Stdout)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// Exit reports err, if any, and returns the exit status: 0 when all went
// well (or after -h and -version), 2 for a *UsageError, 1 for any other
// error or when a problem was reported.
func (c *Command) Exit(err error) int {
	c.clearProgress()
	var ue *UsageError
	switch {
	case err == nil:
		if c.Problems > 0 {
			return ExitProblem
		}
		return ExitOK
	case errors.Is(err, ErrDone):
		return ExitOK
	case errors.As(err, &ue):
		c.printLine(ue.Msg + " (" + c.Name + " -h for help)")
		return ExitUsage
	default:
		c.Report("", err)
		return ExitProblem
	}
}

// Report prints one problem about file ("" when no file is concerned) and
// counts it. Its position and message come from Describe.
func (c *Command) Report(file string, err error) {
	c.Problems++
	c.printLine(Describe(file, err))
}

// Reportf prints one problem at a position in file and counts it. line
// and col are 1-based; 0 leaves them out.
func (c *Command) Reportf(file string, line, col int, format string, a ...any) {
	c.Problems++
	c.printLine(Where(file, line, col) + fmt.Sprintf(format, a...))
}

// printLine writes "name: s" as one line of standard error.
func (c *Command) printLine(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearProgressLocked()
	fmt.Fprintln(c.Stderr, c.Name+": "+OneLine(s))
}
