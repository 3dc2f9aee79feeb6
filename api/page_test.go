package api

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestPageSession: the wallet page's login link works once and starts a session; the session calls the
// API only from the page itself (same origin, the CSRF header, this server's address by name), never
// over WebSocket; without token or session everything is refused; the token mints new links.
func TestPageSession(t *testing.T) {
	const token = "secret-token"
	srv, err := Serve(nil, "127.0.0.1:0", token)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	base := "http://" + srv.Addr()
	client := &http.Client{Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	do := func(method, url string, header map[string]string, body string) (*http.Response, string) {
		t.Helper()
		req, err := http.NewRequest(method, url, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range header {
			if k == "Host" {
				req.Host = v
				continue
			}
			req.Header.Set(k, v)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	call := `{"jsonrpc":"2.0","id":1,"method":"rpc_modules","params":[]}`
	jsonHeader := map[string]string{"Content-Type": "application/json"}

	// Nothing without token or session.
	for _, c := range []struct{ method, path, body string }{
		{"GET", PagePath, ""}, {"GET", PagePath + "app.js", ""}, {"POST", "/", call}, {"GET", EventsPath, ""},
		{"POST", NewLoginPath, ""},
	} {
		if res, body := do(c.method, base+c.path, jsonHeader, c.body); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("%s %s without credentials: %d %s", c.method, c.path, res.StatusCode, body)
		}
	}
	if res, body := do("POST", base+"/", map[string]string{"Content-Type": "application/json", "Authorization": "Bearer " + token}, call); res.StatusCode != 200 || !strings.Contains(body, "spoke") {
		t.Fatalf("with the token: %d %s", res.StatusCode, body)
	}

	// The login link: once.
	link, err := srv.LoginURL()
	if err != nil || !strings.HasPrefix(link, base+LoginPath+"?once=") || strings.Contains(link, token) {
		t.Fatalf("login link %q, %v", link, err)
	}
	res, _ := do("GET", link, nil, "")
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != PagePath {
		t.Fatalf("login: %d, location %q", res.StatusCode, res.Header.Get("Location"))
	}
	var session *http.Cookie
	for _, c := range res.Cookies() {
		if strings.HasPrefix(c.Name, "spoke_session_") {
			session = c
		}
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteStrictMode || session.Value == "" {
		t.Fatalf("session cookie %+v (Set-Cookie %q)", session, res.Header.Values("Set-Cookie"))
	}
	if res, body := do("GET", link, nil, ""); res.StatusCode != http.StatusForbidden || !strings.Contains(body, "does not work") ||
		len(res.Cookies()) != 0 {
		t.Fatalf("login link a second time: %d %s", res.StatusCode, body)
	}
	if res, _ := do("GET", base+LoginPath+"?once=0123", nil, ""); res.StatusCode != http.StatusForbidden {
		t.Fatalf("made-up login link: %d", res.StatusCode)
	}

	cookie := session.Name + "=" + session.Value
	page := map[string]string{"Cookie": cookie, "Content-Type": "application/json", "X-Spoke": "1",
		"Origin": base, "Sec-Fetch-Site": "same-origin"}
	with := func(changes map[string]string) map[string]string {
		h := map[string]string{}
		for k, v := range page {
			h[k] = v
		}
		for k, v := range changes {
			if v == "" {
				delete(h, k)
			} else {
				h[k] = v
			}
		}
		return h
	}
	if res, body := do("POST", base+"/", page, call); res.StatusCode != 200 || !strings.Contains(body, "spoke") {
		t.Fatalf("the page's own call: %d %s", res.StatusCode, body)
	}
	if res, body := do("GET", base+PagePath, with(map[string]string{"X-Spoke": "", "Content-Type": "", "Origin": "", "Sec-Fetch-Site": "none"}), ""); res.StatusCode != 200 ||
		!strings.Contains(body, "spoke wallet") || !strings.Contains(res.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Fatalf("the page: %d %s", res.StatusCode, body)
	}
	for name, h := range map[string]map[string]string{
		"no CSRF header":       with(map[string]string{"X-Spoke": ""}),
		"another origin":       with(map[string]string{"Origin": "http://evil.example"}),
		"a cross-site request": with(map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": ""}),
		"a same-site request":  with(map[string]string{"Sec-Fetch-Site": "same-site", "Origin": ""}),
		"a rebound host name":  with(map[string]string{"Host": "evil.example:" + srv.Addr()[strings.LastIndex(srv.Addr(), ":")+1:], "Origin": ""}),
		"a WebSocket upgrade":  with(map[string]string{"Upgrade": "websocket", "Connection": "Upgrade"}),
	} {
		if res, body := do("POST", base+"/", h, call); res.StatusCode != http.StatusForbidden {
			t.Fatalf("session with %s: %d %s", name, res.StatusCode, body)
		}
	}
	if res, _ := do("POST", base+"/", with(map[string]string{"Cookie": session.Name + "=" + strings.Repeat("0", 64)}), call); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("a made-up session: %d", res.StatusCode)
	}
	if res, _ := do("POST", base+NewLoginPath, page, ""); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("a session minting login links: %d", res.StatusCode)
	}

	// The token mints new links, each good once.
	fresh, err := NewLoginLink(context.Background(), base, token)
	if err != nil || !strings.HasPrefix(fresh, base+LoginPath+"?once=") || fresh == link {
		t.Fatalf("new login link %q, %v", fresh, err)
	}
	if res, _ := do("GET", fresh, nil, ""); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("new login link: %d", res.StatusCode)
	}
	if _, err := NewLoginLink(context.Background(), base, "wrong"); err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("a login link with a wrong token: %v", err)
	}
}

// TestPageSessionsBounded: sessions and unspent links are bounded; the oldest go first.
func TestPageSessionsBounded(t *testing.T) {
	p := newPage(&Service{}, "t", "127.0.0.1:1")
	first, _ := p.newSecret()
	for range maxLoginLinks {
		if _, err := p.newSecret(); err != nil {
			t.Fatal(err)
		}
	}
	if p.spend(first) || len(p.once) != maxLoginLinks {
		t.Fatalf("the oldest unspent link outlived %d newer ones (%d kept)", maxLoginLinks, len(p.once))
	}
	s, _ := p.newSession()
	for range maxSessions {
		_, _ = p.newSession()
	}
	if p.live(s) || len(p.sessions) != maxSessions {
		t.Fatalf("the oldest session outlived %d newer ones", maxSessions)
	}
}
