package node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"spoke/announce"
	"spoke/p2p"
	"spoke/routing"
	"spoke/state"
)

// Defaults of NetworkConfig's zero fields.
const (
	DefaultAnnounceEvery = 10 * time.Minute
	DefaultNetworkMaxAge = time.Hour
)

// Errors of Network. Route's errors also wrap routing's sentinels (routing.ErrNoRoute and the others).
var (
	ErrNetworkNotRunning = errors.New("node: network: not running")
	ErrNetworkRan        = errors.New("node: network: Run was called before")
	ErrNetworkNotHub     = errors.New("node: network: this node does not announce itself as a hub")
	ErrNetworkUnknownHub = announce.ErrUnknownHub // none of a payer's or payee's hubs is announced
)

// HubPolicy is what a hub charges to forward a payment and the time it keeps between the lock it
// receives and the one it sends.
type HubPolicy struct {
	FeeBase     uint256.Int // wei per forwarded payment
	FeePPM      uint32      // millionths of the forwarded amount, rounded up
	ExpiryDelta uint32      // seconds
}

// NetworkConfig wires a Network. Zero durations take the defaults.
type NetworkConfig struct {
	// Host carries the gossip and serves the catch-up protocol. Required. Run joins its gossip, and a
	// host joins one gossip only: one Network per host.
	Host *p2p.Host
	// Key signs this hub's announcements; it must be the host's key. Required if Hub.
	Key *ecdsa.PrivateKey
	// ChainID and Contract: announcements for another chain or contract are rejected at the door.
	ChainID  uint64
	Contract common.Address
	// Hub: this node announces itself (every Every, and on AnnounceNow). Users only listen.
	Hub bool
	// Policy returns this hub's current fees and expiry delta; asked at each announcement. Required if Hub.
	Policy func() HubPolicy
	// Channels returns this hub's hub-to-hub channels with capacity hints (what it can send through
	// each, in wei); asked at each announcement. Two channels with one peer (one in each role) are
	// announced as one with the sum of their capacities. Nil means none.
	Channels func() []announce.Channel
	// Every is the interval between a hub's announcements; default DefaultAnnounceEvery. It must exceed
	// announce.DefaultMinInterval, or receivers ignore the rounds in between.
	Every time.Duration
	// MaxAge is how old the newest announcement of a hub may grow before the hub leaves the graph;
	// default the larger of DefaultNetworkMaxAge and three rounds (3 * Every). It must exceed Every.
	MaxAge time.Duration
	// Clock tells the time of announcements, of the table's checks, of pruning and of the failure
	// memory; default time.Now. Waiting (Run's tick) uses the wall clock.
	Clock func() time.Time
	// Logger receives the network's warnings and debug lines; default discards them.
	Logger *slog.Logger
}

// withDefaults checks cfg and fills its zero fields.
func (cfg NetworkConfig) withDefaults() (NetworkConfig, error) {
	if cfg.Every == 0 {
		cfg.Every = DefaultAnnounceEvery
	}
	if cfg.MaxAge == 0 {
		cfg.MaxAge = max(DefaultNetworkMaxAge, 3*cfg.Every)
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	switch {
	case cfg.Host == nil:
		return cfg, fmt.Errorf("%w: NetworkConfig.Host is required", ErrBadConfig)
	case cfg.Every <= announce.DefaultMinInterval:
		return cfg, fmt.Errorf("%w: NetworkConfig.Every %s is not above %s", ErrBadConfig, cfg.Every, announce.DefaultMinInterval)
	case cfg.MaxAge <= cfg.Every:
		return cfg, fmt.Errorf("%w: NetworkConfig.MaxAge %s is not above Every %s", ErrBadConfig, cfg.MaxAge, cfg.Every)
	}
	return cfg, cfg.checkHub()
}

// checkHub checks what a hub needs to announce itself.
func (cfg NetworkConfig) checkHub() error {
	if !cfg.Hub {
		return nil
	}
	if cfg.Key == nil || cfg.Policy == nil {
		return fmt.Errorf("%w: a hub's NetworkConfig needs Key and Policy", ErrBadConfig)
	}
	id, err := p2p.PeerID(cfg.Key)
	if err != nil {
		return fmt.Errorf("%w: NetworkConfig.Key: %w", ErrBadConfig, err)
	}
	if id != cfg.Host.ID() {
		return fmt.Errorf("%w: NetworkConfig.Key is not the host's key", ErrBadConfig)
	}
	return nil
}

// Network is this node's view of the hub network: the latest valid announcement of every hub (an
// announce.Table fed at the gossip door and by catch-ups), the routing graph built from them, and the
// memory of failed hops. A hub also announces itself. Run does the network's I/O; Route, Hubs,
// PeerInfo, Failed and Succeeded only read or write memory under a mutex that no I/O ever holds, so
// they never wait for the network. A Network is safe for concurrent use.
type Network struct {
	cfg   NetworkConfig
	table *announce.Table
	log   *slog.Logger
	ran   atomic.Bool

	mu     sync.Mutex     // guards the fields below
	view   *announce.View // the held announcements, the graph built from them, the failed hops
	gossip *p2p.Gossip    // while Run runs

	own ownState // this hub's announcements
}

// NewNetwork returns a Network that knows no hub yet; Run connects it.
func NewNetwork(cfg NetworkConfig) (*Network, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	domain := state.NewDomain(new(big.Int).SetUint64(cfg.ChainID), cfg.Contract)
	table, err := announce.NewTable(announce.Config{Domain: domain, MaxAge: cfg.MaxAge})
	if err != nil {
		return nil, err
	}
	view, err := announce.NewView()
	if err != nil {
		return nil, err
	}
	return &Network{cfg: cfg, table: table, log: cfg.Logger.With("part", "network"), view: view}, nil
}

// HubInfo is what the network knows of one hub, as `spoke hubs` shows it.
type HubInfo struct {
	Hub       common.Address
	PeerID    peer.ID
	Addrs     []string
	Policy    HubPolicy
	Channels  []announce.Channel // hub-to-hub channels with capacity hints, sorted by peer
	Announced time.Time          // the announcement's timestamp
	Age       time.Duration      // now minus Announced
}

// Hubs returns the hubs whose announcements are held, sorted by address.
func (n *Network) Hubs() []HubInfo {
	now := n.cfg.Clock()
	n.mu.Lock()
	defer n.mu.Unlock()
	out := make([]HubInfo, 0, n.view.Len())
	n.view.Each(func(s *announce.Signed) {
		out = append(out, HubInfo{
			Hub: s.Hub, PeerID: s.PeerID, Addrs: append([]string(nil), s.Addrs...), Policy: policyOf(s),
			Channels: append([]announce.Channel(nil), s.Channels...), Announced: announcedAt(s),
			Age: now.Sub(announcedAt(s)),
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Hub.Cmp(out[j].Hub) < 0 })
	return out
}

// PeerInfo returns the peer id and addresses hub announced, to dial it.
func (n *Network) PeerInfo(hub common.Address) (peer.AddrInfo, bool) {
	n.mu.Lock()
	s, ok := n.view.Held(hub)
	n.mu.Unlock()
	if !ok {
		return peer.AddrInfo{}, false
	}
	info := peer.AddrInfo{ID: s.PeerID}
	for _, a := range s.Addrs {
		if ma, err := multiaddr.NewMultiaddr(a); err == nil { // Decode checked them: cannot fail
			info.Addrs = append(info.Addrs, ma)
		}
	}
	return info, true
}

// Failed records that forwarding amount from one hop to the next failed now (nil: whatever the
// amount); routes avoid the hop until the failure fades (routing.Memory).
func (n *Network) Failed(from, to common.Address, amount *uint256.Int) {
	now := n.cfg.Clock()
	n.mu.Lock()
	defer n.mu.Unlock()
	n.view.Memory().RecordFailure(routing.Pair{From: from, To: to}, orZero(amount), now)
}

// Succeeded records that forwarding amount from one hop to the next succeeded now; it clears a failure
// at an amount no larger.
func (n *Network) Succeeded(from, to common.Address, amount *uint256.Int) {
	now := n.cfg.Clock()
	n.mu.Lock()
	defer n.mu.Unlock()
	n.view.Memory().RecordSuccess(routing.Pair{From: from, To: to}, orZero(amount), now)
}

// Stats counts the verdicts of the gossip door since Run joined (this node's own publications and
// relayed catch-ups included); zero when Run is not running.
func (n *Network) Stats() p2p.GossipStats {
	if g := n.currentGossip(); g != nil {
		return g.Stats()
	}
	return p2p.GossipStats{}
}

func orZero(x *uint256.Int) *uint256.Int {
	if x == nil {
		return new(uint256.Int)
	}
	return x
}

// learn puts an accepted announcement into the graph (announce.View.Learn).
func (n *Network) learn(s *announce.Signed) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if _, err := n.view.Learn(s); err != nil {
		n.log.Error("network: graph refused an announcement", "hub", s.Hub, "err", err)
	}
}

// prune drops the announcements older than MaxAge from the table and the view, and faded failures.
func (n *Network) prune(now time.Time) {
	n.table.Prune(now, n.cfg.MaxAge)
	n.mu.Lock()
	defer n.mu.Unlock()
	dropped, err := n.view.Prune(now, n.cfg.MaxAge)
	if err != nil {
		n.log.Error("network: graph refused an announcement", "err", err)
	}
	if dropped > 0 {
		n.log.Debug("network: pruned hubs", "count", dropped, "left", n.view.Len())
	}
}

// policyOf is the policy s announces.
func policyOf(s *announce.Signed) HubPolicy {
	return HubPolicy{FeeBase: s.FeeBase, FeePPM: s.FeePPM, ExpiryDelta: s.ExpiryDelta}
}

// announcedAt is s's timestamp as a time, clamped as announce clamps it.
func announcedAt(s *announce.Signed) time.Time {
	return time.Unix(int64(min(s.Timestamp, 1<<62)), 0)
}

func (n *Network) currentGossip() *p2p.Gossip {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.gossip
}

func (n *Network) setGossip(g *p2p.Gossip) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.gossip = g
}
