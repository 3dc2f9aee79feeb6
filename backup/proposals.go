package backup

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// snapshotPairs lists the channels a snapshot holds: those with a state, and those with only proposals
// of the node's (never countersigned), sorted by hub then user.
func snapshotPairs(ctx context.Context, store state.Store) ([][2]common.Address, error) {
	pairs, err := store.Channels(ctx)
	if err != nil {
		return nil, err
	}
	props, err := state.ProposalChannels(ctx, store)
	if err != nil {
		return nil, err
	}
	pairs = append(pairs, props...)
	cmp := func(a, b [2]common.Address) int {
		if c := a[0].Cmp(b[0]); c != 0 {
			return c
		}
		return a[1].Cmp(b[1])
	}
	slices.SortFunc(pairs, cmp)
	return slices.Compact(pairs), nil
}

// takeProposals puts the channel's outstanding proposal (with whether it was refused) and its refused
// proposals into c, and returns their locks.
func takeProposals(ctx context.Context, store state.Store, p [2]common.Address, c *Channel) ([]state.Lock, error) {
	var locks []state.Lock
	prop, err := store.Proposal(ctx, p[0], p[1])
	switch {
	case errors.Is(err, state.ErrNotFound):
	case err != nil:
		return nil, err
	default:
		if c.Proposal, c.PropLocks, c.PropThreads, err = encodeRecord(prop.Record); err != nil {
			return nil, err
		}
		c.Message, c.ProposalRefused = prop.Message, prop.Refused
		locks = append(locks, prop.Locks...)
	}
	refused, err := store.Refused(ctx, p[0], p[1])
	if err != nil {
		return nil, err
	}
	for _, r := range refused {
		var e Refused
		if e.State, e.Locks, e.Threads, err = encodeRecord(r.Record); err != nil {
			return nil, err
		}
		e.Message = r.Message
		c.Refused = append(c.Refused, e)
		locks = append(locks, r.Locks...)
	}
	return locks, nil
}

// ownProposals decodes c's outstanding proposal (row, nil if none) and refused ones, each signed by the
// node, of one channel of the node's: key (hub and user) if set, that of c's latest state.
func (c *Channel) ownProposals(d *state.Domain, node common.Address, key [2]common.Address) (*state.Proposal, []state.Proposal, error) {
	own := func(s []byte, locks, threads [][]byte) (state.Record, error) {
		r, err := decodeRecord(d, s, locks, threads)
		if err != nil {
			return r, err
		}
		if key == ([2]common.Address{}) {
			key = [2]common.Address{r.State.Hub, r.State.User}
		}
		switch {
		case r.State.Hub != key[0] || r.State.User != key[1]:
			return r, fmt.Errorf("proposal %d of another channel", r.State.TxCountGlobal)
		case key[0] != node && key[1] != node:
			return r, fmt.Errorf("proposal %d of a channel not the node's", r.State.TxCountGlobal)
		}
		if err := verifyOwn(d, &r.SignedState, node); err != nil {
			return r, fmt.Errorf("proposal %d is not the node's own: %w", r.State.TxCountGlobal, err)
		}
		return r, nil
	}
	var row *state.Proposal
	if c.Proposal != nil {
		r, err := own(c.Proposal, c.PropLocks, c.PropThreads)
		if err != nil {
			return nil, nil, err
		}
		row = &state.Proposal{Record: r, Message: c.Message, Refused: c.ProposalRefused}
	}
	var refused []state.Proposal
	for _, e := range c.Refused {
		r, err := own(e.State, e.Locks, e.Threads)
		if err != nil {
			return nil, nil, err
		}
		refused = append(refused, state.Proposal{Record: r, Message: e.Message, Refused: true})
	}
	if c.Latest == nil && row == nil && len(refused) == 0 {
		return nil, nil, errors.New("neither a state nor a proposal")
	}
	return row, refused, nil
}
