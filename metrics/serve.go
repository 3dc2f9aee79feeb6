package metrics

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// ErrNotLoopback refuses a metrics address that is not on loopback.
var ErrNotLoopback = errors.New("metrics: the metrics endpoint listens on loopback addresses only (127.0.0.1, ::1 or localhost); " +
	"to scrape it from elsewhere, put a proxy with authentication in front of it")

// CheckAddr checks that addr (host:port) is a loopback address.
func CheckAddr(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("metrics: address %q: %w (give host:port, e.g. 127.0.0.1:9464)", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("%w: not %s", ErrNotLoopback, addr)
	}
	return nil
}

// Server serves /metrics on a loopback address.
type Server struct {
	http *http.Server
	ln   net.Listener
}

// Serve serves m's metrics at /metrics on addr, which must be a loopback address (port 0 picks one).
func Serve(addr string, m *Metrics) (*Server, error) {
	if err := CheckAddr(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	s := &Server{ln: ln, http: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}}
	go func() { _ = s.http.Serve(ln) }()
	return s, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Close stops the server.
func (s *Server) Close() error { return s.http.Close() }
