// Command kagomecold is the yardstick for docs/performance.md's cold-start
// and throughput ratios: kagome with the full IPA dictionary, Normal mode,
// tokenizing each line of standard input, as a program using kagome
// directly would. It prints the number of tokens.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

func main() {
	t, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
	if err != nil {
		fmt.Fprintln(os.Stderr, "kagomecold:", err)
		os.Exit(1)
	}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	n := 0
	for sc.Scan() {
		n += len(t.Analyze(sc.Text(), tokenizer.Normal))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "kagomecold:", err)
		os.Exit(1)
	}
	fmt.Println(n)
}
