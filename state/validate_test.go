package state_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

var (
	hubAddr   = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	userAddr  = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	otherAddr = common.HexToAddress("0x00000000000000000000000000000000000000c3")
	someRoot  = common.HexToHash("0x01")
	otherRoot = common.HexToHash("0x02")
)

func amt(v uint64) uint256.Int { return *uint256.NewInt(v) }

// pow2 returns 2^n as an amount.
func pow2(n uint) uint256.Int { return *new(uint256.Int).Lsh(uint256.NewInt(1), n) }

// baseState is a valid state without pending operations: wei 10 + 5, tokens 100 + 50.
func baseState() state.ChannelState {
	return state.ChannelState{Hub: hubAddr, User: userAddr, Recipient: userAddr,
		WeiHub: amt(10), WeiUser: amt(5), TokenHub: amt(100), TokenUser: amt(50),
		TxCountGlobal: 7, TxCountChain: 3}
}

// withUserDeposit is baseState after a pending 5-wei user deposit (balances include it).
func withUserDeposit() state.ChannelState {
	s := baseState()
	s.TxCountGlobal, s.TxCountChain, s.Timeout = 8, 4, 1000
	s.Pending.DepositWeiUser, s.WeiUser = amt(5), amt(10)
	return s
}

// withUserWithdrawal is baseState after a pending 3-wei user withdrawal (balances exclude it).
func withUserWithdrawal() state.ChannelState {
	s := baseState()
	s.TxCountGlobal, s.TxCountChain, s.Timeout = 8, 4, 1000
	s.Pending.WithdrawalWeiUser, s.WeiUser = amt(3), amt(2)
	return s
}

// amountFields lists every amount field of s by name.
func amountFields(s *state.ChannelState) map[string]*uint256.Int {
	p := &s.Pending
	return map[string]*uint256.Int{"WeiHub": &s.WeiHub, "WeiUser": &s.WeiUser, "TokenHub": &s.TokenHub,
		"TokenUser": &s.TokenUser, "LockedWei": &s.LockedWei, "LockedToken": &s.LockedToken,
		"DepositWeiHub": &p.DepositWeiHub, "WithdrawalWeiHub": &p.WithdrawalWeiHub,
		"DepositWeiUser": &p.DepositWeiUser, "WithdrawalWeiUser": &p.WithdrawalWeiUser,
		"DepositTokenHub": &p.DepositTokenHub, "WithdrawalTokenHub": &p.WithdrawalTokenHub,
		"DepositTokenUser": &p.DepositTokenUser, "WithdrawalTokenUser": &p.WithdrawalTokenUser}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*state.ChannelState)
		want error
	}{
		{"valid", func(*state.ChannelState) {}, nil},
		{"hub is user", func(s *state.ChannelState) { s.User = s.Hub }, state.ErrParties},
		{"zero hub", func(s *state.ChannelState) { s.Hub = common.Address{} }, state.ErrParties},
		{"zero user", func(s *state.ChannelState) { s.User = common.Address{} }, state.ErrParties},
		{"zero recipient allowed", func(s *state.ChannelState) { s.Recipient = common.Address{} }, nil},
		{"amount 2^128-1", func(s *state.ChannelState) { s.WeiHub = *new(uint256.Int).SubUint64(ptr(pow2(128)), 1) }, nil},
		{"pending without timeout", func(s *state.ChannelState) { s.Pending.DepositTokenHub = amt(1) }, state.ErrTimeout},
		{"timeout without pending", func(s *state.ChannelState) { s.Timeout = 1 }, state.ErrTimeout},
		{"pending with timeout", func(s *state.ChannelState) { s.Pending.DepositTokenHub, s.Timeout = amt(1), 1 }, nil},
		{"chain count above global", func(s *state.ChannelState) { s.TxCountChain = s.TxCountGlobal + 1 }, state.ErrCounts},
		{"chain count equal global", func(s *state.ChannelState) { s.TxCountChain = s.TxCountGlobal }, nil},
		{"pending at chain count 0", func(s *state.ChannelState) {
			s.Pending.DepositWeiUser, s.Timeout, s.TxCountChain = amt(1), 1, 0
		}, state.ErrCounts},
		{"thread count 2^32", func(s *state.ChannelState) { s.ThreadCount, s.ThreadRoot = math.MaxUint32+1, someRoot }, state.ErrCounts},
		{"thread count 2^32-1", func(s *state.ChannelState) { s.ThreadCount, s.ThreadRoot = math.MaxUint32, someRoot }, nil},
		{"thread count without root", func(s *state.ChannelState) { s.ThreadCount = 1 }, state.ErrThreadFields},
		{"thread root without count", func(s *state.ChannelState) { s.ThreadRoot = someRoot }, state.ErrThreadFields},
		{"locked wei without root", func(s *state.ChannelState) { s.LockedWei = amt(1) }, state.ErrLockFields},
		{"locked token without root", func(s *state.ChannelState) { s.LockedToken = amt(1) }, state.ErrLockFields},
		{"locked with root", func(s *state.ChannelState) { s.LockedWei, s.LockedToken, s.LockRoot = amt(1), amt(2), someRoot }, nil},
		{"lock root without amounts", func(s *state.ChannelState) { s.LockRoot = someRoot }, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := baseState()
			tc.edit(&s)
			if err := state.Validate(&s); !errors.Is(err, tc.want) {
				t.Fatalf("Validate: %v, want %v", err, tc.want)
			}
		})
	}
}

// show renders a state for failure messages (through a pointer, so amounts print as decimals).
func show(s *state.ChannelState) string {
	b, err := json.Marshal(s)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func ptr(v uint256.Int) *uint256.Int { return &v }

func TestValidateAmountTooLarge(t *testing.T) {
	for name := range amountFields(&state.ChannelState{}) {
		t.Run(name, func(t *testing.T) {
			s := baseState()
			*amountFields(&s)[name] = pow2(128)
			if s.LockRoot = someRoot; !s.Pending.IsZero() { // keep the other rules satisfied
				s.Timeout = 1
			}
			if err := state.Validate(&s); !errors.Is(err, state.ErrAmountTooLarge) {
				t.Fatalf("Validate with %s = 2^128: %v, want ErrAmountTooLarge", name, err)
			}
		})
	}
}

type transitionCase struct {
	name       string
	prev, next func() state.ChannelState
	want       error
}

// after returns a next-state builder: prev's successor (txCountGlobal + 1) with edit applied.
func after(prev func() state.ChannelState, edit func(*state.ChannelState)) func() state.ChannelState {
	return func() state.ChannelState {
		s := prev()
		s.TxCountGlobal++
		edit(&s)
		return s
	}
}

func runTransitions(t *testing.T, tests []transitionCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prev, next := tc.prev(), tc.next()
			if err := state.ValidateTransition(&prev, &next); !errors.Is(err, tc.want) {
				t.Fatalf("ValidateTransition: %v, want %v\nprev %s\nnext %s", err, tc.want, show(&prev), show(&next))
			}
		})
	}
}

func TestValidateTransitionAllowed(t *testing.T) {
	runTransitions(t, []transitionCase{
		{"ordinary payment", baseState, after(baseState, func(s *state.ChannelState) {
			s.WeiUser, s.WeiHub, s.TokenHub, s.TokenUser = amt(2), amt(13), amt(90), amt(60)
		}), nil},
		{"payment into a lock", baseState, after(baseState, func(s *state.ChannelState) {
			s.WeiUser, s.LockedWei, s.LockRoot = amt(1), amt(4), someRoot
		}), nil},
		{"payment past refused nonces", baseState, after(baseState, func(s *state.ChannelState) {
			s.TxCountGlobal += 2
			s.WeiUser, s.WeiHub = amt(2), amt(13)
		}), nil},
		{"the longest step", baseState, after(baseState, func(s *state.ChannelState) {
			s.TxCountGlobal += state.MaxNonceStep - 1
		}), nil},
		{"new pending deposit", baseState, func() state.ChannelState { return withUserDeposit() }, nil},
		{"new pending withdrawal", baseState, func() state.ChannelState { return withUserWithdrawal() }, nil},
		{"carried pending with a payment", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) {
			s.WeiUser, s.WeiHub = amt(7), amt(13)
		}), nil},
		{"confirmation", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) {
			s.Pending, s.Timeout = state.Pending{}, 0
		}), nil},
		{"confirmation with a payment", withUserWithdrawal, after(withUserWithdrawal, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.WeiUser, s.WeiHub = state.Pending{}, 0, amt(0), amt(12)
		}), nil},
		{"invalidation of a deposit", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.TxCountChain, s.WeiUser = state.Pending{}, 0, 3, amt(5)
		}), nil},
		{"invalidation of a withdrawal", withUserWithdrawal, after(withUserWithdrawal, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.TxCountChain, s.WeiUser = state.Pending{}, 0, 3, amt(5)
		}), nil},
		{"deposit and withdrawal with a token sale for wei", baseState, func() state.ChannelState { return tokenSale() }, nil},
		{"credit of a direct deposit", baseState, after(baseState, func(s *state.ChannelState) {
			s.CreditedDepositWei, s.WeiUser = amt(4), amt(9)
			s.CreditedDepositToken, s.TokenUser = amt(10), amt(60)
		}), nil},
		{"credit with a payment", credited, after(credited, func(s *state.ChannelState) {
			s.CreditedDepositWei, s.WeiUser, s.WeiHub = amt(7), amt(9), amt(13)
		}), nil},
	})
}

// credited is baseState's successor that credited a 4-wei direct deposit to the user.
func credited() state.ChannelState {
	s := baseState()
	s.TxCountGlobal++
	s.CreditedDepositWei, s.WeiUser = amt(4), amt(9)
	return s
}

// tokenSale is baseState's successor in which the user sells 20 tokens to the hub for 4 wei and withdraws
// all its 9 wei, while the hub deposits 6 wei: wei 15 + 6 - 9 = 12, tokens unchanged at 150.
func tokenSale() state.ChannelState {
	s := baseState()
	s.TxCountGlobal, s.TxCountChain, s.Timeout = 8, 4, 1000
	s.TokenUser, s.TokenHub = amt(30), amt(120)
	s.WeiUser, s.WeiHub = amt(0), amt(12)
	s.Pending.DepositWeiHub, s.Pending.WithdrawalWeiUser = amt(6), amt(9)
	return s
}

func TestValidateTransitionRejected(t *testing.T) {
	runTransitions(t, []transitionCase{
		{"credit decreased", credited, after(credited, func(s *state.ChannelState) {
			s.CreditedDepositWei, s.WeiUser = amt(3), amt(8)
		}), state.ErrCreditDecreased},
		{"credit not added to a balance", baseState, after(baseState, func(s *state.ChannelState) {
			s.CreditedDepositWei = amt(4)
		}), state.ErrFundsNotConserved},
		{"credit above 2^128", baseState, after(baseState, func(s *state.ChannelState) {
			s.CreditedDepositWei = *new(uint256.Int).Lsh(uint256.NewInt(1), 128)
		}), state.ErrAmountTooLarge},
		{"invalid previous state", after(baseState, func(s *state.ChannelState) { s.Hub = s.User }),
			after(baseState, func(*state.ChannelState) {}), state.ErrParties},
		{"invalid next state", baseState, after(baseState, func(s *state.ChannelState) { s.LockedWei = amt(1) }), state.ErrLockFields},
		{"other user", baseState, after(baseState, func(s *state.ChannelState) { s.User = otherAddr }), state.ErrChannelMismatch},
		{"other hub", baseState, after(baseState, func(s *state.ChannelState) { s.Hub = otherAddr }), state.ErrChannelMismatch},
		{"same nonce", baseState, func() state.ChannelState { return baseState() }, state.ErrNonce},
		{"nonce + MaxNonceStep + 1", baseState, after(baseState, func(s *state.ChannelState) { s.TxCountGlobal += state.MaxNonceStep }), state.ErrNonce},
		{"nonce at max", atMaxNonce, atMaxNonce, state.ErrNonce},
		{"thread root changed", baseState, after(baseState, func(s *state.ChannelState) { s.ThreadRoot, s.ThreadCount = someRoot, 1 }), state.ErrThreadsChanged},
		{"thread count changed", withThreads, after(withThreads, func(s *state.ChannelState) { s.ThreadCount = 2 }), state.ErrThreadsChanged},
		{"thread root replaced", withThreads, after(withThreads, func(s *state.ChannelState) { s.ThreadRoot = otherRoot }), state.ErrThreadsChanged},
		{"wei created", baseState, after(baseState, func(s *state.ChannelState) { s.WeiUser = amt(6) }), state.ErrFundsNotConserved},
		{"wei destroyed", baseState, after(baseState, func(s *state.ChannelState) { s.WeiHub = amt(9) }), state.ErrFundsNotConserved},
		{"token created", baseState, after(baseState, func(s *state.ChannelState) { s.TokenHub = amt(101) }), state.ErrFundsNotConserved},
		{"lock created from nothing", baseState, after(baseState, func(s *state.ChannelState) { s.LockedToken, s.LockRoot = amt(1), someRoot }), state.ErrFundsNotConserved},
		{"chain count up without pending", baseState, after(baseState, func(s *state.ChannelState) { s.TxCountChain++ }), state.ErrChainCount},
		{"chain count down without pending", baseState, after(baseState, func(s *state.ChannelState) { s.TxCountChain-- }), state.ErrChainCount},
		{"new pending without chain count", baseState, after(withUserDeposit, func(s *state.ChannelState) { s.TxCountGlobal, s.TxCountChain = 8, 3 }), state.ErrChainCount},
		{"new pending chain count + 2", baseState, after(withUserDeposit, func(s *state.ChannelState) { s.TxCountGlobal, s.TxCountChain = 8, 5 }), state.ErrChainCount},
		{"deposit not credited", baseState, after(withUserDeposit, func(s *state.ChannelState) { s.TxCountGlobal, s.WeiUser = 8, amt(5) }), state.ErrFundsNotConserved},
		{"withdrawal not debited", baseState, after(withUserWithdrawal, func(s *state.ChannelState) { s.TxCountGlobal, s.WeiUser = 8, amt(5) }), state.ErrFundsNotConserved},
		{"withdrawal above funds", baseState, overdraw, state.ErrFundsNotConserved},
		{"token sale unbalanced", baseState, func() state.ChannelState { s := tokenSale(); s.WeiHub = amt(13); return s }, state.ErrFundsNotConserved},
		{"carried pending changed", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) { s.Pending.DepositWeiUser, s.WeiUser = amt(6), amt(11) }), state.ErrPendingChanged},
		{"carried pending extended", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) { s.Pending.DepositWeiHub = amt(1) }), state.ErrPendingChanged},
		{"carried timeout changed", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) { s.Timeout++ }), state.ErrPendingChanged},
		{"carried with chain count + 1", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) { s.TxCountChain++ }), state.ErrChainCount},
		{"carried with funds created", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) { s.WeiHub = amt(11) }), state.ErrFundsNotConserved},
		{"confirmation with funds created", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.WeiUser = state.Pending{}, 0, amt(11)
		}), state.ErrFundsNotConserved},
		{"invalidation keeping the deposit", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.TxCountChain = state.Pending{}, 0, 3
		}), state.ErrFundsNotConserved},
		{"invalidation by two", withUserDeposit, after(withUserDeposit, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.TxCountChain, s.WeiUser = state.Pending{}, 0, 2, amt(5)
		}), state.ErrChainCount},
		// A pending state at txCountChain 0 is itself invalid (the contract can never apply it), which
		// also rules out an "invalidation" whose chain count would wrap to 2^64-1.
		{"invalidation with chain count wrapping", wrapPrev, wrapNext, state.ErrCounts},
	})
}

func withThreads() state.ChannelState {
	s := baseState()
	s.ThreadRoot, s.ThreadCount = someRoot, 1
	return s
}

func atMaxNonce() state.ChannelState {
	s := baseState()
	s.TxCountGlobal = math.MaxUint64
	return s
}

// overdraw withdraws 100 wei from a channel holding 15: the balances cannot pay for it.
func overdraw() state.ChannelState {
	s := baseState()
	s.TxCountGlobal, s.TxCountChain, s.Timeout = 8, 4, 1000
	s.Pending.WithdrawalWeiUser, s.WeiUser, s.WeiHub = amt(100), amt(0), amt(0)
	return s
}

// wrapPrev has a pending deposit at txCountChain 0, one nonce before the maximum.
func wrapPrev() state.ChannelState {
	s := withUserDeposit()
	s.TxCountGlobal, s.TxCountChain = math.MaxUint64-1, 0
	return s
}

// wrapNext "invalidates" wrapPrev by moving txCountChain from 0 to 2^64-1, since (2^64-1)+1 wraps to 0.
// It is not txCountChain - 1 of anything, and the contract would reject it (InvalidChainCount).
func wrapNext() state.ChannelState {
	s := wrapPrev()
	s.TxCountGlobal, s.TxCountChain = math.MaxUint64, math.MaxUint64
	s.Pending, s.Timeout, s.WeiUser = state.Pending{}, 0, amt(5)
	return s
}
