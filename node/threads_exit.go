package node

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"spoke/contracts/chain"
	"spoke/protocol"
	"spoke/state"
)

// Threads on-chain (docs/threads.md, ADR 13): once a channel with open threads is emptied, each thread
// still holds its funds in the contract until the thread's dispute record settles it. The record is the
// thread's, shared by its two channels (the sender's and the receiver's): it starts from the thread's
// initial state, proven against a channel's final thread root, and holds one state, which a later state
// the sender signed replaces within the record's challenge period; each channel joins the record in its
// own dispute and, once the period is over, is emptied by it: the channel's user gets its side, the hub's
// reserve the other. A node settles every thread of a channel it exits: it puts forward the latest state
// it holds when it is the thread's receiver or its hub (the hub holds the receiver's close, if any); the
// sender starts from the initial state, which is the best it can claim. The receiver and the hub also
// answer a record started from the thread's other channel (onThreadEvent).

// ErrExitThreads reports an emptied channel whose thread root no thread set this node stored has.
var ErrExitThreads = errors.New("node: the channel closed with threads this node does not know")

// settleThreads takes each thread of the emptied channel (hub, user) through its dispute and empties it,
// waiting out the challenge periods. sets are the thread sets the channel may have closed with.
func (e *Engine) settleThreads(ctx context.Context, hub, user common.Address, on chain.OnChain,
	sets [][]state.SignedThread, rep *ExitReport) error {
	var threads []state.SignedThread
	for _, s := range sets {
		if len(s) > 0 && state.ThreadRoot(state.Initials(s)) == on.ThreadRoot {
			threads = s
		}
	}
	if threads == nil {
		return fmt.Errorf("%w: thread root %s", ErrExitThreads, on.ThreadRoot)
	}
	tree := state.NewMerkleTree(threadLeaves(threads))
	recs, err := e.cfg.Store.Threads(ctx)
	if err != nil {
		return err
	}
	for i := range threads {
		if err := e.disputeThread(ctx, hub, user, &threads[i], tree, recs); err != nil {
			return err
		}
	}
	for i := range threads {
		d, err := e.emptyThread(ctx, hub, user, &threads[i].State)
		if err != nil {
			return err
		}
		settled := d.Of(threads[i].State)
		rep.Threads = append(rep.Threads, settled)
		if err := e.threadSettled(ctx, threads[i], settled); err != nil {
			return err
		}
	}
	return nil
}

// emptyThread waits out the challenge period of the record of the thread of initial state s, empties the
// thread in channel (hub, user) unless it is already, and returns the record it settled by.
func (e *Engine) emptyThread(ctx context.Context, hub, user common.Address, s *state.ThreadState) (chain.ThreadDispute, error) {
	d, err := e.cfg.Chain.Thread(ctx, s)
	if err != nil {
		return d, err
	}
	mark, err := e.cfg.Chain.ThreadMark(ctx, hub, user, s)
	if err != nil || mark == chain.ThreadMarkEmptied {
		return d, err
	}
	if err := e.untilChainTime(ctx, d.ClosingTime, fmt.Sprintf("thread %d's challenge period", s.ThreadID)); err != nil {
		return d, err
	}
	e.progress("exit", fmt.Sprintf("emptying thread %d", s.ThreadID))
	rc, eerr := e.cfg.Chain.EmptyThread(ctx, hub, user, s, e.txProgress("exit"))
	recordTx(ctx, "emptyThread", rc)
	if d, err = e.cfg.Chain.Thread(ctx, s); err != nil {
		return d, err
	}
	if mark, err = e.cfg.Chain.ThreadMark(ctx, hub, user, s); err != nil {
		return d, err
	}
	if eerr != nil && mark != chain.ThreadMarkEmptied { // else the other side emptied it first
		return d, fmt.Errorf("emptyThread %d: %w", s.ThreadID, eerr)
	}
	e.noteThreadSettled(s, d)
	return d, nil
}

// threadLeaves are the merkle leaves of a thread set.
func threadLeaves(threads []state.SignedThread) []common.Hash {
	leaves := make([]common.Hash, len(threads))
	for i := range threads {
		leaves[i] = threads[i].State.StructHash()
	}
	return leaves
}

// threadClaim is the state this node puts forward for the thread of initial state th: the latest state
// it stored for the thread when it is the thread's receiver or hub (the side that gains from later states
// in some channel); otherwise, as the sender, the initial state.
func (e *Engine) threadClaim(th *state.SignedThread, recs []state.ThreadRecord) state.SignedThread {
	best := *th
	if e.me == th.State.Sender {
		return best
	}
	for _, r := range recs {
		if r.Initial.State == th.State && protocol.ThreadPaysMore(&r.Latest.State, &best.State) {
			best = r.Latest
		}
	}
	return best
}

// disputeThread joins channel (hub, user) to the record of thread th (starting it if neither channel has)
// with this node's claim, and challenges the record with the claim if it holds less.
func (e *Engine) disputeThread(ctx context.Context, hub, user common.Address, th *state.SignedThread, tree *state.MerkleTree,
	recs []state.ThreadRecord) error {
	s := &th.State
	mark, err := e.cfg.Chain.ThreadMark(ctx, hub, user, s)
	if err != nil || mark == chain.ThreadMarkEmptied {
		return err
	}
	claim := e.threadClaim(th, recs)
	if mark == chain.ThreadMarkNone {
		proof, err := tree.Proof(s.StructHash())
		if err != nil {
			return err
		}
		if !protocol.ThreadPaysMore(&claim.State, s) {
			e.progress("exit", fmt.Sprintf("joining thread %d's dispute with its initial state", s.ThreadID))
			var rc chain.Receipt
			rc, err = e.cfg.Chain.StartExitThread(ctx, hub, user, th, proof, e.txProgress("exit"))
			recordTx(ctx, "startExitThread", rc)
		} else {
			e.progress("exit", fmt.Sprintf("joining thread %d's dispute with state %d", s.ThreadID, claim.State.TxCount))
			var rc chain.Receipt
			rc, err = e.cfg.Chain.StartExitThreadWithUpdate(ctx, hub, user, th, proof, &claim, e.txProgress("exit"))
			recordTx(ctx, "startExitThreadWithUpdate", rc)
		}
		if err != nil && !strings.Contains(err.Error(), "ThreadAlreadyInDispute") { // else the channel's other party joined first
			return fmt.Errorf("thread %d: %w", s.ThreadID, err)
		}
	}
	return e.challengeThread(ctx, s, claim)
}

// challengeThread challenges the record of the thread of initial state s with claim if the record holds
// a state paying the receiver less and its challenge period is open.
func (e *Engine) challengeThread(ctx context.Context, s *state.ThreadState, claim state.SignedThread) error {
	d, err := e.cfg.Chain.Thread(ctx, s)
	if err != nil || !d.Started() {
		return err
	}
	if held := d.Of(*s); !protocol.ThreadPaysMore(&claim.State, &held) {
		return nil // the record holds this node's claim, or one paying the receiver more
	}
	now, err := e.cfg.Chain.Now(ctx)
	if err != nil {
		return err
	}
	if now >= d.ClosingTime {
		e.log.Warn("node: a thread dispute with an older state is past its challenge period", "thread", s.ThreadID,
			"state", d.TxCount, "latest", claim.State.TxCount)
		return nil
	}
	e.progress("exit", fmt.Sprintf("thread %d's dispute runs with state %d; challenging it with state %d", s.ThreadID,
		d.TxCount, claim.State.TxCount))
	rc, err := e.cfg.Chain.ChallengeThread(ctx, s, &claim, e.txProgress("exit"))
	recordTx(ctx, "challengeThread", rc)
	if err != nil && !strings.Contains(err.Error(), "ChallengePeriodOver") && !strings.Contains(err.Error(), "InvalidThreadState") {
		return fmt.Errorf("challengeThread %d: %w", s.ThreadID, err) // InvalidThreadState: a better one came first
	}
	return nil
}
