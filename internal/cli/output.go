package cli

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// FileMode is the mode of every output file: readable by everyone, as a
// report is meant to be handed round.
const FileMode fs.FileMode = 0o644

// WriteFile writes path through write, atomically: into a temporary file in
// the same directory, renamed over path only when everything was written,
// so a failed run leaves the old file (or none) and never half a file. The
// file gets FileMode. A path that is one of inputs ("-" and "" are standard
// input) is refused with a *UsageError before anything is written: the run
// would destroy what it reads. Errors name path, never the temporary file.
func WriteFile(path string, inputs []string, write func(io.Writer) error) (err error) {
	if err := CheckOutput(path, inputs); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return &fs.PathError{Op: "create", Path: path, Err: rootCause(err)}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			var pe *fs.PathError
			if errors.As(err, &pe) && pe.Path == tmp.Name() {
				err = &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
			}
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(FileMode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return &fs.PathError{Op: "rename", Path: path, Err: rootCause(err)}
	}
	return nil
}

// CheckOutput refuses, with a *UsageError, an output path that names one
// of the inputs ("" and "-", standard input, never do). Commands call it
// before reading, so the mistake costs nothing; WriteFile calls it again.
func CheckOutput(path string, inputs []string) error {
	for _, in := range inputs {
		if in == "" || in == "-" {
			continue
		}
		if sameFile(path, in) {
			return Usagef("output %s is the input %s; refusing to overwrite it", path, in)
		}
	}
	return nil
}

// sameFile reports whether a and b name the same file: the same path once
// cleaned and made absolute, or, when both exist, the same inode (a link,
// another spelling).
func sameFile(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == bb {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// rootCause unwraps a *fs.PathError or *os.LinkError to its system error,
// whose text names no temporary file.
func rootCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
