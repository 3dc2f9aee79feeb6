package node

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/multiformats/go-multiaddr"

	"spoke/contracts/devchain"
	"spoke/p2p"
	"spoke/protocol"
)

// freeAddr returns a loopback TCP multiaddr with a port free now, so that a restarted hub listens where
// its users know to find it.
func freeAddr(t testing.TB) multiaddr.Multiaddr {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	return multiaddr.StringCast(fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port))
}

// runningHub is a hub engine on a fixed address whose Run error is reported on errc.
type runningHub struct {
	*testNode
	errc chan error
}

func startHubAt(t *testing.T, path string, addr multiaddr.Multiaddr, crash func(CrashPoint) bool) runningHub {
	t.Helper()
	host, err := p2p.New(p2p.Config{Key: hubKey, ListenAddrs: []string{addr.String()}})
	if err != nil {
		t.Fatal(err)
	}
	n := &testNode{host: host, store: openStore(t, path)}
	cfg := baseConfig(hubKey, Hub, host, n.store)
	cfg.crash = crash
	eng, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	n.eng = eng
	ctx, cancel := context.WithCancel(context.Background())
	h := runningHub{testNode: n, errc: make(chan error, 1)}
	done := make(chan struct{})
	go func() { err := eng.Run(ctx); h.errc <- err; close(done) }()
	var once sync.Once
	n.stop = func() {
		once.Do(func() {
			cancel()
			<-done
			_ = host.Close()
			_ = n.store.Close()
		})
	}
	t.Cleanup(n.stop)
	return h
}

// stopHub stops hub and waits until each of peers has seen its connection to hub close. A peer that
// connects to the hub restarted on the same address and key before that keeps the dead connection
// (libp2p's Connect keeps one it thinks open, and the stream pool reuses its streams), so its next
// request can fail with a reset.
func stopHub(t testing.TB, hub runningHub, peers ...*p2p.Host) {
	t.Helper()
	hub.stop()
	for _, p := range peers {
		waitFor(t, "a peer to see the stopped hub's connection close", func() bool { return !p.Connected(hub.host.ID()) })
	}
}

// tally sums the payments that succeeded in one direction.
type tally struct {
	mu   sync.Mutex
	sum  uint64
	ok   int
	bad  int
	errs map[string]int
}

func (ta *tally) add(amount uint64, err error) {
	ta.mu.Lock()
	defer ta.mu.Unlock()
	if err != nil {
		ta.bad++
		if ta.errs == nil {
			ta.errs = map[string]int{}
		}
		ta.errs[err.Error()]++
		return
	}
	ta.ok++
	ta.sum += amount
}

// TestHubCrashAndRestart stops the hub engine at 21 distinct points (3 places in a loop turn: before
// its Commit, between the Commit and the answers, between the answers and the proposals; each at 7
// different turns of the payments) while two users pay each other through it, restarts it from its store on the same
// address, and checks that every payment its payer saw succeed moved the money, every other one moved
// nothing, no lock stays open and both sides of each channel agree.
func TestHubCrashAndRestart(t *testing.T) {
	points := map[CrashPoint]string{CrashBeforeCommit: "before-commit", CrashAfterCommit: "after-commit",
		CrashBeforeSends: "before-sends"}
	for p := CrashBeforeCommit; p <= CrashBeforeSends; p++ {
		for _, k := range []int64{1, 2, 3, 5, 7, 9, 11} {
			t.Run(fmt.Sprintf("%s-%d", points[p], k), func(t *testing.T) { crashScenario(t, p, k) })
		}
	}
}

// usersOf starts two users with stores in dir, each holding half its deposit in its channel with hub,
// which listens on addr (where they reconnect after a restart).
func usersOf(t *testing.T, hub runningHub, dir string, addr multiaddr.Multiaddr) []*testNode {
	t.Helper()
	half := deposited[0].Uint64() / 2
	var users []*testNode
	for i := range 2 {
		key := devchain.DevKey(1 + i)
		u := startNode(t, key, User, filepath.Join(dir, fmt.Sprintf("user%d.db", i)), func(c *Config) {
			c.Hub, c.HubPeer, c.HubAddrs = hubAddr, hub.host.ID(), []multiaddr.Multiaddr{addr}
		})
		if err := u.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		if _, err := u.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(half)}); err != nil {
			t.Fatalf("setup: %v", err)
		}
		users = append(users, u)
	}
	return users
}

func crashScenario(t *testing.T, point CrashPoint, k int64) {
	dir, addr := t.TempDir(), freeAddr(t)
	var armed atomic.Bool
	var hits atomic.Int64
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, func(p CrashPoint) bool {
		return armed.Load() && p == point && hits.Add(1) == k
	})
	half := deposited[0].Uint64() / 2
	users := usersOf(t, hub, dir, addr)
	alice, bob := users[0], users[1]
	armed.Store(true)

	// 8 payments in flight each way, new ones started until the hub crashes (at most 400 each way).
	var ab, ba tally
	var wg sync.WaitGroup
	var crashed atomic.Bool
	for w := range 8 {
		for _, d := range []struct {
			from, to *testNode
			base     uint64
			ta       *tally
		}{{alice, bob, 100, &ab}, {bob, alice, 1000, &ba}} {
			wg.Go(func() {
				for i := w; i < 400 && !crashed.Load(); i += 8 {
					amt := d.base + uint64(i)
					_, err := d.from.eng.Pay(testCtx(t), payTo(d.to, amt))
					d.ta.add(amt, err)
				}
			})
		}
	}
	select {
	case err := <-hub.errc:
		crashed.Store(true)
		if !errors.Is(err, errCrashed) {
			t.Fatalf("hub stopped with %v, want the crash", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("the hub never reached crash point %d a %d-th time (%d hits)", point, k, hits.Load())
	}
	hub.stop()
	restarted := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	wg.Wait()

	net := hubNet{hub: restarted.testNode, users: users}
	t.Logf("crash at %s after %d hits: alice->bob %d ok %d failed %v, bob->alice %d ok %d failed %v",
		fmt.Sprint(point), k, ab.ok, ab.bad, ab.errs, ba.ok, ba.bad, ba.errs)
	net.wantWei(t, alice, half-ab.sum+ba.sum)
	net.wantWei(t, bob, half-ba.sum+ab.sum)
	if ab.ok+ba.ok == 0 {
		t.Fatal("no payment succeeded")
	}
}

// TestRecipientCrashAndRestart stops the recipient right after it stored its acceptance of the hub's
// lock (nothing sent yet), restarts it from its store, and checks the payment completes and both
// channels agree.
func TestRecipientCrashAndRestart(t *testing.T) {
	for point, name := range map[CrashPoint]string{CrashBeforeCommit: "before-commit", CrashAfterCommit: "after-commit",
		CrashBeforeSends: "before-sends"} {
		t.Run(name, func(t *testing.T) {
			dir, addr := t.TempDir(), freeAddr(t)
			hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
			var armed atomic.Bool
			crashed := make(chan struct{})
			var once sync.Once
			startUser := func(i int, crash func(CrashPoint) bool) *testNode {
				u := startNode(t, devchain.DevKey(1+i), User, filepath.Join(dir, fmt.Sprintf("user%d.db", i)), func(c *Config) {
					c.Hub, c.HubPeer, c.HubAddrs, c.crash = hubAddr, hub.host.ID(), []multiaddr.Multiaddr{addr}, crash
				})
				if err := u.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
					t.Fatal(err)
				}
				return u
			}
			alice := startUser(0, nil)
			bob := startUser(1, func(p CrashPoint) bool {
				if armed.Load() && p == point {
					once.Do(func() { close(crashed) })
					return true
				}
				return false
			})
			for _, u := range []*testNode{alice, bob} {
				if _, err := u.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(1000)}); err != nil {
					t.Fatal(err)
				}
			}
			armed.Store(true)
			paid := make(chan error, 1)
			go func() { _, err := alice.eng.Pay(testCtx(t), payTo(bob, 250)); paid <- err }()
			select {
			case <-crashed:
			case <-time.After(10 * time.Second):
				t.Fatal("the recipient never crashed")
			}
			bob.stop()
			bob = startUser(1, nil)
			if err := <-paid; err != nil {
				t.Fatalf("payment across the recipient's crash: %v", err)
			}
			net := hubNet{hub: hub.testNode, users: []*testNode{alice, bob}}
			net.wantWei(t, alice, deposited[0].Uint64()-1000-250)
			net.wantWei(t, bob, deposited[0].Uint64()-1000+250)
		})
	}
}
