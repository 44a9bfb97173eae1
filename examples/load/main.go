// Command load reads any municipal document — a plan, a goal list, an
// organization page, a meeting summary — and writes it as a readable view
// or as the documented JSON. (Indicator tables are not wired in yet.)
//
// Usage:
//
//	load [-kind auto|plan|goals|page|meeting] [-json] [-encoding auto|utf-8|shift_jis] [FILE ...]
//
// With no file, or with "-", it reads standard input. With -kind auto (the
// default) it detects each document's kind (load.Detect) and says which it
// took on standard error. With -json it writes each document's JSON, one
// value per file in order: an object for a plan, a goal list or a page, an array of
// objects for meetings (one per meeting). Every object carries "kind",
// "coverage" and "unread".
//
// Every problem is one line on standard error, "load: file:line:col: what";
// the exit status is 1 when there was any, 2 for a bad command line, 0
// otherwise (and after -h or -version).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const synopsis = "load [-kind auto|plan|goals|page|meeting] [-json] [-encoding auto|utf-8|shift_jis] [FILE ...]"

// kinds are the kinds this command reads, in -kind's order.
var kinds = []load.Kind{load.KindPlan, load.KindGoals, load.KindPage, load.KindMeeting}

type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

var errDone = errors.New("done")

type config struct {
	kind     load.Kind // KindUnset: auto
	json     bool
	encoding parse.Encoding
	files    []string
}

// run is the command with its I/O passed in; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stdout)
	var ue *usageError
	switch {
	case errors.Is(err, errDone):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "load: "+ue.msg+" (load -h for help)")
		return 2
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	problems := 0
	for _, f := range cfg.files {
		if err := loadFile(cfg, f, stdin, w, stderr); err != nil {
			fmt.Fprintln(stderr, "load: "+describe(f, err))
			problems++
		}
	}
	if problems > 0 {
		return 1
	}
	return 0
}

func parseFlags(args []string, stdout io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	kind := fs.String("kind", "auto", "the kind of document: auto (detect), plan, goals, page or meeting")
	fs.BoolVar(&cfg.json, "json", false, "write the documented JSON (meetings: an array)")
	enc := fs.String("encoding", "auto", "input encoding: auto, utf-8 or shift_jis")
	version := fs.Bool("version", false, "print the version and exit")
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stdout, "usage: "+synopsis)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return cfg, errDone
	}
	if err != nil {
		return cfg, &usageError{err.Error()}
	}
	if *version {
		v := "(devel)"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
			v = bi.Main.Version
		}
		fmt.Fprintln(stdout, "load", v)
		return cfg, errDone
	}
	if *kind != "auto" {
		k, err := load.ParseKind(*kind)
		if err != nil || !readable(k) {
			return cfg, &usageError{"-kind: unknown or unsupported kind " + strconv.Quote(*kind)}
		}
		cfg.kind = k
	}
	if cfg.encoding, err = parse.ParseEncoding(*enc); err != nil {
		return cfg, &usageError{"-encoding: unknown encoding " + strconv.Quote(*enc)}
	}
	cfg.files = fs.Args()
	if len(cfg.files) == 0 {
		cfg.files = []string{"-"}
	}
	return cfg, nil
}

func readable(k load.Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// loadFile loads one file (or standard input for "-") and writes it.
func loadFile(cfg config, name string, stdin io.Reader, w io.Writer, stderr io.Writer) error {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	opts := []load.Option{load.WithEncoding(cfg.encoding)}
	text, _, err := load.ReadText(r, load.KindUnset, opts...)
	if err != nil {
		return err
	}
	kind := cfg.kind
	if kind == load.KindUnset {
		k, conf := load.Detect(text)
		if k == load.KindUnset {
			return errors.New("cannot tell what kind of document this is; say it with -kind")
		}
		if !readable(k) {
			return errors.New("looks like " + article(k) + " document, which this command does not read yet")
		}
		kind = k
		fmt.Fprintf(stderr, "load: %s: kind %s (confidence %.2f)\n", displayName(name), k, conf)
	}
	in := strings.NewReader(text)
	var v any
	switch kind {
	case load.KindPlan:
		if err := load.CheckKind(load.KindPlan, text); err != nil {
			return err
		}
		v, err = load.LoadOutline(in, opts...)
	case load.KindGoals:
		v, err = load.LoadGoals(in, opts...)
	case load.KindPage:
		v, err = load.LoadPage(in, opts...)
	case load.KindMeeting:
		v, err = load.LoadMeetings(in, opts...)
	}
	if err != nil {
		return err
	}
	if cfg.json {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if kind == load.KindPlan && !bytes.HasPrefix(b, []byte(`{"kind"`)) {
			// every object names its kind; the outline's own JSON does not
			b = append([]byte(`{"kind":"plan",`), b[1:]...)
		}
		var out bytes.Buffer
		if err := json.Indent(&out, b, "", "  "); err != nil {
			return err
		}
		out.WriteByte('\n')
		_, err = w.Write(out.Bytes())
		return err
	}
	writeView(w, v)
	return nil
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// describe turns an error into "file:line:col: what", without package
// prefixes.
func describe(file string, err error) string {
	where := displayName(file) + ":"
	var le *load.Error
	if errors.As(err, &le) && le.Line > 0 {
		where += strconv.Itoa(le.Line) + ":" + strconv.Itoa(le.Column) + ":"
	}
	msg := err.Error()
	if le != nil {
		msg = le.Err.Error()
		if le.Detail != "" {
			msg += ": " + le.Detail
		}
	}
	var wk *load.WrongKindError
	if errors.As(err, &wk) {
		msg = "this looks like " + article(wk.Got) + " document, not " + wk.Want.String() + " (use -kind " + wk.Got.String() + " or -kind auto)"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return where + " " + strings.ReplaceAll(msg, "\n", " ")
}

// article is the kind's name with its indefinite article: "a goals", "an
// indicators".
func article(k load.Kind) string {
	if strings.ContainsAny(k.String()[:1], "aeiou") {
		return "an " + k.String()
	}
	return "a " + k.String()
}
