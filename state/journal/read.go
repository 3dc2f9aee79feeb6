package journal

import (
	"bytes"
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

var _ state.Scanner = (*Store)(nil)

// Preimage implements state.Store: a preimage of a record not yet folded, else the inner store's. A
// stored preimage is never removed, so one folded since the journal was looked at is in the inner store.
func (s *Store) Preimage(ctx context.Context, hashlock common.Hash) ([32]byte, error) {
	s.mu.Lock()
	p, ok := s.over.preimages[hashlock]
	s.mu.Unlock()
	if ok {
		return p.v, nil
	}
	return s.Store.Preimage(ctx, hashlock)
}

// Meta implements state.Store: the value the last record not yet folded set, else the inner store's.
func (s *Store) Meta(ctx context.Context, name string) ([]byte, error) {
	s.mu.Lock()
	v, ok := s.over.meta[name]
	s.mu.Unlock()
	if ok {
		return bytes.Clone(v.v), nil
	}
	return s.Store.Meta(ctx, name)
}

// The other reads fold the journal first: the inner store then holds every record whose Commit returned
// before the read began. Nothing on a payment's path calls them (the engine reads them when it starts,
// loads a channel or lists threads).

// Proposal implements state.Store.
func (s *Store) Proposal(ctx context.Context, hub, user common.Address) (state.Proposal, error) {
	if err := s.Fold(ctx); err != nil {
		return state.Proposal{}, err
	}
	return s.Store.Proposal(ctx, hub, user)
}

// Custodial implements state.Store.
func (s *Store) Custodial(ctx context.Context) (map[common.Address][2]uint256.Int, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return s.Store.Custodial(ctx)
}

// Links implements state.Store.
func (s *Store) Links(ctx context.Context) (map[common.Hash]bool, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return s.Store.Links(ctx)
}

// Threads implements state.Store.
func (s *Store) Threads(ctx context.Context) ([]state.ThreadRecord, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return s.Store.Threads(ctx)
}

// Latest implements state.Store.
func (s *Store) Latest(ctx context.Context, hub, user common.Address) (state.Record, error) {
	if err := s.Fold(ctx); err != nil {
		return state.Record{}, err
	}
	return s.Store.Latest(ctx, hub, user)
}

// Refused implements state.Store.
func (s *Store) Refused(ctx context.Context, hub, user common.Address) ([]state.Proposal, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return s.Store.Refused(ctx, hub, user)
}

// History implements state.Store.
func (s *Store) History(ctx context.Context, hub, user common.Address, fromTxCount uint64, limit int) ([]state.SignedState, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return s.Store.History(ctx, hub, user, fromTxCount, limit)
}

// Channels implements state.Store.
func (s *Store) Channels(ctx context.Context) ([][2]common.Address, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return s.Store.Channels(ctx)
}

// LatestAll implements state.Scanner: the inner store's, after a fold.
func (s *Store) LatestAll(ctx context.Context) ([]state.Record, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return state.LatestAll(ctx, s.Store)
}

// ProposalChannels implements state.Scanner: the inner store's, after a fold.
func (s *Store) ProposalChannels(ctx context.Context) ([][2]common.Address, error) {
	if err := s.Fold(ctx); err != nil {
		return nil, err
	}
	return state.ProposalChannels(ctx, s.Store)
}
