package node

import (
	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// turn collects what one loop turn stores and what it does once the store has answered. Every new
// double-signed state of the turn and every new proposal (signed by this node only) goes to the store in
// one Commit (group commit); nothing that depends on them (a countersignature, a proposal, a Sync, a
// caller's success) leaves the loop before that Commit has returned. The Commit runs beside the loop
// while it decides the next turn (commit.go).
type turn struct {
	batch state.Batch
	after []func()            // run in order after the Commit
	sends []func()            // run after the after functions: proposals go out last
	hops  map[common.Hash]hop // what to do with the locks received this turn, decided by the policy
	signs []signJob           // this node's signatures of the turn's states, made before the Commit
	// signed are the states signTurn signed, for Config.signed once the Commit stored them (tests only).
	signed []state.ChannelState
	// barrier makes the loop wait for the turn's Commit before the next turn: a query waits for it.
	barrier bool
	// fixups complete the batch once the previous turn's Commit is done (a message it was encoding).
	fixups []func()
}

// fixup runs f on the turn's batch once the previous turn's Commit is done, before this turn's.
func (t *turn) fixup(f func()) { t.fixups = append(t.fixups, f) }

// idle reports whether the turn has nothing to store and nothing to run after a Commit.
func (t *turn) idle() bool {
	return t.batch.Empty() && len(t.signs) == 0 && len(t.after) == 0 && len(t.sends) == 0
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
