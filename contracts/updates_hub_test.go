package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts/bindings"
	"spoke/internal/chaintest"
	"spoke/state"
)

// updConfirm is the off-chain state that confirms s once applied: pending cleared, one more txCountGlobal.
func updConfirm(t *testing.T, s state.ChannelState) state.ChannelState {
	t.Helper()
	c := s
	c.Pending, c.Timeout, c.TxCountGlobal = state.Pending{}, 0, s.TxCountGlobal+1
	if err := state.ValidateTransition(&s, &c); err != nil {
		t.Fatalf("confirmation: %v", err)
	}
	return c
}

// updNext is the state after prev carrying new pending operations (set by f), checked by the Go validator.
func updNext(t *testing.T, e *chaintest.Env, prev state.ChannelState, f func(*state.ChannelState)) state.ChannelState {
	t.Helper()
	s := prev
	s.TxCountGlobal, s.TxCountChain, s.Timeout = prev.TxCountGlobal+1, prev.TxCountChain+1, e.Now()+600
	f(&s)
	if err := state.ValidateTransition(&prev, &s); err != nil {
		t.Fatalf("next state: %v", err)
	}
	return s
}

// updHubApply applies s with hubAuthorizedUpdate and Alice's signature; it must succeed.
func updHubApply(t *testing.T, e *chaintest.Env, s *state.ChannelState) *big.Int {
	t.Helper()
	r, err := updHubUpdate(e, e.Hub, s, updSig(t, e, nil, s, e.Alice))
	if err != nil {
		t.Fatal(err)
	}
	return updGas(r)
}

func TestHubAuthorizedCollateralDeposit(t *testing.T) {
	e := newEnv(t)
	updHubDeposit(t, e, updEther(10), updEther(500))
	s := updState(e, e.Alice)
	s.WeiHub, s.Pending.DepositWeiHub = updEther(4), updEther(4)
	s.TokenHub, s.Pending.DepositTokenHub = updEther(200), updEther(200)
	b := updOpenBooks(t, e, e.Hub.Addr, e.Alice.Addr, e.Dep.Manager)
	gas := updHubApply(t, e, &s)
	updWantChannel(t, e, &s, updEther(4), updEther(200))
	b.wantReserve(t, updNeg(updBig(updEther(4))), updNeg(updBig(updEther(200))))
	b.want(t, e.Hub.Addr, updNeg(gas), updZero)
	b.want(t, e.Alice.Addr, updZero, updZero)
	b.want(t, e.Dep.Manager, updZero, updZero) // reserve to channel stays inside the contract
}

func TestHubAuthorizedUserWithdrawal(t *testing.T) {
	beef := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	for _, tc := range []struct {
		name      string
		recipient common.Address
		paid      func(e *chaintest.Env) common.Address
	}{
		{"to a recipient", beef, func(*chaintest.Env) common.Address { return beef }},
		{"zero recipient pays the user", common.Address{}, func(e *chaintest.Env) common.Address { return e.Alice.Addr }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			s1 := updOpen(t, e, updEther(3), updEther(100), 1)
			s3 := updNext(t, e, updConfirm(t, s1), func(s *state.ChannelState) {
				s.Recipient = tc.recipient
				s.WeiUser, s.Pending.WithdrawalWeiUser = updEther(1), updEther(2)
				s.TokenUser, s.Pending.WithdrawalTokenUser = updEther(40), updEther(60)
			})
			to := tc.paid(e)
			b := updOpenBooks(t, e, to, e.Alice.Addr, e.Dep.Manager)
			updHubApply(t, e, &s3)
			updWantChannel(t, e, &s3, updEther(1), updEther(40))
			b.want(t, to, updBig(updEther(2)), updBig(updEther(60)))
			if to != e.Alice.Addr {
				b.want(t, e.Alice.Addr, updZero, updZero)
			}
			b.want(t, e.Dep.Manager, updNeg(updBig(updEther(2))), updNeg(updBig(updEther(60))))
			b.wantReserve(t, updZero, updZero)
		})
	}
}

func TestHubWithdrawalReturnsToReserve(t *testing.T) {
	for _, tc := range []struct {
		name  string
		apply func(t *testing.T, e *chaintest.Env, s *state.ChannelState) (hubGas *big.Int)
	}{
		{"applied by the hub", func(t *testing.T, e *chaintest.Env, s *state.ChannelState) *big.Int {
			return updHubApply(t, e, s)
		}},
		{"applied by the user", func(t *testing.T, e *chaintest.Env, s *state.ChannelState) *big.Int {
			if _, err := updUserUpdate(e, e.Alice, s, updSig(t, e, nil, s, e.Hub), nil); err != nil {
				t.Fatal(err)
			}
			return new(big.Int)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			updHubDeposit(t, e, updEther(10), updEther(500))
			s1 := updState(e, e.Alice)
			s1.WeiHub, s1.Pending.DepositWeiHub = updEther(4), updEther(4)
			s1.TokenHub, s1.Pending.DepositTokenHub = updEther(200), updEther(200)
			updHubApply(t, e, &s1)
			s3 := updNext(t, e, updConfirm(t, s1), func(s *state.ChannelState) {
				s.WeiHub, s.Pending.WithdrawalWeiHub = updEther(1), updEther(3)
				s.TokenHub, s.Pending.WithdrawalTokenHub = updEther(50), updEther(150)
			})
			b := updOpenBooks(t, e, e.Hub.Addr, e.Dep.Manager)
			gas := tc.apply(t, e, &s3)
			updWantChannel(t, e, &s3, updEther(1), updEther(50))
			b.wantReserve(t, updBig(updEther(3)), updBig(updEther(150)))
			b.want(t, e.Hub.Addr, updNeg(gas), updZero)
			b.want(t, e.Dep.Manager, updZero, updZero)
		})
	}
}

// A user sells 40 tokens for 2 ether and withdraws the ether in one state: its tokens move to the hub's
// balance, the hub deposits the 2 ether from its reserve, and the user withdraws them.
func TestUserSellsTokensAndWithdrawsWei(t *testing.T) {
	e := newEnv(t)
	updHubDeposit(t, e, updEther(5), uint256.Int{})
	s1 := updOpen(t, e, uint256.Int{}, updEther(100), 1)
	s3 := updNext(t, e, updConfirm(t, s1), func(s *state.ChannelState) {
		s.TokenUser, s.TokenHub = updEther(60), updEther(40)
		s.Pending.DepositWeiHub, s.Pending.WithdrawalWeiUser = updEther(2), updEther(2)
	})
	b := updOpenBooks(t, e, e.Alice.Addr, e.Dep.Manager)
	updHubApply(t, e, &s3)
	updWantChannel(t, e, &s3, uint256.Int{}, updEther(100))
	b.want(t, e.Alice.Addr, updBig(updEther(2)), updZero)
	b.want(t, e.Dep.Manager, updNeg(updBig(updEther(2))), updZero)
	b.wantReserve(t, updNeg(updBig(updEther(2))), updZero)
}

// updHubPath applies a one-ether hub collateral deposit (funded in the reserve) with Alice's signature.
var updHubPath = updPath{
	base: func(t *testing.T, e *chaintest.Env) state.ChannelState {
		updHubDeposit(t, e, updEther(1), uint256.Int{})
		s := updState(e, e.Alice)
		s.WeiHub, s.Pending.DepositWeiHub = updEther(1), updEther(1)
		return s
	},
	caller: updHub,
	signer: updAlice,
	value:  func(*state.ChannelState) *big.Int { return nil },
	send: func(e *chaintest.Env, by chaintest.Actor, s *state.ChannelState, sig []byte, _ *big.Int) error {
		_, err := updHubUpdate(e, by, s, sig)
		return err
	},
}

func TestHubAuthorizedUpdateReverts(t *testing.T) {
	setUser := func(user func(e *chaintest.Env) common.Address) func(*testing.T, *chaintest.Env, *state.ChannelState) {
		return func(_ *testing.T, e *chaintest.Env, s *state.ChannelState) { s.User = user(e) }
	}
	cases := append(updCommonCases(),
		updCase{name: "caller is the user", caller: updAlice, want: "NotAParty", args: updAddrArg(updAlice)},
		updCase{name: "caller is a stranger", caller: updMallory, want: "NotAParty", args: updAddrArg(updMallory)},
		updCase{name: "zero user", setup: setUser(func(*chaintest.Env) common.Address { return common.Address{} }),
			want: "InvalidParties"},
		updCase{name: "user equals hub", setup: setUser(func(e *chaintest.Env) common.Address { return e.Hub.Addr }),
			want: "InvalidParties"},
		updCase{name: "user is the contract", setup: setUser(func(e *chaintest.Env) common.Address { return e.Dep.Manager }),
			want: "InvalidParties"},
		updCase{name: "hub deposit one wei beyond reserve", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.WeiHub, s.Pending.DepositWeiHub = updPlus(updEther(1), 1), updPlus(updEther(1), 1)
		}, want: "InsufficientReserve", args: updAddrArg(updHub)},
		updCase{name: "user deposit also drawn from reserve", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.WeiUser, s.Pending.DepositWeiUser = u(1), u(1)
		}, want: "InsufficientReserve", args: updAddrArg(updHub)},
		updCase{name: "user token deposit drawn from an empty token reserve", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.TokenUser, s.Pending.DepositTokenUser = u(1), u(1)
		}, want: "InsufficientReserve", args: updAddrArg(updHub)},
		updCase{name: "signed by the hub itself", signer: updHub, want: "InvalidSignature", args: updAddrArg(updAlice)},
		updCase{name: "signed by a stranger for the user", signer: updMallory, want: "InvalidSignature", args: updAddrArg(updAlice)},
	)
	updRun(t, updHubPath, cases)
}

func TestChannelUpdatedEvent(t *testing.T) {
	for _, byHub := range []bool{false, true} {
		t.Run(map[bool]string{false: "by user", true: "by hub"}[byHub], func(t *testing.T) {
			e := newEnv(t)
			updHubDeposit(t, e, updEther(1), uint256.Int{})
			s := updState(e, e.Alice)
			s.TxCountGlobal = 7
			s.WeiHub, s.Pending.DepositWeiHub = updEther(1), updEther(1)
			var r *types.Receipt
			var err error
			if byHub {
				r, err = updHubUpdate(e, e.Hub, &s, updSig(t, e, nil, &s, e.Alice))
			} else {
				r, err = updUserUpdate(e, e.Alice, &s, updSig(t, e, nil, &s, e.Hub), nil)
			}
			if err != nil {
				t.Fatal(err)
			}
			var events []*bindings.ChannelManagerChannelUpdated
			for _, l := range r.Logs {
				if ev, err := e.Manager.ParseChannelUpdated(*l); err == nil && l.Address == e.Dep.Manager {
					events = append(events, ev)
				}
			}
			if len(events) != 1 {
				t.Fatalf("%d ChannelUpdated events, want 1", len(events))
			}
			ev := events[0]
			if ev.Hub != e.Hub.Addr || ev.User != e.Alice.Addr || ev.ByHub != byHub ||
				ev.TxCountGlobal.Uint64() != 7 || ev.TxCountChain.Uint64() != 1 {
				t.Fatalf("ChannelUpdated{hub %s user %s byHub %v global %s chain %s}",
					ev.Hub, ev.User, ev.ByHub, ev.TxCountGlobal, ev.TxCountChain)
			}
		})
	}
}
