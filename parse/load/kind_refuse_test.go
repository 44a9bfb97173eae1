package load

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// indicatorTable is an indicator (KPI) table in the flattened layout many
// plans print, for the wrong-kind tests.
const indicatorTable = `成果指標
指標名	単位	現状値（令和5年度）	目標値（令和11年度）
市民活動団体の登録数	団体	212	260
地域防災訓練の参加者数	人	4,300	6,000
図書館の年間貸出冊数	万冊	81.2	90
`

// TestLoadersRefuseOtherKinds loads every test document with every loader
// of another kind: each must refuse it with a *WrongKindError naming the
// document's kind.
func TestLoadersRefuseOtherKinds(t *testing.T) {
	docs := kindDocs(t)
	loaders := map[Kind]func(string) error{
		KindGoals:   func(s string) error { _, err := LoadGoals(strings.NewReader(s)); return err },
		KindPage:    func(s string) error { _, err := LoadPage(strings.NewReader(s)); return err },
		KindMeeting: func(s string) error { _, err := LoadMeetings(strings.NewReader(s)); return err },
		// LoadOutline does not check the kind itself (yet); examples/load
		// calls CheckKind before it, which is what is tested here
		KindPlan: func(s string) error {
			if err := CheckKind(KindPlan, s); err != nil {
				return err
			}
			_, err := LoadOutline(strings.NewReader(s))
			return err
		},
		// the indicator loader lives on another branch: its kind check
		KindIndicators: func(s string) error { return CheckKind(KindIndicators, s) },
	}
	texts := map[Kind][]struct{ name, text string }{}
	for k, files := range docs {
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			texts[k] = append(texts[k], struct{ name, text string }{filepath.Base(f), string(b)})
		}
	}
	texts[KindIndicators] = append(texts[KindIndicators], struct{ name, text string }{"indicator_table", indicatorTable})
	for want, load := range loaders {
		for got, list := range texts {
			if got == want {
				continue
			}
			for _, d := range list {
				if want == KindIndicators && (got == KindPlan || got == KindGoals) && scoreKinds(d.text)[KindIndicators] > 0 {
					// a plan chapter or a goal list holding an indicator table
					// is a source the indicator loader reads
					t.Run(want.String()+"/accepts/"+got.String()+"/"+d.name, func(t *testing.T) {
						assert.NoError(t, load(d.text))
					})
					continue
				}
				t.Run(want.String()+"/refuses/"+got.String()+"/"+d.name, func(t *testing.T) {
					err := load(d.text)
					require.Error(t, err)
					assert.True(t, errors.Is(err, ErrWrongKind), "%v", err)
					var wk *WrongKindError
					if assert.True(t, errors.As(err, &wk)) {
						assert.Equal(t, want, wk.Want)
						assert.Equal(t, got, wk.Got)
					}
				})
			}
		}
		for _, d := range texts[want] {
			t.Run(want.String()+"/accepts/"+d.name, func(t *testing.T) {
				assert.NoError(t, load(d.text))
			})
		}
	}
}
