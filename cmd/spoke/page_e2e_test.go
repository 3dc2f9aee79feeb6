package main

import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// loginLink matches the wallet page's login link a daemon prints.
var loginLink = regexp.MustCompile(`page (http://127\.0\.0\.1:\d+/login\?once=[0-9a-f]{64})`)

// walletLinks: a user daemon prints a one-time login link to its wallet page at start, and `spoke page`
// prints another; each opens the page once (a session cookie and a redirect to the page), the second
// time it is refused.
func (e *e2e) walletLinks(user string) {
	e.t.Helper()
	log, _ := os.ReadFile(filepath.Join(e.dir, user+".log"))
	m := loginLink.FindSubmatch(log)
	if m == nil {
		e.t.Fatalf("%s's daemon printed no login link to its page:\n%s", user, log)
	}
	fresh := strings.TrimSpace(e.must("page", "--datadir", user))
	if !loginLink.MatchString("page "+fresh) || fresh == string(m[1]) {
		e.t.Fatalf("spoke page printed %q (the daemon's link: %s)", fresh, m[1])
	}
	client := &http.Client{Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, link := range []string{string(m[1]), fresh} {
		for i, want := range []int{http.StatusSeeOther, http.StatusForbidden} {
			res, err := client.Get(link)
			if err != nil {
				e.t.Fatal(err)
			}
			_ = res.Body.Close()
			if res.StatusCode != want || (i == 0) != (len(res.Cookies()) == 1) {
				e.t.Fatalf("login link %s, opened %d times: %s, cookies %v", link, i+1, res.Status, res.Cookies())
			}
		}
	}
}
