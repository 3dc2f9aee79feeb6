package gasreport

import (
	"fmt"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

// channel follows one (hub, user) channel off-chain: the latest state both parties signed. Every step is
// checked with state.ValidateTransition, so the report only measures states the protocol allows.
type channel struct {
	hub, user chaintest.Actor
	s         state.ChannelState
}

func newChannel(hub, user chaintest.Actor) *channel {
	return &channel{hub: hub, user: user, s: state.ChannelState{Hub: hub.Addr, User: user.Addr, Recipient: user.Addr}}
}

// pay makes an off-chain update without pending operations (confirming the previous state's, if any);
// mut, when not nil, moves balances.
func (c *channel) pay(mut func(*state.ChannelState)) error {
	next := c.s
	next.Pending, next.Timeout = state.Pending{}, 0
	next.TxCountGlobal++
	if mut != nil {
		mut(&next)
	}
	return c.advance(&next, true)
}

// pending makes a state whose pending operations mut sets (balances as after them), first confirming
// the previous state's pending operations if it had any, and returns it for submission.
func (c *channel) pending(mut func(*state.ChannelState)) (*state.ChannelState, error) {
	if !c.s.Pending.IsZero() {
		if err := c.pay(nil); err != nil {
			return nil, err
		}
	}
	next := c.s
	next.TxCountGlobal++
	next.TxCountChain++
	next.Timeout = farFuture
	mut(&next)
	if err := c.advance(&next, true); err != nil {
		return nil, err
	}
	s := c.s
	return &s, nil
}

// openThreads makes an off-chain update that opens threads; the thread protocol, not
// ValidateTransition, governs it, so only the state's own consistency is checked.
func (c *channel) openThreads(mut func(*state.ChannelState)) error {
	next := c.s
	next.TxCountGlobal++
	mut(&next)
	return c.advance(&next, false)
}

func (c *channel) advance(next *state.ChannelState, transition bool) error {
	var err error
	if transition {
		err = state.ValidateTransition(&c.s, next)
	} else {
		err = state.Validate(next)
	}
	if err != nil {
		return fmt.Errorf("gasreport: channel %s/%s state %d: %w", c.hub.Name, c.user.Name, next.TxCountGlobal, err)
	}
	c.s = *next
	return nil
}

// userUpdate submits s with userAuthorizedUpdate (the hub's signature), paying the user's wei deposit.
func (r *run) userUpdate(sp spec, c *channel, s *state.ChannelState) error {
	sigHub, _ := r.e.Sign(s, c.hub)
	cs := contracts.ChannelState(s)
	return r.send(sp, c.user, s.Pending.DepositWeiUser.ToBig(), func(o txOpts) (txResult, error) {
		return r.e.Manager.UserAuthorizedUpdate(o, cs, sigHub)
	})
}

// hubUpdate submits s with hubAuthorizedUpdate (the user's signature).
func (r *run) hubUpdate(sp spec, c *channel, s *state.ChannelState) error {
	_, sigUser := r.e.Sign(s, c.user)
	cs := contracts.ChannelState(s)
	return r.send(sp, c.hub, nil, func(o txOpts) (txResult, error) {
		return r.e.Manager.HubAuthorizedUpdate(o, cs, sigUser)
	})
}
