package node

import (
	"errors"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
)

// Review 6 (Mallory): two different states at one nonce. A proposal that was not countersigned still
// carries its proposer's signature, and the contract refuses a challenge with a state of the nonce
// already submitted (StaleNonce): a party holding two states its counterparty signed at one nonce picks
// the better one on-chain. So no node signs two different states at one nonce: a proposal at a nonce
// where the acceptor signed something else is answered CodeTaken with the highest nonce the acceptor
// signed, and proposals go above the nonces of every proposal that was not countersigned
// (docs/update-protocol.md §3.0).

// wantTaken fails unless ans is a CodeTaken Reject naming at least nonce, and returns the nonce it names.
func wantTaken(t *testing.T, ans protocol.Message, nonce uint64, what string) uint64 {
	t.Helper()
	switch a := ans.(type) {
	case protocol.Countersign:
		t.Fatalf("%s: countersigned at nonce %d, where this node had signed another state", what, a.TxCountGlobal)
	case protocol.Reject:
		if a.Code == protocol.CodeTaken && a.TxCountGlobal >= nonce {
			return a.TxCountGlobal
		}
	}
	t.Fatalf("%s: answered %T %+v, want CodeTaken naming nonce %d or above", what, ans, ans, nonce)
	return 0
}

// TestMal6HubNeverSignsTwoStatesAtOneNonce (hub loses): Mallory refuses the hub's reclaim at nonce N and
// keeps it, signed by the hub. She then pays Bob through the hub with a lock proposed at N. Were it
// countersigned, the hub would forward it and pay Bob, and she would exit with the reclaim countersigned
// by herself: the hub's challenge with her lock's state, of the same nonce, is refused on-chain, and
// the hub never gets her lock. The hub answers CodeTaken; her lock proposed above N is taken and Bob is
// paid, and that state beats the reclaim on-chain.
func TestMal6HubNeverSignsTwoStatesAtOneNonce(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	bob := n.users[0]
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	m.setAnswer(refuseAll)
	if _, err := n.hub.eng.reclaim(testCtx(t), m.addr, *uint256.NewInt(200_000), uint256.Int{}); err == nil {
		t.Fatal("the reclaim went through although Mallory refused it")
	}
	reclaim, ok := m.refusedWith(isWithdraw)
	if !ok {
		t.Fatal("Mallory never got the reclaim")
	}
	taken := reclaim.Proposal.State.TxCountGlobal
	m.setAnswer(m.countersign)

	bobBefore := stored(t, bob, hubAddr, userAddr)
	l, note, _ := m.lockTo(&bob.eng.cfg.Key.PublicKey, 100_000, clock.Now()+3600)
	if l.ID>>lockIDShift != taken {
		t.Fatalf("her lock's nonce %d, want the reclaim's %d", l.ID>>lockIDShift, taken)
	}
	at := wantTaken(t, m.proposeOnce([]protocol.Note{note}, protocol.AddLock{Lock: l}), taken,
		"the hub, for her lock at its refused reclaim's nonce")
	if at != taken {
		t.Fatalf("the hub names nonce %d, want its reclaim's %d", at, taken)
	}

	l.ID = (at + 1) << lockIDShift
	note.LockID = l.ID
	if ans, ok := m.proposeAt(at+1, []protocol.Note{note}, protocol.AddLock{Lock: l}).(protocol.Countersign); !ok {
		t.Fatalf("her lock above the reclaim's nonce was answered %+v", ans)
	}
	waitFor(t, "Bob paid", func() bool {
		r := stored(t, bob, hubAddr, userAddr)
		want := new(uint256.Int).Add(&bobBefore.State.WeiUser, uint256.NewInt(100_000))
		return len(r.Locks) == 0 && r.State.WeiUser.Eq(want)
	})
	waitFor(t, "the reclaim superseded", func() bool {
		rs, err := n.hub.store.Refused(testCtx(t), hubAddr, m.addr)
		return err == nil && len(rs) == 0
	})
	if got := stored(t, n.hub, hubAddr, m.addr); got.State.TxCountGlobal <= taken {
		t.Fatalf("the hub's latest state %d does not beat its reclaim's %d", got.State.TxCountGlobal, taken)
	}
}

// TestMal6UserNeverSignsTwoStatesAtOneNonce (user loses; the mirror): an honest user pays its hub,
// Mallory, 1,000 wei at nonce N; she answers Busy (as a hub whose own proposal wins) or refuses, and
// keeps the user's state N. She then pays the user 5,000 wei at N. Were that countersigned, the user
// would count 5,000 wei received, and she would exit with its own state N, countersigned by herself:
// its challenge with her payment, of the same nonce, is refused on-chain. The user answers CodeTaken;
// her payment above N is taken, then (Busy) its own payment goes on above it.
func TestMal6UserNeverSignsTwoStatesAtOneNonce(t *testing.T) {
	for _, c := range []struct {
		name   string
		answer func(protocol.Propose) protocol.Message
	}{{"busy", busy}, {"refused", refuseAll}} {
		t.Run(c.name, func(t *testing.T) {
			clock := newClock()
			m, user := fundedMalloryHub(t, clock)
			before := stored(t, user, m.addr, userAddr)
			m.setAnswer(c.answer)
			paid := make(chan error, 1)
			go func() {
				_, err := user.eng.Update(testCtx(t), m.addr, protocol.Transfer{Wei: *uint256.NewInt(1000)})
				paid <- err
			}()
			// Her latest is the funding proposal (a Transfer too): wait for the payment's, above it.
			isPayment := func() (protocol.Propose, bool) {
				p, ok := m.refusedWith(isTransfer)
				return p, ok && p.Proposal.State.TxCountGlobal > before.State.TxCountGlobal
			}
			waitFor(t, "the user's payment", func() bool { _, ok := isPayment(); return ok })
			p, _ := isPayment()
			taken := p.Proposal.State.TxCountGlobal

			five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
			at := wantTaken(t, m.proposeOnce(nil, five), taken, "the user, for her payment at its own payment's nonce")
			for range 50 { // Busy: the user's payment may be proposed again above at meanwhile
				ans := m.proposeAt(at+1, nil, five)
				if _, ok := ans.(protocol.Countersign); ok {
					break
				}
				at = wantTaken(t, ans, at+1, "the user, for her payment above the nonce it named")
				time.Sleep(5 * time.Millisecond)
			}
			got := stored(t, user, m.addr, userAddr)
			if got.State.TxCountGlobal <= taken {
				t.Fatalf("her payment was never taken above nonce %d (user's latest %d)", taken, got.State.TxCountGlobal)
			}
			want := new(uint256.Int).AddUint64(&before.State.WeiUser, 5000)
			if c.name == "busy" {
				m.setAnswer(m.countersign)
				if err := <-paid; err != nil {
					t.Fatalf("the user's payment, proposed again once she answered: %v", err)
				}
				want.SubUint64(want, 1000)
				got = stored(t, user, m.addr, userAddr)
			} else if err := <-paid; !errors.Is(err, ErrRejected) {
				t.Fatalf("the user's refused payment: %v, want ErrRejected", err)
			}
			if !got.State.WeiUser.Eq(want) {
				t.Fatalf("the user holds %s wei, want %s", got.State.WeiUser.Dec(), want.Dec())
			}
		})
	}
}
