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

// Threads on-chain (docs/threads.md): once a channel with open threads is emptied, each thread still
// holds its funds in the contract until a thread dispute settles it. A thread dispute starts from the
// thread's initial state, proven against the channel's final thread root; within its challenge period a
// later state the sender signed replaces it; then anyone empties it: the channel's user gets its side,
// the hub's reserve the other. A node settles every thread of a channel it exits: the party on a
// thread's receiving side in that channel (the receiver in its own channel, the hub in the sender's)
// puts the latest state it holds; the other side starts from the initial state, which is the best it can
// claim.

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
		s := &threads[i].State
		d, err := e.cfg.Chain.Thread(ctx, hub, user, s.Sender, s.Receiver, s.ThreadID)
		if err != nil {
			return err
		}
		if !d.Emptied {
			if err := e.untilChainTime(ctx, d.ClosingTime, fmt.Sprintf("thread %d's challenge period", s.ThreadID)); err != nil {
				return err
			}
			e.progress("exit", fmt.Sprintf("emptying thread %d", s.ThreadID))
			_, eerr := e.cfg.Chain.EmptyThread(ctx, hub, user, s.Sender, s.Receiver, s.ThreadID, e.txProgress("exit"))
			if d, err = e.cfg.Chain.Thread(ctx, hub, user, s.Sender, s.Receiver, s.ThreadID); err != nil {
				return err
			}
			if eerr != nil && !d.Emptied { // else the other side emptied it first
				return fmt.Errorf("emptyThread %d: %w", s.ThreadID, eerr)
			}
		}
		settled := d.Of(*s)
		rep.Threads = append(rep.Threads, settled)
		if err := e.threadSettled(ctx, threads[i], settled); err != nil {
			return err
		}
	}
	return nil
}

// threadLeaves are the merkle leaves of a thread set.
func threadLeaves(threads []state.SignedThread) []common.Hash {
	leaves := make([]common.Hash, len(threads))
	for i := range threads {
		leaves[i] = threads[i].State.StructHash()
	}
	return leaves
}

// receivingSide reports whether this node is th's receiving side in channel (hub, user): the receiver in
// its channel, or the hub in the sender's. That side gains from later states.
func (e *Engine) receivingSide(user common.Address, th *state.ThreadState) bool {
	return (user == th.Receiver) == (e.me == user)
}

// threadClaim is the state this node puts forward for th in channel (hub, user): on the receiving side,
// the latest state it stored for the thread; otherwise the initial state.
func (e *Engine) threadClaim(user common.Address, th *state.SignedThread, recs []state.ThreadRecord) state.SignedThread {
	best := *th
	if !e.receivingSide(user, &th.State) {
		return best
	}
	for _, r := range recs {
		if r.Initial.State == th.State && protocol.ThreadPaysMore(&r.Latest.State, &best.State) {
			best = r.Latest
		}
	}
	return best
}

// disputeThread starts th's dispute with this node's claim, or challenges a running one with it.
func (e *Engine) disputeThread(ctx context.Context, hub, user common.Address, th *state.SignedThread, tree *state.MerkleTree,
	recs []state.ThreadRecord) error {
	s := &th.State
	d, err := e.cfg.Chain.Thread(ctx, hub, user, s.Sender, s.Receiver, s.ThreadID)
	if err != nil || d.Emptied {
		return err
	}
	claim := e.threadClaim(user, th, recs)
	if !d.Started() {
		proof, err := tree.Proof(s.StructHash())
		if err != nil {
			return err
		}
		if !protocol.ThreadPaysMore(&claim.State, s) {
			e.progress("exit", fmt.Sprintf("starting thread %d's dispute with its initial state", s.ThreadID))
			_, err = e.cfg.Chain.StartExitThread(ctx, hub, user, th, proof, e.txProgress("exit"))
		} else {
			e.progress("exit", fmt.Sprintf("starting thread %d's dispute with state %d", s.ThreadID, claim.State.TxCount))
			_, err = e.cfg.Chain.StartExitThreadWithUpdate(ctx, hub, user, th, proof, &claim, e.txProgress("exit"))
		}
		if err == nil {
			return nil
		}
		if !strings.Contains(err.Error(), "ThreadAlreadyInDispute") {
			return fmt.Errorf("thread %d: %w", s.ThreadID, err)
		}
		if d, err = e.cfg.Chain.Thread(ctx, hub, user, s.Sender, s.Receiver, s.ThreadID); err != nil {
			return err
		}
	}
	if held := d.Of(*s); !protocol.ThreadPaysMore(&claim.State, &held) {
		return nil // the dispute holds this node's claim, or one paying the receiver more
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
	_, err = e.cfg.Chain.ChallengeThread(ctx, hub, user, &claim, e.txProgress("exit"))
	if err != nil && !strings.Contains(err.Error(), "ChallengePeriodOver") {
		return fmt.Errorf("challengeThread %d: %w", s.ThreadID, err)
	}
	return nil
}
