package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/announce"
	"spoke/p2p"
	"spoke/state"
)

// Discovery without a central server: every node joins spoke's private DHT (hubs as servers, users as
// clients) through its bootstrap peers and its hub; hubs advertise themselves under a rendezvous of the
// chain and contract and connect to the hubs they find there (which joins them to the announcements'
// gossip); a user publishes a record, signed by its key, naming the hubs it is reachable through, so
// that a payer needs only its address.

// ErrPayeeUnknown reports an address with no payee record in the DHT.
var ErrPayeeUnknown = errors.New("node: no record of that address in the network: it is not a user reachable through a hub")

// Timings of discovery.
const (
	discoveryRetry   = 5 * time.Second // after a failed start, a failed put
	findHubsEvery    = time.Minute     // a hub looks for other hubs this often
	payeeRecordEvery = 12 * time.Hour  // a user re-puts its record this often (the DHT keeps one 48 h)
)

// startDiscovery joins the DHT in the background, retrying until it succeeds, then keeps the node's part:
// a hub looks for other hubs, a user publishes its payee record.
func (n *Node) startDiscovery(ctx context.Context, opts Options, d *state.Domain, logger *slog.Logger) {
	boot := append([]peer.AddrInfo(nil), opts.Bootstrap...)
	if opts.Role == User {
		boot = append(boot, opts.Hub)
	}
	cfg := p2p.DiscoveryConfig{Hub: opts.Role == Hub, Bootstrap: boot, MDNS: opts.MDNS,
		Payees:     announce.NewPayeeValidator(d, time.Now),
		Rendezvous: fmt.Sprintf("spoke-hubs/%s/%s", d.ChainID, d.Contract.Hex())}
	go func() {
		for {
			jctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			disc, err := n.Host.StartDiscovery(jctx, cfg)
			cancel()
			if err == nil {
				n.discovery.Store(disc)
				logger.Info("node: joined the network's DHT", "bootstrap", len(boot))
				n.takePart(ctx, opts, d, disc, logger)
				return
			}
			logger.Warn("node: cannot join the network's DHT yet; retrying", "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(discoveryRetry):
			}
		}
	}()
}

// takePart is what the node does in the DHT until ctx ends.
func (n *Node) takePart(ctx context.Context, opts Options, d *state.Domain, disc *p2p.Discovery, logger *slog.Logger) {
	every, act := findHubsEvery, func() error { return n.connectHubs(ctx, disc) }
	if opts.Role == User {
		every, act = payeeRecordEvery, func() error { return n.putPayee(ctx, opts, d, disc) }
	}
	for {
		wait := every
		if err := act(); err != nil && ctx.Err() == nil {
			logger.Warn("node: discovery step failed; retrying", "err", err)
			wait = discoveryRetry
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		case <-n.hubsChanged: // a user's hubs changed: its record says so at once
		}
	}
}

// ConnectHub is Engine.ConnectHub; a user's payee record then names the new hub too.
func (n *Node) ConnectHub(ctx context.Context, info peer.AddrInfo) (common.Address, error) {
	addr, err := n.Engine.ConnectHub(ctx, info)
	if err == nil {
		select {
		case n.hubsChanged <- struct{}{}:
		default:
		}
	}
	return addr, err
}

// connectHubs connects a hub to the hubs advertised in the DHT: connected, they share announcements.
func (n *Node) connectHubs(ctx context.Context, disc *p2p.Discovery) error {
	fctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	found, err := disc.FindHubs(fctx, 64)
	if err != nil {
		return err
	}
	for _, info := range found {
		if info.ID != n.Host.ID() && !n.Host.Connected(info.ID) && len(info.Addrs) > 0 {
			_ = n.Host.Connect(fctx, info)
		}
	}
	return nil
}

// putPayee publishes this user's record: its address is reachable through its hubs.
func (n *Node) putPayee(ctx context.Context, opts Options, d *state.Domain, disc *p2p.Discovery) error {
	rec := announce.Payee{User: n.Address(), PeerID: n.Host.ID(), ChainID: d.ChainID.Uint64(), Contract: d.Contract,
		Timestamp: uint64(time.Now().Unix())}
	for _, hub := range n.Engine.Hubs() {
		h := announce.PayeeHub{Hub: hub}
		if ref, ok := n.Engine.hubs.get(hub); ok {
			h.PeerID = ref.id
			for _, a := range ref.addrs {
				if len(h.Addrs) < announce.MaxPayeeHubAddrs {
					h.Addrs = append(h.Addrs, a.String())
				}
			}
		}
		rec.Hubs = append(rec.Hubs, h)
	}
	s, err := rec.Sign(opts.Key)
	if err != nil {
		return err
	}
	raw, err := s.Encode()
	if err != nil {
		return err
	}
	pctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	return disc.PutPayee(pctx, n.Address(), raw)
}

// Payee is what the network says of a user: its key and the hubs it is reachable through.
type PayeeInfo struct {
	Key  *ecdsa.PublicKey
	Hubs []common.Address
}

// Payee looks up the record of the user at addr in the DHT (ErrPayeeUnknown if there is none). A record
// found is kept for payeeFresh, so that payments to one address in a row (a subscription, a stream of
// small payments) do not each wait for a DHT query and load the network with it; ForgetPayee drops it
// when a payment to addr fails, so that the next one looks again.
func (n *Node) Payee(ctx context.Context, addr common.Address) (PayeeInfo, error) {
	if info, ok := n.payees.get(addr); ok {
		return info, nil
	}
	info, err := n.lookupPayee(ctx, addr)
	if err == nil {
		n.payees.put(addr, info)
	}
	return info, err
}

// ForgetPayee drops what Payee keeps of addr.
func (n *Node) ForgetPayee(addr common.Address) { n.payees.forget(addr) }

// lookupPayee is Payee without the cache.
func (n *Node) lookupPayee(ctx context.Context, addr common.Address) (PayeeInfo, error) {
	disc := n.discovery.Load()
	if disc == nil {
		return PayeeInfo{}, fmt.Errorf("%w (this node has not joined the DHT yet)", ErrPayeeUnknown)
	}
	raw, err := disc.GetPayee(ctx, addr)
	if errors.Is(err, p2p.ErrNotFound) {
		return PayeeInfo{}, fmt.Errorf("%w: %s", ErrPayeeUnknown, addr)
	}
	if err != nil {
		return PayeeInfo{}, err
	}
	s, err := announce.DecodePayee(raw)
	if err != nil {
		return PayeeInfo{}, err
	}
	if err := s.Verify(n.Engine.cfg.Domain); err != nil || s.User != addr {
		return PayeeInfo{}, fmt.Errorf("%w: the record found does not verify", ErrPayeeUnknown)
	}
	key, err := p2p.PublicKeyOf(s.PeerID)
	if err != nil {
		return PayeeInfo{}, err
	}
	info := PayeeInfo{Key: key}
	for _, h := range s.Hubs {
		info.Hubs = append(info.Hubs, h.Hub)
	}
	return info, nil
}

// Payee records kept: for payeeFresh after their lookup, at most maxPayees of them (when full, those
// looked up more than half of payeeFresh ago go, or all if that is not enough).
const (
	payeeFresh = 30 * time.Second
	maxPayees  = 4096
)

// payeeCache is what Payee keeps. Safe for concurrent use.
type payeeCache struct {
	mu sync.Mutex
	m  map[common.Address]payeeEntry
}

type payeeEntry struct {
	info PayeeInfo
	at   time.Time
}

func (c *payeeCache) get(addr common.Address) (PayeeInfo, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[addr]
	if !ok || time.Since(e.at) >= payeeFresh {
		return PayeeInfo{}, false
	}
	return PayeeInfo{Key: e.info.Key, Hubs: slices.Clone(e.info.Hubs)}, true
}

func (c *payeeCache) put(addr common.Address, info PayeeInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[common.Address]payeeEntry{}
	}
	if len(c.m) >= maxPayees {
		cut := time.Now().Add(-payeeFresh / 2)
		maps.DeleteFunc(c.m, func(_ common.Address, e payeeEntry) bool { return e.at.Before(cut) })
		if len(c.m) >= maxPayees {
			clear(c.m)
		}
	}
	c.m[addr] = payeeEntry{info: PayeeInfo{Key: info.Key, Hubs: slices.Clone(info.Hubs)}, at: time.Now()}
}

func (c *payeeCache) forget(addr common.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, addr)
}
