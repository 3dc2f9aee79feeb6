package node

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// The Commit of a turn runs beside the loop (docs/adr/0015-all-cores.md): the loop hands the turn over
// (handOff) and decides the next one meanwhile; a committer goroutine makes the turn's signatures
// (signTurn) and stores its batch; the loop then runs the turn's after and send functions
// (afterCommitted). At most one turn is in its Commit: the loop hands the next one over only once the
// previous one's after and send functions have run, so Commits, and what follows them, keep the order of
// the turns, and nothing a turn signed leaves before that turn is stored. Memory may run one turn ahead
// of the disk: what the loop reads from the store must also look at the turn in its Commit (stored), and
// a query waits until the disk has caught up (turn.barrier).

// committed is the end of a turn's Commit, handed by the committer to the loop.
type committed struct {
	t   *turn
	err error
}

// handOff ends the loop's turn t: it waits for the previous turn's Commit and runs what follows it,
// then starts t's Commit beside the loop, or, if t stores nothing, runs t's after and send functions at
// once (the disk holds every earlier turn by then). A turn with a barrier is waited for.
func (e *Engine) handOff(ctx context.Context, t *turn) error {
	if err := e.settle(); err != nil {
		return err
	}
	for _, f := range t.fixups {
		f()
	}
	e.saveChainView(t)
	if t.idle() {
		return nil
	}
	if t.batch.Empty() && len(t.signs) == 0 {
		return e.inNextTurn(ctx, func() error { return e.afterCommitted(committed{t: t}) })
	}
	e.committing = t
	go func() { e.committed <- committed{t: t, err: e.commitTurn(ctx, t)} }()
	if t.barrier {
		return e.inNextTurn(ctx, e.settle)
	}
	return nil
}

// inNextTurn runs f, which runs what follows a turn's Commit (its queries among them), with a new current
// turn: what they put in the current turn must not land in the one whose Commit is done. The new turn
// is handed off in its turn if they put anything in it.
func (e *Engine) inNextTurn(ctx context.Context, f func() error) error {
	next := &turn{}
	e.cur = next
	if err := f(); err != nil {
		return err
	}
	if !next.idle() || len(next.fixups) > 0 {
		return e.handOff(ctx, next)
	}
	return nil
}

// gather, while the previous turn is in its Commit, keeps taking inputs into t (at most maxDrain), so
// that t's Commit covers all that arrived meanwhile (group commit, as when the loop itself waited for
// the store); then it runs what follows that Commit, before t proposes.
func (e *Engine) gather(ctx context.Context, t *turn) error {
	for n := 0; e.committing != nil && n < maxDrain; n++ {
		select {
		case c := <-e.committed:
			return e.afterCommitted(c)
		case c := <-e.cmds:
			e.enqueue(c)
		case in := <-e.inbound:
			e.onInbound(t, in)
		case r := <-e.results:
			e.onResult(t, r)
		case <-ctx.Done():
			return nil // Run sees it next and waits for the Commit
		}
	}
	return e.settle()
}

// settle waits for the Commit in flight, if any, and runs what follows it.
func (e *Engine) settle() error {
	if e.committing == nil {
		return nil
	}
	return e.afterCommitted(<-e.committed)
}

// commitTurn signs and stores turn t. It runs on the committer goroutine and touches nothing of the
// loop's but t, which the loop no longer touches until afterCommitted. A failed signature or Commit is
// fatal for the engine: memory may be ahead of the disk, so the loop stops and a restart resumes from
// what was stored (nothing signed that depends on the failed Commit has left the node).
func (e *Engine) commitTurn(ctx context.Context, t *turn) error {
	if err := e.signTurn(t); err != nil {
		e.log.Error("node: cannot sign the turn's states; stopping", "err", err)
		return err
	}
	if e.crashAt(CrashBeforeCommit) {
		return errCrashed
	}
	if err := e.cfg.Store.Commit(ctx, t.batch); err != nil {
		e.log.Error("node: cannot store the turn's states; stopping", "states", len(t.batch.States),
			"proposals", len(t.batch.Proposals), "err", err)
		return fmt.Errorf("%w: %w", ErrStore, err)
	}
	for _, s := range t.signed { // stored: from now on they may leave the node
		e.cfg.signed(s)
	}
	if e.crashAt(CrashAfterCommit) {
		return errCrashed
	}
	return nil
}

// afterCommitted runs in the loop once turn c.t is stored: its after functions, then its sends.
func (e *Engine) afterCommitted(c committed) error {
	e.committing = nil
	if c.err != nil {
		return c.err
	}
	t := c.t
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

// stopCommit waits, when the loop stops, for the Commit in flight; what would follow it does not run
// (as after a crash; a restart resends what it stored).
func (e *Engine) stopCommit() {
	if e.committing != nil {
		<-e.committed
		e.committing = nil
	}
}

// done is c while t is in its Commit, else nil (a channel the loop's select never receives from).
func (t *turn) done(c chan committed) chan committed {
	if t == nil {
		return nil
	}
	return c
}

// preimageOnItsWay reports whether the preimage of hashlock h is in the current turn's batch or in the
// batch of the turn in its Commit: learned, but perhaps not in the store yet.
func (e *Engine) preimageOnItsWay(h common.Hash) bool {
	for _, t := range []*turn{e.cur, e.committing} {
		if t == nil {
			continue
		}
		for _, p := range t.batch.Preimages {
			if state.Hashlock(p) == h {
				return true
			}
		}
	}
	return false
}
