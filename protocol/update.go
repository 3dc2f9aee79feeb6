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
	ErrThreadOpen            = errors.New("protocol: thread already open in the channel")
	ErrUnknownThread         = errors.New("protocol: no such open thread in the channel")
	ErrThreadChannel         = errors.New("protocol: thread is not of this channel's hub and user")
	ErrNoDomain              = errors.New("protocol: no signing domain to check a thread state's signature")
	ErrBumpNotAlone          = errors.New("protocol: a Bump is the only update of its batch")
)

// Channel is one party's view of a (hub, user) channel.
type Channel struct {
	Latest state.SignedState // latest state both signed
	Locks  []state.Lock      // open locks, sorted by ID; LockRoot(Locks) and their sums match Latest.State
	// Threads are the initial states of the open threads, sorted by key; their ThreadRoot and count
	// match Latest.State.
	Threads []state.SignedThread
}

// Context carries the inputs the machine may not fetch itself.
type Context struct {
	Now       uint64         // unix seconds
	Deposited [2]uint256.Int // cumulative direct deposits (wei, token) seen on-chain with enough confirmations
	// Domain checks the thread states' signatures of OpenThread and CloseThread; without it they fail
	// with ErrNoDomain.
	Domain *state.Domain
	// Nonce, if not zero, is the txCountGlobal of the state the batch makes: above the latest one by at
	// most state.MaxNonceStep. Zero means the latest one's plus one. A node skips the nonces at which
	// either party signed a state the other did not countersign (docs/update-protocol.md §3.0).
	Nonce uint64
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

// OpenThread opens a thread in the channel (docs/threads.md): the channel's party on the thread's paying
// side (the user when it is the thread's sender; the hub when the user is the receiver, since the hub
// backs the receiver's side) moves the thread's sender amounts out of its spendable balance, and the
// thread's initial state, signed by its sender, joins the channel's thread set. The thread must be of
// the channel's hub with the channel's user as its sender or receiver, valid as an initial state
// (CheckThreadInitial), non-zero, not open already, and at most state.MaxThreads may be open.
type OpenThread struct{ Thread state.SignedThread }

// CloseThread closes an open thread with Final, a state its sender signed that follows the thread's
// initial state by the thread rules (CheckThreadUpdate), or the initial state itself: the channel's user
// gets its side of Final (the sender's amounts if it is the sender, the receiver's if it is the
// receiver), the hub the other side, and the thread leaves the set.
type CloseThread struct{ Final state.SignedThread }

// Bump changes nothing but the nonce: its batch's state is the latest one at the batch's nonce
// (Context.Nonce). It is the only update of its batch (else ErrBumpNotAlone), and either party may propose
// it. A node restored from a backup proposes it to move a channel past the nonces it may have signed after
// the backup (docs/adr/0018-one-state-per-nonce.md), which its peer could otherwise never propose above.
type Bump struct{}

// Confirm records that the latest state's pending operations were applied on-chain: it clears them and
// keeps txCountChain. The caller must have seen the application final on-chain.
type Confirm struct{}

// Invalidate undoes the latest state's pending operations, which were not applied on-chain and can no
// longer be (Now past their timeout): txCountChain goes back by one.
type Invalidate struct{}

func (Credit) isUpdate()      {}
func (Transfer) isUpdate()    {}
func (AddLock) isUpdate()     {}
func (SettleLock) isUpdate()  {}
func (ExpireLock) isUpdate()  {}
func (CancelLock) isUpdate()  {}
func (Exchange) isUpdate()    {}
func (Withdraw) isUpdate()    {}
func (Collateral) isUpdate()  {}
func (Confirm) isUpdate()     {}
func (Invalidate) isUpdate()  {}
func (OpenThread) isUpdate()  {}
func (CloseThread) isUpdate() {}
func (Bump) isUpdate()        {}
