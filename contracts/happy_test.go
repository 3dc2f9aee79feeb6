package contracts_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

func newEnv(t *testing.T) *chaintest.Env {
	t.Helper()
	e, err := chaintest.New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

func u(v uint64) uint256.Int { return *uint256.NewInt(v) }

// TestDepositUpdateWithdraw walks one channel through a user deposit, a cooperative payment and a
// withdrawal, checking on-chain balances to the wei.
func TestDepositUpdateWithdraw(t *testing.T) {
	e := newEnv(t)
	hub, alice := e.Hub, e.Alice

	// Alice deposits 5 ether; the state's balances already include it.
	s1 := state.ChannelState{Hub: hub.Addr, User: alice.Addr, Recipient: alice.Addr,
		WeiUser: u(5e18), TxCountGlobal: 1, TxCountChain: 1, Timeout: e.Now() + 600}
	s1.Pending.DepositWeiUser = u(5e18)
	sigHub, _ := e.Sign(&s1, hub)
	before := e.WeiBalance(alice.Addr)
	rcpt, err := e.Do(alice, big.NewInt(5e18), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.UserAuthorizedUpdate(o, contracts.ChannelState(&s1), sigHub)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("user deposit gas %d", rcpt.GasUsed)
	c := e.Channel(hub.Addr, alice.Addr)
	if c.WeiUser.Cmp(big.NewInt(5e18)) != 0 || c.WeiTotal.Cmp(big.NewInt(5e18)) != 0 || c.TxCountChain != 1 {
		t.Fatalf("after deposit: %+v", c)
	}
	if spent := new(big.Int).Sub(before, e.WeiBalance(alice.Addr)); spent.Cmp(big.NewInt(5e18)) < 0 {
		t.Fatalf("alice spent %s, want at least 5 ether", spent)
	}

	// Off-chain: confirm, then Alice pays the hub 2 ether.
	s2 := s1
	s2.Pending, s2.Timeout, s2.TxCountGlobal = state.Pending{}, 0, 2
	if err := state.ValidateTransition(&s1, &s2); err != nil {
		t.Fatal(err)
	}
	s3 := s2
	s3.WeiUser, s3.WeiHub, s3.TxCountGlobal = u(3e18), u(2e18), 3
	if err := state.ValidateTransition(&s2, &s3); err != nil {
		t.Fatal(err)
	}

	// Alice withdraws everything; the hub's 2 ether go back to its reserve.
	s4 := s3
	s4.WeiUser, s4.WeiHub, s4.TxCountGlobal, s4.TxCountChain, s4.Timeout = u(0), u(0), 4, 2, e.Now()+600
	s4.Pending.WithdrawalWeiUser, s4.Pending.WithdrawalWeiHub = u(3e18), u(2e18)
	if err := state.ValidateTransition(&s3, &s4); err != nil {
		t.Fatal(err)
	}
	_, sigUser := e.Sign(&s4, alice)
	before = e.WeiBalance(alice.Addr)
	if _, err := e.Do(hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.HubAuthorizedUpdate(o, contracts.ChannelState(&s4), sigUser)
	}); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(e.WeiBalance(alice.Addr), before); got.Cmp(big.NewInt(3e18)) != 0 {
		t.Fatalf("alice received %s wei, want 3 ether", got)
	}
	reserve, _ := e.Manager.ReserveWei(nil, hub.Addr)
	if reserve.Cmp(big.NewInt(2e18)) != 0 {
		t.Fatalf("hub reserve %s, want 2 ether", reserve)
	}
	if c := e.Channel(hub.Addr, alice.Addr); c.WeiTotal.Sign() != 0 {
		t.Fatalf("channel still holds %s wei", c.WeiTotal)
	}
}
