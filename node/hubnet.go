package node

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/announce"
	"spoke/p2p"
	"spoke/routing"
)

// The engine and the hub network meet here: the Network is the engine's Router (routes, hub policies and
// keys, failure memory), and the engine tells the Network what a hub announces (fees, expiry delta, its
// hub-to-hub channels).

var (
	_ Router = (*Network)(nil)
	_ Memory = (*Network)(nil)
)

// Policy returns the policy hub announced and its public key (from its peer id).
func (n *Network) Policy(hub common.Address) (routing.Policy, *ecdsa.PublicKey, bool) {
	n.mu.Lock()
	s, ok := n.view.Held(hub)
	n.mu.Unlock()
	if !ok {
		return routing.Policy{}, nil, false
	}
	pub, err := p2p.PublicKeyOf(s.PeerID)
	if err != nil {
		return routing.Policy{}, nil, false
	}
	return routing.Policy{FeeBase: s.FeeBase, FeePPM: s.FeePPM, ExpiryDelta: uint64(s.ExpiryDelta)}, pub, true
}

// HubPolicy is this hub's policy as its announcements carry it.
func (e *Engine) HubPolicy() HubPolicy {
	f := e.fees()
	return HubPolicy{FeeBase: f.Base, FeePPM: f.PPM, ExpiryDelta: uint32(min(e.cfg.ForwardDelta, 1<<32-1))}
}

// HubChannels returns this node's channels with other hubs, with what it can send through each (wei), for
// its announcements: the channels with the hubs it connected to, and with users the network announces as
// hubs. A channel exiting on-chain is left out.
func (e *Engine) HubChannels(ctx context.Context) ([]announce.Channel, error) {
	var out []announce.Channel
	err := e.query(ctx, func() {
		if e.Draining() { // a draining hub announces no channel: the network routes around it
			return
		}
		for _, ch := range e.channels {
			if ch.exiting || !(e.hubs.has(ch.peer) || e.isAnnouncedHub(ch.peer)) {
				continue
			}
			wei, _ := spendable(ch)
			out = append(out, announce.Channel{Peer: ch.peer, CapacityWei: *wei})
		}
	})
	slices.SortFunc(out, func(a, b announce.Channel) int { return a.Peer.Cmp(b.Peer) })
	if len(out) > announce.MaxChannels {
		out = out[:announce.MaxChannels]
	}
	return out, err
}

// isAnnouncedHub reports whether the network announces addr as a hub.
func (e *Engine) isAnnouncedHub(addr common.Address) bool {
	if e.cfg.Router == nil {
		return false
	}
	_, _, ok := e.cfg.Router.Policy(addr)
	return ok
}

// newNetwork makes the node's Network: a hub announces its engine's policy and hub-to-hub channels.
func (n *Node) newNetwork(opts Options, logger *slog.Logger) (*Network, error) {
	return NewNetwork(NetworkConfig{
		Host: n.Host, Key: opts.Key, ChainID: n.Chain.ChainID().Uint64(), Contract: opts.Manager,
		Hub: opts.Role == Hub, Every: opts.AnnounceEvery, Logger: logger,
		Policy: func() HubPolicy { return n.Engine.HubPolicy() },
		Channels: func() []announce.Channel {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			chans, err := n.Engine.HubChannels(ctx)
			if err != nil {
				logger.Warn("node: cannot list the hub's channels for its announcement", "err", err)
			}
			return chans
		},
	})
}

// keepPeersEvery is how often keepPeers checks its connections.
const keepPeersEvery = 5 * time.Second

// keepPeers keeps host connected to peers until ctx ends.
func keepPeers(ctx context.Context, host *p2p.Host, peers []peer.AddrInfo, logger *slog.Logger) {
	tick := time.NewTicker(keepPeersEvery)
	defer tick.Stop()
	for {
		for _, info := range peers {
			if host.Connected(info.ID) {
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, keepPeersEvery)
			if err := host.Connect(cctx, info); err != nil && ctx.Err() == nil {
				logger.Debug("node: cannot reach a bootstrap peer; retrying", "peer", info.ID, "err", err)
			}
			cancel()
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
