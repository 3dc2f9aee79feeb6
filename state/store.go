package state

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Store errors.
var (
	ErrStale    = errors.New("state: txCountGlobal is not above the channel's latest stored state")
	ErrNotFound = errors.New("state: no stored state for the channel")
)

// MaxLocks is the largest number of open locks a channel state may commit to (LockRoot). It bounds what a
// node stores and sends per channel, like Lightning's limit on HTLCs in flight.
const MaxLocks = 1024

// ErrTooManyLocks reports a lock set above MaxLocks.
var ErrTooManyLocks = errors.New("state: too many open locks")

// Record is a signed state with the open locks it commits to: Locks is sorted by ID, and its LockRoot and
// sums are the state's (the protocol checks that before it stores a record; the store does not).
type Record struct {
	SignedState
	Locks []Lock
	// Threads are the initial states of the state's open threads, sorted by key (SortThreads): their
	// ThreadRoot and count are the state's.
	Threads []SignedThread
}

// Proposal is a node's own proposal in flight: a record signed by that node only, with the encoded message
// that carried it (opaque to the store), kept so that a restarted node resends exactly what it signed.
type Proposal struct {
	Record
	Message []byte
	// Refused marks a proposal the counterparty refused: not to be resent, but signed, so it may still
	// be countersigned and used until the channel moves past its nonce.
	Refused bool
}

// Batch is what one Commit stores: double-signed records, this node's outstanding proposals, and
// preimages of hashlocks this node learned (a hub must still settle upstream with them after a restart).
type Batch struct {
	States    []Record
	Proposals []Proposal
	Preimages [][32]byte
	// Custodial sets the (wei, token) a hub holds in custody for each user listed (trusted payments).
	Custodial map[common.Address][2]uint256.Int
	// Links are hashlocks of received locks a hub holds as link payments, to forward to whoever redeems
	// them rather than give back.
	Links []common.Hash
	// Meta sets small named values of the node's own (replacing earlier ones).
	Meta map[string][]byte
	// Refused are proposals of this node that the counterparty refused: signed, they bind the node until
	// its channel moves past their nonce, so they are kept until then (Superseded).
	Refused []Proposal
	// Superseded drops each listed channel's refused proposals below the given nonce.
	Superseded []Supersession
	// Threads stores thread records of this node as a thread's sender or receiver, each replacing the
	// stored one of the same thread (hub, sender, receiver, id of Initial).
	Threads []ThreadRecord
}

// Supersession drops the refused proposals of channel (Hub, User) whose txCountGlobal is below Below.
type Supersession struct {
	Hub, User common.Address
	Below     uint64
}

// Empty reports whether the batch stores nothing: a turn with an empty batch needs no Commit.
func (b *Batch) Empty() bool {
	return len(b.States) == 0 && len(b.Proposals) == 0 && len(b.Preimages) == 0 && len(b.Custodial) == 0 &&
		len(b.Links) == 0 && len(b.Meta) == 0 && len(b.Refused) == 0 && len(b.Superseded) == 0 && len(b.Threads) == 0
}

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
	// Each record's locks (at most MaxLocks, else ErrTooManyLocks) are stored with its state.
	Put(ctx context.Context, records ...Record) error

	// Commit stores b.States as Put does and, in the same transaction (one fsync), each of b.Proposals as
	// its channel's outstanding proposal, replacing the channel's earlier one, and b.Preimages. A proposal is not a state:
	// it does not move the channel's latest mark, and it needs no signature but its proposer's.
	Commit(ctx context.Context, b Batch) error

	// Proposal returns the channel's stored proposal if its txCountGlobal is above the channel's latest
	// stored state (else it was answered and is superseded), or ErrNotFound.
	Proposal(ctx context.Context, hub, user common.Address) (Proposal, error)

	// Custodial returns every user's custodial balance (wei, token) a hub holds; users without one are
	// absent.
	Custodial(ctx context.Context) (map[common.Address][2]uint256.Int, error)

	// Links returns the hashlocks Commit stored as link payments.
	Links(ctx context.Context) (map[common.Hash]bool, error)

	// Threads returns every thread record Commit stored, in no particular order.
	Threads(ctx context.Context) ([]ThreadRecord, error)

	// Meta returns the named value Commit stored last, or ErrNotFound.
	Meta(ctx context.Context, name string) ([]byte, error)

	// Preimage returns the stored preimage of hashlock (keccak256 of the preimage), or ErrNotFound.
	Preimage(ctx context.Context, hashlock common.Hash) ([32]byte, error)

	// Latest returns the channel's record with the highest txCountGlobal, or ErrNotFound.
	Latest(ctx context.Context, hub, user common.Address) (Record, error)

	// Refused returns the channel's refused proposals that no Supersession dropped, in no particular order.
	Refused(ctx context.Context, hub, user common.Address) ([]Proposal, error)
	// History returns the channel's states with txCountGlobal >= fromTxCount in increasing order, at most
	// limit of them (limit <= 0: no limit). An unknown channel gives an empty slice, not an error.
	History(ctx context.Context, hub, user common.Address, fromTxCount uint64, limit int) ([]SignedState, error)

	// Channels returns every channel with at least one stored state, as (hub, user) pairs sorted by hub
	// then user.
	Channels(ctx context.Context) ([][2]common.Address, error)

	// Close releases the store; no method may be called after it.
	Close() error
}
