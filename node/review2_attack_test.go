package node

import (
	"context"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/multiformats/go-multiaddr"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// Review 2 attacks (h-review2) on the refused-proposal mechanism (ADR 12) and its neighbours: each test
// scripts Mallory against real engines and asserts the SAFE outcome, so it FAILS while the weakness it
// names exists.

// pushSync sends a Sync of c as a request to the honest node (raw: safe from her handler's goroutine) and
// returns the honest node's answer, or nil.
func (m *mallory) pushSync(c protocol.Channel) protocol.Message {
	req, err := protocol.MarshalMessage(protocol.Sync{Latest: c.Latest, Locks: c.Locks})
	if err != nil {
		return nil
	}
	resp, err := m.host.Request(context.Background(), m.peer, UpdateProtocol, req)
	if err != nil {
		return nil
	}
	msg, err := protocol.UnmarshalMessage(resp)
	if err != nil {
		return nil
	}
	return msg
}

// custodyOf is what hub n holds in custody for user (wei), from its store.
func custodyOf(t *testing.T, n *testNode, m *mallory) uint64 {
	t.Helper()
	c, err := n.store.Custodial(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	got := c[m.addr]
	return got[0].Uint64()
}

// TestReview2SyncOfOutstandingProposalReapplied (hub pays a custody claim twice): Mallory claims her
// 500 wei of custody. She countersigns the hub's transfer but, before answering the Propose, pushes the
// double-signed state back with a Sync request. onSyncPush adopts it (it equals the outstanding proposal,
// so adopt allows it) and then treats the outstanding proposal as superseded: its commands go back to the
// queue and are proposed again on top, at the next nonce, as if they had never been applied. She
// countersigns that one too. Safe outcome: a 500 wei claim pays her 500 wei in all.
func TestReview2SyncOfOutstandingProposalReapplied(t *testing.T) {
	n, m := malloryWithCustody(t)
	ctx := testCtx(t)
	before := stored(t, n.hub, hubAddr, m.addr)
	var once sync.Once
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		ans := m.countersign(p)
		if _, ok := ans.(protocol.Countersign); ok {
			once.Do(func() { m.pushSync(m.latest()) }) // the hub's own proposal, double-signed, as a Sync
		}
		return ans
	})
	if _, err := m.host.Request(ctx, m.peer, CustodialProtocol, []byte{custodyClaim}); err != nil {
		t.Logf("claim: %v", err)
	}
	time.Sleep(500 * time.Millisecond)
	got := stored(t, n.hub, hubAddr, m.addr)
	received := new(uint256.Int).Sub(&got.State.WeiUser, &before.State.WeiUser).Uint64()
	t.Logf("hub's channel with Mallory: nonce %d -> %d; she received %d wei, custody left %d",
		before.State.TxCountGlobal, got.State.TxCountGlobal, received, custodyOf(t, n.hub, m))
	if total := received + custodyOf(t, n.hub, m); total != 500 {
		t.Fatalf("Mallory received %d wei and the hub still holds %d for her: %d in all for 500 wei of custody",
			received, custodyOf(t, n.hub, m), total)
	}
}

// TestReview2SyncOfOutstandingPaymentPaysTwice (user pays twice): the same on the user's side. Mallory,
// a hub, countersigns an honest user's 100,000 wei payment to Carol (a key she holds) and pushes it back
// in a Sync before answering; the user adopts it and re-proposes the same lock (same hashlock) at the
// next nonce, which Mallory countersigns too; she settles both with Carol's preimage. Safe outcome: one
// Pay of 100,000 wei costs the user 100,000 wei.
func TestReview2SyncOfOutstandingPaymentPaysTwice(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	carol := devchain.DevKey(8)
	before := stored(t, user, m.addr, userAddr)
	var once sync.Once
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		ans := m.countersign(p)
		if _, ok := ans.(protocol.Countersign); ok {
			once.Do(func() { m.pushSync(m.latest()) })
		}
		return ans
	})
	go func() { _, _ = user.eng.Pay(testCtx(t), Payment{To: &carol.PublicKey, Wei: *uint256.NewInt(100_000)}) }()
	waitFor(t, "the user's lock", func() bool { return m.proposed(isAddLock) })
	time.Sleep(500 * time.Millisecond)
	m.setAnswer(m.countersign)
	ps := m.proposals()
	var pre [32]byte
	for _, p := range ps {
		for i, n := range p.Notes {
			l := p.Updates[i].(protocol.AddLock).Lock
			pre = openNote(t, carol, peelNote(t, m.key, l.Hashlock, n))
		}
	}
	for _, l := range m.latest().Locks {
		if l.Hashlock == state.Hashlock(pre) {
			m.proposeUntilAnswered(nil, protocol.SettleLock{ID: l.ID, Preimage: pre})
		}
	}
	got := stored(t, user, m.addr, userAddr)
	spent := new(uint256.Int).Sub(&before.State.WeiUser, &got.State.WeiUser)
	t.Logf("user's channel: nonce %d -> %d, %d proposals of a lock, spent %s wei", before.State.TxCountGlobal,
		got.State.TxCountGlobal, m.countProposed(isAddLock), spent.Dec())
	if spent.Uint64() > 100_000 {
		t.Fatalf("one Pay of 100,000 wei cost the user %s wei", spent.Dec())
	}
}

// restartedHub stops hub and starts it again from its store in dir on addr; the Mallorys reconnect.
func restartedHub(t *testing.T, hub runningHub, dir string, addr multiaddr.Multiaddr, ms ...*mallory) runningHub {
	t.Helper()
	hub.stop()
	r := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	for _, m := range ms {
		if err := m.host.Connect(testCtx(t), r.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		m.peer = r.host.ID()
	}
	return r
}

// TestReview2RestartRefundsPaidClaim (hub pays a custody claim twice, across a restart): Mallory claims
// her 500 wei of custody and answers the hub's transfer Busy once, then countersigns the identical
// proposal the hub sends again at the same nonce: the claim is paid. The Busy-answered proposal stays in
// the refused table (its nonce is the channel's latest, not below it). The hub restarts: loadRefused
// marks the loaded proposal's command failed and its voided function refunds every hub transfer in it,
// with no regard for the same transfer having been countersigned. Mallory moves her channel on by one
// transfer: the custody comes back, and she claims it again. Safe outcome: 500 wei in all.
func TestReview2RestartRefundsPaidClaim(t *testing.T) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	alice := usersOf(t, hub, dir, addr)[0]
	m := newMalloryUser(t, devchain.DevKey(7), hub.testNode, newClock())
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(5000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	if _, err := alice.eng.PayCustodial(testCtx(t), m.addr, *uint256.NewInt(500), uint256.Int{}, ""); err != nil {
		t.Fatal(err)
	}
	ctx := testCtx(t)
	before := stored(t, hub.testNode, hubAddr, m.addr)
	var once sync.Once
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		busied := false
		once.Do(func() { busied = true })
		if busied {
			return busy(p)
		}
		return m.countersign(p)
	})
	if _, err := m.host.Request(ctx, m.peer, CustodialProtocol, []byte{custodyClaim}); err != nil {
		t.Fatalf("claim: %v", err)
	}
	if c := custodyOf(t, hub.testNode, m); c != 0 {
		t.Fatalf("custody %d after the claim", c)
	}
	hub = restartedHub(t, hub, dir, addr, m)
	if ans, ok := m.proposeUntilAnswered(nil, protocol.Transfer{Wei: *uint256.NewInt(1)}).(protocol.Countersign); !ok {
		t.Fatalf("her transfer answered with %+v", ans)
	}
	time.Sleep(300 * time.Millisecond)
	if c := custodyOf(t, hub.testNode, m); c != 0 {
		t.Logf("custody back at %d wei after the restart; claiming it again", c)
		if _, err := m.host.Request(ctx, m.peer, CustodialProtocol, []byte{custodyClaim}); err != nil {
			t.Logf("second claim: %v", err)
		}
	}
	got := stored(t, hub.testNode, hubAddr, m.addr)
	received := new(uint256.Int).Sub(&got.State.WeiUser, &before.State.WeiUser)
	received.AddUint64(received, 1) // her own transfer to the hub
	if total := received.Uint64() + custodyOf(t, hub.testNode, m); total != 500 {
		t.Fatalf("Mallory received %s wei and the hub still holds %d for her: %d in all for 500 wei of custody",
			received.Dec(), custodyOf(t, hub.testNode, m), total)
	}
}

// TestReview2RestartVoidsABoundForward (hub pays a forward it refunded, across a restart): Mallory pays
// Mallory2 (both users of the hub) two locks in one batch, a small one then a big one (hashlock H). The
// hub forwards both in one batch, which Mallory2 refuses (nonce N); the hub retries each alone: she
// countersigns the small one (nonce N+1, above the refused one) and refuses the big one (nonce N+2). Two
// refused proposals carry H now, at N and N+2; in memory the forward's command counts both (refusedIn 2). After a hub restart,
// resumedRefused gives each stored refused proposal a command of its own whose voided function gives
// back every waiting forward whose hashlock it carries. Mallory2 settles the small lock at N+2: the hub
// answers CodeTaken (it signed its lock to her there, ADR 18), and keeps Mallory's big lock while a refused
// proposal carrying H may still be countersigned. Settled above N+2, her channel moves past both refused
// proposals, and the big lock goes back to Mallory.
func TestReview2RestartVoidsABoundForward(t *testing.T) {
	for _, restart := range []bool{false, true} {
		name := "in-memory"
		if restart {
			name = "restart"
		}
		t.Run(name, func(t *testing.T) { restartVoidsABoundForward(t, restart) })
	}
}

func restartVoidsABoundForward(t *testing.T, restart bool) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	clock := newClock()
	payer := newMalloryUser(t, devchain.DevKey(7), hub.testNode, clock)
	if _, ok := payer.propose(nil, protocol.Credit{Wei: deposited[0]}).(protocol.Countersign); !ok {
		t.Fatal("the payer's credit was refused")
	}
	m2Key := devchain.DevKey(8)
	m2 := newMalloryUser(t, m2Key, hub.testNode, clock)
	if _, ok := m2.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory2's credit was refused")
	}
	expiry := hub.eng.cfg.Clock() + 3600
	small, smallNote, smallPre := payer.lockTo(&m2Key.PublicKey, 1000, expiry)
	big, bigNote, _ := payer.lockTo(&m2Key.PublicKey, 100_000, expiry)
	big.ID, bigNote.LockID = small.ID+1, small.ID+1
	m2.setAnswer(func(p protocol.Propose) protocol.Message {
		if len(p.Updates) == 1 {
			if a, ok := p.Updates[0].(protocol.AddLock); ok && a.Lock.Hashlock == small.Hashlock {
				return m2.countersign(p)
			}
		}
		return refuseAll(p)
	})
	if ans := payer.propose([]protocol.Note{smallNote, bigNote}, protocol.AddLock{Lock: small}, protocol.AddLock{Lock: big}); !isCountersign(ans) {
		t.Fatalf("the payer's two locks answered with %+v", ans)
	}
	carries := func(p protocol.Propose) bool {
		return slices.ContainsFunc(p.Updates, func(u protocol.Update) bool {
			a, ok := u.(protocol.AddLock)
			return ok && a.Lock.Hashlock == big.Hashlock
		})
	}
	waitFor(t, "the big lock refused alone", func() bool {
		ps := m2.proposals()
		return len(ps) >= 3 && len(ps[len(ps)-1].Updates) == 1 && carries(ps[len(ps)-1])
	})
	var at []uint64
	for _, p := range m2.proposals() {
		if carries(p) {
			at = append(at, p.Proposal.State.TxCountGlobal)
		}
	}
	t.Logf("refused proposals carrying the big lock at nonces %v; Mallory2's latest %d", at, m2.latest().Latest.State.TxCountGlobal)
	if restart {
		hub = restartedHub(t, hub, dir, addr, payer, m2)
	}
	var smallID uint64
	for _, l := range m2.latest().Locks {
		if l.Hashlock == small.Hashlock {
			smallID = l.ID
		}
	}
	settle := protocol.SettleLock{ID: smallID, Preimage: smallPre}
	var ans protocol.Message
	for range 200 { // at the nonce of the hub's refused lock to her: taken (ADR 18)
		if ans = m2.proposeOnce(nil, settle); !isBusy(ans) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if r, ok := ans.(protocol.Reject); !ok || r.Code != protocol.CodeTaken || r.TxCountGlobal != at[len(at)-1] {
		t.Fatalf("Mallory2's settle at the refused lock's nonce answered with %+v, want CodeTaken naming %d", ans, at[len(at)-1])
	}
	hasBig := func() bool {
		return slices.ContainsFunc(stored(t, hub.testNode, hubAddr, payer.addr).Locks, func(l state.Lock) bool { return l.Hashlock == big.Hashlock })
	}
	time.Sleep(500 * time.Millisecond)
	if !hasBig() {
		t.Fatalf("the hub gave the payer's big lock back while its refused lock to Mallory2 (nonce %d) still binds it", at[len(at)-1])
	}
	if ans, ok := m2.proposeUntilAnswered(nil, settle).(protocol.Countersign); !ok || ans.TxCountGlobal <= at[len(at)-1] {
		t.Fatalf("Mallory2's settle above the refused lock's nonce answered with %+v", ans)
	}
	// Her channel is past the refused lock: no state she could countersign beats it any more.
	waitFor(t, "the payer's big lock given back", func() bool { return !hasBig() })
}

func isBusy(msg protocol.Message) bool {
	r, ok := msg.(protocol.Reject)
	return ok && r.Code == protocol.CodeBusy
}

// TestReview2BusyForeverGrowsRefused (memory): Mallory claims her custody and answers every proposal of
// the hub's transfer Busy. The hub proposes the same state again about once a second, forever (the
// claim's command has no deadline), and each Busy appends the proposal to the channel's refused list
// again (keepRefused): the same state, kept once more each time (the refused table dedups it; memory
// does not), scanned linearly by every Sync and every supersession. Safe outcome: a proposal answered
// Busy again and again is kept once.
func TestReview2BusyForeverGrowsRefused(t *testing.T) {
	n, m := malloryWithCustody(t)
	m.setAnswer(busy)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, _ = m.host.Request(ctx, m.peer, CustodialProtocol, []byte{custodyClaim})
	}()
	time.Sleep(4 * time.Second)
	kept, distinct := 0, map[state.ChannelState]bool{}
	if err := n.hub.eng.query(testCtx(t), func() {
		for _, r := range n.hub.eng.channels[m.addr].refused {
			kept++
			distinct[r.proposal.State] = true
		}
	}); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d proposals answered Busy in 4 s; the hub keeps %d refused proposals, %d distinct", len(m.proposals()), kept, len(distinct))
	if kept > len(distinct) {
		t.Fatalf("the hub keeps %d refused proposals for %d distinct states, one more each time Mallory answers Busy", kept, len(distinct))
	}
}

// TestReview2SyncOfOutstandingForwardPaysTwice (hub pays a forward twice): the Sync-of-the-outstanding
// attack on a forward. Mallory pays Mallory2 100,000 wei through the hub; Mallory2 countersigns the
// hub's lock and pushes it back in a Sync before answering. The hub adopts it and proposes the same
// lock again at the next nonce; Mallory2 countersigns that too and settles both locks with the
// preimage Mallory gave her. Safe outcome: the hub pays Mallory2 at most what it receives from Mallory.
func TestReview2SyncOfOutstandingForwardPaysTwice(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now })
	payer := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if !isCountersign(payer.propose(nil, protocol.Credit{Wei: deposited[0]})) {
		t.Fatal("the payer's credit was refused")
	}
	m2Key := devchain.DevKey(8)
	m2 := newMalloryUser(t, m2Key, n.hub, clock)
	if !isCountersign(m2.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(300_000)})) {
		t.Fatal("Mallory2's credit was refused")
	}
	before := stored(t, n.hub, hubAddr, m2.addr)
	var once sync.Once
	m2.setAnswer(func(p protocol.Propose) protocol.Message {
		ans := m2.countersign(p)
		if isCountersign(ans) {
			once.Do(func() { m2.pushSync(m2.latest()) })
		}
		return ans
	})
	l, note, pre := payer.lockTo(&m2Key.PublicKey, 100_000, clock.Now()+3600)
	if ans := payer.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}); !isCountersign(ans) {
		t.Fatalf("the payer's lock answered with %+v", ans)
	}
	time.Sleep(500 * time.Millisecond)
	m2.setAnswer(m2.countersign)
	for _, x := range m2.latest().Locks {
		if x.Hashlock == l.Hashlock {
			m2.proposeUntilAnswered(nil, protocol.SettleLock{ID: x.ID, Preimage: pre})
		}
	}
	got := stored(t, n.hub, hubAddr, m2.addr)
	gain := new(uint256.Int).Sub(&got.State.WeiUser, &before.State.WeiUser)
	t.Logf("the hub proposed %d locks to Mallory2; she gained %s wei", m2.countProposed(isAddLock), gain.Dec())
	if gain.Uint64() > 100_000 {
		t.Fatalf("the hub paid Mallory2 %s wei for a 100,000 wei payment", gain.Dec())
	}
}
