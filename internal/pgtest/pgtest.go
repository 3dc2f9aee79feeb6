// Package pgtest runs a real PostgreSQL server for tests: one cluster per test binary, created with
// initdb in a temporary directory as an unprivileged user (initdb refuses root: a test binary running as
// root runs the server as nobody), listening only on a unix socket in that directory, started on first
// use and stopped by Main. Each DSN is a schema of its own, so tests do not see each other's tables.
//
// The server's programs come from SPOKE_PG_BIN, else the directory of initdb on PATH, else the newest
// /usr/lib/postgresql/*/bin (Debian's postgresql package). Without them a test fails, telling how to
// install them: it never skips.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Install tells how to get the server's programs; a test without them fails with it.
const Install = "install PostgreSQL's server (Debian/Ubuntu: apt-get install -y postgresql), or set " +
	"SPOKE_PG_BIN to the directory holding initdb and postgres"

// role and database are the superuser and database the cluster is created with.
const (
	role     = "spoke"
	database = "spoke"
)

var (
	once    sync.Once
	shared  *Server
	errOnce error
)

// Main runs the tests of m and stops the server if one started: call it from the package's TestMain.
func Main(m *testing.M) {
	code := m.Run()
	if shared != nil {
		if err := shared.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest:", err)
		}
	}
	os.Exit(code)
}

// DSN returns the connection URL of a new, empty schema on the test binary's server (started on the
// first call), for the test alone. The URL sets search_path, so a store opened with it keeps its tables
// in that schema.
func DSN(t testing.TB) string {
	t.Helper()
	once.Do(func() { shared, errOnce = Start() })
	if errOnce != nil {
		t.Fatalf("pgtest: %v", errOnce)
	}
	dsn, err := shared.NewSchema()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return dsn
}

// Exec runs a statement on the database of dsn in a connection of its own, beside any open store.
func Exec(t testing.TB, dsn, query string, args ...any) {
	t.Helper()
	withConn(t, dsn, func(c *pgx.Conn) error {
		_, err := c.Exec(context.Background(), query, args...)
		return err
	})
}

// QueryInt runs a query for one integer on the database of dsn.
func QueryInt(t testing.TB, dsn, query string, args ...any) int {
	t.Helper()
	var n int
	withConn(t, dsn, func(c *pgx.Conn) error {
		return c.QueryRow(context.Background(), query, args...).Scan(&n)
	})
	return n
}

func withConn(t testing.TB, dsn string, f func(*pgx.Conn) error) {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer c.Close(ctx)
	if err := f(c); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
}

// Server is a running PostgreSQL cluster in a temporary directory.
type Server struct {
	dir   string // cluster root: data/, the socket, the log
	cmd   *exec.Cmd
	done  chan struct{}
	mu    sync.Mutex
	admin *pgx.Conn // to the database of the tests, for NewSchema
	next  int
}

// Start creates a cluster in a new temporary directory and runs its server until Stop.
func Start() (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	cred, err := credential()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "spoke-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, done: make(chan struct{})}
	if err := s.start(bin, cred); err != nil {
		return nil, errors.Join(err, s.Stop())
	}
	return s, nil
}

func (s *Server) start(bin string, cred *syscall.Credential) error {
	if cred != nil {
		if err := os.Chown(s.dir, int(cred.Uid), int(cred.Gid)); err != nil {
			return err
		}
	}
	data := filepath.Join(s.dir, "data")
	initdb := command(cred, filepath.Join(bin, "initdb"), "-D", data, "-U", role, "--auth=trust", "-E", "UTF8",
		"--no-locale", "--no-sync", "--no-instructions")
	if out, err := initdb.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %v\n%s", err, out)
	}
	log, err := os.Create(filepath.Join(s.dir, "server.log"))
	if err != nil {
		return err
	}
	defer log.Close()
	// Durability as in production: fsync and synchronous_commit stay on (their defaults).
	s.cmd = command(cred, filepath.Join(bin, "postgres"), "-D", data, "-k", s.dir, "-c", "listen_addresses=",
		"-c", "fsync=on", "-c", "synchronous_commit=on")
	s.cmd.Stdout, s.cmd.Stderr = log, log
	s.cmd.SysProcAttr.Pdeathsig = syscall.SIGQUIT // a killed test binary takes its server with it
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	go func() { _ = s.cmd.Wait(); close(s.done) }()
	if err := s.connect(); err != nil {
		return fmt.Errorf("%w\n%s", err, s.logTail())
	}
	ctx := context.Background()
	if _, err := s.admin.Exec(ctx, "CREATE DATABASE "+database); err != nil {
		return err
	}
	_ = s.admin.Close(ctx)
	s.admin, err = pgx.Connect(ctx, s.url(database, ""))
	return err
}

// connect waits for the server to accept connections and opens the admin connection.
func (s *Server) connect() error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := pgx.Connect(context.Background(), s.url("postgres", ""))
		if err == nil {
			s.admin = c
			return nil
		}
		select {
		case <-s.done:
			return errors.New("postgres exited")
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres did not accept connections within a minute: %w", err)
		}
	}
}

// url is the connection URL of database db over the server's socket, with search_path set to schema.
func (s *Server) url(db, schema string) string {
	q := url.Values{"host": {s.dir}}
	if schema != "" {
		q.Set("search_path", schema)
	}
	return (&url.URL{Scheme: "postgres", User: url.User(role), Path: "/" + db, RawQuery: q.Encode()}).String()
}

// NewSchema creates a new empty schema and returns the URL that uses it.
func (s *Server) NewSchema() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	schema := fmt.Sprintf("t%d", s.next)
	if _, err := s.admin.Exec(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		return "", err
	}
	return s.url(database, schema), nil
}

// Stop shuts the server down (fast shutdown: open sessions are ended) and removes its directory.
func (s *Server) Stop() error {
	var errs []error
	if s.admin != nil {
		errs = append(errs, s.admin.Close(context.Background()))
	}
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-s.done:
		case <-time.After(30 * time.Second):
			errs = append(errs, errors.New("postgres did not stop within 30s; killed"))
			_ = s.cmd.Process.Kill()
			<-s.done
		}
	}
	return errors.Join(append(errs, os.RemoveAll(s.dir))...)
}

func (s *Server) logTail() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "server.log"))
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

// command returns a command running as cred's user (nil: this process's).
func command(cred *syscall.Credential, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	return cmd
}

// credential returns nil for a process that is not root, else the credential of nobody (PostgreSQL
// refuses to run as root).
func credential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		return nil, fmt.Errorf("running as root, the server must run as another user, and nobody is missing: %w", err)
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return nil, err
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}, nil
}

// BinDir returns the directory of the server's programs (initdb, postgres), or an error saying how to
// install them.
func BinDir() (string, error) {
	var dirs []string
	if d := os.Getenv("SPOKE_PG_BIN"); d != "" {
		dirs = append(dirs, d)
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
	}
	debian, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(debian, func(a, b string) int { return version(b) - version(a) }) // newest first
	for _, d := range append(dirs, debian...) {
		if isProgram(filepath.Join(d, "initdb")) && isProgram(filepath.Join(d, "postgres")) {
			return d, nil
		}
	}
	return "", fmt.Errorf("PostgreSQL's initdb and postgres not found (SPOKE_PG_BIN, PATH, /usr/lib/postgresql/*/bin): %s", Install)
}

// version is the major version in a path /usr/lib/postgresql/<major>/bin, 0 if none.
func version(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

func isProgram(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir() && fi.Mode().Perm()&0o111 != 0
}
