// Package chromiumtest runs a real headless Chromium for tests of the wallet page, driven with chromedp.
// The browser is the machine's own (Debian's chromium package, which the README's test command and CI
// install); nothing is downloaded at run time. A test without Chromium fails and says how to install it.
package chromiumtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Install is the command that installs the browser these tests use.
const Install = "apt-get update && apt-get install -y chromium"

// names are the executables tried, in order, when SPOKE_CHROMIUM is not set.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"}

// Binary returns the Chromium executable: $SPOKE_CHROMIUM, else the first of the usual names on PATH. It
// fails the test with the install command when there is none.
func Binary(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("SPOKE_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("chromiumtest: SPOKE_CHROMIUM=%s: %v", p, err)
		}
		return p
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Fatalf("chromiumtest: no Chromium on this machine (tried %s). Install Debian's package: %s "+
		"(or set SPOKE_CHROMIUM to a Chromium executable)", strings.Join(names, ", "), Install)
	return ""
}

// Phone is the window the browser opens: a phone-sized screen, 360 CSS pixels wide.
var Phone = struct{ Width, Height int }{360, 780}

// Browser starts headless Chromium for the rest of the test and returns its context; Tab opens pages in
// it. As root (CI runs as root) Chromium's sandbox cannot start, so it runs without it.
func Browser(t testing.TB) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Binary(t)),
		chromedp.WindowSize(Phone.Width, Phone.Height),
		chromedp.Flag("headless", "new"),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(alloc, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	if err := chromedp.Do(browser); err != nil { // starts the browser
		t.Fatalf("chromiumtest: start %s: %v", Binary(t), err)
	}
	return browser
}

// Tab opens a tab in browser with a browser context of its own: cookies and storage are not shared with
// other tabs, as with two people's browsers.
func Tab(t testing.TB, browser context.Context) context.Context {
	t.Helper()
	tab, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(tab, chromedp.EmulateViewport(int64(Phone.Width), int64(Phone.Height))); err != nil {
		t.Fatalf("chromiumtest: open a tab: %v", err)
	}
	return tab
}

// Artifacts returns the directory for the test's screenshots: $SPOKE_ARTIFACTS/<test name> when set,
// else <temp dir>/spoke-artifacts/<test name>, emptied first and kept after the test. It logs where it is.
func Artifacts(t testing.TB) string {
	t.Helper()
	root := os.Getenv("SPOKE_ARTIFACTS")
	if root == "" {
		root = filepath.Join(os.TempDir(), "spoke-artifacts")
	}
	dir := filepath.Join(root, strings.ReplaceAll(t.Name(), "/", "_"))
	if err := os.RemoveAll(dir); err != nil { // a previous run's shots would mix with this one's
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("chromiumtest: screenshots in %s", dir)
	return dir
}

// Screenshot saves a PNG of the whole page of tab as dir/name.png.
func Screenshot(t testing.TB, tab context.Context, dir, name string) {
	t.Helper()
	if _, err := chromedp.Run(tab, chromedp.Evaluate[chromedp.Void]("window.scrollTo(0, 0)")); err != nil {
		t.Fatalf("chromiumtest: screenshot %s: %v", name, err)
	}
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("chromiumtest: screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
