package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// Errors of the acceptance rules (docs/update-protocol.md §3.1 names the rule of each).
var (
	ErrLockTooShort      = errors.New("node: lock expires too soon to claim on-chain in time")
	ErrLockTooLong       = errors.New("node: lock expires too far ahead")
	ErrLockID            = errors.New("node: a new lock's id must carry its proposal's nonce (nonce << 10 | index)")
	ErrHashlockInFlight  = errors.New("node: a lock with this hashlock is already in flight through this node")
	ErrPreimageKnown     = errors.New("node: this node holds the lock's preimage; the lock is its own")
	ErrNotExpiredOnChain = errors.New("node: the chain, as this hub last saw it, is not past the lock's expiry")
	ErrPendingTimeout    = errors.New("node: pending operation's timeout outside the accepted window")
	ErrNotInvalidatable  = errors.New("node: the chain does not show the pending operation failed")
	ErrBumpUnknown       = errors.New("node: a Bump of a channel this hub has not stored")
)

// check runs the acceptance rules on a peer's proposal, in the order of the table in
// docs/update-protocol.md §3.1, and returns the channel to store once countersigned. The first rule
// broken refuses the whole proposal, and nothing changes.
func (e *Engine) check(ch *channel, p protocol.Propose, signer common.Address) (protocol.Channel, error) {
	for _, rule := range []func(*channel, protocol.Propose) error{
		e.ruleOpen,      // C1
		e.ruleAuthority, // A1-A5
		e.ruleLocks,     // L1-L3
		e.ruleReturns,   // L4
		e.rulePending,   // P1-P3
		e.ruleThreads,   // T7 (a receiver)
		e.ruleBump,      // B1
		e.policy,        // H10, H1-H9, T3-T6 (hubs)
	} {
		if err := rule(ch, p); err != nil {
			return protocol.Channel{}, err
		}
	}
	ctx := e.context(ch)
	ctx.Nonce = p.Proposal.State.TxCountGlobal // above this node's floor: onPropose checked it
	// S1-S3
	return protocol.AcceptSigned(ch.ch, ctx, e.cfg.Domain, e.me, p.Updates, p.Proposal, signer)
}

// ruleOpen refuses every update of a channel that is exiting on-chain.
func (e *Engine) ruleOpen(ch *channel, _ protocol.Propose) error {
	if ch.exiting {
		return ErrExiting
	}
	return nil
}

// ruleBump refuses a Bump of a channel this hub has not stored and in which the chain shows no deposit
// (B1): a stranger's Bump would have it store a state for a key that deposited nothing. A user restored
// from a backup that backs up opens a new channel with a Bump of its zero state (its first state must be
// the one a restore from that backup would make: restorefloor.go), once it deposited; a user takes its
// hub's: a hub restored from a backup bumps its new users' channels.
func (e *Engine) ruleBump(ch *channel, p protocol.Propose) error {
	if !ch.hubSide || e.channels[ch.peer] == ch {
		return nil
	}
	s := &ch.ch.Latest.State
	if d := e.cfg.Deposits(s.Hub, s.User); !d[0].IsZero() || !d[1].IsZero() {
		return nil
	}
	for _, u := range p.Updates {
		if _, ok := u.(protocol.Bump); ok {
			return ErrBumpUnknown
		}
	}
	return nil
}

// ruleAuthority refuses updates by which the proposer would move what is not its own.
func (e *Engine) ruleAuthority(ch *channel, p protocol.Propose) error {
	return checkAuthority(ch.role(), ch.ch, p.Updates)
}

// ruleLocks checks each lock the proposer opens to this node: it must expire late enough for this node to
// claim it on-chain (reveal its preimage RevealMargin before expiry, with ConfirmTime for the
// transaction), not later than MaxLockExpiry, and (hubs) its hashlock must not be in flight through this
// node already, in this batch or before.
func (e *Engine) ruleLocks(ch *channel, p protocol.Propose) error {
	now := e.cfg.Clock()
	var batch map[common.Hash]bool
	for _, u := range p.Updates {
		a, ok := u.(protocol.AddLock)
		if !ok {
			continue
		}
		l := &a.Lock
		switch {
		case l.ID>>lockIDShift != p.Proposal.State.TxCountGlobal: // L6: ids of later nonces are this node's to assign
			return fmt.Errorf("%w: lock %d in a proposal at nonce %d", ErrLockID, l.ID, p.Proposal.State.TxCountGlobal)
		case l.Expiry < now+e.cfg.RevealMargin+e.cfg.ConfirmTime:
			return fmt.Errorf("%w: lock %d expires at %d, this node needs until %d", ErrLockTooShort, l.ID, l.Expiry,
				now+e.cfg.RevealMargin+e.cfg.ConfirmTime)
		case l.Expiry > now+e.cfg.MaxLockExpiry:
			return fmt.Errorf("%w: lock %d expires at %d, at most %d", ErrLockTooLong, l.ID, l.Expiry, now+e.cfg.MaxLockExpiry)
		case e.cfg.Role != Hub:
			continue
		case batch[l.Hashlock]:
			return fmt.Errorf("%w: lock %d, hashlock %s (twice in the batch)", ErrHashlockInFlight, l.ID, l.Hashlock)
		case e.forwards.hash(l.Hashlock) != nil && e.fromHub(ch):
			// A payment looping back through this hub: accepted and given back at once (checkForwards),
			// so that the hubs on the loop unwind now rather than at expiry.
		case e.forwards.hash(l.Hashlock) != nil:
			return fmt.Errorf("%w: lock %d, hashlock %s", ErrHashlockInFlight, l.ID, l.Hashlock)
		}
		if _, link := e.links.held[l.Hashlock]; link {
			return fmt.Errorf("%w: lock %d, hashlock %s (a link)", ErrHashlockInFlight, l.ID, l.Hashlock)
		}
		if batch == nil {
			batch = map[common.Hash]bool{}
		}
		batch[l.Hashlock] = true
	}
	return nil
}

// ruleReturns refuses an ExpireLock or CancelLock that would give back to its sender a lock this node
// receives and holds the preimage of (learned from its note, from a downstream settle or on-chain): such
// a lock is this node's, off-chain by a settle or on-chain by revealing the preimage before expiry (L4).
// A hub also refuses the expiry of a lock it forwarded until its chain view is past it (L5).
func (e *Engine) ruleReturns(ch *channel, p protocol.Propose) error {
	for _, u := range p.Updates {
		var id uint64
		switch u := u.(type) {
		case protocol.ExpireLock:
			id = u.ID
		case protocol.CancelLock:
			id = u.ID
		default:
			continue
		}
		l, ok := findLock(ch.ch.Locks, id)
		if !ok || ch.iSend(&l) {
			continue // an unknown lock fails in protocol.Accept; one this node sent comes back to it
		}
		if e.knowsPreimage(l.Hashlock) {
			return fmt.Errorf("%w: lock %d", ErrPreimageKnown, id)
		}
		if _, expire := u.(protocol.ExpireLock); expire {
			if err := e.checkExpiredOnChain(ch, l); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkExpiredOnChain refuses the expiry of a lock this hub received whose hashlock it forwards, while the
// forward is in flight, until the chain as its watcher last saw it confirmed is past the lock's expiry
// (rule L5). The next hop may have claimed the hub's own lock by revealing the preimage on-chain, in
// time, in a block the watcher has not scanned yet (it lags, was down, or is catching up after a
// restart): the wall clock alone would give the payer its lock back while the next hop is paid. Once the
// chain's time is past the payer's lock's expiry, it is past the earlier one of the lock the hub sent,
// and every reveal that claims that lock has been seen (and stored: L4 then refuses).
func (e *Engine) checkExpiredOnChain(ch *channel, l state.Lock) error {
	if e.cfg.Role != Hub || e.cfg.Chain == nil || e.forwards.hash(l.Hashlock) == nil {
		return nil
	}
	if seen := e.watch.time.Load(); seen <= l.Expiry {
		return fmt.Errorf("%w: lock %d expires at %d, the chain's time is %d as this hub last saw it", ErrNotExpiredOnChain,
			l.ID, l.Expiry, seen)
	}
	return nil
}

// findLock returns the lock with id in locks.
func findLock(locks []state.Lock, id uint64) (state.Lock, bool) {
	for _, l := range locks {
		if l.ID == id {
			return l, true
		}
	}
	return state.Lock{}, false
}

// knowsPreimage reports whether this node holds the preimage of h: stored, or learned in this turn. A
// store that cannot answer counts as knowing it (the rule then refuses, which is safe).
func (e *Engine) knowsPreimage(h common.Hash) bool {
	if e.preimageOnItsWay(h) {
		return true
	}
	_, err := e.cfg.Store.Preimage(context.Background(), h)
	return !errors.Is(err, state.ErrNotFound)
}

// rulePending checks pending on-chain operations against the chain's view: a new one must time out
// between MinPendingTimeout and MaxPendingTimeout from the chain's now (long enough to be mined, not so
// long it pins the channel); a Confirm needs the chain to show the pending set applied, an Invalidate
// needs it to show the set not applied with the chain's time past the timeout (so it can never be). The
// states that carry a pending set stay enforceable whatever happens to it: the contract counts them with
// an unapplied set undone, before and after its timeout (ADR 11).
func (e *Engine) rulePending(ch *channel, p protocol.Propose) error {
	now := e.chainNow()
	for _, u := range p.Updates {
		var err error
		switch u := u.(type) {
		case protocol.Withdraw:
			err = e.checkPendingTimeout(u.Timeout, now)
		case protocol.Collateral:
			err = e.checkPendingTimeout(u.Timeout, now)
		case protocol.Confirm:
			err = e.checkConfirm(ch)
		case protocol.Invalidate:
			err = e.checkInvalidate(ch, now)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// checkPendingTimeout checks a new pending operation's timeout against the chain's now.
func (e *Engine) checkPendingTimeout(timeout, now uint64) error {
	if timeout < now+e.cfg.MinPendingTimeout || timeout > now+e.cfg.MaxPendingTimeout {
		return fmt.Errorf("%w: timeout %d, accepted %d to %d", ErrPendingTimeout, timeout,
			now+e.cfg.MinPendingTimeout, now+e.cfg.MaxPendingTimeout)
	}
	return nil
}

// checkConfirm refuses a Confirm unless the chain shows the channel's pending state applied.
func (e *Engine) checkConfirm(ch *channel) error {
	s := &ch.ch.Latest.State
	if got := e.cfg.ChainCount(s.Hub, s.User); got < s.TxCountChain {
		return fmt.Errorf("%w: chain at txCountChain %d, state %d", ErrNotOnChain, got, s.TxCountChain)
	}
	return nil
}

// checkInvalidate refuses an Invalidate unless the chain shows the pending state not applied and its
// timeout passed on the chain's clock: then it can never be applied.
func (e *Engine) checkInvalidate(ch *channel, now uint64) error {
	s := &ch.ch.Latest.State
	if !e.invalidatable(s, now) {
		return fmt.Errorf("%w: chain at txCountChain %d (state %d), chain time %d, timeout %d", ErrNotInvalidatable,
			e.cfg.ChainCount(s.Hub, s.User), s.TxCountChain, now, s.Timeout)
	}
	return nil
}

// invalidatable reports whether s's pending set failed for good: not applied on-chain, its timeout past
// on the chain's clock.
func (e *Engine) invalidatable(s *state.ChannelState, now uint64) bool {
	return !s.Pending.IsZero() && e.cfg.ChainCount(s.Hub, s.User) < s.TxCountChain && now > s.Timeout
}

// chainNow is the chain's time as this node last saw it (the last confirmed block the watcher scanned),
// or the clock before the watcher reported one and without a chain.
func (e *Engine) chainNow() uint64 {
	if t := e.watch.time.Load(); t != 0 {
		return t
	}
	return e.cfg.Clock()
}

// invalidateFailed proposes the Invalidate of ch's pending set once the chain shows it failed for good
// (rule P3), so that the channel's states are enforceable again; once per failed set.
func (e *Engine) invalidateFailed(ch *channel, now uint64) {
	k := retryKey{kind: retryInvalidate}
	if ch.invalidating || ch.exiting || !e.invalidatable(&ch.ch.Latest.State, now) || !ch.mayRetry(k, time.Now()) {
		return
	}
	ch.invalidating = true
	e.log.Info("node: a pending on-chain operation failed (timeout passed, not applied); invalidating it", "peer", ch.peer,
		"timeout", ch.ch.Latest.State.Timeout)
	c := e.queueEngine(ch.peer, protocol.Invalidate{})
	c.then = func(err error) {
		ch.invalidating = false
		ch.retried(k, err, time.Now())
	}
}
