package doc_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/scaling"
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
// MB/cpu-s is the speed per core (issue #10 asks at least 30).
func BenchmarkRead(b *testing.B) {
	r, err := doc.NewReader()
	if err != nil {
		b.Fatal(err)
	}
	ch := chapter(b)
	for _, n := range []int{1, 10, 100} {
		src := strings.Repeat(ch, n)
		b.Run("x"+strconv.Itoa(n), func(b *testing.B) {
			scaling.Loop(b, len(src), func() { r.Read(src) })
		})
	}
}

// BenchmarkReadHostile reads inputs built against the reader's scans, at
// 100 KB and 1 MB: time per byte must stay flat. One line of headings,
// bullets and block words run together; one line repeated (running
// headers); spaced digits; header words one per line with no rows; numbered
// headings with nothing under them; one paragraph of lines that never end
// a sentence.
func BenchmarkReadHostile(b *testing.B) {
	r, _ := doc.NewReader()
	units := map[string]string{
		"runtogether": "第2章 くらし1.子育て支援現状と課題▶共働き世帯が増えています。",
		"repeated":    "第3次みどり市総合計画\n",
		"numbers":     "1 2 3 4 5 6 7 8 9 ",
		"headerwords": "指標名\n",
		"headings":    "1 目的\n",
		"paragraph":   "市民と行政の協働を進めるため\n",
	}
	for name, unit := range units {
		for _, size := range []int{100 << 10, 1 << 20} {
			src := strings.Repeat(unit, size/len(unit))
			b.Run(name+"/"+strconv.Itoa(size>>10)+"KB", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					r.Read(src)
				}
			})
		}
	}
}
