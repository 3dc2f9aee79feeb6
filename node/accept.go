package node

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

var (
	errAnswerLost = errors.New("node: answer lost (test hook)")
)

// inbound is a peer's Propose or Sync handed by the network handler to the loop.
type inbound struct {
	from  common.Address
	msg   protocol.Message
	reply chan protocol.Message // buffered: the loop never blocks on it
	// signer is from if the handler found from's valid signature on a Propose's state; else zero, and
	// the loop checks the signature itself (protocol.AcceptSigned).
	signer common.Address
}

// handle serves UpdateProtocol. It decodes the request and otherwise waits (at most until the stream
// deadline) for the loop's answer. An undecodable request, or anything but a Propose or a Sync, is the
// peer's fault: the error wraps p2p.ErrMalformed, so the host answers it, ends the stream and counts (and
// logs, spaced out per peer) a strike against the peer; nothing is logged here, as a peer sending garbage
// would make a log line of every byte.
func (e *Engine) handle(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	msg, err := protocol.UnmarshalMessage(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	switch msg.(type) {
	case protocol.Propose, protocol.Sync:
	default:
		return nil, fmt.Errorf("%w: %w: %T", ErrUnexpected, p2p.ErrMalformed, msg)
	}
	in := &inbound{from: from, msg: msg, reply: make(chan protocol.Message, 1)}
	if p, ok := msg.(protocol.Propose); ok && protocol.ProposerSigned(e.cfg.Domain, from, &p.Proposal) {
		in.signer = from // checked here, on the stream's goroutine, rather than in the loop
	}
	select {
	case e.inbound <- in:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-e.done:
		return nil, ErrStopped
	}
	select {
	case m := <-in.reply:
		if e.cfg.loseAnswer != nil && e.cfg.loseAnswer(m) {
			return nil, errAnswerLost
		}
		return protocol.MarshalMessage(m)
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-e.done:
		return nil, ErrStopped
	}
}

// onInbound dispatches a peer's message in the loop.
func (e *Engine) onInbound(t *turn, in *inbound) {
	defer e.touch(in.from)
	switch m := in.msg.(type) {
	case protocol.Propose:
		e.onPropose(t, in, m)
	case protocol.Sync:
		e.onSyncPush(t, in, m)
	}
}

// onPropose answers a peer's proposal. With the acceptor's latest state at nonce L and its floor F (the
// highest nonce it signed a state at: L, its outstanding proposal, its refused ones; nonces.go):
//   - a proposal at or below L is stale: the answer, after the turn's Commit, is a Sync of the latest;
//   - a proposal above this node's proposal in flight waits for its answer (the peer answered or
//     countersigned ours and proposes after it; its answer is on its way), at most maxDeferred of them;
//   - a proposal at the nonce of this node's outstanding one is a conflict: both signed a state there, so
//     neither countersigns the other's; each answers CodeTaken, a user drops its own proposal (kept as
//     refused: the hub holds it signed) and waits a little, and the hub proposes again at once, above;
//   - a proposal at or below F otherwise is answered CodeTaken with F: this node signed another state there;
//   - above this node's outstanding proposal not in flight (its answer lost): Busy, the peer retries;
//   - more than state.MaxNonceStep above L: refused; above what this node knows was signed (F and the
//     peer's proposals it saw) without following from L: a Reject saying this node is behind;
//   - otherwise it is checked (the proposer's authority over each update, this node's policy,
//     protocol.Accept at its nonce); if it passes, this node countersigns, the state goes into the turn's
//     Commit and the Countersign is sent only after it. Anything else is a Reject that changes nothing.
func (e *Engine) onPropose(t *turn, in *inbound, p protocol.Propose) {
	nonce := p.Proposal.State.TxCountGlobal
	ch, err := e.peek(in.from)
	if err != nil {
		e.refuse(in, nonce, err)
		return
	}
	latest := ch.ch.Latest.State.TxCountGlobal
	cur, got := &ch.ch.Latest.State, &p.Proposal.State
	if got.Hub != cur.Hub || got.User != cur.User {
		e.refuse(in, nonce, fmt.Errorf("%w: proposal for %s/%s", ErrForeignChannel, got.Hub, got.User))
		return
	}
	known := ch.nextNonce() // before this proposal is noted
	if in.signer == in.from {
		ch.sawPeerNonce(nonce) // signed by the peer: a proposal of this node goes above it, unless taken
	}
	switch {
	case nonce <= latest:
		sync := ch.sync() // as of this turn: the loop may be a turn further when the reply leaves
		t.later(func() { in.reply <- sync })
		return
	case ch.out != nil && nonce > ch.out.nonce() && ch.out.inflight && len(ch.deferred) < maxDeferred:
		ch.deferred = append(ch.deferred, in)
		return
	case ch.out != nil && nonce == ch.out.nonce():
		if e.crossedBump(t, ch, in, p) { // restorefloor.go
			return
		}
		if !ch.hubSide { // the hub proposes again first; this node's batch follows
			e.keepRefused(t, ch, ch.out) // the hub holds it signed
			ch.queueFront(ch.out.cmds)
			ch.out = nil
			ch.retryLater()
		}
		in.reply <- ch.taken(nonce)
		return
	case nonce <= ch.floor():
		in.reply <- ch.taken(nonce)
		e.bumpTaken(ch, in) // restorefloor.go
		return
	case ch.out != nil:
		in.reply <- protocol.Reject{TxCountGlobal: nonce, Code: protocol.CodeBusy, Reason: ErrBusy.Error()}
		return
	case nonce-latest > state.MaxNonceStep:
		e.refuse(in, nonce, fmt.Errorf("%w: proposal %d, latest %d", ErrNonceStep, nonce, latest))
		return
	case nonce > known && !e.follows(ch, p):
		err := fmt.Errorf("%w: proposal %d, latest %d", ErrBehind, nonce, latest)
		e.warnings.warn(e.log, in.from, "node: proposal above the latest state; asking for a Sync", "err", err)
		in.reply <- protocol.Reject{TxCountGlobal: nonce, Code: protocol.CodeBehind, Reason: err.Error()}
		return
	}
	next, err := e.check(ch, p, in.signer)
	if err != nil {
		e.refuse(in, nonce, err)
		return
	}
	if e.coverAnswer(ch, in, &p, nonce) { // backupbound.go
		return
	}
	sig := e.signLater(t, &next.Latest, nil, nil) // signed before the Commit, sent after it
	prev := ch.ch
	ch.ch = next
	ch.progressed()
	e.channels[in.from] = ch
	t.addState(ch.record())
	e.supersede(ch)
	for _, u := range p.Updates {
		if s, ok := u.(protocol.SettleLock); ok {
			t.addPreimage(s.Preimage) // a hub settles upstream with it, even after a restart
		}
	}
	if ch.hubSide {
		e.credited(p) // a custodial payment: the custody goes up in this Commit
	}
	t.later(func() { in.reply <- protocol.Countersign{TxCountGlobal: nonce, Sig: sig} })
	// Act on the batch now, so that what it calls for (a forward, a settle) is proposed in this turn and
	// stored by the same Commit; what callers see waits for the Commit.
	e.applied(ch, prev, p.Updates, p.Notes, false)
}

// maxDeferred bounds the proposals a channel holds while its own proposal's answer is on its way.
const maxDeferred = 8

// redo handles again the proposals ch deferred, once its outstanding proposal was answered.
func (e *Engine) redo(t *turn, ch *channel) {
	if len(ch.deferred) == 0 || ch.out != nil && ch.out.inflight {
		return
	}
	ds := ch.deferred
	ch.deferred = nil
	for _, in := range ds {
		if ch.out != nil { // still unanswered: the proposer retries
			in.reply <- protocol.Reject{TxCountGlobal: in.msg.(protocol.Propose).Proposal.State.TxCountGlobal,
				Code: protocol.CodeBusy, Reason: ErrBusy.Error()}
			continue
		}
		e.onInbound(t, in)
	}
}

// onSyncPush handles a Sync sent as a request: the peer says this node is behind and shows its latest
// state. It is adopted if it passes adopt's checks; the answer is a Sync of this node's latest either way.
func (e *Engine) onSyncPush(t *turn, in *inbound, m protocol.Sync) {
	ch, err := e.peek(in.from)
	if err != nil {
		e.refuse(in, 0, err)
		return
	}
	if out := ch.out; out != nil && m.Latest.State == out.proposal.State {
		// The peer countersigned this node's proposal and pushes it back: it is done, exactly once (its
		// commands must not go out again on top of it).
		if err := e.countersignedBySync(t, ch, out, m); err != nil {
			e.warnings.warn(e.log, in.from, "node: pushed state refused", "err", err)
			e.refuse(in, m.Latest.State.TxCountGlobal, err)
			return
		}
	} else if m.Latest.State.TxCountGlobal > ch.ch.Latest.State.TxCountGlobal {
		if err := e.adopt(t, ch, ch.out, m, false); err != nil {
			e.warnings.warn(e.log, in.from, "node: pushed state refused", "err", err)
			e.refuse(in, m.Latest.State.TxCountGlobal, err)
			return
		}
		e.channels[in.from] = ch
		if out := ch.out; out != nil && out.nonce() <= ch.ch.Latest.State.TxCountGlobal {
			ch.out = nil
			e.superseded(ch, out) // re-applied on top of the adopted state, unless resumed
		}
	}
	sync := ch.sync() // as of this turn: the loop may be a turn further when the reply leaves
	sync.Preimages = e.handBackFor(ch, &m)
	t.later(func() { in.reply <- sync })
}

// refuse answers a message with a Reject (CodeRefused) and logs why.
func (e *Engine) refuse(in *inbound, nonce uint64, err error) {
	e.warnings.warn(e.log, in.from, "node: proposal refused", "nonce", nonce, "err", err)
	in.reply <- reject(nonce, err)
}

// reject is a CodeRefused Reject for nonce whose reason is err's message, cut to MaxReasonLength bytes;
// CodeBusy for a refusal that is only for now (errReconnecting).
func reject(nonce uint64, err error) protocol.Reject {
	reason := strings.ToValidUTF8(err.Error(), "?")
	if len(reason) > protocol.MaxReasonLength {
		reason = strings.ToValidUTF8(reason[:protocol.MaxReasonLength], "")
	}
	code := protocol.CodeRefused
	if errors.Is(err, errReconnecting) {
		code = protocol.CodeBusy
	}
	return protocol.Reject{TxCountGlobal: nonce, Code: code, Reason: reason}
}

// marshalReject encodes reject(nonce, err).
func marshalReject(nonce uint64, err error) ([]byte, error) {
	return protocol.MarshalMessage(reject(nonce, err))
}
