package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts/bindings"
	"spoke/state"
)

// Deployment is a ChannelManager and the token it holds.
type Deployment struct {
	Token           common.Address
	Manager         common.Address
	TokenContract   *bindings.TestToken
	ManagerContract *bindings.ChannelManager
}

// Backend is what deploying needs of a chain client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// DeployWithTestToken deploys a TestToken and a ChannelManager holding it, with the given challenge period
// in seconds, and waits for both to be mined. commit, when not nil, is called after each transaction is
// sent (a simulated chain mines on it).
func DeployWithTestToken(ctx context.Context, auth *bind.TransactOpts, backend Backend, challengePeriod uint64, commit func()) (*Deployment, error) {
	tokenAddr, tx, token, err := bindings.DeployTestToken(auth, backend)
	if err != nil {
		return nil, fmt.Errorf("contracts: deploy token: %w", err)
	}
	if err := waitDeployed(ctx, backend, tx, commit); err != nil {
		return nil, fmt.Errorf("contracts: deploy token: %w", err)
	}
	mgrAddr, tx, mgr, err := bindings.DeployChannelManager(auth, backend, tokenAddr, new(big.Int).SetUint64(challengePeriod))
	if err != nil {
		return nil, fmt.Errorf("contracts: deploy manager: %w", err)
	}
	if err := waitDeployed(ctx, backend, tx, commit); err != nil {
		return nil, fmt.Errorf("contracts: deploy manager: %w", err)
	}
	return &Deployment{Token: tokenAddr, Manager: mgrAddr, TokenContract: token, ManagerContract: mgr}, nil
}

func waitDeployed(ctx context.Context, backend Backend, tx *types.Transaction, commit func()) error {
	if commit != nil {
		commit()
	}
	_, err := bind.WaitDeployed(ctx, backend, tx.Hash())
	return err
}

// ChannelState converts a state for the contract.
func ChannelState(s *state.ChannelState) bindings.ChannelTypesChannelState {
	p := &s.Pending
	return bindings.ChannelTypesChannelState{
		Hub: s.Hub, User: s.User, Recipient: s.Recipient,
		WeiHub: big256(&s.WeiHub), WeiUser: big256(&s.WeiUser),
		TokenHub: big256(&s.TokenHub), TokenUser: big256(&s.TokenUser),
		PendingDepositWeiHub:       big256(&p.DepositWeiHub),
		PendingWithdrawalWeiHub:    big256(&p.WithdrawalWeiHub),
		PendingDepositWeiUser:      big256(&p.DepositWeiUser),
		PendingWithdrawalWeiUser:   big256(&p.WithdrawalWeiUser),
		PendingDepositTokenHub:     big256(&p.DepositTokenHub),
		PendingWithdrawalTokenHub:  big256(&p.WithdrawalTokenHub),
		PendingDepositTokenUser:    big256(&p.DepositTokenUser),
		PendingWithdrawalTokenUser: big256(&p.WithdrawalTokenUser),
		CreditedDepositWei:         big256(&s.CreditedDepositWei),
		CreditedDepositToken:       big256(&s.CreditedDepositToken),
		TxCountGlobal:              new(big.Int).SetUint64(s.TxCountGlobal),
		TxCountChain:               new(big.Int).SetUint64(s.TxCountChain),
		ThreadRoot:                 s.ThreadRoot, ThreadCount: new(big.Int).SetUint64(s.ThreadCount),
		LockRoot: s.LockRoot, LockedWei: big256(&s.LockedWei), LockedToken: big256(&s.LockedToken),
		Timeout: new(big.Int).SetUint64(s.Timeout),
	}
}

// ThreadState converts a thread state for the contract.
func ThreadState(t *state.ThreadState) bindings.ChannelTypesThreadState {
	return bindings.ChannelTypesThreadState{
		Hub: t.Hub, Sender: t.Sender, Receiver: t.Receiver,
		ThreadId:  new(big.Int).SetUint64(t.ThreadID),
		WeiSender: big256(&t.WeiSender), WeiReceiver: big256(&t.WeiReceiver),
		TokenSender: big256(&t.TokenSender), TokenReceiver: big256(&t.TokenReceiver),
		TxCount: new(big.Int).SetUint64(t.TxCount),
	}
}

// Lock converts a lock for the contract.
func Lock(l *state.Lock) bindings.ChannelTypesLock {
	return bindings.ChannelTypesLock{
		Id: new(big.Int).SetUint64(l.ID), ToUser: l.ToUser,
		AmountWei: big256(&l.AmountWei), AmountToken: big256(&l.AmountToken),
		Hashlock: l.Hashlock, Expiry: new(big.Int).SetUint64(l.Expiry),
	}
}

// Proof converts merkle proof hashes for the contract.
func Proof(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i := range p {
		out[i] = p[i]
	}
	return out
}

func big256(v *uint256.Int) *big.Int { return v.ToBig() }
