package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Position locates a log in the chain: its block number and its index among the block's logs.
type Position struct {
	Block uint64
	Index uint
}

// Before reports whether p comes before q in chain order.
func (p Position) Before(q Position) bool {
	return p.Block < q.Block || (p.Block == q.Block && p.Index < q.Index)
}

// Event is one decoded ChannelManager event. The set is closed: its members are the types of this file,
// one per event of the contract's ABI, and the watcher's Synced; a consumer switches over them.
type Event interface {
	// Block is the number of the block that holds the event.
	Block() uint64
	// Position is where the event's log is; events are delivered in increasing Position.
	Position() Position
	// Tx is the hash of the transaction that emitted the event.
	Tx() common.Hash
	isEvent()
}

// ChannelEvent is an Event about one (hub, user) channel.
type ChannelEvent interface {
	Event
	Channel() ChannelKey
}

// Meta is where an event was emitted.
type Meta struct {
	BlockNumber uint64
	LogIndex    uint
	TxHash      common.Hash
}

// Block is the number of the block that holds the event.
func (m Meta) Block() uint64 { return m.BlockNumber }

// Position is the block number and log index of the event.
func (m Meta) Position() Position { return Position{Block: m.BlockNumber, Index: m.LogIndex} }

// Tx is the hash of the transaction that emitted the event.
func (m Meta) Tx() common.Hash { return m.TxHash }

// ChannelKey names a channel by its two parties.
type ChannelKey struct {
	Hub  common.Address
	User common.Address
}

// Channel is the channel the event is about.
func (k ChannelKey) Channel() ChannelKey { return k }

// HubReserveDeposited: a hub added wei and tokens to its reserve.
type HubReserveDeposited struct {
	Meta
	Hub        common.Address
	Wei, Token uint256.Int
}

// HubReserveWithdrawn: a hub paid wei and tokens of its reserve out to itself.
type HubReserveWithdrawn struct {
	Meta
	Hub        common.Address
	Wei, Token uint256.Int
}

// Deposited: wei and tokens were deposited directly into the user's side of a channel; they count for
// the user once a double-signed state credits them.
type Deposited struct {
	Meta
	ChannelKey
	Wei, Token uint256.Int
}

// ChannelUpdated: a state was applied by hubAuthorizedUpdate (ByHub) or userAuthorizedUpdate.
type ChannelUpdated struct {
	Meta
	ChannelKey
	ByHub         bool
	TxCountGlobal uint64
	TxCountChain  uint64
}

// ExitStarted: Initiator started an exit; TxCountGlobal is the nonce of the state it exits with.
type ExitStarted struct {
	Meta
	ChannelKey
	Initiator     common.Address
	TxCountGlobal uint64
}

// ExitChallenged: Challenger replaced the exiting state with the newer one of nonce TxCountGlobal.
type ExitChallenged struct {
	Meta
	ChannelKey
	Challenger    common.Address
	TxCountGlobal uint64
}

// ChannelEmptied: a channel whose challenge period was over paid out each party's balance.
type ChannelEmptied struct {
	Meta
	ChannelKey
	WeiToUser, TokenToUser uint256.Int
	WeiToHub, TokenToHub   uint256.Int
}

// ChannelReopened: a settled channel is open again.
type ChannelReopened struct {
	Meta
	ChannelKey
}

// ThreadExitStarted: the channel joined the dispute record of thread ThreadKey (starting it if no channel
// had): the record, shared by the thread's two channels, holds the state of nonce TxCount and closes at
// ClosingTime.
type ThreadExitStarted struct {
	Meta
	ChannelKey
	ThreadKey   common.Hash
	TxCount     uint64
	ClosingTime uint64
}

// ThreadChallenged: the dispute record of thread ThreadKey of hub Hub moved to its state of nonce TxCount.
// It is the thread's, not one channel's (it is no ChannelEvent): both channels of the thread settle by it.
type ThreadChallenged struct {
	Meta
	Hub       common.Address
	ThreadKey common.Hash
	TxCount   uint64
}

// ThreadEmptied: a disputed thread paid the channel's user its side.
type ThreadEmptied struct {
	Meta
	ChannelKey
	ThreadKey              common.Hash
	WeiToUser, TokenToUser uint256.Int
}

// ThreadsNuked: the threads left of a channel were settled at once, paying the user.
type ThreadsNuked struct {
	Meta
	ChannelKey
	WeiToUser, TokenToUser uint256.Int
}

// PreimageRevealed: the preimage of a hashlock was revealed on-chain.
type PreimageRevealed struct {
	Meta
	Hashlock common.Hash
	Preimage common.Hash
}

// LockResolved: the lock of leaf Leaf was resolved and paid to PaidTo.
type LockResolved struct {
	Meta
	ChannelKey
	Leaf   common.Hash
	PaidTo common.Address
}

// PayoutDeferred: a payout could not be pushed to Account; it can claim it.
type PayoutDeferred struct {
	Meta
	Account    common.Address
	Wei, Token uint256.Int
}

// Claimed: Account claimed its deferred payouts.
type Claimed struct {
	Meta
	Account    common.Address
	Wei, Token uint256.Int
}

// DomainChanged: the contract's EIP-712 domain changed (EIP-5267); the ChannelManager never emits it.
type DomainChanged struct {
	Meta
}

func (HubReserveDeposited) isEvent() {}
func (HubReserveWithdrawn) isEvent() {}
func (Deposited) isEvent()           {}
func (ChannelUpdated) isEvent()      {}
func (ExitStarted) isEvent()         {}
func (ExitChallenged) isEvent()      {}
func (ChannelEmptied) isEvent()      {}
func (ChannelReopened) isEvent()     {}
func (ThreadExitStarted) isEvent()   {}
func (ThreadChallenged) isEvent()    {}
func (ThreadEmptied) isEvent()       {}
func (ThreadsNuked) isEvent()        {}
func (PreimageRevealed) isEvent()    {}
func (LockResolved) isEvent()        {}
func (PayoutDeferred) isEvent()      {}
func (Claimed) isEvent()             {}
func (DomainChanged) isEvent()       {}
