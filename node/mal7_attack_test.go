package node

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// Review 7 (Mallory): the rules of one state per nonce (ADR 18) under a counterparty that lies about
// nonces, answers with them, and picks when.

// takenAt answers every proposal with CodeTaken naming nonce.
func takenAt(nonce uint64) func(protocol.Propose) protocol.Message {
	return func(p protocol.Propose) protocol.Message {
		return protocol.Reject{TxCountGlobal: nonce, Code: protocol.CodeTaken, Reason: ErrNonceTaken.Error()}
	}
}

// TestMal7OneLieDoesNotFreezeTheChannel: the nonces a peer names (in a CodeTaken answer, or by signing
// a proposal of its own) lift the floor a node proposes above, up to state.MaxNonceStep above its
// latest state. Mallory, a hub, names the very top of that window once: the user's next proposal would
// step past MaxNonceStep, so it could never propose on the channel again (every command failing with
// state.ErrNonce) until she moves the channel, after a single message and with at most one of its
// proposals refused (ADR 18 promises it proposes until 32 are). Safe outcome: the nonces a peer names
// lift the floor by at most half the window; the user proposes again, and the payment goes through
// once she countersigns.
func TestMal7OneLieDoesNotFreezeTheChannel(t *testing.T) {
	for _, c := range []struct {
		name string
		lie  func(m *mallory, top uint64)
	}{
		{"taken", func(m *mallory, top uint64) { m.setAnswer(takenAt(top)) }},
		{"proposal", func(m *mallory, top uint64) {
			// Her own proposal at the top, signed by her and refused (a hub cannot move the user's
			// balance): the user notes its nonce all the same.
			wantRefused(t, m.proposeAt(top, nil, protocol.Transfer{Wei: *uint256.NewInt(1)}), ErrNotAuthorized)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			clock := newClock()
			m, user := fundedMalloryHub(t, clock)
			before := stored(t, user, m.addr, userAddr)
			top := before.State.TxCountGlobal + state.MaxNonceStep
			c.lie(m, top)
			seen := len(m.proposals())
			paid := make(chan error, 1)
			go func() {
				_, err := user.eng.Update(testCtx(t), m.addr, protocol.Transfer{Wei: *uint256.NewInt(1000)})
				paid <- err
			}()
			waitFor(t, "the user's payment", func() bool { return len(m.proposals()) > seen })
			m.setAnswer(m.countersign)
			if err := <-paid; err != nil {
				t.Fatalf("the user's payment after one lie: %v", err)
			}
			got := stored(t, user, m.addr, userAddr)
			if want := new(uint256.Int).SubUint64(&before.State.WeiUser, 1000); !got.State.WeiUser.Eq(want) {
				t.Fatalf("the user holds %s wei, want %s", got.State.WeiUser.Dec(), want.Dec())
			}
		})
	}
}

// TestMal7HonestConflictsDoNotLivelock (liveness; no Mallory): an honest hub and user both propose all
// the time, one payment after another each way, so that most of their proposals conflict (both at one
// nonce). Each conflict costs a round trip and a skipped nonce, no more: both finish in good time.
func TestMal7HonestConflictsDoNotLivelock(t *testing.T) {
	p := startPair(t, t.TempDir())
	credit(t, p)
	if _, err := p.user.eng.Update(testCtx(t), hubAddr, wei(500_000)); err != nil {
		t.Fatal(err)
	}
	start := latest(t, p.hub.store).State.TxCountGlobal
	const each = 150
	errs := make(chan error, 2)
	began := time.Now()
	go func() {
		for range each {
			if _, err := p.user.eng.Update(testCtx(t), hubAddr, wei(1)); err != nil {
				errs <- fmt.Errorf("user: %w", err)
				return
			}
		}
		errs <- nil
	}()
	go func() {
		for range each {
			if _, err := p.hub.eng.Update(testCtx(t), userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(1)}); err != nil {
				errs <- fmt.Errorf("hub: %w", err)
				return
			}
		}
		errs <- nil
	}()
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	took := time.Since(began)
	got := checkBalances(t, p, deposited[0].Uint64()-500_000, 500_000)
	t.Logf("%d payments each way in %v, nonces %d to %d", each, took, start, got.State.TxCountGlobal)
	if took > 20*time.Second {
		t.Fatalf("%d payments each way took %v", each, took)
	}
}

// TestMal7TakenAgainGoesAbove (held): Mallory answers every proposal CodeTaken, naming the proposal's
// own nonce. Each one is another state the honest node signed, stored among its refused proposals until
// superseded: it proposes each time above all of them (never two states at one nonce). Once she
// countersigns, they are superseded and the payment goes through. Both sides:
// Mallory as the hub of an honest user, and as a user of an honest hub (which proposes again at once
// after its first refusal). (That the node stops at maxBinding of them is not run here: the retries
// back off to a second each, 30 s of test.)
func TestMal7TakenAgainGoesAbove(t *testing.T) {
	taken := func(p protocol.Propose) protocol.Message {
		return takenAt(p.Proposal.State.TxCountGlobal)(p)
	}
	const refusals = 4
	for _, side := range []string{"mallory-hub", "mallory-user"} {
		t.Run(side, func(t *testing.T) {
			clock := newClock()
			var m *mallory
			var honest *testNode
			if side == "mallory-hub" {
				m, honest = fundedMalloryHub(t, clock)
			} else {
				honest = startNode(t, hubKey, Hub, t.TempDir()+"/hub.db", func(c *Config) { c.Clock = clock.Now })
				m = newMalloryUser(t, userKey, honest, clock)
				if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}, wei(500_000)).(protocol.Countersign); !ok {
					t.Fatal("Mallory's credit was refused")
				}
			}
			hub, user := m.latest().Latest.State.Hub, m.latest().Latest.State.User
			seen := len(m.proposals())
			m.setAnswer(taken)
			paid := make(chan error, 1)
			go func() {
				_, err := honest.eng.Update(testCtx(t), m.addr, protocol.Transfer{ToUser: !m.isHub, Wei: *uint256.NewInt(1)})
				paid <- err
			}()
			waitFor(t, "the honest node's proposals", func() bool { return len(m.proposals()) >= seen+refusals })
			m.setAnswer(m.countersign)
			if err := <-paid; err != nil {
				t.Fatalf("the payment once she countersigns: %v", err)
			}
			got := m.proposals()[seen:]
			for i := 1; i < len(got); i++ {
				if a, b := got[i-1].Proposal.State.TxCountGlobal, got[i].Proposal.State.TxCountGlobal; b <= a {
					t.Fatalf("the honest node proposed at nonce %d after %d was taken", b, a)
				}
			}
			last := got[len(got)-1].Proposal.State
			if s := stored(t, honest, hub, user).State; s != last {
				t.Fatalf("the honest node's latest is %d, not its last proposal %d", s.TxCountGlobal, last.TxCountGlobal)
			}
			if rs, err := honest.store.Refused(testCtx(t), hub, user); err != nil || len(rs) != 0 {
				t.Fatalf("%d refused proposals still stored (%v) once superseded", len(rs), err)
			}
		})
	}
}

// restartMalloryUser stops the honest user of Mallory's (newMalloryHub, its store in dir) and starts it
// again over the same store.
func restartMalloryUser(t *testing.T, m *mallory, user *testNode, dir string, clock *testClock) *testNode {
	t.Helper()
	user.stop()
	user = startNode(t, userKey, User, dir+"/user.db", func(c *Config) {
		c.Hub, c.HubPeer, c.HubAddrs = m.addr, m.host.ID(), m.host.Addrs()
		c.Clock = clock.Now
	})
	m.peer = user.host.ID()
	waitFor(t, "the restarted user's connection to Mallory", func() bool { return m.host.Connected(user.host.ID()) })
	return user
}

// TestMal7RestartKeepsTheFirstProposalsFloor (user loses): the user's first proposal in a new channel
// (its deposit credited, 1,000 wei paid to Mallory, its hub) is stored before it leaves, but the channel
// has no double-signed state yet. Mallory answers Busy and keeps it, signed by the user, at nonce 1. The
// user restarts: a start loads the channels that have a latest state, so this one comes back empty, its
// proposal forgotten, and its floor 0. She proposes her own state at nonce 1, the user's deposit credited
// and nothing paid; were it countersigned, the user would hold two states of its own signature at nonce
// 1, and whichever is on-chain first wins (the contract refuses a challenge at the same nonce): she
// exits with the one that pays her. Safe outcome: the user loads a channel with a stored proposal (or
// refused ones) and no state as well, and answers Taken.
func TestMal7RestartKeepsTheFirstProposalsFloor(t *testing.T) {
	clock := newClock()
	dir := t.TempDir()
	m, user := newMalloryHub(t, devchain.DevKey(5), dir, clock, nil)
	m.setAnswer(busy)
	go func() {
		_, _ = user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]}, wei(1000))
	}()
	waitFor(t, "the user's first proposal", func() bool { return len(m.proposals()) > 0 })
	first := m.proposals()[0].Proposal.State
	if first.TxCountGlobal != 1 {
		t.Fatalf("the user's first proposal is at nonce %d", first.TxCountGlobal)
	}
	user = restartMalloryUser(t, m, user, dir, clock)
	wantTaken(t, m.proposeOnce(nil, protocol.Credit{Wei: deposited[0]}), 1, "the restarted user, for her state at its first proposal's nonce")
	// Her state lost the conflict; once she countersigns, the channel moves on above her nonce 1. She
	// signed a state of her own at nonce 1, so she answers the user's resent nonce-1 proposal Taken, as an
	// honest hub does: countersigning it too (were it still in flight when she gave in), she would hold
	// two states at one nonce herself, and the user, which dropped its proposal for hers, would not take
	// the late countersignature (1 run in 100 failed that way).
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if p.Proposal.State.TxCountGlobal <= 1 {
			return takenAt(1)(p)
		}
		return m.countersign(p)
	})
	waitFor(t, "the channel past nonce 1", func() bool {
		r, err := user.store.Latest(testCtx(t), m.addr, userAddr)
		return err == nil && r.State.TxCountGlobal > 1
	})
}

// TestMal7RestartForgetsOnlyThePeersNonces (held): Mallory, a hub, answers the user's payment CodeTaken
// naming a nonce five above it (her proposals the user never saw, say); the payment is given up. The
// user restarts: the nonce she named is forgotten (peerFloor is in memory), its own refused proposal is
// not. Its next payment goes above its own floor, below what she named; she names it again, and the
// proposal above it is countersigned: one more round trip, no wedge, never two states at one nonce.
func TestMal7RestartForgetsOnlyThePeersNonces(t *testing.T) {
	clock := newClock()
	dir := t.TempDir()
	m, user := newMalloryHub(t, devchain.DevKey(5), dir, clock, nil)
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]}, wei(500_000)); err != nil {
		t.Fatal(err)
	}
	n := m.latest().Latest.State.TxCountGlobal
	named := n + 6
	ctx, giveUp := context.WithCancel(testCtx(t))
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if p.Proposal.State.TxCountGlobal <= named {
			giveUp() // the first payment is not proposed again
			return takenAt(named)(p)
		}
		return m.countersign(p)
	})
	if _, err := user.eng.Update(ctx, m.addr, wei(1000)); err == nil {
		t.Fatal("the given-up payment went through")
	}
	waitFor(t, "the user's payment refused", func() bool {
		rs, err := user.store.Refused(testCtx(t), m.addr, userAddr)
		return err == nil && len(rs) == 1
	})
	user = restartMalloryUser(t, m, user, dir, clock)
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(1000)); err != nil {
		t.Fatalf("a payment after the restart: %v", err)
	}
	var nonces []uint64
	for _, p := range m.proposals() {
		nonces = append(nonces, p.Proposal.State.TxCountGlobal)
	}
	if want := []uint64{n, n + 1, n + 2, named + 1}; !slices.Equal(nonces, want) {
		t.Fatalf("the user proposed at nonces %v, want %v", nonces, want)
	}
	if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got != named+1 {
		t.Fatalf("the user's latest is %d, want %d", got, named+1)
	}
}
