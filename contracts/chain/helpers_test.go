package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
)

var _ chain.Client = simulated.Client(nil)

// poll is the adapters' poll interval in tests; patience is how long a test waits for something that
// must happen (generous: the tests never depend on tight timing).
const (
	poll     = 10 * time.Millisecond
	patience = 15 * time.Second
)

// testCtx is a context that ends with the test.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func newEnv(t *testing.T) *chaintest.Env {
	t.Helper()
	e, err := chaintest.New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

// newAdapter is an adapter that sends as a and needs conf confirmations.
func newAdapter(t *testing.T, e *chaintest.Env, a chaintest.Actor, conf uint64) *chain.Adapter {
	t.Helper()
	ad, err := chain.New(testCtx(t), chain.Config{Client: e.Client, Manager: e.Dep.Manager, Key: a.Key,
		Confirmations: conf, PollInterval: poll})
	if err != nil {
		t.Fatal(err)
	}
	return ad
}

// autoMine mines a block every 20 ms until the test ends.
func autoMine(t *testing.T, e *chaintest.Env) {
	t.Helper()
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				e.Chain.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}

func u(v uint64) uint256.Int { return *uint256.NewInt(v) }

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), chaintest.Ether) }

// must fails the test on err.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// do sends a transaction through the harness (mined at once) and fails the test if it fails.
func do(t *testing.T, e *chaintest.Env, a chaintest.Actor, value *big.Int, fn func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	t.Helper()
	r, err := e.Do(a, value, fn)
	must(t, err)
	return r
}

// hubReserve gives the hub a reserve of 100 ether and 1,000,000 token units.
func hubReserve(t *testing.T, e *chaintest.Env) {
	t.Helper()
	do(t, e, e.Hub, ether(100), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.HubDeposit(o, big.NewInt(1_000_000))
	})
}

// firstState is the first state of user's channel: the user deposits 5 ether, the hub 3 ether from its
// reserve.
func firstState(e *chaintest.Env, user chaintest.Actor) state.ChannelState {
	s := state.ChannelState{Hub: e.Hub.Addr, User: user.Addr, Recipient: user.Addr,
		WeiHub: u(3e18), WeiUser: u(5e18), TxCountGlobal: 1, TxCountChain: 1, Timeout: e.Now() + 3600}
	s.Pending.DepositWeiHub, s.Pending.DepositWeiUser = u(3e18), u(5e18)
	return s
}

// openChannel applies user's first state through the harness (the hub needs a reserve).
func openChannel(t *testing.T, e *chaintest.Env, user chaintest.Actor) state.ChannelState {
	t.Helper()
	s := firstState(e, user)
	sigHub, _ := e.Sign(&s, e.Hub)
	do(t, e, user, ether(5), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.UserAuthorizedUpdate(o, contracts.ChannelState(&s), sigHub)
	})
	return s
}

// payment is the off-chain state after s in which the user paid the hub 1 ether.
func payment(s state.ChannelState) state.ChannelState {
	s.TxCountGlobal++
	s.Pending, s.Timeout = state.Pending{}, 0
	s.WeiUser, s.WeiHub = u(4e18), u(4e18)
	return s
}

// record is the on-chain record of user's channel, printed for comparison.
func record(e *chaintest.Env, user chaintest.Actor) string {
	return fmt.Sprintf("%+v", e.Channel(e.Hub.Addr, user.Addr))
}

// eq reports whether a big.Int equals v.
func eq(b *big.Int, v *big.Int) bool { return b.Cmp(v) == 0 }
