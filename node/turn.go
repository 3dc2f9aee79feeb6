package node

import (
	"context"

	"spoke/state"
)

// turn collects what one loop turn stores, and what to do once the store has answered: every new state
// of the turn goes to the store in one Put (group commit), and nothing that depends on those states (a
// countersignature, a Sync, a caller's success) leaves the loop before that Put has returned.
type turn struct {
	states []state.SignedState
	after  []func(err error)
}

// add queues s for the turn's Put; f runs after the Put with its error.
func (t *turn) add(s state.SignedState, f func(err error)) {
	t.states = append(t.states, s)
	t.after = append(t.after, f)
}

// later runs f after the turn's Put (with its error) without storing anything.
func (t *turn) later(f func(err error)) { t.after = append(t.after, f) }

// commit stores the turn's states in one Put, then runs the after functions: in order on success, in
// reverse order on failure (so that undoing in-memory changes restores the oldest state last).
func (e *Engine) commit(ctx context.Context, t *turn) {
	var err error
	if len(t.states) > 0 {
		err = e.cfg.Store.Put(ctx, t.states...)
	}
	if err != nil {
		e.log.Error("node: cannot store the turn's states", "states", len(t.states), "err", err)
		for i := len(t.after) - 1; i >= 0; i-- {
			t.after[i](err)
		}
		return
	}
	for _, f := range t.after {
		f(nil)
	}
}
