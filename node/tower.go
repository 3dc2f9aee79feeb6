package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/chain"
	"spoke/p2p"
	"spoke/state"
	"spoke/state/sqlitestore"
)

// TowerProtocol carries a node's latest double-signed channel state to a watchtower: the request is the
// state's binary encoding (state.SignedState), the answer empty. Only a party of the channel may send it.
var TowerProtocol = p2p.ProtocolID("tower", "1.0.0")

// TowerFile is the watchtower's store in a node's data directory.
const TowerFile = "tower.db"

// Errors of the watchtower.
var (
	ErrTowerParty = errors.New("node: tower: only a party of the channel may hand in its state")
	ErrTowerState = errors.New("node: tower: not a valid double-signed state")
)

// Tower is a watchtower: it keeps the latest double-signed state of the channels its clients hand in,
// watches the chain, and challenges an exit of one of them made with an older state, so that a client
// offline for the whole challenge period loses nothing. Any node may serve one (Options.ServeTower).
type Tower struct {
	store  *sqlitestore.Store
	chain  *chain.Adapter
	domain *state.Domain
	log    *slog.Logger
	mu     sync.Mutex // serialises hand-ins: check the latest, then store
}

// startTower opens the tower's store in dir, serves TowerProtocol on host and watches the chain until ctx
// ends.
func startTower(ctx context.Context, dir string, host *p2p.Host, c *chain.Adapter, d *state.Domain, log *slog.Logger) (*Tower, error) {
	st, err := sqlitestore.Open(filepath.Join(dir, TowerFile))
	if err != nil {
		return nil, err
	}
	t := &Tower{store: st, chain: c, domain: d, log: log.With("component", "tower")}
	host.Handle(TowerProtocol, t.handle)
	go t.watch(ctx)
	return t, nil
}

// Latest returns the latest state the tower holds of a channel, or state.ErrNotFound.
func (t *Tower) Latest(ctx context.Context, hub, user common.Address) (state.SignedState, error) {
	r, err := t.store.Latest(ctx, hub, user)
	return r.SignedState, err
}

// handle stores a client's state if it is valid, the client's, and newer than the one held.
func (t *Tower) handle(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	var s state.SignedState
	if err := s.UnmarshalBinary(req); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTowerState, err)
	}
	if from != s.State.Hub && from != s.State.User {
		return nil, ErrTowerParty
	}
	if err := s.Verify(t.domain); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTowerState, err)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	have, err := t.store.Latest(ctx, s.State.Hub, s.State.User)
	switch {
	case err == nil && have.State.TxCountGlobal >= s.State.TxCountGlobal:
		return nil, nil // it holds this one or a newer one already
	case err != nil && !errors.Is(err, state.ErrNotFound):
		return nil, err
	}
	if err := t.store.Put(ctx, state.Record{SignedState: s}); err != nil {
		return nil, err
	}
	return nil, nil
}

// watch challenges exits of held channels made with older states, until ctx ends.
func (t *Tower) watch(ctx context.Context) {
	var from uint64
	for ctx.Err() == nil {
		events, errs := t.chain.Watch(ctx, from)
		for ev := range events {
			from = ev.Block()
			switch ev := ev.(type) {
			case chain.ExitStarted:
				t.onExit(ctx, ev.ChannelKey, ev.TxCountGlobal)
			case chain.ExitChallenged:
				t.onExit(ctx, ev.ChannelKey, ev.TxCountGlobal)
			}
		}
		if err := <-errs; err != nil && ctx.Err() == nil {
			t.log.Error("tower: chain watcher failed; restarting", "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
		}
	}
}

// onExit challenges an exit with the state of nonce txCount if the tower holds a newer one.
func (t *Tower) onExit(ctx context.Context, k chain.ChannelKey, txCount uint64) {
	r, err := t.store.Latest(ctx, k.Hub, k.User)
	if err != nil || r.State.TxCountGlobal <= txCount {
		return
	}
	t.log.Warn("tower: a channel exits with an old state; challenging", "hub", k.Hub, "user", k.User,
		"state", txCount, "held", r.State.TxCountGlobal)
	go func() {
		if _, err := t.chain.Challenge(ctx, &r.State, r.SigHub, r.SigUser); err != nil && ctx.Err() == nil {
			t.log.Error("tower: challenge failed", "hub", k.Hub, "user", k.User, "err", err)
		}
	}()
}

// towerPush is how often a node hands its changed states to its towers, at most.
const towerPush = 100 * time.Millisecond

// handToTowers hands this node's latest double-signed states to the towers whenever they change, until
// ctx ends; a state a tower could not take is handed in again later.
func (n *Node) handToTowers(ctx context.Context, towers []peer.AddrInfo, log *slog.Logger) {
	events := n.Engine.Subscribe(ctx)
	dirty := map[common.Address]bool{}
	rs, err := n.Engine.Channels(ctx)
	if err == nil {
		for _, r := range rs {
			dirty[counterpartyOf(&r.State, n.Address())] = true
		}
	}
	tick := time.NewTicker(towerPush)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				return
			}
			if ev.Kind == EventState {
				dirty[ev.Peer] = true
			}
			if ev.Missed > 0 { // states went by unseen: hand every channel in again
				if rs, err := n.Engine.Channels(ctx); err == nil {
					for _, r := range rs {
						dirty[counterpartyOf(&r.State, n.Address())] = true
					}
				}
			}
			continue
		case <-tick.C:
		}
		for p := range dirty {
			r, err := n.Engine.Latest(ctx, p)
			if err != nil {
				continue
			}
			b, err := r.SignedState.MarshalBinary()
			if err != nil {
				continue
			}
			ok := true
			for _, tw := range towers {
				if !n.Host.Connected(tw.ID) {
					cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
					err := n.Host.Connect(cctx, tw)
					cancel()
					if err != nil {
						ok = false
						continue
					}
				}
				if _, err := n.Host.Request(ctx, tw.ID, TowerProtocol, b); err != nil {
					ok = false
					log.Debug("node: tower did not take the state; retrying", "tower", tw.ID, "err", err)
				}
			}
			if ok {
				delete(dirty, p)
			}
		}
	}
}

// counterpartyOf is the party of s that is not me.
func counterpartyOf(s *state.ChannelState, me common.Address) common.Address {
	if s.Hub == me {
		return s.User
	}
	return s.Hub
}
