package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/contracts"
	"spoke/protocol"
	"spoke/state"
)

// TestDisputeThreadNeedsSettlingChannel: thread disputes wait until the channel has been emptied.
func TestDisputeThreadNeedsSettlingChannel(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice := f.e, f.e.Alice.Addr
	p1, sig1 := f.proof(t, &f.t1), e.SignThread(&f.t1, e.Alice)
	disputeRevertArg(t, "ChannelNotSettling", disputeOpen)(disputeStartThread(e, e.Hub, alice, &f.t1, p1, sig1))
	h, a := disputeSigs(e, &f.s, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Alice, &f.s, h, a))
	disputeRevertArg(t, "ChannelNotSettling", disputeExiting)(disputeStartThread(e, e.Hub, alice, &f.t1, p1, sig1))
	disputeRevertArg(t, "ChannelNotSettling", disputeExiting)(disputeStartThreadWith(e, e.Hub, alice, &f.t1, p1, sig1, &f.t1u, e.SignThread(&f.t1u, e.Alice)))
	disputeRevertArg(t, "ChannelNotSettling", disputeExiting)(disputeEmptyThread(e, e.Hub, alice, &f.t1))
}

// TestDisputeThreadNotAParty: only the channel's hub or user may start a thread dispute in it.
func TestDisputeThreadNotAParty(t *testing.T) {
	f := disputeThreadSetup(t)
	f.settle(t)
	e := f.e
	disputeRevertArg(t, "NotAParty", e.Mallory.Addr)(disputeStartThread(e, e.Mallory, e.Alice.Addr, &f.t2, f.proof(t, &f.t2), e.SignThread(&f.t2, e.Alice)))
}

// TestDisputeThreadInvalidProof: the initial state must be a leaf of the channel's final thread root.
func TestDisputeThreadInvalidProof(t *testing.T) {
	f := disputeThreadSetup(t)
	f.settle(t)
	e, alice := f.e, f.e.Alice.Addr
	sig1 := e.SignThread(&f.t1, e.Alice)
	disputeRevert(t, "InvalidProof")(disputeStartThread(e, e.Hub, alice, &f.t1, f.proof(t, &f.t2), sig1))
	disputeRevert(t, "InvalidProof")(disputeStartThread(e, e.Hub, alice, &f.t1, nil, sig1))
	more := f.t1 // more funds than the committed initial state
	more.WeiSender = u(15e17)
	disputeRevert(t, "InvalidProof")(disputeStartThread(e, e.Hub, alice, &more, f.proof(t, &f.t1), e.SignThread(&more, e.Alice)))
	t3 := f.t1 // a thread never opened in this channel, with a proof from another tree
	t3.ThreadID = 3
	p3, err := state.NewMerkleTree([]common.Hash{t3.StructHash(), f.t2.StructHash()}).Proof(t3.StructHash())
	if err != nil {
		t.Fatal(err)
	}
	disputeRevert(t, "InvalidProof")(disputeStartThread(e, e.Hub, alice, &t3, contracts.Proof(p3), e.SignThread(&t3, e.Alice)))
	disputeOK(t)(disputeStartThread(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), sig1))
}

// TestDisputeThreadInvalidInitialState: an initial state must have txCount 0, nothing on the
// receiver's side, this hub, and this channel's user as sender or receiver.
func TestDisputeThreadInvalidInitialState(t *testing.T) {
	f := disputeThreadSetup(t)
	f.settle(t)
	e, alice := f.e, f.e.Alice.Addr
	for _, mod := range []func(*state.ThreadState){
		func(s *state.ThreadState) { s.TxCount = 1 },
		func(s *state.ThreadState) { s.WeiReceiver = u(1) },
		func(s *state.ThreadState) { s.TokenReceiver = u(1) },
		func(s *state.ThreadState) { s.Hub = e.Mallory.Addr },
		func(s *state.ThreadState) { s.Sender, s.Receiver = e.Bob.Addr, e.Mallory.Addr },
	} {
		bad := f.t1
		mod(&bad)
		leaves := []common.Hash{bad.StructHash(), f.t2.StructHash()} // even with a valid proof for it
		p, _ := state.NewMerkleTree(leaves).Proof(bad.StructHash())
		disputeRevert(t, "InvalidThreadState")(disputeStartThread(e, e.Hub, alice, &bad, contracts.Proof(p), e.SignThread(&bad, e.Alice)))
	}
}

// TestDisputeThreadInvalidUpdate: a later thread state must keep both totals, pay the receiver more (at
// least as much of each asset, more of one), and name the same hub.
func TestDisputeThreadInvalidUpdate(t *testing.T) {
	f := disputeThreadSetup(t)
	f.settle(t)
	e, alice := f.e, f.e.Alice.Addr
	sig := func(s *state.ThreadState) []byte { return e.SignThread(s, e.Alice) }
	moreTotal := f.t1u
	moreTotal.WeiReceiver = u(7e17)
	disputeRevert(t, "InvalidThreadState")(disputeStartThreadWith(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), sig(&f.t1), &moreTotal, sig(&moreTotal)))
	// The update must be the proven thread: the hub cannot name itself sender (its own transaction would
	// imply the signature) and move everything to the receiver side, nor use another thread's state.
	forged := f.t1u
	forged.Sender, forged.WeiSender, forged.WeiReceiver, forged.TokenSender, forged.TokenReceiver = e.Hub.Addr, u(0), u(1e18), u(0), u(100)
	disputeRevert(t, "InvalidThreadState")(disputeStartThreadWith(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), sig(&f.t1), &forged, nil))
	other := f.t1u
	other.ThreadID = 9
	disputeRevert(t, "InvalidThreadState")(disputeStartThreadWith(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), sig(&f.t1), &other, sig(&other)))
	disputeOK(t)(disputeStartThreadWith(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), sig(&f.t1), &f.t1u, sig(&f.t1u)))
	// The node's rule (protocol.CheckThreadUpdate) agrees with the contract, case by case.
	if err := protocol.CheckThreadUpdate(e.Domain, &f.t1, &f.t1u, sig(&f.t1u)); err != nil {
		t.Fatalf("the node refuses the update the contract takes: %v", err)
	}
	for _, refused := range []*state.ThreadState{&moreTotal, &forged, &other} {
		if protocol.CheckThreadUpdate(e.Domain, &f.t1, refused, sig(refused)) == nil {
			t.Fatalf("the node accepts a thread state the contract refuses: %+v", refused)
		}
	}
	for _, mod := range []func(*state.ThreadState){
		func(s *state.ThreadState) { s.WeiSender, s.WeiReceiver = u(5e17), u(5e17) }, // receiver decreases
		func(s *state.ThreadState) { s.TokenSender, s.TokenReceiver = u(41), u(59) }, // receiver tokens decrease
		func(s *state.ThreadState) { s.WeiSender, s.WeiReceiver = u(3e17), u(8e17) }, // wei total changes
		func(s *state.ThreadState) { s.TokenSender, s.TokenReceiver = u(40), u(61) }, // token total changes
		func(s *state.ThreadState) {}, // pays the receiver nothing more
		func(s *state.ThreadState) {
			s.WeiSender, s.WeiReceiver, s.TokenSender, s.TokenReceiver = u(3e17), u(7e17), u(41), u(59)
		}, // more wei, fewer tokens
		func(s *state.ThreadState) { s.Hub = e.Mallory.Addr },
	} {
		bad := f.t1u
		bad.TxCount = 4
		mod(&bad)
		disputeRevert(t, "InvalidThreadState")(disputeChallengeThread(e, e.Hub, &f.t1, &bad, sig(&bad)))
		if protocol.CheckThreadUpdate(e.Domain, &f.t1u, &bad, sig(&bad)) == nil {
			t.Fatalf("the node accepts a thread state the contract refuses: %+v", bad)
		}
	}
	if d := disputeThreadOf(t, e, &f.t1); d.TxCount != 3 || !disputeEq(d.WeiReceiver, 6e17) {
		t.Fatalf("thread dispute changed: %+v", d)
	}
}

// TestDisputeThreadLifecycle: challenge and empty need a running thread dispute, a dispute starts once,
// empties only after its period, cannot be challenged after it, and pays out once.
func TestDisputeThreadLifecycle(t *testing.T) {
	f := disputeThreadSetup(t)
	f.settle(t)
	e, alice := f.e, f.e.Alice.Addr
	p1, sig1, sig1u := f.proof(t, &f.t1), e.SignThread(&f.t1, e.Alice), e.SignThread(&f.t1u, e.Alice)
	disputeRevert(t, "ThreadNotInDispute")(disputeChallengeThread(e, e.Bob, &f.t1, &f.t1u, sig1u))
	disputeRevert(t, "ThreadNotInDispute")(disputeEmptyThread(e, e.Bob, alice, &f.t1))
	disputeOK(t)(disputeStartThread(e, e.Hub, alice, &f.t1, p1, sig1))
	disputeRevert(t, "ThreadAlreadyInDispute")(disputeStartThread(e, e.Alice, alice, &f.t1, p1, sig1))
	disputeRevert(t, "ThreadAlreadyInDispute")(disputeStartThreadWith(e, e.Alice, alice, &f.t1, p1, sig1, &f.t1u, sig1u))
	closing := disputeThreadOf(t, e, &f.t1).ClosingTime
	disputeAdvanceTo(t, e, closing-1)
	disputeRevertArg(t, "ChallengePeriodNotOver", closing)(disputeEmptyThread(e, e.Bob, alice, &f.t1))
	disputeAdvanceTo(t, e, closing)
	disputeRevertArg(t, "ChallengePeriodOver", closing)(disputeChallengeThread(e, e.Bob, &f.t1, &f.t1u, sig1u))
	w := disputeWatchStart(e, alice)
	disputeOK(t)(disputeEmptyThread(e, e.Bob, alice, &f.t1))
	w.expect(t, 1e18, 100, 0, 0)
	disputeRevert(t, "ThreadAlreadyEmptied")(disputeEmptyThread(e, e.Bob, alice, &f.t1))
	disputeRevert(t, "ThreadAlreadyEmptied")(disputeStartThread(e, e.Hub, alice, &f.t1, p1, sig1))
	w.expect(t, 0, 0, 0, 0)
}

// TestDisputeThreadSignatures: a thread state needs its sender's signature unless the sender sends the
// transaction.
func TestDisputeThreadSignatures(t *testing.T) {
	f := disputeThreadSetup(t)
	f.settle(t)
	e, alice := f.e, f.e.Alice.Addr
	p1 := f.proof(t, &f.t1)
	disputeRevertArg(t, "InvalidSignature", alice)(disputeStartThread(e, e.Hub, alice, &f.t1, p1, e.SignThread(&f.t1, e.Mallory)))
	disputeRevertArg(t, "InvalidSignature", alice)(disputeStartThread(e, e.Hub, alice, &f.t1, p1, e.SignThread(&f.t1u, e.Alice)))
	disputeRevertArg(t, "InvalidSignature", alice)(disputeStartThreadWith(e, e.Hub, alice, &f.t1, p1, e.SignThread(&f.t1, e.Alice), &f.t1u, e.SignThread(&f.t1u, e.Bob)))
	disputeOK(t)(disputeStartThread(e, e.Alice, alice, &f.t1, p1, nil)) // the sender's own transaction
	disputeRevertArg(t, "InvalidSignature", alice)(disputeChallengeThread(e, e.Bob, &f.t1, &f.t1u, e.SignThread(&f.t1u, e.Bob)))
	disputeOK(t)(disputeChallengeThread(e, e.Bob, &f.t1, &f.t1u, e.SignThread(&f.t1u, e.Alice)))
}

// TestDisputeThreadOrderedByPayment: a thread dispute takes states by what they pay the receiver, not by
// count. A sender's jam state (the largest count there is, one wei more for the receiver) put on-chain
// first gives way to the receiver's state 3, which pays it more; after it, neither the jam nor a state of
// higher count paying less replaces state 3.
func TestDisputeThreadOrderedByPayment(t *testing.T) {
	f := disputeThreadSetup(t)
	f.settle(t)
	e, alice := f.e, f.e.Alice.Addr
	sig := func(s *state.ThreadState) []byte { return e.SignThread(s, e.Alice) }
	jam := f.t1
	jam.TxCount = ^uint64(0)
	jam.WeiSender, jam.WeiReceiver = u(1e18-1), u(1)
	disputeOK(t)(disputeStartThreadWith(e, e.Hub, alice, &f.t1, f.proof(t, &f.t1), sig(&f.t1), &jam, sig(&jam)))
	disputeOK(t)(disputeChallengeThread(e, e.Hub, &f.t1, &f.t1u, sig(&f.t1u)))
	lower := f.t1u
	lower.TxCount, lower.WeiSender, lower.WeiReceiver = 9, u(5e17), u(5e17)
	for _, s := range []*state.ThreadState{&jam, &lower} {
		disputeRevert(t, "InvalidThreadState")(disputeChallengeThread(e, e.Hub, &f.t1, s, sig(s)))
	}
	if d := disputeThreadOf(t, e, &f.t1); d.TxCount != 3 || !disputeEq(d.WeiReceiver, 6e17) || !disputeEq(d.TokenReceiver, 60) {
		t.Fatalf("thread dispute after the jam: %+v", d)
	}
}
