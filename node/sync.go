package node

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// maxUnsure bounds how many lost proposals a channel remembers.
const maxUnsure = 16

// remember keeps a proposal whose answer was lost: the peer may have stored it and Sync it back later.
func (ch *channel) remember(out *outstanding) {
	lost := &outstanding{proposal: out.proposal, locks: out.locks}
	ch.unsure = append(ch.unsure, lost)
	if len(ch.unsure) > maxUnsure {
		ch.unsure = slices.Delete(ch.unsure, 0, len(ch.unsure)-maxUnsure)
	}
}

// adoptSync handles a Sync answer to out: the peer refused out as stale and sent its latest state. The
// state is adopted only if checkSync passes; then it goes into the turn's Put, and after it becomes ch's
// latest. If it is out's own proposal, out's commands succeed; otherwise they go back to the front of the
// queue and the next proposal re-applies them on top of it. A refused Sync changes nothing.
func (e *Engine) adoptSync(t *turn, ch *channel, out *outstanding, s state.SignedState) error {
	locks, err := e.checkSync(ch, out, &s)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrSyncRefused, err)
	}
	e.log.Info("node: adopting the counterparty's latest state", "peer", ch.peer, "nonce", s.State.TxCountGlobal)
	t.add(s, func(perr error) {
		if perr != nil {
			out.finish(state.SignedState{}, perr)
			return
		}
		ch.advance(protocol.Channel{Latest: s, Locks: locks})
		if s.State == out.proposal.State {
			out.finish(s, nil)
			return
		}
		ch.queue = append(slices.Clip(out.cmds), ch.queue...)
	})
	return nil
}

// checkSync checks a synced state and returns its locks: it must be for ch's channel, above ch's latest,
// carry both parties' valid signatures (so this node signed it), and, if this node proposed states at
// its nonce (out or a lost proposal), equal one of them. A state at another nonce must have no open locks,
// since this node would not know them.
func (e *Engine) checkSync(ch *channel, out *outstanding, s *state.SignedState) ([]state.Lock, error) {
	cur := &ch.ch.Latest.State
	switch {
	case s.State.Hub != cur.Hub || s.State.User != cur.User:
		return nil, fmt.Errorf("state of channel %s/%s", s.State.Hub, s.State.User)
	case s.State.TxCountGlobal <= cur.TxCountGlobal:
		return nil, fmt.Errorf("nonce %d not above the latest %d", s.State.TxCountGlobal, cur.TxCountGlobal)
	}
	if err := s.Verify(e.cfg.Domain); err != nil {
		return nil, err
	}
	proposed := false
	for _, p := range append([]*outstanding{out}, ch.unsure...) {
		if p.proposal.State.TxCountGlobal != s.State.TxCountGlobal {
			continue
		}
		if p.proposal.State == s.State {
			return p.locks, nil
		}
		proposed = true
	}
	switch {
	case proposed:
		return nil, fmt.Errorf("nonce %d differs from what this node proposed", s.State.TxCountGlobal)
	case s.State.LockRoot != (common.Hash{}):
		return nil, ErrOpenLocks
	}
	return nil, nil
}
