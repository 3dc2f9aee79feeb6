package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
)

// daemonNet is a dev chain serving JSON-RPC with its devnet file, and spoke daemons run in this process
// by their command lines, in data directories under dir.
type daemonNet struct {
	t   *testing.T
	dir string
	env *chaintest.Env
}

func startDaemonNet(t *testing.T) *daemonNet {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	env, err := chaintest.NewWith(ctx, devchain.Config{HTTPAddr: addr, BlockPeriod: 50 * time.Millisecond})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); env.Close() })
	d := &daemonNet{t: t, dir: t.TempDir(), env: env}
	if err := writeDevnetFile(filepath.Join(d.dir, "devnet.json"), devnetFile(env)); err != nil {
		t.Fatal(err)
	}
	return d
}

// daemon runs spoke with args (hub or user) until the returned stop is called; stop waits for it to end
// and returns its output.
func (d *daemonNet) daemon(args ...string) (stop func() string) {
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan struct{})
	go func() {
		defer close(done)
		if code := run(ctx, append(args, "--devnet", filepath.Join(d.dir, "devnet.json"), "--log-level", "error"), &out, &out); code != 0 {
			fmt.Fprintf(&out, "exit code %d", code)
		}
	}()
	var once sync.Once
	stop = func() string {
		once.Do(func() { cancel(); <-done })
		return out.String()
	}
	d.t.Cleanup(func() { stop() })
	return stop
}

// path is a data directory's path.
func (d *daemonNet) path(name string) string { return filepath.Join(d.dir, name) }

// run runs a client verb and returns its exit code, stdout and stderr.
func (d *daemonNet) run(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestWaitReady: spoke wait-ready fails, saying why, before a daemon started; succeeds once the hub runs
// and once a user runs connected to it; fails again for the user while its hub is down (unless
// --without-hub). A daemon writes its ready file atomically once it runs and removes it when it stops,
// and rewrites api.url on every start.
func TestWaitReady(t *testing.T) {
	d := startDaemonNet(t)
	hub, alice := d.path("hub"), d.path("alice")
	if code, _, errOut := d.run("wait-ready", "--datadir", hub, "--wait", "300ms"); code != 1 || !strings.Contains(errOut, "not ready after 300ms: no daemon has started") {
		t.Fatalf("wait-ready before the hub started: exit %d: %s", code, errOut)
	}
	stopHub := d.daemon("hub", "--datadir", hub, "--account", "hub")
	if code, out, errOut := d.run("wait-ready", "--datadir", hub); code != 0 || !strings.Contains(out, "ready: hub "+d.env.Hub.Addr.Hex()) {
		t.Fatalf("wait-ready for the hub: exit %d: %s%s", code, out, errOut)
	}
	r, err := readReady(hub)
	if err != nil || r.Role != "hub" || r.Address != d.env.Hub.Addr || r.Manager != d.env.Dep.Manager || r.ChainID != "1337" || r.PID != os.Getpid() {
		t.Fatalf("the hub's ready file: %+v (%v)", r, err)
	}
	apiURL, _ := os.ReadFile(filepath.Join(hub, apiAddrFile))
	if strings.TrimSpace(string(apiURL)) != r.API {
		t.Fatalf("api.url %q, ready file's api %q", apiURL, r.API)
	}
	stopAlice := d.daemon("user", "--datadir", alice, "--account", "alice", "--hub", hub)
	if code, out, errOut := d.run("wait-ready", "--datadir", alice, "--json"); code != 0 || !strings.Contains(out, `"hubConnected":true`) {
		t.Fatalf("wait-ready for alice: exit %d: %s%s", code, out, errOut)
	}
	stopHub()
	if code, _, errOut := d.run("wait-ready", "--datadir", alice, "--wait", "2s"); code != 1 || !strings.Contains(errOut, "its hub is unreachable") {
		t.Fatalf("wait-ready for alice with the hub down: exit %d: %s", code, errOut)
	}
	if code, _, errOut := d.run("wait-ready", "--datadir", alice, "--without-hub"); code != 0 {
		t.Fatalf("wait-ready --without-hub: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(hub, readyFileName)); !os.IsNotExist(err) {
		t.Fatalf("the stopped hub left its ready file (%v)", err)
	}
	first, _ := readReady(alice)
	stopAlice()
	stopAlice = d.daemon("user", "--datadir", alice, "--hub", hub, "--api", "127.0.0.1:0")
	if code, _, errOut := d.run("wait-ready", "--datadir", alice, "--without-hub"); code != 0 {
		t.Fatalf("wait-ready after alice's restart: exit %d: %s", code, errOut)
	}
	second, _ := readReady(alice)
	now, _ := os.ReadFile(filepath.Join(alice, apiAddrFile))
	if second.API == first.API || strings.TrimSpace(string(now)) != second.API {
		t.Fatalf("after a restart api.url is %q, the ready file's api %q, the first run's %q: want the new one in both", now, second.API, first.API)
	}
	stopAlice()
}
