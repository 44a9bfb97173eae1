// Command mutate measures how well the tests guard the recognizer's
// vocabulary and comparisons: it changes one thing at a time in a copy of
// the module (deletes one element of a package-level table, or flips one
// comparison operator), runs the tests of the package, and counts the
// mutants the tests kill (a test fails or the package no longer builds).
//
//	go run ./tools/mutate                        # the default files of parse
//	go run ./tools/mutate -tables parse/lexicon.go -compare '' -max 50
//	go run ./tools/mutate -every 4                # every fourth mutant of the default files
//
// It is run on demand, not in CI: every mutant is a test run (a few seconds
// each on two cores). The working tree is never changed; mutants are written
// into a temporary copy of the module.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// mutant is one change: the bytes [start,end) of file are replaced by repl.
type mutant struct {
	file       string // slash path relative to the module root
	start, end int
	repl       string
	what       string // shown in the report: file:line: description
}

// flips are the comparison mutations: each operator becomes its off-by-one
// or negated twin.
var flips = map[token.Token]string{
	token.LSS: "<=", token.LEQ: "<", token.GTR: ">=", token.GEQ: ">",
	token.EQL: "!=", token.NEQ: "==",
}

func main() {
	tables := flag.String("tables", "parse/lexicon.go", "comma-separated files whose package-level table elements are deleted one at a time")
	compare := flag.String("compare", "parse/targets.go", "comma-separated files whose comparisons are flipped one at a time")
	pkg := flag.String("pkg", "./parse/", "the package whose tests judge each mutant")
	run := flag.String("run", "", "passed to go test -run (empty: all tests)")
	max := flag.Int("max", 0, "stop after this many mutants (0: all)")
	every := flag.Int("every", 1, "take every n-th mutant only (a sample spread over all the files, before -max)")
	timeout := flag.Duration("timeout", 3*time.Minute, "a test run longer than this counts as killed (a hang)")
	flag.Parse()

	root, err := os.Getwd()
	if err != nil {
		fail(err)
	}
	var ms []mutant
	for _, f := range split(*tables) {
		m, err := tableMutants(root, f)
		if err != nil {
			fail(err)
		}
		ms = append(ms, m...)
	}
	for _, f := range split(*compare) {
		m, err := compareMutants(root, f)
		if err != nil {
			fail(err)
		}
		ms = append(ms, m...)
	}
	if *every > 1 {
		var sample []mutant
		for i := 0; i < len(ms); i += *every {
			sample = append(sample, ms[i])
		}
		ms = sample
	}
	if *max > 0 && len(ms) > *max {
		ms = ms[:*max]
	}
	tmp, err := os.MkdirTemp("", "mutate-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	if err := copyModule(root, tmp); err != nil {
		fail(err)
	}
	killed := 0
	var survivors []string
	for i, m := range ms {
		ok, err := kills(tmp, m, *pkg, *run, *timeout)
		if err != nil {
			fail(err)
		}
		if ok {
			killed++
		} else {
			survivors = append(survivors, m.what)
		}
		fmt.Fprintf(os.Stderr, "\r%d/%d mutants, %d killed", i+1, len(ms), killed)
	}
	fmt.Fprintln(os.Stderr)
	for _, s := range survivors {
		fmt.Println("survived:", s)
	}
	pct := 0.0
	if len(ms) > 0 {
		pct = 100 * float64(killed) / float64(len(ms))
	}
	fmt.Printf("mutate: %d of %d mutants killed (%.1f %%)\n", killed, len(ms), pct)
}

func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// tableMutants deletes, one at a time, each element of every composite
// literal assigned to a package-level variable: a row of a vocabulary table
// or one word of a word list.
func tableMutants(root, file string) ([]mutant, error) {
	src, f, fset, err := load(root, file)
	if err != nil {
		return nil, err
	}
	var ms []mutant
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			for _, v := range spec.(*ast.ValueSpec).Values {
				lit, ok := v.(*ast.CompositeLit)
				if !ok {
					continue
				}
				for _, e := range lit.Elts {
					start, end := fset.Position(e.Pos()).Offset, fset.Position(e.End()).Offset
					// Take the comma after the element with it.
					if end < len(src) && src[end] == ',' {
						end++
					}
					text := strings.Join(strings.Fields(string(src[start:fset.Position(e.End()).Offset])), " ")
					ms = append(ms, mutant{file: file, start: start, end: end,
						what: fmt.Sprintf("%s:%d: delete %s", file, fset.Position(e.Pos()).Line, text)})
				}
			}
		}
	}
	return ms, nil
}

// compareMutants flips each comparison operator of the file.
func compareMutants(root, file string) ([]mutant, error) {
	_, f, fset, err := load(root, file)
	if err != nil {
		return nil, err
	}
	var ms []mutant
	ast.Inspect(f, func(n ast.Node) bool {
		be, ok := n.(*ast.BinaryExpr)
		if !ok {
			return true
		}
		if repl, ok := flips[be.Op]; ok {
			p := fset.Position(be.OpPos)
			ms = append(ms, mutant{file: file, start: p.Offset, end: p.Offset + len(be.Op.String()), repl: repl,
				what: fmt.Sprintf("%s:%d: %s → %s", file, p.Line, be.Op, repl)})
		}
		return true
	})
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms, nil
}

func load(root, file string) ([]byte, *ast.File, *token.FileSet, error) {
	src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
	if err != nil {
		return nil, nil, nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, src, 0)
	if err != nil {
		return nil, nil, nil, err
	}
	return src, f, fset, nil
}

// kills writes the mutant into the copy, runs the tests, and restores the
// file. A failing build counts as killed: the compiler caught it. The
// original is read from the copy, not the working tree, so that editing the
// tree during a run changes nothing: the offsets of the mutants are those of
// the copy.
func kills(tmp string, m mutant, pkg, run string, timeout time.Duration) (bool, error) {
	dst := filepath.Join(tmp, filepath.FromSlash(m.file))
	orig, err := os.ReadFile(dst)
	if err != nil {
		return false, err
	}
	mutated := append(append(append([]byte{}, orig[:m.start]...), m.repl...), orig[m.end:]...)
	if err := os.WriteFile(dst, mutated, 0o644); err != nil {
		return false, err
	}
	defer os.WriteFile(dst, orig, 0o644)
	args := []string{"test", "-count=1", "-short", "-timeout", timeout.String()}
	if run != "" {
		args = append(args, "-run", run)
	}
	cmd := exec.Command("go", append(args, pkg)...)
	cmd.Dir = tmp
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return true, nil
	}
	return false, err
}

// copyModule copies the Go files, go.mod, go.sum and testdata of the module
// (not .git) into dst.
func copyModule(root, dst string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mutate:", err)
	os.Exit(1)
}
