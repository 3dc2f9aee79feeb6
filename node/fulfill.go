package node

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// Early settles (docs/adr/0020-preimage-ahead-of-the-settle.md). A payment's settle crosses the route
// back hop by hop: each hub learns the preimage from its downstream's settle proposal, stores its
// acceptance with its own settle upstream (one durable write), and only then proposes that settle, so
// the payer's lock settles one signature and one flush per hub after the recipient revealed. A preimage
// claims money only for whoever is owed a lock with its hashlock, so a hub that learns the preimage of a
// lock it forwarded passes it upstream at once in a Fulfill (protocol.Fulfill: no signature, no state)
// and proposes its own settle upstream in the same turn, without waiting for its downstream's settle to
// be stored: every hub of the route settles its upstream lock at about the same time.
//
// Nothing is given away by it: the hub tells the preimage to the peer that owes it the upstream lock
// (knowing it lets that peer claim only what it is owed in turn), and what the hub owes downstream is
// settled as before, by the downstream's own settle (or claimed on-chain by it). The receiver of a Fulfill
// checks the preimage against the lock it sent to the sender and uses it only to claim its own upstream
// lock; a Fulfill that does not match is dropped. A forward stays in the table until both of its locks
// are resolved.

// fulfillTimeout bounds one Fulfill's send: it is a shortcut, the settle follows anyway.
const fulfillTimeout = 5 * time.Second

// onFulfill handles a Fulfill from peer from: the preimage of a lock this hub sent (or proposed: the
// peer's countersignature may still be on its way) to from for a forward settles the forward's upstream
// lock now. The preimage is all the hub needs to claim that lock.
func (e *Engine) onFulfill(t *turn, from common.Address, m protocol.Fulfill) {
	if e.cfg.Role == Hub && !e.revealed(t, from, m.ID, m.Preimage, true) {
		e.log.Debug("node: a Fulfill that opens no live lock sent to its sender; dropped", "peer", from, "lock", m.ID)
	}
}

// revealedBy settles early the forwards whose downstream lock a peer's proposal settles, if a hub
// upstream may gain from it: the preimage is good whatever becomes of the proposal. A forward from a
// payer only (one hub between payer and recipient) gains nothing: its settle upstream goes in the turn
// that accepts the proposal, as before, so the payer is not told it paid before the hub accepted the
// recipient's settle.
func (e *Engine) revealedBy(t *turn, ch *channel, p *protocol.Propose) {
	if e.cfg.Role != Hub {
		return
	}
	for _, u := range p.Updates {
		if s, ok := u.(protocol.SettleLock); ok {
			e.revealed(t, ch.peer, s.ID, s.Preimage, false)
		}
	}
}

// revealed settles early the forward of the lock of id id this hub sent to peer, if preimage opens it and
// it can still be settled (it is not past its expiry). A preimage revealed later pays the peer nothing,
// so the hub is owed nothing upstream for it; and holding it would have L4 refuse the payer's expiry of
// a lock the hub can no longer settle (nor claim on-chain), freezing it. Unless the preimage came in a
// Fulfill, only a forward with a hub upstream is settled early (revealedBy). It reports whether the lock
// was such a lock.
func (e *Engine) revealed(t *turn, peer common.Address, id uint64, preimage [32]byte, fulfill bool) bool {
	l, ok := e.sentLock(peer, id)
	if !ok || state.Hashlock(preimage) != l.Hashlock || e.cfg.Clock() > l.Expiry {
		return false
	}
	if fw := e.forwards.hash(l.Hashlock); fw != nil && (fulfill || e.hubUpstream(fw)) {
		e.settleEarly(t, fw, preimage)
	}
	return true
}

// hubUpstream reports whether a received lock of forward fw comes from a peer that may have forwarded it.
func (e *Engine) hubUpstream(fw *forward) bool {
	return slices.ContainsFunc(e.upstreams(fw), func(r lockRef) bool { return e.relaysTo(r.peer) })
}

// sentLock returns the lock of id id that this node sent to peer, in the channel's latest state or in
// its outstanding proposal.
func (e *Engine) sentLock(peer common.Address, id uint64) (state.Lock, bool) {
	ch := e.channels[peer]
	if ch == nil {
		return state.Lock{}, false
	}
	l, ok := findLock(ch.ch.Locks, id)
	if !ok && ch.out != nil {
		l, ok = findLock(ch.out.locks, id)
	}
	return l, ok && ch.iSend(&l)
}

// settleEarly passes the preimage of forward fw upstream (Fulfill) and settles fw's upstream locks with
// it, once per forward. A link payment's forward waits for its redeemer's settle (link.go), and so does
// a forward the test hook withholds.
func (e *Engine) settleEarly(t *turn, fw *forward, preimage [32]byte) {
	if fw.early || e.cfg.withhold != nil && e.cfg.withhold(fw.hashlock) {
		return
	}
	if _, link := e.links.held[fw.hashlock]; link {
		return
	}
	fw.early = true
	t.addPreimage(preimage) // stored with the settle it makes: a restart settles upstream with it
	for _, r := range e.upstreams(fw) {
		if e.relaysTo(r.peer) {
			e.sendFulfill(r.peer, protocol.Fulfill{ID: r.id, Preimage: preimage})
		}
	}
	e.settleUpstream(fw, preimage)
}

// relaysTo reports whether a Fulfill to peer may shorten a route: peer is a hub (announced, or the hub
// of the channel) that may have forwarded the lock. A payer gains nothing from it.
func (e *Engine) relaysTo(peer common.Address) bool {
	if ch := e.channels[peer]; ch != nil && !ch.hubSide {
		return true
	}
	return e.isAnnouncedHub(peer)
}

// sendFulfill sends m to peer from a goroutine of its own, now: it carries no state of this node's, so it
// need not wait for the turn's Commit. A failed send is only logged.
func (e *Engine) sendFulfill(peer common.Address, m protocol.Fulfill) {
	to, ok := e.updateRoute(peer)
	if !ok {
		return
	}
	msg, err := protocol.MarshalMessage(m)
	if err != nil {
		return
	}
	ctx := e.runCtxOr()
	go func() {
		ctx, cancel := context.WithTimeout(ctx, fulfillTimeout)
		defer cancel()
		if _, err := to.request(ctx, UpdateProtocol, msg); err != nil {
			e.log.Debug("node: Fulfill not delivered; the settle follows", "peer", peer, "err", err)
		}
	}()
}

// resumeEarly, after a start, settles upstream the forward fw whose downstream lock is still open if
// its preimage is stored (learned from a Fulfill or a settle proposal before the stop), unless the
// upstream channel's outstanding proposal settles it already.
func (e *Engine) resumeEarly(ctx context.Context, fw *forward) error {
	p, ok, err := e.storedPreimage(ctx, fw.hashlock)
	if !ok {
		return err
	}
	fw.early = true
	if ch := e.channels[fw.up.peer]; ch != nil && ch.out != nil {
		for _, u := range ch.out.updates {
			if s, ok := u.(protocol.SettleLock); ok && s.ID == fw.up.id {
				return nil
			}
		}
	}
	e.log.Info("node: settling a received lock whose preimage is known", "peer", fw.up.peer, "lock", fw.up.id)
	e.settleUpstream(fw, p)
	return nil
}

// runCtxOr is Run's context, or the background one before Run.
func (e *Engine) runCtxOr() context.Context {
	if e.runCtx == nil {
		return context.Background()
	}
	return e.runCtx
}

// downFailed resolves the downstream side of forward fw, settled early, whose lock was never opened (its
// receiver refused it, and the refused proposal was superseded or its lock expired): nothing goes back
// upstream, where the hub claims with the preimage what it is owed; fw is forgotten once that is settled.
func (e *Engine) downFailed(fw *forward) {
	e.log.Info("node: the receiver of a forward settled early refused its lock", "payer", fw.up.peer, "lock", fw.up.id)
	fw.waiting = false
	delete(e.forwards.waits, fw)
	e.keptBoth(fw)
	if fw.upDone {
		e.forwards.remove(fw)
	}
}

// keptBoth counts forward fw, settled early, whose downstream lock went back or was never opened: the hub
// keeps the whole upstream amount, and its fee ledger says so (books.go). If its fee was counted when the
// upstream settled (forwarded), the downstream amount comes on top of it, once; if the upstream is not
// settled yet, lockSettled counts the whole of it when it is.
func (e *Engine) keptBoth(fw *forward) {
	switch {
	case fw.counted:
		e.earnedMore(&fw.downWei)
		fw.downWei.Clear()
	case fw.upDone:
		fw.counted = true
		e.earned(&fw.upWei)
	}
}

// resumeSettledUp, after a start, keeps in flight the forward of down, a lock this hub sent (l), if its
// preimage is stored and the hub holds no received lock with its hashlock: the forward's upstream lock was
// settled early before the stop (no other lock of a hub's is open with its preimage known). The forward
// keeps the hashlock taken (L3); its fee was counted when its upstream settled (forwarded), so its
// downstream settle counts nothing more, and its lock going back counts that lock's amount (keptBoth).
func (e *Engine) resumeSettledUp(ctx context.Context, down lockRef, l state.Lock) error {
	if _, ok, err := e.storedPreimage(ctx, l.Hashlock); !ok {
		return err
	}
	fw := &forward{hashlock: l.Hashlock, early: true, upDone: true, counted: true, upWei: l.AmountWei,
		downWei: l.AmountWei}
	e.forwards.byHash[l.Hashlock] = fw
	e.forwards.placed(fw, down)
	return nil
}

// storedPreimage returns the preimage of h if the store holds it (ok); err is a failure to read it.
func (e *Engine) storedPreimage(ctx context.Context, h common.Hash) (p [32]byte, ok bool, err error) {
	p, err = e.cfg.Store.Preimage(ctx, h)
	if errors.Is(err, state.ErrNotFound) {
		return p, false, nil
	}
	return p, err == nil, err
}
