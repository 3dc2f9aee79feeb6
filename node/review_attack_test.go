package node

import (
	"crypto/ecdsa"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/onion"
	"spoke/protocol"
	"spoke/state"
)

// Review attacks (h-review): each test scripts Mallory against real engines and asserts the SAFE outcome,
// so it FAILS while the weakness it names exists.

// resurrect countersigns a proposal of the honest node that Mallory refused earlier (she keeps its
// proposer's signature) and pushes it back with a Sync request. It reports whether the honest node
// adopted it (its Sync answer is at the proposal's nonce); if so it becomes her latest state too.
func (m *mallory) resurrect(p protocol.Propose) bool {
	m.t.Helper()
	return m.resurrectOn(m.latest(), p)
}

// resurrectOn is resurrect on base, her state when the honest node made the proposal.
func (m *mallory) resurrectOn(base protocol.Channel, p protocol.Propose) bool {
	m.t.Helper()
	next, err := protocol.Accept(base, m.context(), domain, m.addr, p.Updates, p.Proposal)
	if err != nil {
		m.t.Fatalf("mallory cannot countersign the refused proposal: %v", err)
	}
	m.sign(&next.Latest)
	req, err := protocol.MarshalMessage(protocol.Sync{Latest: next.Latest, Locks: next.Locks})
	if err != nil {
		m.t.Fatal(err)
	}
	ans, ok := m.send(req).(protocol.Sync)
	if !ok || ans.Latest.State != next.Latest.State {
		return false
	}
	m.mu.Lock()
	m.ch = next
	m.mu.Unlock()
	return true
}

// refusedWith returns the last proposal Mallory got that carries an update match accepts.
func (m *mallory) refusedWith(match func(protocol.Update) bool) (protocol.Propose, bool) {
	ps := m.proposals()
	for i := len(ps) - 1; i >= 0; i-- {
		for _, u := range ps[i].Updates {
			if match(u) {
				return ps[i], true
			}
		}
	}
	return protocol.Propose{}, false
}

// countProposed counts the updates match accepts in the proposals Mallory got.
func (m *mallory) countProposed(match func(protocol.Update) bool) int {
	n := 0
	for _, p := range m.proposals() {
		for _, u := range p.Updates {
			if match(u) {
				n++
			}
		}
	}
	return n
}

func isAddLock(u protocol.Update) bool    { _, ok := u.(protocol.AddLock); return ok }
func isTransfer(u protocol.Update) bool   { _, ok := u.(protocol.Transfer); return ok }
func isInvalidate(u protocol.Update) bool { _, ok := u.(protocol.Invalidate); return ok }

// openNote opens a lock's note with key (a recipient's).
// peelNote opens the onion layer of a payer's note, sealed to the hub whose key is hub, and returns the
// note the hub would pass on.
func peelNote(t *testing.T, hub *ecdsa.PrivateKey, hashlock common.Hash, note protocol.Note) protocol.Note {
	t.Helper()
	hdr, err := onion.Header(note.Payload)
	if err != nil {
		t.Fatal(err)
	}
	a, err := onion.Key(hub, hdr)
	if err != nil {
		t.Fatal(err)
	}
	in, inner, err := onion.Peel(note.Payload, crypto.PubkeyToAddress(hub.PublicKey), hashlock, a)
	if err != nil {
		t.Fatalf("peel the hub's layer: %v", err)
	}
	return protocol.Note{LockID: note.LockID, Recipient: in.Next, Payload: inner}
}

func openNote(t *testing.T, key *ecdsa.PrivateKey, note protocol.Note) [32]byte {
	t.Helper()
	s, err := newSecrets(key).open(note.Payload, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatalf("open note: %v", err)
	}
	return s.Preimage
}

// TestReviewRefusedForwardResurrected (R1, hub loses): Alice pays Mallory 100,000 wei through the hub.
// Mallory refuses the hub's lock; she could still countersign that proposal (it carries the hub's
// signature) and push it with a Sync, or use it on-chain, until her channel moves past its nonce. So the
// hub refuses to adopt it, and keeps Alice's lock until then or until its own lock to Mallory expired
// unclaimed; only then does Alice's payment fail, refunded. Mallory gains nothing.
func TestReviewRefusedForwardResurrected(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	alice := n.users[0]
	mKey := devchain.DevKey(7)
	m := newMalloryUser(t, mKey, n.hub, clock)
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	before := stored(t, n.hub, hubAddr, m.addr)
	aliceBefore := stored(t, alice, hubAddr, alice.eng.Address())

	m.setAnswer(refuseAll)
	paid := make(chan error, 1)
	go func() {
		_, err := alice.eng.Pay(testCtx(t), Payment{To: &mKey.PublicKey, Wei: *uint256.NewInt(100_000)})
		paid <- err
	}()
	waitFor(t, "the hub's lock to Mallory", func() bool { _, ok := m.refusedWith(isAddLock); return ok })
	p, _ := m.refusedWith(isAddLock)
	// Until the hub has taken Mallory's refusal in, its lock is still its outstanding proposal, and her
	// countersignature pushed back is an answer to it: wait until the hub stored it as refused.
	waitFor(t, "the hub to store its refused lock", func() bool {
		rs, err := n.hub.store.Refused(testCtx(t), hubAddr, m.addr)
		return err == nil && len(rs) > 0
	})
	m.setAnswer(m.countersign)
	if m.resurrect(p) {
		t.Fatalf("the hub adopted its own refused forward (nonce %d) from Mallory's Sync", p.Proposal.State.TxCountGlobal)
	}
	select {
	case err := <-paid:
		t.Fatalf("Alice's payment ended (%v) while Mallory could still countersign the hub's lock", err)
	case <-time.After(300 * time.Millisecond):
	}
	l := p.Updates[0].(protocol.AddLock).Lock
	clock.Advance(l.Expiry - clock.Now() + 121) // the hub's lock expired unclaimed, ConfirmTime past
	if err := <-paid; !errors.Is(err, ErrPaymentFailed) {
		t.Fatalf("Alice's payment: %v, want it failed once the hub's lock expired", err)
	}
	waitFor(t, "Alice refunded", func() bool {
		r := stored(t, alice, hubAddr, alice.eng.Address())
		return len(r.Locks) == 0 && r.State.WeiUser.Eq(&aliceBefore.State.WeiUser)
	})
	if got := stored(t, n.hub, hubAddr, m.addr); got.State.WeiUser.Gt(&before.State.WeiUser) {
		t.Fatalf("Mallory gained in the hub's latest state: %s wei, had %s", got.State.WeiUser.Dec(), before.State.WeiUser.Dec())
	}
}

// TestReviewRefusedClaimResurrected (R1, hub pays custody twice): Alice pays Mallory 500 wei in custody.
// Mallory claims it and refuses the hub's transfer; the hub refuses to adopt it when she countersigns and
// pushes it later, and gives the custody back only once her channel moved past the refused nonce. What
// she received plus what the hub still holds for her is 500 wei.
func TestReviewRefusedClaimResurrected(t *testing.T) {
	n, m := malloryWithCustody(t)
	ctx := testCtx(t)
	before := stored(t, n.hub, hubAddr, m.addr)
	m.setAnswer(refuseAll)
	if _, err := m.host.Request(ctx, m.peer, CustodialProtocol, []byte{custodyClaim}); err == nil {
		t.Fatal("a claim whose transfer she refused succeeded")
	}
	custody := func() uint64 {
		c, err := n.hub.store.Custodial(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := c[m.addr]
		return got[0].Uint64()
	}
	p, ok := m.refusedWith(isTransfer)
	if !ok {
		t.Fatal("the hub never proposed the claim's transfer")
	}
	m.setAnswer(m.countersign)
	if m.resurrect(p) {
		t.Fatalf("the hub adopted its refused claim transfer (nonce %d) from Mallory's Sync", p.Proposal.State.TxCountGlobal)
	}
	if c := custody(); c != 0 {
		t.Fatalf("custody back at %d while the refused transfer may still be countersigned", c)
	}
	for range 2 { // her channel moves past the refused nonce
		if ans, ok := m.proposeUntilAnswered(nil, protocol.Transfer{Wei: *uint256.NewInt(1)}).(protocol.Countersign); !ok {
			t.Fatalf("her transfer answered with %+v", ans)
		}
	}
	waitFor(t, "the custody back at 500 wei", func() bool { return custody() == 500 })
	if _, err := m.host.Request(ctx, m.peer, CustodialProtocol, []byte{custodyClaim}); err != nil {
		t.Fatalf("second claim: %v", err)
	}
	time.Sleep(200 * time.Millisecond)
	got := stored(t, n.hub, hubAddr, m.addr)
	received := new(uint256.Int).Sub(&got.State.WeiUser, &before.State.WeiUser)
	received.AddUint64(received, 2) // her own two transfers to the hub
	if total := received.Uint64() + custody(); total != 500 {
		t.Fatalf("Mallory received %s wei and the hub still holds %d for her: %d in all for a 500 wei custodial payment",
			received.Dec(), custody(), total)
	}
}

// TestReviewRefusedPaymentResurrected (R1, user pays after Pay failed): Mallory, a hub, refuses an honest
// user's payment to Carol (a key Mallory also holds); the user's Pay fails. Mallory countersigns the
// refused proposal, pushes it with a Sync (adopted: the lock is back in the user's channel), opens the
// note with Carol's key and settles the lock. Safe outcome: a payment Pay reported failed moves no money.
func TestReviewRefusedPaymentResurrected(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	carol := devchain.DevKey(8)
	before := stored(t, user, m.addr, userAddr)
	m.setAnswer(refuseAll)
	_, err := user.eng.Pay(testCtx(t), Payment{To: &carol.PublicKey, Wei: *uint256.NewInt(100_000)})
	if err == nil {
		t.Fatal("the payment Mallory refused succeeded")
	}
	p, ok := m.refusedWith(isAddLock)
	if !ok {
		t.Fatal("the user never proposed its lock")
	}
	m.setAnswer(m.countersign)
	if !m.resurrect(p) {
		return
	}
	t.Logf("the user adopted its own refused payment (nonce %d) from Mallory's Sync after Pay returned %v",
		p.Proposal.State.TxCountGlobal, err)
	l := p.Updates[0].(protocol.AddLock).Lock
	pre := openNote(t, carol, peelNote(t, m.key, l.Hashlock, p.Notes[0]))
	m.proposeUntilAnswered(nil, protocol.SettleLock{ID: l.ID, Preimage: pre})
	got := stored(t, user, m.addr, userAddr)
	if got.State.WeiUser.Lt(&before.State.WeiUser) {
		lost := new(uint256.Int).Sub(&before.State.WeiUser, &got.State.WeiUser)
		t.Fatalf("the user's balance dropped by %s wei for a payment its Pay reported failed (%v)", lost.Dec(), err)
	}
}

// TestReviewRefusedInvalidateRetryStorm (R3, spend): once a pending set failed, the user proposes its
// Invalidate; Mallory, a hub, refuses it. The user proposes it again at every expiry check (250 ms), each
// time storing a proposal and logging unspaced warnings, forever (about once a second: the loop's
// timer wakes it at least every second). Safe outcome: a refused Invalidate is retried
// with a growing delay (at most 3 times in 6 s).
func TestReviewRefusedInvalidateRetryStorm(t *testing.T) {
	clock := newClock()
	m, _ := fundedMalloryHub(t, clock)
	if ans, ok := m.propose(nil, protocol.Collateral{Wei: *uint256.NewInt(1000), Timeout: clock.Now() + 1300}).(protocol.Countersign); !ok {
		t.Fatalf("collateral answered with %+v", ans)
	}
	m.setAnswer(refuseAll)
	clock.Advance(1301)
	waitFor(t, "the user's Invalidate", func() bool { return m.proposed(isInvalidate) })
	count := func() int { return m.countProposed(isInvalidate) }
	start := count()
	time.Sleep(6 * time.Second)
	t.Logf("%d more proposals in 6 s", count()-start)
	if got := count() - start; got > 3 {
		t.Fatalf("the user proposed the refused Invalidate %d more times in 6 s (each a stored proposal and unspaced warnings), with no growing delay", got)
	}
}

// TestReviewRefusedExpireRetryStorm (R3, spend): the same for an ExpireLock: the user pays through
// Mallory, who countersigns the lock and never settles it; once it expires she refuses the user's
// ExpireLock, which the user proposes again every 250 ms.
func TestReviewRefusedExpireRetryStorm(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	go func() {
		_, _ = user.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(8).PublicKey, Wei: *uint256.NewInt(1000)})
	}()
	waitFor(t, "the user's lock", func() bool { return len(stored(t, user, m.addr, userAddr).Locks) == 1 })
	m.setAnswer(refuseAll)
	clock.Advance(3601)
	isExpire := func(u protocol.Update) bool { _, ok := u.(protocol.ExpireLock); return ok }
	waitFor(t, "the user's ExpireLock", func() bool { return m.proposed(isExpire) })
	count := func() int { return m.countProposed(isExpire) }
	start := count()
	time.Sleep(6 * time.Second)
	t.Logf("%d more proposals in 6 s", count()-start)
	if got := count() - start; got > 3 {
		t.Fatalf("the user proposed the refused ExpireLock %d more times in 6 s, with no growing delay", got)
	}
}

// TestReviewStrangerTriggersCollateral (R4, spend): the hub's policy (H7) runs before protocol.Accept (S1,
// S3), and a refused payment makes the hub collateralize the recipient's channel. So a fresh key with no
// deposit, no channel and no balance proposes a 1-ether lock to Bob (which S1 would refuse: she cannot
// spend it): the hub answers "needs collateral" and tops Bob's channel up to the ceiling on-chain (gas,
// a reserve pinned, one of MaxTopUpsPerHour spent). Repeated over the hub's users, strangers empty the
// hourly top-up budget and pin the reserve for free. Safe outcome: a proposal that fails S1 or S3 makes
// the hub spend nothing.
func TestReviewStrangerTriggersCollateral(t *testing.T) {
	tenth := func(n uint64) uint256.Int { return *uint256.NewInt(n * 1e17) }
	policy := &CollateralPolicy{Floor: [2]uint256.Int{tenth(2)}, Ceiling: [2]uint256.Int{tenth(10)}}
	n := startChainNet(t, policy)
	ctx := testCtx(t)
	n.fund(t, 100, 10)
	bob := n.bob.eng.Address()
	floor := tenth(2)
	hubIn := func() state.Record {
		r, err := n.hub.eng.Latest(ctx, bob)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	waitFor(t, "Bob's channel at the floor", func() bool {
		r := hubIn()
		return r.State.WeiHub.Eq(&floor) && r.State.Pending.IsZero()
	})
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	m := newMalloryUser(t, key, n.hub, newClock())
	var pre [32]byte
	pre[0] = 1
	id := uint64(1) << lockIDShift
	l := state.Lock{ID: id, AmountWei: tenth(9), Hashlock: state.Hashlock(pre), Expiry: n.hub.eng.cfg.Clock() + 3600}
	ans := m.forge([]protocol.Note{{LockID: id, Recipient: bob, Payload: make([]byte, 100)}}, protocol.AddLock{Lock: l})
	t.Logf("the stranger's unfunded lock was answered with %+v", ans)
	time.Sleep(5 * time.Second)
	if r := hubIn(); !r.State.WeiHub.Eq(&floor) || !r.State.Pending.IsZero() {
		t.Fatalf("a stranger with no balance made the hub collateralize Bob's channel: hub balance %s wei (floor %s), pending %v",
			r.State.WeiHub.Dec(), floor.Dec(), !r.State.Pending.IsZero())
	}
}

// TestReviewRefusedLinkLockResurrected (R1, hub pays a link twice): Mallory pays a 50,000 wei link from
// one key and redeems it from another (Mallory2). Mallory2 refuses the hub's lock (the link stays
// redeemable), resurrects it with a Sync (adopted: no forward behind it), redeems again (a second lock)
// and settles both with the link's secret. Safe outcome: the hub pays out the link once.
func TestReviewRefusedLinkLockResurrected(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	payer := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := payer.propose(nil, protocol.Credit{Wei: deposited[0]}).(protocol.Countersign); !ok {
		t.Fatal("the payer's credit was refused")
	}
	m2 := newMalloryUser(t, devchain.DevKey(8), n.hub, clock)
	if _, ok := m2.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory2's credit was refused")
	}
	before := stored(t, n.hub, hubAddr, m2.addr)
	link, note, pre := payer.lockTo(&userKey.PublicKey, 50_000, clock.Now()+3600)
	note.Recipient, note.Payload = common.Address{}, nil
	if ans, ok := payer.propose([]protocol.Note{note}, protocol.AddLock{Lock: link}).(protocol.Countersign); !ok {
		t.Fatalf("the link lock was answered with %+v", ans)
	}
	ctx := testCtx(t)
	m2.setAnswer(refuseAll)
	if _, err := m2.host.Request(ctx, m2.peer, LinkProtocol, link.Hashlock[:]); err != nil {
		t.Fatalf("first redemption: %v", err)
	}
	waitFor(t, "the hub's lock to Mallory2", func() bool { return m2.proposed(isAddLock) })
	p, _ := m2.refusedWith(isAddLock)
	m2.setAnswer(m2.countersign)
	var ids []uint64
	for range 100 { // the hub forgets the refused forward in the turn that handles the refusal
		if m2.resurrect(p) {
			ids = append(ids, p.Updates[0].(protocol.AddLock).Lock.ID)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if len(ids) == 0 {
		return // safe
	}
	t.Logf("the hub adopted its refused link lock to Mallory2 (nonce %d)", p.Proposal.State.TxCountGlobal)
	if _, err := m2.host.Request(ctx, m2.peer, LinkProtocol, link.Hashlock[:]); err != nil {
		t.Logf("second redemption: %v", err)
	} else {
		waitFor(t, "a second lock to Mallory2", func() bool { return len(m2.latest().Locks) == 2 })
		ids = append(ids, m2.latest().Locks[1].ID)
	}
	for _, id := range ids {
		m2.proposeUntilAnswered(nil, protocol.SettleLock{ID: id, Preimage: pre})
	}
	got := stored(t, n.hub, hubAddr, m2.addr)
	if gain := new(uint256.Int).Sub(&got.State.WeiUser, &before.State.WeiUser); gain.Uint64() > 50_000 {
		t.Fatalf("Mallory2 was paid %s wei for one 50,000 wei link", gain.Dec())
	}
}
