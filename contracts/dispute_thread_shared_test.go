package contracts_test

import (
	"testing"

	"spoke/state"
)

// A thread's dispute record is shared by its two channels (the sender's and the receiver's): the thread
// settles once, with one state, in both (docs/adr/0013-one-thread-record.md).

// bobChannel opens Bob's channel, in which the hub backs t1 with 1 ether and 100 tokens of its 3 ether
// and 300 token deposit.
func (f *disputeThreads) bobChannel(t *testing.T) {
	t.Helper()
	e := f.e
	disputeOpenChannel(t, e, e.Bob, disputeBal{WeiHub: 3e18, TokenHub: 300}, func(s *state.ChannelState) {
		s.WeiHub, s.TokenHub = u(2e18), u(200)
		s.ThreadRoot, s.ThreadCount = state.ThreadRoot([]state.ThreadState{f.t1}), 1
	})
}

// settleBob exits Bob's channel (bobChannel) with its on-chain state and empties it: the hub's reserve
// gets its 2 ether and 200 tokens back, t1's funds stay and the channel is Settling.
func (f *disputeThreads) settleBob(t *testing.T) {
	t.Helper()
	e, bob := f.e, f.e.Bob.Addr
	w := disputeWatchStart(e, bob)
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, bob))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, bob).ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, bob))
	w.expect(t, 0, 0, 2e18, 200)
	disputeStatus(t, e, bob, disputeSettling)
	disputeTotals(t, e, bob, 1e18, 100)
}

// TestDisputeThreadSettlesOnceForBoth is the collusion the shared record closes: Alice pays Bob 0.6 ether
// and 60 tokens through t1 (state t1u), Bob stays away, Alice exits and settles t1 in her channel with its
// initial state: she gets all of it back. Weeks later Bob's channel exits and Bob puts t1u forward: his
// channel joins t1's record, whose period is long over, so t1u does not apply; his channel empties at once
// by the record (nothing for Bob) and the hub's collateral returns whole. The hub pays nothing it did not
// take from Alice.
func TestDisputeThreadSettlesOnceForBoth(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice, bob := f.e, f.e.Alice.Addr, f.e.Bob.Addr
	f.bobChannel(t)
	f.settle(t)
	w := disputeWatchStart(e, alice)
	w.paid(disputeOK(t)(disputeStartThread(e, e.Alice, alice, &f.t1, f.proof(t, &f.t1), nil)))
	closing := disputeThreadOf(t, e, &f.t1).ClosingTime
	disputeAdvanceTo(t, e, closing)
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	w.expect(t, 1e18, 100, 0, 0)

	disputeAdvanceTo(t, e, closing+30*24*3600)
	f.settleBob(t)
	w = disputeWatchStart(e, bob)
	disputeRevert(t, "ThreadNotInDispute")(disputeEmptyThread(e, e.Deployer, bob, &f.t1)) // not joined yet
	r := disputeOK(t)(disputeStartThreadWith(e, e.Bob, bob, &f.t1, nil, e.SignThread(&f.t1, e.Alice), &f.t1u, e.SignThread(&f.t1u, e.Alice)))
	w.paid(r)
	ev, err := e.Manager.ParseThreadExitStarted(*r.Logs[len(r.Logs)-1])
	if err != nil || ev.TxCount.Sign() != 0 || ev.ClosingTime.Uint64() != closing || ev.User != bob {
		t.Fatalf("Bob's join: event %+v (%v), want the record's count 0 and closing time %d", ev, err, closing)
	}
	if d := disputeThreadOf(t, e, &f.t1); d.TxCount != 0 || !disputeEq(d.WeiSender, 1e18) || d.WeiReceiver.Sign() != 0 || d.ClosingTime != closing {
		t.Fatalf("t1's record after Bob's late join: %+v", d)
	}
	disputeMark(t, e, bob, &f.t1, markJoined)
	disputeRevertArg(t, "ChallengePeriodOver", closing)(disputeChallengeThread(e, e.Bob, &f.t1, &f.t1u, e.SignThread(&f.t1u, e.Alice)))
	r = disputeOK(t)(disputeEmptyThread(e, e.Deployer, bob, &f.t1))
	w.expect(t, 0, 0, 1e18, 100)
	if !disputeHas(r, e.Manager.ParseChannelReopened) {
		t.Fatal("Bob's channel did not reopen after its only thread")
	}
	disputeTotals(t, e, bob, 0, 0)
}

// TestDisputeThreadJoinWhileOpen: both channels settle; the hub starts t1's record in Alice's channel with
// the initial state. Bob, whose channel is not yet joined, challenges the record (a challenge needs no
// channel) with a state paying him 0.3 ether; his channel then joins with t1u (0.6 ether) within the
// period, which applies as a challenge without moving the record's closing time. A second join of the
// same channel reverts; a join putting forward a stale state joins without changing the record. After the
// period each channel empties by the one record: Alice gets 0.4 ether and 40 tokens and the hub 0.6 / 60
// in hers, Bob 0.6 / 60 and the hub 0.4 / 40 in his; each channel empties once.
func TestDisputeThreadJoinWhileOpen(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice, bob := f.e, f.e.Alice.Addr, f.e.Bob.Addr
	f.bobChannel(t)
	f.settle(t)
	f.settleBob(t)
	sig := func(s *state.ThreadState) []byte { return e.SignThread(s, e.Alice) }
	r := disputeOK(t)(disputeStartThread(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), sig(&f.t1)))
	closing := disputeBlockTime(t, e, r) + 3600
	disputeMark(t, e, alice, &f.t1, markJoined)
	disputeMark(t, e, bob, &f.t1, markNone)
	third := f.t1
	third.TxCount, third.WeiSender, third.WeiReceiver, third.TokenSender, third.TokenReceiver = 1, u(7e17), u(3e17), u(70), u(30)
	disputeOK(t)(disputeChallengeThread(e, e.Bob, &f.t1, &third, sig(&third)))
	disputeOK(t)(disputeStartThreadWith(e, e.Bob, bob, &f.t1, nil, sig(&f.t1), &f.t1u, sig(&f.t1u)))
	if d := disputeThreadOf(t, e, &f.t1); d.TxCount != 3 || !disputeEq(d.WeiReceiver, 6e17) || !disputeEq(d.TokenSender, 40) || d.ClosingTime != closing {
		t.Fatalf("t1's record after Bob's join: %+v, want state 3 closing at %d", d, closing)
	}
	disputeMark(t, e, bob, &f.t1, markJoined)
	disputeRevert(t, "ThreadAlreadyInDispute")(disputeStartThread(e, e.Hub, bob, &f.t1, nil, sig(&f.t1)))
	disputeRevert(t, "ThreadAlreadyInDispute")(disputeStartThreadWith(e, e.Alice, alice, &f.t1, f.proof(t, &f.t1), nil, &third, nil))
	disputeRevertArg(t, "ChallengePeriodNotOver", closing)(disputeEmptyThread(e, e.Deployer, bob, &f.t1))

	disputeAdvanceTo(t, e, closing)
	wa := disputeWatchStart(e, alice)
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	wa.expect(t, 4e17, 40, 6e17, 60)
	disputeMark(t, e, alice, &f.t1, markEmptied)
	disputeMark(t, e, bob, &f.t1, markJoined) // emptying one channel leaves the other's to do
	wb := disputeWatchStart(e, bob)
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, bob, &f.t1))
	wb.expect(t, 6e17, 60, 4e17, 40)
	disputeRevert(t, "ThreadAlreadyEmptied")(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	disputeStatus(t, e, bob, disputeOpen)
	disputeTotals(t, e, bob, 0, 0)
	disputeTotals(t, e, alice, 5e17, 50) // t2 still held
}

// TestDisputeThreadStaleJoin: a channel joining a running record with a state paying the receiver no more
// than the record holds joins it as it stands (no revert, no change); the record is keyed by the initial
// state, so a thread of the same id with another initial state is another record, not started.
func TestDisputeThreadStaleJoin(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice, bob := f.e, f.e.Alice.Addr, f.e.Bob.Addr
	f.bobChannel(t)
	f.settle(t)
	f.settleBob(t)
	sig := func(s *state.ThreadState) []byte { return e.SignThread(s, e.Alice) }
	disputeOK(t)(disputeStartThreadWith(e, e.Bob, bob, &f.t1, nil, sig(&f.t1), &f.t1u, sig(&f.t1u)))
	stale := f.t1
	stale.TxCount, stale.WeiSender, stale.WeiReceiver, stale.TokenSender, stale.TokenReceiver = 1, u(9e17), u(1e17), u(90), u(10)
	disputeOK(t)(disputeStartThreadWith(e, e.Alice, alice, &f.t1, f.proof(t, &f.t1), nil, &stale, nil))
	d := disputeThreadOf(t, e, &f.t1)
	if d.TxCount != 3 || !disputeEq(d.WeiReceiver, 6e17) {
		t.Fatalf("a stale join changed t1's record: %+v", d)
	}
	disputeMark(t, e, alice, &f.t1, markJoined)
	other := f.t1
	other.WeiSender = u(2e18)
	if o := disputeThreadOf(t, e, &other); o.ClosingTime != 0 || o.TxCount != 0 {
		t.Fatalf("a thread with t1's id and another initial state shares its record: %+v", o)
	}
	disputeRevert(t, "ThreadNotInDispute")(disputeChallengeThread(e, e.Bob, &other, &f.t1u, sig(&f.t1u)))
	disputeRevert(t, "InvalidThreadState")(disputeChallengeThread(e, e.Bob, &f.t1, &f.t2u, sig(&f.t2u))) // another thread's state
}
