package state

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Pending holds the on-chain operations a channel state asks for. Deposits are funds that enter the
// channel when the state is applied on-chain; withdrawals leave it (the hub's to its reserve, the user's to
// the state's recipient).
type Pending struct {
	DepositWeiHub       uint256.Int `json:"depositWeiHub"`
	WithdrawalWeiHub    uint256.Int `json:"withdrawalWeiHub"`
	DepositWeiUser      uint256.Int `json:"depositWeiUser"`
	WithdrawalWeiUser   uint256.Int `json:"withdrawalWeiUser"`
	DepositTokenHub     uint256.Int `json:"depositTokenHub"`
	WithdrawalTokenHub  uint256.Int `json:"withdrawalTokenHub"`
	DepositTokenUser    uint256.Int `json:"depositTokenUser"`
	WithdrawalTokenUser uint256.Int `json:"withdrawalTokenUser"`
}

// IsZero reports whether the state asks for no on-chain operation.
func (p *Pending) IsZero() bool {
	for _, v := range p.amounts() {
		if !v.IsZero() {
			return false
		}
	}
	return true
}

// amounts lists the fields in contract order.
func (p *Pending) amounts() [8]*uint256.Int {
	return [8]*uint256.Int{
		&p.DepositWeiHub, &p.WithdrawalWeiHub, &p.DepositWeiUser, &p.WithdrawalWeiUser,
		&p.DepositTokenHub, &p.WithdrawalTokenHub, &p.DepositTokenUser, &p.WithdrawalTokenUser,
	}
}

// ChannelState is one state of a (hub, user) channel, the struct both parties sign. Balances are what each
// party holds after every pending operation of this state has been applied on-chain; funds of open threads
// are outside them, and funds of pending locks are counted in LockedWei / LockedToken instead.
type ChannelState struct {
	Hub       common.Address `json:"hub"`
	User      common.Address `json:"user"`
	Recipient common.Address `json:"recipient"`

	WeiHub    uint256.Int `json:"weiHub"`
	WeiUser   uint256.Int `json:"weiUser"`
	TokenHub  uint256.Int `json:"tokenHub"`
	TokenUser uint256.Int `json:"tokenUser"`

	Pending Pending `json:"pending"`

	// CreditedDepositWei and CreditedDepositToken are the cumulative direct deposits (the contract's
	// deposit function) that this state has added to the user's balance. They never decrease.
	CreditedDepositWei   uint256.Int `json:"creditedDepositWei"`
	CreditedDepositToken uint256.Int `json:"creditedDepositToken"`

	// TxCountGlobal increases by one with every update; TxCountChain with every update that carries new
	// pending operations (the contract's own count).
	TxCountGlobal uint64 `json:"txCountGlobal"`
	TxCountChain  uint64 `json:"txCountChain"`

	ThreadRoot  common.Hash `json:"threadRoot"`
	ThreadCount uint64      `json:"threadCount"`

	LockRoot    common.Hash `json:"lockRoot"`
	LockedWei   uint256.Int `json:"lockedWei"`
	LockedToken uint256.Int `json:"lockedToken"`

	// Timeout is the unix time after which the pending operations may no longer be applied; 0 when none.
	Timeout uint64 `json:"timeout"`
}

// ThreadState is a unidirectional thread between two users of one hub; only the sender signs it.
type ThreadState struct {
	Hub           common.Address `json:"hub"`
	Sender        common.Address `json:"sender"`
	Receiver      common.Address `json:"receiver"`
	ThreadID      uint64         `json:"threadId"`
	WeiSender     uint256.Int    `json:"weiSender"`
	WeiReceiver   uint256.Int    `json:"weiReceiver"`
	TokenSender   uint256.Int    `json:"tokenSender"`
	TokenReceiver uint256.Int    `json:"tokenReceiver"`
	TxCount       uint64         `json:"txCount"`
}

// Lock is a hashlocked transfer pending inside a channel. ToUser means the hub pays the user; otherwise the
// user pays the hub. The receiver gets the amounts if the preimage of Hashlock (keccak256 of 32 bytes) is
// revealed on-chain at or before Expiry (unix seconds); otherwise they return to the sender.
type Lock struct {
	ID          uint64      `json:"id"`
	ToUser      bool        `json:"toUser"`
	AmountWei   uint256.Int `json:"amountWei"`
	AmountToken uint256.Int `json:"amountToken"`
	Hashlock    common.Hash `json:"hashlock"`
	Expiry      uint64      `json:"expiry"`
}
