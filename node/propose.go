package node

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// payCmd is one Pay call waiting for its result.
type payCmd struct {
	ctx     context.Context
	to      common.Address
	updates []protocol.Update
	done    chan payResult // buffered: the loop never blocks on it
}

type payResult struct {
	state state.SignedState
	err   error
}

func (c *payCmd) finish(s state.SignedState, err error) { c.done <- payResult{s, err} }

// outstanding is a proposal in flight: signed by this node only, kept in memory until countersigned
// (the store keeps one state per nonce, and only a double-signed state is worth keeping).
type outstanding struct {
	proposal state.SignedState
	locks    []state.Lock
	cmds     []*payCmd
}

func (o *outstanding) finish(s state.SignedState, err error) {
	for _, c := range o.cmds {
		c.finish(s, err)
	}
}

// sendResult is the answer (or transport error) to a proposal, sent by its sender goroutine to the loop.
type sendResult struct {
	peer  common.Address
	nonce uint64
	resp  []byte
	err   error
}

// Pay applies updates to the channel with the counterparty to, together with other commands queued on
// that channel (one batch, one state), and returns the double-signed state once it is stored. Updates
// that the protocol refuses fail only their own call. An error wrapping ErrSend means the outcome is
// unknown; ErrRejected means the counterparty refused the batch, ErrSyncRefused that it answered with a
// state this node does not adopt (the batch is not applied). If ctx ends before the batch is
// proposed, the updates are dropped; once proposed, they may still take effect after Pay returns.
// Only users can pay in this version: a hub's Pay fails with ErrNotSupported.
func (e *Engine) Pay(ctx context.Context, to common.Address, updates ...protocol.Update) (state.SignedState, error) {
	switch {
	case len(updates) == 0:
		return state.SignedState{}, protocol.ErrNoUpdates
	case len(updates) > protocol.MaxUpdates:
		return state.SignedState{}, protocol.ErrTooManyUpdates
	case e.cfg.Role == Hub:
		return state.SignedState{}, fmt.Errorf("%w: hub-initiated updates", ErrNotSupported)
	}
	c := &payCmd{ctx: ctx, to: to, updates: slices.Clone(updates), done: make(chan payResult, 1)}
	select {
	case e.cmds <- c:
	case <-ctx.Done():
		return state.SignedState{}, ctx.Err()
	case <-e.done:
		return state.SignedState{}, ErrStopped
	}
	return c.wait(e.done)
}

// wait returns the command's result, ctx's error, or ErrStopped.
func (c *payCmd) wait(stopped <-chan struct{}) (state.SignedState, error) {
	select {
	case r := <-c.done:
		return r.state, r.err
	case <-c.ctx.Done():
		return state.SignedState{}, c.ctx.Err()
	case <-stopped: // Run answered every command before closing stopped
		select {
		case r := <-c.done:
			return r.state, r.err
		default:
			return state.SignedState{}, ErrStopped
		}
	}
}

// enqueue adds a command to its channel's queue.
func (e *Engine) enqueue(c *payCmd) {
	ch, err := e.lookup(c.to)
	if err != nil {
		c.finish(state.SignedState{}, err)
		return
	}
	e.channels[c.to] = ch
	ch.queue = append(ch.queue, c)
}

// proposeAll proposes the queue of every channel that has no proposal outstanding.
func (e *Engine) proposeAll(ctx context.Context) {
	for _, ch := range e.channels {
		if ch.out == nil && len(ch.queue) > 0 {
			e.propose(ctx, ch)
		}
	}
}

// propose applies the next batch of ch's queue, signs it and sends it from a new goroutine.
func (e *Engine) propose(ctx context.Context, ch *channel) {
	out, updates := e.applyBatch(ch, e.takeBatch(ch))
	if out == nil {
		return
	}
	msg, err := e.signProposal(out, updates)
	if err != nil {
		out.finish(state.SignedState{}, err)
		return
	}
	ch.out = out
	r := sendResult{peer: ch.peer, nonce: out.proposal.State.TxCountGlobal}
	go e.send(ctx, r, msg)
}

// takeBatch takes queued commands, at most MaxUpdates updates in all; cancelled commands are dropped.
func (e *Engine) takeBatch(ch *channel) []*payCmd {
	var batch []*payCmd
	n := 0
	for len(ch.queue) > 0 && n+len(ch.queue[0].updates) <= protocol.MaxUpdates {
		c := ch.queue[0]
		ch.queue = ch.queue[1:]
		if err := c.ctx.Err(); err != nil {
			c.finish(state.SignedState{}, err)
			continue
		}
		batch, n = append(batch, c), n+len(c.updates)
	}
	return batch
}

// applyBatch applies the commands' updates as one batch. If the whole batch fails, it keeps the commands
// that apply in order and fails the others with their error. It returns nil if no command is left.
func (e *Engine) applyBatch(ch *channel, cmds []*payCmd) (*outstanding, []protocol.Update) {
	pctx := e.context(ch)
	var out *outstanding
	var updates []protocol.Update
	for _, c := range cmds {
		try := append(slices.Clip(updates), c.updates...)
		next, locks, err := protocol.Apply(ch.ch, pctx, try...)
		if err != nil {
			c.finish(state.SignedState{}, err)
			continue
		}
		if out == nil {
			out = &outstanding{}
		}
		out.proposal, out.locks = state.SignedState{State: next}, locks
		out.cmds, updates = append(out.cmds, c), try
	}
	return out, updates
}

// signProposal signs the proposal and encodes it as a Propose.
func (e *Engine) signProposal(out *outstanding, updates []protocol.Update) ([]byte, error) {
	if _, err := e.sign(&out.proposal); err != nil {
		return nil, err
	}
	return protocol.MarshalMessage(protocol.Propose{Updates: updates, Proposal: out.proposal})
}

// send sends a proposal to the hub and hands the answer to the loop.
func (e *Engine) send(ctx context.Context, r sendResult, msg []byte) {
	r.resp, r.err = e.cfg.Host.Request(ctx, e.cfg.HubPeer, UpdateProtocol, msg)
	select {
	case e.results <- r:
	case <-e.done:
	}
}

// settle handles the answer to ch's outstanding proposal. A valid countersignature makes the double-signed
// state part of the turn's Put, and the batch's commands are answered after it. A Sync is handled by
// adoptSync. A lost answer keeps the proposal among ch.unsure, since the peer may have stored it.
func (e *Engine) settle(t *turn, r sendResult) {
	ch := e.channels[r.peer]
	if ch == nil || ch.out == nil || ch.out.proposal.State.TxCountGlobal != r.nonce {
		return
	}
	out := ch.out
	ch.out = nil
	msg, err := e.answer(r)
	if err == nil {
		switch m := msg.(type) {
		case protocol.Reject:
			err = fmt.Errorf("%w: %q", ErrRejected, m.Reason)
		case protocol.Countersign:
			err = e.storeCountersigned(t, ch, out, m)
		case protocol.Sync:
			err = e.adoptSync(t, ch, out, m.Latest)
		default:
			err = fmt.Errorf("%w: %T", ErrBadAnswer, msg)
		}
	}
	if err != nil {
		e.log.Warn("node: proposal failed", "peer", r.peer, "nonce", r.nonce, "err", err)
		if errors.Is(err, ErrSend) {
			ch.remember(out)
		}
		out.finish(state.SignedState{}, err)
	}
}

// answer decodes the answer to a proposal.
func (e *Engine) answer(r sendResult) (protocol.Message, error) {
	if r.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSend, r.err)
	}
	msg, err := protocol.UnmarshalMessage(r.resp)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadAnswer, err)
	}
	return msg, nil
}

// storeCountersigned checks the countersignature and queues the double-signed state for the turn's Put;
// after it, the state becomes ch's latest and the batch's commands succeed (or fail with the Put's error).
func (e *Engine) storeCountersigned(t *turn, ch *channel, out *outstanding, c protocol.Countersign) error {
	signed, err := e.attach(out.proposal, c)
	if err != nil {
		return err
	}
	t.add(signed, func(perr error) {
		if perr != nil {
			out.finish(state.SignedState{}, perr)
			return
		}
		ch.advance(protocol.Channel{Latest: signed, Locks: out.locks})
		out.finish(signed, nil)
	})
	return nil
}

// attach adds the peer's countersignature to the proposal after checking it.
func (e *Engine) attach(s state.SignedState, c protocol.Countersign) (state.SignedState, error) {
	if c.TxCountGlobal != s.State.TxCountGlobal {
		return state.SignedState{}, fmt.Errorf("%w: countersignature for nonce %d, proposed %d",
			ErrBadAnswer, c.TxCountGlobal, s.State.TxCountGlobal)
	}
	s.SigHub = c.Sig // only users propose in this version
	if err := s.Verify(e.cfg.Domain); err != nil {
		return state.SignedState{}, fmt.Errorf("%w: %w", ErrBadAnswer, err)
	}
	return s, nil
}
