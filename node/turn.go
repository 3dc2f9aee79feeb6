package node

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// turn collects what one loop turn stores and what it does once the store has answered. Every new
// double-signed state of the turn and every new proposal (signed by this node only) goes to the store in
// one Commit (group commit); nothing that depends on them (a countersignature, a proposal, a Sync, a
// caller's success) leaves the loop before that Commit has returned.
type turn struct {
	batch state.Batch
	after []func()            // run in order after the Commit
	sends []func()            // run after the after functions: proposals go out last
	hops  map[common.Hash]hop // what to do with the locks received this turn, decided by the policy
	signs []signJob           // this node's signatures of the turn's states, made before the Commit
}

// plan records what to do with the received lock of hashlock h once accepted.
func (t *turn) plan(h common.Hash, p hop) {
	if t.hops == nil {
		t.hops = map[common.Hash]hop{}
	}
	t.hops[h] = p
}

// addState queues a double-signed record for the turn's Commit.
func (t *turn) addState(r state.Record) { t.batch.States = append(t.batch.States, r) }

// addProposal queues this node's proposal for the turn's Commit.
func (t *turn) addProposal(r state.Proposal) { t.batch.Proposals = append(t.batch.Proposals, r) }

// addPreimage queues a learned preimage for the turn's Commit.
func (t *turn) addPreimage(p [32]byte) { t.batch.Preimages = append(t.batch.Preimages, p) }

// later runs f after the turn's Commit.
func (t *turn) later(f func()) { t.after = append(t.after, f) }

// send runs f after the turn's Commit and its after functions.
func (t *turn) send(f func()) { t.sends = append(t.sends, f) }

// commit stores the turn's batch with one Commit, then runs the after and send functions. A failed Commit
// is fatal for the engine: memory may be ahead of the disk, so the loop stops and a restart resumes from
// what was stored (nothing signed that depends on the failed Commit has left the node).
func (e *Engine) commit(ctx context.Context, t *turn) error {
	e.saveChainView(t)
	if err := e.signTurn(t); err != nil {
		e.log.Error("node: cannot sign the turn's states; stopping", "err", err)
		return err
	}
	if !t.batch.Empty() {
		if e.crashAt(CrashBeforeCommit) {
			return errCrashed
		}
		if err := e.cfg.Store.Commit(ctx, t.batch); err != nil {
			e.log.Error("node: cannot store the turn's states; stopping", "states", len(t.batch.States),
				"proposals", len(t.batch.Proposals), "err", err)
			return fmt.Errorf("%w: %w", ErrStore, err)
		}
		if e.crashAt(CrashAfterCommit) {
			return errCrashed
		}
	}
	for _, f := range t.after {
		f()
	}
	if (!t.batch.Empty() || len(t.sends) > 0) && e.crashAt(CrashBeforeSends) {
		return errCrashed
	}
	for _, f := range t.sends {
		f()
	}
	return nil
}
