package state

import (
	"context"

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
