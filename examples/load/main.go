// Command load reads any municipal document — a plan, a goal list, an
// organization page, a meeting summary, an
// indicator (KPI) table — and writes it as a readable view or as the
// documented JSON.
//
// Usage:
//
//	load [-kind auto|plan|goals|page|meeting|indicators] [-json] [-encoding auto|utf-8|shift_jis] [FILE ...]
//
// With no file, or with "-", it reads standard input. With -kind auto (the
// default) it detects each document's kind (load.Detect) and says which it
// took on standard error. With -json it writes each document's JSON, one
// value per file in order: an object for a plan, a goal list, a page or an
// indicator list, an array of
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
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/internal/cli"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

func main() { cli.Main("load", synopsis, run) }

const synopsis = "load [-kind auto|plan|goals|page|meeting|indicators] [-json] [-encoding auto|utf-8|shift_jis] [FILE ...]"

// kinds are the kinds this command reads, in -kind's order.
var kinds = []load.Kind{load.KindPlan, load.KindGoals, load.KindPage, load.KindMeeting, load.KindIndicators}

type config struct {
	kind     load.Kind // KindUnset: auto
	json     bool
	encoding parse.Encoding
	files    []string
}

// run is the command with its I/O in c; it returns the exit status.
func run(c *cli.Command, args []string) int {
	cfg, err := parseFlags(c, args)
	if err != nil {
		return c.Exit(err)
	}
	w := bufio.NewWriter(c.Stdout)
	for _, f := range cfg.files {
		if err := loadFile(c, cfg, f, w); err != nil {
			return c.Exit(err)
		}
	}
	return c.Exit(w.Flush())
}

func parseFlags(c *cli.Command, args []string) (config, error) {
	var cfg config
	fs := c.FlagSet()
	kind := fs.String("kind", "auto", "the kind of document: auto (detect), plan, goals, page or meeting")
	fs.BoolVar(&cfg.json, "json", false, "write the documented JSON (meetings: an array)")
	encoding := cli.EncodingFlag(fs)
	if err := c.Parse(fs, args); err != nil {
		return cfg, err
	}
	if *kind != "auto" {
		k, err := load.ParseKind(*kind)
		if err != nil || !readable(k) {
			return cfg, cli.Usagef("-kind: unknown or unsupported kind %s", strconv.Quote(*kind))
		}
		cfg.kind = k
	}
	e, err := encoding()
	if err != nil {
		return cfg, err
	}
	cfg.encoding = e
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

// loadFile loads one file (or standard input for "-") and writes it; a
// problem with the document is reported and the next file goes on.
func loadFile(c *cli.Command, cfg config, file string, w io.Writer) error {
	f, name, err := c.OpenDocument(file)
	if err != nil {
		c.Report(name, err)
		return nil
	}
	defer f.Close()
	opts := []load.Option{load.WithEncoding(cfg.encoding)}
	text, _, err := load.ReadText(f, load.KindUnset, opts...)
	if err != nil {
		c.Report(name, err)
		return nil
	}
	kind := cfg.kind
	if kind == load.KindUnset {
		k, conf := load.Detect(text)
		switch {
		case k == load.KindUnset:
			c.Report(name, errors.New("cannot tell what kind of document this is; say it with -kind"))
			return nil
		case !readable(k):
			c.Report(name, errors.New("looks like "+article(k)+" document, which this command does not read yet"))
			return nil
		}
		kind = k
		fmt.Fprintf(c.Stderr, "load: %s: kind %s (confidence %.2f)\n", name, k, conf)
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
	case load.KindIndicators:
		v, err = load.LoadIndicators(in, opts...)
	}
	if err != nil {
		c.Report(name, err)
		return nil
	}
	if cfg.json {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(b, []byte(`{`)) && !bytes.HasPrefix(b, []byte(`{"kind"`)) {
			// every object names its kind; the outline's and the indicator
			// list's own JSON do not
			b = append([]byte(`{"kind":"`+kind.String()+`",`), b[1:]...)
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

// article is the kind's name with its indefinite article: "a goals", "an
// indicators".
func article(k load.Kind) string {
	if strings.ContainsAny(k.String()[:1], "aeiou") {
		return "an " + k.String()
	}
	return "a " + k.String()
}
