package state

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
)

// Store errors.
var (
	ErrStale    = errors.New("state: txCountGlobal is not above the channel's latest stored state")
	ErrNotFound = errors.New("state: no stored state for the channel")
)

// Store persists the signed states of channels, keyed by (hub, user). It is the engine's durability point:
// a node sends a signature only for a state that Put has stored. Implementations are safe for concurrent
// use. The stored form of a state is its binary encoding (SignedState.MarshalBinary).
type Store interface {
	// Put durably stores signed states in one transaction with one fsync for the whole batch (group
	// commit). For each channel it keeps every state and marks the highest txCountGlobal as latest. States
	// of one channel must appear in increasing txCountGlobal order: a state whose txCountGlobal is at or
	// below the latest of its channel, stored or earlier in the batch, is refused with ErrStale, and then
	// the batch changes nothing. Put does not verify signatures or validate transitions: the protocol has
	// done so before. An empty batch is a no-op.
	Put(ctx context.Context, states ...SignedState) error

	// Latest returns the channel's state with the highest txCountGlobal, or ErrNotFound.
	Latest(ctx context.Context, hub, user common.Address) (SignedState, error)

	// History returns the channel's states with txCountGlobal >= fromTxCount in increasing order, at most
	// limit of them (limit <= 0: no limit). An unknown channel gives an empty slice, not an error.
	History(ctx context.Context, hub, user common.Address, fromTxCount uint64, limit int) ([]SignedState, error)

	// Channels returns every channel with at least one stored state, as (hub, user) pairs sorted by hub
	// then user.
	Channels(ctx context.Context) ([][2]common.Address, error)

	// Close releases the store; no method may be called after it.
	Close() error
}
