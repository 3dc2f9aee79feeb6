package contracts_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

// Shared helpers of the dispute tests (exit_test.go, settlement_test.go and the dispute_*_test.go files).

// Channel statuses of the contract.
const (
	disputeOpen     uint8 = 0
	disputeExiting  uint8 = 1
	disputeSettling uint8 = 2
)

// disputeBal is a set of wei and token amounts of hub and user.
type disputeBal struct{ WeiHub, WeiUser, TokenHub, TokenUser uint64 }

// disputeStd are the deposits of the standard channel: hub 3 ether / 300 tokens, user 5 ether / 500 tokens.
var disputeStd = disputeBal{WeiHub: 3e18, WeiUser: 5e18, TokenHub: 300, TokenUser: 500}

// disputeEnv is a fresh chain whose hub holds a reserve of 100 ether and 1,000,000 token units.
func disputeEnv(t *testing.T) *chaintest.Env {
	t.Helper()
	e := newEnv(t)
	disputeOK(t)(e.Do(e.Hub, new(big.Int).Mul(big.NewInt(100), chaintest.Ether), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.HubDeposit(o, big.NewInt(1_000_000))
	}))
	return e
}

// disputeOpenChannel has user apply (userAuthorizedUpdate) the first state of its channel with the hub:
// the user deposits dep.WeiUser / dep.TokenUser, the hub's reserve dep.WeiHub / dep.TokenHub. The state's
// balances equal the deposits unless mutate changes them (to set a thread or lock root, for instance).
func disputeOpenChannel(t *testing.T, e *chaintest.Env, user chaintest.Actor, dep disputeBal, mutate func(*state.ChannelState)) state.ChannelState {
	t.Helper()
	s := state.ChannelState{Hub: e.Hub.Addr, User: user.Addr, Recipient: user.Addr,
		WeiHub: u(dep.WeiHub), WeiUser: u(dep.WeiUser), TokenHub: u(dep.TokenHub), TokenUser: u(dep.TokenUser),
		TxCountGlobal: 1, TxCountChain: 1, Timeout: e.Now() + 600}
	s.Pending = state.Pending{DepositWeiHub: u(dep.WeiHub), DepositWeiUser: u(dep.WeiUser),
		DepositTokenHub: u(dep.TokenHub), DepositTokenUser: u(dep.TokenUser)}
	if mutate != nil {
		mutate(&s)
	}
	sigHub, _ := e.Sign(&s, e.Hub)
	disputeOK(t)(e.Do(user, new(big.Int).SetUint64(dep.WeiUser), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.UserAuthorizedUpdate(o, contracts.ChannelState(&s), sigHub)
	}))
	return s
}

// disputeNext returns the off-chain state after s: txCountGlobal + 1, no pending operations, then f.
func disputeNext(s state.ChannelState, f func(*state.ChannelState)) state.ChannelState {
	s.TxCountGlobal++
	s.Pending, s.Timeout = state.Pending{}, 0
	if f != nil {
		f(&s)
	}
	return s
}

// disputeSigs returns the signatures of hub and user over s.
func disputeSigs(e *chaintest.Env, s *state.ChannelState, user chaintest.Actor) (sigHub, sigUser []byte) {
	return e.Sign(s, e.Hub, user)
}

// disputeForge is a signature by a (not a party) over s's digest.
func disputeForge(t *testing.T, e *chaintest.Env, s *state.ChannelState, a chaintest.Actor) []byte {
	t.Helper()
	sig, err := state.Sign(e.Domain.ChannelDigest(s), a.Key)
	if err != nil {
		t.Fatal(err)
	}
	return sig[:]
}

// disputeOK fails the test when a transaction did not succeed, else returns its receipt.
func disputeOK(t *testing.T) func(*types.Receipt, error) *types.Receipt {
	t.Helper()
	return func(r *types.Receipt, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatalf("transaction failed: %v", err)
		}
		return r
	}
}

// disputeRevert returns a check that fails the test unless a transaction reverted with the custom error
// want: disputeRevert(t, "StaleNonce")(tx(...)).
func disputeRevert(t *testing.T, want string) func(*types.Receipt, error) {
	t.Helper()
	return func(_ *types.Receipt, err error) {
		t.Helper()
		if got := chaintest.RevertName(err); got != want {
			t.Fatalf("want revert %s, got %q (err %v)", want, got, err)
		}
	}
}

// disputeRevertArg is disputeRevert that also checks the error's first argument (a uint64 matches a
// decoded uint256).
func disputeRevertArg(t *testing.T, want string, arg any) func(*types.Receipt, error) {
	t.Helper()
	return func(r *types.Receipt, err error) {
		t.Helper()
		disputeRevert(t, want)(r, err)
		var re *chaintest.RevertError
		if !errors.As(err, &re) || len(re.Args) == 0 {
			t.Fatalf("%s: no arguments decoded", want)
		}
		got := re.Args[0]
		if b, ok := got.(*big.Int); ok {
			if w, ok := arg.(uint64); ok && b.IsUint64() && b.Uint64() == w {
				return
			}
		}
		if got != arg {
			t.Fatalf("%s: argument %v (%T), want %v (%T)", want, got, got, arg, arg)
		}
	}
}

func disputeStartExit(e *chaintest.Env, by chaintest.Actor, hub, user common.Address) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.StartExit(o, hub, user)
	})
}

func disputeExitWith(e *chaintest.Env, by chaintest.Actor, s *state.ChannelState, sigHub, sigUser []byte) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.StartExitWithUpdate(o, contracts.ChannelState(s), sigHub, sigUser)
	})
}

func disputeChallenge(e *chaintest.Env, by chaintest.Actor, s *state.ChannelState, sigHub, sigUser []byte) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.Challenge(o, contracts.ChannelState(s), sigHub, sigUser)
	})
}

func disputeEmpty(e *chaintest.Env, by chaintest.Actor, hub, user common.Address) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.EmptyChannel(o, hub, user)
	})
}

// disputeAdvanceTo moves chain time so that the latest block has timestamp ts. The next transaction is
// estimated at ts and mined at ts + 1.
func disputeAdvanceTo(t *testing.T, e *chaintest.Env, ts uint64) {
	t.Helper()
	now := e.Now()
	if ts <= now {
		t.Fatalf("cannot advance to %d: chain is at %d", ts, now)
	}
	err := e.Advance(ts - now) // devchain retries while the pool still lists a just-mined transaction
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Now(); got != ts {
		t.Fatalf("advanced to %d, want %d", got, ts)
	}
}

// disputeExitAndEmpty runs an exit with s (double-signed) started by the hub, waits out the challenge
// period and has a third party (the deployer) empty the channel: the user pays no gas.
func disputeExitAndEmpty(t *testing.T, e *chaintest.Env, user chaintest.Actor, s *state.ChannelState) *types.Receipt {
	t.Helper()
	sigHub, sigUser := disputeSigs(e, s, user)
	disputeOK(t)(disputeExitWith(e, e.Hub, s, sigHub, sigUser))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, user.Addr).ClosingTime)
	return disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, user.Addr))
}

// disputeBlockTime is the timestamp of the block that holds r.
func disputeBlockTime(t *testing.T, e *chaintest.Env, r *types.Receipt) uint64 {
	t.Helper()
	h, err := e.Client.HeaderByNumber(t.Context(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// disputeStatus fails the test unless the (hub, user) channel has the given status.
func disputeStatus(t *testing.T, e *chaintest.Env, user common.Address, want uint8) {
	t.Helper()
	if got := e.Channel(e.Hub.Addr, user).Status; got != want {
		t.Fatalf("channel status %d, want %d", got, want)
	}
}

// disputeTotals fails the test unless the channel holds exactly wei and tokens.
func disputeTotals(t *testing.T, e *chaintest.Env, user common.Address, wei, tok uint64) {
	t.Helper()
	c := e.Channel(e.Hub.Addr, user)
	if !disputeEq(c.WeiTotal, wei) || !disputeEq(c.TokenTotal, tok) {
		t.Fatalf("channel totals %s wei / %s tokens, want %d / %d", c.WeiTotal, c.TokenTotal, wei, tok)
	}
}

func disputeEq(b *big.Int, v uint64) bool { return b.IsUint64() && b.Uint64() == v }

// disputeHas reports whether r holds a log that parse accepts.
func disputeHas[T any](r *types.Receipt, parse func(types.Log) (T, error)) bool {
	for _, l := range r.Logs {
		if _, err := parse(*l); err == nil {
			return true
		}
	}
	return false
}

// disputeWatch records the balances of a user (wei and tokens) and of the hub's reserve, to check exact
// payouts later. Gas the user pays meanwhile is added with paid.
type disputeWatch struct {
	e                  *chaintest.Env
	user               common.Address
	wei, tok, rwe, rtk *big.Int
	gas                *big.Int
}

func disputeWatchStart(e *chaintest.Env, user common.Address) *disputeWatch {
	w := &disputeWatch{e: e, user: user, gas: new(big.Int)}
	w.wei, w.tok, w.rwe, w.rtk = w.read()
	return w
}

func (w *disputeWatch) read() (wei, tok, rwe, rtk *big.Int) {
	rwe, err := w.e.Manager.ReserveWei(nil, w.e.Hub.Addr)
	if err != nil {
		panic(err)
	}
	rtk, err = w.e.Manager.ReserveToken(nil, w.e.Hub.Addr)
	if err != nil {
		panic(err)
	}
	return w.e.WeiBalance(w.user), w.e.TokenBalance(w.user), rwe, rtk
}

// paid records the gas cost of a transaction the user sent.
func (w *disputeWatch) paid(r *types.Receipt) {
	cost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	w.gas.Add(w.gas, cost)
}

// expect fails the test unless, since the snapshot, the user received exactly userWei (after gas) and
// userTok, and the hub's reserve grew by exactly hubWei and hubTok. It then takes a new snapshot.
func (w *disputeWatch) expect(t *testing.T, userWei, userTok, hubWei, hubTok uint64) {
	t.Helper()
	wei, tok, rwe, rtk := w.read()
	want := new(big.Int).Sub(new(big.Int).SetUint64(userWei), w.gas)
	check := func(what string, now, before, want *big.Int) {
		t.Helper()
		if got := new(big.Int).Sub(now, before); got.Cmp(want) != 0 {
			t.Fatalf("%s changed by %s, want %s", what, got, want)
		}
	}
	check("user wei", wei, w.wei, want)
	check("user tokens", tok, w.tok, new(big.Int).SetUint64(userTok))
	check("hub reserve wei", rwe, w.rwe, new(big.Int).SetUint64(hubWei))
	check("hub reserve tokens", rtk, w.rtk, new(big.Int).SetUint64(hubTok))
	w.wei, w.tok, w.rwe, w.rtk, w.gas = wei, tok, rwe, rtk, new(big.Int)
}
