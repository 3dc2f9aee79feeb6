package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/internal/chaintest"
	"spoke/state"
)

func TestUserAuthorizedUpdateDeposits(t *testing.T) {
	for _, tc := range []struct {
		name                     string
		reserveWei, reserveTok   uint256.Int
		weiUser, tokUser         uint256.Int // the user's deposits
		weiHub, tokHub           uint256.Int // the hub's deposits, drawn from its reserve
		wantWeiTotal, wantTokTot uint256.Int
	}{
		{name: "wei", weiUser: updEther(2), wantWeiTotal: updEther(2)},
		{name: "tokens", tokUser: updEther(300), wantTokTot: updEther(300)},
		{name: "with hub deposit from reserve", reserveWei: updEther(10), reserveTok: updEther(1000),
			weiUser: updEther(1), tokUser: updEther(50), weiHub: updEther(4), tokHub: updEther(250),
			wantWeiTotal: updEther(5), wantTokTot: updEther(300)},
		{name: "hub deposit empties reserve", reserveWei: updEther(4), reserveTok: u(7),
			weiHub: updEther(4), tokHub: u(7), wantWeiTotal: updEther(4), wantTokTot: u(7)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			if !tc.reserveWei.IsZero() || !tc.reserveTok.IsZero() {
				updHubDeposit(t, e, tc.reserveWei, tc.reserveTok)
			}
			s := updState(e, e.Alice)
			s.WeiUser, s.Pending.DepositWeiUser = tc.weiUser, tc.weiUser
			s.TokenUser, s.Pending.DepositTokenUser = tc.tokUser, tc.tokUser
			s.WeiHub, s.Pending.DepositWeiHub = tc.weiHub, tc.weiHub
			s.TokenHub, s.Pending.DepositTokenHub = tc.tokHub, tc.tokHub
			b := updOpenBooks(t, e, e.Alice.Addr, e.Hub.Addr, e.Dep.Manager)
			r, err := updUserUpdate(e, e.Alice, &s, updSig(t, e, nil, &s, e.Hub), updBig(tc.weiUser))
			if err != nil {
				t.Fatal(err)
			}
			updWantChannel(t, e, &s, tc.wantWeiTotal, tc.wantTokTot)
			b.wantReserve(t, updNeg(updBig(tc.weiHub)), updNeg(updBig(tc.tokHub)))
			b.want(t, e.Alice.Addr, updNeg(updAdd(updBig(tc.weiUser), updGas(r))), updNeg(updBig(tc.tokUser)))
			b.want(t, e.Dep.Manager, updBig(tc.weiUser), updBig(tc.tokUser))
			b.want(t, e.Hub.Addr, updZero, updZero)
		})
	}
}

// updCase is one update that must revert. setup runs on the base state before signing (it may also act on
// the chain); tamper changes the state after signing. caller, signer and value default to the path's.
type updCase struct {
	name   string
	setup  func(t *testing.T, e *chaintest.Env, s *state.ChannelState)
	tamper func(s *state.ChannelState)
	caller func(e *chaintest.Env) chaintest.Actor
	signer func(e *chaintest.Env) chaintest.Actor
	value  *big.Int
	want   string
	args   func(e *chaintest.Env, s *state.ChannelState) []any
}

// updPath is one way of applying a state: who sends it, who signs it, and how.
type updPath struct {
	base   func(t *testing.T, e *chaintest.Env) state.ChannelState
	caller func(e *chaintest.Env) chaintest.Actor
	signer func(e *chaintest.Env) chaintest.Actor
	value  func(s *state.ChannelState) *big.Int
	send   func(e *chaintest.Env, by chaintest.Actor, s *state.ChannelState, sig []byte, value *big.Int) error
}

// updRun runs each case on a fresh chain and checks the revert left the channel, Alice, the contract
// and the hub's reserve untouched.
func updRun(t *testing.T, p updPath, cases []updCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			s := p.base(t, e)
			if tc.setup != nil {
				tc.setup(t, e, &s)
			}
			signer, caller, value := p.signer(e), p.caller(e), p.value(&s)
			if tc.signer != nil {
				signer = tc.signer(e)
			}
			if tc.caller != nil {
				caller = tc.caller(e)
			}
			if tc.value != nil {
				value = tc.value
			}
			sig := updSig(t, e, nil, &s, signer)
			if tc.tamper != nil {
				tc.tamper(&s)
			}
			record := updRecord(e, e.Alice.Addr)
			b := updOpenBooks(t, e, e.Alice.Addr, e.Dep.Manager)
			var args []any
			if tc.args != nil {
				args = tc.args(e, &s)
			}
			updRevert(t, p.send(e, caller, &s, sig, value), tc.want, args...)
			if got := updRecord(e, e.Alice.Addr); got != record {
				t.Fatalf("channel changed by a reverted update:\n%s\nwas\n%s", got, record)
			}
			b.want(t, e.Alice.Addr, updZero, updZero)
			b.want(t, e.Dep.Manager, updZero, updZero)
			b.wantReserve(t, updZero, updZero)
		})
	}
}

// updHub, updAlice and updMallory pick an actor of an environment.
func updHub(e *chaintest.Env) chaintest.Actor     { return e.Hub }
func updAlice(e *chaintest.Env) chaintest.Actor   { return e.Alice }
func updMallory(e *chaintest.Env) chaintest.Actor { return e.Mallory }

// updAddrArg expects the picked actor's address as the only revert argument.
func updAddrArg(pick func(e *chaintest.Env) chaintest.Actor) func(*chaintest.Env, *state.ChannelState) []any {
	return func(e *chaintest.Env, _ *state.ChannelState) []any { return []any{pick(e).Addr} }
}

// updArgs expects fixed revert arguments.
func updArgs(vs ...any) func(*chaintest.Env, *state.ChannelState) []any {
	return func(*chaintest.Env, *state.ChannelState) []any { return vs }
}

// updCommonCases are the checks userAuthorizedUpdate and hubAuthorizedUpdate share (_checkUpdate and the
// funds check); the base state has txCountGlobal 1, txCountChain 1 and a one-ether deposit.
func updCommonCases() []updCase {
	open5 := func(t *testing.T, e *chaintest.Env, _ *state.ChannelState) {
		updOpen(t, e, updEther(1), u(0), 5)
	}
	return []updCase{
		{name: "channel in dispute", setup: func(t *testing.T, e *chaintest.Env, _ *state.ChannelState) {
			updDo(t, e, e.Alice, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return e.Manager.StartExit(o, e.Hub.Addr, e.Alice.Addr)
			})
		}, want: "ChannelNotOpen", args: updArgs(uint8(1))},
		{name: "timeout passed", setup: func(t *testing.T, e *chaintest.Env, s *state.ChannelState) {
			s.Timeout = e.Now() + 60
			if err := e.Advance(120); err != nil {
				t.Fatal(err)
			}
		}, want: "UpdateExpired", args: func(_ *chaintest.Env, s *state.ChannelState) []any { return []any{s.Timeout} }},
		{name: "nonce equal to stored", setup: func(t *testing.T, e *chaintest.Env, s *state.ChannelState) {
			open5(t, e, s)
			s.TxCountGlobal, s.TxCountChain = 5, 2
		}, want: "StaleNonce", args: updArgs(5, 5)},
		{name: "nonce below stored", setup: func(t *testing.T, e *chaintest.Env, s *state.ChannelState) {
			open5(t, e, s)
			s.TxCountGlobal, s.TxCountChain = 4, 2
		}, want: "StaleNonce", args: updArgs(5, 4)},
		{name: "chain count not advanced", setup: func(t *testing.T, e *chaintest.Env, s *state.ChannelState) {
			open5(t, e, s)
			s.TxCountGlobal, s.TxCountChain = 6, 1
		}, want: "InvalidChainCount", args: updArgs(1, 1)},
		{name: "chain count skips one", setup: func(t *testing.T, e *chaintest.Env, s *state.ChannelState) {
			open5(t, e, s)
			s.TxCountGlobal, s.TxCountChain = 6, 3
		}, want: "InvalidChainCount", args: updArgs(1, 3)},
		{name: "chain count zero on a new channel", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.TxCountChain = 0
		}, want: "InvalidChainCount", args: updArgs(0, 0)},
		{name: "wei balances exceed total", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.WeiHub.AddUint64(&s.WeiHub, 1)
		}, want: "InsufficientChannelFunds"},
		{name: "token balances exceed total", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.TokenUser.AddUint64(&s.TokenUser, 1)
		}, want: "InsufficientChannelFunds"},
		{name: "locked wei exceeds total", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.LockedWei, s.LockRoot = u(1), common.Hash{1}
		}, want: "InsufficientChannelFunds"},
		{name: "wei withdrawals exceed total", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.WeiHub, s.WeiUser = u(0), u(0)
			s.Pending.WithdrawalWeiUser = updPlus(updEther(1), 1)
		}, want: "InsufficientChannelFunds"},
		{name: "token withdrawals exceed total", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.Pending.WithdrawalTokenHub = u(1)
		}, want: "InsufficientChannelFunds"},
		{name: "signed by a stranger", signer: updMallory, want: "InvalidSignature"},
		{name: "state changed after signing", tamper: func(s *state.ChannelState) {
			s.Recipient = common.Address{0xbe, 0xef}
		}, want: "InvalidSignature"},
	}
}

// updUserPath applies Alice's one-ether deposit with the hub's signature.
var updUserPath = updPath{
	base: func(_ *testing.T, e *chaintest.Env) state.ChannelState {
		s := updState(e, e.Alice)
		s.WeiUser, s.Pending.DepositWeiUser = updEther(1), updEther(1)
		return s
	},
	caller: updAlice,
	signer: updHub,
	value:  func(s *state.ChannelState) *big.Int { return updBig(s.Pending.DepositWeiUser) },
	send: func(e *chaintest.Env, by chaintest.Actor, s *state.ChannelState, sig []byte, value *big.Int) error {
		_, err := updUserUpdate(e, by, s, sig, value)
		return err
	},
}

func TestUserAuthorizedUpdateReverts(t *testing.T) {
	cases := append(updCommonCases(),
		updCase{name: "caller is the hub", caller: updHub, want: "NotAParty", args: updAddrArg(updHub)},
		updCase{name: "caller is a stranger", caller: updMallory, want: "NotAParty", args: updAddrArg(updMallory)},
		// msg.sender can never be the zero address, so the caller check fires before the parties check.
		updCase{name: "zero user", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.User = common.Address{}
		}, want: "NotAParty", args: updAddrArg(updAlice)},
		updCase{name: "zero hub", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.Hub = common.Address{}
		}, want: "InvalidParties"},
		updCase{name: "value one wei short", value: big.NewInt(999_999_999_999_999_999),
			want: "WrongDepositValue", args: updArgs(updBig(updEther(1)), big.NewInt(999_999_999_999_999_999))},
		updCase{name: "value one wei over", value: updBig(updPlus(updEther(1), 1)),
			want: "WrongDepositValue", args: updArgs(updBig(updEther(1)), updBig(updPlus(updEther(1), 1)))},
		updCase{name: "hub wei deposit beyond reserve", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.WeiHub, s.Pending.DepositWeiHub = u(1), u(1)
		}, want: "InsufficientReserve", args: updAddrArg(updHub)},
		updCase{name: "hub token deposit beyond reserve", setup: func(t *testing.T, e *chaintest.Env, s *state.ChannelState) {
			updHubDeposit(t, e, updEther(3), updEther(3))
			s.TokenHub, s.Pending.DepositTokenHub = updPlus(updEther(3), 1), updPlus(updEther(3), 1)
		}, want: "InsufficientReserve", args: updAddrArg(updHub)},
		updCase{name: "signed by the user itself", signer: updAlice, want: "InvalidSignature", args: updAddrArg(updHub)},
		updCase{name: "hub equals user", setup: func(_ *testing.T, _ *chaintest.Env, s *state.ChannelState) {
			s.Hub = s.User
		}, want: "InvalidParties"},
		updCase{name: "nonce raised after signing", tamper: func(s *state.ChannelState) {
			s.TxCountGlobal++
		}, want: "InvalidSignature", args: updAddrArg(updHub)},
	)
	updRun(t, updUserPath, cases)
}
