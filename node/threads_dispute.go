package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/state"
)

// A thread's owner settles it on-chain when the hub does not close it (it refuses, or is gone) or the
// other party vanished: DisputeThread exits the channel holding it, whose exit settles every thread of
// the channel (threads_exit.go); NukeThreads reaches the escape hatch for thread disputes nobody
// finishes. A thread settled either way is closed in the node's book and store (its record's status
// ThreadClosed), although the channel's last state still holds it, and is reported as an event.

// Errors of thread disputes.
var (
	ErrThreadClosed = errors.New("node: the thread is closed already: nothing of it is left to settle on-chain")
	// ErrNukeTooEarly: the contract takes nukeThreads only NukeDelay after the channel's exit.
	ErrNukeTooEarly = errors.New("node: too early to nuke the channel's threads")
	// ErrNothingToNuke: the channel holds no thread funds on-chain for a nuke to release.
	ErrNothingToNuke = errors.New("node: nothing to nuke")
)

// ThreadDispute is what DisputeThread did: the thread as it settled on-chain in this node's channel (the
// count of the state it settled by, each side's share in it), and the exit of that channel, which settled
// it with the channel's other threads.
type ThreadDispute struct {
	Settled state.ThreadState
	Exit    ExitReport
}

// DisputeThread settles the thread (hub, key) on-chain. The thread lives in this node's channel with hub,
// so it exits that channel (ExitChannel): the latest double-signed state goes on-chain, the challenge
// period passes, the channel is emptied, then each of its threads goes through its dispute with the best
// state this node holds for it (the latest, on its receiving side), an older one is answered, and it is
// emptied after the thread's challenge period. The channel takes no more updates. Before anything
// happens on-chain it fails with ErrUnknownThread, ErrThreadClosed (closed off-chain or settled already)
// or ErrThreadNotOpen (the channel does not hold the thread). Like Exit, it goes on from where the
// channel is on-chain when called again after an interruption.
func (e *Engine) DisputeThread(ctx context.Context, hub common.Address, key common.Hash) (ThreadDispute, error) {
	t := e.thr.get(threadID{hub, key})
	if t == nil {
		return ThreadDispute{}, fmt.Errorf("%w: %s at hub %s", ErrUnknownThread, key, hub)
	}
	t.mu.Lock()
	closed, in := t.settled || t.closing && !t.inChannel, t.inChannel
	t.mu.Unlock()
	switch {
	case closed:
		return ThreadDispute{}, ErrThreadClosed
	case !in:
		return ThreadDispute{}, fmt.Errorf("%w: this node's channel with the hub does not hold it, so none of it is on-chain",
			ErrThreadNotOpen)
	}
	rep, err := e.ExitChannel(ctx, hub)
	if err != nil {
		return ThreadDispute{Exit: rep}, err
	}
	for _, s := range rep.Threads {
		if s.Hub == hub && s.Key() == key {
			return ThreadDispute{Settled: s, Exit: rep}, nil
		}
	}
	return ThreadDispute{Exit: rep}, fmt.Errorf("node: the exit of the channel with hub %s did not settle thread %s", hub, key)
}

// threadSettled closes, in this node's book and store, the thread initial that an exit of this node's
// channel settled on-chain by settled, and reports it (EventThreadSettled). It leaves alone a thread this
// node is no party of (a hub's exit of a user's channel), and does not report again one it closed
// already (an exit run again goes through the emptied threads again).
func (e *Engine) threadSettled(ctx context.Context, initial state.SignedThread, settled state.ThreadState) error {
	t := e.thr.get(idOf(&initial.State))
	if t == nil {
		return nil
	}
	rec, ok := t.settle(initial.State)
	if !ok {
		return nil
	}
	if err := e.cfg.Store.Commit(context.WithoutCancel(ctx), state.Batch{Threads: []state.ThreadRecord{rec}}); err != nil {
		t.mu.Lock()
		t.settled = false // an exit run again stores it
		t.mu.Unlock()
		return fmt.Errorf("%w: %w", ErrStore, err)
	}
	ev := Event{Kind: EventThreadSettled, Peer: settled.Hub, From: settled.Sender, Thread: settled.Key(), Count: settled.TxCount,
		Wei: settled.WeiSender, Token: settled.TokenSender}
	if settled.Receiver == e.me {
		ev.Wei, ev.Token = settled.WeiReceiver, settled.TokenReceiver
	}
	e.events.publish(ev) // this runs in the exit's goroutine, and the record is stored
	return nil
}

// settle marks t settled on-chain if it is the thread of initial and not marked yet; it returns the record
// to store and whether it marked it.
func (t *thread) settle(initial state.ThreadState) (state.ThreadRecord, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.settled || t.initial.State != initial {
		return state.ThreadRecord{}, false
	}
	t.settled, t.closing = true, true
	t.failQueue(ErrThreadClosing)
	return state.ThreadRecord{Initial: t.initial, Latest: t.latest, Status: state.ThreadClosed}, true
}

// onThreadsNuked closes the threads this node sends or receives in its channel k, whose threads were
// nuked on-chain (their records are stored with the turn), and reports the nuke once stored.
func (e *Engine) onThreadsNuked(k chain.ChannelKey, ev chain.ThreadsNuked) {
	peer, _ := e.counterparty(k.Hub, k.User)
	if ch, ok := e.channels[peer]; ok {
		for _, th := range ch.ch.Threads {
			t := e.thr.get(idOf(&th.State))
			if t == nil {
				continue
			}
			if rec, ok := t.settle(th.State); ok {
				e.cur.batch.Threads = append(e.cur.batch.Threads, rec)
			}
		}
	}
	e.log.Info("node: the channel's threads were nuked on-chain", "peer", peer, "wei", ev.WeiToUser.Dec(), "token",
		ev.TokenToUser.Dec(), "tx", ev.Tx())
	e.publish(Event{Kind: EventThreadsNuked, Peer: peer, Wei: ev.WeiToUser, Token: ev.TokenToUser, TxHash: ev.Tx()})
}

// NukeReport is what NukeThreads did: its transaction, and the funds the channel held for its threads
// when it was sent (read just before), which the contract paid to the channel's user.
type NukeReport struct {
	TxHash     common.Hash
	Wei, Token uint256.Int
}

// NukeThreads reaches the contract's escape hatch for the channel with peer, for thread disputes nobody
// finishes: once NukeDelay has passed since the channel's exit (its closing time), every thread fund the
// channel still holds goes to its user and its threads are forgotten. It does not wait for that: before,
// it fails with ErrNukeTooEarly, saying from when the contract allows it; it fails with ErrNothingToNuke
// for a channel with no thread left to settle on-chain. The threads this node sends or receives in the
// channel close once the watcher sees the nuke (onThreadsNuked).
func (e *Engine) NukeThreads(ctx context.Context, peer common.Address) (NukeReport, error) {
	if err := e.requireChain(); err != nil {
		return NukeReport{}, err
	}
	var hub, user common.Address
	var qerr error
	err := e.query(ctx, func() {
		ch, ok := e.channels[peer]
		if !ok {
			qerr = fmt.Errorf("%w: %s", ErrNotMyChannel, peer)
			return
		}
		hub, user = ch.ch.Latest.State.Hub, ch.ch.Latest.State.User
	})
	if err = errors.Join(err, qerr); err != nil {
		return NukeReport{}, err
	}
	on, err := e.cfg.Chain.Channel(ctx, hub, user)
	if err != nil {
		return NukeReport{}, err
	}
	if err := nukable(on); err != nil {
		return NukeReport{}, err
	}
	if err := e.nukeAllowed(ctx, on); err != nil {
		return NukeReport{}, err
	}
	var rep NukeReport
	rep.Wei.SetFromBig(new(big.Int).Sub(on.WeiTotal, on.LockedWei))
	rep.Token.SetFromBig(new(big.Int).Sub(on.TokenTotal, on.LockedToken))
	e.progress("exit", "nuking the channel's threads")
	r, err := e.cfg.Chain.NukeThreads(ctx, hub, user, e.txProgress("exit"))
	if err != nil {
		return NukeReport{}, fmt.Errorf("nukeThreads: %w", err)
	}
	rep.TxHash = r.TxHash
	return rep, nil
}

// nukable says why a nuke of the channel on is refused, if it is.
func nukable(on chain.OnChain) error {
	switch {
	case on.Status == chain.StatusOpen:
		return fmt.Errorf("%w: the channel is open on-chain, and a nuke is for threads left unsettled after its exit", ErrNothingToNuke)
	case on.Status == chain.StatusDispute:
		return fmt.Errorf("%w yet: the channel's exit is in its challenge period, and its threads settle after it (an exit, or spoke thread dispute, goes on with them)",
			ErrNothingToNuke)
	case on.ThreadCount == 0:
		return fmt.Errorf("%w: every thread of the exited channel is settled", ErrNothingToNuke)
	}
	return nil
}

// nukeAllowed fails with ErrNukeTooEarly, saying when it will be allowed, if the chain's latest block is
// before the time the contract allows the channel's threads to be nuked.
func (e *Engine) nukeAllowed(ctx context.Context, on chain.OnChain) error {
	delay, err := e.cfg.Chain.NukeDelay(ctx)
	if err != nil {
		return err
	}
	now, err := e.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	if at := on.ClosingTime + delay; now < at {
		return fmt.Errorf("%w: the contract allows it from chain time %d (%s), %s after the latest block", ErrNukeTooEarly, at,
			time.Unix(int64(at), 0).UTC().Format(time.RFC3339), time.Duration(at-now)*time.Second)
	}
	return nil
}
