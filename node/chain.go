package node

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/protocol"
	"spoke/state"
)

// chainPoll is how often an on-chain operation checks whether the engine has seen its effect.
const chainPoll = 20 * time.Millisecond

// chainView is what the engine knows of the chain: confirmed events of its channels, folded. It is owned
// by the loop.
type chainView struct {
	deposited map[chain.ChannelKey][2]uint256.Int       // cumulative direct deposits (wei, token)
	count     map[chain.ChannelKey]uint64               // txCountChain applied on-chain
	exiting   map[chain.ChannelKey]bool                 // an exit started and the channel has not reopened
	exited    map[chain.ChannelKey]bool                 // an exit started once: the off-chain channel is over
	emptied   map[chain.ChannelKey]chain.ChannelEmptied // the last emptying of an exited channel: its payouts
}

func newChainView() *chainView {
	return &chainView{deposited: map[chain.ChannelKey][2]uint256.Int{}, count: map[chain.ChannelKey]uint64{},
		exiting: map[chain.ChannelKey]bool{}, exited: map[chain.ChannelKey]bool{},
		emptied: map[chain.ChannelKey]chain.ChannelEmptied{}}
}

// apply folds one confirmed event into the view.
func (v *chainView) apply(ev chain.Event) {
	switch ev := ev.(type) {
	case chain.Deposited:
		d := v.deposited[ev.ChannelKey]
		d[0].Add(&d[0], &ev.Wei)
		d[1].Add(&d[1], &ev.Token)
		v.deposited[ev.ChannelKey] = d
	case chain.ChannelUpdated:
		v.count[ev.ChannelKey] = max(v.count[ev.ChannelKey], ev.TxCountChain)
	case chain.ExitStarted:
		v.exiting[ev.ChannelKey], v.exited[ev.ChannelKey] = true, true
	case chain.ChannelReopened:
		delete(v.exiting, ev.ChannelKey)
	case chain.ChannelEmptied:
		v.emptied[ev.ChannelKey] = ev
	}
}

// resumeExits follows through, after a start, the exits of this node's channels that were under way
// when it stopped (they were seen before the stored position, so the watcher does not show them again).
func (e *Engine) resumeExits() {
	for k := range e.watch.view.exiting {
		e.onExit(k, common.Address{}, 0)
	}
}

// watchChain feeds the manager's confirmed events from block from on to the loop until ctx ends. A
// watcher that fails is restarted after a pause from the block it reached.
func (e *Engine) watchChain(ctx context.Context, from uint64) {
	for ctx.Err() == nil {
		events, errs := e.cfg.Chain.Watch(ctx, from, chain.WithSynced())
		for ev := range events {
			from = ev.Block()
			select {
			case e.watch.events <- ev:
			case <-ctx.Done():
				return
			case <-e.done:
				return
			}
		}
		if err := <-errs; err != nil {
			e.log.Error("node: chain watcher failed; restarting", "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
		}
	}
}

// onChainEvent folds a confirmed event of one of this node's channels into the chain view, and passes on
// thread events of any channel to onThreadEvent.
func (e *Engine) onChainEvent(ev chain.Event) {
	switch ev := ev.(type) {
	case chain.PreimageRevealed:
		e.onPreimageRevealed(ev)
		return
	case chain.Synced:
		if ev.Time > e.watch.time.Load() {
			e.watch.time.Store(ev.Time)
		}
		return
	case chain.ThreadChallenged: // the thread's record, in no channel
		e.onThreadEvent(ev.Hub, ev.ThreadKey, nil, ev.Tx(), false)
		return
	}
	ce, ok := ev.(chain.ChannelEvent)
	if !ok {
		return
	}
	k := ce.Channel()
	if _, mine := e.counterparty(k.Hub, k.User); !mine {
		e.onOthersThreadEvent(ev) // a thread of this node's may settle in another's channel
		return
	}
	if e.watch.seen && !e.watch.pos.Before(ev.Position()) {
		return // a restarted watcher delivers its last block again
	}
	e.watch.seen, e.watch.pos, e.watch.dirty = true, ev.Position(), true
	e.watch.view.apply(ev)
	switch ev := ev.(type) {
	case chain.ExitStarted:
		e.onExit(k, ev.Initiator, ev.TxCountGlobal)
	case chain.ExitChallenged:
		e.onExit(k, ev.Challenger, ev.TxCountGlobal)
	case chain.ThreadsNuked:
		e.onThreadsNuked(k, ev)
	default:
		e.onOthersThreadEvent(ev)
	}
}

// onOthersThreadEvent passes on the thread events of a channel: the thread's record is shared by its two
// channels, so it concerns whoever holds the thread, whatever channel the event comes from.
func (e *Engine) onOthersThreadEvent(ev chain.Event) {
	switch ev := ev.(type) {
	case chain.ThreadExitStarted:
		e.onThreadEvent(ev.Hub, ev.ThreadKey, &ev.ChannelKey, ev.Tx(), false)
	case chain.ThreadEmptied:
		e.onThreadEvent(ev.Hub, ev.ThreadKey, &ev.ChannelKey, ev.Tx(), true)
	}
}

// onPreimageRevealed lets a hub claim upstream what a recipient claims on-chain: a preimage revealed
// on-chain for a payment the hub forwarded settles the payer's lock with it (stored first, like any
// learned preimage, so a restart settles it too).
func (e *Engine) onPreimageRevealed(pr chain.PreimageRevealed) {
	fw := e.forwards.hash(pr.Hashlock)
	pre := [32]byte(pr.Preimage)
	if e.cfg.Role != Hub || fw == nil || state.Hashlock(pre) != pr.Hashlock {
		return
	}
	e.log.Info("node: preimage revealed on-chain; settling the payer's lock with it", "hashlock", pr.Hashlock, "payer", fw.up.peer)
	e.claimedOnChain(fw)
	e.forwards.remove(fw)
	e.forgetLink(pr.Hashlock, fw.up)
	e.cur.addPreimage(pre)
	e.settleUpstream(fw, pre)
}

// onExit handles an exit of one of this node's channels on-chain, with the state of nonce txCount: the
// channel takes no more updates, and unless this node runs the exit already, it follows it through in
// the background (ExitChannel): it challenges with its latest double-signed state if that is newer (the
// counterparty may have started the exit with an old state that pays it more), waits out the challenge
// period, empties the channel and resolves the locks it can, so its funds do not wait on the other side.
func (e *Engine) onExit(k chain.ChannelKey, by common.Address, txCount uint64) {
	peer, _ := e.counterparty(k.Hub, k.User)
	ch, ok := e.channels[peer]
	if !ok || ch.exitRunning {
		return
	}
	e.setExiting(ch, true)
	latest := ch.ch.Latest.State.TxCountGlobal
	e.log.Warn("node: channel exiting on-chain; following the exit through", "peer", peer, "by", by,
		"state", txCount, "latest", latest)
	ctx := e.runCtx
	go func() {
		if _, err := e.exitChannel(ctx, peer, true); err != nil && ctx.Err() == nil && !errors.Is(err, ErrExitRunning) {
			e.log.Error("node: following the channel's exit failed", "peer", peer, "err", err)
		}
	}()
}

// chainDeposits is Config.Deposits for an engine that watches the chain.
func (e *Engine) chainDeposits(hub, user common.Address) [2]uint256.Int {
	return e.watch.view.deposited[chain.ChannelKey{Hub: hub, User: user}]
}

// chainCount is Config.ChainCount for an engine that watches the chain.
func (e *Engine) chainCount(hub, user common.Address) uint64 {
	return e.watch.view.count[chain.ChannelKey{Hub: hub, User: user}]
}

// query runs f in the loop and returns when it has.
func (e *Engine) query(ctx context.Context, f func()) error {
	done := make(chan struct{})
	c := &cmd{ctx: ctx, inspect: func() { f(); close(done) }}
	if err := e.submit(c); err != nil {
		return err
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-e.done:
		return ErrStopped
	}
}

// waitChain polls until cond, run in the loop, holds.
func (e *Engine) waitChain(ctx context.Context, cond func() bool) error {
	for {
		ok := false
		if err := e.query(ctx, func() { ok = cond() }); err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-time.After(chainPoll):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Latest returns this node's latest double-signed state with peer, and its open locks.
func (e *Engine) Latest(ctx context.Context, peer common.Address) (state.Record, error) {
	var r state.Record
	err := e.onChannel(ctx, peer, func(ch *channel) { r = ch.record() })
	return r, err
}

// Channels returns this node's latest double-signed state with each of its peers, with their open locks,
// in no particular order.
func (e *Engine) Channels(ctx context.Context) ([]state.Record, error) {
	var rs []state.Record
	err := e.query(ctx, func() {
		for _, ch := range e.channels {
			rs = append(rs, ch.record())
		}
	})
	return rs, err
}

// CollateralPolicy returns the hub's autocollateral policy.
func (e *Engine) CollateralPolicy() CollateralPolicy { return *e.cfg.Collateral }

// requireChain fails unless the engine has a chain adapter.
func (e *Engine) requireChain() error {
	if e.cfg.Chain == nil {
		return fmt.Errorf("%w: no chain configured", ErrNotSupported)
	}
	return nil
}

// Deposit deposits wei and token into this user's channel with its hub on-chain (the contract's
// signature-free deposit; tokens must be approved to the manager), waits until the engine has seen the
// deposit with its confirmations, and credits it with a state the hub countersigns.
func (e *Engine) Deposit(ctx context.Context, wei, token uint256.Int) (state.SignedState, error) {
	if e.cfg.Role != User {
		return state.SignedState{}, fmt.Errorf("%w: a hub collateralizes (Collateralize) or deposits into its channel with another hub (DepositTo)", ErrNotSupported)
	}
	return e.DepositTo(ctx, e.cfg.Hub, wei, token)
}

// DepositTo is Deposit into this node's channel with hub, one of its hubs (ConnectHub).
func (e *Engine) DepositTo(ctx context.Context, hub common.Address, wei, token uint256.Int) (state.SignedState, error) {
	if err := e.requireChain(); err != nil {
		return state.SignedState{}, err
	}
	if !e.hubs.has(hub) {
		return state.SignedState{}, fmt.Errorf("%w: %s is not one of this node's hubs", ErrNotMyChannel, hub)
	}
	if wei.IsZero() && token.IsZero() {
		return state.SignedState{}, fmt.Errorf("%w: nothing to deposit", protocol.ErrZeroAmount)
	}
	k := chain.ChannelKey{Hub: hub, User: e.me}
	var before [2]uint256.Int
	var exited bool
	if err := e.query(ctx, func() {
		before, exited = e.watch.view.deposited[k], e.watch.view.exited[k]
		if ch := e.channels[hub]; ch != nil && ch.exiting {
			exited = true
		}
	}); err != nil {
		return state.SignedState{}, err
	}
	if exited {
		// Checked before the transaction: a deposit into an exited channel would sit in the contract
		// uncredited, since the channel takes no more updates.
		return state.SignedState{}, fmt.Errorf("%w: nothing was sent; withdraw what the exit paid out, or open a channel with another hub", ErrExiting)
	}
	e.progress("deposit", "sending the deposit transaction")
	if _, err := e.cfg.Chain.Deposit(ctx, hub, e.me, wei.ToBig(), token.ToBig(), e.txProgress("deposit")); err != nil {
		return state.SignedState{}, fmt.Errorf("on-chain deposit: %w", err)
	}
	e.progress("deposit", "deposit confirmed on-chain; asking the hub to credit it")
	want0, want1 := new(uint256.Int).Add(&before[0], &wei), new(uint256.Int).Add(&before[1], &token)
	err := e.waitChain(ctx, func() bool {
		d := e.watch.view.deposited[k]
		return !d[0].Lt(want0) && !d[1].Lt(want1)
	})
	if err != nil {
		return state.SignedState{}, fmt.Errorf("waiting for the deposit's confirmations: %w", err)
	}
	credit := protocol.Credit{Wei: wei, Token: token}
	return e.untilPeerSees(ctx, hub, protocol.ErrCreditExceedsDeposits, credit)
}

// untilPeerSees proposes updates until the peer stops refusing them with lag (its view of the chain is
// behind this node's: every node watches the chain on its own).
func (e *Engine) untilPeerSees(ctx context.Context, peer common.Address, lag error, updates ...protocol.Update) (state.SignedState, error) {
	for {
		s, err := e.Update(ctx, peer, updates...)
		if err == nil || !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), lag.Error()) {
			return s, err
		}
		select {
		case <-time.After(chainPoll):
		case <-ctx.Done():
			return state.SignedState{}, ctx.Err()
		}
	}
}

// Withdraw withdraws wei and token of this user's balance to recipient: a state with the pending
// withdrawal that the hub countersigns, applied on-chain by this user (userAuthorizedUpdate), then
// confirmed off-chain once both sides have seen it applied. It returns the confirming state.
func (e *Engine) Withdraw(ctx context.Context, wei, token uint256.Int, recipient common.Address) (state.SignedState, error) {
	if err := e.requireChain(); err != nil {
		return state.SignedState{}, err
	}
	if e.cfg.Role != User {
		return state.SignedState{}, fmt.Errorf("%w: a hub withdraws from its reserve, or from a channel with another hub (WithdrawFrom)", ErrNotSupported)
	}
	return e.withdraw(ctx, e.cfg.Hub, protocol.Withdraw{UserWei: wei, UserToken: token, Recipient: recipient})
}

// WithdrawFrom is Withdraw from this node's channel with hub, one of its hubs (ConnectHub).
func (e *Engine) WithdrawFrom(ctx context.Context, hub common.Address, wei, token uint256.Int, recipient common.Address) (state.SignedState, error) {
	if err := e.requireChain(); err != nil {
		return state.SignedState{}, err
	}
	if !e.hubs.has(hub) {
		return state.SignedState{}, fmt.Errorf("%w: %s is not one of this node's hubs", ErrNotMyChannel, hub)
	}
	return e.withdraw(ctx, hub, protocol.Withdraw{UserWei: wei, UserToken: token, Recipient: recipient})
}

// WithdrawSelling is Withdraw that first sells sell tokens to the hub for wei at its quoted rate (rounded
// down), in the same state, and withdraws the proceeds on top of wei.
func (e *Engine) WithdrawSelling(ctx context.Context, wei, token, sell uint256.Int, recipient common.Address) (state.SignedState, error) {
	if err := e.requireChain(); err != nil {
		return state.SignedState{}, err
	}
	if e.cfg.Role != User {
		return state.SignedState{}, fmt.Errorf("%w: a hub withdraws from its reserve", ErrNotSupported)
	}
	r, err := e.Quote(ctx)
	if err != nil {
		return state.SignedState{}, err
	}
	x, err := exchangeAt(r, false, sell)
	if err != nil {
		return state.SignedState{}, err
	}
	if err := e.hubCanPay(ctx, x); err != nil {
		return state.SignedState{}, err
	}
	total, over := new(uint256.Int).AddOverflow(&wei, &x.Wei)
	if over {
		return state.SignedState{}, fmt.Errorf("%w: withdrawal overflows", ErrBadExchange)
	}
	return e.withdraw(ctx, e.cfg.Hub, x, protocol.Withdraw{UserWei: *total, UserToken: token, Recipient: recipient})
}

// withdraw proposes updates ending with the user's withdrawal w (its timeout set here), applies the
// countersigned state on-chain and confirms it.
func (e *Engine) withdraw(ctx context.Context, hub common.Address, updates ...protocol.Update) (state.SignedState, error) {
	e.progress("withdraw", "asking the hub to countersign the withdrawal")
	s, err := e.whenSettled(ctx, "withdraw", hub, func() []protocol.Update {
		w := updates[len(updates)-1].(protocol.Withdraw)
		w.Timeout = e.chainNow() + e.cfg.PendingTimeout
		updates[len(updates)-1] = w
		return updates
	})
	if err != nil {
		return state.SignedState{}, err
	}
	e.progress("withdraw", fmt.Sprintf("state %d signed by both; sending it on-chain", s.State.TxCountGlobal))
	if _, err := e.cfg.Chain.UserAuthorizedUpdate(ctx, &s.State, s.SigHub, e.txProgress("withdraw")); err != nil {
		return state.SignedState{}, fmt.Errorf("on-chain withdrawal of state %d: %w", s.State.TxCountGlobal, err)
	}
	e.progress("withdraw", "withdrawal confirmed on-chain; confirming it off-chain with the hub")
	return e.confirm(ctx, hub, &s.State)
}

// Collateralize moves wei and token from this hub's reserve into its side of the channel with user: a
// state with the pending hub deposit that the user countersigns, applied on-chain by the hub
// (hubAuthorizedUpdate), then confirmed off-chain. It returns the confirming state.
func (e *Engine) Collateralize(ctx context.Context, user common.Address, wei, token uint256.Int) (state.SignedState, error) {
	if err := e.requireChain(); err != nil {
		return state.SignedState{}, err
	}
	if e.cfg.Role != Hub {
		return state.SignedState{}, fmt.Errorf("%w: only a hub collateralizes", ErrNotSupported)
	}
	e.progress("collateral", "asking the user to countersign the collateral")
	s, err := e.whenSettled(ctx, "collateral", user, func() []protocol.Update {
		return []protocol.Update{protocol.Collateral{Wei: wei, Token: token, Timeout: e.chainNow() + e.cfg.PendingTimeout}}
	})
	if err != nil {
		return state.SignedState{}, err
	}
	e.progress("collateral", fmt.Sprintf("state %d signed by both; sending it on-chain", s.State.TxCountGlobal))
	if _, err := e.cfg.Chain.HubAuthorizedUpdate(ctx, &s.State, s.SigUser, e.txProgress("collateral")); err != nil {
		return state.SignedState{}, fmt.Errorf("on-chain collateral of state %d: %w", s.State.TxCountGlobal, err)
	}
	e.progress("collateral", "collateral confirmed on-chain; confirming it off-chain with the user")
	return e.confirm(ctx, user, &s.State)
}

// whenSettled proposes the updates build makes once the channel has no pending on-chain operation (an
// earlier one, e.g. the hub's automatic collateral, must be confirmed first), retrying until ctx ends.
func (e *Engine) whenSettled(ctx context.Context, op string, peer common.Address, build func() []protocol.Update) (state.SignedState, error) {
	for {
		s, err := e.Update(ctx, peer, build()...)
		if !errors.Is(err, protocol.ErrPendingOutstanding) {
			return s, err
		}
		e.log.Info("node: waiting for the channel's pending on-chain operation to be confirmed", "peer", peer)
		e.progress(op, "waiting for the channel's earlier on-chain operation to be confirmed")
		select {
		case <-time.After(chainPoll * 5):
		case <-ctx.Done():
			return state.SignedState{}, fmt.Errorf("%w (waiting for the channel's pending operation)", ctx.Err())
		}
	}
}

// progress tells subscribers that op moved on to stage.
func (e *Engine) progress(op, stage string) {
	e.events.publish(Event{Kind: EventProgress, Op: op, Stage: stage})
}

// txProgress reports a transaction's way to its confirmations as op's progress.
func (e *Engine) txProgress(op string) chain.CallOption {
	return chain.WithProgress(func(p chain.Progress) {
		stage := "transaction sent; waiting for it to be mined"
		if p.Mined {
			p.Confirmations = min(p.Confirmations, p.Needed) // polled late, the head may be well past
			stage = fmt.Sprintf("transaction mined; %d of %d confirmations", p.Confirmations, p.Needed)
		}
		e.events.publish(Event{Kind: EventProgress, Op: op, Stage: stage, TxHash: p.TxHash,
			Confirmations: p.Confirmations, Needed: p.Needed})
	})
}

// confirm waits until this engine has seen s applied on-chain, then proposes Confirm until the peer,
// which checks its own view of the chain, accepts it.
func (e *Engine) confirm(ctx context.Context, peer common.Address, s *state.ChannelState) (state.SignedState, error) {
	k := chain.ChannelKey{Hub: s.Hub, User: s.User}
	if err := e.waitChain(ctx, func() bool { return e.watch.view.count[k] >= s.TxCountChain }); err != nil {
		return state.SignedState{}, fmt.Errorf("waiting for state %d on-chain: %w", s.TxCountGlobal, err)
	}
	return e.untilPeerSees(ctx, peer, ErrNotOnChain, protocol.Confirm{})
}

// resumePending finishes, after a start, what a stop interrupted in a channel with pending on-chain
// operations: if the chain shows the state applied, Confirm it; if this node is the one that applies it
// (the hub for its collateral or withdrawal, the user for its withdrawal) and it is not applied yet,
// submit it again and confirm. It runs in the background, one operation per channel.
func (e *Engine) resumePending() {
	if e.cfg.Chain == nil {
		return
	}
	for _, ch := range e.channels {
		s := ch.ch.Latest
		p := &s.State.Pending
		if p.IsZero() || e.coll.running[ch.peer] != "" {
			continue
		}
		userOps := !p.WithdrawalWeiUser.IsZero() || !p.WithdrawalTokenUser.IsZero() || !p.DepositWeiUser.IsZero() || !p.DepositTokenUser.IsZero()
		mine := userOps == !ch.hubSide
		hubSide := ch.hubSide
		peer := ch.peer
		e.background(peer, "resume", func(ctx context.Context) error {
			onChain, err := e.cfg.Chain.TxCountChain(ctx, s.State.Hub, s.State.User) // the watcher may lag
			if err != nil {
				return err
			}
			applied := onChain >= s.State.TxCountChain
			if !applied && mine {
				var err error
				if hubSide {
					_, err = e.cfg.Chain.HubAuthorizedUpdate(ctx, &s.State, s.SigUser)
				} else {
					_, err = e.cfg.Chain.UserAuthorizedUpdate(ctx, &s.State, s.SigHub)
				}
				if err != nil {
					return fmt.Errorf("resubmit state %d: %w", s.State.TxCountGlobal, err)
				}
			}
			if !applied && !mine {
				return nil // the counterparty applies it (or it times out)
			}
			_, err = e.confirm(ctx, peer, &s.State)
			return err
		})
	}
}
