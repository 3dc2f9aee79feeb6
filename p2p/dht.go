package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/discovery"
	"github.com/libp2p/go-libp2p/core/peer"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
	dutil "github.com/libp2p/go-libp2p/p2p/discovery/util"
)

const (
	// DHTProtocolPrefix makes spoke's DHT a private one: it speaks /spoke/kad/1.0.0, never IPFS's
	// /ipfs/kad/1.0.0, so it neither joins nor answers the public DHT. (The spoke protocol name "kad" is
	// therefore taken.)
	DHTProtocolPrefix = "/spoke"
	// PayeeNamespace is the DHT namespace of payee records: their keys are PayeeKey's.
	PayeeNamespace = "spoke-payee"
	// DefaultAdvertiseRetry is DiscoveryConfig.AdvertiseRetry's default.
	DefaultAdvertiseRetry = time.Second
	// maxAdvertiseBackoff caps the wait after failed advertisements, as a multiple of AdvertiseRetry.
	maxAdvertiseBackoff = 64
)

var (
	// ErrNoBootstrap means none of the bootstrap peers could be reached, or none of them led to a DHT
	// server, before StartDiscovery's context ended.
	ErrNoBootstrap = errors.New("p2p: no DHT server reached through the bootstrap peers")
	// ErrNotFound means the DHT holds no valid record under the key looked up.
	ErrNotFound = errors.New("p2p: no record found")
	// ErrNotStored means no DHT server accepted a record put to it.
	ErrNotStored = errors.New("p2p: no DHT server stored the record")
)

// RecordValidator decides on the DHT records of one namespace; its method set is go-libp2p-record's
// Validator, so a p2p caller (announce.PayeeValidator) need not import it. Both methods run concurrently,
// on records from anyone, and must not panic.
type RecordValidator interface {
	// Validate returns nil if value is a valid record under key (the full key, "/<namespace>/...").
	Validate(key string, value []byte) error
	// Select returns the index of the best of values, all valid under key, so that every node picks the
	// same one (the newest, say).
	Select(key string, values [][]byte) (int, error)
}

// PayeeKey is the DHT key of the payee record of addr: "/spoke-payee/0x" and the address in lowercase hex.
func PayeeKey(addr common.Address) string {
	return "/" + PayeeNamespace + "/" + strings.ToLower(addr.Hex())
}

// DiscoveryConfig wires a Discovery.
type DiscoveryConfig struct {
	// Hub runs the DHT in server mode (the host answers queries and stores records) and advertises the
	// host under Rendezvous. A user's host (false) runs it in client mode: it queries and puts but stays
	// out of others' routing tables.
	Hub bool
	// Bootstrap are the peers to join through: hubs, or any spoke node running discovery (a user's node
	// passes on the DHT servers it knows, see DHTPeersProto). Empty for the first hub of a network, or a
	// host that relies on mDNS.
	Bootstrap []peer.AddrInfo
	// Payees validates the records of PayeeNamespace, on put, on receipt and on storage. Required. Records
	// of any other namespace are refused.
	Payees RecordValidator
	// Rendezvous is the namespace hubs advertise themselves under and FindHubs looks up, such as
	// "spoke-hubs/<chain id>/<contract>". Required.
	Rendezvous string
	// MDNS finds and connects to spoke hosts on the local network (MDNSService).
	MDNS bool
	// MaxStoredBytes bounds the records a hub's DHT server holds for others, in bytes; once full, it
	// refuses records of new keys until old ones expire. Default DefaultMaxStoredBytes.
	MaxStoredBytes int
	// AdvertiseRetry is how long a hub waits after a failed advertisement (no DHT server known yet, say)
	// before trying again, doubled after each further failure up to 64 times it. Default
	// DefaultAdvertiseRetry. Successful advertisements are renewed every 7/8 of their 3-hour lifetime.
	AdvertiseRetry time.Duration

	dhtOptions []dht.Option // appended to the DHT's options: tests tune it
}

// withDefaults returns cfg with its zero fields filled in, or ErrBadConfig.
func (cfg DiscoveryConfig) withDefaults() (DiscoveryConfig, error) {
	switch {
	case cfg.Payees == nil:
		return cfg, fmt.Errorf("%w: DiscoveryConfig.Payees is required", ErrBadConfig)
	case cfg.Rendezvous == "":
		return cfg, fmt.Errorf("%w: DiscoveryConfig.Rendezvous is required", ErrBadConfig)
	case cfg.AdvertiseRetry < 0 || cfg.MaxStoredBytes < 0:
		return cfg, fmt.Errorf("%w: negative AdvertiseRetry %s or MaxStoredBytes %d", ErrBadConfig, cfg.AdvertiseRetry, cfg.MaxStoredBytes)
	}
	for _, p := range cfg.Bootstrap {
		if _, err := AddressOf(p.ID); err != nil {
			return cfg, fmt.Errorf("%w: bootstrap peer: %w", ErrBadConfig, err)
		}
	}
	cfg.AdvertiseRetry = orDefault(cfg.AdvertiseRetry, DefaultAdvertiseRetry)
	cfg.MaxStoredBytes = orDefault(cfg.MaxStoredBytes, DefaultMaxStoredBytes)
	return cfg, nil
}

// Discovery is a host's membership of spoke's private DHT: payee records by Ethereum address, hubs by
// rendezvous, and (optionally) mDNS on the local network. It is safe for concurrent use.
type Discovery struct {
	host   *Host
	cfg    DiscoveryConfig
	kad    *dht.IpfsDHT
	disc   *drouting.RoutingDiscovery
	ctx    context.Context // cancelled by Close or the host's Close
	cancel context.CancelFunc
	wg     sync.WaitGroup // the advertising loop and mDNS connections

	// mu guards what start sets while Close (called by the host's Close) may run: the fields below and
	// wg.Add, which must not follow wg.Wait.
	mu        sync.Mutex
	closed    bool
	mdns      interface{ Close() error } // nil unless cfg.MDNS
	stopWatch func() bool                // stops the call of Close when the host closes

	closeOnce sync.Once // a second Close waits for the first
	closeErr  error
}

// errClosedWhileStarting reports a Discovery closed (by its host's Close) before it had started.
var errClosedWhileStarting = errors.New("p2p: discovery closed while starting")

// StartDiscovery joins spoke's private DHT: it starts the DHT (server mode for a hub, client mode for a
// user), serves DHTPeersProto, connects to the bootstrap peers and to the DHT servers they know, and waits
// (under ctx) until its routing table holds a DHT server; then it starts mDNS if enabled and, for a hub,
// advertising under cfg.Rendezvous. Without bootstrap peers it returns at once, alone in the DHT until a
// peer connects (or mDNS finds one). It fails with ErrBadConfig, with ErrNoBootstrap, or if the DHT or
// mDNS does not start. A host runs one Discovery at a time, until its Close or the host's.
func (h *Host) StartDiscovery(ctx context.Context, cfg DiscoveryConfig) (*Discovery, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if slices.Contains(h.h.Mux().Protocols(), DHTPeersProto) {
		return nil, errors.New("p2p: discovery already started on this host")
	}
	kad, err := dht.New(h.h, h.dhtOptions(cfg)...)
	if err != nil {
		return nil, fmt.Errorf("p2p: start DHT: %w", err)
	}
	d := &Discovery{host: h, cfg: cfg, kad: kad, disc: drouting.NewRoutingDiscovery(kad)}
	d.ctx, d.cancel = context.WithCancel(h.ctx)
	h.Handle(DHTPeersProto, d.serveDHTPeers, AcceptEmpty()) // before the watch, so that Close removes it
	// The watch calls Close at once if the host is closed already: that Close waits for stopWatch.
	d.mu.Lock()
	d.stopWatch = context.AfterFunc(h.ctx, func() { _ = d.Close() })
	d.mu.Unlock()
	if err := d.start(ctx); err != nil {
		_ = d.Close()
		return nil, err
	}
	return d, nil
}

// start joins through the bootstrap peers, then starts mDNS and advertising as configured.
func (d *Discovery) start(ctx context.Context) error {
	if err := d.join(ctx); err != nil {
		return err
	}
	if d.cfg.MDNS {
		if err := d.startMDNS(); err != nil {
			return err
		}
	}
	if d.cfg.Hub {
		if !d.track() {
			return errClosedWhileStarting
		}
		go d.advertise()
	}
	if d.ctx.Err() != nil {
		return errClosedWhileStarting
	}
	return nil
}

// join connects to the bootstrap peers and the DHT servers they know, starts the DHT's bootstrap and
// waits until the routing table holds a peer. It fails with ErrNoBootstrap if no bootstrap peer is
// reachable or ctx ends first.
func (d *Discovery) join(ctx context.Context) error {
	if len(d.cfg.Bootstrap) == 0 {
		return d.kad.Bootstrap(ctx)
	}
	reached := d.connectAll(ctx, d.cfg.Bootstrap, slog.LevelWarn)
	if len(reached) == 0 {
		return fmt.Errorf("%w: none of %d reachable", ErrNoBootstrap, len(d.cfg.Bootstrap))
	}
	for _, id := range reached {
		d.exchangePeers(ctx, id)
	}
	if err := d.kad.Bootstrap(ctx); err != nil {
		return fmt.Errorf("p2p: bootstrap DHT: %w", err)
	}
	return d.awaitRoutingPeer(ctx)
}

// awaitRoutingPeer polls until the routing table holds a peer (the DHT adds a connected server once
// identify and a probe query have run) or ctx ends.
func (d *Discovery) awaitRoutingPeer(ctx context.Context) error {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for d.kad.RoutingTable().Size() == 0 {
		select {
		case <-tick.C:
		case <-ctx.Done():
			return fmt.Errorf("%w: %w", ErrNoBootstrap, ctx.Err())
		case <-d.ctx.Done():
			return fmt.Errorf("%w: %w", ErrNoBootstrap, d.ctx.Err())
		}
	}
	return nil
}

// connectAll connects to peers concurrently, each within the host's StreamTimeout, and returns those
// reached; failures are logged at level.
func (d *Discovery) connectAll(ctx context.Context, peers []peer.AddrInfo, level slog.Level) []peer.ID {
	var (
		mu      sync.Mutex
		reached []peer.ID
		wg      sync.WaitGroup
	)
	for _, info := range peers {
		wg.Go(func() {
			cctx, cancel := context.WithTimeout(ctx, d.host.cfg.StreamTimeout)
			defer cancel()
			if err := d.host.Connect(cctx, info); err != nil {
				d.host.log.Log(ctx, level, "p2p: discovery peer unreachable", "peer", info.ID, "err", err)
				return
			}
			mu.Lock()
			reached = append(reached, info.ID)
			mu.Unlock()
		})
	}
	wg.Wait()
	return reached
}

// advertise advertises the hub under the rendezvous namespace until Close: again after AdvertiseRetry
// (doubling) when a round fails, after 7/8 of the advertisement's lifetime when it succeeds.
func (d *Discovery) advertise() {
	defer d.wg.Done()
	retry := d.cfg.AdvertiseRetry
	for {
		ttl, err := d.disc.Advertise(d.ctx, d.cfg.Rendezvous)
		next := 7 * ttl / 8
		if err != nil {
			d.host.log.Debug("p2p: advertisement failed", "namespace", d.cfg.Rendezvous, "retry_in", retry, "err", err)
			next, retry = retry, min(2*retry, maxAdvertiseBackoff*d.cfg.AdvertiseRetry)
		} else {
			retry = d.cfg.AdvertiseRetry
		}
		select {
		case <-time.After(next):
		case <-d.ctx.Done():
			return
		}
	}
}

// FindHubs returns up to limit hubs advertised under the rendezvous namespace, other than this host, with
// the addresses the DHT knows for them. A hub's advertisement proves only that the peer holds its key:
// what it offers is in its signed announcement. It stops early when limit hubs are found or ctx ends.
func (d *Discovery) FindHubs(ctx context.Context, limit int) ([]peer.AddrInfo, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("p2p: FindHubs limit %d is not positive", limit)
	}
	found, err := dutil.FindPeers(ctx, d.disc, d.cfg.Rendezvous, discovery.Limit(limit+1)) // +1: this host
	if err != nil {
		return nil, fmt.Errorf("p2p: find hubs: %w", err)
	}
	hubs := found[:0]
	for _, info := range found {
		if _, err := AddressOf(info.ID); err == nil && info.ID != d.host.ID() && len(hubs) < limit {
			hubs = append(hubs, info)
		}
	}
	return hubs, nil
}

// Close stops mDNS and advertising and leaves the DHT; the host stays up. Records this host stored as a
// DHT server are dropped with it. It may run while StartDiscovery starts (the host closing); a second
// call waits for the first and returns its error.
func (d *Discovery) Close() error {
	d.closeOnce.Do(func() { d.closeErr = d.close() })
	return d.closeErr
}

// close is Close, once.
func (d *Discovery) close() error {
	d.mu.Lock()
	d.closed = true
	stopWatch, mdns := d.stopWatch, d.mdns
	d.mu.Unlock()
	stopWatch()
	d.cancel()
	if mdns != nil {
		_ = mdns.Close()
	}
	d.wg.Wait()
	d.host.RemoveHandler(DHTPeersProto)
	if err := d.kad.Close(); err != nil {
		return fmt.Errorf("p2p: close DHT: %w", err)
	}
	return nil
}

// track counts a goroutine in wg unless the Discovery is closed, which it reports.
func (d *Discovery) track() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return false
	}
	d.wg.Add(1)
	return true
}
