package p2p

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/net/swarm"
	"github.com/multiformats/go-multiaddr"
)

// Defaults that New fills in for zero Config fields.
const (
	DefaultListenAddr    = "/ip4/127.0.0.1/tcp/0"
	DefaultStreamTimeout = 10 * time.Second
)

// Config wires a Host. Zero fields take the documented defaults; New rejects negative sizes and durations
// and unparsable addresses with ErrBadConfig.
type Config struct {
	// Key is the node's secp256k1 key: its Ethereum account and its libp2p identity. Required.
	Key *ecdsa.PrivateKey
	// ListenAddrs are the multiaddrs to listen on; default DefaultListenAddr (loopback, any port).
	ListenAddrs []string
	// MaxFrameSize caps every frame this host writes or reads, in bytes; default MaxFrameSize. A response
	// frame holds a status byte, so a response body can be at most MaxFrameSize-1 bytes.
	MaxFrameSize int
	// StreamTimeout bounds every stream, inbound or outbound; default DefaultStreamTimeout. An outbound
	// stream ends sooner if the caller's context has an earlier deadline.
	StreamTimeout time.Duration
	// OneShotStreams opens a new stream for every request and closes it after the response. By default a
	// requester keeps the stream open and reuses it for its next request to the same peer and protocol,
	// which saves the stream set-up (about half of a round trip on loopback).
	OneShotStreams bool
	// Logger receives the host's warnings (bad frames, panicking handlers); default discards them.
	Logger *slog.Logger
	// Limits bound each peer's request rates and misbehaviour; zero fields take the defaults.
	Limits Limits
}

// withDefaults returns cfg with its zero fields filled in, or ErrBadConfig.
func (cfg Config) withDefaults() (_ Config, err error) {
	switch {
	case cfg.Key == nil:
		return cfg, fmt.Errorf("%w: Key is required", ErrBadConfig)
	case cfg.MaxFrameSize < 0:
		return cfg, fmt.Errorf("%w: MaxFrameSize %d is negative", ErrBadConfig, cfg.MaxFrameSize)
	case cfg.StreamTimeout < 0:
		return cfg, fmt.Errorf("%w: StreamTimeout %s is negative", ErrBadConfig, cfg.StreamTimeout)
	}
	if len(cfg.ListenAddrs) == 0 {
		cfg.ListenAddrs = []string{DefaultListenAddr}
	}
	if cfg.MaxFrameSize == 0 {
		cfg.MaxFrameSize = MaxFrameSize
	}
	if cfg.StreamTimeout == 0 {
		cfg.StreamTimeout = DefaultStreamTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Limits, err = cfg.Limits.withDefaults(); err != nil {
		return cfg, err
	}
	return cfg, checkAddrs(cfg.ListenAddrs)
}

// checkAddrs fails with ErrBadConfig on the first address that is not a multiaddr.
func checkAddrs(addrs []string) error {
	for _, a := range addrs {
		if _, err := multiaddr.NewMultiaddr(a); err != nil {
			return fmt.Errorf("%w: listen address %q: %w", ErrBadConfig, a, err)
		}
	}
	return nil
}

// Host is a libp2p host whose identity is the node's Ethereum key. It serves and sends request/response
// exchanges on versioned stream protocols (see Handle and Request). Connections stay open and are reused
// by later requests to the same peer. A Host is safe for concurrent use.
type Host struct {
	h           host.Host
	cfg         Config
	addr        common.Address
	log         *slog.Logger
	pool        *streamPool     // idle outbound streams, for reuse
	peers       *peerTable      // ids of peers seen, by address
	guard       *guard          // per-peer rate limits, strikes and bans
	idleTimeout time.Duration   // how long an inbound stream may wait for its next request
	ctx         context.Context // cancelled by Close; parent of every handler's context
	cancel      context.CancelFunc
}

// New starts a libp2p host listening on cfg.ListenAddrs with libp2p's default transports, security
// (TLS, Noise), muxer (yamux) and connection manager, libp2p's default resource limits but tighter
// per-peer ones (see resourceManager), and a connection gater refusing banned peers; libp2p metrics are
// off.
func New(cfg Config) (*Host, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	priv, err := PrivKey(cfg.Key)
	if err != nil {
		return nil, err
	}
	rm, err := resourceManager()
	if err != nil {
		return nil, err
	}
	g := newGuard(cfg.Limits, cfg.MaxFrameSize)
	h, err := libp2p.New(libp2p.Identity(priv), libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.ResourceManager(rm), libp2p.ConnectionGater(gater{g}), libp2p.DisableMetrics())
	if err != nil {
		_ = rm.Close()
		return nil, fmt.Errorf("p2p: start libp2p host: %w", err)
	}
	return newHost(h, cfg, g), nil
}

// resourceManager is libp2p's default resource manager (same auto-scaled limits) without its Prometheus
// reporter: spoke exports no libp2p metrics yet, and the reporter formats a timestamp for every stream
// event, about 15% of a request's CPU time. Re-enable both with a metrics endpoint. One peer's share is
// fixed (peerLimit) instead of growing with the machine's memory: by default it grows by 128 inbound
// streams and 128 MiB per GiB.
func resourceManager() (network.ResourceManager, error) {
	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	limits.PeerBaseLimit, limits.PeerLimitIncrease = peerLimit, rcmgr.BaseLimitIncrease{}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(limits.AutoScale()), rcmgr.WithMetricsDisabled())
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	return rm, nil
}

// peerLimit is what one peer may hold of the resource manager's budget, whatever the machine: libp2p's
// default connections (8, as many as swarm dials at once) and a file descriptor for each, a quarter of
// its default streams and half of its default memory (which yamux reserves as stream windows grow).
var peerLimit = rcmgr.BaseLimit{
	ConnsInbound: 8, ConnsOutbound: 8, Conns: 8, FD: 8,
	StreamsInbound: 64, StreamsOutbound: 128, Streams: 128,
	Memory: 32 << 20,
}

// newHost wraps a started libp2p host guarded by g.
func newHost(h host.Host, cfg Config, g *guard) *Host {
	ctx, cancel := context.WithCancel(context.Background())
	addr, _ := AddressOf(h.ID()) // cannot fail: the identity is the secp256k1 cfg.Key
	log := cfg.Logger.With("self", h.ID())
	host := &Host{
		h: h, cfg: cfg, addr: addr, log: log, ctx: ctx, cancel: cancel, guard: g, peers: newPeerTable(),
		pool: newStreamPool(clientIdleLimit), idleTimeout: serverIdleTimeout,
	}
	// Learn the address of every peer that connects, so that PeerOf finds it before its first request;
	// forget the idle streams of a peer that is gone.
	h.Network().Notify(&network.NotifyBundle{
		ConnectedF: func(_ network.Network, c network.Conn) { _, _ = host.addressOf(c.RemotePeer()) },
		DisconnectedF: func(n network.Network, c network.Conn) {
			if n.Connectedness(c.RemotePeer()) != network.Connected {
				host.pool.drop(c.RemotePeer())
			}
		},
	})
	return host
}

// Connected reports whether the host has an open connection to id.
func (h *Host) Connected(id peer.ID) bool {
	return h.h.Network().Connectedness(id) == network.Connected
}

// ID returns the host's peer id.
func (h *Host) ID() peer.ID { return h.h.ID() }

// Address returns the Ethereum address of the host's key, which its peer id proves.
func (h *Host) Address() common.Address { return h.addr }

// Addrs returns the addresses the host listens on.
func (h *Host) Addrs() []multiaddr.Multiaddr { return h.h.Addrs() }

// AddrInfo returns the host's peer id and listen addresses, as another host's Connect takes them.
func (h *Host) AddrInfo() peer.AddrInfo { return peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()} }

// Connect opens a connection to a peer (or keeps the open one) and remembers its addresses for later
// requests. It fails if the peer id names no Ethereum address or the peer cannot be reached.
func (h *Host) Connect(ctx context.Context, info peer.AddrInfo) error {
	if _, err := h.addressOf(info.ID); err != nil {
		return err
	}
	if sw, ok := h.h.Network().(*swarm.Swarm); ok {
		sw.Backoff().Clear(info.ID) // the caller decides when to retry (a restarted peer is back at once)
	}
	if err := h.h.Connect(ctx, info); err != nil {
		return fmt.Errorf("p2p: connect to %s: %w", info.ID, err)
	}
	return nil
}

// addressKey is the peerstore metadata key under which a peer's Ethereum address is cached: recovering
// it decompresses a curve point (about a third of a request's CPU time before the cache). The peerstore
// drops the entry with the peer.
const addressKey = "spoke/eth-address"

// addressOf is AddressOf, cached in the peerstore.
func (h *Host) addressOf(id peer.ID) (common.Address, error) {
	if v, err := h.h.Peerstore().Get(id, addressKey); err == nil {
		if addr, ok := v.(common.Address); ok {
			return addr, nil
		}
	}
	addr, err := AddressOf(id)
	if err != nil {
		return addr, err
	}
	_ = h.h.Peerstore().Put(id, addressKey, addr) // only a cache: a failed Put costs a recomputation
	h.peers.put(addr, id)
	return addr, nil
}

// PeerOf returns the peer id of the Ethereum address addr, if a peer with that address is connected, or
// has connected to this host, been connected to, or served a request recently (the last maxKnownPeers
// such peers are remembered): a hub reaches its users by the ids they came from.
func (h *Host) PeerOf(addr common.Address) (peer.ID, bool) {
	if id, ok := h.peers.get(addr); ok {
		return id, true
	}
	for _, id := range h.h.Network().Peers() { // forgotten, perhaps by a flood of other peers' keys
		if a, err := h.addressOf(id); err == nil && a == addr {
			return id, true
		}
	}
	return "", false
}

// PeerAddrs returns the addresses this host's peerstore knows for id: those it was given (Connect), those
// the peer's connections came from, and those the peer said it listens on (identify).
func (h *Host) PeerAddrs(id peer.ID) []multiaddr.Multiaddr { return h.h.Peerstore().Addrs(id) }

// Close stops the host: idle streams are reset, handlers' contexts cancelled and every connection closed.
func (h *Host) Close() error {
	h.cancel()
	h.pool.close()
	if err := h.h.Close(); err != nil {
		return fmt.Errorf("p2p: close host: %w", err)
	}
	return nil
}
