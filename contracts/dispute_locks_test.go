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

// disputeLocks is Alice's standard channel with two locks in its latest state s: l1, the hub pays Alice
// 1 ether / 10 tokens (toUser), and l2, Alice pays the hub 0.5 ether / 5 tokens, both expiring three
// challenge periods after setup. The balances exclude them: hub 2 ether / 290, Alice 4.5 ether / 495.
type disputeLocks struct {
	e      *chaintest.Env
	p1, p2 [32]byte
	l1, l2 state.Lock
	tree   *state.MerkleTree
	s      state.ChannelState
	expiry uint64
}

func disputeLockSetup(t *testing.T) *disputeLocks {
	t.Helper()
	e := disputeEnv(t)
	f := &disputeLocks{e: e, p1: [32]byte{0xa1}, p2: [32]byte{0xb2}, expiry: e.Now() + 3*3600}
	f.l1 = state.Lock{ID: 1, ToUser: true, AmountWei: u(1e18), AmountToken: u(10), Hashlock: state.Hashlock(f.p1), Expiry: f.expiry}
	f.l2 = state.Lock{ID: 2, AmountWei: u(5e17), AmountToken: u(5), Hashlock: state.Hashlock(f.p2), Expiry: f.expiry}
	f.tree = state.NewMerkleTree([]common.Hash{f.l1.Leaf(), f.l2.Leaf()})
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	f.s = disputeNext(s1, func(s *state.ChannelState) {
		s.WeiHub, s.TokenHub, s.WeiUser, s.TokenUser = u(2e18), u(290), u(45e17), u(495)
		s.LockRoot, s.LockedWei, s.LockedToken = state.LockRoot([]state.Lock{f.l1, f.l2}), u(15e17), u(15)
	})
	if f.s.LockRoot != f.tree.Root() {
		t.Fatal("lock root differs from the tree's root")
	}
	return f
}

// settle exits with f.s and empties: balances are paid, the locked funds stay, the channel is Settling.
func (f *disputeLocks) settle(t *testing.T) {
	t.Helper()
	w := disputeWatchStart(f.e, f.e.Alice.Addr)
	disputeExitAndEmpty(t, f.e, f.e.Alice, &f.s)
	w.expect(t, 45e17, 495, 2e18, 290)
	disputeStatus(t, f.e, f.e.Alice.Addr, disputeSettling)
	disputeTotals(t, f.e, f.e.Alice.Addr, 15e17, 15)
}

func (f *disputeLocks) resolve(t *testing.T, l *state.Lock, proofOf *state.Lock) (*types.Receipt, error) {
	t.Helper()
	p, err := f.tree.Proof(proofOf.Leaf())
	if err != nil {
		t.Fatal(err)
	}
	e := f.e
	return e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.ResolveLock(o, e.Hub.Addr, e.Alice.Addr, contracts.Lock(l), contracts.Proof(p))
	})
}

func (f *disputeLocks) reveal(t *testing.T, preimage [32]byte) *types.Receipt {
	t.Helper()
	e := f.e
	return disputeOK(t)(e.Do(e.Bob, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.RevealPreimage(o, preimage)
	}))
}

// paidTo fails the test unless r resolved a lock in favour of want.
func (f *disputeLocks) paidTo(t *testing.T, r *types.Receipt, want common.Address) {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := f.e.Manager.ParseLockResolved(*l); err == nil {
			if ev.PaidTo != want {
				t.Fatalf("lock paid to %s, want %s", ev.PaidTo, want)
			}
			return
		}
	}
	t.Fatal("no LockResolved event")
}

// TestDisputeLocksPaidByPreimage: with both preimages revealed before expiry each lock pays its receiver:
// l1 Alice (wei and tokens to her address), l2 the hub's reserve. The channel reopens with the last.
func TestDisputeLocksPaidByPreimage(t *testing.T) {
	f := disputeLockSetup(t)
	e := f.e
	f.settle(t)
	r := f.reveal(t, f.p1)
	if at, _ := e.Manager.RevealedAt(nil, f.l1.Hashlock); !disputeEq(at, disputeBlockTime(t, e, r)) {
		t.Fatalf("revealedAt %s", at)
	}
	f.reveal(t, f.p2)
	w := disputeWatchStart(e, e.Alice.Addr)
	r = disputeOK(t)(f.resolve(t, &f.l1, &f.l1))
	w.expect(t, 1e18, 10, 0, 0)
	f.paidTo(t, r, e.Alice.Addr)
	disputeStatus(t, e, e.Alice.Addr, disputeSettling)
	r = disputeOK(t)(f.resolve(t, &f.l2, &f.l2))
	w.expect(t, 0, 0, 5e17, 5)
	f.paidTo(t, r, e.Hub.Addr)
	if !disputeHas(r, e.Manager.ParseChannelReopened) || e.Channel(e.Hub.Addr, e.Alice.Addr).LockRoot != ([32]byte{}) {
		t.Fatal("channel not reopened or lock root kept")
	}
	disputeStatus(t, e, e.Alice.Addr, disputeOpen)
	disputeTotals(t, e, e.Alice.Addr, 0, 0)
}

// TestDisputeLocksRefundedAfterExpiry: without a preimage a lock cannot be resolved up to and including
// its expiry; after it each lock returns to its sender: l1 to the hub's reserve, l2 to Alice.
func TestDisputeLocksRefundedAfterExpiry(t *testing.T) {
	f := disputeLockSetup(t)
	e := f.e
	f.settle(t)
	disputeRevertArg(t, "LockNotYetResolvable", f.expiry)(f.resolve(t, &f.l1, &f.l1))
	disputeAdvanceTo(t, e, f.expiry)
	disputeRevertArg(t, "LockNotYetResolvable", f.expiry)(f.resolve(t, &f.l1, &f.l1))
	disputeAdvanceTo(t, e, f.expiry+1)
	w := disputeWatchStart(e, e.Alice.Addr)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l1, &f.l1)), e.Hub.Addr)
	w.expect(t, 0, 0, 1e18, 10)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l2, &f.l2)), e.Alice.Addr)
	w.expect(t, 5e17, 5, 0, 0)
	disputeStatus(t, e, e.Alice.Addr, disputeOpen)
	disputeTotals(t, e, e.Alice.Addr, 0, 0)
}

// TestDisputeLockResolveReverts: resolving needs a settling channel and a lock proven against the final
// lock root, and pays once.
func TestDisputeLockResolveReverts(t *testing.T) {
	f := disputeLockSetup(t)
	e := f.e
	f.reveal(t, f.p1)
	disputeRevertArg(t, "ChannelNotSettling", disputeOpen)(f.resolve(t, &f.l1, &f.l1))
	f.settle(t)
	disputeRevert(t, "InvalidProof")(f.resolve(t, &f.l1, &f.l2))
	bigger := f.l1
	bigger.AmountWei = u(15e17)
	disputeRevert(t, "InvalidProof")(f.resolve(t, &bigger, &f.l1))
	l3 := state.Lock{ID: 3, ToUser: true, AmountWei: u(1), Hashlock: f.l1.Hashlock, Expiry: f.expiry}
	p3, _ := state.NewMerkleTree([]common.Hash{l3.Leaf(), f.l2.Leaf()}).Proof(l3.Leaf())
	disputeRevert(t, "InvalidProof")(e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.ResolveLock(o, e.Hub.Addr, e.Alice.Addr, contracts.Lock(&l3), contracts.Proof(p3))
	}))
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeOK(t)(f.resolve(t, &f.l1, &f.l1))
	disputeRevert(t, "LockAlreadyResolved")(f.resolve(t, &f.l1, &f.l1))
	w.expect(t, 1e18, 10, 0, 0)
}

// TestDisputeLockLatePreimage: a preimage revealed after the lock's expiry does not pay the receiver:
// both locks go back to their senders.
func TestDisputeLockLatePreimage(t *testing.T) {
	f := disputeLockSetup(t)
	e := f.e
	f.settle(t)
	disputeAdvanceTo(t, e, f.expiry)
	f.reveal(t, f.p1) // mined at expiry + 1
	f.reveal(t, f.p2)
	w := disputeWatchStart(e, e.Alice.Addr)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l1, &f.l1)), e.Hub.Addr)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l2, &f.l2)), e.Alice.Addr)
	w.expect(t, 5e17, 5, 1e18, 10)
}

// TestDisputeLockPreimageDuringChallenge: a preimage revealed while the exit is still being challenged
// counts, even when the lock is resolved long after its expiry.
func TestDisputeLockPreimageDuringChallenge(t *testing.T) {
	f := disputeLockSetup(t)
	e := f.e
	h, a := disputeSigs(e, &f.s, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Hub, &f.s, h, a))
	f.reveal(t, f.p1)
	disputeAdvanceTo(t, e, f.expiry+3600)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w := disputeWatchStart(e, e.Alice.Addr)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l1, &f.l1)), e.Alice.Addr)
	w.expect(t, 1e18, 10, 0, 0)
}

// TestDisputeLockPreimageAtExpiry: a preimage revealed in the block whose timestamp is the expiry counts.
func TestDisputeLockPreimageAtExpiry(t *testing.T) {
	f := disputeLockSetup(t)
	e := f.e
	f.settle(t)
	disputeAdvanceTo(t, e, f.expiry-1)
	if bt := disputeBlockTime(t, e, f.reveal(t, f.p1)); bt != f.expiry {
		t.Fatalf("revealed at %d, expiry %d", bt, f.expiry)
	}
	disputeAdvanceTo(t, e, f.expiry+10)
	w := disputeWatchStart(e, e.Alice.Addr)
	f.paidTo(t, disputeOK(t)(f.resolve(t, &f.l1, &f.l1)), e.Alice.Addr)
	w.expect(t, 1e18, 10, 0, 0)
}
