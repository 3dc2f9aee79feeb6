package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// expiryCheckEvery is how often the loop looks for expired locks it sent.
const expiryCheckEvery = 250 * time.Millisecond

// rebuild pairs the hub's received and sent locks by hashlock after a start (a sent lock in an outstanding
// proposal counts). A received lock with no sent lock was either forwarded and settled downstream (its
// preimage is stored: the hub settles it) or never forwarded, its note gone: the hub gives it back
// (CancelLock), so the payer is refunded at once instead of at expiry. Several received locks with one
// hashlock (a payment that looped back through this hub from another hub, whose give-back was refused; a
// store from before L3) cannot be told apart: the forward keeps them all (forward.others), and settles or
// gives back every one of them.
func (f *forwardTable) rebuild(ctx context.Context, e *Engine) error {
	if e.cfg.Role != Hub {
		return e.resumeReceived(ctx)
	}
	for _, ch := range e.channels {
		cancelling := map[uint64]bool{} // received locks the outstanding proposal gives back (a loop's)
		if ch.out != nil {
			for _, u := range ch.out.updates {
				if c, ok := u.(protocol.CancelLock); ok {
					cancelling[c.ID] = true
				}
			}
		}
		for _, l := range ch.ch.Locks {
			if ch.iSend(&l) || cancelling[l.ID] {
				continue
			}
			if fw := f.hash(l.Hashlock); fw != nil { // a loop's lock whose give-back was refused: which is which is lost
				e.log.Warn("node: two received locks share a hashlock; settling or giving back both", "peer", ch.peer, "lock", l.ID)
				fw.others = append(fw.others, lockRef{ch.peer, l.ID})
				continue
			}
			f.add(l.Hashlock, lockRef{ch.peer, l.ID})
		}
	}
	for _, ch := range e.channels {
		locks := ch.ch.Locks
		if ch.out != nil {
			locks = ch.out.locks
		}
		for _, l := range locks {
			if fw := f.hash(l.Hashlock); ch.iSend(&l) && fw != nil && !fw.hasDown {
				f.placed(fw, lockRef{ch.peer, l.ID})
			}
		}
	}
	links, err := e.cfg.Store.Links(ctx)
	if err != nil {
		return err
	}
	for h := range links {
		if fw := f.hash(h); fw != nil {
			if _, err := e.cfg.Store.Preimage(ctx, h); err == nil {
				continue // redeemed: its secret is known and the payer's lock is settled below
			}
			e.links.held[h] = fw.up // a link payment still open, being redeemed or waiting for its redeemer
		}
	}
	refused := map[common.Hash]uint64{} // hashlock -> expiry of the hub's locks in refused proposals
	for _, ch := range e.channels {
		for _, r := range ch.refused {
			for _, l := range r.locks {
				if ch.iSend(&l) {
					refused[l.Hashlock] = l.Expiry
				}
			}
		}
	}
	for _, fw := range f.byUp {
		if fw.hasDown {
			continue
		}
		if expiry, ok := refused[fw.hashlock]; ok {
			e.waitRefused(fw, expiry)
			continue
		}
		p, err := e.cfg.Store.Preimage(ctx, fw.hashlock)
		switch {
		case err == nil: // the forward stays in flight (its hashlock taken) until the payer's lock settles
			e.log.Info("node: settling a received lock whose forward settled", "peer", fw.up.peer, "lock", fw.up.id)
			e.settleUpstream(fw, p)
		case errors.Is(err, state.ErrNotFound) && links[fw.hashlock]:
			f.remove(fw) // held as a link (e.links.held) until redeemed
		case errors.Is(err, state.ErrNotFound):
			f.remove(fw)
			e.log.Info("node: giving back a received lock that was never forwarded", "peer", fw.up.peer, "lock", fw.up.id)
			for _, r := range e.upstreams(fw) {
				e.queueEngine(r.peer, protocol.CancelLock{ID: r.id})
			}
		default:
			return err
		}
	}
	return nil
}

// queueEngine queues the engine's own updates on the channel with peer.
func (e *Engine) queueEngine(peer common.Address, updates ...protocol.Update) *cmd {
	c := &cmd{ctx: context.Background(), to: peer, updates: updates}
	e.enqueue(c)
	return c
}

// upstreams returns the received locks of forward fw: up, and those of fw.others still open.
func (e *Engine) upstreams(fw *forward) []lockRef {
	refs := []lockRef{fw.up}
	for _, r := range fw.others {
		if ch := e.channels[r.peer]; ch != nil {
			if _, ok := findLock(ch.ch.Locks, r.id); ok {
				refs = append(refs, r)
			}
		}
	}
	return refs
}

// settleUpstream settles the received locks of forward fw with its preimage.
func (e *Engine) settleUpstream(fw *forward, preimage [32]byte) {
	for _, r := range e.upstreams(fw) {
		if ch := e.channels[r.peer]; ch != nil && e.settling(ch, r.id) {
			continue // one settle of a lock is enough (a handed-back preimage may come twice: handback.go)
		}
		e.queueEngine(r.peer, protocol.SettleLock{ID: r.id, Preimage: preimage})
	}
}

// applied acts on a batch that just became ch's latest state, after the Commit that stored it; prev is the
// channel before. mine says this node proposed it. Received locks with notes are forwarded (hub) or
// settled (recipient); settled, cancelled and expired locks resolve payments and forwards.
func (e *Engine) applied(ch *channel, prev protocol.Channel, updates []protocol.Update, notes []protocol.Note, mine bool) {
	e.publish(Event{Kind: EventState, Peer: ch.peer, State: ch.ch.Latest.State})
	e.touched(ch.peer)
	e.autoCollateral(ch, [2]uint256.Int{})
	e.threadsChanged(ch, prev)
	e.threadsApplied(ch, updates, mine)
	known := lockIndex(prev.Locks, updates)
	failures := failuresOf(notes)
	for _, u := range updates {
		switch u := u.(type) {
		case protocol.AddLock:
			e.lockAdded(ch, u.Lock, notes, mine)
		case protocol.SettleLock:
			if l, ok := known[u.ID]; ok {
				e.lockSettled(ch, l, u.Preimage)
			}
		case protocol.CancelLock:
			if l, ok := known[u.ID]; ok {
				e.lockReturned(ch, l, "cancelled by its receiver", failures[u.ID])
			}
		case protocol.ExpireLock:
			if l, ok := known[u.ID]; ok {
				delete(ch.expiring, u.ID)
				e.lockReturned(ch, l, "expired", Failure{})
			}
		}
	}
}

// lockIndex maps lock ids to locks: the channel's locks before a batch and the ones the batch adds.
func lockIndex(prev []state.Lock, updates []protocol.Update) map[uint64]state.Lock {
	m := make(map[uint64]state.Lock, len(prev))
	for _, l := range prev {
		m[l.ID] = l
	}
	for _, u := range updates {
		if a, ok := u.(protocol.AddLock); ok {
			m[a.Lock.ID] = a.Lock
		}
	}
	return m
}

// noteFor returns the note that goes with lock id.
func noteFor(notes []protocol.Note, id uint64) (protocol.Note, bool) {
	i := slices.IndexFunc(notes, func(n protocol.Note) bool { return n.LockID == id })
	if i < 0 {
		return protocol.Note{}, false
	}
	return notes[i], true
}

// lockAdded handles a new lock: one this hub sent completes a forward's record; one this node received
// with a note is forwarded (hub) or settled with the note's secret (recipient).
func (e *Engine) lockAdded(ch *channel, l state.Lock, notes []protocol.Note, mine bool) {
	if mine {
		if fw := e.forwards.hash(l.Hashlock); e.cfg.Role == Hub && fw != nil {
			e.forwards.placed(fw, lockRef{ch.peer, l.ID})
		}
		return
	}
	note, ok := noteFor(notes, l.ID)
	switch {
	case !ok:
	case e.cfg.Role == Hub && note.Recipient == (common.Address{}):
		e.holdLink(ch, l)
	case e.cfg.Role == Hub:
		h, planned := e.cur.hops[l.Hashlock]
		switch {
		case !planned: // the policy decides every forward; this cannot happen
			e.log.Error("node: a received lock has no forwarding plan; giving it back", "peer", ch.peer, "lock", l.ID)
			e.queueEngine(ch.peer, protocol.CancelLock{ID: l.ID})
		case h.fail != nil:
			e.log.Info("node: cannot forward a hub's lock; giving it back", "from", ch.peer, "lock", l.ID, "err", h.fail)
			e.publish(Event{Kind: EventForwardFailed, Peer: ch.peer, Hashlock: l.Hashlock, Err: h.fail.Error()})
			e.cancelFor(ch.peer, l.ID, Failure{Node: e.me, Reason: h.fail.Error()})
		default:
			e.forward(ch, l, h)
		}
	default:
		e.receive(ch, l, note)
	}
}

// forward opens the hub's lock to the next hop of h: the same hashlock, the plan's amounts and expiry,
// and the plan's payload as its note (the next hop's onion layer or the recipient's sealed secret). If
// the next hop refuses it, the received lock is given back.
func (e *Engine) forward(up *channel, l state.Lock, h hop) {
	fw := e.forwards.add(l.Hashlock, lockRef{up.peer, l.ID})
	to := e.channels[h.next]
	down := state.Lock{ToUser: to == nil || to.hubSide, AmountWei: h.wei, AmountToken: h.token, Hashlock: l.Hashlock,
		Expiry: h.expiry}
	if down.ToUser {
		e.recordVolume(h.next, &down)
	}
	c := &cmd{ctx: context.Background(), to: h.next, updates: []protocol.Update{protocol.AddLock{Lock: down}},
		notes: []protocol.Note{{LockID: 0, Recipient: h.next, Payload: h.payload}}}
	c.then = func(err error) {
		switch {
		case err == nil, errors.Is(err, ErrStopped): // stopping: the stored forward resolves after a restart
		case c.bound(): // the recipient refused a lock it may still countersign (refused.go)
			e.log.Warn("node: the recipient refused the forward; the payer's lock waits until that is final", "from", up.peer,
				"to", h.next, "err", err)
			e.waitRefused(fw, down.Expiry)
		default:
			e.log.Warn("node: cannot forward; giving the lock back", "from", up.peer, "to", h.next, "err", err)
			e.giveBackFor(fw, Failure{Node: e.me, Reason: err.Error()})
		}
	}
	c.voided = func() {
		if fw.waiting {
			e.giveBack(fw)
		}
	}
	e.enqueue(c)
}

// receive opens a received lock's note; if its secret unlocks the lock, the recipient settles it (and is
// paid once the hub countersigns), otherwise it gives the lock back.
func (e *Engine) receive(ch *channel, l state.Lock, note protocol.Note) {
	secret, err := e.secrets.open(note.Payload, e.me)
	if c, ok := e.links.claims[l.Hashlock]; ok && len(note.Payload) == 0 { // a link this node redeems
		secret, err = c.secret, nil
		if l.AmountWei.Lt(&c.wei) || l.AmountToken.Lt(&c.token) {
			err = fmt.Errorf("%w: the hub's lock carries %s wei, %s token; the link says %s wei, %s token",
				ErrLinkShort, l.AmountWei.Dec(), l.AmountToken.Dec(), c.wei.Dec(), c.token.Dec())
		} else {
			delete(e.links.claims, l.Hashlock)
		}
	}
	switch {
	case err != nil:
	case state.Hashlock(secret.Preimage) != l.Hashlock:
		err = ErrWrongSecret
	case l.AmountWei.Lt(&secret.Wei) || l.AmountToken.Lt(&secret.Token):
		err = fmt.Errorf("%w: the lock carries %s wei, %s token; the payer sent %s wei, %s token", ErrPaymentShort,
			l.AmountWei.Dec(), l.AmountToken.Dec(), secret.Wei.Dec(), secret.Token.Dec())
	}
	if err != nil {
		e.log.Warn("node: received lock cannot be settled; giving it back", "lock", l.ID, "err", err)
		e.queueEngine(ch.peer, protocol.CancelLock{ID: l.ID})
		return
	}
	e.cur.addPreimage(secret.Preimage) // stored with the lock: a restart can still settle it
	if e.cfg.holdSettle == nil || !e.cfg.holdSettle(l.Hashlock) {
		e.queueEngine(ch.peer, protocol.SettleLock{ID: l.ID, Preimage: secret.Preimage})
	}
	// Once this turn commits, the payment is irrevocably this node's: the lock is in a state both sides
	// signed and this node stored, with the preimage that claims it (off-chain by the settle just queued,
	// or on-chain before the lock expires). That is when the recipient has received it.
	e.publish(Event{Kind: EventReceived, Peer: ch.peer, Hashlock: l.Hashlock,
		Wei: l.AmountWei, Token: l.AmountToken, Memo: secret.Memo, From: secret.From})
}

// lockSettled handles a lock paid to its receiver: a payment this node made succeeds, a forward's
// upstream lock is settled with the same preimage, a payment to this node is reported.
func (e *Engine) lockSettled(ch *channel, l state.Lock, preimage [32]byte) {
	ch.forgetGuard(l.ID)
	ref := lockRef{ch.peer, l.ID}
	if !ch.iSend(&l) {
		e.settledReceived(ch, preimage) // handed back to the peer if it comes back restored (handback.go)
		if fw := e.forwards.upstream(ref); fw != nil {
			e.forwards.remove(fw) // both of its locks settled
		}
		e.forgetLink(l.Hashlock, ref) // a redeemed link is done
		return                        // EventReceived went out when the lock was accepted
	}
	if fw := e.forwards.downstream(ref); e.cfg.Role == Hub && fw != nil {
		if e.cfg.withhold != nil && e.cfg.withhold(l.Hashlock) {
			return
		}
		// The forward stays in flight until the payer's lock settles too: its hashlock stays taken.
		e.forwarded(fw, &l)
		e.forgetLink(l.Hashlock, fw.up) // a link is spent once its redeemer is paid
		e.settleUpstream(fw, preimage)
		return
	}
	id, memo := e.pays.tag(l.Hashlock)
	e.afterCommit(func() { e.pays.settled(l.Hashlock, preimage) })
	e.publish(Event{Kind: EventSent, Peer: ch.peer, Hashlock: l.Hashlock, Wei: l.AmountWei, Token: l.AmountToken, ID: id, Memo: memo})
}

// lockReturned handles a lock that went back to its sender: a payment this node made fails, and a hub
// gives back the forward's upstream lock.
func (e *Engine) lockReturned(ch *channel, l state.Lock, why string, f Failure) {
	ch.forgetGuard(l.ID)
	ref := lockRef{ch.peer, l.ID}
	if !ch.iSend(&l) {
		if fw := e.forwards.upstream(ref); fw != nil {
			e.forwards.dropUp(fw) // the payer took it back; the downstream lock expires first
		} else if fw := e.forwards.hash(l.Hashlock); fw != nil {
			fw.others = slices.DeleteFunc(fw.others, func(r lockRef) bool { return r == ref })
		}
		e.forgetLink(l.Hashlock, ref) // a link nobody redeemed in time
		return
	}
	if fw := e.forwards.downstream(ref); e.cfg.Role == Hub && fw != nil {
		e.forwards.remove(fw)
		if e.links.held[l.Hashlock] == fw.up {
			return // the redeemer did not take it: the link stays redeemable
		}
		if f.Node == (common.Address{}) {
			f = Failure{Node: ch.peer, Reason: "lock " + why}
		}
		e.publish(Event{Kind: EventForwardFailed, Peer: fw.up.peer, Hashlock: l.Hashlock, Err: f.Node.Hex() + ": " + f.Reason})
		for _, r := range e.upstreams(fw) {
			e.cancelFor(r.peer, r.id, f)
		}
		return
	}
	perr := &PaymentError{Failure: f, Why: "lock " + why}
	id, memo := e.pays.tag(l.Hashlock)
	e.afterCommit(func() { e.pays.failed(l.Hashlock, perr) })
	e.publish(Event{Kind: EventFailed, Peer: ch.peer, Hashlock: l.Hashlock, Wei: l.AmountWei, Token: l.AmountToken,
		Err: perr.Error(), ID: id, Memo: memo})
}

// abandoned handles a batch of this node's that the peer refused: locks it would have opened fail their
// payments, threads it would have opened fail (threadsAbandoned), and a hub gives back the upstream
// locks of forwards it could not make.
func (e *Engine) abandoned(ch *channel, updates []protocol.Update, err error) {
	e.threadsAbandoned(ch, updates)
	for _, u := range updates {
		a, ok := u.(protocol.AddLock)
		if !ok {
			continue
		}
		if fw := e.forwards.hash(a.Lock.Hashlock); e.cfg.Role == Hub && fw != nil && !fw.hasDown {
			continue // the forward command's then gives the upstream lock back
		}
		h := a.Lock.Hashlock
		e.afterCommit(func() { e.pays.failed(h, err) })
	}
}

// resynced handles a state adopted from a Sync, whose updates this node did not see: forwards and payments
// whose locks are gone are settled if the peer handed back their preimages (settled), else logged and
// dropped; new received locks without a note stay until they expire or a handed-back preimage settles
// them (handback.go).
func (e *Engine) resynced(ch *channel, prev protocol.Channel, settled map[common.Hash][32]byte) {
	e.publish(Event{Kind: EventState, Peer: ch.peer, State: ch.ch.Latest.State})
	now := map[uint64]bool{}
	for _, l := range ch.ch.Locks {
		now[l.ID] = true
		if fw := e.forwards.hash(l.Hashlock); e.cfg.Role == Hub && ch.iSend(&l) && fw != nil && !fw.hasDown {
			e.forwards.placed(fw, lockRef{ch.peer, l.ID}) // a refused forward the recipient countersigned after all
		}
	}
	for _, l := range prev.Locks {
		if p, ok := settled[l.Hashlock]; ok && !now[l.ID] && ch.iSend(&l) {
			e.lockSettled(ch, l, p) // its preimage handed back (handback.go)
			continue
		}
		if !now[l.ID] && ch.iSend(&l) {
			e.log.Warn("node: a lock this node sent was resolved in a state adopted from a Sync", "peer", ch.peer, "lock", l.ID)
			h := l.Hashlock
			e.afterCommit(func() { e.pays.failed(h, fmt.Errorf("%w: lock resolved while out of sync", ErrPaymentFailed)) })
		}
	}
}

// expireLocks queues an ExpireLock for every lock this node sent that is past its expiry, at most every
// expiryCheckEvery.
func (e *Engine) expireLocks() {
	if time.Since(e.lastExpiryCheck) < expiryCheckEvery {
		return
	}
	e.lastExpiryCheck = time.Now()
	now, chainNow := e.cfg.Clock(), e.chainNow()
	e.expireWaiting()
	e.handBack.prune(now, e.cfg.MaxForwardExpiry)
	for ch := range e.lockedChannels() {
		e.invalidateFailed(ch, chainNow)
		for _, l := range ch.ch.Locks {
			if !ch.iSend(&l) {
				e.guardLock(ch, l, now)
				continue
			}
			k := retryKey{kind: retryExpire, id: l.ID}
			if ch.expiryRefused[l.ID] { // answered without a countersignature (answer.go, answeredExpiries)
				e.exitStuck(ch, l, chainNow)
			}
			if now <= l.Expiry || ch.expiring[l.ID] || !ch.mayRetry(k, time.Now()) {
				continue
			}
			if ch.expiring == nil {
				ch.expiring = map[uint64]bool{}
			}
			ch.expiring[l.ID] = true
			c := e.queueEngine(ch.peer, protocol.ExpireLock{ID: l.ID})
			c.then = func(err error) {
				ch.retried(k, err, time.Now())
				if err != nil {
					delete(ch.expiring, l.ID)
				}
			}
		}
		e.unlocked(ch)
	}
}

// afterCommit runs f after the current turn's Commit (at once outside a turn): what callers and
// subscribers see never runs ahead of the disk.
func (e *Engine) afterCommit(f func()) {
	if e.cur != nil {
		e.cur.later(f)
		return
	}
	f()
}

// publish sends ev to subscribers after the current turn's Commit.
func (e *Engine) publish(ev Event) { e.afterCommit(func() { e.events.publish(ev) }) }

// resumeReceived settles, after a start, the locks this user received whose secret it had opened and
// stored but not yet settled (unless its outstanding proposal settles them).
func (e *Engine) resumeReceived(ctx context.Context) error {
	for _, ch := range e.channels {
		settling := map[uint64]bool{}
		if ch.out != nil {
			for _, u := range ch.out.updates {
				if s, ok := u.(protocol.SettleLock); ok {
					settling[s.ID] = true
				}
			}
		}
		for _, l := range ch.ch.Locks {
			if ch.iSend(&l) || settling[l.ID] {
				continue
			}
			p, err := e.cfg.Store.Preimage(ctx, l.Hashlock)
			switch {
			case errors.Is(err, state.ErrNotFound):
				continue // its note was never opened: the lock expires back to the hub
			case err != nil:
				return err
			}
			e.log.Info("node: settling a received lock after a restart", "lock", l.ID)
			e.queueEngine(ch.peer, protocol.SettleLock{ID: l.ID, Preimage: p})
		}
	}
	return nil
}
