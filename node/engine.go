package node

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/protocol"
	"spoke/state"
)

// maxDrain bounds how many ready inputs one loop turn takes before it stores and proposes.
const maxDrain = 4096

// Engine is one node's engine. Its loop (Run) owns every channel; Pay and the network handler talk to it
// over Go channels. Pay and the handler are safe for concurrent use.
type Engine struct {
	cfg      Config
	me       common.Address
	log      *slog.Logger
	channels map[common.Address]*channel // by counterparty; touched only by New and the loop
	cmds     chan *payCmd
	inbound  chan *inbound
	results  chan sendResult
	started  atomic.Bool
	done     chan struct{} // closed when Run returns
}

// channel is the loop's view of one channel.
type channel struct {
	peer  common.Address   // the counterparty
	ch    protocol.Channel // latest double-signed state and its locks
	queue []*payCmd        // commands waiting for the next batch
	out   *outstanding     // the proposal in flight, if any
	// unsure are recent proposals whose answer was lost (send failed): the peer may have stored any of
	// them, so a Sync may bring one back. At most maxUnsure, all above ch's latest nonce.
	unsure []*outstanding
}

// advance makes next the channel's latest state and forgets the lost proposals it supersedes.
func (ch *channel) advance(next protocol.Channel) {
	ch.ch = next
	n := next.Latest.State.TxCountGlobal
	ch.unsure = slices.DeleteFunc(ch.unsure, func(o *outstanding) bool { return o.proposal.State.TxCountGlobal <= n })
}

// New checks cfg, loads the latest stored state of every channel of this node and registers the engine's
// handler for UpdateProtocol on cfg.Host. Proposals that arrive before Run starts wait for it (up to the
// stream deadline). Loaded states must verify and have no open locks.
func New(cfg Config) (*Engine, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	me := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	e := &Engine{
		cfg: cfg, me: me, log: cfg.Logger.With("node", me, "role", cfg.Role),
		channels: map[common.Address]*channel{},
		cmds:     make(chan *payCmd), inbound: make(chan *inbound), results: make(chan sendResult),
		done: make(chan struct{}),
	}
	if err := e.load(context.Background()); err != nil {
		return nil, err
	}
	cfg.Host.Handle(UpdateProtocol, e.handle)
	return e, nil
}

// load reads the latest state of each of this node's channels from the store.
func (e *Engine) load(ctx context.Context) error {
	pairs, err := e.cfg.Store.Channels(ctx)
	if err != nil {
		return fmt.Errorf("node: list channels: %w", err)
	}
	for _, p := range pairs {
		peer, mine := e.counterparty(p[0], p[1])
		if !mine {
			continue
		}
		latest, err := e.cfg.Store.Latest(ctx, p[0], p[1])
		if err != nil {
			return fmt.Errorf("node: load channel %s/%s: %w", p[0], p[1], err)
		}
		if err := checkLoaded(e.cfg.Domain, &latest); err != nil {
			return fmt.Errorf("node: load channel %s/%s: %w", p[0], p[1], err)
		}
		e.channels[peer] = &channel{peer: peer, ch: protocol.Channel{Latest: latest}}
	}
	e.log.Info("node: channels loaded", "count", len(e.channels))
	return nil
}

// checkLoaded checks a stored state can be resumed: both signatures verify and no lock is open.
func checkLoaded(d *state.Domain, s *state.SignedState) error {
	if err := s.Verify(d); err != nil {
		return err
	}
	if s.State.LockRoot != (common.Hash{}) {
		return ErrOpenLocks
	}
	return nil
}

// counterparty returns the other party of (hub, user) if this node is one of them.
func (e *Engine) counterparty(hub, user common.Address) (common.Address, bool) {
	if e.cfg.Role == Hub {
		return user, hub == e.me
	}
	return hub, user == e.me && hub == e.cfg.Hub
}

// lookup returns the channel with peer, or a new one at the zero state (not yet in e.channels).
func (e *Engine) lookup(peer common.Address) (*channel, error) {
	if ch, ok := e.channels[peer]; ok {
		return ch, nil
	}
	hub, user := e.me, peer
	if e.cfg.Role == User {
		if peer != e.cfg.Hub {
			return nil, fmt.Errorf("%w: %s", ErrNotMyChannel, peer)
		}
		hub, user = peer, e.me
	}
	return &channel{peer: peer, ch: protocol.Channel{Latest: state.SignedState{
		State: state.ChannelState{Hub: hub, User: user},
	}}}, nil
}

// context is the protocol context of ch now.
func (e *Engine) context(ch *channel) protocol.Context {
	s := &ch.ch.Latest.State
	return protocol.Context{Now: e.cfg.Clock(), Deposited: e.cfg.Deposits(s.Hub, s.User)}
}

// sign adds this node's signature to s and returns it.
func (e *Engine) sign(s *state.SignedState) ([]byte, error) {
	sig, err := state.Sign(e.cfg.Domain.ChannelDigest(&s.State), e.cfg.Key)
	if err != nil {
		return nil, err
	}
	if e.cfg.Role == Hub {
		s.SigHub = sig[:]
	} else {
		s.SigUser = sig[:]
	}
	return sig[:], nil
}

// Run runs the engine's loop until ctx ends, then fails every queued or outstanding command with
// ErrStopped (an outstanding proposal may still have been countersigned by the peer) and returns
// ctx.Err(). It may be called once.
func (e *Engine) Run(ctx context.Context) error {
	if !e.started.CompareAndSwap(false, true) {
		return ErrRunning
	}
	defer close(e.done)
	defer e.failAll(ErrStopped)
	for {
		t := &turn{}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case c := <-e.cmds:
			e.enqueue(c)
		case in := <-e.inbound:
			e.acceptPropose(t, in)
		case r := <-e.results:
			e.settle(t, r)
		}
		e.drain(t)
		e.commit(ctx, t)
		e.proposeAll(ctx)
	}
}

// drain takes the inputs that are ready now (at most maxDrain), so that their commands share the next
// batch and their states the turn's Put.
func (e *Engine) drain(t *turn) {
	for range maxDrain {
		select {
		case c := <-e.cmds:
			e.enqueue(c)
		case in := <-e.inbound:
			e.acceptPropose(t, in)
		case r := <-e.results:
			e.settle(t, r)
		default:
			return
		}
	}
}

// failAll fails every queued and outstanding command.
func (e *Engine) failAll(err error) {
	for _, ch := range e.channels {
		for _, c := range ch.queue {
			c.finish(state.SignedState{}, err)
		}
		if ch.out != nil {
			ch.out.finish(state.SignedState{}, err)
		}
		ch.queue, ch.out = nil, nil
	}
}
