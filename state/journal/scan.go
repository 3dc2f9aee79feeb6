package journal

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

var _ state.Scanner = (*Store)(nil)

// LatestAll implements state.Scanner with the inner store: the journal holds thread records only.
func (s *Store) LatestAll(ctx context.Context) ([]state.Record, error) {
	return state.LatestAll(ctx, s.Store)
}

// ProposalChannels implements state.Scanner with the inner store.
func (s *Store) ProposalChannels(ctx context.Context) ([][2]common.Address, error) {
	return state.ProposalChannels(ctx, s.Store)
}
