package cli

import (
	"flag"

	"github.com/policygoal/policygoal/parse"
)

// EncodingFlag defines on fs the -encoding flag of a command that reads
// text: auto (the default), utf-8 or shift_jis, the names
// parse.ParseEncoding reads. The function it returns, called once fs is parsed, gives the
// encoding named, or a *UsageError "-encoding: …" for any other name.
func EncodingFlag(fs *flag.FlagSet) func() (parse.Encoding, error) {
	name := fs.String("encoding", "auto", "input encoding: auto, utf-8 or shift_jis")
	return func() (parse.Encoding, error) {
		enc, err := parse.ParseEncoding(*name)
		if err != nil {
			return enc, Usagef("-encoding: %s", Message(err))
		}
		return enc, nil
	}
}
