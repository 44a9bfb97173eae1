package cli

import (
	"runtime/debug"
	"strings"
)

// Version is the module version from the build information: the tag a
// "go install …@v1.2.3" was built from, the pseudo-version of a commit, or,
// for a build from a checkout, "(devel)" followed by the VCS revision when
// the go command recorded one ("(devel) 85b07f3 modified").
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	if v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "modified"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return strings.TrimSpace(strings.Join([]string{v, rev, modified}, " "))
}
