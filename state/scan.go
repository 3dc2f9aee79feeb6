package state

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
)

// Scanner is implemented by stores that read all of a node's channels in one pass. A node starts with it
// when its store has it: one query for every channel's latest record instead of three queries a channel,
// which is what a hub with 100,000 channels waited for at start (issue 13).
type Scanner interface {
	// LatestAll returns the latest record of every channel with a stored state, sorted by hub then user:
	// for each channel what Latest returns.
	LatestAll(ctx context.Context) ([]Record, error)
	// ProposalChannels returns, sorted by hub then user and without repeats, every channel for which
	// Proposal returns a proposal or Refused returns any: for the others Proposal gives ErrNotFound and
	// Refused nothing.
	ProposalChannels(ctx context.Context) ([][2]common.Address, error)
}

// LatestAll returns s's LatestAll if s is a Scanner, else the same read channel by channel (Channels,
// then Latest of each).
func LatestAll(ctx context.Context, s Store) ([]Record, error) {
	if sc, ok := s.(Scanner); ok {
		return sc.LatestAll(ctx)
	}
	pairs, err := s.Channels(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Record, 0, len(pairs))
	for _, p := range pairs {
		r, err := s.Latest(ctx, p[0], p[1])
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// ProposalChannels returns s's ProposalChannels if s is a Scanner, else the same found channel by channel
// among those with a state (Proposal and Refused of each): a store that is no Scanner cannot list the
// proposals of channels without a state, which a node's start does not need.
func ProposalChannels(ctx context.Context, s Store) ([][2]common.Address, error) {
	if sc, ok := s.(Scanner); ok {
		return sc.ProposalChannels(ctx)
	}
	pairs, err := s.Channels(ctx)
	if err != nil {
		return nil, err
	}
	out := [][2]common.Address{}
	for _, p := range pairs {
		_, err := s.Proposal(ctx, p[0], p[1])
		if err != nil && !errors.Is(err, ErrNotFound) {
			return nil, err
		}
		refused, rerr := s.Refused(ctx, p[0], p[1])
		if rerr != nil {
			return nil, rerr
		}
		if err == nil || len(refused) > 0 {
			out = append(out, p)
		}
	}
	return out, nil
}
