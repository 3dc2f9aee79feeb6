package node

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
)

// simNet is the real side of TestSimAgreesWithRealNodes: five hubs and twenty users started as a
// program embedding spoke starts them (Start: engine, SQLite store, libp2p host on loopback, chain
// adapter, the hub network's gossip and catch-up, the DHT), every channel opened and funded on the dev
// chain, and every payer routing on what its own Network learned from the hubs' announcements.
type simNet struct {
	ctx   context.Context
	env   *chaintest.Env
	hubs  []*Node
	users []*Node // user i is a user of hub i % len(hubs)
	side  uint256.Int
	// took is how long the start's phases took, for the log: nodes started, channels funded, announced
	took [3]time.Duration
}

// simNetUserKey is the key of the validation's user i (funded by the test: the harness names fewer).
func simNetUserKey(i int) *ecdsa.PrivateKey { return devchain.DevKey(40 + i) }

// startSimNet starts the hubs with fees and the users, opens a hub-to-hub channel for each link (its
// first hub the user of the second, as `spoke hub connect` makes it) and one channel per user, each
// side of each funded with side wei on-chain, and waits until every user's Network holds every hub's
// announcement of its funded channels.
func startSimNet(t *testing.T, fees []Fees, links [][2]int, nUsers int, side uint256.Int) *simNet {
	t.Helper()
	began := time.Now()
	ctx, env := minedEnv(t)
	n := &simNet{ctx: ctx, env: env, side: side}
	var addrs []common.Address
	for i := range nUsers {
		addrs = append(addrs, crypto.PubkeyToAddress(simNetUserKey(i).PublicKey))
	}
	if err := env.Fund(env.Deployer, chaintest.Ether, addrs...); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	hubKeys := []chaintest.Actor{env.Hub, env.Hub2, env.Hub3, env.Extra[0], env.Extra[1]}
	for i, f := range fees {
		var boot []peer.AddrInfo
		if i > 0 {
			boot = []peer.AddrInfo{n.hubs[0].Host.AddrInfo()}
		}
		n.hubs = append(n.hubs, n.start(t, dir, hubKeys[i].Key, Hub, peer.AddrInfo{}, boot, f))
	}
	for i := range nUsers {
		hub := n.hubs[i%len(n.hubs)]
		n.users = append(n.users, n.start(t, dir, simNetUserKey(i), User, hub.Host.AddrInfo(), nil, Fees{}))
	}
	n.took[0] = time.Since(began)
	n.fund(t, links)
	n.took[1] = time.Since(began) - n.took[0]
	n.announce(t, links)
	n.took[2] = time.Since(began) - n.took[0] - n.took[1]
	return n
}

// start starts one node on the dev chain; autocollateral is off (the simulator's run has it off too).
func (n *simNet) start(t *testing.T, dir string, key *ecdsa.PrivateKey, role Role, hub peer.AddrInfo, boot []peer.AddrInfo, f Fees) *Node {
	t.Helper()
	name := crypto.PubkeyToAddress(key.PublicKey).Hex()
	nd, err := Start(n.ctx, Options{Key: key, Role: role, DataDir: filepath.Join(dir, name), Hub: hub, Bootstrap: boot,
		Client: n.env.Client, Manager: n.env.Dep.Manager, Confirmations: 2, PollInterval: 100 * time.Millisecond,
		Logger: testLogger(), Engine: func(c *Config) {
			c.PendingTimeout = 1_000_000 // the dev chain's clock runs ahead of the wall clock
			c.Fees, c.Collateral = f, &CollateralPolicy{Disabled: true}
		}})
	if err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	t.Cleanup(func() { _ = nd.Close() })
	return nd
}

// fund puts each hub's reserve on-chain, then opens and funds every channel, channels in parallel.
func (n *simNet) fund(t *testing.T, links [][2]int) {
	t.Helper()
	reserve := new(big.Int).Mul(big.NewInt(100), n.side.ToBig())
	n.parallel(t, len(n.hubs), func(i int) error {
		_, err := n.hubs[i].Chain.HubDeposit(n.ctx, reserve, new(big.Int))
		return err
	})
	side := n.side
	n.parallel(t, len(links)+len(n.users), func(i int) error {
		if i < len(links) {
			a, b := n.hubs[links[i][0]], n.hubs[links[i][1]]
			if _, err := a.ConnectHub(n.ctx, b.Host.AddrInfo()); err != nil {
				return err
			}
			if _, err := a.DepositTo(n.ctx, b.Address(), side, uint256.Int{}); err != nil {
				return err
			}
			_, err := b.Collateralize(n.ctx, a.Address(), side, uint256.Int{})
			return err
		}
		u := n.users[i-len(links)]
		if _, err := u.Deposit(n.ctx, side, uint256.Int{}); err != nil {
			return err
		}
		_, err := n.hubs[(i-len(links))%len(n.hubs)].Collateralize(n.ctx, u.Address(), side, uint256.Int{})
		return err
	})
}

// parallel runs f(0..count-1) at once and fails the test on the first error.
func (n *simNet) parallel(t *testing.T, count int, f func(int) error) {
	t.Helper()
	errs := make([]error, count)
	var wg sync.WaitGroup
	for i := range count {
		wg.Go(func() { errs[i] = f(i) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("funding step %d: %v", i, err)
		}
	}
}

// announce has every hub announce its funded channels once it knows every other hub (a hub announces
// a channel with a hub that connected to it only when it holds that hub's announcement), and waits until
// every node holds every hub's announcement with the channels and capacities of links.
func (n *simNet) announce(t *testing.T, links [][2]int) {
	t.Helper()
	waitUntil(t, "every hub to know every hub", 20*time.Second, func() error {
		for _, h := range n.hubs {
			if k := len(h.Network.Hubs()); k != len(n.hubs) {
				return fmt.Errorf("%s knows %d hubs", h.Address(), k)
			}
		}
		return nil
	})
	for _, h := range n.hubs {
		if err := h.Network.AnnounceNow(n.ctx); err != nil { // deferred by the 10 s rule if too soon: sent then
			t.Fatal(err)
		}
	}
	want := map[common.Address]int{}
	for _, l := range links {
		want[n.hubs[l[0]].Address()]++
		want[n.hubs[l[1]].Address()]++
	}
	waitUntil(t, "every node to learn every hub's channels", 30*time.Second, func() error {
		for _, nd := range append(append([]*Node(nil), n.hubs...), n.users...) {
			if err := n.learned(nd, want); err != nil {
				return fmt.Errorf("%s: %w", nd.Address(), err)
			}
		}
		return nil
	})
}

// learned checks that nd holds each hub's announcement with want[hub] channels, each of capacity side.
func (n *simNet) learned(nd *Node, want map[common.Address]int) error {
	hubs := nd.Network.Hubs()
	if len(hubs) != len(want) {
		return fmt.Errorf("%d hubs known", len(hubs))
	}
	for _, h := range hubs {
		if len(h.Channels) != want[h.Hub] {
			return fmt.Errorf("%s: %d channels", h.Hub, len(h.Channels))
		}
		for _, c := range h.Channels {
			if !c.CapacityWei.Eq(&n.side) {
				return fmt.Errorf("%s: capacity %s to %s", h.Hub, c.CapacityWei.Dec(), c.Peer)
			}
		}
	}
	return nil
}

// waitUntil polls cond until it returns nil, failing the test with its last error after timeout.
func waitUntil(t *testing.T, what string, timeout time.Duration, cond func() error) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := cond()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s: %v", what, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
