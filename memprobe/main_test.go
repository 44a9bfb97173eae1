package memprobe

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"unsafe"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
)

func TestMem(t *testing.T) {
	t.Log(unsafe.Sizeof(goal.Target{}), unsafe.Sizeof(kpi.Indicator{}), unsafe.Sizeof(kpi.Evaluation{}))
	p, _ := parse.New()
	f, _ := os.Open("/tmp/kpi25.csv")
	tab, _ := kpi.ReadTable(f, kpi.TableOptions{Targets: p, Years: p})
	evs := kpi.Evaluator{}.EvaluateAll(tab.Indicators)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Log("inuse", m.HeapInuse>>20)
	hf, _ := os.Create("/tmp/heap.out")
	pprof.WriteHeapProfile(hf)
	hf.Close()
	runtime.KeepAlive(evs)
	runtime.KeepAlive(tab)
}
