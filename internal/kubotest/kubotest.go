// Package kubotest runs a real kubo (IPFS) daemon for tests: it builds kubo from the version pinned in
// the tools module (once per machine; later runs reuse the binary), initializes a repository with the
// test profile in a temporary directory and starts the daemon offline with its API on a free loopback
// port.
package kubotest

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	shell "github.com/ipfs/go-ipfs-api"
)

// Binary builds kubo's ipfs command from the tools module if it is not built yet and returns its path.
// The binary lives in the user's cache directory, keyed by the tools module's go.sum, so a new pin
// builds anew.
func Binary(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	tools := filepath.Join(filepath.Dir(file), "..", "..", "tools")
	sum, err := os.ReadFile(filepath.Join(tools, "go.sum"))
	if err != nil {
		t.Fatalf("kubotest: tools module: %v", err)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "spoke-tools")
	bin := filepath.Join(dir, fmt.Sprintf("ipfs-%x", hash(sum)))
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// One build at a time: test binaries of several packages run in parallel and may all need it.
	lock, err := os.OpenFile(filepath.Join(dir, "build.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err == nil {
		return bin // built by another test binary while this one waited
	}
	t.Logf("kubotest: building kubo (the IPFS daemon) from the tools module; the first time takes a few minutes")
	tmp := fmt.Sprintf("%s.tmp-%d", bin, os.Getpid())
	cmd := exec.Command("go", "build", "-o", tmp, "github.com/ipfs/kubo/cmd/ipfs")
	cmd.Dir = tools
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("kubotest: build kubo: %v\n%s", err, out)
	}
	if err := os.Rename(tmp, bin); err != nil { // atomic: parallel test binaries may build it too
		t.Fatal(err)
	}
	return bin
}

func hash(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// Daemon is a running kubo daemon.
type Daemon struct {
	API  string // host:port of its HTTP API
	Repo string
}

// Start initializes a kubo repository in a temporary directory and runs an offline daemon on it until
// the test ends.
func Start(t testing.TB) *Daemon {
	t.Helper()
	bin := Binary(t)
	repo := t.TempDir()
	env := append(os.Environ(), "IPFS_PATH="+repo)
	run := func(args ...string) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kubotest: ipfs %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run("init", "--profile=test")
	api := freeAddr(t)
	host, port, _ := net.SplitHostPort(api)
	run("config", "Addresses.API", fmt.Sprintf("/ip4/%s/tcp/%s", host, port))
	run("config", "Addresses.Gateway", "")
	run("config", "--json", "Addresses.Swarm", "[]")
	log := &syncBuffer{}
	cmd := exec.Command(bin, "daemon", "--offline")
	cmd.Env, cmd.Stdout, cmd.Stderr = env, log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-done
	})
	sh := shell.NewShell(api)
	deadline := time.Now().Add(60 * time.Second)
	for !sh.IsUp() {
		select {
		case <-done:
			t.Fatalf("kubotest: daemon exited:\n%s", log.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("kubotest: daemon API never came up on %s:\n%s", api, log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	return &Daemon{API: api, Repo: repo}
}

// syncBuffer is a buffer the daemon's output goroutines write while a failing test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func freeAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}
