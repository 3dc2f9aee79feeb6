package protocol

import (
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// Errors of Apply and Accept. Apply wraps them with the index and kind of the update that failed.
var (
	ErrNoUpdates             = errors.New("protocol: no updates")
	ErrUnknownUpdate         = errors.New("protocol: unknown update kind")
	ErrInconsistentChannel   = errors.New("protocol: lock set does not match the latest state")
	ErrInsufficientBalance   = errors.New("protocol: insufficient balance")
	ErrOverflow              = errors.New("protocol: amount overflow")
	ErrZeroAmount            = errors.New("protocol: zero amount")
	ErrUnknownLock           = errors.New("protocol: unknown lock")
	ErrDuplicateLockID       = errors.New("protocol: duplicate lock id")
	ErrZeroHashlock          = errors.New("protocol: zero hashlock")
	ErrLockExpired           = errors.New("protocol: lock expired")
	ErrLockNotExpired        = errors.New("protocol: lock not expired")
	ErrWrongPreimage         = errors.New("protocol: wrong preimage")
	ErrCreditExceedsDeposits = errors.New("protocol: credit exceeds deposits")
	ErrPendingOutstanding    = errors.New("protocol: pending operations outstanding")
	ErrNothingPending        = errors.New("protocol: nothing pending")
	ErrTimeoutNotPassed      = errors.New("protocol: timeout not passed")
	ErrTimeoutInPast         = errors.New("protocol: timeout not in the future")
	ErrZeroRecipient         = errors.New("protocol: zero recipient")
	ErrStateRefused          = errors.New("protocol: resulting state refused by the validator")
	ErrNotParty              = errors.New("protocol: not a party of the channel")
	ErrProposalMismatch      = errors.New("protocol: proposal differs from the recomputed state")
	ErrNotLockSender         = errors.New("protocol: only the lock's receiver may cancel it")
)

// Channel is one party's view of a (hub, user) channel.
type Channel struct {
	Latest state.SignedState // latest state both signed
	Locks  []state.Lock      // open locks, sorted by ID; LockRoot(Locks) and their sums match Latest.State
}

// Context carries the inputs the machine may not fetch itself.
type Context struct {
	Now       uint64         // unix seconds
	Deposited [2]uint256.Int // cumulative direct deposits (wei, token) seen on-chain with enough confirmations
}

// Update is one change to a channel. The set of kinds is closed: only the types of this package
// implement it, and Apply accepts them as values (not pointers).
type Update interface{ isUpdate() }

// Credit credits direct deposits to the user's balances. The resulting credited totals may not exceed
// Context.Deposited.
type Credit struct{ Wei, Token uint256.Int }

// Transfer moves balance from one party to the other: from the hub to the user when ToUser. The sender may
// spend its balance minus its own pending deposit.
type Transfer struct {
	ToUser     bool
	Wei, Token uint256.Int
}

// AddLock opens a hashlocked transfer: the sender's amounts move into the locked sums. The lock's ID must
// not be open, its expiry must be after Now, its hashlock and at least one amount non-zero.
type AddLock struct{ Lock state.Lock }

// SettleLock pays an open lock to its receiver, who revealed the preimage of its hashlock at or before
// its expiry.
type SettleLock struct {
	ID       uint64
	Preimage [32]byte
}

// ExpireLock refunds an open lock to its sender once Now is past its expiry.
type ExpireLock struct{ ID uint64 }

// CancelLock returns an open lock's amounts to its sender, at any time before or after its expiry: the
// receiver gives the lock up (a payment it cannot or will not complete). Accept refuses it unless the
// acceptor is the lock's sender, so only the receiver may propose it.
type CancelLock struct{ ID uint64 }

// Exchange swaps one asset for the other between the user and the hub: when WeiToToken the user gives Wei
// to the hub and receives Token from it; otherwise the user gives Token and receives Wei. Both amounts are
// non-zero and each side pays from its spendable balance, before either receives. The rate is not checked
// here: the hub's node checks it against its own quote.
type Exchange struct {
	WeiToToken bool
	Wei, Token uint256.Int
}

// Withdraw starts pending withdrawals (txCountChain+1): the user's amounts go to Recipient, the hub's to
// its reserve, if the state is applied on-chain by Timeout. The latest state must have nothing pending.
type Withdraw struct {
	UserWei, UserToken, HubWei, HubToken uint256.Int
	Recipient                            common.Address
	Timeout                              uint64
}

// Collateral starts a pending hub deposit from its reserve (txCountChain+1), applied on-chain by Timeout.
// The latest state must have nothing pending. The hub may not spend the deposit before Confirm.
type Collateral struct {
	Wei, Token uint256.Int
	Timeout    uint64
}

// Confirm records that the latest state's pending operations were applied on-chain: it clears them and
// keeps txCountChain. The caller must have seen the application final on-chain.
type Confirm struct{}

// Invalidate undoes the latest state's pending operations, which were not applied on-chain and can no
// longer be (Now past their timeout): txCountChain goes back by one.
type Invalidate struct{}

func (Credit) isUpdate()     {}
func (Transfer) isUpdate()   {}
func (AddLock) isUpdate()    {}
func (SettleLock) isUpdate() {}
func (ExpireLock) isUpdate() {}
func (CancelLock) isUpdate() {}
func (Exchange) isUpdate()   {}
func (Withdraw) isUpdate()   {}
func (Collateral) isUpdate() {}
func (Confirm) isUpdate()    {}
func (Invalidate) isUpdate() {}
