package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/internal/chaintest"
	"spoke/state"
)

// disputeThreads is Alice's standard channel with two threads she sends on: t1 to Bob (1 ether, 100
// tokens) and t2 to Mallory (0.5 ether, 50 tokens). s is the double-signed state that opened them: her
// balance is 3.5 ether / 350 tokens, the thread funds stay in the channel's totals.
type disputeThreads struct {
	e        *chaintest.Env
	t1, t2   state.ThreadState
	t1u, t2u state.ThreadState // later states: t1 gives Bob 0.6 ether / 60 tokens, t2 Mallory 0.2 / 20
	tree     *state.MerkleTree
	s        state.ChannelState
}

func disputeThreadSetup(t *testing.T) *disputeThreads {
	t.Helper()
	e := disputeEnv(t)
	f := &disputeThreads{e: e,
		t1: state.ThreadState{Hub: e.Hub.Addr, Sender: e.Alice.Addr, Receiver: e.Bob.Addr, ThreadID: 1,
			WeiSender: u(1e18), TokenSender: u(100)},
		t2: state.ThreadState{Hub: e.Hub.Addr, Sender: e.Alice.Addr, Receiver: e.Mallory.Addr, ThreadID: 2,
			WeiSender: u(5e17), TokenSender: u(50)},
	}
	f.t1u, f.t2u = f.t1, f.t2
	f.t1u.TxCount, f.t1u.WeiSender, f.t1u.WeiReceiver, f.t1u.TokenSender, f.t1u.TokenReceiver = 3, u(4e17), u(6e17), u(40), u(60)
	f.t2u.TxCount, f.t2u.WeiSender, f.t2u.WeiReceiver, f.t2u.TokenSender, f.t2u.TokenReceiver = 2, u(3e17), u(2e17), u(30), u(20)
	f.tree = state.NewMerkleTree([]common.Hash{f.t1.StructHash(), f.t2.StructHash()})
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	f.s = disputeNext(s1, func(s *state.ChannelState) {
		s.WeiUser, s.TokenUser = u(35e17), u(350)
		s.ThreadRoot, s.ThreadCount = state.ThreadRoot([]state.ThreadState{f.t1, f.t2}), 2
	})
	if f.s.ThreadRoot != f.tree.Root() {
		t.Fatal("thread root differs from the tree's root")
	}
	return f
}

// settle exits Alice's channel with f.s and empties it: Alice and the hub's reserve are paid their
// balances, the thread funds stay and the channel is Settling.
func (f *disputeThreads) settle(t *testing.T) {
	t.Helper()
	w := disputeWatchStart(f.e, f.e.Alice.Addr)
	r := disputeExitAndEmpty(t, f.e, f.e.Alice, &f.s)
	w.expect(t, 35e17, 350, 3e18, 300)
	if disputeHas(r, f.e.Manager.ParseChannelReopened) {
		t.Fatal("channel reopened with threads open")
	}
	disputeStatus(t, f.e, f.e.Alice.Addr, disputeSettling)
	disputeTotals(t, f.e, f.e.Alice.Addr, 15e17, 150)
}

func (f *disputeThreads) proof(t *testing.T, ts *state.ThreadState) [][32]byte {
	t.Helper()
	p, err := f.tree.Proof(ts.StructHash())
	if err != nil {
		t.Fatal(err)
	}
	return contracts.Proof(p)
}

func disputeStartThread(e *chaintest.Env, by chaintest.Actor, user common.Address, initial *state.ThreadState, proof [][32]byte, sig []byte) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.StartExitThread(o, e.Hub.Addr, user, contracts.ThreadState(initial), proof, sig)
	})
}

func disputeStartThreadWith(e *chaintest.Env, by chaintest.Actor, user common.Address, initial *state.ThreadState, proof [][32]byte, sig []byte, upd *state.ThreadState, sigUpd []byte) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.StartExitThreadWithUpdate(o, e.Hub.Addr, user, contracts.ThreadState(initial), proof, sig, contracts.ThreadState(upd), sigUpd)
	})
}

// disputeChallengeThread challenges the record of the thread of initial state initial with upd.
func disputeChallengeThread(e *chaintest.Env, by chaintest.Actor, initial, upd *state.ThreadState, sig []byte) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.ChallengeThread(o, contracts.ThreadState(initial), contracts.ThreadState(upd), sig)
	})
}

// disputeEmptyThread empties the thread of initial state initial in the channel of user.
func disputeEmptyThread(e *chaintest.Env, by chaintest.Actor, user common.Address, initial *state.ThreadState) (*types.Receipt, error) {
	return e.Do(by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.EmptyThread(o, e.Hub.Addr, user, contracts.ThreadState(initial))
	})
}

// disputeThreadOf reads the dispute record of the thread of initial state initial.
func disputeThreadOf(t *testing.T, e *chaintest.Env, initial *state.ThreadState) bindings.ChannelBaseThreadDispute {
	t.Helper()
	d, err := e.Manager.GetThread(nil, contracts.ThreadState(initial))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The marks of a channel's dispute for a thread record (ChannelBase.ThreadMark).
const (
	markNone uint8 = iota
	markJoined
	markEmptied
)

// disputeMark fails the test unless the channel of user has mark want for the record of initial.
func disputeMark(t *testing.T, e *chaintest.Env, user common.Address, initial *state.ThreadState, want uint8) {
	t.Helper()
	m, err := e.Manager.GetThreadMark(nil, e.Hub.Addr, user, contracts.ThreadState(initial))
	if err != nil {
		t.Fatal(err)
	}
	if m != want {
		t.Fatalf("mark of %s's channel for thread %d: %d, want %d", user, initial.ThreadID, m, want)
	}
}

// TestDisputeThreadSenderSide: in Alice's (the sender's) settling channel, the hub starts t1's dispute
// with its initial state, proof and Alice's signature; Bob, no party to the channel, challenges with a
// later state; after the thread period Alice gets her side and the hub's reserve Bob's side. t2 is then
// disputed straight to a later state; emptying it settles the last thread and the channel reopens.
func TestDisputeThreadSenderSide(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice := f.e, f.e.Alice.Addr
	f.settle(t)
	r := disputeOK(t)(disputeStartThread(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), e.SignThread(&f.t1, e.Alice)))
	d := disputeThreadOf(t, e, &f.t1)
	if !disputeHas(r, e.Manager.ParseThreadExitStarted) || !disputeEq(d.WeiSender, 1e18) || d.ClosingTime != disputeBlockTime(t, e, r)+3600 {
		t.Fatalf("thread dispute after start: %+v", d)
	}
	disputeOK(t)(disputeChallengeThread(e, e.Bob, &f.t1, &f.t1u, e.SignThread(&f.t1u, e.Alice)))
	if d = disputeThreadOf(t, e, &f.t1); d.TxCount != 3 || !disputeEq(d.WeiReceiver, 6e17) || !disputeEq(d.TokenSender, 40) {
		t.Fatalf("thread dispute after challenge: %+v", d)
	}
	w := disputeWatchStart(e, alice)
	disputeAdvanceTo(t, e, d.ClosingTime)
	r = disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	w.expect(t, 4e17, 40, 6e17, 60)
	if !disputeHas(r, e.Manager.ParseThreadEmptied) || e.Channel(e.Hub.Addr, alice).ThreadCount != 1 {
		t.Fatal("no ThreadEmptied event or thread count not decreased")
	}
	disputeStatus(t, e, alice, disputeSettling)

	w.paid(disputeOK(t)(disputeStartThreadWith(e, e.Alice, alice, &f.t2, f.proof(t, &f.t2), nil, &f.t2u, e.SignThread(&f.t2u, e.Alice))))
	disputeAdvanceTo(t, e, disputeThreadOf(t, e, &f.t2).ClosingTime)
	r = disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &f.t2))
	w.expect(t, 3e17, 30, 2e17, 20)
	if !disputeHas(r, e.Manager.ParseChannelReopened) || e.Channel(e.Hub.Addr, alice).ThreadRoot != ([32]byte{}) {
		t.Fatal("channel not reopened or thread root kept")
	}
	disputeStatus(t, e, alice, disputeOpen)
	disputeTotals(t, e, alice, 0, 0)
}

// TestDisputeThreadReceiverSide: Bob's channel holds the hub's collateral for t1 (set up by the deposit
// state, which already carries the thread root). Bob exits, then disputes t1 straight to its later state;
// emptying the thread pays Bob exactly the receiver side and returns the sender side to the hub.
func TestDisputeThreadReceiverSide(t *testing.T) {
	f := disputeThreadSetup(t)
	e, bob := f.e, f.e.Bob.Addr
	disputeOpenChannel(t, e, e.Bob, disputeBal{WeiHub: 3e18, TokenHub: 300}, func(s *state.ChannelState) {
		s.WeiHub, s.TokenHub = u(2e18), u(200)
		s.ThreadRoot, s.ThreadCount = state.ThreadRoot([]state.ThreadState{f.t1}), 1
	})
	w := disputeWatchStart(e, bob)
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, bob))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, bob).ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, bob))
	w.expect(t, 0, 0, 2e18, 200)
	disputeStatus(t, e, bob, disputeSettling)

	w = disputeWatchStart(e, bob)
	sig1, sig1u := e.SignThread(&f.t1, e.Alice), e.SignThread(&f.t1u, e.Alice)
	w.paid(disputeOK(t)(disputeStartThreadWith(e, e.Bob, bob, &f.t1, nil, sig1, &f.t1u, sig1u)))
	disputeAdvanceTo(t, e, disputeThreadOf(t, e, &f.t1).ClosingTime)
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, bob, &f.t1))
	w.expect(t, 6e17, 60, 4e17, 40)
	disputeStatus(t, e, bob, disputeOpen)
	disputeTotals(t, e, bob, 0, 0)
}

// TestDisputeNukeThreads: threads left unsettled can be nuked NUKE_DELAY_PERIODS challenge periods after
// the channel's closing time, not a second earlier; the user then gets every thread fund still held
// (here t2's, t1 having been emptied) and the channel reopens.
func TestDisputeNukeThreads(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice := f.e, f.e.Alice.Addr
	f.settle(t)
	earliest := e.Channel(e.Hub.Addr, alice).ClosingTime + 10*3600
	disputeOK(t)(disputeStartThread(e, e.Alice, alice, &f.t1, f.proof(t, &f.t1), nil))
	disputeAdvanceTo(t, e, disputeThreadOf(t, e, &f.t1).ClosingTime)
	w := disputeWatchStart(e, alice)
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	w.expect(t, 1e18, 100, 0, 0)

	nuke := func() (*types.Receipt, error) {
		return e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.Manager.NukeThreads(o, e.Hub.Addr, alice)
		})
	}
	disputeAdvanceTo(t, e, earliest-1)
	disputeRevertArg(t, "NukeTooEarly", earliest)(nuke())
	disputeAdvanceTo(t, e, earliest)
	r := disputeOK(t)(nuke())
	w.expect(t, 5e17, 50, 0, 0)
	if !disputeHas(r, e.Manager.ParseThreadsNuked) || !disputeHas(r, e.Manager.ParseChannelReopened) {
		t.Fatal("missing ThreadsNuked or ChannelReopened event")
	}
	disputeStatus(t, e, alice, disputeOpen)
	disputeTotals(t, e, alice, 0, 0)
	disputeRevertArg(t, "ChannelNotSettling", disputeOpen)(nuke())
	// t2's record never started (nobody disputed it before the nuke): there is nothing to challenge.
	disputeRevert(t, "ThreadNotInDispute")(disputeChallengeThread(e, e.Bob, &f.t2, &f.t2u, e.SignThread(&f.t2u, e.Alice)))
}
