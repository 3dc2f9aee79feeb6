package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

// directDeposit has from deposit wei and tokens into the user's side of the (Hub, user) channel.
func directDeposit(e *chaintest.Env, from chaintest.Actor, user chaintest.Actor, wei, tok uint64) (*types.Receipt, error) {
	return e.Do(from, new(big.Int).SetUint64(wei), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.Deposit(o, e.Hub.Addr, user.Addr, new(big.Int).SetUint64(tok))
	})
}

// directCredit is the first off-chain state of Alice's channel: it credits wei and tokens of her direct
// deposits to her balance.
func directCredit(e *chaintest.Env, wei, tok uint64) state.ChannelState {
	return state.ChannelState{Hub: e.Hub.Addr, User: e.Alice.Addr, Recipient: e.Alice.Addr, TxCountGlobal: 1,
		WeiUser: u(wei), TokenUser: u(tok), CreditedDepositWei: u(wei), CreditedDepositToken: u(tok)}
}

func TestDirectDepositNeedsNoSignature(t *testing.T) {
	e := disputeEnv(t)
	r := disputeOK(t)(directDeposit(e, e.Alice, e.Alice, 2e18, 30))
	disputeOK(t)(directDeposit(e, e.Bob, e.Alice, 1e18, 0)) // anyone may fund a user's side
	ev, err := e.Manager.ParseDeposited(*r.Logs[0])
	if err != nil || ev.Hub != e.Hub.Addr || ev.User != e.Alice.Addr || !disputeEq(ev.WeiAmount, 2e18) || !disputeEq(ev.TokenAmount, 30) {
		t.Fatalf("Deposited event %+v (%v)", ev, err)
	}
	d, err := e.Manager.GetDirectDeposits(nil, e.Hub.Addr, e.Alice.Addr)
	if err != nil || !disputeEq(d.WeiAmount, 3e18) || !disputeEq(d.TokenAmount, 30) {
		t.Fatalf("direct deposits %+v (%v)", d, err)
	}
	if c := e.Channel(e.Hub.Addr, e.Alice.Addr); c.WeiTotal.Sign() != 0 || c.TxCountGlobal != 0 {
		t.Fatalf("an uncredited deposit changed the channel record: %+v", c)
	}
	disputeRevert(t, "InvalidParties")(directDeposit(e, e.Alice, e.Hub, 1, 0))
}

// TestDirectDepositUncreditedReturnsOnExit: no state credited the deposit; an exit pays it all to the
// user and marks it settled, so a later state cannot un-credit it.
func TestDirectDepositUncreditedReturnsOnExit(t *testing.T) {
	e := disputeEnv(t)
	disputeOK(t)(directDeposit(e, e.Alice, e.Alice, 2e18, 40))
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 2e18, 40, 0, 0)
	if c := e.Channel(e.Hub.Addr, e.Alice.Addr); !disputeEq(c.CreditedWei, 2e18) || !disputeEq(c.CreditedToken, 40) {
		t.Fatalf("paid deposits not marked credited: %+v", c)
	}
	stale := directCredit(e, 1e18, 0) // credits less than was settled
	sigHub, sigUser := disputeSigs(e, &stale, e.Alice)
	disputeRevert(t, "CreditDecreased")(disputeExitWith(e, e.Alice, &stale, sigHub, sigUser))
}

// TestDirectDepositCreditedStateExits: a state credits 1 of 3 deposited ether to Alice, who also paid the
// hub 0.25 off-chain; the exit pays her balance plus the 2 uncredited ether, and the hub its 0.25.
func TestDirectDepositCreditedStateExits(t *testing.T) {
	e := disputeEnv(t)
	disputeOK(t)(directDeposit(e, e.Alice, e.Alice, 3e18, 0))
	s := directCredit(e, 1e18, 0)
	s.WeiUser, s.WeiHub = u(75e16), u(25e16)
	over := s
	over.CreditedDepositWei, over.WeiUser = u(4e18), u(375e16)
	sigHub, sigUser := disputeSigs(e, &over, e.Alice)
	disputeRevert(t, "CreditExceedsDeposits")(disputeExitWith(e, e.Hub, &over, sigHub, sigUser))
	sigHub, sigUser = disputeSigs(e, &s, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Hub, &s, sigHub, sigUser))
	disputeTotals(t, e, e.Alice.Addr, 1e18, 0)
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 275e16, 0, 25e16, 0)
	disputeTotals(t, e, e.Alice.Addr, 0, 0)
}

// TestDirectDepositCreditedThenWithdrawn: the hub applies a withdrawal state that credits Alice's direct
// deposit and pays it out, in one transaction; the channel ends empty.
func TestDirectDepositCreditedThenWithdrawn(t *testing.T) {
	e := disputeEnv(t)
	disputeOK(t)(directDeposit(e, e.Alice, e.Alice, 2e18, 20))
	credit := directCredit(e, 2e18, 20)
	out := disputeNext(credit, func(s *state.ChannelState) {
		s.TxCountChain, s.Timeout = 1, e.Now()+600
		s.WeiUser, s.TokenUser = u(0), u(0)
		s.Pending.WithdrawalWeiUser, s.Pending.WithdrawalTokenUser = u(2e18), u(20)
	})
	for _, st := range []*state.ChannelState{&credit, &out} {
		if err := state.Validate(st); err != nil {
			t.Fatal(err)
		}
	}
	if err := state.ValidateTransition(&credit, &out); err != nil {
		t.Fatal(err)
	}
	_, sigUser := disputeSigs(e, &out, e.Alice)
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeOK(t)(e.Do(e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.HubAuthorizedUpdate(o, contracts.ChannelState(&out), sigUser)
	}))
	w.expect(t, 2e18, 20, 0, 0)
	c := e.Channel(e.Hub.Addr, e.Alice.Addr)
	if c.WeiTotal.Sign() != 0 || c.TokenTotal.Sign() != 0 || !disputeEq(c.CreditedWei, 2e18) {
		t.Fatalf("channel after credited withdrawal: %+v", c)
	}
}
