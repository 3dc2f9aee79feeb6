package node

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/announce"
	"spoke/p2p"
)

// Timing of Run.
const (
	// networkTick is how often Run looks at the topic's peers and at what is due (an announcement, a
	// prune), by the wall clock; what is due is decided by NetworkConfig.Clock.
	networkTick = 250 * time.Millisecond
	// pruneEvery is how often, by NetworkConfig.Clock, Run prunes the table, graph and failure memory.
	pruneEvery = time.Minute
	// catchUpAgain is when a new peer is asked again for its announcements, by the wall clock: once the
	// gossip meshes have formed (the first heartbeats come within a second or two). A message the peer
	// accepted before its mesh included this node was not relayed to it.
	catchUpAgain = 3 * time.Second
	// catchUpTimeout bounds one catch-up request.
	catchUpTimeout = 10 * time.Second
	// announceGap is the least time between two announcements of this hub: receivers ignore a hub's
	// announcement that comes less than announce.DefaultMinInterval after its previous one (by their
	// clocks, from when they accepted it), plus a second for delivery.
	announceGap = announce.DefaultMinInterval + time.Second
)

// Run joins the hubs gossip through the network's door (every message is applied to the table and,
// if accepted, to the routing graph), serves the catch-up protocol (hubs-sync) from the table, and
// then, until ctx ends: announces this hub at once and every Every (hubs only); asks every peer that
// appears on the topic for its announcements, at once and again after catchUpAgain, and relays over
// the gossip those that were new to this node (a hub that announced before anyone listened reaches
// beyond its first peer at once); prunes every pruneEvery. It returns nil when ctx ends, or an error if
// it could not join the gossip. Run may be called once.
func (n *Network) Run(ctx context.Context) error {
	if !n.ran.CompareAndSwap(false, true) {
		return ErrNetworkRan
	}
	h := n.cfg.Host
	h.ServeHubSync(n.table.All) // before joining: a peer that sees this node on the topic can catch up
	defer h.RemoveHandler(p2p.HubsSyncProto)
	g, err := h.JoinGossip(p2p.GossipConfig{Validate: n.validate, MaxMessageSize: announce.MaxSize})
	if err != nil {
		return err
	}
	defer func() { _ = g.Close() }()
	n.setGossip(g)
	defer n.setGossip(nil)
	var wg sync.WaitGroup
	wg.Go(func() { n.drain(ctx, g) })
	n.loop(ctx, g, &wg)
	wg.Wait()
	return nil
}

// validate is the gossip door: it applies the message to the table at the clock's time and, if the
// table accepts it, to the graph.
func (n *Network) validate(_ context.Context, from peer.ID, data []byte) p2p.GossipVerdict {
	s, err := announce.Decode(data)
	if err != nil {
		n.log.Debug("network: malformed announcement", "from", from, "err", err)
		return p2p.GossipReject
	}
	v, err := n.table.Apply(s, n.cfg.Clock())
	switch v {
	case announce.Accept:
		n.learn(s)
		n.log.Debug("network: announcement accepted", "hub", s.Hub, "from", from)
	case announce.Reject:
		n.log.Debug("network: announcement rejected", "hub", s.Hub, "from", from, "err", err)
	}
	return v.Gossip()
}

// drain consumes the delivered messages: the door already applied them, so this only keeps the
// subscription's buffer from filling.
func (n *Network) drain(ctx context.Context, g *p2p.Gossip) {
	for {
		if _, err := g.Next(ctx); err != nil {
			return
		}
	}
}

// loop runs the periodic work of Run until ctx ends; catch-ups it starts join wg.
func (n *Network) loop(ctx context.Context, g *p2p.Gossip, wg *sync.WaitGroup) {
	ticker := time.NewTicker(networkTick)
	defer ticker.Stop()
	seen := map[peer.ID]bool{}
	var lastPrune time.Time
	for {
		now := n.cfg.Clock()
		if n.cfg.Hub && n.own.due(now, n.cfg.Every) {
			if err := n.publishOwn(ctx, g); err != nil && ctx.Err() == nil {
				n.log.Warn("network: announcement failed", "err", err)
			}
		}
		n.republishDue(ctx, g, now)
		if now.Sub(lastPrune) >= pruneEvery {
			n.prune(now)
			lastPrune = now
		}
		n.watchPeers(ctx, g, seen, wg)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// watchPeers starts a catch-up from every peer new on the topic and forgets those gone, so that a
// peer that comes back (after this node or it lost the connection) is asked again.
func (n *Network) watchPeers(ctx context.Context, g *p2p.Gossip, seen map[peer.ID]bool, wg *sync.WaitGroup) {
	now := map[peer.ID]bool{}
	for _, id := range g.Peers() {
		now[id] = true
		if !seen[id] {
			seen[id] = true
			wg.Go(func() { n.catchUp(ctx, g, id) })
		}
	}
	for id := range seen {
		if !now[id] {
			delete(seen, id)
		}
	}
}

// catchUp asks peer for its announcements at once and again after catchUpAgain.
func (n *Network) catchUp(ctx context.Context, g *p2p.Gossip, from peer.ID) {
	n.fetchFrom(ctx, g, from)
	select {
	case <-ctx.Done():
	case <-time.After(catchUpAgain):
		n.fetchFrom(ctx, g, from)
	}
}

// fetchFrom asks peer for its announcements and publishes each: the door applies it like any gossip,
// and only those it accepts (new to this node) go on to the topic's peers.
func (n *Network) fetchFrom(ctx context.Context, g *p2p.Gossip, from peer.ID) {
	rctx, cancel := context.WithTimeout(ctx, catchUpTimeout)
	defer cancel()
	records, err := n.cfg.Host.FetchHubs(rctx, from, announce.MaxSize)
	if err != nil {
		if ctx.Err() == nil {
			n.log.Debug("network: catch-up failed", "peer", from, "err", err)
		}
		return
	}
	learned := 0
	for _, r := range records {
		if err := g.Publish(ctx, r); err == nil {
			learned++
		}
	}
	n.log.Debug("network: caught up", "peer", from, "records", len(records), "new", learned)
}

// AnnounceNow publishes this hub's announcement at once (after its fees or channels changed). If the
// previous one went out less than announceGap ago, receivers would ignore a new one: it then goes out
// as soon as the gap has passed (by NetworkConfig.Clock), and AnnounceNow returns nil. It fails on a
// user node (ErrNetworkNotHub), when Run is not running (ErrNetworkNotRunning), or if the
// announcement cannot be built or published.
func (n *Network) AnnounceNow(ctx context.Context) error {
	if !n.cfg.Hub {
		return ErrNetworkNotHub
	}
	g := n.currentGossip()
	if g == nil {
		return ErrNetworkNotRunning
	}
	if n.own.deferIfTooSoon(n.cfg.Clock()) {
		return nil
	}
	return n.publishOwn(ctx, g)
}

// ownState is the timing of this hub's announcements.
type ownState struct {
	mu      sync.Mutex // held while one is signed and published
	last    time.Time  // by the clock, when the last one went out; zero before the first
	lastTS  uint64     // its timestamp
	pending bool       // AnnounceNow came too soon after the last one
}

// due reports whether an announcement is due at now: the first, a round, or a deferred AnnounceNow.
func (o *ownState) due(now time.Time, every time.Duration) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	since := now.Sub(o.last)
	return o.last.IsZero() || since >= every || (o.pending && since >= announceGap)
}

// deferIfTooSoon marks an announcement pending and reports true if the last one went out less than
// announceGap before now.
func (o *ownState) deferIfTooSoon(now time.Time) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.last.IsZero() || now.Sub(o.last) >= announceGap {
		return false
	}
	o.pending = true
	return true
}

// publishOwn signs this hub's current announcement and publishes it through the door (which holds it
// in the table and graph, as for any hub).
func (n *Network) publishOwn(ctx context.Context, g *p2p.Gossip) error {
	o := &n.own
	o.mu.Lock()
	defer o.mu.Unlock()
	now := n.cfg.Clock()
	ts := max(uint64(max(now.Unix(), 0)), o.lastTS+1) // strictly newer than the last, or it is stale
	data, err := n.ownAnnouncement(ts)
	if err != nil {
		return err
	}
	if err := g.Publish(ctx, data); err != nil {
		return err
	}
	o.last, o.lastTS, o.pending = now, ts, false
	n.log.Debug("network: announced", "timestamp", ts)
	return nil
}

// errNoListenAddrs: a hub that listens nowhere cannot be dialled.
var errNoListenAddrs = errors.New("node: network: the host listens on no address")

// republishDue publishes again, through this node's gossip door, the announcements its table held back
// because they came too soon after their hub's last: accepted now, they reach this node's peers too.
func (n *Network) republishDue(ctx context.Context, g *p2p.Gossip, now time.Time) {
	for _, s := range n.table.Due(now) {
		raw, err := s.Encode()
		if err == nil {
			err = g.Publish(ctx, raw)
		}
		if err != nil && ctx.Err() == nil {
			n.log.Debug("network: cannot republish a held-back announcement", "hub", s.Hub, "err", err)
		}
	}
}
