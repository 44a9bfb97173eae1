package load

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoadersConcurrentUse loads every test document from several
// goroutines at once (the default structure readers and parser are
// shared): each result equals the one loaded alone. Run with -race.
func TestLoadersConcurrentUse(t *testing.T) {
	type job struct {
		kind Kind
		text string
		want string
	}
	load := func(kind Kind, text string) string {
		var v any
		var err error
		switch kind {
		case KindGoals:
			v, err = LoadGoals(strings.NewReader(text))
		case KindPage:
			v, err = LoadPage(strings.NewReader(text))
		default:
			v, err = LoadMeetings(strings.NewReader(text))
		}
		if err != nil {
			return err.Error()
		}
		b, err := json.Marshal(v)
		if err != nil {
			return err.Error()
		}
		return string(b)
	}
	var jobs []job
	for _, c := range goldenCases(t) {
		b, err := os.ReadFile(c.input)
		require.NoError(t, err)
		jobs = append(jobs, job{c.kind, string(b), load(c.kind, string(b))})
	}
	var wg sync.WaitGroup
	got := make([]string, 3*len(jobs))
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			j := jobs[i%len(jobs)]
			got[i] = load(j.kind, j.text)
		}(i)
	}
	wg.Wait()
	for i, g := range got {
		assert.Equal(t, jobs[i%len(jobs)].want, g)
	}
}
