package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// ErrBadStoredState reports a channel whose stored latest state does not verify (its signatures): the
// store was damaged or altered. The channel takes no update; the node's other channels go on.
var ErrBadStoredState = errors.New("node: stored channel state does not verify")

// A start checks the signatures of every loaded state, two recoveries a channel: for a hub with 100,000
// channels that was most of its start (issue 13). A node signs and stores only states it checked, so
// the check at start only guards against a damaged or altered store; it is made at once for the channels
// the start acts on (open locks or threads, a pending on-chain operation, a proposal outstanding or
// refused) and, for the idle others, the first time the loop uses the channel (peek: every proposal,
// command and peer message passes there; an exit, which puts the state on-chain, checks it too).

// verifyLoaded checks the signatures of ch's loaded state now, or marks ch to be checked at its first use
// if it is idle.
func (e *Engine) verifyLoaded(ch *channel) error {
	s := &ch.ch.Latest
	if s.State.TxCountGlobal == 0 {
		return nil // no stored state: the zero state of a new channel
	}
	if ch.idleAtLoad() {
		ch.unverified = true
		return nil
	}
	return s.Verify(e.cfg.Domain)
}

// idleAtLoad reports whether the start leaves ch alone: no open locks or threads, no pending operation, no
// proposal of this node's outstanding or refused.
func (ch *channel) idleAtLoad() bool {
	return len(ch.ch.Locks) == 0 && len(ch.ch.Threads) == 0 && ch.ch.Latest.State.Pending.IsZero() &&
		ch.out == nil && len(ch.refused) == 0
}

// verified checks, on the first use of an idle loaded channel, the signatures of its loaded state
// (ErrBadStoredState if they do not verify, then and at every later use).
func (e *Engine) verified(ch *channel) error {
	if !ch.unverified {
		return nil
	}
	if err := ch.ch.Latest.Verify(e.cfg.Domain); err != nil {
		return fmt.Errorf("%w: channel with %s, nonce %d: %w", ErrBadStoredState, ch.peer, ch.ch.Latest.State.TxCountGlobal, err)
	}
	ch.unverified = false
	return nil
}

// loadChannels loads this node's channels: every channel's latest record in one scan of the store
// (state.LatestAll; channel by channel for a store that is no state.Scanner), and the few channels with
// proposals one by one, as loadChannel does, with or without a latest record.
func (e *Engine) loadChannels(ctx context.Context) error {
	props, err := state.ProposalChannels(ctx, e.cfg.Store)
	if err != nil {
		return fmt.Errorf("node: list channels with proposals: %w", err)
	}
	withProps := make(map[[2]common.Address]bool, len(props))
	for _, p := range props {
		withProps[p] = true
	}
	recs, err := state.LatestAll(ctx, e.cfg.Store)
	if err != nil {
		return fmt.Errorf("node: load channels: %w", err)
	}
	for i := range recs {
		hub, user := recs[i].State.Hub, recs[i].State.User
		peer, mine := e.counterparty(hub, user)
		switch {
		case !mine:
		case withProps[[2]common.Address{hub, user}]:
			withProps[[2]common.Address{hub, user}] = false // loaded
			err = e.loadPair(ctx, hub, user)
		default:
			err = e.loadScanned(peer, recs[i])
		}
		if err != nil {
			return err
		}
		recs[i] = state.Record{} // let the records go as the channels take them
	}
	// A channel whose first proposals were never countersigned has no state, but this node signed them:
	// forgotten, its floor would be 0, and it would sign another state at their nonces (ADR 18).
	for _, p := range props {
		if withProps[p] {
			if err := e.loadPair(ctx, p[0], p[1]); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadPair loads the channel (hub, user) with loadChannel, if it is this node's.
func (e *Engine) loadPair(ctx context.Context, hub, user common.Address) error {
	peer, mine := e.counterparty(hub, user)
	if !mine {
		return nil
	}
	ch, err := e.loadChannel(ctx, peer, hub, user)
	if err != nil {
		return fmt.Errorf("node: load channel %s/%s: %w", hub, user, err)
	}
	e.channels[peer] = ch
	return nil
}

// loadScanned loads a channel without proposals from its scanned latest record.
func (e *Engine) loadScanned(peer common.Address, r state.Record) error {
	ch, err := e.loadedChannel(peer, r, true)
	if err == nil {
		err = e.verifyLoaded(ch)
	}
	if err != nil {
		return fmt.Errorf("node: load channel %s/%s: %w", r.State.Hub, r.State.User, err)
	}
	e.channels[peer] = ch
	return nil
}
