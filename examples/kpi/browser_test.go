package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// browserTable is the sample's kind of table with what a report must also
// survive: markup in a name, a very long name, a provisional figure, an
// indicator without years, one without a target.
const browserTable = "指標名,単位,方向,基準値,基準年度,目標値,目標年度,実績値,実績年度,速報,重み,担当課,施策\n" +
	"市民満足度,%,増加,62.0,令和2年度,70.0,令和7年度,63.5,令和3年度,,3,市民協働課,1-1 市民協働\n" +
	",,,,,,,65.0,令和4年度,,,,\n" +
	",,,,,,,67.2,令和5年度,速報,,,\n" +
	"交通事故件数,件,減少,\"1,200\",2020年度,\"1,000\",2025年度,\"1,180\",2021年度,,2,交通安全課,2-1 安全なまち\n" +
	",,,,,,,\"1,210\",2022年度,,,,\n" +
	",,,,,,,\"1,250\",2023年度,,,,\n" +
	"待機児童数,人,↓,35,R2,0,R6,20,R3,,3,保育課,3-1 子育て支援\n" +
	",,,,,,,0,R5,,,,\n" +
	"<img src=x onerror=alert(1)>講座の受講者数,人,増加,100,2020,200,2025,150,2023,,1,生涯学習課,4-1 生涯学習\n" +
	"地域の防災訓練に参加したことがある市民の割合（18歳以上を対象とした市民意識調査による）,%,増加,30,2020,50,2025,28,2023,,1,危機管理課,2-1 安全なまち\n" +
	"年度の分からない指標,件,増加,10,,20,,15,,,1,,\n" +
	"再生可能エネルギー導入量,kW,増加,\"1,000\",令和2年度,\"3,000\",令和12年度,,,,2,環境政策課,5-1 脱炭素\n"

// browserIndicators is how many indicators browserTable holds.
const browserIndicators = 7

// findBrowser returns a Chromium or Chrome executable: $CHROME_PATH, or one
// of the usual names on $PATH.
func findBrowser() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// screenshotDir is where the screenshots go: $SCREENSHOT_DIR, or
// screenshots/ at the module root (gitignored).
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("SCREENSHOT_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "screenshots")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// pageCheck is what the page reports about itself in the browser.
type pageCheck struct {
	ScrollWidth, ClientWidth int
	Lang                     string
	Cards                    []cardCheck
	Rollups                  int
	Overflowing              []string // elements reaching past the right edge
	Scripts                  int
}

type cardCheck struct {
	Name          string
	Visible       bool
	Figures       map[string]string // data-figure → text, for the visible ones
	ChartVisible  bool
	ChartMarks    int // points, lines and markers drawn
	NoChartNote   bool
	Width, Height float64
}

// checkScript measures the page. The report has no script of its own;
// this runs in the test's browser session only.
const checkScript = `(() => {
  const vis = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const W = document.documentElement.clientWidth;
  const cards = [...document.querySelectorAll('[data-indicator]')].map(c => {
    const r = c.getBoundingClientRect();
    const figs = {};
    c.querySelectorAll('[data-figure]').forEach(d => { if (vis(d)) figs[d.dataset.figure] = d.textContent.trim(); });
    const svg = c.querySelector('svg.chart');
    return { Name: c.querySelector('h3').textContent, Visible: vis(c), Figures: figs,
      ChartVisible: !!svg && vis(svg),
      ChartMarks: svg ? svg.querySelectorAll('circle, polyline, polygon, line.plan, rect.base').length : 0,
      NoChartNote: !svg && c.textContent.length > 0 && !!c.querySelector('p.note'),
      Width: r.width, Height: r.height };
  });
  const over = [...document.querySelectorAll('body *')].filter(el => {
    const r = el.getBoundingClientRect(); return r.width > 0 && r.right > W + 1; })
    .slice(0, 10).map(el => el.tagName + '.' + el.className.baseVal + el.className + ' ' + (el.textContent || '').slice(0, 30));
  return { ScrollWidth: document.documentElement.scrollWidth, ClientWidth: W, Lang: document.documentElement.lang,
    Cards: cards, Rollups: document.querySelectorAll('[data-rollup]').length, Overflowing: over,
    Scripts: document.scripts.length };
})()`

// TestHTMLReportInBrowser renders the report in headless Chromium at a
// desktop and a phone width, checks that every indicator, figure and chart
// is there and visible without horizontal scrolling, and saves full-page
// screenshots to look at.
func TestHTMLReportInBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found in CI: .ci/run installs it (apt-get install chromium fonts-noto-cjk)")
		}
		t.Skip("no Chromium or Chrome installed (apt-get install chromium fonts-noto-cjk, or set CHROME_PATH); the browser test is skipped")
	}
	dir := t.TempDir()
	table := filepath.Join(dir, "table.csv")
	require.NoError(t, os.WriteFile(table, []byte(browserTable), 0o644))
	report := filepath.Join(dir, "report.html")
	code, _, errs := runCmd("-html", report, "-title", "テスト市 総合計画 成果指標の評価", "-date", "2024-06-30", table)
	require.Equal(t, 0, code, errs)

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(browser),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	// Generous: the browser starts while go test builds and runs the other
	// packages on the same two cores; at 90 s it once ran out there although
	// the page renders in about 2 s on an idle machine.
	ctx, cancelTimeout := context.WithTimeout(ctx, 4*time.Minute)
	defer cancelTimeout()

	shots := screenshotDir(t)
	page, err := os.ReadFile(report)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(shots, "kpi_report.html"), page, 0o644))
	pageURL := (&url.URL{Scheme: "file", Path: report}).String()
	for _, width := range []int64{1280, 390} {
		t.Run(fmt.Sprintf("%dpx", width), func(t *testing.T) {
			var got pageCheck
			var png []byte
			require.NoError(t, chromedp.Run(ctx,
				chromedp.EmulateViewport(width, 900),
				chromedp.Navigate(pageURL),
				chromedp.WaitVisible("[data-indicator]", chromedp.ByQuery),
				chromedp.Evaluate(checkScript, &got),
				chromedp.FullScreenshot(&png, 100),
			))
			path := filepath.Join(shots, fmt.Sprintf("kpi_report_%dpx.png", width))
			require.NoError(t, os.WriteFile(path, png, 0o644))
			t.Logf("screenshot: %s", path)

			assert.Equal(t, "ja", got.Lang)
			assert.Zero(t, got.Scripts, "the report has no script")
			assert.LessOrEqual(t, got.ScrollWidth, got.ClientWidth, "no horizontal scroll")
			assert.Empty(t, got.Overflowing, "elements past the right edge")
			require.Len(t, got.Cards, browserIndicators)
			for _, c := range got.Cards {
				assert.True(t, c.Visible, c.Name)
				assert.LessOrEqual(t, c.Width, float64(width), c.Name)
				for _, f := range []string{"baseline", "target", "actual", "progress", "achievement", "rank"} {
					assert.NotEmpty(t, c.Figures[f], "%s: figure %s visible", c.Name, f)
				}
				if c.Name == "年度の分からない指標" {
					assert.True(t, c.NoChartNote, "a card without years says why it has no chart")
					continue
				}
				assert.True(t, c.ChartVisible, "%s: chart visible", c.Name)
				assert.GreaterOrEqual(t, c.ChartMarks, 3, "%s: baseline, target and plan drawn", c.Name)
			}
			names := make([]string, len(got.Cards))
			for i, c := range got.Cards {
				names[i] = c.Name
			}
			assert.Contains(t, names, "<img src=x onerror=alert(1)>講座の受講者数", "markup shown as text")
			byName := map[string]cardCheck{}
			for _, c := range got.Cards {
				byName[c.Name] = c
			}
			assert.Equal(t, "80%", byName["交通事故件数"].Figures["achievement"], "direction-adjusted: 1,000 ÷ 1,250")
			assert.True(t, strings.HasPrefix(byName["市民満足度"].Figures["actual"], "67.2%（令和5年度） 速報値"), byName["市民満足度"].Figures["actual"])
			assert.Equal(t, 13, got.Rollups, "7 owners and 6 plan nodes, 指定なし among both")
		})
	}
}
