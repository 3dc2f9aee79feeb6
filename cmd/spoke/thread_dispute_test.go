package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/api"
	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/node"
)

// cliNet is a dev chain with a hub and two users, Alice and Bob, started in this process; each serves its
// API from its data directory (api.url, api.token) as `spoke hub` and `spoke user` do, so the client
// verbs run against them through run.
type cliNet struct {
	t               *testing.T
	ctx             context.Context
	env             *chaintest.Env
	dir             string
	hub, alice, bob *node.Node
}

func startCLINet(t *testing.T) *cliNet {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	env, err := chaintest.NewWith(ctx, devchain.Config{BlockPeriod: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); env.Close() })
	n := &cliNet{t: t, ctx: ctx, env: env, dir: t.TempDir()}
	n.hub = n.start("hub", env.Hub.Key, node.Hub, peer.AddrInfo{})
	n.alice = n.start("alice", env.Alice.Key, node.User, n.hub.Host.AddrInfo())
	n.bob = n.start("bob", env.Bob.Key, node.User, n.hub.Host.AddrInfo())
	return n
}

// start starts a node in the data directory name and serves its API from there.
func (n *cliNet) start(name string, key *ecdsa.PrivateKey, role node.Role, hub peer.AddrInfo) *node.Node {
	n.t.Helper()
	dir := filepath.Join(n.dir, name)
	nd, err := node.Start(n.ctx, node.Options{Key: key, Role: role, DataDir: dir, Hub: hub, Client: n.env.Client,
		Manager: n.env.Dep.Manager, Confirmations: 2, PollInterval: 10 * time.Millisecond,
		Engine: func(c *node.Config) {
			c.PendingTimeout = 1_000_000
			c.Threads = &node.ThreadPolicy{} // no minimum: the test's thread holds 5,000 wei
		}})
	if err != nil {
		n.t.Fatalf("start %s: %v", name, err)
	}
	n.t.Cleanup(func() { _ = nd.Close() })
	token, err := api.LoadOrCreateToken(dir)
	if err != nil {
		n.t.Fatal(err)
	}
	srv, err := api.Serve(nd, "127.0.0.1:0", token)
	if err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(func() { _ = srv.Close() })
	if err := os.WriteFile(filepath.Join(dir, apiAddrFile), []byte("http://"+srv.Addr()+"\n"), 0o600); err != nil {
		n.t.Fatal(err)
	}
	return nd
}

// run runs spoke with args (a --datadir names a node's directory under n.dir) and returns its exit code,
// stdout and stderr.
func (n *cliNet) run(args ...string) (int, string, string) {
	for i := range args {
		if i > 0 && args[i-1] == "--datadir" {
			args[i] = filepath.Join(n.dir, args[i])
		}
	}
	var out, errOut bytes.Buffer
	code := run(n.ctx, args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// must runs spoke with args, which must succeed, and returns its stdout.
func (n *cliNet) must(args ...string) string {
	n.t.Helper()
	code, out, errOut := n.run(args...)
	if code != 0 {
		n.t.Fatalf("spoke %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// advancer is a progress writer that moves the chain's clock past a challenge period whenever the
// command says it waits for one to end, so that it says so but does not wait it out.
type advancer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	env *chaintest.Env
}

func (a *advancer) Write(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if bytes.Contains(p, []byte("challenge period to end")) {
		if err := a.env.Advance(a.env.Period + 1); err != nil {
			return 0, err
		}
	}
	return a.buf.Write(p)
}

func (a *advancer) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.buf.String()
}

// TestThreadDisputeCommand: on the command line, Alice pays Bob 8 x 25 wei through a thread of 5,000,
// then the hub is gone for good. `spoke thread dispute` refuses without --yes and for an unknown
// thread, changing nothing; with --yes, Bob's shows what it waits for while it waits and reports his
// thread settled at his latest state (its count, 200 wei his) with the exit's threads; his thread is then
// closed and a second dispute is refused. Alice disputes her side too (--json): the thread's record is
// shared by both channels, so in hers it settles as in Bob's (200 wei to him). `spoke thread nuke` then says there is nothing to nuke.
func TestThreadDisputeCommand(t *testing.T) {
	n, progress := startFundedCLINet(t)
	var th api.ThreadJSON
	deadline := time.Now().Add(20 * time.Second)
	for { // the hub may first collateralize Bob's channel
		code, out, errOut := n.run("thread", "open", "--datadir", "alice", "--to", n.env.Bob.Addr.Hex(), "--wei", "5000", "--json")
		if code == 0 {
			if err := json.Unmarshal([]byte(out), &th); err != nil {
				t.Fatalf("thread open --json: %v\n%s", err, out)
			}
			break
		}
		if !strings.Contains(errOut, "retry shortly") || time.Now().After(deadline) {
			t.Fatalf("thread open: exit %d\n%s", code, errOut)
		}
		time.Sleep(100 * time.Millisecond)
	}
	short := th.Key.Hex()[2:10]
	n.must("thread", "pay", short, "--datadir", "alice", "--wei", "25", "--count", "8")
	if err := n.hub.Close(); err != nil {
		t.Fatal(err)
	}

	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"thread", "dispute", short, "--datadir", "bob"}, "pass --yes"},
		{[]string{"thread", "dispute", flip(short), "--datadir", "bob", "--yes"}, "no thread of this node"},
		{[]string{"thread", "nuke", "--datadir", "bob", "--via", "nobody"}, "peer id"},
	} {
		if code, _, errOut := n.run(bad.args...); code == 0 || !strings.Contains(errOut, bad.want) {
			t.Fatalf("spoke %s: exit %d, want an error saying %q: %s", strings.Join(bad.args, " "), code, bad.want, errOut)
		}
	}
	if on := n.env.Channel(n.hub.Address(), n.env.Bob.Addr); on.Status != 0 {
		t.Fatalf("bob's channel on-chain after the refusals: status %d, want open", on.Status)
	}

	before := threadList(t, n, "bob")
	if len(before) != 1 || before[0].ReceiverShare.Wei != "200" {
		t.Fatalf("bob's threads: %+v", before)
	}
	out := n.must("thread", "dispute", short, "--datadir", "bob", "--yes")
	settled := fmt.Sprintf("thread %s settled at count %d: the payer's share 4800 wei, the payee's 200 wei", th.Key.Hex(), before[0].Count)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 || !strings.Contains(lines[0], "channel closed on-chain with state") || !strings.Contains(lines[0], "1 thread(s) settled") ||
		strings.TrimSpace(lines[1]) != settled || lines[len(lines)-1] != settled+"; your share went to your address on-chain" ||
		!strings.Contains(out, "emptyThread: gas ") {
		t.Fatalf("thread dispute output, want the exit, its thread, its transactions and last %q:\n%s", settled, out)
	}
	for _, want := range []string{"waiting for the challenge period to end", "waiting for thread " + th.ID + "'s challenge period to end"} {
		if !strings.Contains(progress.String(), want) {
			t.Fatalf("thread dispute progress lacks %q:\n%s", want, progress)
		}
	}
	if n := strings.Count(progress.String(), "Settling the thread on-chain"); n != 1 { // not for the refusals
		t.Fatalf("thread dispute said %d times what it does, want once:\n%s", n, progress)
	}
	ts := threadList(t, n, "bob")
	if len(ts) != 1 || ts[0].Status != "closed" {
		t.Fatalf("bob's threads after the dispute: %+v", ts)
	}
	if code, _, errOut := n.run("thread", "dispute", short, "--datadir", "bob", "--yes"); code == 0 || !strings.Contains(errOut, "closed already") {
		t.Fatalf("second dispute: exit %d: %s", code, errOut)
	}

	stop := n.env.SkipChallenges(n.hub.Address(), n.env.Alice.Addr)
	out = n.must("thread", "dispute", short, "--datadir", "alice", "--yes", "--json")
	stop()
	var r api.ThreadDisputeResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("thread dispute --json: %v\n%s", err, out)
	}
	if r.Thread.Key != th.Key || r.Thread.Count == 0 || r.Thread.SenderShare.Wei != "4800" || r.Thread.ReceiverShare.Wei != "200" ||
		len(r.Exit.Threads) != 1 || r.Exit.Threads[0] != r.Thread {
		t.Fatalf("alice's dispute: %+v; want the thread settled as in Bob's channel (one record for both)", r)
	}
	if code, _, errOut := n.run("thread", "nuke", "--datadir", "alice"); code == 0 || !strings.Contains(errOut, "nothing to nuke") {
		t.Fatalf("nuke after the disputes: exit %d: %s", code, errOut)
	}
}

// threadList returns a node's threads, from spoke thread list --json.
func threadList(t *testing.T, n *cliNet, name string) []api.ThreadJSON {
	t.Helper()
	var ts []api.ThreadJSON
	if err := json.Unmarshal([]byte(n.must("thread", "list", "--datadir", name, "--json")), &ts); err != nil {
		t.Fatal(err)
	}
	return ts
}

// flip changes the first hex digit of a key prefix, naming no thread.
func flip(p string) string {
	c := "1"
	if p[0] == '1' {
		c = "2"
	}
	return c + p[1:]
}
