package node

import (
	"crypto/ecdsa"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"
)

// TestStartEmbedded runs a hub and two users the way a program embedding spoke would (Start with
// options, Close), pays between the users, and restarts a user from its data directory.
func TestStartEmbedded(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	start := func(name string, key *ecdsa.PrivateKey, role Role, hub peer.AddrInfo) *Node {
		n, err := Start(ctx, Options{Key: key, Role: role, DataDir: filepath.Join(dir, name), Hub: hub,
			Client: env.Client, Manager: env.Dep.Manager, Confirmations: 2, PollInterval: 10 * time.Millisecond, Logger: testLogger(), Engine: func(c *Config) { c.PendingTimeout = 1_000_000 }})
		if err != nil {
			t.Fatalf("start %s: %v", name, err)
		}
		return n
	}
	hub := start("hub", env.Hub.Key, Hub, peer.AddrInfo{})
	defer hub.Close()
	// A second node on a data directory in use is refused before it touches the store.
	_, err := Start(ctx, Options{Key: env.Hub.Key, Role: Hub, DataDir: filepath.Join(dir, "hub"), Client: env.Client, Manager: env.Dep.Manager})
	if !errors.Is(err, ErrDataDirInUse) || !strings.Contains(err.Error(), "held by process") {
		t.Fatalf("second node on the hub's data directory: %v, want ErrDataDirInUse", err)
	}
	hundred := ethers(100)
	if _, err := hub.Chain.HubDeposit(ctx, hundred.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	alice := start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	bob := start("bob", env.Bob.Key, User, hub.Host.AddrInfo())
	defer bob.Close()
	events := bob.Subscribe(ctx)
	for _, u := range []*Node{alice, bob} {
		if _, err := u.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	amount := *uint256.NewInt(1e16)
	payUntil(t, &testNode{eng: alice.Engine}, &testNode{eng: bob.Engine}, amount)
	for ev := range events {
		if ev.Kind == EventReceived {
			if ev.From != alice.Address() || !ev.Wei.Eq(&amount) {
				t.Fatalf("received %+v", ev)
			}
			break
		}
	}
	before := settled(t, &testNode{eng: alice.Engine})
	if err := alice.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	alice = start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	defer alice.Close()
	after, err := alice.Latest(ctx, hub.Address())
	if err != nil || after.State != before.State {
		t.Fatalf("after restart: %+v, %v; want the state before", after.State, err)
	}
	payUntil(t, &testNode{eng: alice.Engine}, &testNode{eng: bob.Engine}, amount)
}
