package load

import "flag"

var update = flag.Bool("update", false, "rewrite the golden files of parse/load")
