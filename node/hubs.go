package node

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"spoke/p2p"
	"spoke/state"
)

// hubs are the hubs this node is a user of: a user's hub (Config.Hub), and for a hub the hubs it connected
// to (ConnectHub). The loop reads and writes it; keepHubs reads it from its own goroutine, so it locks.
type hubs struct {
	mu  sync.Mutex
	all map[common.Address]*hubRef
}

// hubRef is how to reach one hub.
type hubRef struct {
	id    peer.ID
	addrs []multiaddr.Multiaddr // if set, the node keeps a connection to the hub open
}

func newHubs() *hubs { return &hubs{all: map[common.Address]*hubRef{}} }

// add adds or updates the hub at addr.
func (h *hubs) add(addr common.Address, id peer.ID, addrs []multiaddr.Multiaddr) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if r, ok := h.all[addr]; ok && len(addrs) == 0 {
		r.id = id
		return
	}
	h.all[addr] = &hubRef{id: id, addrs: slices.Clone(addrs)}
}

// get returns the hub at addr.
func (h *hubs) get(addr common.Address) (hubRef, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	r, ok := h.all[addr]
	if !ok {
		return hubRef{}, false
	}
	return *r, true
}

// has reports whether addr is one of the hubs.
func (h *hubs) has(addr common.Address) bool {
	_, ok := h.get(addr)
	return ok
}

// list returns the hubs' addresses, sorted.
func (h *hubs) list() []common.Address {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]common.Address, 0, len(h.all))
	for a := range h.all {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// dialable returns the hubs with listen addresses: their own, or else what lookup finds (announced).
func (h *hubs) dialable(lookup func(common.Address) (peer.AddrInfo, bool)) []peer.AddrInfo {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []peer.AddrInfo
	for a, r := range h.all {
		info := peer.AddrInfo{ID: r.id, Addrs: r.addrs}
		if len(info.Addrs) == 0 && lookup != nil {
			if found, ok := lookup(a); ok && found.ID == r.id {
				info.Addrs = found.Addrs
			}
		}
		if len(info.Addrs) > 0 {
			out = append(out, info)
		}
	}
	return out
}

// loadHubs registers, after a start, the hubs of this node's stored channels in which it is the user: the
// hub's peer id comes from its key, recovered from its signature on the latest state.
func (e *Engine) loadHubs() {
	for _, ch := range e.channels {
		if ch.hubSide || e.hubs.has(ch.peer) || len(ch.ch.Latest.SigHub) == 0 {
			continue
		}
		pub, err := state.RecoverKey(e.cfg.Domain.ChannelDigest(&ch.ch.Latest.State), ch.ch.Latest.SigHub)
		if err != nil || crypto.PubkeyToAddress(*pub) != ch.peer {
			e.log.Warn("node: cannot recover a hub's key from its signature", "hub", ch.peer, "err", err)
			continue
		}
		id, err := p2p.PeerIDOf(pub)
		if err != nil {
			continue
		}
		e.hubs.add(ch.peer, id, nil)
	}
}

// ConnectHub makes the hub at info one of this node's hubs: the node opens its channel with it as the user
// (by a deposit or by the hub's collateral), pays through it and keeps a connection to it open. A hub
// connects to other hubs this way (spoke hub connect). It fails for this node itself and for a peer that
// already has a channel with this node in which this node is the hub.
func (e *Engine) ConnectHub(ctx context.Context, info peer.AddrInfo) (common.Address, error) {
	addr, err := p2p.AddressOf(info.ID)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	var qerr error
	err = e.query(ctx, func() {
		ch, ok := e.channels[addr]
		switch {
		case addr == e.me:
			qerr = fmt.Errorf("%w: %s is this node", ErrNotMyChannel, addr)
		case ok && ch.hubSide:
			qerr = fmt.Errorf("%w: %s is a user of this hub already; one channel per pair of nodes", ErrBadConfig, addr)
		default:
			e.hubs.add(addr, info.ID, info.Addrs)
		}
	})
	if err == nil {
		err = qerr
	}
	if err != nil {
		return common.Address{}, err
	}
	if len(info.Addrs) > 0 {
		if err := e.cfg.Host.Connect(ctx, info); err != nil {
			e.log.Warn("node: cannot reach the hub yet; retrying in the background", "hub", addr, "err", err)
		}
	}
	return addr, nil
}

// Hubs returns the addresses of the hubs this node is a user of.
func (e *Engine) Hubs() []common.Address { return e.hubs.list() }

// keepHubEvery is how often a node checks its connections to its hubs.
const keepHubEvery = 200 * time.Millisecond

// keepHubs keeps this node's connections to its hubs open until ctx ends: a hub reaches its users over the
// connections they opened.
func (e *Engine) keepHubs(ctx context.Context) {
	tick := time.NewTicker(keepHubEvery)
	defer tick.Stop()
	var lookup func(common.Address) (peer.AddrInfo, bool)
	if r, ok := e.cfg.Router.(interface {
		PeerInfo(common.Address) (peer.AddrInfo, bool)
	}); ok {
		lookup = r.PeerInfo
	}
	for {
		for _, info := range e.hubs.dialable(lookup) {
			if e.cfg.Host.Connected(info.ID) {
				continue
			}
			if err := e.cfg.Host.Connect(ctx, info); err != nil && ctx.Err() == nil {
				e.log.Debug("node: cannot reach a hub; retrying", "hub", info.ID, "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-e.done:
			return
		case <-tick.C:
		}
	}
}
