package node

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/onion"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// Review 3 attacks (h-review3) on the hub network of issue 10: Mallory as a payer crafting onions, a hub
// in the middle, the last hub, a liar about failures, an announcer of policies. Each test scripts her
// against real engines over loopback libp2p and asserts the SAFE outcome: a test FAILS while the weakness
// it names exists (review3_chain_test.go has the one that needs the dev chain).

// secretOf draws a payment secret.
func secretOf(t testing.TB) [32]byte {
	t.Helper()
	var pre [32]byte
	if _, err := rand.Read(pre[:]); err != nil {
		t.Fatal(err)
	}
	return pre
}

// sealedNote is the payee's sealed note of a payment of wei, as payer's node seals it.
func sealedNote(t testing.TB, payer *ecdsa.PrivateKey, payee *ecdsa.PublicKey, pre [32]byte, wei uint64) []byte {
	t.Helper()
	sealed, err := newSecrets(payer).seal(payee, pre, "", *uint256.NewInt(wei), uint256.Int{})
	if err != nil {
		t.Fatal(err)
	}
	return sealed
}

// onionLock is Mallory's lock of wei expiring at expiry whose note, for the hub first, is an onion of hops
// around final bound to hashlock, sealed with her key as a payer's node seals it: a payer's lock with
// instructions of her choosing.
func (m *mallory) onionLock(first common.Address, hashlock common.Hash, hops []onion.Hop, final []byte, wei, expiry uint64) (state.Lock, protocol.Note) {
	m.t.Helper()
	packet, err := onion.Build(hashlock, hops, final, m.key)
	if err != nil {
		m.t.Fatal(err)
	}
	return m.lockWith(first, hashlock, packet, wei, expiry)
}

// lockWith is Mallory's next lock of wei expiring at expiry, with a note to recipient carrying payload.
func (m *mallory) lockWith(recipient common.Address, hashlock common.Hash, payload []byte, wei, expiry uint64) (state.Lock, protocol.Note) {
	id := (m.latest().Latest.State.TxCountGlobal + 1) << lockIDShift
	l := state.Lock{ID: id, ToUser: m.isHub, AmountWei: *uint256.NewInt(wei), Hashlock: hashlock, Expiry: expiry}
	return l, protocol.Note{LockID: id, Recipient: recipient, Payload: payload}
}

// hopTo is one onion layer for the hub whose key is key: forward wei to next, expiring at expiry.
func hopTo(key *ecdsa.PublicKey, next common.Address, wei uint256.Int, expiry uint64) onion.Hop {
	return onion.Hop{Key: key, Instruction: onion.Instruction{Next: next, Wei: wei, Expiry: expiry}}
}

// TestReview3CraftedLayersAreRefused (Mallory as a payer, safe): she builds the onion of her own lock to
// the hub with instructions that would make the hub forward more than it receives (an amount whose fee
// overflows, a fee one wei short, tokens the lock does not carry), back to her or to itself (a loop),
// with an expiry that leaves it no delta (or wraps around), to a stranger, or a layer sealed to another
// hub or bound to another payment (a replayed layer). The hub refuses each, and its stored state stays.
func TestReview3CraftedLayersAreRefused(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock, c.Fees = clock.Now, Fees{Base: *uint256.NewInt(10)} }, 500_000)
	bob := n.users[0]
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if !isCountersign(m.propose(nil, protocol.Credit{Wei: deposited[0]})) {
		t.Fatal("Mallory's credit was refused")
	}
	hub := &hubKey.PublicKey
	exp := clock.Now() + 3600
	down := exp - 600
	w := *uint256.NewInt(1000)
	maxU := new(uint256.Int).SetAllOne()
	other := devchain.DevKey(9)
	cases := []struct {
		name     string
		hop      onion.Hop
		lockWei  uint64
		hashlock bool // bind the layer to another hashlock than the lock's
		want     error
	}{
		{"fee overflows", hopTo(hub, bob.eng.Address(), *maxU, down), 1010, false, ErrCannotForward},
		{"fee one wei short", hopTo(hub, bob.eng.Address(), w, down), 1009, false, ErrFeeTooLow},
		{"tokens the lock does not carry", onion.Hop{Key: hub, Instruction: onion.Instruction{Next: bob.eng.Address(), Wei: w,
			Token: *uint256.NewInt(5), Expiry: down}}, 1010, false, ErrCannotForward},
		{"nothing to forward", hopTo(hub, bob.eng.Address(), uint256.Int{}, down), 1010, false, ErrCannotForward},
		{"back to the payer", hopTo(hub, m.addr, w, down), 1010, false, ErrCannotForward},
		{"to the hub itself", hopTo(hub, hubAddr, w, down), 1010, false, ErrCannotForward},
		{"to a stranger", hopTo(hub, crypto.PubkeyToAddress(other.PublicKey), w, down), 1010, false, ErrUnknownRecipient},
		{"no expiry delta", hopTo(hub, bob.eng.Address(), w, exp), 1010, false, ErrExpiryTooSoon},
		{"expiry wraps around", hopTo(hub, bob.eng.Address(), w, math.MaxUint64), 1010, false, ErrExpiryTooSoon},
		{"sealed to another hub", hopTo(&other.PublicKey, bob.eng.Address(), w, down), 1010, false, ErrCannotForward},
		{"replayed from another payment", hopTo(hub, bob.eng.Address(), w, down), 1010, true, ErrCannotForward},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pre := secretOf(t)
			h := state.Hashlock(pre)
			bind := h
			if tc.hashlock {
				bind = state.Hashlock(secretOf(t))
			}
			final := sealedNote(t, m.key, &userKey.PublicKey, pre, 1000)
			packet, err := onion.Build(bind, []onion.Hop{tc.hop}, final, m.key)
			if err != nil {
				t.Fatal(err)
			}
			l, note := m.lockWith(hubAddr, h, packet, tc.lockWei, exp)
			before := stored(t, n.hub, hubAddr, m.addr)
			wantRefused(t, m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}), tc.want)
			if after := stored(t, n.hub, hubAddr, m.addr); after.State != before.State {
				t.Fatalf("the refused lock changed the stored state")
			}
		})
	}
	n.wantWei(t, bob, 500_000)
}

// TestReview3HubForwardsLessThanThePayeeWasSent (Mallory as a payer, safe): she asks the hub, in its own
// layer, to forward Bob 900 wei of a payment whose sealed note tells Bob he was sent 1,000 (what a
// malicious last hub would do). The hub forwards 900 for its 10 wei fee; Bob gives the short lock back
// (ErrPaymentShort) and never reveals the secret; the hub gives Mallory's lock back. Nobody's balance moves.
func TestReview3HubForwardsLessThanThePayeeWasSent(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock, c.Fees = clock.Now, Fees{Base: *uint256.NewInt(10)} }, 500_000)
	bob := n.users[0]
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if !isCountersign(m.propose(nil, protocol.Credit{Wei: deposited[0]})) {
		t.Fatal("Mallory's credit was refused")
	}
	// The hub's give-back may reach her before her proposal's answer has: she countersigns it on top.
	m.setAnswer(m.countersignOnTop)
	pre := secretOf(t)
	h := state.Hashlock(pre)
	exp := clock.Now() + 3600
	hops := []onion.Hop{hopTo(&hubKey.PublicKey, bob.eng.Address(), *uint256.NewInt(900), exp-600)}
	l, note := m.onionLock(hubAddr, h, hops, sealedNote(t, m.key, &userKey.PublicKey, pre, 1000), 910, exp)
	if ans := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}); !isCountersign(ans) {
		t.Fatalf("the hub answered her lock with %+v", ans)
	}
	waitFor(t, "the hub to give Mallory's lock back", func() bool { return len(m.latest().Locks) == 0 })
	if _, err := bob.store.Preimage(testCtx(t), h); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("bob stored the secret of a short lock (%v)", err)
	}
	n.wantWei(t, bob, 500_000)
	if s := m.latest().Latest.State; s.WeiUser.Uint64() != deposited[0].Uint64() || !s.WeiHub.IsZero() {
		t.Fatalf("Mallory's channel: user %s hub %s wei", s.WeiUser.Dec(), s.WeiHub.Dec())
	}
}

// TestReview3LastHubPaysThePayeeLess (Mallory as the last hub, safe): she forwards an honest user 999 wei
// of a payment whose sealed note says the payer sent 1,000. The user gives the lock back and keeps the
// secret to itself, so Mallory cannot settle upstream; the same note on a 1,000 wei lock is settled.
func TestReview3LastHubPaysThePayeeLess(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	payer := devchain.DevKey(9)
	lockWith := func(wei uint64) (state.Lock, protocol.Note) {
		pre := secretOf(t)
		id := (m.latest().Latest.State.TxCountGlobal + 1) << lockIDShift
		l := state.Lock{ID: id, ToUser: true, AmountWei: *uint256.NewInt(wei), Hashlock: state.Hashlock(pre), Expiry: clock.Now() + 3000}
		return l, protocol.Note{LockID: id, Recipient: userAddr, Payload: sealedNote(t, payer, &userKey.PublicKey, pre, 1000)}
	}
	short, note := lockWith(999)
	if ans := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: short}); !isCountersign(ans) {
		t.Fatalf("the user answered the short lock with %+v", ans)
	}
	isCancel := func(u protocol.Update) bool { c, ok := u.(protocol.CancelLock); return ok && c.ID == short.ID }
	waitFor(t, "the user to give the short lock back", func() bool { return m.proposed(isCancel) })
	if _, err := user.store.Preimage(testCtx(t), short.Hashlock); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the user stored the secret of a short lock (%v)", err)
	}
	if m.proposed(func(u protocol.Update) bool { _, ok := u.(protocol.SettleLock); return ok }) {
		t.Fatal("the user settled the short lock")
	}
	full, note := lockWith(1000)
	if ans := m.proposeUntilAnswered([]protocol.Note{note}, protocol.AddLock{Lock: full}); !isCountersign(ans) {
		t.Fatalf("the user answered the full lock with %+v", ans)
	}
	full.ID = m.lockID(full.ID) // proposed above the user's give-back of the short one
	isSettle := func(u protocol.Update) bool { s, ok := u.(protocol.SettleLock); return ok && s.ID == full.ID }
	waitFor(t, "the user to settle the full lock", func() bool { return m.proposed(isSettle) })
}

// failureFrom is a failure note giving back lock id, naming node with reason.
func failureFrom(id uint64, node common.Address, reason string) protocol.Note {
	return protocol.Note{LockID: FailureNote, Recipient: node, Payload: append(binary.BigEndian.AppendUint64(nil, id), reason...)}
}

// TestReview3LyingFailureNotesCostRetriesOnly (Mallory as a middle hub, safe): Mallory is a user of H0
// that the network announces as a free hub with a channel to H2, the payee's hub; the honest detour
// through H1 costs 50 wei. Every lock H0 forwards her she gives back with a forged failure note blaming
// H1 (off the route) with a reason full of terminal escapes. The payer retries at most MaxPayAttempts
// times, each lock comes back whole, and nobody's balance moves: the lie costs retries, not money.
func TestReview3LyingFailureNotesCostRetriesOnly(t *testing.T) {
	hc := startHubGraph(t, []Fees{{}, {Base: *uint256.NewInt(50)}, {}}, [][2]int{{0, 1}, {1, 2}}, 0, 2)
	h0, h1, h2 := hc.hubs[0], hc.hubs[1], hc.hubs[2]
	mKey := devchain.DevKey(7)
	m := newMalloryUser(t, mKey, h0, newClock())
	if !isCountersign(m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(500_000)})) {
		t.Fatal("Mallory's credit was refused")
	}
	hc.router.mu.Lock()
	hc.router.hub(t, mKey, routing.Policy{ExpiryDelta: 600})
	hc.router.channel(t, h0.eng.Address(), m.addr)
	hc.router.channel(t, m.addr, h2.eng.Address())
	hc.router.mu.Unlock()
	payerBefore, _ := userWei(t, hc.payer, h0.eng.Address())
	paidBefore, _ := userWei(t, hc.paid, h2.eng.Address())

	type result struct {
		err error
	}
	done := make(chan result, 1)
	go func() {
		_, err := hc.payer.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(31).PublicKey, Wei: *uint256.NewInt(1000),
			Via: []common.Address{h2.eng.Address()}})
		done <- result{err}
	}()
	lie := "\x1b[2J\x1b[31mH1 is down\x1b[0m"
	cancelled := map[uint64]bool{}
	var res result
wait:
	for {
		select {
		case res = <-done:
			break wait
		case <-time.After(20 * time.Millisecond):
		}
		for _, l := range m.latest().Locks {
			if !l.ToUser || cancelled[l.ID] {
				continue
			}
			ans := m.proposeUntilAnswered([]protocol.Note{failureFrom(l.ID, h1.eng.Address(), lie)}, protocol.CancelLock{ID: l.ID})
			if !isCountersign(ans) {
				t.Fatalf("H0 answered her cancel with %+v", ans)
			}
			cancelled[l.ID] = true
		}
	}
	t.Logf("Pay: %q after %d locks through Mallory", res.err, len(cancelled))
	if res.err == nil {
		t.Log("the payer found the honest detour")
	}
	if len(cancelled) > MaxPayAttempts {
		t.Fatalf("%d attempts went through Mallory, at most %d", len(cancelled), MaxPayAttempts)
	}
	waitFor(t, "the payer's and the payee's channels to settle", func() bool {
		r, err := hc.payer.eng.Latest(testCtx(t), h0.eng.Address())
		p, perr := hc.paid.eng.Latest(testCtx(t), h2.eng.Address())
		// each node stores its side of a settle in its own time: read both once both are settled
		return err == nil && len(r.Locks) == 0 && perr == nil && len(p.Locks) == 0
	})
	payerAfter, _ := userWei(t, hc.payer, h0.eng.Address())
	paidAfter, _ := userWei(t, hc.paid, h2.eng.Address())
	spent := new(uint256.Int).Sub(&payerBefore, &payerAfter)
	got := new(uint256.Int).Sub(&paidAfter, &paidBefore)
	switch {
	case res.err != nil && (!spent.IsZero() || !got.IsZero()):
		t.Fatalf("the payment failed, yet the payer spent %s wei and the payee got %s", spent.Dec(), got.Dec())
	case res.err == nil && (spent.Uint64() != 1050 || got.Uint64() != 1000):
		t.Fatalf("the payment succeeded: the payer spent %s wei (want 1050), the payee got %s (want 1000)", spent.Dec(), got.Dec())
	}
	if s := m.latest().Latest.State; s.WeiHub.Uint64() != 500_000 {
		t.Fatalf("H0's balance toward Mallory is %s wei, want 500000", s.WeiHub.Dec())
	}
	if res.err != nil && strings.ContainsRune(res.err.Error(), 0x1b) {
		t.Logf("note: the forged reason reaches the payer's error verbatim, escape sequences included")
	}
}

// TestReview3LoopThroughAHubFreezesTheHubsOnIt (Mallory as a payer, freeze): her onion sends her lock
// around a ring of honest hubs, H0 → H1 → H2 → H0. When H2 forwards back to H0, H0 refuses the lock
// because its hashlock is in flight through it (rule L3) instead of accepting it and giving it back at
// once as it does for a hub's lock that breaks H5–H9. A refused forward binds H2 (ADR 12), so H2 keeps
// H1's lock until its own refused lock expired unclaimed, H1 keeps H0's, H0 keeps Mallory's: the hubs'
// liquidity on the ring stays locked for the payment's lifetime (about half an hour here) for one lock of
// hers. Safe outcome: the ring unwinds at once. Either way nobody loses money once it unwinds.
func TestReview3LoopThroughAHubFreezesTheHubsOnIt(t *testing.T) {
	clock := newClock()
	hc := startHubGraphWith(t, []Fees{{}, {}, {}}, [][2]int{{0, 1}, {1, 2}, {2, 0}}, 0, 2,
		func(_ int, c *Config) { c.Clock = clock.Now })
	h0, h1, h2 := hc.hubs[0], hc.hubs[1], hc.hubs[2]
	m := newMalloryUser(t, devchain.DevKey(7), h0, clock)
	if !isCountersign(m.propose(nil, protocol.Credit{Wei: deposited[0]})) {
		t.Fatal("Mallory's credit was refused")
	}
	key := func(i int) *ecdsa.PublicKey { return &devchain.DevKey(20 + i).PublicKey }
	pre := secretOf(t)
	h := state.Hashlock(pre)
	w := *uint256.NewInt(1000)
	e0 := clock.Now() + 3600
	hops := []onion.Hop{
		hopTo(key(0), h1.eng.Address(), w, e0-600),
		hopTo(key(1), h2.eng.Address(), w, e0-1200),
		hopTo(key(2), h0.eng.Address(), w, e0-1800),
		hopTo(key(0), hc.paid.eng.Address(), w, e0-2400),
	}
	looped := h0.eng.Subscribe(testCtx(t)) // H0 gives H2's lock (the loop's) back at once
	l, note := m.onionLock(h0.eng.Address(), h, hops, sealedNote(t, m.key, &devchain.DevKey(31).PublicKey, pre, 1000), 1000, e0)
	if ans := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}); !isCountersign(ans) {
		t.Fatalf("H0 answered her lock with %+v", ans)
	}
	locks := func(a, b *testNode) int { // open locks of the channel a (user) has with b (hub)
		r, err := a.eng.Latest(testCtx(t), b.eng.Address())
		if err != nil {
			t.Fatal(err)
		}
		return len(r.Locks)
	}
	if ev := nextEvent(t, looped, EventForwardFailed); ev.Peer != h2.eng.Address() || !strings.Contains(ev.Err, ErrHashlockInFlight.Error()) {
		t.Fatalf("H0's event %+v, want H2's looping lock given back", ev)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(m.latest().Locks) != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := len(m.latest().Locks); n != 0 {
		t.Errorf("FREEZE: 5 s after the loop closed, Mallory's lock is still held (H0-H1 %d, H1-H2 %d locks open): "+
			"H0 refused H2's lock as a hashlock in flight, so H2 waits until its lock expires", locks(h0, h1), locks(h1, h2))
	}
	clock.Advance(3600) // past every lock's expiry: the ring unwinds, and nobody lost anything
	waitFor(t, "the ring to unwind", func() bool {
		return len(m.latest().Locks) == 0 && locks(h0, h1) == 0 && locks(h1, h2) == 0 && locks(h2, h0) == 0
	})
	if s := m.latest().Latest.State; s.WeiUser.Uint64() != deposited[0].Uint64() {
		t.Fatalf("Mallory holds %s wei, want her deposit back", s.WeiUser.Dec())
	}
}

// TestReview3LongExpiryDeltaCapturesRoutes (Mallory announces a policy, DoS): of two routes from H0 to
// H3, the one through H1 is free but H1 announces an expiry delta of two hours; the one through H2 costs
// 50 wei. The risk term of a 1,000 wei payment is a fraction of a wei, so the payer routes through H1 and
// builds a first lock expiring beyond H0's MaxForwardExpiry: H0, its own hub, refuses it, and Pay does not
// retry a refusal by its own hub (ADR 12), so the payment fails though the route through H2 works. One
// announcement with a long delta and no fee turns away every small payment routed across it. Safe
// outcome: the payment goes through H2.
func TestReview3LongExpiryDeltaCapturesRoutes(t *testing.T) {
	hc := startHubGraph(t, []Fees{{}, {}, {Base: *uint256.NewInt(50)}, {}}, [][2]int{{0, 1}, {0, 2}, {1, 3}, {2, 3}}, 0, 3)
	h1 := hc.hubs[1].eng.Address()
	hc.router.mu.Lock()
	hc.router.policies[h1] = routing.Policy{ExpiryDelta: 7200}
	hc.router.mu.Unlock()
	hc.router.channel(t, hc.hubs[0].eng.Address(), h1)
	hc.router.channel(t, h1, hc.hubs[3].eng.Address())
	rs, err := hc.payer.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(31).PublicKey, Wei: *uint256.NewInt(1000),
		Via: []common.Address{hc.hubs[3].eng.Address()}})
	if err != nil {
		t.Fatalf("DoS: the payment failed (%v), though the route through H2 carries it", err)
	}
	if r := rs[0]; len(r.Route) != 3 || r.Route[1] != hc.hubs[2].eng.Address() {
		t.Fatalf("paid over %v", r.Route)
	}
}

// TestReview3CustodyForAnotherHubIsLost (payer loses): H3 of update-protocol.md §3.1 takes a custodial
// payment only for "another user of the hub", but checkCustodial accepts any peer with a channel, so a
// user of H0 can pay custody for H1, the hub H0 is itself a user of. H1 can never claim it: claim pays it
// with a Transfer to the user's side of the channel, which in H0's channel with H1 is H0 itself (H1, an
// honest hub, refuses a transfer of its own money). Safe outcome: the payment is refused, or H1 is paid.
func TestReview3CustodyForAnotherHubIsLost(t *testing.T) {
	hc := startHubChain(t, []Fees{{}, {}})
	h0, h1 := hc.hubs[0], hc.hubs[1]
	before, _ := userWei(t, hc.payer, h0.eng.Address())
	_, err := hc.payer.eng.PayCustodial(testCtx(t), h1.eng.Address(), *uint256.NewInt(1000), uint256.Int{}, "to H1")
	if err != nil {
		t.Logf("the custodial payment to H1 was refused: %v", err)
		return
	}
	resp, err := h1.host.Request(testCtx(t), h0.host.ID(), CustodialProtocol, []byte{custodyClaim})
	t.Logf("H1's claim: %x, %v", resp, err)
	_, h1Before := userWei(t, h0, h1.eng.Address())
	time.Sleep(500 * time.Millisecond)
	_, h1After := userWei(t, h0, h1.eng.Address())
	after, _ := userWei(t, hc.payer, h0.eng.Address())
	if paid := new(uint256.Int).Sub(&before, &after); paid.Uint64() == 1000 && !h1After.Gt(&h1Before) {
		t.Fatalf("LOSS: the payer paid H0 1000 wei of custody for H1, and H1's claim got nothing (%v)", err)
	}
}

// TestReview3UpstreamHubsForwardNeverTriggersCollateral (liveness, not Mallory): mayCollateralize, which
// lets a refused forward start a top-up of the recipient's channel, checks the proposer's signature in
// the SigUser slot. A lock from a hub this node is a user of (H0 is a user of H1) carries the proposer's
// signature in SigHub, so a payment routed in from an upstream hub to a user lacking collateral is
// refused "retry later" every time and never makes the hub top the channel up. Safe outcome: a validly
// signed proposal of a stored channel may trigger collateral whichever side proposed it.
func TestReview3UpstreamHubsForwardNeverTriggersCollateral(t *testing.T) {
	hc := startHubChain(t, []Fees{{}, {}})
	h0, h1 := hc.hubs[0], hc.hubs[1]
	var may bool
	if err := h0.eng.query(testCtx(t), func() {
		ch := h0.eng.channels[h1.eng.Address()]
		next := ch.ch.Latest
		next.State.TxCountGlobal++
		next.SigHub, next.SigUser = nil, nil
		sig, err := state.Sign(domain.ChannelDigest(&next.State), devchain.DevKey(21)) // H1's key
		if err != nil {
			t.Error(err)
			return
		}
		next.SigHub = sig[:]
		may = h0.eng.mayCollateralize(ch, &protocol.Propose{Proposal: next})
	}); err != nil {
		t.Fatal(err)
	}
	if !may {
		t.Fatal("a proposal H1 signed in its own (hub) slot may not trigger H0's collateral: mayCollateralize reads SigUser")
	}
}

// TestReview3LockIDsOnNoteMarkers (Mallory as a payer, safe): she opens locks whose ids are the note
// markers, FailureNote and CustodialNote, with notes carrying the same LockID, to pass a lock off as a
// custodial payment or a failure note as a payment. A new lock's id must carry its proposal's nonce (L6),
// which no marker does: both are refused and change nothing. Her lock with the id the rule gives is
// forwarded, Bob settles it and is paid exactly its amount, and the hub's books balance.
func TestReview3LockIDsOnNoteMarkers(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	bob := n.users[0]
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if !isCountersign(m.propose(nil, protocol.Credit{Wei: deposited[0]})) {
		t.Fatal("Mallory's credit was refused")
	}
	before := stored(t, n.hub, hubAddr, m.addr)
	for _, marker := range []uint64{CustodialNote, FailureNote} {
		l, note, _ := m.lockTo(&userKey.PublicKey, 100, clock.Now()+3600)
		l.ID, note.LockID = marker, marker
		wantRefused(t, m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}), ErrLockID)
		if after := stored(t, n.hub, hubAddr, m.addr); after.State != before.State {
			t.Fatal("the refused lock changed the stored state")
		}
	}
	l, note, _ := m.lockTo(&userKey.PublicKey, 100, clock.Now()+3600)
	if ans := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}); !isCountersign(ans) {
		t.Fatalf("the hub answered with %+v", ans)
	}
	waitFor(t, "Mallory's lock to settle", func() bool { return len(m.latest().Locks) == 0 })
	n.wantWei(t, bob, 500_100)
	if s := m.latest().Latest.State; s.WeiHub.Uint64() != 100 {
		t.Fatalf("the hub holds %s wei of Mallory's, want the 100 it paid Bob", s.WeiHub.Dec())
	}
}
