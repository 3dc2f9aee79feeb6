package api

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"sync"
)

// The wallet page: plain HTML, CSS and JavaScript embedded in the binary, served by the API server under
// /wallet/ to a browser session. A session starts from a one-time login link (/login?once=SECRET) that
// the daemon prints, or that `spoke page` asks for (POST /login/new with the API token): opening it sets
// an HttpOnly, SameSite=Strict cookie and spends the secret. The cookie stands in for the bearer token on
// same-origin requests only: JSON-RPC POSTs to / carrying the header X-Spoke: 1, and the event stream
// (GET /events, server-sent events). The API token itself never reaches the page.

//go:embed page
var pageFiles embed.FS

// Paths the page's server answers besides the JSON-RPC API.
const (
	LoginPath    = "/login"     // GET ?once=SECRET: spends the secret, starts a session, redirects to the page
	NewLoginPath = "/login/new" // POST with the API token: a new one-time login link (text)
	PagePath     = "/wallet/"   // the page, for a session
	EventsPath   = "/events"    // server-sent events: the node's events as JSON (session or token)
	// CSRFHeader must be on every JSON-RPC request a session makes: a cross-site form cannot set it, and a
	// cross-site script that sets it needs a CORS preflight the server never grants.
	CSRFHeader = "X-Spoke"
)

// Bounds on what the page's server keeps in memory.
const (
	maxLoginLinks = 16 // unspent one-time secrets; a new one beyond this drops the oldest
	maxSessions   = 16 // live sessions; a new one beyond this ends the oldest
)

// Errors a session's request is refused with.
var (
	errNoSession = errors.New("no API token and no page session: open the login link the node printed at start, " +
		"or run `spoke page --datadir DIR` for a new one")
	errCrossSite = errors.New("a page session is accepted only from the page itself (same origin, X-Spoke: 1 header)")
)

// page holds the one-time login secrets and the sessions of the wallet page of one API server.
type page struct {
	svc    *Service
	token  string
	addr   string // the listener's host:port, the only Host a session's request may name
	cookie string // the session cookie's name, with the port: cookies do not tell ports apart
	static http.Handler

	mu       sync.Mutex
	once     []string // sha256 of the unspent one-time secrets, oldest first
	sessions []string // sha256 of the live session ids, oldest first
}

func newPage(svc *Service, token, addr string) *page {
	_, port, _ := net.SplitHostPort(addr)
	sub, _ := fs.Sub(pageFiles, "page")
	return &page{svc: svc, token: token, addr: addr, cookie: "spoke_session_" + port,
		static: http.StripPrefix(PagePath, http.FileServer(http.FS(sub)))}
}

// LoginURL returns a new one-time login link to the wallet page: opening it once in a browser starts a
// session; a second time it is refused.
func (s *Server) LoginURL() (string, error) {
	secret, err := s.page.newSecret()
	if err != nil {
		return "", err
	}
	return "http://" + s.Addr() + LoginPath + "?once=" + secret, nil
}

// NewLoginLink asks the API server at url (http://host:port) for a new one-time login link to its wallet
// page, with the API token.
func NewLoginLink(ctx context.Context, url, token string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(url, "/")+NewLoginPath, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("node API at %s: %w", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 4096))
	if err != nil {
		return "", err
	}
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("node API at %s: %s: %s", url, res.Status, strings.TrimSpace(string(b)))
	}
	return strings.TrimSpace(string(b)), nil
}

// handler routes the page's paths and authenticates every request to api: the bearer token, or a page
// session on a same-origin request.
func (p *page) handler(api http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case LoginPath:
			p.login(w, r)
			return
		case NewLoginPath:
			p.newLogin(w, r)
			return
		case "/wallet", "/wallet.html":
			http.Redirect(w, r, PagePath, http.StatusSeeOther)
			return
		case EventsPath:
			p.events(w, r)
			return
		}
		if strings.HasPrefix(r.URL.Path, PagePath) {
			p.serveStatic(w, r)
			return
		}
		if authorized(r, p.token) {
			api.ServeHTTP(w, r)
			return
		}
		if err := p.checkSession(r, true); err != nil {
			refuse(w, err)
			return
		}
		api.ServeHTTP(w, r)
	})
}

// refuse answers 401 for a request without credentials, 403 for a session used from elsewhere.
func refuse(w http.ResponseWriter, err error) {
	code := http.StatusUnauthorized
	if errors.Is(err, errCrossSite) {
		code = http.StatusForbidden
	}
	http.Error(w, err.Error(), code)
}

// checkSession accepts r if it carries a live session cookie and comes from the page itself: to this
// server's address by name (not a rebound DNS name), same-origin by the browser's own account, and, for
// a call (rpc), a POST with the CSRF header. WebSocket upgrades need the token.
func (p *page) checkSession(r *http.Request, rpc bool) error {
	c, err := r.Cookie(p.cookie)
	if err != nil || !p.live(c.Value) {
		return errNoSession
	}
	if !p.sameOrigin(r) {
		return errCrossSite
	}
	if rpc && (r.Method != http.MethodPost || r.Header.Get(CSRFHeader) != "1" ||
		strings.EqualFold(r.Header.Get("Upgrade"), "websocket")) {
		return errCrossSite
	}
	return nil
}

// sameOrigin reports whether r names this server as its host and, where the browser says where the
// request comes from, comes from this origin.
func (p *page) sameOrigin(r *http.Request) bool {
	_, port, _ := net.SplitHostPort(p.addr)
	if r.Host != p.addr && r.Host != "localhost:"+port {
		return false
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return false
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
		return false
	}
	return true
}

// login spends a one-time secret and starts a session.
func (p *page) login(w http.ResponseWriter, r *http.Request) {
	noStore(w)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "open the login link in a browser", http.StatusMethodNotAllowed)
		return
	}
	if !p.spend(r.URL.Query().Get("once")) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusForbidden)
		_, _ = w.Write([]byte(loginRefused))
		return
	}
	id, err := p.newSession()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: p.cookie, Value: id, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, PagePath, http.StatusSeeOther)
}

// loginRefused is the page a spent or unknown login link gets.
const loginRefused = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>spoke: login link refused</title><body style="font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em">
<h1>This login link does not work</h1><p>A login link opens the wallet once: this one was used already, or was made
by a node that has restarted since. For a new link run</p><pre>spoke page --datadir DIR</pre>
<p>with the data directory of your node.</p></body>`

// pageLocked is what the page's address shows a browser without a session.
const pageLocked = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>spoke: sign in</title><body style="font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em">
<h1>Open your wallet with its login link</h1><p>The wallet page opens from the one-time login link your node printed
when it started (the line starting with <code>page</code>). For a new link run</p><pre>spoke page --datadir DIR</pre>
<p>with the data directory of your node, and open the link it prints in this browser.</p></body>`

// newLogin answers a bearer-token POST with a new one-time login link.
func (p *page) newLogin(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST with the API token", http.StatusMethodNotAllowed)
		return
	}
	if !authorized(r, p.token) {
		http.Error(w, "a login link needs the API token (see "+TokenFile+" in the node's data directory)", http.StatusUnauthorized)
		return
	}
	secret, err := p.newSecret()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	noStore(w)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("http://" + p.addr + LoginPath + "?once=" + secret + "\n"))
}

// serveStatic serves the page's files to a session.
func (p *page) serveStatic(w http.ResponseWriter, r *http.Request) {
	if err := p.checkSession(r, false); err != nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		code := http.StatusUnauthorized
		if errors.Is(err, errCrossSite) {
			code = http.StatusForbidden
		}
		w.WriteHeader(code)
		_, _ = w.Write([]byte(pageLocked))
		return
	}
	noStore(w)
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	p.static.ServeHTTP(w, r)
}

func noStore(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
}

// newSecret makes a one-time login secret, keeping at most maxLoginLinks unspent.
func (p *page) newSecret() (string, error) {
	secret, err := randomHex()
	if err != nil {
		return "", err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.once = appendBounded(p.once, digest(secret), maxLoginLinks)
	return secret, nil
}

// spend reports whether secret is an unspent login secret, spending it.
func (p *page) spend(secret string) bool {
	if secret == "" {
		return false
	}
	d := digest(secret)
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, s := range p.once {
		if s == d {
			p.once = append(p.once[:i], p.once[i+1:]...)
			return true
		}
	}
	return false
}

// newSession starts a session, ending the oldest beyond maxSessions, and returns its id.
func (p *page) newSession() (string, error) {
	id, err := randomHex()
	if err != nil {
		return "", err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sessions = appendBounded(p.sessions, digest(id), maxSessions)
	return id, nil
}

// live reports whether id is a live session.
func (p *page) live(id string) bool {
	d := digest(id)
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, s := range p.sessions {
		if s == d {
			return true
		}
	}
	return false
}

// digest is what the server keeps of a secret: comparing digests leaks nothing useful about the secret
// through timing.
func digest(s string) string {
	h := sha256.Sum256([]byte(s))
	return string(h[:])
}

func appendBounded(list []string, v string, most int) []string {
	list = append(list, v)
	if len(list) > most {
		list = list[len(list)-most:]
	}
	return list
}

func randomHex() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
