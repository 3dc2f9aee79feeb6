package node

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/contracts/chain"
	"spoke/protocol"
	"spoke/state"
)

// ExitReport is what an exit did: the state it put on-chain, the locks it resolved, and those it could
// not resolve yet (an outgoing lock resolves back to this node once it expires; run Exit again then).
type ExitReport struct {
	TxCount    uint64       // txCountGlobal of the state the channel closed with
	Resolved   []state.Lock // locks paid out by resolveLock
	Unresolved []state.Lock // locks not resolvable yet
	// Threads are the channel's threads settled on-chain, each with the shares and count it settled by.
	Threads []state.ThreadState
	// Txs are the transactions this run of the exit sent, in order, with their gas.
	Txs []ExitTx
	// Payouts are what the channel paid out: the balances when it was emptied (by this run or an
	// earlier one, or by the other side, once this node's watcher saw it) and the locks resolved.
	Payouts []Payout
}

// guardRecheck is how often guardLock looks again for the preimage of a received lock near its expiry.
const guardRecheck = 5 * time.Second

// exitPoll is how often an exit checks the chain while it waits for the challenge period or an expiry.
const exitPoll = time.Second

// guardLock protects a lock paid to this node that is still open close to its expiry (the counterparty
// has not countersigned the settle): if the node holds its preimage, it reveals it on-chain, which makes
// the lock its own on-chain whatever happens next, then exits the channel (unless ManualExit) to claim it.
// A lock still open past its expiry is claimed the same way if its preimage was revealed on-chain by the
// expiry (a hub whose watcher saw the next hop's reveal only after the payer's lock expired: the payer
// can no longer settle it off-chain, L4 keeps it from expiring, and only the chain pays it). It runs
// once per lock, in the background.
func (e *Engine) guardLock(ch *channel, l state.Lock, now uint64) {
	if e.cfg.Chain == nil || now+e.cfg.RevealMargin < l.Expiry || ch.guarded[l.ID] {
		return
	}
	if at, ok := ch.guardChecked[l.ID]; ok && time.Since(at) < guardRecheck {
		return
	}
	if ch.guardChecked == nil {
		ch.guardChecked = map[uint64]time.Time{}
	}
	ch.guardChecked[l.ID] = time.Now()
	pre, err := e.cfg.Store.Preimage(context.Background(), l.Hashlock)
	if err != nil {
		return // not ours to claim (yet): it expires back to its sender unless we learn the secret
	}
	if ch.guarded == nil {
		ch.guarded = map[uint64]bool{}
	}
	ch.guarded[l.ID] = true
	peer, ctx := ch.peer, e.runCtx
	e.log.Warn("node: a received lock is unsettled near or past its expiry; claiming it on-chain", "peer", peer,
		"lock", l.ID, "expiry", l.Expiry)
	late := now > l.Expiry
	go func() {
		at, err := e.cfg.Chain.Revealed(ctx, l.Hashlock)
		switch {
		case err == nil && (at > l.Expiry || at == 0 && late):
			e.log.Warn("node: a received lock expired before its preimage was revealed on-chain; it is its sender's",
				"peer", peer, "lock", l.ID, "expiry", l.Expiry, "revealed", at)
			return // guarded stays set: nothing to claim
		case err == nil && at == 0:
			_, err = e.cfg.Chain.RevealPreimage(ctx, pre)
		}
		if err != nil {
			e.log.Error("node: revealing a preimage on-chain failed; trying again", "lock", l.ID, "err", err)
			_ = e.query(context.Background(), func() {
				if ch := e.channels[peer]; ch != nil {
					delete(ch.guarded, l.ID) // the next expiry check tries again, while the lock lasts
				}
			})
			return
		}
		if e.cfg.ManualExit {
			e.log.Warn("node: preimage revealed; exit the channel to claim the lock", "peer", peer, "lock", l.ID)
			return
		}
		e.log.Warn("node: preimage revealed; exiting the channel to claim the lock", "peer", peer, "lock", l.ID)
		if _, err := e.ExitChannel(ctx, peer); err != nil && ctx.Err() == nil {
			e.log.Error("node: exit failed; run it again", "peer", peer, "err", err)
		}
	}()
}

// exitStuck exits ch on-chain when the peer refused the expiry of lock l, sent by this hub, and l is
// StuckExit past its expiry by the chain's clock (a peer that is offline is waited for): an expired lock whose preimage was not
// revealed before its expiry goes back to its sender on-chain, and one whose preimage was is the peer's
// there too, so the exit gives each side what the lock says, where the peer's refusals kept the hub's
// funds in the lock for good. Once per channel; with ManualExit the hub only says so.
func (e *Engine) exitStuck(ch *channel, l state.Lock, chainNow uint64) {
	if e.cfg.Role != Hub || e.cfg.Chain == nil || ch.stuck || ch.exiting || chainNow <= l.Expiry+e.cfg.StuckExit {
		return
	}
	ch.stuck = true
	peer, ctx := ch.peer, e.runCtx
	if e.cfg.ManualExit {
		e.log.Warn("node: the peer refuses to expire a lock this hub sent, long past its expiry; exit the channel to get it back",
			"peer", peer, "lock", l.ID, "expiry", l.Expiry, "wei", l.AmountWei.Dec())
		return
	}
	e.log.Warn("node: the peer refuses to expire a lock this hub sent, long past its expiry; exiting the channel to get it back",
		"peer", peer, "lock", l.ID, "expiry", l.Expiry, "wei", l.AmountWei.Dec())
	go func() {
		if _, err := e.ExitChannel(ctx, peer); err != nil && ctx.Err() == nil {
			e.log.Error("node: exit failed; trying again at the next expiry check", "peer", peer, "err", err)
			_ = e.query(context.Background(), func() {
				if ch := e.channels[peer]; ch != nil {
					ch.stuck = false
				}
			})
		}
	}()
}

// refusedExpiry notes that the peer answered the ExpireLock of lock id, sent by this node, with anything
// but a countersignature (exitStuck): refused, or an answer after which the same expiry goes out again,
// for ever if the peer keeps giving it (Busy, Taken, Behind, an unusable answer;
// TestMal9StuckExpiryAnsweredOtherwise).
func (ch *channel) refusedExpiry(id uint64) {
	if ch.expiryRefused == nil {
		ch.expiryRefused = map[uint64]bool{}
	}
	ch.expiryRefused[id] = true
}

// answeredExpiries notes the expiries out carries as answered without a countersignature (refusedExpiry).
func (ch *channel) answeredExpiries(out *outstanding) {
	for _, u := range out.updates {
		if x, ok := u.(protocol.ExpireLock); ok {
			ch.refusedExpiry(x.ID)
		}
	}
}

// forgetGuard drops guardLock's notes of a lock that is resolved.
func (ch *channel) forgetGuard(id uint64) {
	delete(ch.guarded, id)
	delete(ch.expiryRefused, id)
	delete(ch.guardChecked, id)
	delete(ch.retries, retryKey{kind: retryExpire, id: id})
}

// Exit closes this user's channel on-chain without the hub's help, for when the hub is gone or stops
// answering: it reveals the preimages of the locks paid to this node, starts an exit with the latest
// double-signed state (or challenges an exit the hub started with an older one), waits for the challenge
// period, empties the channel (its balances to this user's address and the hub's reserve), and resolves
// the channel's locks with merkle proofs. The channel takes no more updates from then on. Exit is safe to
// call again: it goes on from where the channel is on-chain.
func (e *Engine) Exit(ctx context.Context) (ExitReport, error) {
	if e.cfg.Role != User {
		return ExitReport{}, fmt.Errorf("%w: a hub names the channel to exit (ExitChannel)", ErrNotSupported)
	}
	return e.ExitChannel(ctx, e.cfg.Hub)
}

// ExitChannel is Exit for the channel with peer; a hub exits a user's channel with it.
func (e *Engine) ExitChannel(ctx context.Context, peer common.Address) (ExitReport, error) {
	return e.exitChannel(ctx, peer, false)
}

// exitChannel runs an exit of the channel with peer; when follow, it only follows an exit already on
// the chain through and starts none (a channel open on-chain is left alone).
func (e *Engine) exitChannel(ctx context.Context, peer common.Address, follow bool) (ExitReport, error) {
	ctx, txs := withExitTxs(ctx)
	rep, err := e.runExit(ctx, peer, follow)
	rep.Txs = *txs
	return rep, err
}

// runExit is exitChannel's work; its context logs the transactions it sends.
func (e *Engine) runExit(ctx context.Context, peer common.Address, follow bool) (ExitReport, error) {
	if err := e.requireChain(); err != nil {
		return ExitReport{}, err
	}
	var r state.Record
	var exited bool
	// The lock sets the channel may close with: the latest's, our proposal's, and those of our proposals
	// the peer refused (it may countersign one and exit with it, ADR 12).
	var candidates [][]state.Lock
	var threadSets [][]state.SignedThread // likewise, the thread sets
	var qerr error
	err := e.query(ctx, func() {
		ch, ok := e.channels[peer]
		if !ok {
			qerr = fmt.Errorf("%w: %s", ErrNotMyChannel, peer)
			return
		}
		if qerr = e.verified(ch); qerr != nil { // a loaded idle channel's state goes on-chain checked
			return
		}
		if ch.exitRunning {
			qerr = ErrExitRunning
			return
		}
		e.setExiting(ch, true)
		ch.exitRunning = true
		r = ch.record()
		exited = e.watch.view.exited[chain.ChannelKey{Hub: r.State.Hub, User: r.State.User}]
		candidates = append(candidates, r.Locks)
		threadSets = append(threadSets, r.Threads)
		if ch.out != nil {
			candidates = append(candidates, ch.out.locks)
			threadSets = append(threadSets, ch.out.threads)
		}
		for _, o := range ch.refused {
			candidates = append(candidates, o.locks)
			threadSets = append(threadSets, o.threads)
		}
	})
	if err = errors.Join(err, qerr); err != nil {
		return ExitReport{}, err
	}
	defer func() {
		_ = e.query(context.Background(), func() {
			if ch := e.channels[peer]; ch != nil {
				ch.exitRunning = false
			}
		})
	}()
	hub, user := r.State.Hub, r.State.User
	on, err := e.cfg.Chain.Channel(ctx, hub, user)
	if err != nil {
		return ExitReport{}, err
	}
	if on.Status == chain.StatusOpen && (follow || exited) {
		// No exit on-chain (any more): nothing to follow; or the channel exited and reopened already, and
		// its off-chain states are spent: a new exit with them must not start.
		rep := ExitReport{TxCount: on.TxCountGlobal}
		if ex, ok := e.emptiedExit(ctx, chain.ChannelKey{Hub: hub, User: user}); ok { // an exit run again: what it paid
			rep.Payouts = payoutsOf(ex, chain.ChannelKey{Hub: hub, User: user})
		}
		return rep, nil
	}
	if err := e.revealIncoming(ctx, r.Locks, r.State.Hub == e.me); err != nil {
		return ExitReport{}, err
	}
	if on.Status == chain.StatusOpen {
		err := e.startExit(ctx, r, on)
		if err != nil && !strings.Contains(err.Error(), "ChannelNotOpen") { // else the other side started one first
			_ = e.query(context.Background(), func() { // nothing happened on-chain: the channel goes on
				if ch := e.channels[peer]; ch != nil && !e.watch.view.exited[chain.ChannelKey{Hub: r.State.Hub, User: r.State.User}] {
					e.setExiting(ch, false)
				}
			})
			return ExitReport{}, err
		}
		if on, err = e.cfg.Chain.Channel(ctx, hub, user); err != nil {
			return ExitReport{}, err
		}
	}
	if err := e.challengeIfOlder(ctx, r, on); err != nil {
		return ExitReport{}, err
	}
	if on, err = e.cfg.Chain.Channel(ctx, hub, user); err != nil {
		return ExitReport{}, err
	}
	var payouts []Payout
	if on.Status == chain.StatusDispute {
		if err := e.untilChainTime(ctx, on.ClosingTime, "the challenge period"); err != nil {
			return ExitReport{}, err
		}
		e.progress("exit", "challenge period over; emptying the channel")
		rc, err := e.cfg.Chain.EmptyChannel(ctx, hub, user, e.txProgress("exit"))
		recordTx(ctx, "emptyChannel", rc)
		if err != nil && !strings.Contains(err.Error(), "ChannelNotInDispute") { // the other side emptied it first
			return ExitReport{}, fmt.Errorf("emptyChannel: %w", err)
		}
		if err == nil {
			payouts = emptiedPayouts(on, hub, user)
		}
		if on, err = e.cfg.Chain.Channel(ctx, hub, user); err != nil {
			return ExitReport{}, err
		}
	}
	rep := ExitReport{TxCount: on.TxCountGlobal, Payouts: payouts}
	if payouts == nil {
		if ex, ok := e.emptiedExit(ctx, chain.ChannelKey{Hub: hub, User: user}); ok {
			rep.Payouts = payoutsOf(ex, chain.ChannelKey{Hub: hub, User: user})
		}
	}
	if on.Status == chain.StatusSettling && on.ThreadCount > 0 {
		if err := e.settleThreads(ctx, hub, user, on, threadSets, &rep); err != nil {
			return rep, err
		}
	}
	if on.LockedWei.Sign() == 0 && on.LockedToken.Sign() == 0 {
		return rep, nil
	}
	root := on.LockRoot
	var locks []state.Lock
	for _, c := range candidates {
		if state.LockRoot(c) == root {
			locks = c
		}
	}
	if locks == nil {
		return rep, fmt.Errorf("%w: the channel closed with lock root %s, which no state this node stored has", ErrExitLocks, root)
	}
	return e.resolveLocks(ctx, hub, user, locks, rep)
}

// challengeIfOlder challenges a running exit with r if r is newer than the exiting state and the
// challenge period is not over.
func (e *Engine) challengeIfOlder(ctx context.Context, r state.Record, on chain.OnChain) error {
	if on.Status != chain.StatusDispute || on.TxCountGlobal >= r.State.TxCountGlobal {
		return nil
	}
	now, err := e.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	if now >= on.ClosingTime {
		e.log.Warn("node: an exit with an older state is past its challenge period", "state", on.TxCountGlobal,
			"latest", r.State.TxCountGlobal)
		return nil
	}
	e.progress("exit", fmt.Sprintf("an exit with state %d is running; challenging it with state %d", on.TxCountGlobal, r.State.TxCountGlobal))
	rc, err := e.cfg.Chain.Challenge(ctx, &r.State, r.SigHub, r.SigUser, e.txProgress("exit"))
	recordTx(ctx, "challenge", rc)
	if err == nil || strings.Contains(err.Error(), "ChallengePeriodOver") {
		return nil
	}
	// Someone (the counterparty, a tower) may have challenged with this state or a newer one first.
	if now, cerr := e.cfg.Chain.Channel(ctx, r.State.Hub, r.State.User); cerr == nil && now.TxCountGlobal >= r.State.TxCountGlobal {
		return nil
	}
	return fmt.Errorf("challenge: %w", err)
}

// startExit puts r on-chain as the exiting state, or starts an exit with the chain's own state if r is
// not newer.
func (e *Engine) startExit(ctx context.Context, r state.Record, on chain.OnChain) error {
	if r.State.TxCountGlobal > on.TxCountGlobal {
		e.progress("exit", fmt.Sprintf("starting an exit with state %d", r.State.TxCountGlobal))
		rc, err := e.cfg.Chain.StartExitWithUpdate(ctx, &r.State, r.SigHub, r.SigUser, e.txProgress("exit"))
		recordTx(ctx, "startExitWithUpdate", rc)
		if err != nil {
			return fmt.Errorf("startExitWithUpdate: %w", err)
		}
		return nil
	}
	e.progress("exit", fmt.Sprintf("starting an exit with the state on-chain (%d)", on.TxCountGlobal))
	rc, err := e.cfg.Chain.StartExit(ctx, r.State.Hub, r.State.User, e.txProgress("exit"))
	recordTx(ctx, "startExit", rc)
	if err != nil {
		return fmt.Errorf("startExit: %w", err)
	}
	return nil
}

// revealIncoming reveals on-chain the preimages of the locks paid to this node that it holds and that
// have not expired, so that they resolve to it.
func (e *Engine) revealIncoming(ctx context.Context, locks []state.Lock, hubSide bool) error {
	now, err := e.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	for _, l := range locks {
		if l.ToUser == hubSide || l.Expiry < now { // sent by this node, or past
			continue
		}
		p, err := e.cfg.Store.Preimage(ctx, l.Hashlock)
		if errors.Is(err, state.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if at, err := e.cfg.Chain.Revealed(ctx, l.Hashlock); err != nil || at != 0 {
			if err != nil {
				return err
			}
			continue
		}
		e.progress("exit", fmt.Sprintf("revealing the preimage of received lock %d", l.ID))
		rc, err := e.cfg.Chain.RevealPreimage(ctx, p, e.txProgress("exit"))
		recordTx(ctx, "revealPreimage", rc)
		if err != nil {
			return fmt.Errorf("revealPreimage: %w", err)
		}
	}
	return nil
}

// resolveLocks resolves each of the emptied channel's locks that can be now.
func (e *Engine) resolveLocks(ctx context.Context, hub, user common.Address, locks []state.Lock, rep ExitReport) (ExitReport, error) {
	tree := state.NewMerkleTree(state.LockLeaves(locks))
	now, err := e.cfg.Chain.Now(ctx)
	if err != nil {
		return rep, err
	}
	for _, l := range locks {
		revealed, err := e.cfg.Chain.Revealed(ctx, l.Hashlock)
		if err != nil {
			return rep, err
		}
		if (revealed == 0 || revealed > l.Expiry) && now <= l.Expiry {
			rep.Unresolved = append(rep.Unresolved, l)
			continue
		}
		proof, err := tree.Proof(l.Leaf())
		if err != nil {
			return rep, err
		}
		e.progress("exit", fmt.Sprintf("resolving lock %d", l.ID))
		rc, err := e.cfg.Chain.ResolveLock(ctx, hub, user, &l, proof, e.txProgress("exit"))
		recordTx(ctx, "resolveLock", rc)
		if err != nil && !strings.Contains(err.Error(), "LockAlreadyResolved") {
			return rep, fmt.Errorf("resolveLock %d: %w", l.ID, err)
		}
		if err == nil {
			rep.Payouts = append(rep.Payouts, lockPayout(l, hub, user, revealed))
		}
		rep.Resolved = append(rep.Resolved, l)
	}
	return rep, nil
}

// untilChainTime waits until the chain's latest block is past t, reporting the wait as progress.
func (e *Engine) untilChainTime(ctx context.Context, t uint64, what string) error {
	last := uint64(0)
	for {
		now, err := e.cfg.Chain.Now(ctx)
		if err != nil {
			return err
		}
		if now >= t {
			return nil
		}
		if left := t - now; last == 0 || last-left >= 60 || left < 60 && last >= 60 {
			e.progress("exit", fmt.Sprintf("waiting for %s to end: %d s of chain time left", what, left))
			last = left
		}
		select {
		case <-time.After(exitPoll):
		case <-ctx.Done():
			return fmt.Errorf("%w (waiting for %s; run the exit again to go on)", ctx.Err(), what)
		}
	}
}
