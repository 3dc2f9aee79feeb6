package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/internal/chaintest"
	"spoke/state"
)

// disputeContractUser deploys a ReentrantReceiver and makes it the user of a channel the hub funds
// (1 ether / 100 tokens for the hub, 2 ether / 200 tokens for the contract): the contract applies the
// hub-signed state itself, from its receive hook, since a contract cannot sign.
func disputeContractUser(t *testing.T, e *chaintest.Env) (common.Address, *bindings.ReentrantReceiver) {
	t.Helper()
	var addr common.Address
	var rr *bindings.ReentrantReceiver
	disputeOK(t)(e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, c, err := bindings.DeployReentrantReceiver(o, e.Client)
		addr, rr = a, c
		return tx, err
	}))
	s := state.ChannelState{Hub: e.Hub.Addr, User: addr, Recipient: addr,
		WeiHub: u(1e18), WeiUser: u(2e18), TokenHub: u(100), TokenUser: u(200),
		TxCountGlobal: 1, TxCountChain: 1, Timeout: e.Now() + 600}
	s.Pending.DepositWeiHub, s.Pending.DepositTokenHub = u(3e18), u(300)
	sigHub, _ := e.Sign(&s, e.Hub)
	disputeArm(t, e, rr, "userAuthorizedUpdate", contracts.ChannelState(&s), sigHub)
	disputePoke(t, e, addr)
	if c := e.Channel(e.Hub.Addr, addr); !disputeEq(c.WeiUser, 2e18) {
		t.Fatalf("contract user's channel not opened: %+v", c)
	}
	return addr, rr
}

// disputeArm makes the receiver call method(args...) on the manager whenever it receives wei.
func disputeArm(t *testing.T, e *chaintest.Env, rr *bindings.ReentrantReceiver, method string, args ...any) {
	t.Helper()
	mgrABI, err := bindings.ChannelManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	payload, err := mgrABI.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	disputeOK(t)(e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rr.Arm(o, e.Dep.Manager, payload)
	}))
}

// disputePoke sends 1 wei to addr, running its receive hook.
func disputePoke(t *testing.T, e *chaintest.Env, addr common.Address) {
	t.Helper()
	rr, err := bindings.NewReentrantReceiver(addr, e.Client)
	if err != nil {
		t.Fatal(err)
	}
	disputeOK(t)(e.Do(e.Deployer, big.NewInt(1), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rr.Receive(o)
	}))
}

// TestDisputePayoutDeferredAndClaimed: when the user's address refuses the wei of emptyChannel (its
// receive hook reverts), the payout does not block the exit: the tokens are paid, the hub's reserve is
// credited, the wei is kept in unclaimedWei (PayoutDeferred), and claim() later pays it exactly once.
func TestDisputePayoutDeferredAndClaimed(t *testing.T) {
	e := disputeEnv(t)
	user, rr := disputeContractUser(t, e)
	disputeArm(t, e, rr, "claim") // reentering the manager during a payout reverts: the wei is refused
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, user))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, user).ClosingTime)
	w := disputeWatchStart(e, user)
	r := disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, user))
	w.expect(t, 0, 200, 1e18, 100)
	ok := false
	for _, l := range r.Logs {
		if ev, err := e.Manager.ParsePayoutDeferred(*l); err == nil {
			ok = ev.Account == user && disputeEq(ev.WeiAmount, 2e18) && ev.TokenAmount.Sign() == 0
		}
	}
	if !ok {
		t.Fatal("no PayoutDeferred(user, 2 ether, 0) event")
	}
	if owed, _ := e.Manager.UnclaimedWei(nil, user); !disputeEq(owed, 2e18) {
		t.Fatalf("unclaimedWei %s, want 2 ether", owed)
	}
	disputeTotals(t, e, user, 0, 0)

	disputePoke(t, e, user) // the hook now calls claim() as the user, outside any payout
	w.expect(t, 2e18+1, 0, 0, 0)
	if owed, _ := e.Manager.UnclaimedWei(nil, user); owed.Sign() != 0 {
		t.Fatalf("unclaimedWei %s after claim", owed)
	}
	disputeRevert(t, "NothingToClaim")(e.Do(e.Alice, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.Claim(o)
	}))
}
