package doc_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/parse/doc"
)

// chapter is the Saitama and Kashiwa chapters and the plan excerpts
// together: every layout the reader knows, about 40 KB.
func chapter(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	for _, name := range []string{"saitama_comprehensive_plan_ch1-2.txt", "kashiwa_comprehensive_plan_ch4.txt"} {
		data, err := os.ReadFile("../../testdata/" + name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	files, _ := os.ReadDir("../../testdata/plans")
	for _, f := range files {
		data, err := os.ReadFile("../../testdata/plans/" + f.Name())
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkRead reads 1, 10 and 100 chapters in one document: time per byte
// must stay flat (linear) and allocations a small multiple of the input.
func BenchmarkRead(b *testing.B) {
	r, err := doc.NewReader()
	if err != nil {
		b.Fatal(err)
	}
	ch := chapter(b)
	for _, n := range []int{1, 10, 100} {
		src := strings.Repeat(ch, n)
		b.Run("x"+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				r.Read(src)
			}
		})
	}
}

// BenchmarkReadHostile: one 1 MB line of headings, bullets and block words
// run together, and 1 MB of one repeated short line (running headers).
func BenchmarkReadHostile(b *testing.B) {
	r, _ := doc.NewReader()
	cases := map[string]string{
		"runtogether": strings.Repeat("第2章 くらし1.子育て支援現状と課題▶共働き世帯が増えています。", 1<<20/100),
		"repeated":    strings.Repeat("第3次みどり市総合計画\n", 1<<20/34),
		"numbers":     strings.Repeat("1 2 3 4 5 6 7 8 9 ", 1<<20/18),
	}
	for name, src := range cases {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				r.Read(src)
			}
		})
	}
}
