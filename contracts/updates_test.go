package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/internal/chaintest"
	"spoke/state"
)

// Shared helpers of the authorized-update and security tests. Every identifier starts with "upd" so the
// files can live beside the other test files of the package.

// updEther returns n ether (or n whole tokens: the test token has 18 decimals).
func updEther(n uint64) uint256.Int {
	var v uint256.Int
	v.Mul(uint256.NewInt(n), uint256.NewInt(1e18))
	return v
}

// updPlus returns v + d.
func updPlus(v uint256.Int, d uint64) uint256.Int {
	v.AddUint64(&v, d)
	return v
}

// updBig converts an amount for the bindings.
func updBig(v uint256.Int) *big.Int { return v.ToBig() }

// updNeg returns -v.
func updNeg(v *big.Int) *big.Int { return new(big.Int).Neg(v) }

// updAdd returns the sum of vs.
func updAdd(vs ...*big.Int) *big.Int {
	out := new(big.Int)
	for _, v := range vs {
		out.Add(out, v)
	}
	return out
}

// updGas is what a mined transaction cost its sender in wei.
func updGas(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// updDo sends a transaction that must succeed.
func updDo(t *testing.T, e *chaintest.Env, a chaintest.Actor, value *big.Int, fn func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	t.Helper()
	r, err := e.Do(a, value, fn)
	if err != nil {
		t.Fatalf("%s: %v", a.Name, err)
	}
	return r
}

// updRevert asserts err is a revert with the named custom error and, when args are given, those arguments.
func updRevert(t *testing.T, err error, name string, args ...any) {
	t.Helper()
	if err == nil {
		t.Fatalf("transaction succeeded, want revert %s", name)
	}
	if got := chaintest.RevertName(err); got != name {
		t.Fatalf("reverted with %q (%v), want %s", got, err, name)
	}
	if args == nil {
		return
	}
	var r *chaintest.RevertError
	errors.As(err, &r)
	if len(r.Args) != len(args) {
		t.Fatalf("%s has %d args %v, want %d", name, len(r.Args), r.Args, len(args))
	}
	for i := range args {
		if got, want := fmt.Sprint(r.Args[i]), fmt.Sprint(args[i]); got != want {
			t.Fatalf("%s arg %d is %s, want %s", name, i, got, want)
		}
	}
}

// updSig signs the state's digest under the given domain (nil: the harness deployment) with a's key.
func updSig(t *testing.T, e *chaintest.Env, d *state.Domain, s *state.ChannelState, a chaintest.Actor) []byte {
	t.Helper()
	if d == nil {
		d = e.Domain
	}
	sig, err := state.Sign(d.ChannelDigest(s), a.Key)
	if err != nil {
		t.Fatal(err)
	}
	return sig[:]
}

// updUserUpdate sends userAuthorizedUpdate as a.
func updUserUpdate(e *chaintest.Env, a chaintest.Actor, s *state.ChannelState, sigHub []byte, value *big.Int) (*types.Receipt, error) {
	return e.Do(a, value, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.UserAuthorizedUpdate(o, contracts.ChannelState(s), sigHub)
	})
}

// updHubUpdate sends hubAuthorizedUpdate as a.
func updHubUpdate(e *chaintest.Env, a chaintest.Actor, s *state.ChannelState, sigUser []byte) (*types.Receipt, error) {
	return e.Do(a, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.HubAuthorizedUpdate(o, contracts.ChannelState(s), sigUser)
	})
}

// updHubDeposit adds wei and tokens to the hub's reserve.
func updHubDeposit(t *testing.T, e *chaintest.Env, wei, tok uint256.Int) *types.Receipt {
	t.Helper()
	return updDo(t, e, e.Hub, updBig(wei), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.HubDeposit(o, updBig(tok))
	})
}

// updState is a first update of the (Hub, user) channel with no amounts, due in ten minutes.
func updState(e *chaintest.Env, user chaintest.Actor) state.ChannelState {
	return state.ChannelState{Hub: e.Hub.Addr, User: user.Addr, Recipient: user.Addr,
		TxCountGlobal: 1, TxCountChain: 1, Timeout: e.Now() + 600}
}

// updOpen applies a first state in which Alice deposits wei and tokens, with the given txCountGlobal.
func updOpen(t *testing.T, e *chaintest.Env, wei, tok uint256.Int, txCountGlobal uint64) state.ChannelState {
	t.Helper()
	s := updState(e, e.Alice)
	s.TxCountGlobal = txCountGlobal
	s.WeiUser, s.Pending.DepositWeiUser = wei, wei
	s.TokenUser, s.Pending.DepositTokenUser = tok, tok
	if _, err := updUserUpdate(e, e.Alice, &s, updSig(t, e, nil, &s, e.Hub), updBig(wei)); err != nil {
		t.Fatalf("open channel: %v", err)
	}
	return s
}

// updReserve reads the hub's reserve.
func updReserve(t *testing.T, e *chaintest.Env) (wei, tok *big.Int) {
	t.Helper()
	wei, err := e.Manager.ReserveWei(nil, e.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	tok, err = e.Manager.ReserveToken(nil, e.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	return wei, tok
}

// updBooks snapshots wei and token balances of some addresses and the hub's reserve, to check exact changes.
type updBooks struct {
	e              *chaintest.Env
	wei, tok       map[common.Address]*big.Int
	resWei, resTok *big.Int
}

func updOpenBooks(t *testing.T, e *chaintest.Env, addrs ...common.Address) *updBooks {
	t.Helper()
	b := &updBooks{e: e, wei: map[common.Address]*big.Int{}, tok: map[common.Address]*big.Int{}}
	for _, a := range addrs {
		b.wei[a], b.tok[a] = e.WeiBalance(a), e.TokenBalance(a)
	}
	b.resWei, b.resTok = updReserve(t, e)
	return b
}

// want checks addr's wei balance moved by exactly delta, and its token balance by tokDelta.
func (b *updBooks) want(t *testing.T, addr common.Address, weiDelta, tokDelta *big.Int) {
	t.Helper()
	if got := new(big.Int).Sub(b.e.WeiBalance(addr), b.wei[addr]); got.Cmp(weiDelta) != 0 {
		t.Errorf("%s: wei moved by %s, want %s", addr, got, weiDelta)
	}
	if got := new(big.Int).Sub(b.e.TokenBalance(addr), b.tok[addr]); got.Cmp(tokDelta) != 0 {
		t.Errorf("%s: tokens moved by %s, want %s", addr, got, tokDelta)
	}
}

// wantReserve checks the hub's reserve moved by exactly the given amounts.
func (b *updBooks) wantReserve(t *testing.T, weiDelta, tokDelta *big.Int) {
	t.Helper()
	w, k := updReserve(t, b.e)
	if got := new(big.Int).Sub(w, b.resWei); got.Cmp(weiDelta) != 0 {
		t.Errorf("reserve wei moved by %s, want %s", got, weiDelta)
	}
	if got := new(big.Int).Sub(k, b.resTok); got.Cmp(tokDelta) != 0 {
		t.Errorf("reserve tokens moved by %s, want %s", got, tokDelta)
	}
}

// updWantChannel checks the on-chain record holds the state's balances and counts and the given totals.
func updWantChannel(t *testing.T, e *chaintest.Env, s *state.ChannelState, weiTotal, tokTotal uint256.Int) {
	t.Helper()
	c := e.Channel(s.Hub, s.User)
	got := fmt.Sprint(c.WeiHub, c.WeiUser, c.TokenHub, c.TokenUser, c.WeiTotal, c.TokenTotal, c.TxCountGlobal, c.TxCountChain)
	want := fmt.Sprint(updBig(s.WeiHub), updBig(s.WeiUser), updBig(s.TokenHub), updBig(s.TokenUser),
		updBig(weiTotal), updBig(tokTotal), s.TxCountGlobal, s.TxCountChain)
	if got != want {
		t.Fatalf("channel record %s, want %s", got, want)
	}
}

// updRecord is the on-chain record of the (Hub, user) channel, printable for comparison.
func updRecord(e *chaintest.Env, user common.Address) string {
	return fmt.Sprintf("%+v", e.Channel(e.Hub.Addr, user))
}

// updZero is a zero delta.
var updZero = new(big.Int)

func TestHubDepositMovesExactAmounts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		wei, tok uint256.Int
	}{
		{"wei", updEther(7), u(0)},
		{"tokens", u(0), updEther(1234)},
		{"both", u(3), u(5)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			b := updOpenBooks(t, e, e.Hub.Addr, e.Dep.Manager)
			r := updHubDeposit(t, e, tc.wei, tc.tok)
			b.wantReserve(t, updBig(tc.wei), updBig(tc.tok))
			b.want(t, e.Hub.Addr, updNeg(updAdd(updBig(tc.wei), updGas(r))), updNeg(updBig(tc.tok)))
			b.want(t, e.Dep.Manager, updBig(tc.wei), updBig(tc.tok))
			ev := updReserveDeposited(t, e, r)
			if ev.Hub != e.Hub.Addr || ev.WeiAmount.Cmp(updBig(tc.wei)) != 0 || ev.TokenAmount.Cmp(updBig(tc.tok)) != 0 {
				t.Fatalf("HubReserveDeposited %+v", ev)
			}
		})
	}
}

// updReserveDeposited returns the single HubReserveDeposited event of a receipt.
func updReserveDeposited(t *testing.T, e *chaintest.Env, r *types.Receipt) *bindings.ChannelManagerHubReserveDeposited {
	t.Helper()
	var found []*bindings.ChannelManagerHubReserveDeposited
	for _, l := range r.Logs {
		if ev, err := e.Manager.ParseHubReserveDeposited(*l); err == nil && l.Address == e.Dep.Manager {
			found = append(found, ev)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d HubReserveDeposited events, want 1", len(found))
	}
	return found[0]
}

func TestHubWithdrawPaysOutReserve(t *testing.T) {
	for _, tc := range []struct {
		name     string
		wei, tok uint256.Int
	}{
		{"part", updEther(2), updEther(300)},
		{"the whole reserve", updEther(5), updEther(1000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			updHubDeposit(t, e, updEther(5), updEther(1000))
			b := updOpenBooks(t, e, e.Hub.Addr, e.Dep.Manager)
			r := updDo(t, e, e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return e.Manager.HubWithdraw(o, updBig(tc.wei), updBig(tc.tok))
			})
			b.wantReserve(t, updNeg(updBig(tc.wei)), updNeg(updBig(tc.tok)))
			b.want(t, e.Hub.Addr, updAdd(updBig(tc.wei), updNeg(updGas(r))), updBig(tc.tok))
			b.want(t, e.Dep.Manager, updNeg(updBig(tc.wei)), updNeg(updBig(tc.tok)))
			updWantWithdrawnEvent(t, e, r, tc.wei, tc.tok)
		})
	}
}

// updWantWithdrawnEvent checks the receipt holds exactly one HubReserveWithdrawn of the hub's amounts.
func updWantWithdrawnEvent(t *testing.T, e *chaintest.Env, r *types.Receipt, wei, tok uint256.Int) {
	t.Helper()
	var events int
	for _, l := range r.Logs {
		if ev, err := e.Manager.ParseHubReserveWithdrawn(*l); err == nil && l.Address == e.Dep.Manager {
			events++
			if ev.Hub != e.Hub.Addr || ev.WeiAmount.Cmp(updBig(wei)) != 0 || ev.TokenAmount.Cmp(updBig(tok)) != 0 {
				t.Fatalf("HubReserveWithdrawn %+v", ev)
			}
		}
	}
	if events != 1 {
		t.Fatalf("%d HubReserveWithdrawn events, want 1", events)
	}
}

func TestHubWithdrawInsufficientReserve(t *testing.T) {
	for _, tc := range []struct {
		name     string
		by       func(e *chaintest.Env) chaintest.Actor
		wei, tok uint256.Int
	}{
		{"wei one above reserve", updHub, updPlus(updEther(5), 1), u(0)},
		{"tokens one above reserve", updHub, u(0), updPlus(updEther(1000), 1)},
		{"another hub's reserve", updMallory, u(1), u(0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			updHubDeposit(t, e, updEther(5), updEther(1000))
			by := tc.by(e)
			b := updOpenBooks(t, e, e.Hub.Addr, e.Dep.Manager, by.Addr)
			_, err := e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return e.Manager.HubWithdraw(o, updBig(tc.wei), updBig(tc.tok))
			})
			updRevert(t, err, "InsufficientReserve", by.Addr)
			b.wantReserve(t, updZero, updZero)
			b.want(t, e.Dep.Manager, updZero, updZero)
			b.want(t, by.Addr, updZero, updZero)
		})
	}
}
