package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

// Records a dispute leaves behind (thread disputes, resolved-lock marks) must not leak into a later
// dispute of the same channel.

// disputeRefund has user apply, on its reopened channel, a deposit state that continues the stored counts.
func disputeRefund(t *testing.T, e *chaintest.Env, user chaintest.Actor, s state.ChannelState) {
	t.Helper()
	c := e.Channel(e.Hub.Addr, user.Addr)
	s.TxCountGlobal, s.TxCountChain, s.Timeout = c.TxCountGlobal+1, c.TxCountChain+1, e.Now()+600
	sigHub, _ := e.Sign(&s, e.Hub)
	disputeOK(t)(e.Do(user, s.Pending.DepositWeiUser.ToBig(), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.UserAuthorizedUpdate(o, contracts.ChannelState(&s), sigHub)
	}))
}

// disputeSecondExit has the hub exit with the on-chain state and a third party empty the channel.
func disputeSecondExit(t *testing.T, e *chaintest.Env, user common.Address) {
	t.Helper()
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, user))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, user).ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, user))
	disputeStatus(t, e, user, disputeSettling)
}

// TestDisputeStaleThreadRecordAfterNuke: t1's dispute starts but is never emptied; the threads are nuked
// and the channel reopens. In a later dispute whose thread root holds t1 again and a new 2 ether thread
// t3, the old dispute's mark for t1 does not count (emptying it would take the new threads' funds): t1
// must join its record again in this dispute. The record is t1's (its initial state's), over long ago, so
// it settles with the state it ended with: nodes never open a thread whose initial state they held before.
func TestDisputeStaleThreadRecordAfterNuke(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice := f.e, f.e.Alice.Addr
	f.settle(t)
	disputeOK(t)(disputeStartThread(e, e.Alice, alice, &f.t1, f.proof(t, &f.t1), nil))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, alice).ClosingTime+10*3600)
	disputeOK(t)(e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.NukeThreads(o, e.Hub.Addr, alice)
	}))
	disputeStatus(t, e, alice, disputeOpen)

	t3 := state.ThreadState{Hub: e.Hub.Addr, Sender: e.Alice.Addr, Receiver: e.Bob.Addr, ThreadID: 3, WeiSender: u(2e18)}
	tree := state.NewMerkleTree([]common.Hash{f.t1.StructHash(), t3.StructHash()})
	s := state.ChannelState{Hub: e.Hub.Addr, User: alice, WeiUser: u(1e18),
		ThreadRoot: tree.Root(), ThreadCount: 2}
	s.Pending.DepositWeiUser, s.Pending.DepositTokenUser = u(4e18), u(100)
	disputeRefund(t, e, e.Alice, s)
	w := disputeWatchStart(e, alice)
	disputeSecondExit(t, e, alice)
	w.expect(t, 1e18, 0, 0, 0)
	disputeRevert(t, "ThreadNotInDispute")(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	disputeTotals(t, e, alice, 3e18, 100)

	p1, _ := tree.Proof(f.t1.StructHash())
	p3, _ := tree.Proof(t3.StructHash())
	disputeOK(t)(disputeStartThread(e, e.Hub, alice, &f.t1, contracts.Proof(p1), e.SignThread(&f.t1, e.Alice)))
	disputeOK(t)(disputeStartThread(e, e.Hub, alice, &t3, contracts.Proof(p3), e.SignThread(&t3, e.Alice)))
	disputeAdvanceTo(t, e, disputeThreadOf(t, e, &t3).ClosingTime)
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &t3))
	w.expect(t, 3e18, 100, 0, 0)
	disputeStatus(t, e, alice, disputeOpen)
	disputeTotals(t, e, alice, 0, 0)
}

// TestDisputeLockRootRecursInLaterDispute: both locks are resolved in a first dispute; the channel is
// funded again with the same lock root and exits again. The locks resolve again in the new dispute (their
// preimages were revealed before expiry), so the channel is not stuck in Settling.
func TestDisputeLockRootRecursInLaterDispute(t *testing.T) {
	f := disputeLockSetup(t)
	e, alice := f.e, f.e.Alice.Addr
	f.settle(t)
	f.reveal(t, f.p1)
	f.reveal(t, f.p2)
	disputeOK(t)(f.resolve(t, &f.l1, &f.l1))
	disputeOK(t)(f.resolve(t, &f.l2, &f.l2))
	disputeStatus(t, e, alice, disputeOpen)

	s := f.s // same balances and lock root, funded again by fresh deposits
	s.Pending = state.Pending{DepositWeiHub: u(3e18), DepositWeiUser: u(5e18), DepositTokenHub: u(300), DepositTokenUser: u(500)}
	disputeRefund(t, e, e.Alice, s)
	disputeSecondExit(t, e, alice)
	w := disputeWatchStart(e, alice)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l1, &f.l1)), alice)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l2, &f.l2)), e.Hub.Addr)
	w.expect(t, 1e18, 10, 5e17, 5)
	disputeStatus(t, e, alice, disputeOpen)
	disputeTotals(t, e, alice, 0, 0)
}
