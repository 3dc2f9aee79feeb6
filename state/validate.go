package state

import (
	"errors"
	"fmt"
	"math"

	"github.com/holiman/uint256"
)

// Validation errors. Each names the rule a proposed state breaks.
var (
	ErrParties           = errors.New("state: hub and user must be distinct non-zero addresses")
	ErrChannelMismatch   = errors.New("state: next state is for another channel")
	ErrAmountTooLarge    = errors.New("state: amount exceeds 2^128-1, the contract's limit")
	ErrTimeout           = errors.New("state: a state has a timeout exactly when it has pending operations")
	ErrCounts            = errors.New("state: txCountChain is above txCountGlobal, zero with pending operations, or a count exceeds its limit")
	ErrThreadFields      = errors.New("state: thread root and thread count must be both zero or both set")
	ErrLockFields        = errors.New("state: locked amounts need a lock root")
	ErrNonce             = errors.New("state: txCountGlobal must increase, by at most MaxNonceStep")
	ErrChainCount        = errors.New("state: txCountChain does not follow from the previous state")
	ErrPendingChanged    = errors.New("state: pending operations may only be carried unchanged until confirmed or invalidated")
	ErrThreadsChanged    = errors.New("state: threads may only change through the thread protocol")
	ErrCreditDecreased   = errors.New("state: credited direct deposits may not decrease")
	ErrFundsNotConserved = errors.New("state: funds not conserved")
)

// maxAmount is the largest amount the contract stores (uint128).
var maxAmount = new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1))

// Validate checks one channel state on its own: parties, amount limits, and fields that must agree.
func Validate(s *ChannelState) error {
	if s.Hub == s.User || s.Hub == ([20]byte{}) || s.User == ([20]byte{}) {
		return ErrParties
	}
	for _, a := range s.amounts() {
		if a.Gt(maxAmount) {
			return ErrAmountTooLarge
		}
	}
	if s.Pending.IsZero() != (s.Timeout == 0) {
		return ErrTimeout
	}
	if s.TxCountChain > s.TxCountGlobal || s.ThreadCount > math.MaxUint32 || (s.TxCountChain == 0 && !s.Pending.IsZero()) {
		return ErrCounts
	}
	if (s.ThreadCount == 0) != (s.ThreadRoot == [32]byte{}) {
		return ErrThreadFields
	}
	if s.LockRoot == ([32]byte{}) && !(s.LockedWei.IsZero() && s.LockedToken.IsZero()) {
		return ErrLockFields
	}
	return nil
}

// MaxNonceStep bounds how far one update moves txCountGlobal. An update usually moves it by one; it moves
// it further past the nonces of proposals the peer refused or answered with a state of its own, so that
// neither party ever signs two different states at one nonce (docs/update-protocol.md §3.0). The bound
// keeps a peer from using up the nonces (2^64 / 2^16 updates are never made).
const MaxNonceStep = 1 << 16

// ValidateTransition checks that next may follow prev, a state both parties signed. It allows an ordinary
// update, a state with new pending operations, carrying pending operations unchanged, their confirmation
// (same txCountChain, pending cleared) and their invalidation (txCountChain back by one, pending undone).
// The threads may not change: see ValidateThreadTransition.
func ValidateTransition(prev, next *ChannelState) error {
	return ValidateThreadTransition(prev, next, nil)
}

// ThreadFlow is what a transition moves into threads it opens (In) and out of threads it closes (Out),
// (wei, token) each.
type ThreadFlow struct{ In, Out [2]uint256.Int }

// ValidateThreadTransition is ValidateTransition for a transition that opens or closes threads, moving
// flow's amounts into and out of them: the channel's balances and locks then change by Out minus In. The
// thread root and count themselves are the thread protocol's to check (it computes them from the thread
// set); with a nil or zero flow they may not change.
func ValidateThreadTransition(prev, next *ChannelState, flow *ThreadFlow) error {
	if err := Validate(prev); err != nil {
		return fmt.Errorf("previous state: %w", err)
	}
	if err := Validate(next); err != nil {
		return err
	}
	if prev.Hub != next.Hub || prev.User != next.User {
		return ErrChannelMismatch
	}
	if next.TxCountGlobal <= prev.TxCountGlobal || next.TxCountGlobal-prev.TxCountGlobal > MaxNonceStep {
		return fmt.Errorf("%w: previous %d, next %d", ErrNonce, prev.TxCountGlobal, next.TxCountGlobal)
	}
	if flow == nil {
		flow = new(ThreadFlow)
	}
	moved := !flow.In[0].IsZero() || !flow.In[1].IsZero() || !flow.Out[0].IsZero() || !flow.Out[1].IsZero()
	if !moved && (prev.ThreadRoot != next.ThreadRoot || prev.ThreadCount != next.ThreadCount) {
		return ErrThreadsChanged
	}
	if next.CreditedDepositWei.Lt(&prev.CreditedDepositWei) || next.CreditedDepositToken.Lt(&prev.CreditedDepositToken) {
		return ErrCreditDecreased
	}
	prevWei, prevToken := prev.totals()
	// Newly credited direct deposits join the channel (both sides are below 2^128: no wrap).
	prevWei.Add(prevWei, new(uint256.Int).Sub(&next.CreditedDepositWei, &prev.CreditedDepositWei))
	prevToken.Add(prevToken, new(uint256.Int).Sub(&next.CreditedDepositToken, &prev.CreditedDepositToken))
	switch kind, err := transitionKind(prev, next); {
	case err != nil:
		return err
	case kind == newPending:
		prevWei, prevToken = applyPending(prevWei, prevToken, &next.Pending)
	case kind == invalidation:
		prevWei, prevToken = undoPending(prevWei, prevToken, &prev.Pending)
	}
	// Funds leaving threads join the channel, funds entering them leave it (each below 2^130: no wrap).
	prevWei.Add(prevWei, &flow.Out[0])
	prevToken.Add(prevToken, &flow.Out[1])
	nextWei, nextToken := next.totals()
	nextWei.Add(nextWei, &flow.In[0])
	nextToken.Add(nextToken, &flow.In[1])
	if !prevWei.Eq(nextWei) {
		return fmt.Errorf("%w: wei %s before, %s after", ErrFundsNotConserved, prevWei.Dec(), nextWei.Dec())
	}
	if !prevToken.Eq(nextToken) {
		return fmt.Errorf("%w: token %s before, %s after", ErrFundsNotConserved, prevToken.Dec(), nextToken.Dec())
	}
	return nil
}

type transition int

const (
	ordinary transition = iota
	newPending
	carried
	confirmation
	invalidation
)

func transitionKind(prev, next *ChannelState) (transition, error) {
	prevPending, nextPending := !prev.Pending.IsZero(), !next.Pending.IsZero()
	switch {
	case nextPending && prevPending:
		if next.Pending != prev.Pending || next.Timeout != prev.Timeout {
			return 0, ErrPendingChanged
		}
		if next.TxCountChain != prev.TxCountChain {
			return 0, ErrChainCount
		}
		return carried, nil
	case nextPending:
		if next.TxCountChain != prev.TxCountChain+1 {
			return 0, ErrChainCount
		}
		return newPending, nil
	case next.TxCountChain == prev.TxCountChain && prevPending:
		return confirmation, nil
	case next.TxCountChain == prev.TxCountChain:
		return ordinary, nil
	case prevPending && prev.TxCountChain > 0 && next.TxCountChain == prev.TxCountChain-1:
		return invalidation, nil
	}
	return 0, ErrChainCount
}

// totals returns the wei and the tokens the state holds in balances and locks. Validate bounds every
// amount by 2^128, so the sums cannot overflow.
func (s *ChannelState) totals() (wei, token *uint256.Int) {
	wei = new(uint256.Int).Add(&s.WeiHub, &s.WeiUser)
	wei.Add(wei, &s.LockedWei)
	token = new(uint256.Int).Add(&s.TokenHub, &s.TokenUser)
	token.Add(token, &s.LockedToken)
	return wei, token
}

// applyPending adds deposits and subtracts withdrawals, on a wider scale that cannot wrap: the result
// wraps only when the withdrawals exceed what the channel holds, and then it cannot equal a valid total.
func applyPending(wei, token *uint256.Int, p *Pending) (*uint256.Int, *uint256.Int) {
	return net(wei, []*uint256.Int{&p.DepositWeiHub, &p.DepositWeiUser}, []*uint256.Int{&p.WithdrawalWeiHub, &p.WithdrawalWeiUser}),
		net(token, []*uint256.Int{&p.DepositTokenHub, &p.DepositTokenUser}, []*uint256.Int{&p.WithdrawalTokenHub, &p.WithdrawalTokenUser})
}

func undoPending(wei, token *uint256.Int, p *Pending) (*uint256.Int, *uint256.Int) {
	return net(wei, []*uint256.Int{&p.WithdrawalWeiHub, &p.WithdrawalWeiUser}, []*uint256.Int{&p.DepositWeiHub, &p.DepositWeiUser}),
		net(token, []*uint256.Int{&p.WithdrawalTokenHub, &p.WithdrawalTokenUser}, []*uint256.Int{&p.DepositTokenHub, &p.DepositTokenUser})
}

// net returns base + sum(add) - sum(sub). Every input is below 2^128 (Validate), so additions cannot
// overflow; a subtraction that would go below zero yields maxUint256, which no valid total equals.
func net(base *uint256.Int, add, sub []*uint256.Int) *uint256.Int {
	out := new(uint256.Int).Set(base)
	for _, a := range add {
		out.Add(out, a)
	}
	for _, s := range sub {
		if _, under := out.SubOverflow(out, s); under {
			return new(uint256.Int).SetAllOne()
		}
	}
	return out
}

// amounts lists every amount field of the state.
func (s *ChannelState) amounts() []*uint256.Int {
	p := s.Pending.amounts()
	return append([]*uint256.Int{&s.WeiHub, &s.WeiUser, &s.TokenHub, &s.TokenUser, &s.LockedWei, &s.LockedToken,
		&s.CreditedDepositWei, &s.CreditedDepositToken}, p[:]...)
}
