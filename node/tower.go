package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
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
	ErrTowerParty   = errors.New("node: tower: only a party of the channel may hand in its state")
	ErrTowerState   = errors.New("node: tower: not a valid double-signed state")
	ErrTowerClient  = errors.New("node: tower: not a client of this tower (its operator lists clients with --tower-clients)")
	ErrTowerChannel = errors.New("node: tower: the channel was never funded on-chain")
	ErrTowerQuota   = errors.New("node: tower: the client has handed in as many channels as the tower keeps for it")
)

// DefaultTowerQuota is how many channels a tower keeps for each client unless Options.TowerQuota says.
const DefaultTowerQuota = 64

// Tower is a watchtower: it keeps the latest double-signed state of the channels its clients hand in,
// watches the chain, and challenges an exit of one of them made with an older state, so that a client
// offline for the whole challenge period loses nothing. Any node may serve one (Options.ServeTower). It
// serves only the clients it is told to (Options.TowerClients), keeps only channels funded on-chain, and
// at most quota channels of which a client is a party, so its store holds at most clients × quota
// channels.
type Tower struct {
	store   *sqlitestore.Store
	chain   *chain.Adapter
	domain  *state.Domain
	log     *slog.Logger
	clients map[common.Address]bool
	quota   int
	mu      sync.Mutex // serialises hand-ins: check the latest, then store
}

// towerConfig is what a tower is told to serve.
type towerConfig struct {
	clients []common.Address
	quota   int // 0: DefaultTowerQuota
}

// startTower opens the tower's store in dir, serves TowerProtocol on host and watches the chain until ctx
// ends.
func startTower(ctx context.Context, dir string, host *p2p.Host, c *chain.Adapter, d *state.Domain, cfg towerConfig, log *slog.Logger) (*Tower, error) {
	if len(cfg.clients) == 0 {
		return nil, fmt.Errorf("%w: a watchtower needs TowerClients (--tower-clients): it serves only those", ErrBadConfig)
	}
	if cfg.quota == 0 {
		cfg.quota = DefaultTowerQuota
	}
	if cfg.quota < 0 {
		return nil, fmt.Errorf("%w: TowerQuota %d", ErrBadConfig, cfg.quota)
	}
	st, err := sqlitestore.Open(filepath.Join(dir, TowerFile))
	if err != nil {
		return nil, err
	}
	t := &Tower{store: st, chain: c, domain: d, log: log.With("component", "tower"), clients: map[common.Address]bool{}, quota: cfg.quota}
	for _, a := range cfg.clients {
		t.clients[a] = true
	}
	host.Handle(TowerProtocol, t.handle)
	host.Handle(TowerThreadProtocol, t.handleThread)
	go t.watch(ctx)
	return t, nil
}

// Latest returns the latest state the tower holds of a channel, or state.ErrNotFound.
func (t *Tower) Latest(ctx context.Context, hub, user common.Address) (state.SignedState, error) {
	r, err := t.store.Latest(ctx, hub, user)
	return r.SignedState, err
}

// handle stores a client's state if it is valid, the client's, of a channel funded on-chain, within the
// client's quota, and newer than the one held.
func (t *Tower) handle(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	s, err := t.check(from, req)
	if err != nil {
		return nil, err
	}
	held, err := t.held(ctx, &s.State)
	if err != nil {
		return nil, err
	}
	if !held { // the chain's answer does not depend on the lock: ask before taking it
		if err := t.funded(ctx, s.State.Hub, s.State.User); err != nil {
			return nil, err
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	have, err := t.store.Latest(ctx, s.State.Hub, s.State.User)
	switch {
	case err == nil && have.State.TxCountGlobal >= s.State.TxCountGlobal:
		return nil, nil // it holds this one or a newer one already
	case errors.Is(err, state.ErrNotFound):
		if err := t.withinQuota(ctx, from); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	}
	return nil, t.store.Put(ctx, state.Record{SignedState: s})
}

// check decodes a hand-in and checks that a client sent it, that the client is a party of its channel and
// that both parties signed it on the tower's chain.
func (t *Tower) check(from common.Address, req []byte) (state.SignedState, error) {
	var s state.SignedState
	if !t.clients[from] {
		return s, ErrTowerClient
	}
	if err := s.UnmarshalBinary(req); err != nil {
		return s, fmt.Errorf("%w: %v", ErrTowerState, err)
	}
	if from != s.State.Hub && from != s.State.User {
		return s, ErrTowerParty
	}
	if err := s.Verify(t.domain); err != nil {
		return s, fmt.Errorf("%w: %v", ErrTowerState, err)
	}
	return s, nil
}

// held reports whether the tower holds a state of s's channel.
func (t *Tower) held(ctx context.Context, s *state.ChannelState) (bool, error) {
	_, err := t.store.Latest(ctx, s.Hub, s.User)
	if errors.Is(err, state.ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// funded fails with ErrTowerChannel unless the channel was ever funded on-chain: a state was applied
// (the contract applies only states that move funds), a direct deposit was made, or it holds funds. A
// pair of keys a requester made up has none of these, and states of a channel without funds protect
// nothing.
func (t *Tower) funded(ctx context.Context, hub, user common.Address) error {
	c, err := t.chain.Channel(ctx, hub, user)
	if err != nil {
		return fmt.Errorf("node: tower: %w", err)
	}
	if c.TxCountChain > 0 || anyPositive(c.DepositedWei, c.DepositedToken, c.WeiTotal, c.TokenTotal) {
		return nil
	}
	return fmt.Errorf("%w: (%s, %s)", ErrTowerChannel, hub, user)
}

// anyPositive reports whether one of xs is above zero.
func anyPositive(xs ...*big.Int) bool {
	for _, x := range xs {
		if x != nil && x.Sign() > 0 {
			return true
		}
	}
	return false
}

// withinQuota fails with ErrTowerQuota if the tower holds quota channels of which client is a party.
func (t *Tower) withinQuota(ctx context.Context, client common.Address) error {
	pairs, err := t.store.Channels(ctx)
	if err != nil {
		return err
	}
	n := 0
	for _, p := range pairs {
		if p[0] == client || p[1] == client {
			n++
		}
	}
	if n >= t.quota {
		return fmt.Errorf("%w: %d channels", ErrTowerQuota, n)
	}
	return nil
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
			case chain.ThreadExitStarted:
				t.onThreadDispute(ctx, ev.Hub, ev.ThreadKey, ev.TxCount)
			case chain.ThreadChallenged:
				t.onThreadDispute(ctx, ev.Hub, ev.ThreadKey, ev.TxCount)
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

// towerPush is how often a node hands its changed states to its towers, at most; towerRetry is how long
// it waits before handing anything again to a tower that failed or refused a hand-in.
const (
	towerPush  = 100 * time.Millisecond
	towerRetry = 5 * time.Second
)

// handToTowers hands this node's latest double-signed states to the towers whenever they change, until
// ctx ends; a state a tower could not take is handed in again later.
func (n *Node) handToTowers(ctx context.Context, towers []peer.AddrInfo, log *slog.Logger) {
	events := n.Engine.Subscribe(ctx)
	dirty := map[common.Address]bool{}
	n.markAllDirty(ctx, dirty)
	retry := map[peer.ID]time.Time{} // towers that failed, and when to try them again
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
				n.markAllDirty(ctx, dirty)
			}
			continue
		case <-tick.C:
		}
		for p := range dirty {
			if n.handIn(ctx, towers, p, retry, log) {
				delete(dirty, p)
			}
		}
	}
}

// markAllDirty marks every channel of the node to be handed in.
func (n *Node) markAllDirty(ctx context.Context, dirty map[common.Address]bool) {
	rs, err := n.Engine.Channels(ctx)
	if err != nil {
		return
	}
	for _, r := range rs {
		dirty[counterpartyOf(&r.State, n.Address())] = true
	}
}

// handIn hands the latest state of the channel with peer to every tower not waiting for a retry and
// reports whether all of them took it; a tower that did not waits towerRetry.
func (n *Node) handIn(ctx context.Context, towers []peer.AddrInfo, p common.Address, retry map[peer.ID]time.Time, log *slog.Logger) bool {
	r, err := n.Engine.Latest(ctx, p)
	if err != nil {
		return false
	}
	b, err := r.SignedState.MarshalBinary()
	if err != nil {
		return false
	}
	ok := true
	for _, tw := range towers {
		if time.Now().Before(retry[tw.ID]) {
			ok = false
			continue
		}
		if err := n.handInTo(ctx, tw, b); err != nil {
			ok = false
			retry[tw.ID] = time.Now().Add(towerRetry)
			log.Debug("node: tower did not take the state; retrying", "tower", tw.ID, "err", err)
		}
	}
	return ok
}

// handInTo connects to the tower if need be and hands it the encoded state b.
func (n *Node) handInTo(ctx context.Context, tw peer.AddrInfo, b []byte) error {
	if !n.Host.Connected(tw.ID) {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := n.Host.Connect(cctx, tw)
		cancel()
		if err != nil {
			return err
		}
	}
	_, err := n.Host.Request(ctx, tw.ID, TowerProtocol, b)
	return err
}

// counterpartyOf is the party of s that is not me.
func counterpartyOf(s *state.ChannelState, me common.Address) common.Address {
	if s.Hub == me {
		return s.User
	}
	return s.Hub
}
