package node_test

import (
	"context"
	"crypto/ecdsa"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/announce"
	"spoke/node"
	"spoke/p2p"
)

var (
	netChain    = uint64(1337)
	netContract = common.HexToAddress("0x00000000000000000000000000000000000c0de1")
	netT0       = time.Unix(1_800_000_000, 0)
)

// netClock is the clock every node of a network test reads.
type netClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *netClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *netClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// netNode is a node of a hub-network test: its key (and address) exist before it starts, so that
// other hubs can name it in their channels.
type netNode struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	host *p2p.Host
	net  *node.Network

	mu     sync.Mutex
	policy node.HubPolicy
	chans  []announce.Channel
}

func newNetNode(t *testing.T) *netNode {
	t.Helper()
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &netNode{key: key, addr: ethcrypto.PubkeyToAddress(key.PublicKey)}
}

// hubPolicy is a policy of fee base (wei), fee ppm and expiry delta (seconds).
func hubPolicy(base uint64, ppm, delta uint32) node.HubPolicy {
	p := node.HubPolicy{FeePPM: ppm, ExpiryDelta: delta}
	p.FeeBase.SetUint64(base)
	return p
}

func (n *netNode) setPolicy(p node.HubPolicy) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.policy = p
}

func (n *netNode) currentPolicy() node.HubPolicy {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.policy
}

// channelsTo sets the hub's channels: one to each peer, each with capacity 1 ether.
func (n *netNode) channelsTo(peers ...*netNode) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.chans = nil
	for _, p := range peers {
		c := announce.Channel{Peer: p.addr}
		c.CapacityWei.SetUint64(1e18)
		n.chans = append(n.chans, c)
	}
}

func (n *netNode) currentChannels() []announce.Channel {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.chans)
}

// start starts the node's host on loopback and runs its Network (a hub if hub) until the test ends.
func (n *netNode) start(t *testing.T, clock *netClock, hub bool, edit func(*node.NetworkConfig)) {
	t.Helper()
	n.startHost(t)
	cfg := node.NetworkConfig{
		Host: n.host, Key: n.key, ChainID: netChain, Contract: netContract, Hub: hub,
		Policy: n.currentPolicy, Channels: n.currentChannels,
		Every: time.Hour, // no round in a test: what spreads, spreads by the first announcement and catch-ups
		Clock: clock.Now,
	}
	if edit != nil {
		edit(&cfg)
	}
	var err error
	if n.net, err = node.NewNetwork(cfg); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.net.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("Run did not return after its context ended")
		}
	})
}

// startHost starts the node's host on loopback until the test ends.
func (n *netNode) startHost(t *testing.T) {
	t.Helper()
	h, err := p2p.New(p2p.Config{Key: n.key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	n.host = h
}

// startHubs starts every node as a hub.
func startHubs(t *testing.T, clock *netClock, hubs ...*netNode) {
	t.Helper()
	for _, h := range hubs {
		h.start(t, clock, true, nil)
	}
}

func netCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// link connects the hosts of a and b.
func link(t *testing.T, a, b *netNode) {
	t.Helper()
	if err := a.host.Connect(netCtx(t), b.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
}

// eventually polls cond until it holds or 15 s pass.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(15 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// knows reports whether n holds exactly the announcements of hubs.
func (n *netNode) knows(hubs ...*netNode) bool {
	var got, want []common.Address
	for _, h := range n.net.Hubs() {
		got = append(got, h.Hub)
	}
	for _, h := range hubs {
		want = append(want, h.addr)
	}
	slices.SortFunc(want, func(a, b common.Address) int { return a.Cmp(b) })
	return slices.Equal(got, want)
}

// everyoneKnows waits until every one of nodes holds the announcements of all of hubs.
func everyoneKnows(t *testing.T, nodes []*netNode, hubs ...*netNode) {
	t.Helper()
	eventually(t, "every node knows every hub", func() bool {
		for _, n := range nodes {
			if !n.knows(hubs...) {
				return false
			}
		}
		return true
	})
}

// info returns what n knows of hub.
func (n *netNode) info(t *testing.T, hub common.Address) node.HubInfo {
	t.Helper()
	for _, h := range n.net.Hubs() {
		if h.Hub == hub {
			return h
		}
	}
	t.Fatalf("%s unknown", hub)
	return node.HubInfo{}
}

// feeBaseSeen reports whether n holds hub's announcement with fee base base.
func (n *netNode) feeBaseSeen(hub *netNode, base uint64) bool {
	for _, h := range n.net.Hubs() {
		if h.Hub == hub.addr {
			return h.Policy.FeeBase.Eq(uint256.NewInt(base))
		}
	}
	return false
}

// someUser is the address of a user no network knows.
func someUser(t *testing.T) common.Address { return newNetNode(t).addr }

func wei(x uint64) *uint256.Int { return uint256.NewInt(x) }
