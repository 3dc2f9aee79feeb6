package node

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// onResult handles the answer to ch's outstanding proposal:
//   - a valid Countersign makes the double-signed state ch's latest (stored in the turn's Commit) and the
//     batch's commands succeed after it;
//   - a Reject with CodeRefused fails the batch; with CodeBusy the proposal is sent again after a delay;
//     with CodeTaken (the peer signed another state at its nonce) the batch goes back to the queue, to
//     be proposed above the nonce the peer names;
//   - a Sync of the proposal itself counts as its countersignature (the peer had stored it and its answer
//     was lost); a Sync of another, newer state is adopted (see adopt) and the batch is re-queued on top;
//   - a failed send or an undecodable answer leaves the proposal outstanding and resends it later: the
//     peer may have stored it, so nothing else may be proposed at its nonce.
func (e *Engine) onResult(t *turn, r sendResult) {
	defer e.touch(r.peer)
	ch := e.channels[r.peer]
	if ch == nil || ch.out == nil || ch.out.seq != r.seq {
		return // a late answer to a proposal that was settled otherwise
	}
	out := ch.out
	out.inflight = false
	defer e.redo(t, ch)
	if e.caughtUp(t, ch, out, r) {
		return
	}
	msg, err := e.answer(r)
	if err == nil {
		err = e.handleAnswer(t, ch, out, msg, r.signed)
	}
	if !errors.Is(err, ErrSend) && ch.ch.Latest.State.TxCountGlobal < out.nonce() {
		// The peer answered and did not take the proposal (refused, busy, taken, behind, or an answer this
		// node cannot use): the expiries it carries count as refused (exitStuck), whatever the answer.
		ch.answeredExpiries(out)
	}
	switch {
	case err == nil:
	case errors.Is(err, ErrSend) || errors.Is(err, ErrPeerBehind):
		e.warnings.warn(e.log, r.peer, "node: proposal unanswered, resending later", "nonce", out.nonce(), "err", err)
		ch.retryLater()
	default:
		// The peer answered, but not with anything this node can use: it may misbehave. The batch fails
		// (it may still have been stored by the peer; a later Sync would show it) and the channel waits a
		// little before its next proposal.
		e.warnings.warn(e.log, r.peer, "node: bad answer to a proposal", "nonce", out.nonce(), "err", err)
		ch.out = nil
		e.keepRefused(t, ch, out) // the peer may have kept it all the same
		out.finish(state.SignedState{}, err)
		e.abandoned(ch, out.updates, err)
		ch.retryLater()
	}
}

// handleAnswer acts on a decoded answer; an error means the proposal stays outstanding. checked says the
// answer's goroutine found a Countersign's signature valid for the proposal (checkAnswer).
func (e *Engine) handleAnswer(t *turn, ch *channel, out *outstanding, msg protocol.Message, checked bool) error {
	switch m := msg.(type) {
	case protocol.Countersign:
		signed, err := e.attach(out.proposal, m, checked)
		if err != nil {
			return err
		}
		e.proposalSigned(t, ch, out, signed)
		return nil
	case protocol.Reject:
		e.rejected(t, ch, out, m)
		return nil
	case protocol.Sync:
		return e.syncAnswer(t, ch, out, m)
	}
	return fmt.Errorf("%w: %T", ErrBadAnswer, msg)
}

// checkAnswer decodes r's answer and checks a Countersign's signature over the proposed state s. It runs
// on the send's goroutine, off the loop; what it finds is only a shortcut: the loop checks again what
// it did not find valid.
func (e *Engine) checkAnswer(r *sendResult, s *state.ChannelState) {
	if r.err != nil {
		return
	}
	msg, err := protocol.UnmarshalMessage(r.resp)
	if err != nil {
		return
	}
	r.msg = msg
	if c, ok := msg.(protocol.Countersign); ok && c.TxCountGlobal == s.TxCountGlobal {
		r.signed = state.Verify(e.cfg.Domain.ChannelDigest(s), c.Sig, r.peer) == nil
	}
}

// answer decodes the answer to a send (unless its goroutine did).
func (e *Engine) answer(r sendResult) (protocol.Message, error) {
	if r.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSend, r.err)
	}
	if r.msg != nil {
		return r.msg, nil
	}
	msg, err := protocol.UnmarshalMessage(r.resp)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadAnswer, err)
	}
	return msg, nil
}

// proposalSigned makes the countersigned proposal ch's latest, queued for the turn's Commit; after it the
// batch's commands succeed and the engine acts on the batch's updates (payments, forwards).
func (e *Engine) proposalSigned(t *turn, ch *channel, out *outstanding, signed state.SignedState) {
	ch.out = nil
	ch.progressed()
	next := protocol.Channel{Latest: signed, Locks: out.locks, Threads: out.threads}
	prev := ch.ch
	ch.ch = next
	t.addState(ch.record())
	e.supersede(ch)
	t.later(func() { out.finish(signed, nil) })
	e.applied(ch, prev, out.updates, out.notes, true)
}

// rejected handles a Reject of ch's outstanding proposal.
func (e *Engine) rejected(t *turn, ch *channel, out *outstanding, r protocol.Reject) {
	switch r.Code {
	case protocol.CodeBehind: // keep the proposal; push our latest state, then resend
		out.push = true
		ch.retryLater()
		return
	case protocol.CodeBusy: // not now: the same proposal goes out again later (nothing new is signed)
		ch.retryLater()
		return
	case protocol.CodeTaken: // the peer signed another state at its nonce: propose again above it
		ch.out = nil
		e.keepRefused(t, ch, out) // signed: it binds this node until superseded
		ch.sawPeerNonce(r.TxCountGlobal)
		ch.queueFront(out.cmds)
		if !ch.hubSide || len(ch.refused) > 1 {
			ch.retryLater() // a user lets its hub propose first; a hub waits if this keeps happening
		}
		return
	}
	ch.out = nil
	e.keepRefused(t, ch, out) // signed: it binds this node until superseded
	if len(out.cmds) > 1 {    // one command may have spoiled the batch: try each on its own
		for _, c := range out.cmds {
			c.solo = true
		}
		ch.queueFront(out.cmds)
		return
	}
	err := fmt.Errorf("%w: %q", ErrRejected, r.Reason)
	e.warnings.warn(e.log, ch.peer, "node: proposal rejected", "nonce", out.nonce(), "reason", r.Reason)
	out.finish(state.SignedState{}, err)
	e.abandoned(ch, out.updates, err)
}

// syncAnswer handles a Sync answer to ch's outstanding proposal: the peer's latest state is at or above
// the proposal's nonce.
func (e *Engine) syncAnswer(t *turn, ch *channel, out *outstanding, m protocol.Sync) error {
	s := &m.Latest.State
	switch {
	case s.TxCountGlobal == out.nonce() && *s == out.proposal.State:
		return e.countersignedBySync(t, ch, out, m)
	case s.TxCountGlobal < out.nonce() && out.pushed:
		return fmt.Errorf("%w: peer stays at %d after seeing %d", ErrSyncRefused, s.TxCountGlobal, out.nonce()-1)
	case s.TxCountGlobal < out.nonce():
		out.push, out.pushed = true, true // the peer lost states it signed; show it our latest
		return fmt.Errorf("%w: peer's latest %d is below the proposal %d", ErrPeerBehind, s.TxCountGlobal, out.nonce())
	}
	if err := e.adopt(t, ch, out, m, false); err != nil {
		return err
	}
	ch.out = nil
	e.superseded(ch, out)
	return nil
}

// caughtUp adopts the peer's latest state from its reply to this node's pushed one, when that state is
// above this node's latest and below out's nonce: the peer is not behind, this node is (restored from a
// backup, its proposal above its floor and so above the peer's latest, built on the backup's state: the
// peer answers it Behind, then refuses it, and never Syncs). out, built on the old state and never
// countersigned (the peer's latest is below it), is kept as refused and its commands go again on top
// of the adopted state (TestMal9RestoredUserCatchesUpWithItsHub). It reports whether it did.
func (e *Engine) caughtUp(t *turn, ch *channel, out *outstanding, r sendResult) bool {
	m, ok := r.pushReply.(protocol.Sync)
	if _, countersigned := r.msg.(protocol.Countersign); !ok || countersigned {
		return false
	}
	if n := m.Latest.State.TxCountGlobal; n <= ch.ch.Latest.State.TxCountGlobal || n >= out.nonce() {
		return false
	}
	if err := e.adopt(t, ch, out, m, true); err != nil {
		e.warnings.warn(e.log, ch.peer, "node: the counterparty's latest state refused", "err", err)
		return false
	}
	ch.out = nil
	e.keepRefused(t, ch, out) // signed: it binds this node until superseded
	ch.queueFront(out.cmds)
	return true
}

// ErrResumedSuperseded fails the commands of a proposal resent after a start whose channel moved past it
// by a state adopted from the peer (a node restored from a backup that held it outstanding).
var ErrResumedSuperseded = errors.New("node: the counterparty's latest state is past a proposal this node " +
	"resent after a start; it may hold the proposal's updates already, so they are not made again")

// superseded handles ch's proposal out once a state adopted from the peer is past its nonce: its commands
// go back to the queue, on top of that state, unless out was resumed from the store. Only a node restored
// from a backup adopts a state past a proposal of its own, and then the peer may have countersigned it
// before the adopted state (the backup was taken while it was outstanding): made again, its transfers
// would be paid twice (TestMal9RestoredProposalIsNotPaidTwice). Its caller was answered before the loss.
func (e *Engine) superseded(ch *channel, out *outstanding) {
	if !out.resumed {
		ch.queueFront(out.cmds)
		return
	}
	e.log.Warn("node: a proposal resent after a start is superseded by the counterparty's state; not made again",
		"peer", ch.peer, "nonce", out.nonce(), "latest", ch.ch.Latest.State.TxCountGlobal)
	out.finish(state.SignedState{}, ErrResumedSuperseded)
}

// countersignedBySync completes out, whose state m carries with the peer's signature: the peer
// countersigned it (its answer may be lost or still on its way).
func (e *Engine) countersignedBySync(t *turn, ch *channel, out *outstanding, m protocol.Sync) error {
	signed := out.proposal
	signed.SigHub, signed.SigUser = m.Latest.SigHub, m.Latest.SigUser
	if err := signed.Verify(e.cfg.Domain); err != nil {
		return fmt.Errorf("%w: %w", ErrSyncRefused, err)
	}
	e.proposalSigned(t, ch, out, signed)
	return nil
}

// adopt makes a Sync's state ch's latest, queued for the turn's Commit, if it is for ch's channel, above
// ch's latest, signed validly by both parties (so this node signed it), equal to out's proposal if at its
// nonce (this node signed nothing else there), and its locks match it. A state above out's nonce is
// adopted on its signatures alone: that is how a node restored from a backup catches up.
func (e *Engine) adopt(t *turn, ch *channel, out *outstanding, m protocol.Sync, handed bool) error {
	s := &m.Latest
	cur := &ch.ch.Latest.State
	var err error
	switch {
	case s.State.Hub != cur.Hub || s.State.User != cur.User:
		err = fmt.Errorf("state of channel %s/%s", s.State.Hub, s.State.User)
	case s.State.TxCountGlobal <= cur.TxCountGlobal:
		err = fmt.Errorf("nonce %d not above the latest %d", s.State.TxCountGlobal, cur.TxCountGlobal)
	case out != nil && s.State.TxCountGlobal == out.nonce() && s.State != out.proposal.State:
		err = fmt.Errorf("nonce %d differs from what this node proposed", out.nonce())
	case ch.wasRefused(&s.State):
		err = fmt.Errorf("state %d is a proposal of this node's that the counterparty refused", s.State.TxCountGlobal)
	default:
		err = s.Verify(e.cfg.Domain)
		if err == nil {
			err = protocol.CheckLocks(&s.State, m.Locks)
		}
		if err == nil {
			err = e.checkSyncThreads(&s.State, m.Threads)
		}
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrSyncRefused, err)
	}
	e.log.Info("node: adopting the counterparty's latest state", "peer", ch.peer, "nonce", s.State.TxCountGlobal)
	prev := ch.ch
	ch.ch = protocol.Channel{Latest: *s, Locks: m.Locks, Threads: m.Threads}
	ch.progressed()
	t.addState(ch.record())
	e.supersede(ch)
	var settled map[common.Hash][32]byte
	if handed { // the answer to this node's push: the peer may hand back preimages (handback.go)
		settled = e.handedBack(t, ch, prev, m.Preimages)
	}
	e.takeWaiting(t, ch, prev)
	t.later(func() { e.resynced(ch, prev, settled) })
	e.threadsChanged(ch, prev)
	return nil
}

// attach adds the peer's countersignature to the proposal after checking it (unless checked: the
// answer's goroutine did, over the same state).
func (e *Engine) attach(s state.SignedState, c protocol.Countersign, checked bool) (state.SignedState, error) {
	if c.TxCountGlobal != s.State.TxCountGlobal {
		return state.SignedState{}, fmt.Errorf("%w: countersignature for nonce %d, proposed %d",
			ErrBadAnswer, c.TxCountGlobal, s.State.TxCountGlobal)
	}
	peer := s.State.User
	if s.State.Hub == e.me {
		s.SigUser = c.Sig
	} else {
		s.SigHub, peer = c.Sig, s.State.Hub
	}
	// Only the peer's signature needs checking: ours is over the same digest.
	if checked {
		return s, nil
	}
	if err := state.Verify(e.cfg.Domain.ChannelDigest(&s.State), c.Sig, peer); err != nil {
		return state.SignedState{}, fmt.Errorf("%w: %w", ErrBadAnswer, err)
	}
	return s, nil
}
